package org.phaseout.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.phaseout.InvalidInputException;
import org.phaseout.lifecycle.LastDayOfPeriod;
import org.phaseout.lifecycle.RestDayNotice;
import org.phaseout.lifecycle.StatutoryRestDays;

/**
 * Fuzz tests of the statutory rest-day calendar reader, {@link StatutoryRestDays#read(String, byte[])}: whatever the
 * bytes, it returns a calendar or throws {@link InvalidInputException} listing every problem under the file's name
 * with a JSON Pointer; nothing else escapes. A calendar it returns is accepted by the shipped JSON Schema and answers
 * consistently: {@code isRestDay} is what the notices say of each day (a listed day off is a rest day, a listed
 * working day never is, any other day of a covered year is one if it is a Saturday or Sunday), it answers for exactly
 * the covered years, and {@code lastDayOfPeriod} moves a day only across rest days, to a working day.
 *
 * <p>In {@code mvn test} this runs in regression mode: once on the empty input and once on each file of the seed
 * corpus in {@code src/test/resources/org/phaseout/fuzz/StatutoryRestDaysFuzzTestInputs/<method name>/}, with no time
 * budget. To fuzz for real (findings are saved into that directory), run
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -pl core test -Dtest='StatutoryRestDaysFuzzTest#aRestDayCalendarOfAnyBytesIsReadOrRejectedWithInvalidInputException'
 * </pre>
 *
 * <p>(Jazzer fuzzes one fuzz test per run, for the {@code maxDuration} of its annotation, five minutes by default.)
 */
class StatutoryRestDaysFuzzTest {

  private static final String FUZZED = "fuzzed.json";

  @FuzzTest
  void aRestDayCalendarOfAnyBytesIsReadOrRejectedWithInvalidInputException(byte[] json) {
    StatutoryRestDays calendar;
    try {
      calendar = StatutoryRestDays.read(FUZZED, json);
    } catch (InvalidInputException e) {
      ReportedProblems.assertNamesFileAndPointer(e, FUZZED);
      return;
    }
    assertEquals(List.of(), ShippedSchemas.restDaysViolations(new String(json, StandardCharsets.UTF_8)),
        "what the reader accepts, the shipped JSON Schema accepts");
    List<RestDayNotice> notices = calendar.notices();
    assertFalse(notices.isEmpty());
    Set<Integer> covered = new TreeSet<>();
    for (int i = 0; i < notices.size(); i++) {
      assertTrue(i == 0 || notices.get(i - 1).year() < notices.get(i).year(), "one notice a year, in year order");
      covered.add(notices.get(i).year());
      assertEquals(Optional.of(notices.get(i)), calendar.notice(notices.get(i).year()));
    }
    StatutoryRestDays allKnown = calendar.knownAt(LocalDate.MAX);
    assertEquals(notices, allKnown.notices());
    Set<Integer> years = new TreeSet<>();
    for (int year : covered) {
      years.add(year - 1);
      years.add(year);
      years.add(year + 1);
    }
    for (int year : years) {
      assertEquals(covered.contains(year), calendar.covers(year));
      for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
        Optional<Boolean> rest = calendar.isRestDay(day);
        assertEquals(covered.contains(year) ? Optional.of(restByTheNotices(notices, day)) : Optional.empty(), rest,
            day::toString);
        assertEquals(rest, allKnown.isRestDay(day), day::toString);
        checkLastDayOfPeriod(calendar, day);
      }
    }
    for (RestDayNotice notice : notices) {
      for (RestDayNotice.Holiday holiday : notice.holidays()) {
        assertFalse(holiday.restTo().isBefore(holiday.restFrom()), holiday::toString);
        for (LocalDate work : holiday.workingDays()) {
          assertNotEquals(Optional.of(true), calendar.isRestDay(work), "a listed working day is never a rest day");
          DayOfWeek dow = work.getDayOfWeek();
          assertTrue(dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY, work::toString);
        }
      }
    }
  }

  /** What the notices say of a day of a covered year: listed off, listed working, or a weekend day. */
  private static boolean restByTheNotices(List<RestDayNotice> notices, LocalDate day) {
    boolean working = false;
    for (RestDayNotice notice : notices) {
      for (RestDayNotice.Holiday h : notice.holidays()) {
        if (!day.isBefore(h.restFrom()) && !day.isAfter(h.restTo())) {
          return true;
        }
        working |= h.workingDays().contains(day);
      }
    }
    return !working && (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY);
  }

  private static void checkLastDayOfPeriod(StatutoryRestDays calendar, LocalDate counted) {
    LastDayOfPeriod last = calendar.lastDayOfPeriod(counted);
    assertEquals(counted, last.counted());
    switch (last.check()) {
      case WORKING_DAY -> {
        assertEquals(counted, last.lastDay());
        assertEquals(Optional.of(false), calendar.isRestDay(counted));
      }
      case EXTENDED -> {
        assertTrue(last.lastDay().isAfter(counted), last::toString);
        assertEquals(Optional.of(false), calendar.isRestDay(last.lastDay()), last::toString);
        counted.datesUntil(last.lastDay()).forEach(d ->
            assertEquals(Optional.of(true), calendar.isRestDay(d), () -> d + " in " + last));
      }
      case NOT_COVERED -> {
        assertEquals(counted, last.lastDay());
        assertFalse(calendar.covers(last.uncoveredYear().orElseThrow()), last::toString);
      }
      case NOT_APPLIED -> throw new AssertionError("a calendar always applies the rule: " + last);
    }
    assertFalse(last.notices().isEmpty() && calendar.covers(counted.getYear()), last::toString);
  }
}
