package org.phaseout.reporting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.phaseout.EvaluationFixtures;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.lifecycle.CaseEvent;
import org.phaseout.lifecycle.ExitEvidence;
import org.phaseout.lifecycle.RectificationCase;
import org.phaseout.lifecycle.TrackedCase;
import org.phaseout.measure.Quantity;

/** The data and page of the annual report (渝制造强市办〔2025〕4号 三、（三）), from cases on real entries. */
class AnnualReportsTest {

  private static final Enterprise FULING = Enterprise.builder().creditCode(CreditCode.parse("91500102PH0000003Q"))
      .name("示例铝业有限公司（虚构）").division(DivisionCode.parse("500102")).industry(IndustryCode.parse("C3216")).build();
  private static final Enterprise WANZHOU = Enterprise.builder().creditCode(CreditCode.parse("91500101PH00000014"))
      .name("示例热力有限公司（虚构）").division(DivisionCode.parse("500101")).industry(IndustryCode.parse("D4430")).build();

  private static ProductionUnit unit(String id, Enterprise e, String kind, String capacity) {
    return ProductionUnit.builder().id(id).enterprise(e).kind(kind).ratedCapacity(Quantity.parse(capacity)).build();
  }

  private static TrackedCase tracked(String unitId, Enterprise e, String entryId, CaseEvent... events) {
    return new TrackedCase(RectificationCase.of(unitId, EvaluationFixtures.catalogues().entry(entryId).orElseThrow()),
        e, List.of(events));
  }

  private static CaseEvent notice(String date) {
    return new CaseEvent.NoticeIssued(LocalDate.parse(date));
  }

  private final List<ProductionUnit> units = List.of(
      unit("potline-1", FULING, "electrolytic-aluminium-potline", "120000 t/a"),
      unit("potline-2", FULING, "electrolytic-aluminium-potline", "80000 t/a"),
      unit("boiler-1", WANZHOU, "coal-fired-boiler", "6 t/h"),
      unit("boiler-2", WANZHOU, "coal-fired-boiler", "4 t/h"));

  private final List<TrackedCase> cases = List.of(
      tracked("potline-1", FULING, "gb21346-2022.aluminium.liquid-ac.grade3", notice("2025-02-01"),
          new CaseEvent.ReinspectionFailed(LocalDate.of(2025, 7, 1)),
          new CaseEvent.ExitVerified(LocalDate.of(2025, 11, 20), ExitEvidence.cutRemovedAndSealed())),
      tracked("potline-2", FULING, "gb21346-2022.aluminium.liquid-ac.grade3", notice("2025-09-01")),
      tracked("boiler-1", WANZHOU, "cq-2025.environment.coal-boiler-10th", notice("2025-06-01"),
          new CaseEvent.ExitVerified(LocalDate.of(2025, 10, 1), ExitEvidence.dismantled())),
      tracked("boiler-2", WANZHOU, "cq-2025.environment.coal-boiler-10th", notice("2024-06-01"),
          new CaseEvent.ExitVerified(LocalDate.of(2024, 12, 1), ExitEvidence.dismantled())),
      tracked("boiler-3", WANZHOU, "cq-2025.environment.coal-boiler-10th", notice("2026-02-01")));

  private AnnualReport report2025() {
    return AnnualReports.of(2025, EvaluationFixtures.catalogues(), units, cases, Optional.empty(), Optional.empty());
  }

  @Test
  void countsExitsOfTheYearAndTheStateOfOpenCasesAtItsEnd() {
    AnnualReport r = report2025();
    assertEquals(new CaseCounts(2, 1, 0, 0, 0), r.totals(), "boiler-2 exited in 2024; boiler-3 opened in 2026");
    assertEquals(new CaseCounts(1, 1, 0, 0, 0), r.byDistrict().get("500102"));
    assertEquals(new CaseCounts(1, 0, 0, 0, 0), r.byDimension().get("environment"));
    assertEquals(new CaseCounts(1, 1, 0, 0, 0), r.bySector().get("C32"));
    assertEquals(new CaseCounts(1, 1, 0, 0, 0), r.byDepartment().get("市经济信息委"));
    assertEquals(new CaseCounts(1, 0, 0, 0, 0), r.byDepartment().get("市生态环境局"));
  }

  @Test
  void capacityExitedIsSummedInItsOwnUnits() {
    AnnualReport r = report2025();
    assertEquals(new BigDecimal("120000"), r.exitedCapacity().get("t/a"));
    assertEquals(new BigDecimal("6"), r.exitedCapacity().get("t/h"));
  }

  @Test
  void theChangeAgainstThePreviousYearIsGivenWhenThatYearIs() {
    AnnualReport previous = AnnualReports.of(2024, EvaluationFixtures.catalogues(), units, cases, Optional.empty(),
        Optional.empty());
    assertEquals(new CaseCounts(1, 0, 0, 0, 0), previous.totals());
    AnnualReport r = AnnualReports.of(2025, EvaluationFixtures.catalogues(), units, cases, Optional.empty(),
        Optional.of(previous));
    assertEquals(Optional.of(new CaseCounts(1, 1, 0, 0, 0)), r.changeSincePreviousYear());
  }

  @Test
  void theJsonIsTheSameForCasesInAnyOrder() {
    byte[] json = AnnualReports.toJson(report2025());
    List<TrackedCase> reversed = new ArrayList<>(cases);
    Collections.reverse(reversed);
    assertArrayEquals(json, AnnualReports.toJson(AnnualReports.of(2025, EvaluationFixtures.catalogues(), units,
        reversed, Optional.empty(), Optional.empty())));
    String text = new String(json, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("{\n  \"type\": \"annual-report\",\n  \"year\": 2025,"), text);
  }

  @Test
  void theHtmlPageIsSelfContainedWithTablesAndInlineSvg() {
    String html = AnnualReports.toHtml(report2025());
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assertTrue(html.contains("2025年度落后产能退出情况"));
    assertTrue(html.contains("<td>市经济信息委</td>"));
    assertFalse(html.contains("<script"), "no scripts");
    assertFalse(html.contains("http://") && html.replace("http://www.w3.org/2000/svg", "").contains("http://"),
        "no external resources");
    assertFalse(html.contains("https://"), "no external resources");
  }
}
