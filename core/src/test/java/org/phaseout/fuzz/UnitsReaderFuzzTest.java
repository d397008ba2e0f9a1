package org.phaseout.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.phaseout.ComplianceReport;
import org.phaseout.EvaluationFixtures;
import org.phaseout.InvalidInputException;
import org.phaseout.ProductionUnits;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.Vocabulary;

/**
 * Fuzz tests of the units reader, {@link ProductionUnits#read(String, byte[], Vocabulary)}: whatever the bytes, it
 * returns units or throws {@link InvalidInputException} listing every problem with a JSON Pointer; nothing else
 * escapes. Units it accepts can be written, read back equal, and evaluated.
 *
 * <p>In {@code mvn test} these run in regression mode: once on the empty input and once on each file of the seed
 * corpus in {@code src/test/resources/org/phaseout/fuzz/UnitsReaderFuzzTestInputs/<method name>/}, with no time
 * budget. To fuzz for real (one fuzz test per run; findings are saved into that directory), run
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -pl core test -Dtest='UnitsReaderFuzzTest#aUnitsDocumentOfAnyBytesIsReadOrRejectedWithInvalidInputException'
 * </pre>
 *
 * <p>(Jazzer fuzzes one fuzz test per run, for the {@code maxDuration} of its annotation, five minutes by default.)
 */
class UnitsReaderFuzzTest {

  private static final Vocabulary VOCABULARY = EvaluationFixtures.catalogues().vocabulary();

  @FuzzTest
  void aUnitsDocumentOfAnyBytesIsReadOrRejectedWithInvalidInputException(byte[] json) {
    List<ProductionUnit> units;
    try {
      units = ProductionUnits.read("fuzzed.json", json, VOCABULARY);
    } catch (InvalidInputException e) {
      assertFalse(e.problems().isEmpty());
      for (InvalidInputException.Problem p : e.problems()) {
        assertEquals("fuzzed.json", p.origin(), p.toString());
        assertTrue(p.pointer().isEmpty() || p.pointer().startsWith("/"), p.toString());
        assertFalse(p.message().isBlank(), p.toString());
      }
      return;
    }
    assertEquals(List.of(), ShippedSchemas.unitsViolations(new String(json, java.nio.charset.StandardCharsets.UTF_8)),
        "what the reader accepts, the shipped JSON Schema accepts");
    byte[] written = ProductionUnits.write(units);
    assertEquals(List.of(), ShippedSchemas.unitsViolations(new String(written, java.nio.charset.StandardCharsets.UTF_8)),
        "what the writer writes, the shipped JSON Schema accepts");
    List<ProductionUnit> reread = ProductionUnits.read("written.json", written, VOCABULARY);
    List<ProductionUnit> sorted = new ArrayList<>(units);
    sorted.sort(Comparator.comparing(ProductionUnit::id));
    assertEquals(sorted, reread, "what was read is written and read back equal");
    assertArrayEquals(written, ProductionUnits.write(reread), "and written again identically");
    ComplianceReport report = EvaluationFixtures.evaluator().evaluate(units, EvaluationFixtures.PLAN_YEAR_END);
    assertEquals(units.size(), report.units().size());
  }

  @FuzzTest
  void anNdjsonDocumentOfAnyBytesIsReadOrRejectedWithInvalidInputException(byte[] ndjson) {
    List<ProductionUnit> units;
    try {
      units = ProductionUnits.readNdjson("fuzzed.ndjson", ndjson, VOCABULARY);
    } catch (InvalidInputException e) {
      assertFalse(e.problems().isEmpty());
      e.problems().forEach(p -> assertTrue(p.origin().startsWith("fuzzed.ndjson"), p.toString()));
      return;
    }
    assertEquals(units.size(), EvaluationFixtures.evaluator().evaluate(units, EvaluationFixtures.PLAN_YEAR_END)
        .units().size());
  }

  @FuzzTest
  void aCsvDocumentOfAnyBytesIsReadOrRejectedWithInvalidInputException(byte[] csv) {
    List<ProductionUnit> units;
    try {
      units = ProductionUnits.readCsv("fuzzed.csv", csv, VOCABULARY);
    } catch (InvalidInputException e) {
      assertFalse(e.problems().isEmpty());
      e.problems().forEach(p -> assertTrue(p.origin().startsWith("fuzzed.csv"), p.toString()));
      return;
    }
    assertEquals(units.size(), EvaluationFixtures.evaluator().evaluate(units, EvaluationFixtures.PLAN_YEAR_END)
        .units().size());
  }
}
