package org.phaseout.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.phaseout.EvaluationFixtures;
import org.phaseout.InvalidInputException;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.lifecycle.CaseEvent;
import org.phaseout.lifecycle.CaseFiles;
import org.phaseout.lifecycle.CaseStatus;
import org.phaseout.lifecycle.StatutoryRestDays;
import org.phaseout.lifecycle.TrackedCase;

/**
 * Fuzz tests of the cases reader, {@link CaseFiles#read}: whatever the bytes, with or without the statutory rest-day
 * calendar, it returns cases or throws {@link InvalidInputException} listing every problem under the file's name with
 * a JSON Pointer (an impossible event history included); nothing else escapes. Cases it returns have a state on every
 * date of their events, and {@link CaseFiles#write} writes them so that reading the result gives the same cases
 * (same unit, enterprise, entry, events and status; {@code RectificationCase} has no value equality, so they are
 * compared by these) and writing those again gives the same bytes.
 *
 * <p>The cases are read against the catalogue files of {@link EvaluationFixtures#catalogues()} and a few fictitious
 * enterprises whose credit codes are those of the seeds, so that seeds taken from the bundled dataset get past the
 * look-ups.
 *
 * <p>In {@code mvn test} this runs in regression mode: once on the empty input and once on each file of the seed
 * corpus in {@code src/test/resources/org/phaseout/fuzz/CaseFilesFuzzTestInputs/<method name>/}, with no time budget.
 * To fuzz for real (findings are saved into that directory), run
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -pl core test -Dtest='CaseFilesFuzzTest#aCasesDocumentOfAnyBytesIsReadOrRejectedWithInvalidInputException'
 * </pre>
 *
 * <p>(Jazzer fuzzes one fuzz test per run, for the {@code maxDuration} of its annotation, five minutes by default.)
 */
class CaseFilesFuzzTest {

  private static final String FUZZED = "fuzzed.json";
  private static final String WRITTEN = "written.json";

  private static final CatalogueSet CATALOGUES = EvaluationFixtures.catalogues();
  private static final StatutoryRestDays REST_DAYS = StatutoryRestDays.loadBundled();

  /** The credit codes of the seeds: those of the bundled dataset's excerpt and of the documentation's example. */
  private static final Map<String, Enterprise> ENTERPRISES = enterprises("91500241CQ0000028G", "91500152CQ0000029C",
      "91500108CQ00000321", "91500113CQ00000706", "91500105CQ00001015", "91500237CQ00002775", "91500107CQ0000261X",
      "91500102PH0000003Q");

  private static final Comparator<CaseEvent> ORDER =
      Comparator.comparing(CaseEvent::date).thenComparingInt(CaseEvent::sameDayRank);

  @FuzzTest
  void aCasesDocumentOfAnyBytesIsReadOrRejectedWithInvalidInputException(byte[] json) {
    readWriteAndReadBack(json, Optional.empty());
    readWriteAndReadBack(json, Optional.of(REST_DAYS));
  }

  private static void readWriteAndReadBack(byte[] json, Optional<StatutoryRestDays> restDays) {
    List<TrackedCase> cases;
    try {
      cases = read(FUZZED, json, restDays);
    } catch (InvalidInputException e) {
      ReportedProblems.assertNamesFileAndPointer(e, FUZZED);
      return;
    }
    List<Parts> read = new ArrayList<>();
    for (TrackedCase c : cases) {
      assertEquals(restDays, c.rectificationCase().restDays());
      assertFalse(c.events().isEmpty());
      for (LocalDate asOf : new TreeSet<>(c.events().stream().map(CaseEvent::date).toList())) {
        c.rectificationCase().state(c.events(), asOf);
      }
      read.add(describe(c));
    }
    byte[] written = CaseFiles.write(cases);
    List<TrackedCase> reread = read(WRITTEN, written, restDays);
    assertEquals(read, reread.stream().map(CaseFilesFuzzTest::describe).toList(),
        "what was read is written and read back the same");
    assertArrayEquals(written, CaseFiles.write(reread), "and written again identically");
  }

  private static List<TrackedCase> read(String origin, byte[] json, Optional<StatutoryRestDays> restDays) {
    return restDays.isPresent()
        ? CaseFiles.read(origin, json, CATALOGUES, ENTERPRISES, restDays.get())
        : CaseFiles.read(origin, json, CATALOGUES, ENTERPRISES);
  }

  /** A case by its parts: unit, enterprise, entry, events in date order, and its status on its last event's date. */
  private record Parts(String unit, Enterprise enterprise, String entry, List<CaseEvent> events, CaseStatus status) {}

  private static Parts describe(TrackedCase c) {
    List<CaseEvent> events = new ArrayList<>(c.events());
    events.sort(ORDER);
    CaseStatus status = c.rectificationCase().state(events, events.get(events.size() - 1).date());
    return new Parts(c.rectificationCase().unitId(), c.enterprise(), c.rectificationCase().entry().id(), events,
        status);
  }

  private static Map<String, Enterprise> enterprises(String... codes) {
    Map<String, Enterprise> enterprises = new LinkedHashMap<>();
    for (String code : codes) {
      enterprises.put(code, Enterprise.builder().creditCode(CreditCode.parse(code)).name("示例企业（虚构）" + code)
          .division(DivisionCode.parse(code.substring(2, 8))).industry(IndustryCode.parse("C3216")).build());
    }
    return Map.copyOf(enterprises);
  }
}
