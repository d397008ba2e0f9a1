package org.phaseout;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.EvaluationFixtures.PLAN_YEAR_END;
import static org.phaseout.EvaluationFixtures.aluminaRefinery;
import static org.phaseout.EvaluationFixtures.coalBoiler;
import static org.phaseout.EvaluationFixtures.fact;
import static org.phaseout.EvaluationFixtures.measured;
import static org.phaseout.EvaluationFixtures.potline;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.Action;
import org.phaseout.catalogue.CatalogueStatus;
import org.phaseout.catalogue.DeadlineRule;
import org.phaseout.catalogue.Dimension;
import org.phaseout.catalogue.LocalizedText;
import org.phaseout.measure.Quantity;

/**
 * Specification of {@link ComplianceEvaluator} on the real bundled entries: the Chongqing 2025 plan's coal-fired
 * boiler tasks (以下 10 and 35 t/h), the national 2024 catalogue's boiler items and the GB 21346-2022 energy limits.
 */
class ComplianceEvaluatorTest {

  static final String CQ_HEAT_NETWORK = "cq-2025.environment.coal-boiler-heat-network";
  static final String CQ_10TH = "cq-2025.environment.coal-boiler-10th";
  static final String CQ_35TH_URBAN_PARK = "cq-2025.environment.coal-boiler-35th-urban-park";
  static final String CN_10TH = "cn-isac-2024.eliminated.coal-boiler-10th";
  static final String CN_FIXED_GRATE = "cn-isac-2024.eliminated.coal-boiler-fixed-grate";
  static final String CN_35TH_KEY_REGION = "cn-isac-2024.eliminated.coal-boiler-35th-key-region";
  static final String GB_LIQUID_AC = "gb21346-2022.aluminium.liquid-ac.grade3";
  static final String PREBAKE_CELLS_BELOW_160KA = "cn-isac-2024.eliminated.nonferrous-4-prebake-cells-below-160ka";
  static final String GB_BAYER_PROCESS = "gb21346-2022.alumina.bayer-process.grade3";
  static final String GB_BAYER_COMPREHENSIVE = "gb21346-2022.alumina.bayer-comprehensive.grade3";
  static final String GB_OTHER_PROCESS = "gb21346-2022.alumina.other-process.grade3";
  static final String GB_OTHER_COMPREHENSIVE = "gb21346-2022.alumina.other-comprehensive.grade3";

  static final ComplianceEvaluator EVALUATOR = EvaluationFixtures.evaluator();

  static UnitAssessment assess(ProductionUnit unit) {
    return assess(unit, PLAN_YEAR_END);
  }

  static UnitAssessment assess(ProductionUnit unit, LocalDate asOf) {
    return EVALUATOR.evaluate(unit, asOf).unit(unit.id()).orElseThrow();
  }

  static Optional<Finding> find(UnitAssessment assessment, String entryId) {
    return assessment.findings().stream().filter(f -> f.entry().entryId().equals(entryId)).findFirst();
  }

  static Finding finding(UnitAssessment assessment, String entryId) {
    return find(assessment, entryId).orElseThrow(() -> new AssertionError(
        "no finding of " + entryId + " among " + entryIds(assessment)));
  }

  static List<String> entryIds(UnitAssessment assessment) {
    return assessment.findings().stream().map(f -> f.entry().entryId()).toList();
  }

  static Verdict verdict(ProductionUnit unit, String entryId) {
    return finding(assess(unit), entryId).verdict();
  }

  /** A boiler in an industrial park, whose other location facts are reported as false. */
  static ProductionUnit boilerInPark(String capacity, boolean park) {
    return coalBoiler("boiler-1", capacity)
        .putFacts("location.industrialPark", fact(park))
        .putFacts("location.urbanBuiltUpArea", fact(false))
        .putFacts("location.heatNetworkCoverage", fact(false))
        .putFacts("location.airPollutionKeyRegion", fact(false))
        .putFacts("boiler.fixedGrate", fact(false))
        .build();
  }

  @Nested
  class ASixTonneBoilerInAnIndustrialParkOfChongqing {

    final ProductionUnit boiler = coalBoiler("cq-boiler-6th", "6 t/h")
        .putFacts("location.industrialPark", fact(true))
        .build();
    final UnitAssessment assessment = assess(boiler);

    @Test
    void mustExit() {
      assertEquals(UnitStatus.EXIT_REQUIRED, assessment.status());
      assertEquals("cq-boiler-6th", assessment.unitId());
      assertEquals("示例燃煤锅炉企业（虚构）", assessment.enterpriseName());
      assertEquals(EvaluationFixtures.chongqingBoilerOwner().creditCode().toString(), assessment.creditCode());
      assertEquals("coal-fired-boiler", assessment.kind());
    }

    @Test
    void fallsUnderTheTenTonneTaskMeasuredSixAgainstTenBelowTheLimitWord以下() {
      Finding f = finding(assessment, CQ_10TH);
      assertAll(
          () -> assertEquals(Verdict.NON_COMPLIANT, f.verdict()),
          () -> assertEquals(Optional.of(Quantity.parse("6 t/h")), f.measured()),
          () -> assertEquals(Optional.of(Quantity.parse("10 t/h")), f.threshold()),
          () -> assertEquals(Optional.of("以下"), f.thresholdWording()),
          () -> assertEquals(Dimension.ENVIRONMENT, f.dimension()),
          () -> assertEquals(Action.ELIMINATE, f.action()),
          () -> assertEquals(new LocalizedText("淘汰", "eliminate"), f.actionText()),
          () -> assertEquals("cq-backward-capacity-plan", f.entry().catalogueId()),
          () -> assertEquals("2025", f.entry().edition()),
          () -> assertEquals("渝制造强市办〔2025〕4号", f.entry().documentNumber()),
          () -> assertEquals("加快淘汰10蒸吨/小时以下的燃煤锅炉", f.entry().text().zh()),
          () -> assertEquals("cq-boiler-6th", f.unitId()));
    }

    @Test
    void fallsUnderTheThirtyFiveTonneUrbanAndParkTask() {
      Finding f = finding(assessment, CQ_35TH_URBAN_PARK);
      assertEquals(Verdict.NON_COMPLIANT, f.verdict());
      assertEquals(Optional.of(Quantity.parse("6 t/h")), f.measured());
      assertEquals(Optional.of(Quantity.parse("35 t/h")), f.threshold());
      assertEquals(Optional.of("以下"), f.thresholdWording());
      assertEquals(Action.ELIMINATE, f.action());
    }

    @Test
    void namesTheMunicipalEcologyAndEnvironmentBureauAsLeadWithTheDistrictGovernmentsImplementing() {
      for (String id : List.of(CQ_10TH, CQ_35TH_URBAN_PARK)) {
        Finding.Departments d = finding(assessment, id).departments();
        assertEquals(List.of("市生态环境局"), d.lead().stream().map(LocalizedText::zh).toList(), id);
        assertEquals(List.of("Chongqing Municipal Ecology and Environment Bureau"),
            d.lead().stream().map(LocalizedText::en).toList(), id);
        assertTrue(d.supporting().isEmpty(), id);
        assertEquals(1, d.implementing().size(), id);
        assertTrue(d.implementing().get(0).zh().startsWith("各区县政府"), id);
        assertTrue(d.basis().orElseThrow().contains("市生态环境局负责，各区县政府具体落实"), id);
      }
    }

    @Test
    void leavesTheDeadlineEmptyAndQuotesWhyThePlanStatesNone() {
      Finding tenth = finding(assessment, CQ_10TH);
      assertEquals(Optional.empty(), tenth.deadline());
      assertEquals("方案未规定完成日期（原文“加快淘汰”未附期限）", tenth.deadlineRule());
      Finding park = finding(assessment, CQ_35TH_URBAN_PARK);
      assertEquals(Optional.empty(), park.deadline());
      assertEquals("方案未规定完成日期（原文“继续推进淘汰”未附期限）", park.deadlineRule());
      assertTrue(tenth.summary().zh().contains("期限：未定（方案未规定完成日期"), tenth.summary().zh());
      assertTrue(tenth.summary().en().contains("deadline: not fixed ("), tenth.summary().en());
    }

    @Test
    void alsoFallsUnderTheNationalTenTonneItemWhoseWordIs及以下() {
      Finding f = finding(assessment, CN_10TH);
      assertEquals(Verdict.NON_COMPLIANT, f.verdict());
      assertEquals(Optional.of("及以下"), f.thresholdWording());
      assertEquals(Dimension.TECHNOLOGY, f.dimension());
      assertEquals(List.of("有关区县政府"), f.departments().lead().stream().map(LocalizedText::zh).toList());
      assertEquals(List.of("市经济信息委"), f.departments().supporting().stream().map(LocalizedText::zh).toList());
    }

    @Test
    void reportsWhatItCannotDecideAsInsufficientData() {
      assertEquals(Verdict.INSUFFICIENT_DATA, finding(assessment, CQ_HEAT_NETWORK).verdict());
      assertEquals(Verdict.INSUFFICIENT_DATA, finding(assessment, CN_FIXED_GRATE).verdict());
      assertEquals(Verdict.INSUFFICIENT_DATA, finding(assessment, CN_35TH_KEY_REGION).verdict());
    }

    @Test
    void getsOneFindingPerApplicableEntryInEntryIdOrder() {
      assertEquals(List.of(
          "cn-isac-2024.eliminated.coal-boiler-10th",
          "cn-isac-2024.eliminated.coal-boiler-35th-key-region",
          "cn-isac-2024.eliminated.coal-boiler-fixed-grate",
          "cq-2025.environment.coal-boiler-10th",
          "cq-2025.environment.coal-boiler-35th-urban-park",
          "cq-2025.environment.coal-boiler-heat-network"), entryIds(assessment));
    }
  }

  @Nested
  class BoundaryValues {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "9.9 t/h|NON_COMPLIANT",
        "10 t/h|NON_COMPLIANT",
        "10.0 t/h|NON_COMPLIANT",
        "10.1 t/h|COMPLIANT",
        "10.001 t/h|COMPLIANT",
        "35 t/h|COMPLIANT"})
    void theTenTonneTaskIncludesTheLimitItselfBecause以下IncludesIt(String capacity, Verdict expected) {
      assertEquals(expected, verdict(boilerInPark(capacity, false), CQ_10TH));
      assertEquals(expected, verdict(boilerInPark(capacity, false), CN_10TH), "及以下 includes the limit as well");
    }

    @ParameterizedTest(name = "{0}, in a park: {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "6 t/h|true|NON_COMPLIANT",
        "10 t/h|true|NON_COMPLIANT",
        "10.1 t/h|true|NON_COMPLIANT",
        "35 t/h|true|NON_COMPLIANT",
        "35.0 t/h|true|NON_COMPLIANT",
        "35.1 t/h|true|COMPLIANT",
        "75 t/h|true|COMPLIANT",
        "6 t/h|false|COMPLIANT",
        "35 t/h|false|COMPLIANT",
        "35.1 t/h|false|COMPLIANT"})
    void theThirtyFiveTonneTaskNeedsTheLimitOrLessAndAnUrbanAreaOrPark(String capacity, boolean park,
        Verdict expected) {
      assertEquals(expected, verdict(boilerInPark(capacity, park), CQ_35TH_URBAN_PARK));
    }

    @Test
    void aThirtyFiveTonneBoilerInAnUrbanBuiltUpAreaButNoParkFallsUnderTheTask() {
      ProductionUnit urban = coalBoiler("urban", "35 t/h")
          .putFacts("location.urbanBuiltUpArea", fact(true))
          .putFacts("location.industrialPark", fact(false))
          .build();
      assertEquals(Verdict.NON_COMPLIANT, verdict(urban, CQ_35TH_URBAN_PARK));
    }

    @Test
    void aThirtyFiveTonneBoilerWhoseLocationIsNotReportedCannotBeDecided() {
      ProductionUnit unknown = coalBoiler("unknown-location", "35 t/h").build();
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(unknown, CQ_35TH_URBAN_PARK));
    }

    @Test
    void aBoilerAboveThirtyFiveTonnesIsOutsideTheTaskWhereverItIs() {
      ProductionUnit unknown = coalBoiler("large", "35.1 t/h").build();
      assertEquals(Verdict.COMPLIANT, verdict(unknown, CQ_35TH_URBAN_PARK),
          "false AND unknown is false: the location does not matter above the limit");
    }

    @Test
    void aBoilerOfTenTonnesInAParkMustExitAndOneOfThirtyFivePointOneNeedNot() {
      assertEquals(UnitStatus.EXIT_REQUIRED, assess(boilerInPark("10 t/h", true)).status());
      assertEquals(UnitStatus.EXIT_REQUIRED, assess(boilerInPark("35 t/h", true)).status());
      assertEquals(UnitStatus.COMPLIANT, assess(boilerInPark("35.1 t/h", true)).status());
      assertEquals(UnitStatus.COMPLIANT, assess(boilerInPark("10.1 t/h", false)).status());
    }
  }

  @Nested
  class HeatNetworkCoverage {

    @Test
    void aBoilerOfAnySizeWithinAHeatNetworkMustBeEliminated() {
      ProductionUnit large = coalBoiler("large", "75 t/h")
          .putFacts("location.heatNetworkCoverage", fact(true))
          .build();
      UnitAssessment a = assess(large);
      Finding f = finding(a, CQ_HEAT_NETWORK);
      assertEquals(Verdict.NON_COMPLIANT, f.verdict());
      assertEquals(Optional.empty(), f.measured(), "a boolean criterion has no measured quantity");
      assertEquals(Optional.empty(), f.threshold());
      assertEquals(Optional.empty(), f.thresholdWording());
      assertEquals("方案未规定完成日期（原文“淘汰热力管网覆盖范围内的燃煤锅炉和散煤”未附期限）", f.deadlineRule());
      assertEquals(UnitStatus.EXIT_REQUIRED, a.status());
    }

    @Test
    void aBoilerOutsideAnyHeatNetworkIsNotCaughtByThatTask() {
      assertEquals(Verdict.COMPLIANT, verdict(boilerInPark("75 t/h", false), CQ_HEAT_NETWORK));
    }

    @Test
    void aBoilerWhoseHeatNetworkCoverageIsNotReportedCannotBeDecided() {
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(coalBoiler("b", "75 t/h").build(), CQ_HEAT_NETWORK));
    }
  }

  @Nested
  class MissingData {

    final ProductionUnit noCapacity = coalBoiler("no-capacity", null)
        .putFacts("location.industrialPark", fact(false))
        .putFacts("location.urbanBuiltUpArea", fact(false))
        .putFacts("location.heatNetworkCoverage", fact(false))
        .putFacts("location.airPollutionKeyRegion", fact(false))
        .putFacts("boiler.fixedGrate", fact(false))
        .build();

    @Test
    void aMissingCapacityIsInsufficientDataNeverCompliant() {
      UnitAssessment a = assess(noCapacity);
      for (String id : List.of(CQ_10TH, CN_10TH)) {
        Finding f = finding(a, id);
        assertEquals(Verdict.INSUFFICIENT_DATA, f.verdict(), id);
        assertEquals(Optional.empty(), f.measured(), id);
        assertEquals(Optional.of(Quantity.parse("10 t/h")), f.threshold(), "the threshold is still cited: " + id);
        assertEquals(Optional.empty(), f.deadline(), id);
      }
    }

    @Test
    void aUnitWithUndecidedEntriesAndNoFailureIsIndeterminate() {
      assertEquals(UnitStatus.INDETERMINATE, assess(noCapacity).status());
    }

    @Test
    void anEntryThatAnotherConditionDecidesIsDecidedDespiteTheMissingCapacity() {
      UnitAssessment a = assess(noCapacity);
      assertEquals(Verdict.COMPLIANT, finding(a, CQ_35TH_URBAN_PARK).verdict(), "unknown AND false is false");
      assertEquals(Verdict.COMPLIANT, finding(a, CN_35TH_KEY_REGION).verdict());
    }

    @Test
    void aBoilerWithNothingReportedHasNoCompliantFinding() {
      UnitAssessment a = assess(coalBoiler("bare", null).build());
      assertFalse(a.findings().isEmpty());
      a.findings().forEach(f -> assertEquals(Verdict.INSUFFICIENT_DATA, f.verdict(), f.entry().entryId()));
      assertEquals(UnitStatus.INDETERMINATE, a.status());
    }
  }

  @Nested
  class Applicability {

    @Test
    void aUnitOfAKindNoEntryCoversIsNotCoveredRatherThanCompliant() {
      // no entry of the fixture catalogues names breweries (the 2024 catalogue's items now cover blast furnaces)
      ProductionUnit brewery = ProductionUnit.builder().id("brewery").enterprise(
              EvaluationFixtures.enterprise("示例啤酒企业（虚构）", EvaluationFixtures.WANZHOU, "C1513", 4))
          .kind("brewery").build();
      UnitAssessment a = assess(brewery);
      assertEquals(UnitStatus.NOT_COVERED, a.status());
      assertTrue(a.findings().isEmpty());
    }

    @Test
    void aBoilerOutsideChongqingGetsNoChongqingFindings() {
      ProductionUnit beijing = ProductionUnit.builder().id("beijing-boiler")
          .enterprise(EvaluationFixtures.beijingBoilerOwner()).kind("coal-fired-boiler")
          .ratedCapacity(Quantity.parse("6 t/h")).putFacts("location.industrialPark", fact(true)).build();
      UnitAssessment a = assess(beijing);
      assertTrue(entryIds(a).stream().noneMatch(id -> id.startsWith("cq-")), entryIds(a).toString());
      assertEquals(Verdict.NON_COMPLIANT, finding(a, CN_10TH).verdict(), "the national catalogue applies everywhere");
      assertEquals(UnitStatus.EXIT_REQUIRED, a.status());
    }

    @Test
    void aFindingOutsideTheRegionOfEveryDepartmentAssignmentNamesNoDepartment() {
      ProductionUnit beijing = ProductionUnit.builder().id("beijing-boiler")
          .enterprise(EvaluationFixtures.beijingBoilerOwner()).kind("coal-fired-boiler")
          .ratedCapacity(Quantity.parse("6 t/h")).build();
      Finding f = finding(assess(beijing), CN_10TH);
      assertTrue(f.departments().lead().isEmpty());
      assertTrue(f.departments().supporting().isEmpty());
      assertEquals(Optional.empty(), f.departments().basis());
      assertFalse(f.summary().zh().contains("牵头部门"), f.summary().zh());
    }

    @Test
    void aBiomassBoilerIsJudgedOnlyByTheBiomassItem() {
      ProductionUnit biomass = ProductionUnit.builder().id("biomass")
          .enterprise(EvaluationFixtures.chongqingBoilerOwner()).kind("biomass-boiler")
          .ratedCapacity(Quantity.parse("2 t/h")).build();
      UnitAssessment a = assess(biomass);
      assertEquals(List.of("cn-isac-2024.eliminated.biomass-boiler-2th"), entryIds(a));
      assertEquals(Verdict.NON_COMPLIANT, a.findings().get(0).verdict(), "及以下 includes 2 t/h");
    }
  }

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

  @Nested
  class EditionSelection {

    final ProductionUnit boiler = boilerInPark("6 t/h", true);

    @Test
    void afterThePlanYearTheChongqingEditionHasEndedAndGivesNoFindings() {
      LocalDate asOf = LocalDate.of(2026, 3, 1);
      ComplianceReport report = EVALUATOR.evaluate(List.of(boiler), asOf);
      CatalogueStatus cq = status(report, "cq-backward-capacity-plan");
      assertEquals(CatalogueStatus.State.ENDED, cq.state());
      assertEquals(Optional.empty(), cq.edition());
      UnitAssessment a = report.unit(boiler.id()).orElseThrow();
      assertTrue(entryIds(a).stream().noneMatch(id -> id.startsWith("cq-")), entryIds(a).toString());
      assertEquals(Verdict.NON_COMPLIANT, finding(a, CN_10TH).verdict(), "the national edition has no end");
      assertTrue(report.receipt().editions().stream().noneMatch(e -> e.key().startsWith("cq-")));
      assertTrue(report.coverage().stream().noneMatch(c -> c.key().startsWith("cq-")));
      assertTrue(report.toJsonString().contains("\"state\": \"ended\""));
    }

    @Test
    void onTheLastDayOfThePlanYearTheChongqingEditionIsInForce() {
      ComplianceReport report = EVALUATOR.evaluate(List.of(boiler), LocalDate.of(2025, 12, 31));
      assertEquals(CatalogueStatus.State.IN_FORCE, status(report, "cq-backward-capacity-plan").state());
      ComplianceReport next = EVALUATOR.evaluate(List.of(boiler), LocalDate.of(2026, 1, 1));
      assertEquals(CatalogueStatus.State.ENDED, status(next, "cq-backward-capacity-plan").state(),
          "effectiveUntil is exclusive");
    }

    @Test
    void beforeTheNationalEditionWasPublishedItIsIgnoredEvenWhereItWouldBeInForce() {
      ComplianceReport report = EVALUATOR.evaluate(List.of(boiler), LocalDate.of(2024, 6, 30),
          LocalDate.of(2023, 12, 26));
      assertEquals(CatalogueStatus.State.NOT_PUBLISHED_BY_KNOWN_AT,
          status(report, "cn-industry-structure-adjustment-eliminated").state());
      assertEquals(CatalogueStatus.State.NOT_PUBLISHED_BY_KNOWN_AT,
          status(report, "cq-backward-capacity-plan").state());
      assertEquals(CatalogueStatus.State.IN_FORCE, status(report, "gb-21346").state());
      UnitAssessment a = report.unit(boiler.id()).orElseThrow();
      assertEquals(UnitStatus.NOT_COVERED, a.status());
      assertEquals(LocalDate.of(2023, 12, 26), report.knownAt());
      assertEquals(LocalDate.of(2023, 12, 26), report.receipt().knownAt());
    }

    @Test
    void onTheDayOfPublicationTheNationalEditionIsKnownButNotYetInForce() {
      ComplianceReport report = EVALUATOR.evaluate(List.of(boiler), LocalDate.of(2023, 12, 27));
      assertEquals(CatalogueStatus.State.NOT_YET_IN_FORCE,
          status(report, "cn-industry-structure-adjustment-eliminated").state());
      ComplianceReport later = EVALUATOR.evaluate(List.of(boiler), LocalDate.of(2024, 6, 30),
          LocalDate.of(2023, 12, 27));
      assertEquals(CatalogueStatus.State.IN_FORCE,
          status(later, "cn-industry-structure-adjustment-eliminated").state());
      assertEquals(Verdict.NON_COMPLIANT, finding(later.unit(boiler.id()).orElseThrow(), CN_10TH).verdict());
    }

    @Test
    void theReportListsTheStatusOfEveryCatalogueInCatalogueIdOrder() {
      ComplianceReport report = EVALUATOR.evaluate(List.of(boiler), PLAN_YEAR_END);
      assertEquals(List.of("cn-industry-structure-adjustment-eliminated", "cq-backward-capacity-plan", "gb-21346"),
          report.catalogues().stream().map(CatalogueStatus::catalogueId).toList());
      report.catalogues().forEach(s -> assertEquals(CatalogueStatus.State.IN_FORCE, s.state(), s.catalogueId()));
      assertEquals(PLAN_YEAR_END, report.asOf());
      assertEquals(PLAN_YEAR_END, report.knownAt(), "known-at defaults to as-of");
    }

    @Test
    void theCoverageOfEachEditionUsedSaysHowMuchOfItIsEncoded() {
      ComplianceReport report = EVALUATOR.evaluate(List.of(boiler), PLAN_YEAR_END);
      Coverage national = report.coverage().stream()
          .filter(c -> c.key().equals("cn-industry-structure-adjustment-eliminated@2024")).findFirst().orElseThrow();
      java.util.List<org.phaseout.catalogue.CatalogueEntry> entries = EvaluationFixtures.catalogues().editions().stream()
          .filter(e -> e.key().equals(national.key())).findFirst().orElseThrow().effectiveEntries();
      long machine = entries.stream().filter(e -> e.criterion().isPresent()).count();
      assertEquals(Optional.of(422), national.itemsInOfficialText());
      long items = entries.stream().map(e -> List.of(e.section(), e.item().orElseThrow())).distinct().count();
      assertEquals(Optional.of((int) items), national.itemsEncoded(), "an item split into entries counts once");
      assertTrue(items < entries.size(), "the YB, YBF and YBK motor series are one item encoded as three entries");
      assertEquals(entries.size(), national.entriesEncoded());
      assertEquals(machine, national.machineCheckable());
      assertEquals(entries.size() - machine, national.manual());
      assertEquals(3, report.coverage().size());
      Coverage plan = report.coverage().stream().filter(c -> c.key().startsWith("cq-")).findFirst().orElseThrow();
      assertEquals(Optional.empty(), plan.itemsEncoded(), "the plan's tasks carry no item numbers");
    }

    private CatalogueStatus status(ComplianceReport report, String catalogueId) {
      return report.catalogues().stream().filter(s -> s.catalogueId().equals(catalogueId)).findFirst()
          .orElseThrow(() -> new AssertionError("no status for " + catalogueId + " in " + report.catalogues()
              .stream().map(CatalogueStatus::catalogueId).collect(Collectors.joining(", "))));
    }
  }

  @Test
  void evaluatingNoUnitsGivesAReportWithNoAssessmentsButEveryCatalogueStatus() {
    ComplianceReport report = EVALUATOR.evaluate(List.of(), PLAN_YEAR_END);
    assertTrue(report.units().isEmpty());
    assertEquals(3, report.catalogues().size());
    assertNotEquals("", report.receipt().inputSha256());
  }
}
