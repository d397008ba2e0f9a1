package org.phaseout.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.phaseout.InvalidInputException;

/**
 * The statutory rest-day calendar (法定休息日历): which days are 法定休息日 by the bundled State Council notices, what
 * 《民法典》第二百零三条 makes of a period's last day, and what the reader rejects. The bundled file is read in place
 * from the catalogs module (core/pom.xml puts it on the test classpath at its bundled name).
 */
class StatutoryRestDaysTest {

  private static final StatutoryRestDays BUNDLED = StatutoryRestDays.loadBundled();

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void aListedDayOffIsARestDayEvenOnAWeekday() {
    // 国办发明电〔2024〕12号 六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休
    assertEquals(DayOfWeek.WEDNESDAY, day("2025-10-01").getDayOfWeek());
    assertEquals(Optional.of(true), BUNDLED.isRestDay(day("2025-10-01")));
    assertEquals(Optional.of(true), BUNDLED.isRestDay(day("2025-10-08")));
    assertEquals(Optional.of(false), BUNDLED.isRestDay(day("2025-10-09")));
  }

  @Test
  void aWeekendListedAsAnAdjustedWorkingDayIsNotARestDay() {
    // 同一条：9月28日（周日）、10月11日（周六）上班
    assertEquals(Optional.of(false), BUNDLED.isRestDay(day("2025-09-28")));
    assertEquals(Optional.of(false), BUNDLED.isRestDay(day("2025-10-11")));
    assertEquals(DayOfWeek.SATURDAY, day("2025-10-11").getDayOfWeek());
  }

  @Test
  void anOrdinaryWeekendIsARestDayAndAnOrdinaryWeekdayIsNot() {
    assertEquals(Optional.of(true), BUNDLED.isRestDay(day("2025-11-15")), "a Saturday");
    assertEquals(Optional.of(true), BUNDLED.isRestDay(day("2025-11-16")), "a Sunday");
    assertEquals(Optional.of(false), BUNDLED.isRestDay(day("2025-11-17")), "a Monday");
  }

  @Test
  void aYearWithoutItsNoticeIsNotCoveredRatherThanOrdinary() {
    assertFalse(BUNDLED.covers(2027));
    assertEquals(Optional.empty(), BUNDLED.isRestDay(day("2027-01-04")), "a Monday, but of an uncovered year");
    assertEquals(Optional.empty(), BUNDLED.isRestDay(day("2023-12-31")), "a Sunday, but of an uncovered year");
    LastDayOfPeriod last = BUNDLED.lastDayOfPeriod(day("2027-01-05"));
    assertEquals(RestDayCheck.NOT_COVERED, last.check());
    assertEquals(day("2027-01-05"), last.lastDay(), "left as counted");
    assertEquals(Optional.of(2027), last.uncoveredYear());
  }

  @Test
  void theLastDayOfAPeriodMovesToTheDayAfterTheRestEnds() {
    LastDayOfPeriod national = BUNDLED.lastDayOfPeriod(day("2025-10-01"));
    assertEquals(RestDayCheck.EXTENDED, national.check());
    assertEquals(day("2025-10-09"), national.lastDay());
    assertEquals(List.of("国办发明电〔2024〕12号"), national.notices());
    LastDayOfPeriod weekend = BUNDLED.lastDayOfPeriod(day("2025-11-15"));
    assertEquals(day("2025-11-17"), weekend.lastDay(), "an ordinary Saturday moves to Monday");
    LastDayOfPeriod working = BUNDLED.lastDayOfPeriod(day("2025-10-11"));
    assertEquals(RestDayCheck.WORKING_DAY, working.check());
    assertEquals(day("2025-10-11"), working.lastDay());
    // 国办发明电〔2023〕7号 五、端午节：6月10日放假，与周末连休 — the Saturday and Sunday before are weekend rest
    assertEquals(day("2024-06-11"), BUNDLED.lastDayOfPeriod(day("2024-06-08")).lastDay());
  }

  @Test
  void aRestRunningIntoAnUncoveredYearCannotBeChecked() {
    StatutoryRestDays fictitious = StatutoryRestDays.read("fictitious.json", document("""
        {"year": 2026, "title": "虚构通知", "documentNumber": "虚构〔2025〕1号", "published": "2025-11-01",
         "url": "https://example.invalid/2026", "source": {"source": "test", "verification": "unverified",
         "note": "fictitious"},
         "holidays": [{"name": {"zh": "虚构", "en": "fictitious"}, "clause": "12月31日放假。",
                       "rest": {"from": "2026-12-31", "to": "2026-12-31"}, "work": []}]}
        """));
    LastDayOfPeriod last = fictitious.lastDayOfPeriod(day("2026-12-31"));
    assertEquals(RestDayCheck.NOT_COVERED, last.check());
    assertEquals(Optional.of(2027), last.uncoveredYear());
    assertEquals(day("2026-12-31"), last.lastDay());
  }

  @Test
  void theCalendarAsKnownOnADateHasOnlyTheNoticesPublishedByThen() {
    StatutoryRestDays before2026Notice = BUNDLED.knownAt(day("2025-11-03"));
    assertFalse(before2026Notice.covers(2026), "国办发明电〔2025〕7号 is dated 2025-11-04");
    assertTrue(before2026Notice.covers(2025));
    assertTrue(BUNDLED.knownAt(day("2025-11-04")).covers(2026));
  }

  @Test
  void everyProblemOfABadDocumentIsReportedWithFileAndJsonPointer() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> StatutoryRestDays.read("bad.json",
        document("""
            {"year": 2025, "title": "t", "documentNumber": "n", "published": "2024-11-12",
             "url": "https://example.invalid/2025", "source": {"source": "s", "verification": "secondary"},
             "holidays": [{"name": {"zh": "国庆节", "en": "National Day"}, "clause": "c",
                           "rest": {"from": "2025-10-01", "to": "2025-10-08"}, "days": 7,
                           "work": ["2025-09-30", "2025-10-11", "2052-10-11"]}]}
            """)));
    List<String> where = e.problems().stream().map(p -> p.origin() + " " + p.pointer()).toList();
    assertEquals(List.of("bad.json /years/0/source/note", "bad.json /years/0/holidays/0/days",
        "bad.json /years/0/holidays/0/work/0", "bad.json /years/0/holidays/0/work/2"), where, e.getMessage());
    assertTrue(e.getMessage().contains("the notice's count of 7 days does not match the 8 days"), e.getMessage());
    assertTrue(e.getMessage().contains("is a Saturday or Sunday, but 2025-09-30 is a TUESDAY"), e.getMessage());
  }

  @Test
  void aYearTwiceOrADayBothOffAndWorkingIsRejected() {
    String year = """
        {"year": 2025, "title": "t", "documentNumber": "%s", "published": "2024-11-12",
         "url": "https://example.invalid/2025", "source": {"source": "s", "verification": "official"},
         "holidays": [{"name": {"zh": "x", "en": "x"}, "clause": "c",
                       "rest": {"from": "%s", "to": "%s"}, "work": [%s]}]}
        """;
    InvalidInputException twice = assertThrows(InvalidInputException.class, () -> StatutoryRestDays.read("twice.json",
        document(year.formatted("A", "2025-10-01", "2025-10-08", "") + ","
            + year.formatted("B", "2025-05-01", "2025-05-05", "\"2025-10-04\""))));
    assertEquals(List.of("/years/1/year", "/years/1/holidays/0/work/0"),
        twice.problems().stream().map(InvalidInputException.Problem::pointer).toList(), twice.getMessage());
  }

  @Test
  void notAStatutoryRestDaysDocumentIsRejectedAtTheRoot() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> StatutoryRestDays.read("cases.json", "{\"type\": \"cases\", \"cases\": []}"
            .getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().contains("cases.json at /type: expected \"statutory-rest-days\""), e.getMessage());
    assertThrows(InvalidInputException.class, () -> StatutoryRestDays.read("empty.json", new byte[0]));
  }

  private static byte[] document(String years) {
    return ("{\"type\": \"statutory-rest-days\", \"schemaVersion\": 1, \"id\": \"test\","
        + " \"title\": {\"zh\": \"测试\", \"en\": \"test\"}, \"years\": [" + years + "]}")
        .getBytes(StandardCharsets.UTF_8);
  }
}
