package org.phaseout.internal.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.phaseout.Condition;
import org.phaseout.Finding;
import org.phaseout.Truth;
import org.phaseout.Verdict;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.LocalizedText;
import org.phaseout.catalogue.Vocabulary;
import org.phaseout.measure.Quantity;

/**
 * Turns one entry and one unit into a finding: verdict, values, deadline, departments and explanation. The compact form
 * decides criteria without building explanation nodes; the traced form records every node.
 */
public final class EntryEvaluation {

  private final CriterionEvaluation criteria;
  private final DepartmentRouting routing;
  private final boolean trace;

  /** @param vocabulary the vocabulary */
  public EntryEvaluation(Vocabulary vocabulary) {
    this(vocabulary, true);
  }

  /**
   * @param vocabulary the vocabulary
   * @param trace whether findings carry the full explanation tree or a single node
   */
  public EntryEvaluation(Vocabulary vocabulary, boolean trace) {
    this.trace = trace;
    this.criteria = new CriterionEvaluation(vocabulary, trace);
    this.routing = new DepartmentRouting(vocabulary);
  }

  /**
   * Evaluates an entry that applies to a unit.
   *
   * @param prepared the entry, prepared for the plan's as-of date
   * @param unit the unit
   * @return the finding, or null when the entry's {@code when} condition is false for the unit
   */
  public Finding evaluate(PreparedEntry prepared, ProductionUnit unit) {
    return trace ? traced(prepared, unit) : compact(prepared, unit);
  }

  /**
   * Evaluates an entry whose criterion reads the unit's other findings ({@link Criterion.FindingOf}, alone or within
   * all, any and not).
   *
   * @param prepared the entry, prepared for the plan's as-of date
   * @param unit the unit
   * @param prior the unit's findings of the entries that do not read findings
   * @param inForce the ids of the entries in force on the plan's dates, by catalogue id
   * @return the finding, or null when the entry's {@code when} condition is false for the unit
   */
  public Finding evaluateAfter(PreparedEntry prepared, ProductionUnit unit, List<Finding> prior,
      Map<String, Set<String>> inForce) {
    CatalogueEntry entry = prepared.entry();
    Criterion criterion = entry.criterion().orElseThrow();
    Optional<Condition> when = entry.applicability().when()
        .map(w -> trace ? criteria.evaluate(w, unit).condition() : CriterionEvaluation.bareNode(
            CriterionDecision.decide(w, unit, null)));
    if (when.isPresent() && when.get().truth() == Truth.FALSE) {
      return null;
    }
    CriterionEvaluation.FindingsReader findings = of -> FindingsRead.of(of, prior, inForce, trace);
    CriterionEvaluation.Outcome outcome;
    if (trace) {
      outcome = criteria.evaluate(criterion, unit, findings);
    } else {
      CriterionDecision.Deciding deciding = new CriterionDecision.Deciding();
      Truth decided = CriterionDecision.decide(criterion, unit, deciding, findings);
      outcome = new CriterionEvaluation.Outcome(CriterionEvaluation.bareNode(decided),
          Optional.ofNullable(deciding.measured), Optional.ofNullable(deciding.threshold),
          Optional.ofNullable(deciding.wording));
    }
    Optional<Condition> assumes = entry.assumes().map(a -> trace ? criteria.evaluate(a, unit).condition()
        : CriterionEvaluation.bareNode(CriterionDecision.decide(a, unit, null)));
    Truth truth = combine(when, assumes, outcome.condition().truth());
    Condition explanation = trace ? explain(when, assumes, outcome.condition(), truth)
        : CriterionEvaluation.bareNode(truth);
    return finding(prepared, unit, truth, outcome.measured(), outcome.threshold(), outcome.wording(), explanation);
  }

  /** Decides the entry without building explanation nodes: the same verdict and values as the traced form. */
  private Finding compact(PreparedEntry prepared, ProductionUnit unit) {
    CatalogueEntry entry = prepared.entry();
    Criterion when = entry.applicability().when().orElse(null);
    Truth scope = when == null ? Truth.TRUE : CriterionDecision.decide(when, unit, null);
    if (scope == Truth.FALSE) {
      return null;
    }
    CriterionDecision.Deciding deciding = new CriterionDecision.Deciding();
    Criterion criterion = entry.criterion().orElse(null);
    Truth truth = criterion == null ? Truth.UNKNOWN : CriterionDecision.decide(criterion, unit, deciding);
    Criterion assumes = entry.assumes().orElse(null);
    if (assumes != null && CriterionDecision.decide(assumes, unit, null) != Truth.TRUE) {
      truth = Truth.UNKNOWN;
    }
    truth = scope.and(truth);
    return finding(prepared, unit, truth, Optional.ofNullable(deciding.measured),
        Optional.ofNullable(deciding.threshold), Optional.ofNullable(deciding.wording),
        CriterionEvaluation.bareNode(truth));
  }

  private Finding traced(PreparedEntry prepared, ProductionUnit unit) {
    CatalogueEntry entry = prepared.entry();
    Optional<Condition> when = entry.applicability().when().map(w -> criteria.evaluate(w, unit).condition());
    if (when.isPresent() && when.get().truth() == Truth.FALSE) {
      return null;
    }
    CriterionEvaluation.Outcome outcome = entry.criterion()
        .map(c -> criteria.evaluate(c, unit))
        .orElseGet(EntryEvaluation::manual);
    Optional<Condition> assumes = entry.assumes().map(a -> criteria.evaluate(a, unit).condition());
    Truth truth = combine(when, assumes, outcome.condition().truth());
    return finding(prepared, unit, truth, outcome.measured(), outcome.threshold(), outcome.wording(),
        explain(when, assumes, outcome.condition(), truth));
  }

  /**
   * The entry's truth: unknown when its assumption does not hold, and within its scope (Kleene and), as {@link
   * #compact} decides it.
   */
  private static Truth combine(Optional<Condition> when, Optional<Condition> assumes, Truth criterion) {
    Truth truth = assumes.isPresent() && assumes.get().truth() != Truth.TRUE ? Truth.UNKNOWN : criterion;
    return when.map(w -> w.truth().and(truth)).orElse(truth);
  }

  private Finding finding(PreparedEntry prepared, ProductionUnit unit, Truth truth, Optional<Quantity> measured,
      Optional<Quantity> threshold, Optional<String> wording, Condition explanation) {
    CatalogueEntry entry = prepared.entry();
    Verdict verdict = switch (truth) {
      case TRUE -> Verdict.NON_COMPLIANT;
      case FALSE -> Verdict.COMPLIANT;
      case UNKNOWN -> Verdict.INSUFFICIENT_DATA;
    };
    Optional<LocalDate> deadline = verdict == Verdict.NON_COMPLIANT ? prepared.deadlineIfNonCompliant()
        : Optional.empty();
    return new Finding(unit.id(), verdict, entry.dimension(), prepared.cited(), measured, threshold, wording,
        entry.consequence().action(), entry.consequence().text(), deadline, entry.consequence().deadline().wording(),
        prepared.departments(unit.enterprise().division(), routing), explanation);
  }

  /** Wraps the criterion's explanation with the scope and assumption, when the entry has them. */
  private static Condition explain(Optional<Condition> when, Optional<Condition> assumes, Condition criterion,
      Truth truth) {
    if (when.isEmpty() && assumes.isEmpty()) {
      return criterion;
    }
    List<Condition> parts = new ArrayList<>();
    when.ifPresent(w -> parts.add(labelled("适用范围", "scope", w)));
    assumes.ifPresent(a -> parts.add(labelled(a.truth() == Truth.TRUE ? "本条目所编码的情形" : "本条目所编码的情形（不成立或无法判断时，"
        + "限值需按来源修正而未编码，故数据不足）", a.truth() == Truth.TRUE ? "the case this entry encodes"
        : "the case this entry encodes (when it does not hold or is unknown, the source adjusts the limit in a way "
        + "not encoded, so the data are insufficient)", a)));
    parts.add(labelled("判定条件", "criterion", criterion));
    String zh = switch (truth) {
      case TRUE -> "成立";
      case FALSE -> "不成立";
      case UNKNOWN -> "无法判断（数据不足）";
    };
    String en = switch (truth) {
      case TRUE -> "true";
      case FALSE -> "false";
      case UNKNOWN -> "unknown (data insufficient)";
    };
    return new Condition(new LocalizedText("条目判定：" + zh, "entry: " + en), truth, Optional.empty(),
        Optional.empty(), parts);
  }

  private static Condition labelled(String zh, String en, Condition c) {
    return new Condition(new LocalizedText(zh + "：" + c.text().zh(), en + ": " + c.text().en()), c.truth(),
        c.actual(), c.expected(), c.parts());
  }

  private static CriterionEvaluation.Outcome manual() {
    Condition c = new Condition(new LocalizedText(
        "本条目需人工研判：其文本无法仅凭数据判定",
        "this entry needs manual assessment: its text cannot be decided from data alone"),
        Truth.UNKNOWN, Optional.empty(), Optional.empty(), List.of());
    return new CriterionEvaluation.Outcome(c, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
