package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.CriterionShapes.assumptionsOf;
import static org.phaseout.catalogs.CriterionShapes.limitOf;
import static org.phaseout.catalogs.CriterionShapes.quantity;
import static org.phaseout.catalogs.CriterionShapes.scopeOf;
import static org.phaseout.catalogs.QuotaStandardProbe.BATCH;
import static org.phaseout.catalogs.QuotaStandardProbe.topicEditions;
import static org.phaseout.catalogs.UnitProbe.data;
import static org.phaseout.catalogs.UnitProbe.explains;
import static org.phaseout.catalogs.UnitProbe.plus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.capacity.FactValue;
import org.phaseout.catalogue.Action;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.DeadlineRule;
import org.phaseout.catalogue.Operator;
import org.phaseout.catalogue.VerificationLevel;
import org.phaseout.measure.Quantity;

/**
 * The mandatory unit-product energy-consumption quota standards (单位产品能源消耗限额) as a whole: every edition dated
 * as the reference (shared/reference/04) dates it, every entry UNVERIFIED and rectified within six months under the
 * Chongqing economy commission, and every entry evaluated end to end on fictitious Chongqing units just at and just
 * past its limit, outside its plain case, and without the data it needs.
 */
class EnergyQuotaStandardsTest {

  private static void assertEdition(String key, String number, LocalDate published, LocalDate effective) {
    CatalogueEdition e = edition(key);
    assertEquals(number, e.documentNumber(), key);
    assertEquals(published, e.published(), key + " published");
    assertEquals(effective, e.validity().start(), key + " effective");
    assertEquals(Optional.empty(), e.validity().end(), key + ": no successor is known");
  }

  /**
   * A value of the condition's operand that meets it and one that does not; {@code fails} is null for an {@code any}
   * condition, whose failing cases are specified in a test of their own.
   */
  private record Case(String key, Object meets, Object fails) {}

  private static Case caseOf(CatalogueEntry entry, Criterion restriction) {
    if (restriction instanceof Criterion.Range r) {
      Object meets = r.minInclusive() ? r.min() : plus(r.min(), "0.1");
      Object fails = r.maxInclusive() ? plus(r.max(), "0.1") : r.max();
      return new Case(r.operand().key(), meets, fails);
    }
    if (restriction instanceof Criterion.Any any) {
      Case first = caseOf(entry, any.parts().get(0));
      return new Case(first.key(), first.meets(), null);
    }
    if (restriction instanceof Criterion.Membership m) {
      String key = m.operand().key();
      String other = BundledData.catalogues().vocabulary().attribute(key).orElseThrow().allowedValues().stream()
          .filter(v -> !m.values().contains(v)).sorted().findFirst().orElseThrow();
      return new Case(key, m.values().iterator().next(), other);
    }
    Criterion.Comparison c = (Criterion.Comparison) restriction;
    String key = c.operand().key();
    if (c.value() instanceof FactValue.BooleanFact b) {
      return new Case(key, b.value(), !b.value());
    }
    if (c.value() instanceof FactValue.TextFact t) {
      String other = BundledData.catalogues().vocabulary().attribute(key).orElseThrow().allowedValues().stream()
          .filter(v -> !v.equals(t.value())).sorted().findFirst().orElseThrow();
      return new Case(key, t.value(), other);
    }
    Quantity q = quantity(c);
    return switch (c.operator()) {
      case LT -> new Case(key, plus(q, "-0.1"), q);
      case LE -> new Case(key, q, plus(q, "0.1"));
      case GT -> new Case(key, plus(q, "0.1"), q);
      case GE -> new Case(key, q, plus(q, "-0.1"));
      default -> throw new AssertionError(entry.id() + ": unexpected restriction " + c);
    };
  }

  @Test
  void editionsAreDatedAsTheRepositoryCatalogueDatesThem() {
    // reference 04 §1 (GitHub adgo07/ECQuota-Insight, data/catalog.json)
    assertEdition("gb-16780@2021", "GB 16780-2021", LocalDate.of(2021, 10, 11), LocalDate.of(2022, 11, 1));
    assertEdition("gb-21256@2025", "GB 21256-2025", LocalDate.of(2025, 6, 30), LocalDate.of(2026, 7, 1));
    assertEdition("gb-21340@2019", "GB 21340-2019", LocalDate.of(2019, 10, 14), LocalDate.of(2020, 5, 1));
    assertEdition("gb-21342@2025", "GB 21342-2025", LocalDate.of(2025, 4, 25), LocalDate.of(2026, 5, 1));
    assertEdition("gb-21252@2023", "GB 21252-2023", LocalDate.of(2023, 11, 27), LocalDate.of(2024, 12, 1));
    assertEdition("gb-30526@2019", "GB 30526-2019", LocalDate.of(2019, 10, 14), LocalDate.of(2020, 5, 1));
    assertEdition("gb-21341@2022", "GB 21341-2022", LocalDate.of(2022, 12, 29), LocalDate.of(2024, 1, 1));
    assertEdition("gb-21343@2023", "GB 21343-2023", LocalDate.of(2023, 11, 27), LocalDate.of(2024, 12, 1));
    assertEdition("gb-21344@2023", "GB 21344-2023", LocalDate.of(2023, 11, 27), LocalDate.of(2024, 12, 1));
    assertEdition("gb-21257@2024", "GB 21257-2024", LocalDate.of(2024, 4, 29), LocalDate.of(2025, 5, 1));
    assertEdition("gb-29140@2024", "GB 29140-2024", LocalDate.of(2024, 4, 29), LocalDate.of(2025, 5, 1));
    assertEdition("gb-25323@2023", "GB 25323-2023", LocalDate.of(2023, 5, 23), LocalDate.of(2024, 6, 1));
    assertEdition("gb-21347@2023", "GB 21347-2023", LocalDate.of(2023, 9, 8), LocalDate.of(2024, 10, 1));
    assertEdition("gb-29448@2022", "GB 29448-2022", LocalDate.of(2022, 12, 29), LocalDate.of(2024, 1, 1));
    assertEdition("gb-29436@2023", "GB 29436-2023", LocalDate.of(2023, 11, 27), LocalDate.of(2024, 12, 1));
    assertEdition("gb-30180@2024", "GB 30180-2024", LocalDate.of(2024, 4, 29), LocalDate.of(2025, 5, 1));
    assertEdition("gb-30251@2024", "GB 30251-2024", LocalDate.of(2024, 4, 29), LocalDate.of(2025, 5, 1));
    assertEdition("gb-29449@2024", "GB 29449-2024", LocalDate.of(2024, 4, 29), LocalDate.of(2025, 5, 1));
    assertEdition("gb-29995@2024", "GB 29995-2024", LocalDate.of(2024, 4, 29), LocalDate.of(2025, 5, 1));
    assertEdition("gb-45549@2025", "GB 45549-2025", LocalDate.of(2025, 3, 28), LocalDate.of(2026, 4, 1));
    assertEdition("gb-29446@2019", "GB 29446-2019", LocalDate.of(2019, 12, 17), LocalDate.of(2020, 7, 1));
    assertEdition("gb-36891@2018", "GB 36891-2018", LocalDate.of(2018, 11, 19), LocalDate.of(2019, 12, 1));
    assertEdition("gb-36892@2018", "GB 36892-2018", LocalDate.of(2018, 11, 19), LocalDate.of(2019, 12, 1));
    assertEdition("gb-46029@2025", "GB 46029-2025", LocalDate.of(2025, 8, 1), LocalDate.of(2026, 8, 1));
    assertEdition("gb-33654@2017", "GB 33654-2017", LocalDate.of(2017, 5, 12), LocalDate.of(2018, 6, 1));
    assertEdition("gb-30183@2013", "GB 30183-2013", LocalDate.of(2013, 12, 31), LocalDate.of(2014, 12, 1));
    assertEdition("gb-30184@2013", "GB 30184-2013", LocalDate.of(2013, 12, 31), LocalDate.of(2014, 12, 1));
    assertEdition("gb-36888@2018", "GB 36888-2018", LocalDate.of(2018, 11, 19), LocalDate.of(2019, 12, 1));
    assertEdition("gb-38263@2019", "GB 38263-2019", LocalDate.of(2019, 10, 14), LocalDate.of(2020, 5, 1));
    assertEdition("gb-32047@2025", "GB 32047-2025", LocalDate.of(2025, 1, 24), LocalDate.of(2026, 8, 1));
    assertEdition("gb-29438@2012", "GB 29438-2012", LocalDate.of(2012, 12, 31), LocalDate.of(2013, 10, 1));
    assertEdition("gb-21370@2017", "GB 21370-2017", LocalDate.of(2017, 11, 1), LocalDate.of(2018, 11, 1));
    assertEdition("gb-29445@2025", "GB 29445-2025", LocalDate.of(2025, 8, 1), LocalDate.of(2026, 8, 1));
    assertEdition("gb-31335@2024", "GB 31335-2024", LocalDate.of(2024, 4, 29), LocalDate.of(2025, 5, 1));
    assertEdition("gb-36889@2025", "GB 36889-2025", LocalDate.of(2025, 5, 30), LocalDate.of(2026, 6, 1));
  }

  @Test
  void editionsWhoseDatesTheReferenceFlagsAreUnverifiedAndEveryEditionSaysWhyNoPredecessorIsEncoded() {
    assertEquals(VerificationLevel.UNVERIFIED, edition("gb-21256@2025").source().verification());
    assertEquals(VerificationLevel.UNVERIFIED, edition("gb-21342@2025").source().verification());
    assertEquals(VerificationLevel.UNVERIFIED, edition("gb-45549@2025").source().verification());
    assertEquals(VerificationLevel.UNVERIFIED, edition("gb-46029@2025").source().verification());
    assertEquals(VerificationLevel.UNVERIFIED, edition("gb-32047@2025").source().verification());
    assertEquals(VerificationLevel.UNVERIFIED, edition("gb-29445@2025").source().verification());
    assertEquals(VerificationLevel.UNVERIFIED, edition("gb-36889@2025").source().verification());
    assertEquals(VerificationLevel.SECONDARY, edition("gb-16780@2021").source().verification());
    for (CatalogueEdition e : topicEditions()) {
      assertEquals(1, BundledData.catalogues().editions().stream()
          .filter(x -> x.catalogueId().equals(e.catalogueId())).count(), e.key() + ": no predecessor edition is encoded");
      assertTrue(e.source().note().orElseThrow().contains("encoded"), e.key() + " says why no predecessor is encoded");
    }
  }

  @Test
  void everyEntryIsUnverifiedRectifiesWithinSixMonthsAndNamesTheChongqingEconomyCommission() {
    for (CatalogueEdition e : topicEditions()) {
      for (CatalogueEntry x : e.entries()) {
        assertEquals(VerificationLevel.UNVERIFIED, x.provenance().verification(), x.id());
        assertTrue(x.provenance().note().orElseThrow().contains("grade 3 as the limit for existing plants"), x.id());
        assertEquals(Action.RECTIFY, x.consequence().action(), x.id());
        DeadlineRule.AfterTrigger rule = (DeadlineRule.AfterTrigger) x.consequence().deadline();
        assertEquals(java.time.Period.ofMonths(6), rule.period(), x.id());
        assertEquals(Optional.of(java.time.Period.ofMonths(3)), rule.extension(), x.id());
        assertEquals(List.of("cq.economy-it"), x.departments().get(0).lead(), x.id());
        assertTrue(x.id().startsWith(e.catalogueId().replace("-", "") + "-" + e.edition() + "."), x.id());
      }
    }
  }

  @Test
  void everyMachineCheckableEntryIsMetAtItsLimitFailedJustPastItAndUndecidedWithoutData() {
    int checked = 0;
    int scoped = 0;
    int assuming = 0;
    for (CatalogueEdition e : topicEditions()) {
      for (CatalogueEntry x : e.entries()) {
        if (x.criterion().isEmpty()) {
          continue;
        }
        Criterion.Comparison limit = limitOf(x);
        String indicator = limit.operand().key();
        Quantity at = quantity(limit);
        Quantity above = plus(at, "0.1");
        assertTrue(x.text().zh().contains("3级 " + at.value().toPlainString()),
            x.id() + ": the text states the grade-3 value the criterion compares with");
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
        Map<String, Object> atLimit = new LinkedHashMap<>(plain);
        atLimit.put(indicator, at);
        Map<String, Object> pastLimit = new LinkedHashMap<>(plain);
        pastLimit.put(indicator, above);
        assertEquals(Verdict.COMPLIANT, BATCH.verdict(x.id(), atLimit), x.id() + " at " + at);
        assertEquals(Verdict.NON_COMPLIANT, BATCH.verdict(x.id(), pastLimit), x.id() + " at " + above);
        assertEquals(Verdict.INSUFFICIENT_DATA, BATCH.verdict(x.id(), plain), x.id() + " without " + indicator);
        for (Case c : scope) {
          Map<String, Object> without = new LinkedHashMap<>(pastLimit);
          without.remove(c.key());
          assertEquals(Verdict.INSUFFICIENT_DATA, BATCH.verdict(x.id(), without), x.id() + " without " + c.key());
          Map<String, Object> withoutAtLimit = new LinkedHashMap<>(atLimit);
          withoutAtLimit.remove(c.key());
          assertEquals(Verdict.COMPLIANT, BATCH.verdict(x.id(), withoutAtLimit),
              x.id() + " without " + c.key() + ": a value within the limit passes whichever row applies");
          if (c.fails() == null) {
            continue;
          }
          Map<String, Object> outside = new LinkedHashMap<>(pastLimit);
          outside.put(c.key(), c.fails());
          BATCH.assertNoFinding(x.id(), outside, c.key() + " = " + c.fails() + " is another row");
        }
        for (Case c : assumed) {
          for (Map<String, Object> base : List.of(atLimit, pastLimit)) {
            Map<String, Object> without = new LinkedHashMap<>(base);
            without.remove(c.key());
            assertEquals(Verdict.INSUFFICIENT_DATA, BATCH.verdict(x.id(), without), x.id() + " without " + c.key());
            Map<String, Object> outside = new LinkedHashMap<>(base);
            outside.put(c.key(), c.fails());
            assertEquals(Verdict.INSUFFICIENT_DATA, BATCH.verdict(x.id(), outside),
                x.id() + " with " + c.key() + " = " + c.fails() + ": the limit is corrected outside the plain case");
          }
        }
        scoped += scope.isEmpty() ? 0 : 1;
        assuming += assumed.isEmpty() ? 0 : 1;
        checked++;
      }
    }
    assertEquals(253, checked, "machine-checkable entries of the topic");
    assertEquals(215, scoped, "machine-checkable entries whose row is chosen by applies.when");
    assertEquals(11, assuming, "machine-checkable entries that assume a plain case");
  }

  @Test
  void onlyTheCorrectedLimitsAssumeAPlainCase() {
    Map<String, Set<String>> expected = new java.util.TreeMap<>();
    for (String id : List.of("gb16780-2021.clinker.comprehensive-energy.grade3",
        "gb16780-2021.clinker.comprehensive-power.grade3", "gb16780-2021.clinker.comprehensive-coal.grade3")) {
      expected.put(id, Set.of("cement.altitudeCorrection"));
    }
    expected.put("gb21256-2025.sinter.process-energy.grade3", Set.of("ironsteel.specialOresInFeed"));
    expected.put("gb21256-2025.pellet.process-energy.grade3", Set.of("ironsteel.specialOresInFeed"));
    expected.put("gb21256-2025.blast-furnace.process-energy.grade3",
        Set.of("ironsteel.specialOresInFeed", "ironsteel.bfFeedIronGrade"));
    for (String band : List.of("lt50t", "50-70t", "ge70t")) {
      expected.put("gb21256-2025.eaf-" + band + ".process-energy.grade3",
          Set.of("ironsteel.eafAllScrapOrdinaryCarbonSteel"));
    }
    expected.put("gb29140-2024.combined-light.comprehensive-energy.grade3", Set.of("sodaash.combinedProcessSalt"));
    expected.put("gb29140-2024.combined-dense.comprehensive-energy.grade3", Set.of("sodaash.combinedProcessSalt"));
    Map<String, Set<String>> actual = new java.util.TreeMap<>();
    for (CatalogueEdition e : topicEditions()) {
      for (CatalogueEntry x : e.entries()) {
        if (x.assumes().isPresent()) {
          actual.put(x.id(), assumptionsOf(x).stream().map(c -> caseOf(x, c).key())
              .collect(java.util.stream.Collectors.toSet()));
          assertTrue(x.provenance().note().orElseThrow().contains("INSUFFICIENT_DATA, never COMPLIANT"),
              x.id() + " says what happens outside the plain case");
        }
        assertFalse(x.provenance().note().orElseThrow().contains("reads COMPLIANT"),
            x.id() + ": no note promises a compliant finding outside the plain case");
      }
    }
    assertEquals(expected, actual);
  }

  @Test
  void everyManualEntryAsksForManualAssessmentEvenWhenAValueIsReported() {
    int manual = 0;
    int scoped = 0;
    for (CatalogueEdition e : topicEditions()) {
      for (CatalogueEntry x : e.entries()) {
        if (x.criterion().isPresent()) {
          continue;
        }
        assertTrue(x.provenance().note().orElseThrow().contains("Manual assessment"), x.id() + " says why");
        assertTrue(x.assumes().isEmpty(), x.id() + ": a manual entry assumes nothing");
        Finding f = BATCH.finding(x.id(), data());
        assertEquals(Verdict.INSUFFICIENT_DATA, f.verdict(), x.id());
        assertTrue(explains(f.explanation(), "人工研判"), x.id());
        Map<String, Object> row = new LinkedHashMap<>();
        List<Case> cases = new ArrayList<>();
        for (Criterion r : scopeOf(x)) {
          Case c = caseOf(x, r);
          cases.add(c);
          row.put(c.key(), c.meets());
        }
        assertEquals(Verdict.INSUFFICIENT_DATA, BATCH.verdict(x.id(), row), x.id() + " in its own row");
        for (Case c : cases) {
          Map<String, Object> outside = new LinkedHashMap<>(row);
          outside.put(c.key(), c.fails());
          BATCH.assertNoFinding(x.id(), outside, c.key() + " = " + c.fails() + " is another row");
        }
        scoped += cases.isEmpty() ? 0 : 1;
        manual++;
      }
    }
    assertEquals(64, manual, "manual entries of the topic");
    assertEquals(37, scoped, "manual entries whose row is chosen by applies.when");
  }

  @Test
  void theBandsThatChooseManualRowsArePinned() {
    // GB 21340-2019 表1 (reference 04 §2.3): ≤ 500, 500 < x ≤ 800, > 800 t/d
    Criterion.Comparison le500 = (Criterion.Comparison) scopeOf(
        entry("gb21340-2019.flat-glass-le500td.comprehensive-energy.grade3")).get(0);
    assertTrue(quantity(le500).isEqualTo(Quantity.parse("500 t/d")));
    assertEquals(Operator.LE, le500.operator());
    Criterion.Range mid = (Criterion.Range) scopeOf(
        entry("gb21340-2019.flat-glass-500-800td.comprehensive-energy.grade3")).get(0);
    assertTrue(mid.min().isEqualTo(Quantity.parse("500 t/d")) && !mid.minInclusive());
    assertTrue(mid.max().isEqualTo(Quantity.parse("800 t/d")) && mid.maxInclusive());
    Criterion.Comparison gt800 = (Criterion.Comparison) scopeOf(
        entry("gb21340-2019.flat-glass-gt800td.comprehensive-energy.grade3")).get(0);
    assertTrue(quantity(gt800).isEqualTo(Quantity.parse("800 t/d")));
    assertEquals(Operator.GT, gt800.operator());
    // GB 21252-2023 表1 (reference 04 §2.2): ≤0.2%, 0.2%<x≤0.5%, 0.5%<x≤10%, >10%
    Criterion.Comparison le02 = (Criterion.Comparison) scopeOf(
        entry("gb21252-2023.tile-absorption-le0.2.comprehensive-energy.grade3")).get(1);
    assertTrue(quantity(le02).isEqualTo(Quantity.parse("0.2 %")));
    assertEquals(Operator.LE, le02.operator());
    for (String[] band : new String[][] {{"0.2-0.5", "0.2 %", "0.5 %"}, {"0.5-10", "0.5 %", "10 %"}}) {
      Criterion.Range r = (Criterion.Range) scopeOf(
          entry("gb21252-2023.tile-absorption-" + band[0] + ".comprehensive-energy.grade3")).get(1);
      assertTrue(r.min().isEqualTo(Quantity.parse(band[1])) && !r.minInclusive(), band[0]);
      assertTrue(r.max().isEqualTo(Quantity.parse(band[2])) && r.maxInclusive(), band[0]);
    }
    Criterion.Comparison gt10 = (Criterion.Comparison) scopeOf(
        entry("gb21252-2023.tile-absorption-gt10.comprehensive-energy.grade3")).get(1);
    assertTrue(quantity(gt10).isEqualTo(Quantity.parse("10 %")));
    assertEquals(Operator.GT, gt10.operator());
    // GB 21342-2025 表1、表2: 顶装焦炉, 捣固焦炉
    assertEquals(FactValue.of(false), ((Criterion.Comparison) scopeOf(
        entry("gb21342-2025.coke-top-charging.comprehensive-energy.grade3")).get(0)).value());
    assertEquals(FactValue.of(true), ((Criterion.Comparison) scopeOf(
        entry("gb21342-2025.coke-stamp-charging.comprehensive-energy.grade3")).get(0)).value());
  }
}
