package org.phaseout;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.phaseout.catalogue.Action;
import org.phaseout.catalogue.Dimension;
import org.phaseout.catalogue.LocalizedText;
import org.phaseout.internal.eval.Summaries;
import org.phaseout.measure.Quantity;

/**
 * The finding of one catalogue entry on one production unit (判定结果): the verdict, the dimension, the entry
 * cited, the measured value against the threshold, the required action and its deadline, the responsible
 * departments, and the explanation of how the verdict was reached.
 *
 * @param unitId the unit judged, not null
 * @param verdict the verdict, not null
 * @param dimension the dimension, not null
 * @param entry the entry cited, not null
 * @param measured the measured or reported value of the deciding comparison, if reported
 * @param threshold the threshold of the deciding comparison, if the criterion has one
 * @param thresholdWording the limit word of the threshold (以下, 超过, ...), if any
 * @param action the action required when non-compliant, not null
 * @param actionText the source's wording of the action, not null
 * @param deadline the computed deadline, if the rule gives one for this evaluation
 * @param deadlineRule the wording of the deadline rule, not null
 * @param departments the responsible departments for the unit's region, not null
 * @param explanation the evaluated criterion, node by node, not null
 */
public record Finding(
    String unitId,
    Verdict verdict,
    Dimension dimension,
    CitedEntry entry,
    Optional<Quantity> measured,
    Optional<Quantity> threshold,
    Optional<String> thresholdWording,
    Action action,
    LocalizedText actionText,
    Optional<LocalDate> deadline,
    String deadlineRule,
    Departments departments,
    Condition explanation) {

  /** @throws NullPointerException if an argument is null */
  public Finding {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(measured, "measured");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(thresholdWording, "thresholdWording");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(actionText, "actionText");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(deadlineRule, "deadlineRule");
    Objects.requireNonNull(departments, "departments");
    Objects.requireNonNull(explanation, "explanation");
  }

  /**
   * Returns a one-paragraph summary of this finding in Chinese and English (判定摘要): the verdict, the entry's text,
   * the measured value against the threshold, the basis, the action and deadline when non-compliant, and the lead
   * departments. It is derived from the other components, written when asked for rather than at evaluation, and the
   * same at every {@link ExplanationLevel}.
   *
   * @return the summary, not null
   */
  public LocalizedText summary() {
    return Summaries.of(this);
  }

  /**
   * The departments responsible for a finding in the unit's region (责任部门), by their Chinese names.
   *
   * @param lead the lead departments (牵头/负责), not null
   * @param supporting the supporting departments (配合), not null
   * @param implementing the departments that implement locally (具体落实), not null
   * @param basis the clause that assigns them, empty when the loaded catalogues assign none for the region
   */
  public record Departments(
      List<LocalizedText> lead, List<LocalizedText> supporting, List<LocalizedText> implementing,
      Optional<String> basis) {
    /** @throws NullPointerException if an argument is null */
    public Departments {
      lead = List.copyOf(lead);
      supporting = List.copyOf(supporting);
      implementing = List.copyOf(implementing);
      Objects.requireNonNull(basis, "basis");
    }
  }
}
