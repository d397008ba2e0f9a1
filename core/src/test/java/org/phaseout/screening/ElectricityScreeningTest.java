package org.phaseout.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.phaseout.ComplianceReport;
import org.phaseout.EvaluationFixtures;
import org.phaseout.Finding;
import org.phaseout.UnitAssessment;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.catalogue.Catalogues;
import org.phaseout.measure.Quantity;

/**
 * Screening electricity accounts with a local rule loaded as data: here one county's criteria (Wendeng: a month over
 * 70,000 kWh and a night share over 70%, both 超过 so the limits themselves pass), as a test fixture.
 */
class ElectricityScreeningTest {

  private static final CatalogueSet CATALOGUES = load();
  private static final ElectricityScreening SCREENING = ElectricityScreening.of(CATALOGUES);
  private static final String RULE = "test-example.screening.high-voltage-night-share";
  private static final Enterprise ENTERPRISE = Enterprise.builder().creditCode(CreditCode.parse("91500116PH00000045"))
      .name("示例铸造有限公司（虚构）").division(DivisionCode.parse("500116")).industry(IndustryCode.parse("C3391")).build();

  private static CatalogueSet load() {
    try (InputStream in = ElectricityScreeningTest.class.getResourceAsStream("wendeng-screening-example.json")) {
      return Catalogues.loader().addJson("vocabulary.json", EvaluationFixtures.resource(EvaluationFixtures.VOCABULARY))
          .addJson("wendeng-screening-example.json", in.readAllBytes()).load();
    } catch (IOException | org.phaseout.catalogue.CatalogueException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ElectricityAccount account(String peak, String nightShareOfEachMonth, int months) {
    List<MonthlyConsumption> list = new ArrayList<>();
    for (int m = 1; m <= months; m++) {
      Quantity total = Quantity.parse(m == 7 ? peak : "40000 kWh");
      Optional<Quantity> night = nightShareOfEachMonth == null ? Optional.empty()
          : Optional.of(Quantity.of(total.value().multiply(new java.math.BigDecimal(nightShareOfEachMonth))
              .movePointLeft(2), total.unit()));
      list.add(new MonthlyConsumption(YearMonth.of(2024, m), total, night));
    }
    return new ElectricityAccount("acct-1", ENTERPRISE, Optional.of(Quantity.parse("300 t")), list);
  }

  private static Finding flag(ElectricityAccount account) {
    ComplianceReport report = SCREENING.screen(List.of(account), LocalDate.of(2025, 3, 1));
    UnitAssessment a = report.units().get(0);
    return a.findings().stream().filter(f -> f.entry().entryId().equals(RULE)).findFirst().orElseThrow();
  }

  @Test
  void aHeavyNightLoadAboveBothLimitsIsFlaggedForAnOnSiteCheck() {
    Finding f = flag(account("75000 kWh", "71", 12));
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertEquals(org.phaseout.catalogue.Action.INSPECT, f.action());
    assertEquals("市经济信息委", f.departments().lead().get(0).zh());
    assertEquals(Optional.of(Quantity.parse("75000 kWh")), f.measured());
  }

  @Test
  void theLimitsThemselvesAreNotExceeded() {
    assertEquals(Verdict.COMPLIANT, flag(account("70000 kWh", "71", 12)).verdict(), "超过 excludes 70,000 kWh");
    assertEquals(Verdict.COMPLIANT, flag(account("75000 kWh", "70", 12)).verdict(), "超过 excludes 70%");
  }

  @Test
  void aYearWithAMissingMonthOrNoNightDataIsNotAPass() {
    assertEquals(Verdict.INSUFFICIENT_DATA, flag(account("75000 kWh", "71", 11)).verdict());
    assertEquals(Verdict.INSUFFICIENT_DATA, flag(account("75000 kWh", null, 12)).verdict());
    assertEquals(List.of(YearMonth.of(2024, 12)), ElectricityScreening.missingMonths(account("1 kWh", null, 11), 2024));
  }

  @Test
  void theDerivedIndicatorsCoverThePreviousCalendarYear() {
    var unit = ElectricityScreening.unit(account("75000 kWh", "50", 12), 2024);
    var share = unit.measurements().get("electricity.night-share");
    assertTrue(share.value().isEqualTo(Quantity.parse("50 %")), share.toString());
    assertEquals(LocalDate.of(2024, 1, 1), share.period().orElseThrow().start());
    var intensity = unit.measurements().get("electricity.intensity");
    assertTrue(intensity.value().isEqualTo(Quantity.parse("1716.67 kWh/t")), intensity.toString());
  }
}
