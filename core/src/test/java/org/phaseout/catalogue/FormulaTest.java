package org.phaseout.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogue.CatalogueFixtures.VOCABULARY;
import static org.phaseout.catalogue.CatalogueFixtures.assertSays;
import static org.phaseout.catalogue.CatalogueFixtures.bytes;
import static org.phaseout.catalogue.CatalogueFixtures.edit;
import static org.phaseout.catalogue.CatalogueFixtures.loadFails;
import static org.phaseout.catalogue.CatalogueFixtures.loaderWith;
import static org.phaseout.catalogue.CatalogueFixtures.problemAt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.capacity.Measurement;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.measure.Quantity;

/**
 * Limits a standard gives as a formula (计算公式), read from the bundled GB 19762-2025 centrifugal-pump file: how the
 * loader reads and rejects formulas, naming the file and the JSON Pointer, and how the engine computes them — to 16
 * significant digits, unknown when a quantity is missing or a step is undefined, never false.
 */
class FormulaTest {

  private static final String GB_19762 = "/org/phaseout/bundled/gb-19762-2025.json";
  private static final String ORIGIN = "gb-19762.json";
  /** The first entry: table 3 row T3-01, single-stage single-suction pumps of 5 to 300 m³/h. */
  private static final String CRITERION = "/entries/0/criterion";
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  private static Catalogues.Loader loader(byte[] pumpFile) {
    return loaderWith(VOCABULARY).addJson(ORIGIN, pumpFile);
  }

  /** The pump file with the first entry's limit formula replaced. */
  private static byte[] withLimit(String formula) {
    return edit(GB_19762).set(CRITERION + "/formula", formula).bytes();
  }

  /** A single-stage single-suction pump of 100 m³/h, 50 m, 2900 r/min and one stage, with its efficiency. */
  private static Finding pump(CatalogueSet set, String efficiency, String stages) {
    Enterprise e = Enterprise.builder().creditCode(CreditCode.parse("91500101PH0000005G")).name("示例水泵有限公司（虚构）")
        .division(DivisionCode.parse("500101")).industry(IndustryCode.parse("C3441")).build();
    ProductionUnit.Builder unit = ProductionUnit.builder().id("pump-1").enterprise(e).kind("pump")
        .putFacts("pump.gb19762Type", FactValue.of("single-stage-single-suction"))
        .putFacts("pump.flowAtBestEfficiency", FactValue.of(Quantity.parse("100 m3/h")))
        .putFacts("pump.headAtBestEfficiency", FactValue.of(Quantity.parse("50 m")))
        .putFacts("pump.speed", FactValue.of(Quantity.parse("2900 r/min")))
        .putFacts("pump.stages", FactValue.of(Quantity.parse(stages + " 1")));
    if (efficiency != null) {
      unit.putMeasurements("pump.efficiency", Measurement.of(Quantity.parse(efficiency)));
    }
    return ComplianceEvaluator.of(set).evaluate(unit.build(), AS_OF).units().get(0).findings().stream()
        .filter(f -> f.entry().entryId().equals("gb19762-2025.t3-01.single-stage-single-suction.grade3"))
        .findFirst().orElseThrow();
  }

  @Test
  void theBundledPumpFormulaGivesTheLimitAsTheFindingsThresholdInTheIndicatorsUnit() throws Exception {
    CatalogueSet set = loader(bytes(GB_19762)).load();
    Finding below = pump(set, "72 %", "1");
    assertEquals(Verdict.NON_COMPLIANT, below.verdict());
    assertEquals("72 %", below.measured().orElseThrow().toString());
    Quantity limit = below.threshold().orElseThrow();
    assertEquals("%", limit.unit().symbol());
    assertTrue(limit.value().toPlainString().startsWith("72.78616"), limit.toString());
    assertTrue(limit.value().precision() <= 16, "every step is rounded to 16 significant digits: " + limit);
    assertEquals(Verdict.COMPLIANT, pump(set, limit.toString(), "1").verdict(), "低于: the limit itself meets");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "{\"divide\": [\"1\", \"3\"]}|0.3333333333333333",
      "{\"add\": [\"0.1\", \"0.2\"]}|0.3",
      "{\"polynomial\": {\"of\": \"2\", \"coefficients\": [\"1\", \"-3\", \"2\"]}}|0",
      "{\"polynomial\": {\"of\": {\"fact\": \"pump.stages\", \"unit\": \"1\"}, \"coefficients\": [\"2\", \"5\"]}}|7",
      "{\"min\": [{\"fact\": \"pump.flowAtBestEfficiency\", \"unit\": \"m3/h\"}, \"3000\"]}|100",
      "{\"max\": [\"-1\", \"1e1\"]}|10",
      "{\"sqrt\": \"2\"}|1.414213562373095",
      "{\"ln\": [\"1\"]}|0",
      "{\"power\": [\"10\", \"0.5\"]}|3.162277660168380",
      "{\"subtract\": [{\"multiply\": [\"3\", {\"fact\": \"pump.speed\", \"unit\": \"r/min\"}]}, \"8700\"]}|0"})
  void computesEachOperationDecimallyOrWithStrictMathTo16Digits(String formula, String expected) throws Exception {
    Finding f = pump(loader(withLimit(formula)).load(), "50 %", "1");
    assertEquals(0, new BigDecimal(expected).compareTo(f.threshold().orElseThrow().value()),
        formula + " gave " + f.threshold());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"ln\": {\"subtract\": [{\"fact\": \"pump.stages\", \"unit\": \"1\"}, \"1\"]}}|true",
      "{\"divide\": [\"1\", {\"subtract\": [{\"fact\": \"pump.stages\", \"unit\": \"1\"}, \"1\"]}]}|true",
      "{\"sqrt\": {\"subtract\": [\"0\", {\"fact\": \"pump.stages\", \"unit\": \"1\"}]}}|false"})
  void aStepUndefinedForTheValuesMakesTheFindingInsufficientDataNeverCompliant(String formula,
      boolean definedForFiveStages) throws Exception {
    // ln(stages − 1) and 1 ÷ (stages − 1) are undefined for a single-stage pump; √(−stages) for any pump
    CatalogueSet set = loader(withLimit(formula)).load();
    Finding f = pump(set, "99 %", "1");
    assertEquals(Verdict.INSUFFICIENT_DATA, f.verdict(), formula);
    assertTrue(f.threshold().isEmpty(), formula);
    assertTrue(texts(f.explanation()).contains("the formula is undefined for the values reported"), formula);
    assertEquals(definedForFiveStages ? Verdict.NON_COMPLIANT : Verdict.INSUFFICIENT_DATA,
        pump(set, "0 %", "5").verdict(), "five stages: " + formula);
  }

  @Test
  void aMissingEfficiencyIsInsufficientDataAndTheExplanationSaysWhatIsMissing() throws Exception {
    Finding f = pump(loader(bytes(GB_19762)).load(), null, "1");
    assertEquals(Verdict.INSUFFICIENT_DATA, f.verdict());
    assertTrue(texts(f.explanation()).contains("not reported: pump.efficiency"), texts(f.explanation()));
    assertTrue(f.threshold().isPresent(), "the limit is still computed and shown: " + f.threshold());
  }

  /** The English texts of a node and of all its parts. */
  private static String texts(org.phaseout.Condition node) {
    StringBuilder all = new StringBuilder(node.text().en());
    node.parts().forEach(p -> all.append('\n').append(texts(p)));
    return all.toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"log10\": \"2\"}|/formula|expected one operation of add, subtract",
      "{\"ln\": [\"1\", \"2\"]}|/formula/ln|'ln' takes 1 argument but was given 2",
      "{\"subtract\": [\"1\"]}|/formula/subtract|'subtract' takes 2 arguments but was given 1",
      "{\"add\": [\"1\", \"x\"]}|/formula/add/1|expected a decimal number",
      "{\"fact\": \"pump.gb19762Type\", \"unit\": \"1\"}|/formula|'pump.gb19762Type' is not a quantity",
      "{\"fact\": \"pump.speed\", \"unit\": \"m3/h\"}|/formula/unit|cannot be converted from 'r/min'",
      "{\"fact\": \"pump.speed\", \"unit\": \"rpmm\"}|/formula/unit|rpmm",
      "{\"fact\": \"pump.undefined\", \"unit\": \"1\"}|/formula/fact|unknown attribute 'pump.undefined'",
      "{\"polynomial\": {\"of\": \"2\", \"coefficients\": [\"1\"]}}|/formula/polynomial/coefficients|at least two",
      "[]|/formula|expected a formula"})
  void rejectsABadFormulaNamingTheFileAndTheJsonPointer(String formula, String where, String says) {
    CatalogueException e = loadFails(loader(withLimit(formula)));
    assertSays(problemAt(e.problems(), ORIGIN, CRITERION + where), says);
  }

  @Test
  void rejectsAFormulaNestedDeeperThanAnyStandardNeeds() {
    String formula = "\"1\"";
    for (int i = 0; i < 40; i++) {
      formula = "{\"ln\": " + formula + "}";
    }
    CatalogueException e = loadFails(loader(withLimit(formula)));
    assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("at most 32 levels")), e.getMessage());
  }

  @Test
  void anOrderingAgainstAFormulaNeedsTheLimitWordThatMeansIt() {
    byte[] noWording = edit(GB_19762).remove(CRITERION + "/wording").bytes();
    assertSays(problemAt(loadFails(loader(noWording)).problems(), ORIGIN, CRITERION + "/wording"),
        "must name the limit word");
    byte[] contradiction = edit(GB_19762).set(CRITERION + "/wording", "\"以下\"").bytes();
    assertSays(problemAt(loadFails(loader(contradiction)).problems(), ORIGIN, CRITERION + "/op"),
        "the limit word '以下' means '<='");
  }

  @Test
  void aFormulaValueIsImmutableAndRejectsAWrongNumberOfArguments() {
    Formula.Application ln = new Formula.Application(Formula.Operation.LN,
        List.of(new Formula.Constant(BigDecimal.ONE)));
    assertThrows(UnsupportedOperationException.class, () -> ln.arguments().add(ln));
    assertThrows(IllegalArgumentException.class, () -> new Formula.Application(Formula.Operation.DIVIDE,
        List.of(new Formula.Constant(BigDecimal.ONE))));
    assertThrows(IllegalArgumentException.class, () -> new Formula.Polynomial(ln, List.of(BigDecimal.ONE)));
    assertEquals("ln(1)", ln.toString());
    assertEquals(Formula.Operation.POWER, Formula.Operation.fromJsonName("power"));
  }
}
