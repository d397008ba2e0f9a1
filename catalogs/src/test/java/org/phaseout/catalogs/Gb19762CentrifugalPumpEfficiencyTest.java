package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.EfficiencyStandardProbe.assertInForceFromItsFirstDayOnly;
import static org.phaseout.catalogs.EfficiencyStandardProbe.assertNoFinding;
import static org.phaseout.catalogs.EfficiencyStandardProbe.asOfFor;
import static org.phaseout.catalogs.EfficiencyStandardProbe.findingIfAny;
import static org.phaseout.catalogs.EfficiencyStandardProbe.ids;
import static org.phaseout.catalogs.EfficiencyStandardProbe.verdict;
import static org.phaseout.catalogs.EfficiencyStandardProbe.with;
import static org.phaseout.catalogs.EfficiencyStandardProbe.without;
import static org.phaseout.catalogs.UnitProbe.data;
import static org.phaseout.catalogs.UnitProbe.explains;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.catalogue.Action;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.VerificationLevel;
import org.phaseout.measure.Quantity;

/**
 * The energy-efficiency standard of centrifugal pumps (离心泵能效限定值及能效等级, GB 19762-2025) as shipped: its
 * clean-water pump limits are formulas of specific speed and flow (η = a(ln ns)² + b(ln Q)² + c(ln ns)(ln Q) + d ln ns
 * + e ln Q − Ci), computed from the pump's reported flow, head, speed and stages. Each limit below is pinned to six
 * decimals against an independent computation of the repository's formula (IEEE doubles, /work/tmp scratch, not the
 * engine), then probed at the engine's own value, just below it, with data missing and outside the scope.
 */
class Gb19762CentrifugalPumpEfficiencyTest {

  private static final String SINGLE = "gb19762-2025.t3-01.single-stage-single-suction.grade3";

  /** A pump of a table-3 type with its best-efficiency flow, total head, speed and stages. */
  private static Map<String, Object> pump(String type, String flow, String head, String speed, String stages) {
    return data("pump.gb19762Type", type, "pump.flowAtBestEfficiency", flow + " m3/h",
        "pump.headAtBestEfficiency", head + " m", "pump.speed", speed + " r/min", "pump.stages", stages + " 1");
  }

  private static Finding finding(String entryId, Map<String, Object> data) {
    return findingIfAny(entryId, asOfFor(entryId), data)
        .orElseThrow(() -> new AssertionError(entryId + " gave no finding for " + data));
  }

  private static Quantity computedLimit(String entryId, Map<String, Object> data) {
    return finding(entryId, with(data, "pump.efficiency", "50 %")).threshold().orElseThrow();
  }

  @ParameterizedTest(name = "{0}: Q {2} m³/h, H {3} m, n {4} r/min, {5} stage(s) → grade-3 limit {6} %")
  @CsvSource({
      "gb19762-2025.t3-01.single-stage-single-suction.grade3, single-stage-single-suction, 100, 50, 2900, 1, 72.786165",
      "gb19762-2025.t3-02.single-stage-single-suction.grade3, single-stage-single-suction, 300.1, 60, 2900, 1, 79.202277",
      "gb19762-2025.t3-03.single-stage-double-suction.grade3, single-stage-double-suction, 500, 40, 1480, 1, 78.344496",
      "gb19762-2025.t3-04.single-stage-double-suction.grade3, single-stage-double-suction, 1000, 40, 1480, 1, 82.390797",
      "gb19762-2025.t3-05.inline.grade3, inline, 50, 32, 2900, 1, 66.344984",
      "gb19762-2025.t3-07.multistage.grade3, multistage, 50, 200, 2950, 5, 59.399724",
      "gb19762-2025.t3-09.light-multistage-vertical.grade3, light-multistage-vertical, 10, 100, 2900, 10, 58.148235"})
  void theLimitIsTheRowsFormulaAtTheGradeThreeConstantAndAPumpJustBelowItFails(String entryId, String type,
      String flow, String head, String speed, String stages, String expected) {
    Map<String, Object> pump = pump(type, flow, head, speed, stages);
    Quantity limit = computedLimit(entryId, pump);
    assertEquals("%", limit.unit().symbol());
    assertEquals(new BigDecimal(expected), limit.value().setScale(6, RoundingMode.HALF_EVEN), entryId);
    assertEquals(Verdict.COMPLIANT, verdict(entryId, with(pump, "pump.efficiency", limit)),
        "低于 excludes the limit itself: a pump at the computed value meets it");
    Quantity justBelow = Quantity.of(limit.value().subtract(new BigDecimal("0.000001")), limit.unit());
    assertEquals(Verdict.NON_COMPLIANT, verdict(entryId, with(pump, "pump.efficiency", justBelow)));
    assertEquals(Verdict.COMPLIANT, verdict(entryId, with(pump, "pump.efficiency", "90 %")));
  }

  @ParameterizedTest(name = "{0}: Q {2} m³/h, H {3} m, n {4} r/min, {5} stage(s), double suction {6} → {7} %")
  @CsvSource({
      "single-stage.single-suction.q-le300.ns-60-120, chemical-process-single-stage, 100, 50, 2900, 1, false, 65.388559",
      "single-stage.single-suction.q-le300.ns-20-60, chemical-process-single-stage, 100, 150, 2900, 1, false, 54.914365",
      "single-stage.single-suction.q-le300.ns-210-300, chemical-process-single-stage, 200, 20, 2900, 1, false, 68.742473",
      "single-stage.double-suction.q-gt300.ns-120-210, chemical-process-single-stage, 4000, 80, 1480, 1, true, 79.964977",
      "multistage.single-suction.q-le300.ns-60-120, chemical-process-multistage, 50, 200, 2950, 5, false, 55.527960"})
  void aChemicalProcessPumpsLimitIsEtaBLessTheSpecificSpeedCorrectionPlusTheGradeThreeOffset(String row, String type,
      String flow, String head, String speed, String stages, boolean doubleSuction, String expected) {
    String entryId = "gb19762-2025.t2.chemical-process-" + row + ".grade3";
    Map<String, Object> pump = with(pump(type, flow, head, speed, stages), "pump.doubleSuction", doubleSuction);
    Quantity limit = computedLimit(entryId, pump);
    assertEquals(new BigDecimal(expected), limit.value().setScale(6, RoundingMode.HALF_EVEN), entryId);
    assertEquals(Verdict.COMPLIANT, verdict(entryId, with(pump, "pump.efficiency", limit)));
    Quantity justBelow = Quantity.of(limit.value().subtract(new BigDecimal("0.000001")), limit.unit());
    assertEquals(Verdict.NON_COMPLIANT, verdict(entryId, with(pump, "pump.efficiency", justBelow)));
    assertNoFinding(entryId.replace(doubleSuction ? "double-suction" : "single-suction",
        doubleSuction ? "single-suction" : "double-suction"), with(pump, "pump.efficiency", justBelow),
        "the other suction's entry does not apply");
  }

  @Test
  void aDoubleSuctionPumpTakesHalfItsFlowInTheSpecificSpeedButTheWholeFlowInTheFormula() {
    // the same pump read as single suction would have ns = 126.57 × √2 = 179.0 and another limit
    Map<String, Object> pump = pump("single-stage-double-suction", "1000", "40", "1480", "1");
    Quantity asDoubleSuction = computedLimit("gb19762-2025.t3-04.single-stage-double-suction.grade3", pump);
    Quantity asSingleSuction = computedLimit("gb19762-2025.t3-02.single-stage-single-suction.grade3",
        with(pump, "pump.gb19762Type", "single-stage-single-suction"));
    assertEquals(new BigDecimal("82.390797"), asDoubleSuction.value().setScale(6, RoundingMode.HALF_EVEN));
    assertTrue(asSingleSuction.isGreaterThan(asDoubleSuction), asSingleSuction + " vs " + asDoubleSuction);
  }

  @Test
  void aFlowOfExactly300CubicMetresAnHourIsInTheFirstRowAndJustAboveItInTheSecond() {
    Map<String, Object> at300 = with(pump("single-stage-single-suction", "300", "60", "2900", "1"),
        "pump.efficiency", "79.3 %");
    assertEquals(new BigDecimal("79.200868"),
        computedLimit(SINGLE, at300).value().setScale(6, RoundingMode.HALF_EVEN));
    assertEquals(Verdict.COMPLIANT, verdict(SINGLE, at300));
    assertNoFinding("gb19762-2025.t3-02.single-stage-single-suction.grade3", at300,
        "300 m³/h lies in 5≤Q≤300, not 300<Q");
    assertNoFinding(SINGLE, with(at300, "pump.flowAtBestEfficiency", "300.1 m3/h"), "300.1 m³/h is above 5≤Q≤300");
  }

  @Test
  void aSpecificSpeedBelowTwentyIsOutsideTheScopeSoThePumpGetsNoFinding() {
    // 5 m³/h at 200 m head and 2900 r/min: ns = 7.4
    assertNoFinding(SINGLE, with(pump("single-stage-single-suction", "5", "200", "2900", "1"), "pump.efficiency",
        "10 %"), "ns 7.4 is below 20");
  }

  @Test
  void aPumpThatDoesNotReportItsSpeedOrEfficiencyIsInsufficientDataNeverCompliant() {
    Map<String, Object> pump = with(pump("single-stage-single-suction", "100", "50", "2900", "1"),
        "pump.efficiency", "80 %");
    Finding noSpeed = finding(SINGLE, without(pump, "pump.speed"));
    assertEquals(Verdict.INSUFFICIENT_DATA, noSpeed.verdict());
    assertTrue(explains(noSpeed.explanation(), "未报告 pump.speed"), "the explanation names the speed");
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(SINGLE, without(pump, "pump.efficiency")));
  }

  @Test
  void aFlowAboveThreeThousandIsForAPersonBecauseTheSourcesDisagreeOnTheCap() {
    String above = "gb19762-2025.t3-02.single-stage-single-suction.above-3000.grade3";
    CatalogueEntry entry = BundledData.entry(above);
    assertTrue(entry.criterion().isEmpty(), "manual");
    assertTrue(entry.provenance().note().orElseThrow().contains("sources in conflict"));
    Map<String, Object> big = with(pump("single-stage-single-suction", "4000", "60", "1480", "1"),
        "pump.efficiency", "90 %");
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(above, big));
    assertNoFinding("gb19762-2025.t3-02.single-stage-single-suction.grade3", big, "4000 m³/h is above 3000");
  }

  @Test
  void theExplanationShowsTheFormulaAndTheValuesComputed() {
    Finding f = finding(SINGLE, with(pump("single-stage-single-suction", "100", "50", "2900", "1"),
        "pump.efficiency", "70 %"));
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertEquals("70 %", f.measured().orElseThrow().toString());
    assertEquals("低于", f.thresholdWording().orElseThrow());
    assertTrue(explains(f.explanation(), "公式 (((-8.44 × ln("), f.explanation().text().zh());
    assertTrue(explains(f.explanation(), "计算值 70 % 与 72.78616"), "the values compared");
  }

  @Test
  void gb19762IsInForceFrom1March2026AsTheRepositoryDatesItAndNotTheDayBefore() {
    assertInForceFromItsFirstDayOnly("gb-19762@2025", "GB 19762-2025", LocalDate.of(2026, 3, 1), 44,
        "chemical and petrochemical process pumps of table 2", SINGLE,
        with(pump("single-stage-single-suction", "100", "50", "2900", "1"), "pump.efficiency", "70 %"));
  }

  @Test
  void everyRowIsAnEfficiencyLimitOfTheChongqingPlanWithItsFormulaReadFromTheTable() {
    assertEquals(44, ids("gb-19762@2025").size());
    for (CatalogueEntry x : edition("gb-19762@2025").entries()) {
      assertEquals(Action.ELIMINATE, x.consequence().action(), x.id());
      assertEquals(List.of("cq.development-reform", "cq.economy-it"), x.departments().get(0).lead(), x.id());
      assertTrue(x.citations().stream().anyMatch(c -> c.document().contains("127号")), x.id() + " cites 127号");
      assertEquals(VerificationLevel.UNVERIFIED, x.provenance().verification(), x.id());
      assertTrue(x.provenance().source().contains("pump.json, commit 1a74ff4cc07e9068783a370ec4269e89245cef38"),
          x.id());
      x.criterion().ifPresent(c -> {
        Criterion.Calculation calc = (Criterion.Calculation) c;
        assertEquals("低于", calc.wording().orElseThrow().word(), x.id());
        assertTrue(calc.right().toString().contains(x.id().contains(".t2.")
            ? (x.id().contains("multistage") ? "41.467097" : "41.951745")
            : (x.id().contains("multistage") ? "72.67" : "84.63")), x.id());
      });
    }
  }
}
