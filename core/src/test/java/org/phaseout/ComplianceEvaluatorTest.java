package org.phaseout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.BundledEntryProbe.CN_10TH;
import static org.phaseout.BundledEntryProbe.CN_35TH_KEY_REGION;
import static org.phaseout.BundledEntryProbe.CQ_10TH;
import static org.phaseout.BundledEntryProbe.CQ_35TH_URBAN_PARK;
import static org.phaseout.BundledEntryProbe.EVALUATOR;
import static org.phaseout.BundledEntryProbe.assess;
import static org.phaseout.BundledEntryProbe.boilerInPark;
import static org.phaseout.BundledEntryProbe.entryIds;
import static org.phaseout.BundledEntryProbe.finding;
import static org.phaseout.EvaluationFixtures.PLAN_YEAR_END;
import static org.phaseout.EvaluationFixtures.coalBoiler;
import static org.phaseout.EvaluationFixtures.fact;
import static org.phaseout.EvaluationFixtures.measured;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueStatus;
import org.phaseout.measure.Quantity;

/**
 * Specification of {@link ComplianceEvaluator} on the real bundled entries, across every kind of entry: data a unit
 * lacks (缺少数据), which entries apply to a unit (适用范围), which catalogue edition is in force on the day of
 * evaluation (版本选择), and a report for no units.
 */
class ComplianceEvaluatorTest {

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
