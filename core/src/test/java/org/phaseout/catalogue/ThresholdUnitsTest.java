package org.phaseout.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.phaseout.catalogue.CatalogueFixtures.CHONGQING_2025;
import static org.phaseout.catalogue.CatalogueFixtures.GB_21346_2022;
import static org.phaseout.catalogue.CatalogueFixtures.VOCABULARY;
import static org.phaseout.catalogue.CatalogueFixtures.assertSays;
import static org.phaseout.catalogue.CatalogueFixtures.edit;
import static org.phaseout.catalogue.CatalogueFixtures.loadFails;
import static org.phaseout.catalogue.CatalogueFixtures.loaderWith;
import static org.phaseout.catalogue.CatalogueFixtures.problemAt;

import org.junit.jupiter.api.Test;
import org.phaseout.capacity.FactValue;
import org.phaseout.measure.Quantity;

/**
 * A threshold must be in a unit convertible to the unit of what it is compared with: the capacity unit of the
 * entry's unit kinds for {@code unit.ratedCapacity}, the attribute's unit, or the indicator's unit. A mismatch is a
 * load error, never a comparison that is silently false at evaluation.
 *
 * <p>The documents are the real Chongqing plan (coal-fired boilers, capacity unit t/h) and GB 21346-2022
 * (indicators in kWh/t), each with one value or operand changed.
 */
class ThresholdUnitsTest {

  private static final String PLAN = "cq-2025-units.json";
  private static final String TEN_TONNES = "/entries/1/criterion";

  private static CatalogueProblem onlyProblemOf(byte[] document, String pointer) {
    CatalogueException e = loadFails(loaderWith(VOCABULARY).addJson(PLAN, document));
    assertEquals(1, e.problems().size(), () -> e.problems().toString());
    return problemAt(e.problems(), PLAN, pointer);
  }

  @Test
  void rejectsMegawattsAgainstTheRatedCapacityOfACoalFiredBoiler() {
    byte[] plan = edit(CHONGQING_2025).setText(TEN_TONNES + "/value", "10 MW").bytes();

    assertSays(onlyProblemOf(plan, TEN_TONNES + "/value"),
        "unit 'MW' cannot be compared with 't/h'", "'unit.ratedCapacity'");
  }

  @Test
  void rejectsAThresholdIncompatibleWithAnyOfTheEntrysUnitKinds() {
    // a coal-fired boiler's capacity is in t/h, a motor's in kW: one threshold cannot fit both
    byte[] plan = edit(CHONGQING_2025).set("/entries/1/applies/unitKinds", "[\"coal-fired-boiler\", \"motor\"]").bytes();

    assertSays(onlyProblemOf(plan, TEN_TONNES + "/value"), "unit 't/h' cannot be compared with 'kW'");
  }

  @Test
  void rejectsAThresholdIncompatibleWithTheAttributesUnit() {
    byte[] plan = edit(CHONGQING_2025)
        .setText(TEN_TONNES + "/fact", "location.distanceToYangtzeMainStream")
        .bytes();

    assertSays(onlyProblemOf(plan, TEN_TONNES + "/value"),
        "unit 't/h' cannot be compared with 'km'", "'location.distanceToYangtzeMainStream'");
  }

  @Test
  void rejectsAThresholdIncompatibleWithTheIndicatorsUnit() {
    // GB 21346-2022 grade 3: 铝液交流电耗 超过 13350 kWh/t, with the unit changed to a coal-equivalent one
    byte[] standard = edit(GB_21346_2022).setText("/entries/0/criterion/value", "13350 kgce/t").bytes();

    CatalogueException e = loadFails(loaderWith(VOCABULARY).addJson("gb.json", standard));

    assertSays(problemAt(e.problems(), "gb.json", "/entries/0/criterion/value"),
        "unit 'kgce/t' cannot be compared with 'kWh/t'", "'aluminium.liquid-ac-consumption'");
  }

  @Test
  void rejectsAThresholdWithoutAUnit() {
    byte[] plan = edit(CHONGQING_2025).setText(TEN_TONNES + "/value", "10").bytes();

    assertSays(onlyProblemOf(plan, TEN_TONNES + "/value"), "expected a quantity", "unit is missing");
  }

  @Test
  void rejectsABareNumberAsAThreshold() {
    byte[] plan = edit(CHONGQING_2025).set(TEN_TONNES + "/value", "10").bytes();

    assertSays(onlyProblemOf(plan, TEN_TONNES + "/value"), "expected a quantity", "the number 10");
  }

  @Test
  void rejectsAnUnknownUnit() {
    byte[] plan = edit(CHONGQING_2025).setText(TEN_TONNES + "/value", "10 吨蒸汽").bytes();

    assertSays(onlyProblemOf(plan, TEN_TONNES + "/value"), "expected a quantity", "吨蒸汽");
  }

  @Test
  void acceptsTheChineseSpellingOfTheSameUnit() throws CatalogueException {
    byte[] plan = edit(CHONGQING_2025).setText(TEN_TONNES + "/value", "10 蒸吨/小时").bytes();

    CatalogueEntry entry = loaderWith(VOCABULARY).addJson(PLAN, plan).load()
        .entry("cq-2025.environment.coal-boiler-10th").orElseThrow();

    Criterion.Comparison c = (Criterion.Comparison) entry.criterion().orElseThrow();
    assertEquals(FactValue.of(Quantity.parse("10 t/h")), c.value());
  }

  @Test
  void acceptsTheObjectFormOfAQuantity() throws CatalogueException {
    byte[] plan = edit(CHONGQING_2025).set(TEN_TONNES + "/value", "{\"value\": 10, \"unit\": \"t/h\"}").bytes();

    CatalogueEntry entry = loaderWith(VOCABULARY).addJson(PLAN, plan).load()
        .entry("cq-2025.environment.coal-boiler-10th").orElseThrow();

    Criterion.Comparison c = (Criterion.Comparison) entry.criterion().orElseThrow();
    assertEquals(FactValue.of(Quantity.parse("10 t/h")), c.value());
  }

  @Test
  void rejectsAQuantityComparedWithABooleanFact() {
    byte[] plan = edit(CHONGQING_2025).setText("/entries/0/criterion/value", "10 t/h").bytes();

    assertSays(onlyProblemOf(plan, "/entries/0/criterion/value"), "expected true or false");
  }

  @Test
  void rejectsABooleanComparedWithAQuantityFact() {
    byte[] plan = edit(CHONGQING_2025).set(TEN_TONNES + "/value", "true").bytes();

    assertSays(onlyProblemOf(plan, TEN_TONNES + "/value"), "expected a quantity");
  }

  @Test
  void rejectsAnOrderingComparisonOfABooleanFact() {
    byte[] plan = edit(CHONGQING_2025)
        .setText("/entries/0/criterion/op", "<=")
        .setText("/entries/0/criterion/wording", "以下")
        .bytes();

    assertSays(onlyProblemOf(plan, "/entries/0/criterion/op"), "boolean fact can only be compared with = or !=");
  }

  @Test
  void rejectsAValueOutsideTheAllowedCodesOfATextFact() {
    // GB 21346-2022: 拜耳法 is encoded as alumina.process = bayer
    byte[] standard = edit(GB_21346_2022).setText("/entries/4/applies/when/value", "Bayer").bytes();

    CatalogueException e = loadFails(loaderWith(VOCABULARY).addJson("gb.json", standard));

    assertSays(problemAt(e.problems(), "gb.json", "/entries/4/applies/when/value"),
        "'Bayer' is not an allowed value of 'alumina.process'", "bayer", "other");
  }
}
