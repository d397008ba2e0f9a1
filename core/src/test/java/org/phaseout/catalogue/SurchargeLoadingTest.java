package org.phaseout.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.phaseout.catalogue.CatalogueFixtures.VOCABULARY;
import static org.phaseout.catalogue.CatalogueFixtures.assertSays;
import static org.phaseout.catalogue.CatalogueFixtures.bytes;
import static org.phaseout.catalogue.CatalogueFixtures.edit;
import static org.phaseout.catalogue.CatalogueFixtures.loadFails;
import static org.phaseout.catalogue.CatalogueFixtures.loaderWith;
import static org.phaseout.catalogue.CatalogueFixtures.problemAt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.phaseout.measure.Quantity;

/**
 * A price measure's surcharge (加价标准) is catalogue data, read and checked like every other part of an entry: the
 * real 2025 edition of the electrolytic-aluminium tiered price loads with its base, step and amount, and each kind of
 * mistake is reported at its JSON Pointer with what was expected.
 */
class SurchargeLoadingTest {

  private static final String ALUMINIUM_2025 =
      "/org/phaseout/bundled/cn-electrolytic-aluminium-tiered-price-2021-2025.json";
  private static final String ORIGIN = "al-2025.json";
  private static final String SURCHARGE = "/entries/0/consequence/surcharge";

  private static List<CatalogueProblem> problems(CatalogueFixtures.Edit edit) {
    return loadFails(loaderWith(VOCABULARY).addJson(ORIGIN, edit.bytes())).problems();
  }

  @Test
  void theRealEditionLoadsItsPerStepSurchargeWithLatePaymentAndRenewableOffset() throws CatalogueException {
    CatalogueSet set = loaderWith(VOCABULARY).addJson(ORIGIN, bytes(ALUMINIUM_2025)).load();
    Surcharge s = set.entry("cn-al-price-2021-2025.base-13300").orElseThrow().consequence().surcharge().orElseThrow();
    assertEquals(Surcharge.Method.PER_STEP, s.method());
    assertEquals(Optional.of("aluminium.liquid-comprehensive-ac-consumption"), s.indicator());
    assertEquals(0, s.base().orElseThrow().compareValue(Quantity.parse("13300 kWh/t")));
    assertEquals(0, s.step().orElseThrow().compareValue(Quantity.parse("20 kWh/t")));
    assertEquals(new BigDecimal("0.01"), s.yuanPerKwh());
    assertEquals("aluminium.liquid-production-electricity", s.billedOn());
    assertEquals(new BigDecimal("1.5"), s.latePayment().orElseThrow().multiplier());
    assertEquals("electricity.non-hydro-renewable-share", s.renewableOffset().orElseThrow().indicator());
  }

  @Test
  void aPerStepSurchargeMustCountFromTheThresholdItsCriterionTests() {
    List<CatalogueProblem> problems = problems(edit(ALUMINIUM_2025).setText("/entries/0/criterion/value", "13310 kWh/t"));
    assertSays(problemAt(problems, ORIGIN, "/entries/0/consequence"), "counts from its base", "> 13300 kWh/t");
  }

  @Test
  void aFlatSurchargeHasNoBaseAndAPerStepOneNeedsIts() {
    List<CatalogueProblem> flat = problems(edit(ALUMINIUM_2025).setText(SURCHARGE + "/method", "flat"));
    assertSays(problemAt(flat, ORIGIN, SURCHARGE + "/base"), "a flat surcharge has no 'base'");
    List<CatalogueProblem> noStep = problems(edit(ALUMINIUM_2025).remove(SURCHARGE + "/step"));
    assertSays(problemAt(noStep, ORIGIN, SURCHARGE + "/step"), "step");
  }

  @Test
  void theBilledConsumptionMustBeElectricEnergyAndTheAmountPositive() {
    List<CatalogueProblem> problems = problems(edit(ALUMINIUM_2025)
        .setText(SURCHARGE + "/billedOn", "aluminium.liquid-comprehensive-ac-consumption")
        .setText(SURCHARGE + "/yuanPerKwh", "0"));
    assertSays(problemAt(problems, ORIGIN, SURCHARGE + "/billedOn"), "electric energy", "kWh/t");
    assertSays(problemAt(problems, ORIGIN, SURCHARGE + "/yuanPerKwh"), "expected a positive amount", "0");
  }

  @Test
  void theStepIsInTheIndicatorsKindAndLatePaymentRaisesTheRate() {
    List<CatalogueProblem> problems = problems(edit(ALUMINIUM_2025)
        .setText(SURCHARGE + "/step", "20 kWh")
        .set(SURCHARGE + "/latePayment/multiplier", "1"));
    assertSays(problemAt(problems, ORIGIN, SURCHARGE + "/step"), "cannot be compared with 'kWh/t'");
    assertSays(problemAt(problems, ORIGIN, SURCHARGE + "/latePayment/multiplier"), "expected a multiplier above 1");
  }

  @Test
  void onlyAPriceMeasureCarriesASurcharge() {
    List<CatalogueProblem> problems = problems(edit(ALUMINIUM_2025)
        .setText("/entries/0/consequence/action", "rectify"));
    assertSays(problemAt(problems, ORIGIN, SURCHARGE), "belongs to the action 'apply-price-measure'", "'rectify'");
  }

  @Test
  void theRecordRejectsWhatTheLoaderRejects() {
    Quantity base = Quantity.parse("13300 kWh/t");
    assertThrows(IllegalArgumentException.class, () -> new Surcharge(Surcharge.Method.FLAT, Optional.empty(),
        Optional.of(base), Optional.empty(), BigDecimal.ONE, "x", "w", Optional.empty(), Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> new Surcharge(Surcharge.Method.PER_STEP,
        Optional.of("i"), Optional.of(base), Optional.of(Quantity.parse("0 kWh/t")), BigDecimal.ONE, "x", "w",
        Optional.empty(), Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> new Consequence(Action.RECTIFY, new LocalizedText("a", "b"),
        new DeadlineRule.NotStated("w"), Optional.of(new Surcharge(Surcharge.Method.FLAT, Optional.empty(),
            Optional.empty(), Optional.empty(), BigDecimal.ONE, "x", "w", Optional.empty(), Optional.empty()))));
  }
}
