package org.phaseout.lifecycle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.phaseout.catalogue.Dimension;

/**
 * The yellow and red lists of 渝制造强市办〔2025〕4号 三、（二） and the credit records of 二、（七）, from cases on real
 * entries. Enterprises are fictitious; their credit codes are valid.
 */
class PublicListsTest {

  private static final PublicLists LISTS = PublicLists.of(EvaluationFixtures.catalogues());

  private static Enterprise enterprise(String code, String name) {
    return Enterprise.builder().creditCode(CreditCode.parse(code)).name(name)
        .division(DivisionCode.parse("500102")).industry(IndustryCode.parse("C3216")).build();
  }

  private static final Enterprise A = enterprise("91500102PH0000003Q", "示例铝业甲有限公司（虚构）");
  private static final Enterprise B = enterprise("91500101PH00000014", "示例铝业乙有限公司（虚构）");

  private static TrackedCase energyCase(Enterprise e, String unit, CaseEvent... events) {
    return new TrackedCase(RectificationCase.of(unit, EvaluationFixtures.catalogues()
        .entry("gb21346-2022.aluminium.liquid-ac.grade3").orElseThrow()), e, List.of(events));
  }

  private static CaseEvent notice(String date) {
    return new CaseEvent.NoticeIssued(LocalDate.parse(date));
  }

  private final List<TrackedCase> cases = List.of(
      energyCase(A, "potline-1", notice("2025-03-15")),
      energyCase(B, "potline-2", notice("2025-01-10")),
      energyCase(B, "potline-3", notice("2024-06-01"), new CaseEvent.ReinspectionFailed(LocalDate.of(2024, 11, 1)),
          new CaseEvent.ExitVerified(LocalDate.of(2025, 2, 1), ExitEvidence.dismantled())),
      energyCase(A, "potline-4", notice("2024-06-01"), new CaseEvent.ReinspectionPassed(LocalDate.of(2024, 10, 1))));

  @Test
  void theYellowListHoldsCasesStillWithinTheirDeadline() {
    List<ListRow> yellow = LISTS.yellow(cases, LocalDate.of(2025, 7, 31));
    assertEquals(List.of("potline-1"), yellow.stream().map(ListRow::unitId).toList(),
        "potline-2's six months ended on 2025-07-10");
    ListRow row = yellow.get(0);
    assertEquals("示例铝业甲有限公司（虚构）", row.enterpriseName());
    assertEquals("500102", row.division());
    assertEquals(Dimension.ENERGY, row.dimension());
    assertEquals(Optional.of(LocalDate.of(2025, 9, 15)), row.deadline());
    assertEquals(List.of("市经济信息委"), row.leadDepartments());
    assertTrue(row.basis().startsWith("GB 21346-2022"), row.basis());
  }

  @Test
  void theRedListHoldsEnterprisesThatFailedRectificationAndWereClosed() {
    List<ListRow> red = LISTS.red(cases, LocalDate.of(2025, 7, 31));
    assertEquals(List.of("potline-3"), red.stream().map(ListRow::unitId).toList());
    assertEquals(CaseState.EXITED, red.get(0).state());
  }

  @Test
  void creditRecordsHoldCasesPastTheirDeadlineWithTheDeadlineMissed() {
    List<ListRow> credit = LISTS.creditRecords(cases, LocalDate.of(2025, 7, 31));
    assertEquals(List.of("potline-2"), credit.stream().map(ListRow::unitId).toList());
    assertEquals(Optional.of(LocalDate.of(2025, 7, 10)), credit.get(0).deadline());
  }

  @Test
  void casesOpenedAfterTheDateAreNotListed() {
    assertTrue(LISTS.yellow(cases, LocalDate.of(2024, 1, 1)).isEmpty());
  }

  @Test
  void theCsvOpensInExcelWithItsChineseTextAndDoesNotDependOnCaseOrder() {
    byte[] csv = PublicLists.toCsv(LISTS.yellow(cases, LocalDate.of(2025, 7, 31)));
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(csv, 3));
    String text = new String(csv, StandardCharsets.UTF_8);
    assertTrue(text.contains("\"企业名称\",\"统一社会信用代码\""), text);
    assertTrue(text.contains("\"示例铝业甲有限公司（虚构）\",\"91500102PH0000003Q\",\"500102\",\"能耗\""), text);
    assertTrue(text.endsWith("\r\n"));
    List<TrackedCase> shuffled = new ArrayList<>(cases);
    Collections.reverse(shuffled);
    assertArrayEquals(csv, PublicLists.toCsv(LISTS.yellow(shuffled, LocalDate.of(2025, 7, 31))));
  }

  @Test
  void eachRowSaysWhatTheStatutoryRestDayRuleDidToItsDeadline() {
    // six months from 2025-04-01 end on 2025-10-01, 国庆节: 《民法典》第二百零三条 moves the last day to 2025-10-09
    TrackedCase national = new TrackedCase(RectificationCase.of("potline-5", EvaluationFixtures.catalogues()
        .entry("gb21346-2022.aluminium.liquid-ac.grade3").orElseThrow(), StatutoryRestDays.loadBundled()), A,
        List.of(notice("2025-04-01")));
    ListRow row = LISTS.yellow(List.of(national), LocalDate.of(2025, 9, 30)).get(0);
    assertEquals(Optional.of(LocalDate.of(2025, 10, 9)), row.deadline());
    assertEquals(RestDayCheck.EXTENDED, row.restDayCheck());
    String csv = new String(PublicLists.toCsv(List.of(row)), StandardCharsets.UTF_8);
    assertTrue(csv.contains("\"案件状态\",\"期限法定休息日核对\"\r\n"), csv);
    assertTrue(csv.contains("\"2025-10-09\"") && csv.contains("\"末日顺延\"\r\n"), csv);
    String json = new String(PublicLists.toJson("yellow", LocalDate.of(2025, 9, 30), List.of(row)),
        StandardCharsets.UTF_8);
    assertTrue(json.contains("\"restDayCheck\": \"extended\""), json);
    ListRow withoutCalendar = LISTS.yellow(cases, LocalDate.of(2025, 7, 31)).get(0);
    assertEquals(RestDayCheck.NOT_APPLIED, withoutCalendar.restDayCheck(), "no calendar given: counted by 201/202");
  }

  @Test
  void theJsonFormNamesTheListAndDate() {
    String json = new String(PublicLists.toJson("red", LocalDate.of(2025, 7, 31),
        LISTS.red(cases, LocalDate.of(2025, 7, 31))), StandardCharsets.UTF_8);
    assertTrue(json.startsWith("{\n  \"type\": \"enterprise-list\",\n  \"list\": \"red\",\n  \"asOf\": \"2025-07-31\""),
        json);
    assertTrue(json.contains("\"unitId\": \"potline-3\""), json);
  }
}
