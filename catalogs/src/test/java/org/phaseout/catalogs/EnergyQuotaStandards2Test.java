package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.CriterionShapes.assumptionsOf;
import static org.phaseout.catalogs.CriterionShapes.limitOf;
import static org.phaseout.catalogs.CriterionShapes.quantity;
import static org.phaseout.catalogs.CriterionShapes.scopeOf;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.BATCH;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.Case;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.ENTERPRISE;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.EVALUATOR;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.RowCases;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.assertEdgeCases;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.assertManual;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.caseOf;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.g;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.rowCases;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.topicEditions;
import static org.phaseout.catalogs.UnitProbe.data;
import static org.phaseout.catalogs.UnitProbe.explains;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.phaseout.ComplianceReport;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.CatalogueStatus;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.VerificationLevel;
import org.phaseout.measure.Quantity;

/**
 * The second batch of mandatory unit-product energy-consumption quota standards (单位产品能源消耗限额) as a whole: GB
 * 21350-2023, GB 21351-2023, GB 25324-2022, GB 31825-2024, GB 21258-2024, GB 45247-2025, GB 29447-2026 and GB
 * 47835-2026. Every edition is dated as the reference (shared/reference/04) dates it, the silicon (硅多晶) and germanium
 * (锗) standards are manual and not in force before 2027, and every entry is evaluated end to end on fictitious
 * Chongqing units: at and just past its limit, outside its row, outside its plain case, and without the data it needs;
 * manual entries always ask for manual assessment.
 */
class EnergyQuotaStandards2Test {

  private static void assertEdition(String key, String number, LocalDate published, LocalDate effective,
      VerificationLevel level) {
    CatalogueEdition e = edition(key);
    assertEquals(number, e.documentNumber(), key);
    assertEquals(published, e.published(), key + " published");
    assertEquals(effective, e.validity().start(), key + " effective");
    assertEquals(Optional.empty(), e.validity().end(), key + ": no successor is known");
    assertEquals(level, e.source().verification(), key + " verification");
  }

  @Test
  void editionsAreDatedAsTheRepositoryCatalogueDatesThem() {
    // reference 04 §1 (GitHub adgo07/ECQuota-Insight, data/catalog.json); 2025–2026 dates are flagged UNVERIFIED
    assertEdition("gb-21350@2023", "GB 21350-2023", LocalDate.of(2023, 5, 23), LocalDate.of(2024, 6, 1),
        VerificationLevel.SECONDARY);
    assertEdition("gb-21351@2023", "GB 21351-2023", LocalDate.of(2023, 5, 23), LocalDate.of(2024, 6, 1),
        VerificationLevel.SECONDARY);
    assertEdition("gb-25324@2022", "GB 25324-2022", LocalDate.of(2022, 12, 29), LocalDate.of(2024, 1, 1),
        VerificationLevel.SECONDARY);
    assertEdition("gb-31825@2024", "GB 31825-2024", LocalDate.of(2024, 4, 29), LocalDate.of(2025, 5, 1),
        VerificationLevel.SECONDARY);
    assertEdition("gb-21258@2024", "GB 21258-2024", LocalDate.of(2024, 9, 29), LocalDate.of(2025, 4, 1),
        VerificationLevel.SECONDARY);
    assertEdition("gb-45247@2025", "GB 45247-2025", LocalDate.of(2025, 1, 24), LocalDate.of(2025, 8, 1),
        VerificationLevel.UNVERIFIED);
    assertEdition("gb-29447@2026", "GB 29447-2026", LocalDate.of(2026, 6, 27), LocalDate.of(2027, 1, 1),
        VerificationLevel.UNVERIFIED);
    assertEdition("gb-47835@2026", "GB 47835-2026", LocalDate.of(2026, 6, 27), LocalDate.of(2027, 1, 1),
        VerificationLevel.UNVERIFIED);
    assertEquals(8, topicEditions().size());
    for (CatalogueEdition e : topicEditions()) {
      assertEquals(1, BundledData.catalogues().editions().stream()
          .filter(x -> x.catalogueId().equals(e.catalogueId())).count(), e.key() + ": no predecessor edition is encoded");
      assertTrue(e.source().note().orElseThrow().contains("encoded"), e.key() + " says why no predecessor is encoded");
    }
  }

  @Test
  void theSiliconAndGermaniumStandardsAreNotInForceBefore2027() {
    ComplianceReport report = EVALUATOR.evaluate(ProductionUnit.builder().id("poly-1").enterprise(ENTERPRISE)
        .kind("polysilicon-plant").build(), LocalDate.of(2026, 12, 31));
    Map<String, CatalogueStatus.State> states = new LinkedHashMap<>();
    report.catalogues().forEach(s -> states.put(s.catalogueId(), s.state()));
    assertEquals(CatalogueStatus.State.NOT_YET_IN_FORCE, states.get("gb-29447"));
    assertEquals(CatalogueStatus.State.NOT_YET_IN_FORCE, states.get("gb-47835"));
    assertEquals(CatalogueStatus.State.IN_FORCE, states.get("gb-31825"));
    String id = "gb29447-2026.polysilicon-trichlorosilane.grade3";
    Map<String, Object> row = data("polysilicon.process", "trichlorosilane");
    assertTrue(BATCH.assess("polysilicon-plant", LocalDate.of(2026, 12, 31), row).findings().stream()
        .noneMatch(f -> f.entry().entryId().equals(id)), "not in force on 31 December 2026");
    assertTrue(BATCH.assess("polysilicon-plant", LocalDate.of(2027, 1, 1), row).findings().stream()
        .anyMatch(f -> f.entry().entryId().equals(id) && f.verdict() == Verdict.INSUFFICIENT_DATA), "in force that day");
  }

  @Test
  void gb29447AndGb47835SiliconAndGermaniumAreManualForWantOfAKilogramUnit() {
    // GB 29447-2026 表1、表2 (p.2), reference 04 §4.7; GB 47835-2026 表1、表2 (p.1), §4.8
    assertManual("gb29447-2026.polysilicon-trichlorosilane.grade3", "表1 硅多晶 三氯氢硅法（kgce/kg）：" + g("5.0,5.5,6.3"));
    assertManual("gb29447-2026.polysilicon-silane-fluidized-bed.grade3",
        "表1 硅多晶 硅烷流化床法（kgce/kg）：" + g("3.6,4.0,4.6"));
    assertManual("gb29447-2026.germanium-high-purity-tetrachloride.grade3",
        "表2 锗 高纯四氯化锗（kgce/kg）：" + g("5.2,5.5,9.3"));
    assertManual("gb29447-2026.germanium-high-purity-dioxide.grade3", "表2 锗 高纯二氧化锗（kgce/kg）：" + g("0.9,1.1,1.7"));
    assertManual("gb29447-2026.germanium-zone-refined-ingot.grade3", "表2 锗 区熔锗锭（kgce/kg）：" + g("7.8,9.5,18.9"));
    assertManual("gb29447-2026.germanium-single-crystal.grade3", "表2 锗 锗单晶（kgce/kg）：" + g("6.0,6.5,10.0"));
    assertManual("gb47835-2026.monocrystalline-silicon-square-rod.grade3",
        "表1 硅单晶（方棒）（kgce/kg）：" + g("1.90,2.16,2.58"));
    assertManual("gb47835-2026.monocrystalline-silicon-wafer.grade3", "表2 硅单晶片（kgce/百万片）：" + g("5900,7005,9525"));
    assertEquals(6, edition("gb-29447@2026").entries().size());
    assertEquals(2, edition("gb-47835@2026").entries().size());
  }

  @Test
  void everyEntryIsUnverifiedRectifiesWithinSixMonthsAndNamesTheChongqingEconomyCommission() {
    for (CatalogueEdition e : topicEditions()) {
      for (CatalogueEntry x : e.entries()) {
        QuotaEntries.assertUnverifiedGrade3RectifiedInChongqing(e, x);
      }
    }
  }

  @Test
  void everyMachineCheckableEntryIsMetAtItsLimitFailedJustPastItAndUndecidedOutsideItsPlainCase() {
    int checked = 0;
    for (CatalogueEdition e : topicEditions()) {
      for (CatalogueEntry x : e.entries()) {
        if (x.criterion().isEmpty()) {
          continue;
        }
        Quantity at = quantity(limitOf(x));
        assertTrue(x.text().zh().contains("3级 " + at.value().toPlainString()),
            x.id() + ": the text states the grade-3 value the criterion compares with");
        RowCases row = rowCases(x);
        assertTrue(!row.scope().isEmpty() && !row.assumed().isEmpty(), x.id() + ": a row and a plain case");
        assertEdgeCases(x, row, data -> BATCH.findingIfAny(x.id(), data));
        checked++;
      }
    }
    assertEquals(28, checked, "machine-checkable entries of the topic (22 paper rows, 6 forging rows)");
  }

  @Test
  void onlyPaperAndForgingEntriesAssumeAPlainCase() {
    Map<String, Set<String>> actual = new TreeMap<>();
    for (CatalogueEdition e : topicEditions()) {
      for (CatalogueEntry x : e.entries()) {
        if (x.assumes().isPresent()) {
          actual.put(x.id(), assumptionsOf(x).stream().map(c -> caseOf(x, c).key()).collect(Collectors.toSet()));
        }
      }
    }
    assertEquals(28, actual.size());
    actual.forEach((id, keys) -> assertEquals(id.startsWith("gb31825-2024.paper-")
        ? Set.of("paper.tad", "paper.concurrentThermalCarbonlessOrSublimation")
        : Set.of("wroughtaluminium.extraForgingHeats"), keys, id));
  }

  @Test
  void everyManualEntryAsksForManualAssessmentInItsRowAndIsSilentOutsideIt() {
    int manual = 0;
    for (CatalogueEdition e : topicEditions()) {
      for (CatalogueEntry x : e.entries()) {
        if (x.criterion().isPresent()) {
          continue;
        }
        assertTrue(x.provenance().note().orElseThrow().contains("Manual assessment"), x.id() + " says why");
        assertTrue(x.assumes().isEmpty(), x.id() + ": a manual entry assumes nothing");
        Map<String, Object> row = new LinkedHashMap<>();
        List<Case> cases = new ArrayList<>();
        for (Criterion r : scopeOf(x)) {
          Case c = caseOf(x, r);
          cases.add(c);
          row.put(c.key(), c.meets());
        }
        assertTrue(!cases.isEmpty(), x.id() + ": the row is chosen by applies.when");
        Finding f = BATCH.finding(x.id(), row);
        assertEquals(Verdict.INSUFFICIENT_DATA, f.verdict(), x.id() + " in its own row");
        assertTrue(explains(f.explanation(), "人工研判"), x.id());
        assertEquals(Verdict.INSUFFICIENT_DATA, BATCH.verdict(x.id(), data()), x.id() + " without its row");
        for (Case c : cases) {
          Map<String, Object> outside = new LinkedHashMap<>(row);
          outside.put(c.key(), c.fails());
          BATCH.assertNoFinding(x.id(), outside, c.key() + " = " + c.fails() + " is another row");
        }
        manual++;
      }
    }
    assertEquals(89, manual, "manual entries of the topic");
  }
}
