package org.phaseout.internal.eval;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.phaseout.Condition;
import org.phaseout.Finding;
import org.phaseout.Truth;
import org.phaseout.Verdict;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.LocalizedText;

/**
 * Decides a {@link Criterion.FindingOf} on a unit's other findings: true when one read is non-compliant, unknown when
 * none is but one lacks data, or when the catalogue or a named entry is not in force, false otherwise.
 */
final class FindingsRead {

  private FindingsRead() {}

  /**
   * @param of the criterion
   * @param prior the unit's findings decided before
   * @param inForce the ids of the entries in force, by catalogue id
   * @param trace whether to name the findings read in the node's text
   * @return the condition node
   */
  static Condition of(Criterion.FindingOf of, List<Finding> prior, Map<String, Set<String>> inForce,
      boolean trace) {
    String catalogue = of.catalogueId();
    Set<String> entries = inForce.get(catalogue);
    if (entries == null) {
      return node(trace, Truth.UNKNOWN, catalogue + " 在评估日无有效版本，无法判断是否存在该目录所列产能",
          "no edition of " + catalogue + " is in force on the as-of date, so whether the unit falls under it is "
              + "unknown");
    }
    Set<String> missing = new TreeSet<>(of.entryIds());
    missing.removeAll(entries);
    if (!missing.isEmpty()) {
      return node(trace, Truth.UNKNOWN, catalogue + " 的有效版本中没有条目 " + String.join("、", missing) + "，无法判断",
          "the edition of " + catalogue + " in force has no entry " + String.join(", ", missing)
              + ", so this is unknown");
    }
    String scope = of.entryIds().isEmpty() ? catalogue : String.join("、", of.entryIds());
    List<String> nonCompliant = ids(prior, of, Verdict.NON_COMPLIANT);
    if (!nonCompliant.isEmpty()) {
      return node(trace, Truth.TRUE, "存在 " + scope + " 所列产能：不达标条目 " + String.join("、", nonCompliant),
          "the unit falls under " + scope + ": non-compliant with " + String.join(", ", nonCompliant));
    }
    List<String> undecided = ids(prior, of, Verdict.INSUFFICIENT_DATA);
    if (!undecided.isEmpty()) {
      return node(trace, Truth.UNKNOWN, "是否存在 " + scope + " 所列产能无法判断：数据不足的条目 "
              + String.join("、", undecided),
          "whether the unit falls under " + scope + " is unknown: insufficient data for "
              + String.join(", ", undecided));
    }
    return node(trace, Truth.FALSE, "不存在 " + scope + " 所列产能：其条目均达标或不涉及本单元",
        "the unit does not fall under " + scope + ": its entries are met or do not concern the unit");
  }

  private static List<String> ids(List<Finding> prior, Criterion.FindingOf of, Verdict verdict) {
    return prior.stream()
        .filter(f -> f.verdict() == verdict && f.entry().catalogueId().equals(of.catalogueId())
            && (of.entryIds().isEmpty() || of.entryIds().contains(f.entry().entryId())))
        .map(f -> f.entry().entryId())
        .sorted()
        .toList();
  }

  private static Condition node(boolean trace, Truth truth, String zh, String en) {
    return trace
        ? new Condition(new LocalizedText(zh, en), truth, Optional.empty(), Optional.empty(), List.of())
        : CriterionEvaluation.bareNode(truth);
  }
}
