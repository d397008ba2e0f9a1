package org.phaseout.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.EvaluationFixtures;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.capacity.Measurement;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueException;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.catalogue.Catalogues;
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
  private static final CatalogueSet CATALOGUES = load();
  private static final ComplianceEvaluator EVALUATOR = ComplianceEvaluator.builder().catalogues(CATALOGUES)
      .explanation(org.phaseout.ExplanationLevel.COMPACT).build();
  private static final ElectricityPricing PRICING = ElectricityPricing.of(CATALOGUES);

  private static CatalogueSet load() {
    Catalogues.Loader loader = Catalogues.loader();
    for (String name : EvaluationFixtures.FILES) {
      if (name.startsWith("vocabulary")) {
        loader.addJson(name, bytes(name));
      }
    }
    loader.addJson("al-2025.json", bytes("cn-electrolytic-aluminium-tiered-price-2021-2025.json"));
    try {
      return loader.load();
    } catch (CatalogueException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  private static byte[] bytes(String name) {
    try (InputStream in = ElectricityPricingPropertiesTest.class.getResourceAsStream("/org/phaseout/bundled/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<PriceMeasure> price(BigDecimal kwhPerTonne, long billedKwh) {
    Enterprise e = Enterprise.builder().creditCode(CreditCode.parse("91500114PH0000001Y")).name("示例铝业有限公司（虚构）")
        .division(DivisionCode.parse("500114")).industry(IndustryCode.parse("C3216")).build();
    ProductionUnit unit = ProductionUnit.builder().id("potline").enterprise(e).kind("electrolytic-aluminium-potline")
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
