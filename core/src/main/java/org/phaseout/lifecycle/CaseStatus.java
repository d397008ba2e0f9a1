package org.phaseout.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.phaseout.catalogue.LocalizedText;

/**
 * The state of a rectification case on a date, with the next deadline and the rule behind it (案件状态).
 *
 * @param state the state, not null
 * @param asOf the date the state holds on, not null
 * @param nextDeadline the last day for the next required step, if the rule sets one (the as-of date when exit is due)
 * @param rectificationDeadline the rectification deadline of the case, extensions included, if the rule sets one
 * @param rule the wording of the deadline rule of the cited entry, not null
 * @param rectificationFailed whether the unit missed its deadline or failed a re-inspection at some point
 *     (逾期未整改或经整改仍未达标)
 * @param explanation how the state follows from the events, in Chinese and English, step by step, not null
 * @param restDayCheck what 《民法典》第二百零三条 did to the rectification deadline (法定休息日顺延核对): not applied,
 *     checked and kept, moved past a statutory rest day, or not checkable because the case's calendar does not cover
 *     the deadline's year, not null
 */
public record CaseStatus(
    CaseState state, LocalDate asOf, Optional<LocalDate> nextDeadline, Optional<LocalDate> rectificationDeadline,
    String rule, boolean rectificationFailed,
    List<LocalizedText> explanation, RestDayCheck restDayCheck) {

  /** @throws NullPointerException if an argument is null */
  public CaseStatus {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(nextDeadline, "nextDeadline");
    Objects.requireNonNull(rectificationDeadline, "rectificationDeadline");
    Objects.requireNonNull(rule, "rule");
    explanation = List.copyOf(explanation);
    Objects.requireNonNull(restDayCheck, "restDayCheck");
  }

  /**
   * A status whose deadline was counted without the rest-day rule ({@link RestDayCheck#NOT_APPLIED}), the form of
   * this record before the rule was applied.
   *
   * @param state the state, not null
   * @param asOf the date the state holds on, not null
   * @param nextDeadline the last day for the next required step, if any, not null
   * @param rectificationDeadline the rectification deadline, if any, not null
   * @param rule the wording of the deadline rule, not null
   * @param rectificationFailed whether the unit missed its deadline or failed a re-inspection
   * @param explanation the steps, not null
   * @throws NullPointerException if an argument is null
   */
  public CaseStatus(CaseState state, LocalDate asOf, Optional<LocalDate> nextDeadline,
      Optional<LocalDate> rectificationDeadline, String rule, boolean rectificationFailed,
      List<LocalizedText> explanation) {
    this(state, asOf, nextDeadline, rectificationDeadline, rule, rectificationFailed, explanation,
        RestDayCheck.NOT_APPLIED);
  }
}
