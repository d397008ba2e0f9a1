package org.phaseout.internal.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.phaseout.CitedEntry;
import org.phaseout.Condition;
import org.phaseout.Finding;
import org.phaseout.Truth;
import org.phaseout.Verdict;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.DeadlineRule;
import org.phaseout.catalogue.LocalizedText;
import org.phaseout.catalogue.Vocabulary;

/** Turns one entry and one unit into a finding: verdict, values, deadline, departments, explanation, summary. */
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
   * @param edition the entry's edition
   * @param entry the entry
   * @param unit the unit
   * @param asOf the as-of date
   * @return the finding, or empty when the entry's {@code when} condition is false for the unit
   */
  public Optional<Finding> evaluate(CatalogueEdition edition, CatalogueEntry entry, ProductionUnit unit,
      LocalDate asOf) {
    Optional<Condition> when = entry.applicability().when().map(w -> criteria.evaluate(w, unit).condition());
    if (when.isPresent() && when.get().truth() == Truth.FALSE) {
      return Optional.empty();
    }
    CriterionEvaluation.Outcome outcome = entry.criterion()
        .map(c -> criteria.evaluate(c, unit))
        .orElseGet(EntryEvaluation::manual);
    Optional<Condition> assumes = entry.assumes().map(a -> criteria.evaluate(a, unit).condition());
    Truth truth = outcome.condition().truth();
    if (assumes.isPresent() && assumes.get().truth() != Truth.TRUE) {
      truth = Truth.UNKNOWN;
    }
    if (when.isPresent()) {
      truth = when.get().truth().and(truth);
    }
    Condition explanation = trace ? explain(when, assumes, outcome.condition(), truth)
        : CriterionEvaluation.bareNode(truth);
    Verdict verdict = switch (truth) {
      case TRUE -> Verdict.NON_COMPLIANT;
      case FALSE -> Verdict.COMPLIANT;
      case UNKNOWN -> Verdict.INSUFFICIENT_DATA;
    };
    DeadlineRule rule = entry.consequence().deadline();
    Optional<LocalDate> deadline = verdict == Verdict.NON_COMPLIANT ? rule.deadline(asOf) : Optional.empty();
    CitedEntry cited = citedEntry(edition, entry);
    Finding.Departments departments = routing.departments(entry, unit.enterprise().division());
    LocalizedText summary = Summaries.of(verdict, cited, outcome, entry.consequence(), deadline, departments);
    return Optional.of(new Finding(unit.id(), verdict, entry.dimension(), cited, outcome.measured(),
        outcome.threshold(), outcome.wording(), entry.consequence().action(), entry.consequence().text(), deadline,
        rule.wording(), departments, explanation, summary));
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

  private static CitedEntry citedEntry(CatalogueEdition edition, CatalogueEntry entry) {
    return new CitedEntry(entry.id(), edition.catalogueId(), edition.edition(), edition.documentNumber(),
        entry.section(), entry.item(), entry.text(), entry.citations(), entry.provenance().verification());
  }

}
