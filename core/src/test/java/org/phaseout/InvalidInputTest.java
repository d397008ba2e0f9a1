package org.phaseout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.EvaluationFixtures.PLAN_YEAR_END;
import static org.phaseout.EvaluationFixtures.coalBoiler;
import static org.phaseout.EvaluationFixtures.fact;
import static org.phaseout.EvaluationFixtures.measured;
import static org.phaseout.EvaluationFixtures.potline;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.measure.Quantity;

/**
 * Specification of how {@link ComplianceEvaluator} rejects units that do not fit the vocabulary: one
 * {@link InvalidInputException} listing every problem, each with origin {@code unit <id>} and a JSON Pointer into the
 * unit, and nothing evaluated.
 */
class InvalidInputTest {

  private static final ComplianceEvaluator EVALUATOR = EvaluationFixtures.evaluator();

  private static InvalidInputException rejected(List<ProductionUnit> units) {
    return assertThrows(InvalidInputException.class, () -> EVALUATOR.evaluate(units, PLAN_YEAR_END));
  }

  private static InvalidInputException rejected(ProductionUnit unit) {
    return rejected(List.of(unit));
  }

  private static InvalidInputException.Problem only(InvalidInputException e) {
    assertEquals(1, e.problems().size(), e.getMessage());
    return e.problems().get(0);
  }

  private static List<String> places(InvalidInputException e) {
    return e.problems().stream().map(p -> p.origin() + " " + p.pointer()).toList();
  }

  @Test
  void everyProblemOfEveryUnitIsListedTogetherWithItsUnitAndPointer() {
    List<ProductionUnit> units = List.of(
        coalBoiler("a-unknown-kind", "6 t/h").kind("coal-boiler").build(),
        coalBoiler("b-unknown-fact", "6 t/h").putFacts("location.inPark", fact(true)).build(),
        coalBoiler("c-wrong-type", "6 t/h").putFacts("location.industrialPark", FactValue.of("yes")).build(),
        coalBoiler("d-megawatts", "6 MW").build(),
        coalBoiler("e-duplicate", "6 t/h").build(),
        coalBoiler("e-duplicate", "35 t/h").build());
    InvalidInputException e = rejected(units);
    assertEquals(List.of(
        "unit a-unknown-kind /kind",
        "unit b-unknown-fact /facts/location.inPark",
        "unit c-wrong-type /facts/location.industrialPark",
        "unit d-megawatts /ratedCapacity",
        "unit e-duplicate /id"), places(e));
    e.problems().forEach(p -> assertFalse(p.message().isBlank(), p.toString()));
    assertTrue(e.getMessage().startsWith("5 problems in the input:"), e.getMessage());
    for (InvalidInputException.Problem p : e.problems()) {
      assertTrue(e.getMessage().contains("\n  - " + p), "the message lists " + p);
    }
  }

  @Test
  void anUnknownKindIsRejectedWithTheKindsTheVocabularyKnows() {
    InvalidInputException.Problem p = only(rejected(coalBoiler("b1", "6 t/h").kind("coal-boiler").build()));
    assertEquals("unit b1", p.origin());
    assertEquals("/kind", p.pointer());
    assertTrue(p.message().contains("unknown unit kind 'coal-boiler'"), p.message());
    assertTrue(p.message().contains("coal-fired-boiler"), "lists the known kinds: " + p.message());
  }

  @Test
  void anUnknownFactKeyIsRejected() {
    InvalidInputException.Problem p = only(rejected(
        coalBoiler("b1", "6 t/h").putFacts("location.inPark", fact(true)).build()));
    assertEquals("/facts/location.inPark", p.pointer());
    assertTrue(p.message().contains("unknown attribute 'location.inPark'"), p.message());
  }

  @Test
  void aFactOfTheWrongTypeIsRejectedNamingBothTypes() {
    InvalidInputException.Problem p = only(rejected(
        coalBoiler("b1", "6 t/h").putFacts("location.industrialPark", FactValue.of("yes")).build()));
    assertEquals("/facts/location.industrialPark", p.pointer());
    assertEquals("expected a boolean but found a text", p.message());
  }

  @Test
  void aBoilerCapacityInMegawattsIsRejectedBecauseBoilersAreRatedInSteamTonnesPerHour() {
    InvalidInputException.Problem p = only(rejected(coalBoiler("b1", "6 MW").build()));
    assertEquals("unit b1", p.origin());
    assertEquals("/ratedCapacity", p.pointer());
    assertTrue(p.message().contains("'t/h'"), p.message());
    assertTrue(p.message().contains("'MW'"), p.message());
  }

  @Test
  void aRepeatedUnitIdIsRejectedOnce() {
    InvalidInputException e = rejected(List.of(coalBoiler("same", "6 t/h").build(),
        coalBoiler("same", "6 t/h").build()));
    InvalidInputException.Problem p = only(e);
    assertEquals("unit same", p.origin());
    assertEquals("/id", p.pointer());
    assertTrue(p.message().contains("'same'"), p.message());
  }

  @Test
  void anIndicatorInAUnitOfAnotherKindIsRejectedAtItsValue() {
    InvalidInputException.Problem p = only(rejected(potline("p1")
        .putMeasurements("aluminium.liquid-ac-consumption", measured("13000 kgce/t")).build()));
    assertEquals("unit p1", p.origin());
    assertEquals("/measurements/aluminium.liquid-ac-consumption/value", p.pointer());
  }

  @Test
  void anUnknownIndicatorIsRejected() {
    InvalidInputException.Problem p = only(rejected(potline("p1")
        .putMeasurements("aluminium.liquid-ac", measured("13000 kWh/t")).build()));
    assertEquals("/measurements/aluminium.liquid-ac", p.pointer());
  }

  @Test
  void aTextFactOutsideItsAllowedValuesIsRejected() {
    InvalidInputException.Problem p = only(rejected(EvaluationFixtures.aluminaRefinery("r1")
        .putFacts("alumina.process", FactValue.of("hall-heroult")).build()));
    assertEquals("/facts/alumina.process", p.pointer());
    assertTrue(p.message().contains("'hall-heroult' is not an allowed value"), p.message());
  }

  @Test
  void factsAreRejectedWhereTheyDoNotBelong() {
    Enterprise withUnitFact = Enterprise.builder().from(EvaluationFixtures.chongqingBoilerOwner())
        .putFacts("location.industrialPark", fact(true)).build();
    ProductionUnit unit = coalBoiler("b1", "6 t/h").enterprise(withUnitFact)
        .putFacts("enterprise.emissionPermit", fact(true))
        .putFacts("unit.ratedCapacity", FactValue.of(Quantity.parse("6 t/h")))
        .build();
    InvalidInputException e = rejected(unit);
    assertEquals(List.of(
        "unit b1 /enterprise/facts/location.industrialPark",
        "unit b1 /facts/enterprise.emissionPermit",
        "unit b1 /facts/unit.ratedCapacity"), places(e));
  }

  @Test
  void anEnterpriseFactInTheWrongUnitIsRejected() {
    Enterprise owner = Enterprise.builder().from(EvaluationFixtures.chongqingBoilerOwner())
        .putFacts("enterprise.employeeCount", FactValue.of(Quantity.parse("120 t"))).build();
    InvalidInputException.Problem p = only(rejected(coalBoiler("b1", "6 t/h").enterprise(owner).build()));
    assertEquals("/enterprise/facts/enterprise.employeeCount", p.pointer());
    assertTrue(p.message().contains("'persons'"), p.message());
  }

  @Test
  void aFactKeyWithASlashIsEscapedInThePointer() {
    InvalidInputException.Problem p = only(rejected(
        coalBoiler("b1", "6 t/h").putFacts("location/park~x", fact(true)).build()));
    assertEquals("/facts/location~1park~0x", p.pointer());
  }

  @Test
  void nothingIsEvaluatedWhenOneUnitOfManyIsInvalid() {
    List<ProductionUnit> units = List.of(coalBoiler("good", "6 t/h").build(),
        coalBoiler("bad", "6 MW").build());
    InvalidInputException e = rejected(units);
    assertEquals(List.of("unit bad"), e.problems().stream().map(InvalidInputException.Problem::origin)
        .distinct().collect(Collectors.toList()));
  }
}
