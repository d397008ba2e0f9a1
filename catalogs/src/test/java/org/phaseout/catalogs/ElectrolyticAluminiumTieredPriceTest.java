package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.ComplianceReport;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.capacity.Measurement;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.measure.Quantity;
import org.phaseout.pricing.ElectricityPricing;
import org.phaseout.pricing.PriceMeasure;

/**
 * The electrolytic-aluminium tiered price (电解铝阶梯电价) on the bundled editions: 发改价格〔2021〕1239号 — base 13650
 * kWh/t of 铝液综合交流电耗 from 2022, 13450 from 2023 and 13300 from 2025 (both 不含脱硫电耗), +0.01 yuan/kWh for every
 * 20 kWh/t over the base or part of it, 1.5× after 90 days unpaid — and its predecessor 发改价格〔2013〕2530号 (bands
 * 13700/13800, +0.02/+0.08 yuan/kWh).
 */
class ElectrolyticAluminiumTieredPriceTest {

  private static final ComplianceEvaluator EVALUATOR = ComplianceEvaluator.of(BundledData.catalogues());
  private static final ElectricityPricing PRICING = ElectricityPricing.of(BundledData.catalogues());
  private static final LocalDate IN_2025 = LocalDate.of(2025, 6, 30);

  /** A 100 kt/a potline in 黔江区 that used 1.33 billion kWh for molten aluminium. */
  private static ProductionUnit potline(Consumer<ProductionUnit.Builder> data) {
    Enterprise enterprise = Enterprise.builder().creditCode(CreditCode.parse("91500114PH0000001Y"))
        .name("示例铝业有限公司（虚构）").division(DivisionCode.parse("500114")).industry(IndustryCode.parse("C3216"))
        .build();
    ProductionUnit.Builder b = ProductionUnit.builder().id("potline-1").enterprise(enterprise)
        .kind("electrolytic-aluminium-potline");
    data.accept(b);
    return b.build();
  }

  private static Consumer<ProductionUnit.Builder> comprehensive(String kwhPerTonne) {
    return b -> b.putMeasurements("aluminium.liquid-comprehensive-ac-consumption",
            Measurement.of(Quantity.parse(kwhPerTonne + " kWh/t")))
        .putFacts("aluminium.comprehensiveAcExcludesDesulphurisation", FactValue.of(true))
        .putMeasurements("aluminium.liquid-production-electricity", Measurement.of(Quantity.parse("133000 10^4 kWh")));
  }

  /** The measures of the tiered price; the differential price of 淘汰类/限制类 capacity is specified elsewhere. */
  private static List<PriceMeasure> measures(ProductionUnit unit, LocalDate asOf) {
    ComplianceReport report = EVALUATOR.evaluate(unit, asOf);
    return PRICING.assess(report, List.of(unit)).stream()
        .filter(m -> m.entry().entryId().startsWith("cn-al-price-"))
        .toList();
  }

  private static PriceMeasure only(ProductionUnit unit, LocalDate asOf) {
    List<PriceMeasure> all = measures(unit, asOf);
    assertEquals(1, all.size(), () -> "one price measure, got " + all);
    return all.get(0);
  }

  @Test
  void in2025AWholeStepOver13300IsOneCentAndAPartStepCountsAsAWholeOne() {
    assertEquals(List.of(), measures(potline(comprehensive("13300")), IN_2025), "不高于分档标准的…不加价");
    assertEquals(Optional.of(1), only(potline(comprehensive("13300.1")), IN_2025).steps(), "不足20千瓦时的，按20千瓦时计算");
    assertEquals(Optional.of(1), only(potline(comprehensive("13320")), IN_2025).steps(), "每超过20千瓦时: 20 is one step");
    assertEquals(Optional.of(2), only(potline(comprehensive("13320.1")), IN_2025).steps());
  }

  @Test
  void theSurchargeIsStepsTimesOneCentTimesTheElectricityForMoltenAluminiumWithTheArithmeticShown() {
    PriceMeasure m = only(potline(comprehensive("13471")), IN_2025);
    assertEquals(PriceMeasure.Status.SURCHARGE, m.status());
    assertEquals("cn-al-price-2021-2025.base-13300", m.entry().entryId());
    assertEquals(Optional.of(9), m.steps(), "171 kWh/t over: ⌈171 ÷ 20⌉ = 9");
    assertEquals(0, new BigDecimal("0.09").compareTo(m.yuanPerKwh().orElseThrow()));
    assertEquals(0, new BigDecimal("119700000").compareTo(m.amountYuan().orElseThrow()), "0.09 × 1,330,000,000 kWh");
    assertEquals(0, new BigDecimal("0.135").compareTo(m.latePayment().orElseThrow().yuanPerKwh()), "0.09 × 1.5");
    assertTrue(m.arithmetic().zh().contains("⌈171 ÷ 20⌉ = 9 档"), m.arithmetic().zh());
    assertTrue(m.arithmetic().en().contains("9 × 0.01 = 0.09 yuan/kWh"), m.arithmetic().en());
    assertTrue(m.arithmetic().zh().contains("= 119700000 元"), m.arithmetic().zh());
    assertEquals(List.of("市发展改革委", "市经济信息委", "国网重庆电力"),
        m.departments().lead().stream().map(t -> t.zh()).toList());
  }

  @Test
  void theBaseIsTheOneInForceOnTheAsOfDate() {
    ProductionUnit unit = potline(comprehensive("13460"));
    assertEquals(List.of(), measures(unit, LocalDate.of(2022, 6, 30)), "2022: base 13650");
    PriceMeasure in2023 = only(unit, LocalDate.of(2023, 6, 30));
    assertEquals("cn-al-price-2021-2023.base-13450", in2023.entry().entryId());
    assertEquals(Optional.of(1), in2023.steps(), "10 kWh/t over 13450");
    assertEquals(Optional.of(8), only(unit, IN_2025).steps(), "160 kWh/t over 13300");
    assertEquals("cn-al-price-2021-2025.base-13300", only(unit, LocalDate.of(2025, 1, 1)).entry().entryId(),
        "the 2025 base applies from 2025-01-01 itself");
    assertEquals("cn-al-price-2021-2023.base-13450", only(unit, LocalDate.of(2024, 12, 31)).entry().entryId());
  }

  @Test
  void withoutTheConsumptionOrTheDesulphurisationStatementTheMeasureIsUndecidedNeverWaived() {
    PriceMeasure none = only(potline(b -> { }), IN_2025);
    assertEquals(PriceMeasure.Status.INSUFFICIENT_DATA, none.status());
    assertEquals(Optional.empty(), none.yuanPerKwh());
    ProductionUnit withDesulphurisation = potline(comprehensive("13471")
        .andThen(b -> b.putFacts("aluminium.comprehensiveAcExcludesDesulphurisation", FactValue.of(false))));
    assertEquals(PriceMeasure.Status.INSUFFICIENT_DATA, only(withDesulphurisation, IN_2025).status(),
        "the 2025 base is 不含脱硫电耗");
  }

  @Test
  void withoutTheElectricityForMoltenAluminiumTheRateIsGivenButNoAmount() {
    ProductionUnit unit = potline(b -> b
        .putMeasurements("aluminium.liquid-comprehensive-ac-consumption", Measurement.of(Quantity.parse("13400 kWh/t")))
        .putFacts("aluminium.comprehensiveAcExcludesDesulphurisation", FactValue.of(true)));
    PriceMeasure m = only(unit, IN_2025);
    assertEquals(PriceMeasure.Status.SURCHARGE, m.status());
    assertEquals(0, new BigDecimal("0.05").compareTo(m.yuanPerKwh().orElseThrow()));
    assertEquals(Optional.empty(), m.amountYuan());
    assertTrue(m.arithmetic().en().contains("No electricity used to produce molten aluminium over the pricing period"), m.arithmetic().en());
  }

  @Test
  void aRenewableShareAbove15PercentIsReportedForAssessmentAndNeverAppliedSilently() {
    Consumer<ProductionUnit.Builder> base = comprehensive("13471");
    PriceMeasure notReported = only(potline(base), IN_2025);
    assertEquals(PriceMeasure.RenewableOffsetStatus.NOT_REPORTED, notReported.renewableOffset());
    PriceMeasure exactly15 = only(potline(base.andThen(b -> b.putMeasurements("electricity.non-hydro-renewable-share",
        Measurement.of(Quantity.parse("15 %"))))), IN_2025);
    assertEquals(PriceMeasure.RenewableOffsetStatus.NOT_ELIGIBLE, exactly15.renewableOffset(), "超过15% excludes 15%");
    PriceMeasure above = only(potline(base.andThen(b -> b.putMeasurements("electricity.non-hydro-renewable-share",
        Measurement.of(Quantity.parse("15.1 %"))))), IN_2025);
    assertEquals(PriceMeasure.RenewableOffsetStatus.TO_ASSESS, above.renewableOffset());
    assertEquals(notReported.amountYuan(), above.amountYuan(), "the amount shown is before any reduction");
  }

  @Test
  void before2022The2013BandsApplyOnTheElectrolysisMetric() {
    LocalDate in2020 = LocalDate.of(2020, 6, 30);
    java.util.function.Function<String, ProductionUnit> unit = kwh -> potline(b -> b
        .putMeasurements("aluminium.liquid-electrolysis-ac-consumption", Measurement.of(Quantity.parse(kwh + " kWh/t")))
        .putMeasurements("aluminium.liquid-electrolysis-electricity", Measurement.of(Quantity.parse("100000 kWh"))));
    assertEquals(List.of(), measures(unit.apply("13700"), in2020), "不高于每吨13700千瓦时的，执行正常的电价");
    PriceMeasure at13800 = only(unit.apply("13800"), in2020);
    assertEquals("cn-al-price-2013.band-13700-13800", at13800.entry().entryId(), "不高于13800 includes 13800");
    assertEquals(0, new BigDecimal("2000").compareTo(at13800.amountYuan().orElseThrow()), "0.02 × 100,000 kWh");
    PriceMeasure over = only(unit.apply("13800.1"), in2020);
    assertEquals("cn-al-price-2013.band-above-13800", over.entry().entryId());
    assertEquals(0, new BigDecimal("0.08").compareTo(over.yuanPerKwh().orElseThrow()));
  }

  @Test
  void theNoticesAreTheSameBytesWhateverTheOrderOfTheUnits() {
    ProductionUnit first = potline(comprehensive("13471"));
    ProductionUnit second = ProductionUnit.builder().from(potline(comprehensive("13300.5"))).id("potline-2").build();
    byte[] forward = org.phaseout.pricing.PriceNotices.toJson(IN_2025,
        PRICING.assess(EVALUATOR.evaluate(List.of(first, second), IN_2025), List.of(first, second)));
    byte[] backward = org.phaseout.pricing.PriceNotices.toJson(IN_2025,
        PRICING.assess(EVALUATOR.evaluate(List.of(second, first), IN_2025), List.of(second, first)));
    assertEquals(new String(forward, java.nio.charset.StandardCharsets.UTF_8),
        new String(backward, java.nio.charset.StandardCharsets.UTF_8));
    assertTrue(new String(forward, java.nio.charset.StandardCharsets.UTF_8).contains("\"steps\": 1,"));
  }

  @Test
  void theMeasuresOfAReportNeedTheUnitsItEvaluated() {
    ProductionUnit unit = potline(comprehensive("13471"));
    ComplianceReport report = EVALUATOR.evaluate(unit, IN_2025);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PRICING.assess(report, List.of()));
    assertTrue(e.getMessage().contains("potline-1"), e.getMessage());
  }
}
