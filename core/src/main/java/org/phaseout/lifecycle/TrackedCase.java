package org.phaseout.lifecycle;

import java.util.List;
import java.util.Objects;
import org.phaseout.capacity.Enterprise;

/**
 * A rectification case with its enterprise and its events, as an agency tracks it (在办案件).
 *
 * @param rectificationCase the case, not null
 * @param enterprise the enterprise the unit belongs to, not null
 * @param events the case's events, in any order, not null
 */
public record TrackedCase(RectificationCase rectificationCase, Enterprise enterprise, List<CaseEvent> events) {
  /** @throws NullPointerException if an argument is null */
  public TrackedCase {
    Objects.requireNonNull(rectificationCase, "rectificationCase");
    Objects.requireNonNull(enterprise, "enterprise");
    events = List.copyOf(events);
  }
}
