package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.CriterionShapes.assumptionsOf;
import static org.phaseout.catalogs.CriterionShapes.limitOf;
import static org.phaseout.catalogs.CriterionShapes.quantity;
import static org.phaseout.catalogs.CriterionShapes.scopeOf;
import static org.phaseout.catalogs.UnitProbe.data;
import static org.phaseout.catalogs.UnitProbe.plus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.LimitWording;
import org.phaseout.catalogue.Operator;
import org.phaseout.measure.Quantity;

/**
 * The second batch of bundled energy-quota standards (单位产品能源消耗限额) — GB 21350, GB 21351, GB 25324, GB 31825,
 * GB 21258, GB 45247, GB 29447, GB 47835 and GB 29141 — and how their tests probe them: the batch's catalogue ids, a
 * fictitious Chongqing enterprise, grade-3 and manual pins with their 1级/2级/3级 wording, edition dates, and units
 * evaluated on the bundled catalogues.
 */
final class SecondQuotaBatchProbe {

  private SecondQuotaBatchProbe() {}

  static final Set<String> CATALOGUES = Set.of("gb-21350", "gb-21351", "gb-25324", "gb-31825", "gb-21258",
      "gb-45247", "gb-29447", "gb-47835");

  static final LocalDate END_OF_2025 = QuotaBatch.END_OF_2025;

  static final ComplianceEvaluator EVALUATOR = ComplianceEvaluator.of(BundledData.catalogues());

  static final Enterprise ENTERPRISE = Enterprise.builder()
      .creditCode(CreditCode.parse("91500101PH00000014")).name("示例有色造纸电力有限公司（虚构）")
      .division(DivisionCode.parse("500101")).industry(IndustryCode.parse("C3252")).build();

  static List<CatalogueEdition> topicEditions() {
    return new QuotaBatch(CATALOGUES, ENTERPRISE).editions();
  }

  static void assertGrade3(String id, String quantity, String text) {
    Criterion.Comparison c = limitOf(entry(id));
    Quantity expected = Quantity.parse(quantity);
    assertTrue(quantity(c).isEqualTo(expected), id + ": limit " + quantity(c) + " should be " + expected);
    assertEquals(Operator.GT, c.operator(), id + ": only a value exceeding the grade-3 value fails");
    assertEquals(Optional.of(LimitWording.EXCEEDING), c.wording(), id + ": limit word");
    assertEquals(text, entry(id).text().zh(), id + ": official text");
  }

  static void assertManual(String id, String text) {
    CatalogueEntry e = entry(id);
    assertTrue(e.criterion().isEmpty(), id + " needs manual assessment and has no criterion");
    assertEquals(text, e.text().zh(), id + ": official text");
  }

  static final QuotaBatch BATCH = new QuotaBatch(CATALOGUES, ENTERPRISE);

  static String grades(String g1, String g2, String g3) {
    return "1级 " + g1 + "，2级 " + g2 + "，3级 " + g3;
  }

  /** A value of the condition's operand that meets it and one that does not. */
  record Case(String key, Object meets, Object fails) {}

  static Case caseOf(CatalogueEntry entry, Criterion restriction) {
    if (restriction instanceof Criterion.Membership m) {
      String key = m.operand().key();
      String other = BundledData.catalogues().vocabulary().attribute(key).orElseThrow().allowedValues().stream()
          .filter(v -> !m.values().contains(v)).sorted().findFirst().orElseThrow();
      return new Case(key, m.values().iterator().next(), other);
    }
    Criterion.Comparison c = assertInstanceOf(Criterion.Comparison.class, restriction, entry.id());
    String key = c.operand().key();
    if (c.value() instanceof FactValue.BooleanFact b) {
      return new Case(key, b.value(), !b.value());
    }
    FactValue.TextFact t = assertInstanceOf(FactValue.TextFact.class, c.value(), entry.id() + ": " + key);
    String other = BundledData.catalogues().vocabulary().attribute(key).orElseThrow().allowedValues().stream()
        .filter(v -> !v.equals(t.value())).sorted().findFirst().orElseThrow();
    return new Case(key, t.value(), other);
  }

  /** The cases of an entry's row (applies.when) and of its plain case (assumes), and data meeting all of them. */
  record RowCases(Map<String, Object> plain, List<Case> scope, List<Case> assumed) {}

  static RowCases rowCases(CatalogueEntry x) {
    Map<String, Object> plain = new LinkedHashMap<>();
    List<Case> scope = new ArrayList<>();
    for (Criterion r : scopeOf(x)) {
      Case c = caseOf(x, r);
      scope.add(c);
      plain.put(c.key(), c.meets());
    }
    List<Case> assumed = new ArrayList<>();
    for (Criterion r : assumptionsOf(x)) {
      Case c = caseOf(x, r);
      assumed.add(c);
      plain.put(c.key(), c.meets());
    }
    return new RowCases(plain, scope, assumed);
  }

  static String g(String commaSeparated) {
    String[] v = commaSeparated.split(",");
    return grades(v[0], v[1], v[2]);
  }

  /**
   * The edge cases of one grade-3 entry: compliant just below and at its limit (only 超过 fails), non-compliant just
   * past it, undecided without the reading or a scope fact, no finding for another row, and undecided outside its
   * plain case (the raised limit is not computed), which the entry's note says.
   */
  static void assertEdgeCases(CatalogueEntry x, RowCases row,
      java.util.function.Function<Map<String, Object>, Optional<Finding>> finding) {
    java.util.function.Function<Map<String, Object>, Verdict> verdict = data -> finding.apply(data)
        .orElseThrow(() -> new AssertionError(x.id() + " gave no finding")).verdict();
    Criterion.Comparison limit = limitOf(x);
    String indicator = limit.operand().key();
    Quantity at = quantity(limit);
    Map<String, Object> plain = row.plain();
    Map<String, Object> below = new LinkedHashMap<>(plain);
    below.put(indicator, plus(at, "-0.1"));
    Map<String, Object> atLimit = new LinkedHashMap<>(plain);
    atLimit.put(indicator, at);
    Map<String, Object> pastLimit = new LinkedHashMap<>(plain);
    pastLimit.put(indicator, plus(at, "0.1"));
    assertEquals(Verdict.COMPLIANT, verdict.apply(below), x.id() + " just below " + at);
    assertEquals(Verdict.COMPLIANT, verdict.apply(atLimit), x.id() + " at " + at + " (only 超过 fails)");
    assertEquals(Verdict.NON_COMPLIANT, verdict.apply(pastLimit), x.id() + " just past " + at);
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict.apply(plain), x.id() + " without " + indicator);
    for (Case c : row.scope()) {
      Map<String, Object> without = new LinkedHashMap<>(pastLimit);
      without.remove(c.key());
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict.apply(without), x.id() + " without " + c.key());
      Map<String, Object> outside = new LinkedHashMap<>(pastLimit);
      outside.put(c.key(), c.fails());
      Optional<Finding> f = finding.apply(outside);
      assertTrue(f.isEmpty(), x.id() + ": " + c.key() + " = " + c.fails() + " is another row, but gave "
          + f.map(Finding::verdict));
    }
    for (Case c : row.assumed()) {
      for (Map<String, Object> base : List.of(atLimit, pastLimit)) {
        Map<String, Object> without = new LinkedHashMap<>(base);
        without.remove(c.key());
        assertEquals(Verdict.INSUFFICIENT_DATA, verdict.apply(without), x.id() + " without " + c.key());
        Map<String, Object> outside = new LinkedHashMap<>(base);
        outside.put(c.key(), c.fails());
        assertEquals(Verdict.INSUFFICIENT_DATA, verdict.apply(outside),
            x.id() + " with " + c.key() + " = " + c.fails() + ": the limit is raised outside the plain case");
      }
    }
    if (!row.assumed().isEmpty()) {
      assertTrue(x.provenance().note().orElseThrow().contains("INSUFFICIENT_DATA, never COMPLIANT"),
          x.id() + " says what happens outside the plain case");
    }
  }
}
