package org.phaseout.catalogue;

import java.util.Objects;

/**
 * What follows from non-compliance with an entry (后果): the action required and its deadline rule.
 *
 * @param action the action, not null
 * @param text the source's wording of the action and its English gloss, not null
 * @param deadline the deadline rule, not null
 */
public record Consequence(Action action, LocalizedText text, DeadlineRule deadline) {
  /** @throws NullPointerException if an argument is null */
  public Consequence {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(deadline, "deadline");
  }
}
