package org.phaseout.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.phaseout.EvaluationFixtures;
import org.phaseout.catalogue.CatalogueEntry;

/**
 * Rectification cases on real entries: the energy limit of GB 21346-2022 (six months from the notice, one extension
 * of at most three months: 工信部联产业〔2017〕30号 as restated) and the Chongqing quality rule (six months, 渝制造强市办
 * 〔2025〕4号 一、（三）2), and a national boiler item whose source states no deadline.
 */
class RectificationCaseTest {

  private static CatalogueEntry entry(String id) {
    return EvaluationFixtures.catalogues().entry(id).orElseThrow();
  }

  private static final RectificationCase ENERGY =
      RectificationCase.of("potline-1", entry("gb21346-2022.aluminium.liquid-ac.grade3"));
  private static final RectificationCase QUALITY =
      RectificationCase.of("site-1", entry("cq-2025.quality.mandatory-standard-six-months"));
  private static final RectificationCase BOILER =
      RectificationCase.of("boiler-1", entry("cq-2025.environment.coal-boiler-10th"));

  private static CaseEvent notice(String date) {
    return new CaseEvent.NoticeIssued(LocalDate.parse(date));
  }

  @Test
  void sixMonthsFromTheNoticeEndOnTheCorrespondingDayWhichIsStillInTime() {
    List<CaseEvent> events = List.of(notice("2025-03-15"));
    CaseStatus onDeadline = ENERGY.state(events, LocalDate.of(2025, 9, 15));
    assertEquals(CaseState.PENDING_RECTIFICATION, onDeadline.state());
    assertEquals(Optional.of(LocalDate.of(2025, 9, 15)), onDeadline.nextDeadline());
    assertEquals(CaseState.OVERDUE, ENERGY.state(events, LocalDate.of(2025, 9, 16)).state());
  }

  @Test
  void aPeriodEndingInAMonthWithoutTheCorrespondingDayEndsOnItsLastDay() {
    // 《民法典》第二百零二条：没有对应日的，月末日为期间的最后一日
    assertEquals(Optional.of(LocalDate.of(2026, 2, 28)),
        ENERGY.state(List.of(notice("2025-08-31")), LocalDate.of(2025, 9, 1)).nextDeadline());
    assertEquals(Optional.of(LocalDate.of(2028, 2, 29)),
        ENERGY.state(List.of(notice("2027-08-31")), LocalDate.of(2027, 9, 1)).nextDeadline(), "leap year");
  }

  @Test
  void oneExtensionOfAtMostThreeMonthsMovesTheDeadline() {
    List<CaseEvent> events = List.of(notice("2025-03-15"),
        new CaseEvent.ExtensionGranted(LocalDate.of(2025, 9, 1), Period.ofMonths(3)));
    CaseStatus status = ENERGY.state(events, LocalDate.of(2025, 12, 15));
    assertEquals(CaseState.PENDING_RECTIFICATION, status.state());
    assertEquals(Optional.of(LocalDate.of(2025, 12, 15)), status.nextDeadline());
    assertEquals(CaseState.OVERDUE, ENERGY.state(events, LocalDate.of(2025, 12, 16)).state());
  }

  // 《民法典》第二百零三条: with the bundled State Council calendar, a period's last day on a statutory rest day moves
  // to the day after the rest ends.

  private static final StatutoryRestDays REST_DAYS = StatutoryRestDays.loadBundled();
  private static final RectificationCase ENERGY_ART_203 =
      RectificationCase.of("potline-1", entry("gb21346-2022.aluminium.liquid-ac.grade3"), REST_DAYS);

  @Test
  void sixMonthsEndingOnNationalDay2025EndOnTheFirstWorkingDayAfterTheHoliday() {
    // counted: 2025-04-01 + 6 months = 2025-10-01; 国办发明电〔2024〕12号：10月1日（周三）至8日（周三）放假调休
    List<CaseEvent> events = List.of(notice("2025-04-01"));
    CaseStatus onLastDay = ENERGY_ART_203.state(events, LocalDate.of(2025, 10, 9));
    assertEquals(CaseState.PENDING_RECTIFICATION, onLastDay.state(), "the moved last day is still within time");
    assertEquals(Optional.of(LocalDate.of(2025, 10, 9)), onLastDay.rectificationDeadline());
    assertEquals(RestDayCheck.EXTENDED, onLastDay.restDayCheck());
    assertTrue(onLastDay.explanation().stream().anyMatch(t -> t.zh().contains("2025-10-01 为法定休息日（国办发明电〔2024〕12号）")
        && t.zh().contains("次日 2025-10-09")), onLastDay.explanation().toString());
    CaseStatus nextDay = ENERGY_ART_203.state(events, LocalDate.of(2025, 10, 10));
    assertEquals(CaseState.OVERDUE, nextDay.state(), "overdue from the next day");
  }

  @Test
  void sixMonthsEndingOnASaturdayThatIsAnAdjustedWorkingDayDoNotMove() {
    // 国办发明电〔2024〕12号：10月11日（周六）上班
    List<CaseEvent> events = List.of(notice("2025-04-11"));
    CaseStatus status = ENERGY_ART_203.state(events, LocalDate.of(2025, 10, 11));
    assertEquals(java.time.DayOfWeek.SATURDAY, LocalDate.of(2025, 10, 11).getDayOfWeek());
    assertEquals(Optional.of(LocalDate.of(2025, 10, 11)), status.rectificationDeadline());
    assertEquals(RestDayCheck.WORKING_DAY, status.restDayCheck());
    assertEquals(CaseState.PENDING_RECTIFICATION, status.state());
    assertEquals(CaseState.OVERDUE, ENERGY_ART_203.state(events, LocalDate.of(2025, 10, 12)).state());
  }

  @Test
  void sixMonthsEndingOnAnOrdinarySundayEndOnTheMonday() {
    List<CaseEvent> events = List.of(notice("2025-05-16"));
    assertEquals(java.time.DayOfWeek.SUNDAY, LocalDate.of(2025, 11, 16).getDayOfWeek());
    CaseStatus monday = ENERGY_ART_203.state(events, LocalDate.of(2025, 11, 17));
    assertEquals(Optional.of(LocalDate.of(2025, 11, 17)), monday.rectificationDeadline());
    assertEquals(RestDayCheck.EXTENDED, monday.restDayCheck());
    assertEquals(CaseState.PENDING_RECTIFICATION, monday.state());
    assertEquals(CaseState.OVERDUE, ENERGY_ART_203.state(events, LocalDate.of(2025, 11, 18)).state());
  }

  @Test
  void aLastDayInAYearTheCalendarDoesNotCoverStaysAsCountedAndTheStatusSaysItWasNotChecked() {
    // 2026-07-05 + 6 months = 2027-01-05; no 2027 notice is bundled
    List<CaseEvent> events = List.of(notice("2026-07-05"));
    CaseStatus pending = ENERGY_ART_203.state(events, LocalDate.of(2026, 8, 1));
    assertEquals(Optional.of(LocalDate.of(2027, 1, 5)), pending.rectificationDeadline());
    assertEquals(RestDayCheck.NOT_COVERED, pending.restDayCheck());
    assertTrue(pending.explanation().stream().anyMatch(t -> t.zh().contains("未载 2027 年节假日安排")
        && t.en().contains("could not be checked")), pending.explanation().toString());
    CaseStatus after = ENERGY_ART_203.state(events, LocalDate.of(2027, 1, 6));
    assertEquals(CaseState.OVERDUE, after.state());
    assertEquals(RestDayCheck.NOT_COVERED, after.restDayCheck(), "overdue by the count, flagged as unchecked");
  }

  @Test
  void withoutACalendarTheRestDayRuleIsNotAppliedAsBefore() {
    CaseStatus status = ENERGY.state(List.of(notice("2025-04-01")), LocalDate.of(2025, 10, 1));
    assertEquals(Optional.of(LocalDate.of(2025, 10, 1)), status.rectificationDeadline());
    assertEquals(RestDayCheck.NOT_APPLIED, status.restDayCheck());
    assertEquals(CaseState.OVERDUE, ENERGY.state(List.of(notice("2025-04-01")), LocalDate.of(2025, 10, 2)).state());
    assertEquals(Optional.empty(), ENERGY.restDays());
    assertEquals(Optional.of(REST_DAYS), ENERGY_ART_203.restDays());
  }

  @Test
  void anExtensionRunsFromTheMovedLastDayAndMayBeGrantedUntilIt() {
    // the counted last day 2025-10-01 moved to 2025-10-09; an extension granted on 2025-10-05 is in time
    List<CaseEvent> events = List.of(notice("2025-04-01"),
        new CaseEvent.ExtensionGranted(LocalDate.of(2025, 10, 5), Period.ofMonths(3)));
    CaseStatus status = ENERGY_ART_203.state(events, LocalDate.of(2025, 12, 1));
    assertEquals(Optional.of(LocalDate.of(2026, 1, 9)), status.rectificationDeadline(), "a Friday, a working day");
    assertEquals(RestDayCheck.WORKING_DAY, status.restDayCheck());
    assertThrows(InvalidCaseHistoryException.class, () -> ENERGY.state(events, LocalDate.of(2025, 12, 1)),
        "without the calendar the deadline 2025-10-01 had passed");
  }

  @Test
  void aCaseWithoutADeadlineIsNotCheckedEvenWithACalendar() {
    RectificationCase boiler = RectificationCase.of("boiler-1", entry("cq-2025.environment.coal-boiler-10th"),
        REST_DAYS);
    CaseStatus status = boiler.state(List.of(notice("2025-04-01")), LocalDate.of(2025, 10, 1));
    assertEquals(Optional.empty(), status.rectificationDeadline());
    assertEquals(RestDayCheck.NOT_APPLIED, status.restDayCheck());
  }

  @Test
  void anExtensionBeyondTheRuleOrAfterTheDeadlineOrASecondOneIsRejected() {
    assertThrows(InvalidCaseHistoryException.class, () -> ENERGY.state(List.of(notice("2025-03-15"),
        new CaseEvent.ExtensionGranted(LocalDate.of(2025, 9, 1), Period.ofMonths(4))), LocalDate.of(2025, 10, 1)));
    InvalidCaseHistoryException late = assertThrows(InvalidCaseHistoryException.class, () -> ENERGY.state(List.of(
        notice("2025-03-15"), new CaseEvent.ExtensionGranted(LocalDate.of(2025, 9, 16), Period.ofMonths(1))),
        LocalDate.of(2025, 10, 1)));
    assertTrue(late.getMessage().contains("by the deadline 2025-09-15"), late.getMessage());
    assertThrows(InvalidCaseHistoryException.class, () -> ENERGY.state(List.of(notice("2025-03-15"),
        new CaseEvent.ExtensionGranted(LocalDate.of(2025, 9, 1), Period.ofMonths(1)),
        new CaseEvent.ExtensionGranted(LocalDate.of(2025, 10, 1), Period.ofMonths(1))), LocalDate.of(2025, 11, 1)));
    InvalidCaseHistoryException quality = assertThrows(InvalidCaseHistoryException.class, () -> QUALITY.state(
        List.of(notice("2025-03-15"), new CaseEvent.ExtensionGranted(LocalDate.of(2025, 4, 1), Period.ofMonths(1))),
        LocalDate.of(2025, 5, 1)));
    assertTrue(quality.getMessage().contains("allows no extension"), quality.getMessage());
  }

  @Test
  void anExtensionRunningPastTheLastDateThereIsIsRejectedAsTooLong() {
    // found by fuzzing the cases reader: LocalDate.plus threw DateTimeException out of state()
    InvalidCaseHistoryException e = assertThrows(InvalidCaseHistoryException.class, () -> ENERGY.state(List.of(
        notice("2025-03-15"), new CaseEvent.ExtensionGranted(LocalDate.of(2025, 9, 1), Period.ofYears(999_999_999))),
        LocalDate.of(2025, 10, 1)));
    assertTrue(e.getMessage().contains("the extension P999999999Y is longer than the rule allows (P3M)"),
        e.getMessage());
  }

  @Test
  void aPassedReinspectionResolvesAndAFailedOneMakesExitDue() {
    CaseStatus resolved = ENERGY.state(List.of(notice("2025-03-15"),
        new CaseEvent.RectificationReported(LocalDate.of(2025, 8, 1)),
        new CaseEvent.ReinspectionPassed(LocalDate.of(2025, 8, 20))), LocalDate.of(2026, 1, 1));
    assertEquals(CaseState.RESOLVED, resolved.state());
    assertEquals(Optional.empty(), resolved.nextDeadline());
    CaseStatus failed = ENERGY.state(List.of(notice("2025-03-15"),
        new CaseEvent.RectificationReported(LocalDate.of(2025, 8, 1)),
        new CaseEvent.ReinspectionFailed(LocalDate.of(2025, 8, 20))), LocalDate.of(2025, 8, 21));
    assertEquals(CaseState.OVERDUE, failed.state(), "经整改仍未达标的，依法关停退出");
  }

  @Test
  void exitNeedsThePhysicalEvidence() {
    List<CaseEvent> sealedOnly = List.of(notice("2025-03-15"), new CaseEvent.ExitVerified(LocalDate.of(2025, 12, 1),
        new ExitEvidence(false, true, true, false, true)));
    InvalidCaseHistoryException e = assertThrows(InvalidCaseHistoryException.class,
        () -> ENERGY.state(sealedOnly, LocalDate.of(2025, 12, 2)));
    assertTrue(e.getMessage().contains("power units removed"), e.getMessage());
    assertEquals(CaseState.EXITED, ENERGY.state(List.of(notice("2025-03-15"),
        new CaseEvent.ExitVerified(LocalDate.of(2025, 12, 1), ExitEvidence.dismantled())), LocalDate.of(2025, 12, 1))
        .state());
    assertEquals(CaseState.EXITED, ENERGY.state(List.of(notice("2025-03-15"),
        new CaseEvent.ExitVerified(LocalDate.of(2025, 12, 1), ExitEvidence.cutRemovedAndSealed())),
        LocalDate.of(2026, 6, 1)).state());
  }

  @Test
  void aRevokedLicenceIsNotYetAnExit() {
    CaseStatus status = QUALITY.state(List.of(notice("2025-03-15"),
        new CaseEvent.LicenceRevoked(LocalDate.of(2025, 9, 20), "营业执照")), LocalDate.of(2025, 9, 21));
    assertEquals(CaseState.OVERDUE, status.state(), "six months passed on 2025-09-15");
  }

  @Test
  void invalidHistoriesAreRejectedWithTheEventNamed() {
    InvalidCaseHistoryException early = assertThrows(InvalidCaseHistoryException.class, () -> ENERGY.state(
        List.of(new CaseEvent.ReinspectionPassed(LocalDate.of(2025, 3, 1)), notice("2025-03-15")),
        LocalDate.of(2025, 4, 1)));
    assertTrue(early.getMessage().contains("starts with its notice"), early.getMessage());
    assertThrows(InvalidCaseHistoryException.class, () -> ENERGY.state(
        List.of(notice("2025-03-15"), notice("2025-04-15")), LocalDate.of(2025, 5, 1)));
    assertThrows(InvalidCaseHistoryException.class, () -> ENERGY.state(List.of(notice("2025-03-15"),
        new CaseEvent.ReinspectionPassed(LocalDate.of(2025, 6, 1)),
        new CaseEvent.ReinspectionFailed(LocalDate.of(2025, 7, 1))), LocalDate.of(2025, 8, 1)));
  }

  @Test
  void eventsAfterTheAsOfDateAreNotYetKnown() {
    List<CaseEvent> events = List.of(notice("2025-03-15"), new CaseEvent.ReinspectionPassed(LocalDate.of(2025, 8, 20)));
    assertEquals(CaseState.PENDING_RECTIFICATION, ENERGY.state(events, LocalDate.of(2025, 8, 19)).state());
    assertEquals(CaseState.RESOLVED, ENERGY.state(events, LocalDate.of(2025, 8, 20)).state());
  }

  @Test
  void theSameEventsInAnyOrderGiveTheSameState() {
    List<CaseEvent> events = new ArrayList<>(List.of(notice("2025-03-15"),
        new CaseEvent.ExtensionGranted(LocalDate.of(2025, 9, 1), Period.ofMonths(2)),
        new CaseEvent.RectificationReported(LocalDate.of(2025, 11, 1)),
        new CaseEvent.ReinspectionFailed(LocalDate.of(2025, 11, 10)),
        new CaseEvent.ProductionHalted(LocalDate.of(2025, 11, 10))));
    CaseStatus expected = ENERGY.state(events, LocalDate.of(2025, 12, 1));
    Random random = new Random(20251127L);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(events, random);
      assertEquals(expected, ENERGY.state(events, LocalDate.of(2025, 12, 1)));
    }
  }

  @Test
  void withoutADeadlineInTheSourceTheCaseStaysPendingAndSaysWhy() {
    CaseStatus status = BOILER.state(List.of(notice("2025-06-01")), LocalDate.of(2026, 6, 1));
    assertEquals(CaseState.PENDING_RECTIFICATION, status.state());
    assertEquals(Optional.empty(), status.nextDeadline());
    assertTrue(status.rule().contains("未规定"), status.rule());
  }
}
