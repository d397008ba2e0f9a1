package org.phaseout.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.phaseout.EvaluationFixtures;
import org.phaseout.InvalidInputException;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.IndustryCode;

/** The JSON form of tracked cases: read with every problem at its JSON Pointer. */
class CaseFilesTest {

  private static final Enterprise FULING = Enterprise.builder().creditCode(CreditCode.parse("91500102PH0000003Q"))
      .name("示例铝业有限公司（虚构）").division(DivisionCode.parse("500102")).industry(IndustryCode.parse("C3216")).build();
  private static final Map<String, Enterprise> ENTERPRISES = Map.of("91500102PH0000003Q", FULING);

  private static List<TrackedCase> read(String json) {
    return CaseFiles.read("cases.json", json.getBytes(StandardCharsets.UTF_8), EvaluationFixtures.catalogues(),
        ENTERPRISES);
  }

  @Test
  void readsCasesWithTheirEventsAndTheirEntry() {
    List<TrackedCase> cases = read("""
        {"type": "cases", "cases": [{"unit": "potline-1", "enterprise": "91500102PH0000003Q",
          "entry": "gb21346-2022.aluminium.liquid-ac.grade3",
          "events": [{"event": "notice", "date": "2025-03-15"},
                     {"event": "extension", "date": "2025-09-01", "period": "P3M"},
                     {"event": "exit-verified", "date": "2025-12-20",
                      "evidence": {"waterCut": true, "powerCut": true, "powerUnitsRemoved": true,
                                   "mainEquipmentSealed": true}}]}]}
        """);
    assertEquals(1, cases.size());
    CaseStatus status = cases.get(0).rectificationCase().state(cases.get(0).events(), LocalDate.of(2025, 12, 31));
    assertEquals(CaseState.EXITED, status.state());
    assertEquals(FULING, cases.get(0).enterprise());
  }

  @Test
  void writtenCasesReadBackEqual() {
    List<TrackedCase> cases = read("""
        {"type": "cases", "cases": [{"unit": "potline-1", "enterprise": "91500102PH0000003Q",
          "entry": "gb21346-2022.aluminium.liquid-ac.grade3",
          "events": [{"event": "notice", "date": "2025-03-15"},
                     {"event": "extension", "date": "2025-09-01", "period": "P3M"}]}]}
        """);
    List<TrackedCase> again = CaseFiles.read("again.json", CaseFiles.write(cases), EvaluationFixtures.catalogues(),
        ENTERPRISES);
    assertEquals(cases, again);
    assertEquals(cases.hashCode(), again.hashCode());
    StatutoryRestDays calendar = StatutoryRestDays.loadBundled();
    List<TrackedCase> withCalendar = CaseFiles.read("again.json", CaseFiles.write(cases),
        EvaluationFixtures.catalogues(), ENTERPRISES, calendar);
    assertNotEquals(cases, withCalendar, "a case counted with a rest-day calendar is another case");
    assertEquals(withCalendar, CaseFiles.read("again.json", CaseFiles.write(cases), EvaluationFixtures.catalogues(),
        ENTERPRISES, StatutoryRestDays.loadBundled()), "equal calendars loaded twice");
  }

  @Test
  void readWithACalendarTheCasesApplyTheRestDayRuleToTheirHistories() {
    byte[] json = """
        {"type": "cases", "cases": [{"unit": "potline-1", "enterprise": "91500102PH0000003Q",
          "entry": "gb21346-2022.aluminium.liquid-ac.grade3",
          "events": [{"event": "notice", "date": "2025-04-01"},
                     {"event": "extension", "date": "2025-10-05", "period": "P3M"}]}]}
        """.getBytes(StandardCharsets.UTF_8);
    List<TrackedCase> cases = CaseFiles.read("cases.json", json, EvaluationFixtures.catalogues(), ENTERPRISES,
        StatutoryRestDays.loadBundled());
    CaseStatus status = cases.get(0).rectificationCase().state(cases.get(0).events(), LocalDate.of(2025, 12, 1));
    assertEquals(LocalDate.of(2026, 1, 9), status.rectificationDeadline().orElseThrow());
    InvalidInputException without = assertThrows(InvalidInputException.class,
        () -> CaseFiles.read("cases.json", json, EvaluationFixtures.catalogues(), ENTERPRISES));
    assertTrue(without.getMessage().contains("by the deadline 2025-10-01"), without.getMessage());
  }

  @Test
  void reportsEveryProblemAtItsPointer() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("""
        {"type": "cases", "cases": [
          {"unit": "u1", "enterprise": "91500101PH00000014", "entry": "no-such-entry",
           "events": [{"event": "notice", "date": "2025-03-15"}]},
          {"unit": "u2", "enterprise": "91500102PH0000003Q", "entry": "gb21346-2022.aluminium.liquid-ac.grade3",
           "events": [{"event": "inspection", "date": "2025-03-15"}]},
          {"unit": "u3", "enterprise": "91500102PH0000003Q", "entry": "gb21346-2022.aluminium.liquid-ac.grade3",
           "events": [{"event": "reinspection-passed", "date": "2025-03-01"}, {"event": "notice", "date": "2025-03-15"}]}
        ]}
        """));
    List<String> pointers = e.problems().stream().map(InvalidInputException.Problem::pointer).toList();
    assertEquals(List.of("/cases/0/enterprise", "/cases/0/entry", "/cases/1/events/0/event", "/cases/2/events"),
        pointers, e.getMessage());
    assertTrue(e.problems().get(3).message().contains("starts with its notice"), e.getMessage());
  }

  @Test
  void anExtensionRunningPastTheLastDateThereIsIsReportedAtItsCase() {
    // found by fuzzing: P999999999Y made LocalDate.plus throw DateTimeException out of the reader
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("""
        {"type": "cases", "cases": [{"unit": "potline-1", "enterprise": "91500102PH0000003Q",
          "entry": "gb21346-2022.aluminium.liquid-ac.grade3",
          "events": [{"event": "notice", "date": "2025-03-15"},
                     {"event": "extension", "date": "2025-09-01", "period": "P999999999Y"}]}]}
        """));
    assertEquals(List.of("/cases/0/events"),
        e.problems().stream().map(InvalidInputException.Problem::pointer).toList(), e.getMessage());
    assertTrue(e.getMessage().startsWith("1 problem in the input:\n  - cases.json at /cases/0/events: "),
        e.getMessage());
    assertTrue(e.getMessage().contains("the extension P999999999Y is longer than the rule allows (P3M)"),
        e.getMessage());
  }
}
