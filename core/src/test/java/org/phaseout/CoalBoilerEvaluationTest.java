package org.phaseout;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.BundledEntryProbe.CN_10TH;
import static org.phaseout.BundledEntryProbe.CN_35TH_KEY_REGION;
import static org.phaseout.BundledEntryProbe.CN_FIXED_GRATE;
import static org.phaseout.BundledEntryProbe.CQ_10TH;
import static org.phaseout.BundledEntryProbe.CQ_35TH_URBAN_PARK;
import static org.phaseout.BundledEntryProbe.CQ_HEAT_NETWORK;
import static org.phaseout.BundledEntryProbe.assess;
import static org.phaseout.BundledEntryProbe.boilerInPark;
import static org.phaseout.BundledEntryProbe.entryIds;
import static org.phaseout.BundledEntryProbe.finding;
import static org.phaseout.BundledEntryProbe.verdict;
import static org.phaseout.EvaluationFixtures.coalBoiler;
import static org.phaseout.EvaluationFixtures.fact;
import static org.phaseout.EvaluationFixtures.measured;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.Action;
import org.phaseout.catalogue.Dimension;
import org.phaseout.catalogue.LocalizedText;
import org.phaseout.measure.Quantity;

/**
 * Specification of {@link ComplianceEvaluator} on coal-fired boilers (燃煤锅炉): the Chongqing 2025 plan's boiler tasks
 * (以下 10 and 35 t/h) and the national 2024 catalogue's boiler items, for a six-tonne boiler in an industrial park of
 * Chongqing, at the boundary values of capacity, and with and without heat-network coverage (集中供热管网覆盖).
 */
class CoalBoilerEvaluationTest {

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
}
