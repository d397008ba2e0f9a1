package org.phaseout.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.Measurement;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.measure.Quantity;
import org.phaseout.measure.UnitOfMeasure;

/**
 * The per-step arithmetic of the electrolytic-aluminium tiered price (发改价格〔2021〕1239号, base 13300 kWh/t from
 * 2025, +0.01 yuan/kWh per 20 kWh/t or part) holds for any consumption to the thousandth of a kWh/t: at or below the
 * base there is no measure; above it the steps cover the excess with less than one step to spare, the rate is the steps
 * times the amount, and the amount is the rate times the billed consumption, exactly.
 */
class ElectricityPricingPropertiesTest {

  private static final LocalDate IN_2025 = LocalDate.of(2025, 6, 30);
  private static final BigDecimal BASE = new BigDecimal("13300");
  private static final BigDecimal STEP = new BigDecimal("20");
  private static final ComplianceEvaluator EVALUATOR = ComplianceEvaluator.builder()
      .catalogues(PricingFixtures.CATALOGUES).explanation(org.phaseout.ExplanationLevel.COMPACT).build();
  private static final ElectricityPricing PRICING = ElectricityPricing.of(PricingFixtures.CATALOGUES);

  private static List<PriceMeasure> price(BigDecimal kwhPerTonne, long billedKwh) {
    ProductionUnit unit = PricingFixtures.unit("potline", "electrolytic-aluminium-potline", "C3216")
        .putFacts("aluminium.comprehensiveAcExcludesDesulphurisation", FactValue.of(true))
        .putMeasurements("aluminium.liquid-comprehensive-ac-consumption",
            Measurement.of(Quantity.of(kwhPerTonne, UnitOfMeasure.KILOWATT_HOURS_PER_TONNE)))
        .putMeasurements("aluminium.liquid-production-electricity",
            Measurement.of(Quantity.of(billedKwh, UnitOfMeasure.KILOWATT_HOUR)))
        .build();
    return PRICING.assess(EVALUATOR.evaluate(unit, IN_2025), List.of(unit));
  }

  @Test
  void stepsCoverTheExcessWithLessThanOneStepToSpareAndTheAmountIsExact() {
    qt().withExamples(300).forAll(integers().between(12_800_000, 15_000_000), integers().between(0, 2_000_000_000))
        .checkAssert((thousandths, billed) -> {
          BigDecimal value = BigDecimal.valueOf(thousandths, 3);
          List<PriceMeasure> measures = price(value, billed);
          if (value.compareTo(BASE) <= 0) {
            assertEquals(List.of(), measures, "不高于分档标准的，不加价: " + value);
            return;
          }
          PriceMeasure m = measures.get(0);
          BigDecimal excess = value.subtract(BASE);
          BigDecimal steps = BigDecimal.valueOf(m.steps().orElseThrow());
          assertTrue(steps.multiply(STEP).compareTo(excess) >= 0, "the steps cover the excess at " + value);
          assertTrue(steps.subtract(BigDecimal.ONE).multiply(STEP).compareTo(excess) < 0,
              "less than one step to spare at " + value);
          assertEquals(0, new BigDecimal("0.01").multiply(steps).compareTo(m.yuanPerKwh().orElseThrow()));
          assertEquals(0, m.yuanPerKwh().orElseThrow().multiply(BigDecimal.valueOf(billed))
              .compareTo(m.amountYuan().orElseThrow()));
        });
  }
}
