package org.phaseout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.BundledEntryProbe.GB_BAYER_COMPREHENSIVE;
import static org.phaseout.BundledEntryProbe.GB_BAYER_PROCESS;
import static org.phaseout.BundledEntryProbe.GB_LIQUID_AC;
import static org.phaseout.BundledEntryProbe.GB_OTHER_COMPREHENSIVE;
import static org.phaseout.BundledEntryProbe.GB_OTHER_PROCESS;
import static org.phaseout.BundledEntryProbe.PREBAKE_CELLS_BELOW_160KA;
import static org.phaseout.BundledEntryProbe.assess;
import static org.phaseout.BundledEntryProbe.find;
import static org.phaseout.BundledEntryProbe.finding;
import static org.phaseout.EvaluationFixtures.aluminaRefinery;
import static org.phaseout.EvaluationFixtures.fact;
import static org.phaseout.EvaluationFixtures.measured;
import static org.phaseout.EvaluationFixtures.potline;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.Action;
import org.phaseout.catalogue.DeadlineRule;
import org.phaseout.catalogue.Dimension;
import org.phaseout.catalogue.LocalizedText;
import org.phaseout.measure.Quantity;

/**
 * Specification of {@link ComplianceEvaluator} on aluminium: electrolytic potlines (电解铝) under the GB 21346-2022
 * liquid-aluminium AC limit and the national 2024 catalogue's prebake cells below 160 kA, and alumina refineries
 * (氧化铝) under the GB 21346-2022 Bayer and other-process limits.
 */
class AluminiumEvaluationTest {

  @Nested
  class AluminiumPotlines {

    static ProductionUnit potlineAt(String liquidAc) {
      return potline("potline-1").putMeasurements("aluminium.liquid-ac-consumption", measured(liquidAc)).build();
    }

    @Test
    void aPotlineAtTheLimitIsCompliantBecause超过ExcludesTheLimit() {
      Finding f = finding(assess(potlineAt("13350 kWh/t")), GB_LIQUID_AC);
      assertEquals(Verdict.COMPLIANT, f.verdict());
      assertEquals(Optional.of(Quantity.parse("13350 kWh/t")), f.measured());
      assertEquals(Optional.of(Quantity.parse("13350 kWh/t")), f.threshold());
      assertEquals(Optional.of("超过"), f.thresholdWording());
      assertEquals(Optional.empty(), f.deadline());
    }

    @Test
    void aPotlineOneKilowattHourAboveTheLimitMustRectify() {
      UnitAssessment a = assess(potlineAt("13351 kWh/t"));
      Finding f = finding(a, GB_LIQUID_AC);
      assertEquals(Verdict.NON_COMPLIANT, f.verdict());
      assertEquals(Action.RECTIFY, f.action());
      assertFalse(f.action().isExit());
      assertEquals(Dimension.ENERGY, f.dimension());
      assertEquals(UnitStatus.RECTIFICATION_REQUIRED, a.status());
      assertEquals(List.of("市经济信息委"), f.departments().lead().stream().map(LocalizedText::zh).toList());
    }

    @Test
    void aPotlineAboveTheLimitGetsSixMonthsAfterTheRectificationNoticeAndNoDateBeforeIt() {
      Finding f = finding(assess(potlineAt("13351 kWh/t")), GB_LIQUID_AC);
      assertEquals(Optional.empty(), f.deadline(), "the deadline runs from a notice whose date is not known");
      assertTrue(f.deadlineRule().startsWith("对达不到强制性能耗限额标准要求的产能，应在6个月内整改"), f.deadlineRule());
      DeadlineRule.AfterTrigger rule = assertInstanceOf(DeadlineRule.AfterTrigger.class,
          EvaluationFixtures.catalogues().entry(GB_LIQUID_AC).orElseThrow().consequence().deadline());
      assertEquals("rectification-notice", rule.trigger());
      assertEquals(Period.ofMonths(6), rule.period());
      assertEquals(Optional.of(Period.ofMonths(3)), rule.extension());
      assertEquals(LocalDate.of(2026, 7, 15), rule.deadlineAfter(LocalDate.of(2026, 1, 15)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "1.720 tce/t|COMPLIANT", "1.72 tce/t|COMPLIANT", "1.7201 tce/t|NON_COMPLIANT", "1720.0 kgce/t|COMPLIANT"})
    void aValueInAnotherUnitOfTheSameKindIsComparedByExactConversion(String value, Verdict expected) {
      ProductionUnit unit = potline("potline-2")
          .putMeasurements("aluminium.ingot-comprehensive-energy", measured(value)).build();
      assertEquals(expected, finding(assess(unit), "gb21346-2022.aluminium.ingot-comprehensive-energy.grade3")
          .verdict());
    }

    @Test
    void aPotlineWithoutTheMeasurementCannotBeDecided() {
      UnitAssessment a = assess(potline("potline-3").build());
      assertEquals(Verdict.INSUFFICIENT_DATA, finding(a, GB_LIQUID_AC).verdict());
      assertEquals(UnitStatus.INDETERMINATE, a.status());
    }

    private ProductionUnit.Builder potlineWithinEveryIndicatorLimit(String id) {
      // each measured value below is the limit its entry states in gb-21346-2022.json, which 超过 lets pass
      return potline(id)
          .putMeasurements("aluminium.liquid-ac-consumption", measured("13350 kWh/t"))
          .putMeasurements("aluminium.liquid-comprehensive-ac-consumption", measured("13700 kWh/t"))
          .putMeasurements("aluminium.ingot-comprehensive-ac-consumption", measured("13750 kWh/t"))
          .putMeasurements("aluminium.ingot-comprehensive-energy", measured("1720 kgce/t"));
    }

    @Test
    void aPotlineWithEveryIndicatorWithinItsLimitPassesThoseLimits() {
      UnitAssessment a = assess(potlineWithinEveryIndicatorLimit("potline-4").build());
      List<Finding> limits = a.findings().stream().filter(f -> f.entry().catalogueId().equals("gb-21346")).toList();
      assertEquals(4, limits.size());
      limits.forEach(f -> assertEquals(Verdict.COMPLIANT, f.verdict(), f.entry().entryId()));
      // the 2024 catalogue's item on prebaked cells below 160 kA reads the cells' anode type and current, which this
      // unit does not report, so the unit is not declared compliant
      Finding cells = finding(a, PREBAKE_CELLS_BELOW_160KA);
      assertEquals(Verdict.INSUFFICIENT_DATA, cells.verdict());
      assertEquals(5, a.findings().size());
      assertEquals(UnitStatus.INDETERMINATE, a.status());
    }

    /** A potline within every indicator limit whose prebaked-anode cells carry the given current. */
    private UnitAssessment prebakedCells(String id, String cellCurrent) {
      return assess(potlineWithinEveryIndicatorLimit(id)
          .putFacts("potline.prebakedAnode", fact(true))
          .putFacts("potline.cellCurrent", org.phaseout.capacity.FactValue.of(Quantity.parse(cellCurrent)))
          .build());
    }

    @Test
    void aPotlineOfLargerPrebakedCellsWithinEveryIndicatorLimitIsCompliant() {
      UnitAssessment a = prebakedCells("potline-5", "400 kA");
      assertEquals(Verdict.COMPLIANT, finding(a, PREBAKE_CELLS_BELOW_160KA).verdict());
      assertEquals(UnitStatus.COMPLIANT, a.status());
    }

    @Test
    void aPotlineOfPrebakedCellsAt160kAMustBeEliminated() {
      UnitAssessment a = prebakedCells("potline-6", "160 kA");
      Finding cells = finding(a, PREBAKE_CELLS_BELOW_160KA);
      assertEquals(Verdict.NON_COMPLIANT, cells.verdict(), "以下 includes 160 kA itself");
      assertEquals(Action.ELIMINATE, cells.action());
      assertEquals(UnitStatus.EXIT_REQUIRED, a.status());
    }
  }

  @Nested
  class AluminaRefineries {

    @Test
    void withoutTheProcessFactTheBayerLimitsCannotBeDecidedEvenWhenTheEnergyIsAboveThem() {
      ProductionUnit unit = aluminaRefinery("alumina-1")
          .putMeasurements("alumina.process-energy", measured("500 kgce/t")).build();
      UnitAssessment a = assess(unit);
      assertEquals(Verdict.INSUFFICIENT_DATA, finding(a, GB_BAYER_PROCESS).verdict());
      assertEquals(Verdict.COMPLIANT, finding(a, GB_OTHER_PROCESS).verdict(),
          "500 kgce/t is within the other-process limit whether or not that row applies: unknown AND false is false");
      assertEquals(Verdict.INSUFFICIENT_DATA, finding(a, GB_BAYER_COMPREHENSIVE).verdict());
      assertEquals(Verdict.INSUFFICIENT_DATA, finding(a, GB_OTHER_COMPREHENSIVE).verdict());
      assertEquals(UnitStatus.INDETERMINATE, a.status());
    }

    @Test
    void aBayerRefineryAboveTheBayerProcessLimitMustRectifyAndTheOtherProcessEntriesDoNotApply() {
      ProductionUnit unit = aluminaRefinery("alumina-2")
          .putFacts("alumina.process", org.phaseout.capacity.FactValue.of("bayer"))
          .putMeasurements("alumina.process-energy", measured("500 kgce/t")).build();
      UnitAssessment a = assess(unit);
      Finding bayer = finding(a, GB_BAYER_PROCESS);
      assertEquals(Verdict.NON_COMPLIANT, bayer.verdict());
      assertEquals(Optional.of(Quantity.parse("500 kgce/t")), bayer.measured());
      assertEquals(Optional.of(Quantity.parse("430 kgce/t")), bayer.threshold());
      assertTrue(find(a, GB_OTHER_PROCESS).isEmpty(), "the other-process rows do not speak about a Bayer refinery");
      assertTrue(find(a, GB_OTHER_COMPREHENSIVE).isEmpty(), "the process is not 'other'");
      assertEquals(Verdict.INSUFFICIENT_DATA, finding(a, GB_BAYER_COMPREHENSIVE).verdict());
      assertEquals(UnitStatus.RECTIFICATION_REQUIRED, a.status());
    }

    @Test
    void anOtherProcessRefineryIsJudgedAgainstTheOtherProcessLimits() {
      ProductionUnit unit = aluminaRefinery("alumina-3")
          .putFacts("alumina.process", org.phaseout.capacity.FactValue.of("other"))
          .putMeasurements("alumina.process-energy", measured("0.651 tce/t"))
          .putMeasurements("alumina.comprehensive-energy", measured("700 kgce/t")).build();
      UnitAssessment a = assess(unit);
      assertEquals(Verdict.NON_COMPLIANT, finding(a, GB_OTHER_PROCESS).verdict(), "0.651 tce/t is 651 kgce/t");
      assertEquals(Verdict.COMPLIANT, finding(a, GB_OTHER_COMPREHENSIVE).verdict(), "700 kgce/t is at the limit");
      assertTrue(find(a, GB_BAYER_PROCESS).isEmpty(), "the Bayer rows do not speak about another process");
      assertTrue(find(a, GB_BAYER_COMPREHENSIVE).isEmpty());
    }
  }
}
