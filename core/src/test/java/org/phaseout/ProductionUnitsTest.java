package org.phaseout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.EvaluationFixtures.coalBoiler;
import static org.phaseout.EvaluationFixtures.fact;
import static org.phaseout.EvaluationFixtures.measured;
import static org.phaseout.EvaluationFixtures.potline;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.Measurement;
import org.phaseout.capacity.OperatingStatus;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.Vocabulary;
import org.phaseout.measure.DateInterval;
import org.phaseout.measure.Quantity;

/**
 * Specification of the units document reader and writer, {@link ProductionUnits}: every mistake reported with its
 * JSON Pointer, and a canonical form that reads back to equal units.
 */
class ProductionUnitsTest {

  private static final Vocabulary VOCABULARY = EvaluationFixtures.catalogues().vocabulary();

  private static InvalidInputException rejected(String origin, String json) {
    return assertThrows(InvalidInputException.class,
        () -> ProductionUnits.read(origin, json.getBytes(StandardCharsets.UTF_8), VOCABULARY));
  }

  @Test
  void aDocumentWithSeveralMistakesIsRejectedWithEachMistakeAtItsPointer() {
    byte[] json = EvaluationFixtures.resource("units-with-mistakes.json");
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> ProductionUnits.read("units-with-mistakes.json", json, VOCABULARY));
    Map<String, String> byPointer = new TreeMap<>();
    for (InvalidInputException.Problem p : e.problems()) {
      assertEquals("units-with-mistakes.json", p.origin(), p.toString());
      assertFalse(p.message().isBlank(), p.toString());
      byPointer.merge(p.pointer(), p.message(), (a, b) -> a + " | " + b);
    }
    assertEquals(List.of(
        "/comment",
        "/enterprises/1/creditCode",
        "/enterprises/2/facts/enterprise.emissionPermit",
        "/enterprises/2/sector",
        "/enterprises/4/facts/location.industrialPark",
        "/units/0/kind",
        "/units/1/ratedCapacity",
        "/units/10/facts/enterprise.emissionPermit",
        "/units/11/kind",
        "/units/2/commissioned",
        "/units/2/facts/location.industrialPark",
        "/units/2/status",
        "/units/3/measurements/aluminium.ingot-comprehensive-energy/value",
        "/units/3/measurements/aluminium.liquid-ac",
        "/units/4/enterprise",
        "/units/5/id",
        "/units/6/ratedCapacity",
        "/units/7/capacity",
        "/units/7/facts/location.inPark",
        "/units/8/facts/alumina.process",
        "/units/9/measurements/alumina.process-energy/period/until"), new ArrayList<>(byPointer.keySet()),
        e.getMessage());
    assertEquals(byPointer.size(), e.problems().size(), "one problem per place: " + e.getMessage());
    assertTrue(byPointer.get("/enterprises/1/creditCode").contains("check character should be 'X'"),
        byPointer.get("/enterprises/1/creditCode"));
    assertTrue(byPointer.get("/units/0/kind").contains("unknown unit kind 'coal-boiler'"));
    assertTrue(byPointer.get("/units/1/ratedCapacity").contains("'t/h'"));
    assertTrue(byPointer.get("/units/2/facts/location.industrialPark").contains("expected true or false"));
    assertTrue(byPointer.get("/units/2/status").contains("'running'"));
    assertTrue(byPointer.get("/units/4/enterprise").contains("91500101MA00000022"));
    assertTrue(byPointer.get("/units/5/id").contains("'boiler-unknown-kind'"));
    assertTrue(byPointer.get("/units/11/kind").contains("required field 'kind' is missing"));
    assertTrue(byPointer.get("/enterprises/4/facts/location.industrialPark").contains(
        "enterprise facts have keys starting with 'enterprise.'"), "reported once, where the fact is written");
  }

  @Test
  void aSyntaxErrorIsReportedOnceWithItsLineAndColumn() {
    InvalidInputException e = rejected("broken.json", "{\n  \"type\": \"units\",\n  \"enterprises\": [,]\n}");
    assertEquals(1, e.problems().size(), e.getMessage());
    InvalidInputException.Problem p = e.problems().get(0);
    assertEquals("broken.json", p.origin());
    assertEquals("", p.pointer());
    assertTrue(p.message().startsWith("not valid JSON at line 3, column"), p.message());
  }

  @Test
  void anEmptyDocumentIsRejected() {
    InvalidInputException e = rejected("empty.json", "");
    assertEquals("", e.problems().get(0).pointer());
    assertTrue(e.problems().get(0).message().contains("empty"), e.getMessage());
  }

  @Test
  void aDocumentOfAnotherTypeIsRejectedAtItsTypeField() {
    InvalidInputException e = rejected("vocabulary.json",
        "{\"type\": \"vocabulary\", \"enterprises\": [], \"units\": []}");
    assertEquals(List.of("/type"), e.problems().stream().map(InvalidInputException.Problem::pointer).toList());
  }

  @Test
  void aDocumentThatIsNotAnObjectIsRejectedAtTheRoot() {
    InvalidInputException e = rejected("array.json", "[]");
    assertEquals(List.of(""), e.problems().stream().map(InvalidInputException.Problem::pointer).toList());
  }

  @Test
  void aDuplicateKeyIsRejected() {
    InvalidInputException e = rejected("dup.json", "{\"type\": \"units\", \"type\": \"units\", \"enterprises\": [],"
        + " \"units\": []}");
    assertTrue(e.getMessage().contains("Duplicate field 'type'"), e.getMessage());
  }

  @Test
  void aValidDocumentIsReadInDocumentOrderWithEveryField() {
    String code = EvaluationFixtures.chongqingBoilerOwner().creditCode().toString();
    String json = "{\"type\": \"units\", \"enterprises\": [{\"creditCode\": \" " + code.toLowerCase(java.util.Locale.ROOT)
        + " \", \"name\": \"示例燃煤锅炉企业（虚构）\", \"division\": \"500101\", \"industry\": \"4430\","
        + " \"facts\": {\"enterprise.employeeCount\": {\"value\": 120, \"unit\": \"persons\"}}}],"
        + " \"units\": ["
        + "{\"id\": \"z-boiler\", \"enterprise\": \"" + code + "\", \"kind\": \"coal-fired-boiler\","
        + " \"ratedCapacity\": \"6.0 蒸吨/小时\", \"commissioned\": \"2012-05-01\", \"status\": \"under-construction\","
        + " \"facts\": {\"location.industrialPark\": true}},"
        + "{\"id\": \"a-potline\", \"enterprise\": \"" + code + "\", \"kind\": \"electrolytic-aluminium-potline\","
        + " \"measurements\": {\"aluminium.liquid-ac-consumption\": {\"value\": {\"value\": 13350.5, \"unit\": \"kWh/t\"},"
        + " \"period\": {\"from\": \"2024-01-01\", \"until\": \"2025-01-01\"}, \"source\": \"能源审计（虚构）\"}}}"
        + "]}";
    List<ProductionUnit> units = ProductionUnits.read("ok.json", json.getBytes(StandardCharsets.UTF_8), VOCABULARY);
    assertEquals(List.of("z-boiler", "a-potline"), units.stream().map(ProductionUnit::id).toList());
    ProductionUnit boiler = units.get(0);
    assertEquals(EvaluationFixtures.chongqingBoilerOwner().creditCode(), boiler.enterprise().creditCode());
    assertEquals("D4430", boiler.enterprise().industry().toString());
    assertEquals(Optional.of(Quantity.parse("6.0 t/h")), boiler.ratedCapacity());
    assertEquals(Optional.of(LocalDate.of(2012, 5, 1)), boiler.commissioned());
    assertEquals(Optional.of(OperatingStatus.UNDER_CONSTRUCTION), boiler.status());
    assertEquals(Map.of("location.industrialPark", fact(true)), boiler.facts());
    assertEquals(FactValue.of(Quantity.parse("120 persons")), boiler.enterprise().facts().get(
        "enterprise.employeeCount"));
    Measurement m = units.get(1).measurements().get("aluminium.liquid-ac-consumption");
    assertEquals(Quantity.parse("13350.5 kWh/t"), m.value());
    assertEquals(Optional.of(DateInterval.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1))), m.period());
    assertEquals(Optional.of("能源审计（虚构）"), m.source());
  }

  @Test
  void writingIsCanonicalAndReadsBackToEqualUnits() {
    ProductionUnit boiler = coalBoiler("z-boiler", "6.50 t/h").commissioned(LocalDate.of(2012, 5, 1))
        .status(OperatingStatus.IDLE).putFacts("location.industrialPark", fact(true)).build();
    ProductionUnit line = potline("a-potline").putMeasurements("aluminium.liquid-ac-consumption",
        Measurement.of(Quantity.parse("13351 kWh/t"), DateInterval.of(LocalDate.of(2024, 1, 1),
            LocalDate.of(2025, 1, 1)), "在线监测（虚构）")).build();
    byte[] written = ProductionUnits.write(List.of(boiler, line));
    String text = new String(written, StandardCharsets.UTF_8);
    assertTrue(text.endsWith("}\n"), "a final newline");
    assertFalse(text.contains("\r"), "LF line ends only");
    assertTrue(text.indexOf("\"a-potline\"") < text.indexOf("\"z-boiler\""), "units in id order");
    assertTrue(text.contains("\"ratedCapacity\": \"6.50 t/h\""), "the scale is kept: " + text);
    assertTrue(text.contains("\"status\": \"idle\""), text);
    List<ProductionUnit> read = ProductionUnits.read("written.json", written, VOCABULARY);
    assertEquals(List.of(line, boiler), read);
    assertEquals(text, ProductionUnits.writeString(read), "writing again gives the same text");
    assertEquals(text, ProductionUnits.writeString(List.of(line, boiler)), "input order does not matter");
  }

  @Test
  void aSharedEnterpriseIsWrittenOnce() {
    String text = ProductionUnits.writeString(List.of(coalBoiler("b1", "6 t/h").build(),
        coalBoiler("b2", "8 t/h").build(), potline("p1").build()));
    String boilerOwner = EvaluationFixtures.chongqingBoilerOwner().creditCode().toString();
    assertEquals(1, text.split("\"creditCode\": \"" + boilerOwner + "\"", -1).length - 1, text);
    assertEquals(2, text.split("\"enterprise\": \"" + boilerOwner + "\"", -1).length - 1, text);
  }

  private static String boilerWithCapacity(String capacityJson) {
    String code = EvaluationFixtures.chongqingBoilerOwner().creditCode().toString();
    return "{\"type\": \"units\", \"enterprises\": [{\"creditCode\": \"" + code + "\", \"name\": "
        + "\"示例燃煤锅炉企业（虚构）\", \"division\": \"500101\", \"industry\": \"D4430\"}], \"units\": [{\"id\": "
        + "\"b\", \"enterprise\": \"" + code + "\", \"kind\": \"coal-fired-boiler\", \"ratedCapacity\": "
        + capacityJson + "}]}";
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"value\": 1e999999999, \"unit\": \"t/h\"}",
      "{\"value\": \"1E+2147483647\", \"unit\": \"t/h\"}",
      "{\"value\": \"-1E-2147483647\", \"unit\": \"t/h\"}",
      "{\"value\": 1e64, \"unit\": \"t/h\"}"})
  void aValueTooLongToWriteInPlainNotationIsRejectedRatherThanExpanded(String capacity) {
    InvalidInputException e = rejected("exponent.json", boilerWithCapacity(capacity));
    assertEquals(List.of("/units/0/ratedCapacity/value"),
        e.problems().stream().map(InvalidInputException.Problem::pointer).toList(), e.getMessage());
    assertTrue(e.getMessage().contains("at most 64 digits in plain notation"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"value\": 1.5e1, \"unit\": \"t/h\"}|15 t/h",
      "{\"value\": \"6E0\", \"unit\": \"t/h\"}|6 t/h",
      "{\"value\": 6, \"unit\": \"蒸吨/小时\"}|6 t/h",
      "\"0.000001 t/h\"|0.000001 t/h"})
  void aValueInExponentNotationOrUnderAnAliasIsReadAsTheSameQuantity(String capacity, String expected) {
    List<ProductionUnit> units = ProductionUnits.read("ok.json",
        boilerWithCapacity(capacity).getBytes(StandardCharsets.UTF_8), VOCABULARY);
    assertEquals(Optional.of(Quantity.parse(expected)), units.get(0).ratedCapacity());
  }

  @Test
  void aMeasurementPeriodWithoutAnEndIsRejectedBecauseTheFormatCannotWriteIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Measurement.of(
        Quantity.parse("13000 kWh/t"), DateInterval.startingAt(LocalDate.of(2024, 1, 1)), null));
    assertTrue(e.getMessage().contains("must end"), e.getMessage());
  }

  @Test
  void aBlankMeasurementSourceIsRejectedBecauseTheFormatCannotReadItBack() {
    assertThrows(IllegalArgumentException.class, () -> Measurement.of(Quantity.parse("13000 kWh/t"), null, " "));
    assertEquals(Optional.empty(), Measurement.of(Quantity.parse("13000 kWh/t"), null, null).source());
  }

  @Test
  void readingMeasurementsLeavesUnreportedIndicatorsAbsent() {
    List<ProductionUnit> read = ProductionUnits.read("w.json",
        ProductionUnits.write(List.of(potline("p").putMeasurements("aluminium.liquid-ac-consumption",
            measured("13000 kWh/t")).build())), VOCABULARY);
    assertEquals(List.of("aluminium.liquid-ac-consumption"), List.copyOf(read.get(0).measurements().keySet()));
  }
}
