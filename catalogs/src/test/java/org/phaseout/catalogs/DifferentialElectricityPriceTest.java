package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.ComplianceReport;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.capacity.Measurement;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.measure.Quantity;
import org.phaseout.pricing.ElectricityPricing;
import org.phaseout.pricing.PriceMeasure;

/**
 * The national differential electricity price (差别电价) on the bundled editions: 发改价格〔2010〕978号 — from
 * 2010-06-01 限制类 enterprises of eight industries pay +0.10 and 淘汰类 enterprises +0.30 yuan/kWh — and, for steel
 * from 2017-01-01, 发改价格〔2016〕2803号 — 淘汰类 +0.5, 限制类 still +0.1. Which unit is 淘汰类 or 限制类 is read from
 * its findings of the 《产业结构调整指导目录》 in force.
 */
class DifferentialElectricityPriceTest {

  private static final ComplianceEvaluator EVALUATOR = ComplianceEvaluator.of(BundledData.catalogues());
  private static final ElectricityPricing PRICING = ElectricityPricing.of(BundledData.catalogues());
  private static final LocalDate IN_2025 = LocalDate.of(2025, 6, 30);

  /** A unit of a steel works in 长寿区 that used 12 million kWh in the pricing period. */
  private static ProductionUnit steelUnit(String kind, Consumer<ProductionUnit.Builder> data) {
    Enterprise enterprise = Enterprise.builder().creditCode(CreditCode.parse("91500115PH0000002G"))
        .name("示例钢铁有限公司（虚构）").division(DivisionCode.parse("500115")).industry(IndustryCode.parse("C3120"))
        .build();
    ProductionUnit.Builder b = ProductionUnit.builder().id(kind + "-1").enterprise(enterprise).kind(kind);
    data.accept(b);
    return b.build();
  }

  private static ProductionUnit converter(String tonnes) {
    return steelUnit("converter", b -> b.ratedCapacity(Quantity.parse(tonnes + " t"))
        .putMeasurements("electricity.consumption", Measurement.of(Quantity.parse("1200 10^4 kWh"))));
  }

  private static Optional<PriceMeasure> measure(ProductionUnit unit, LocalDate asOf, String entryId) {
    ComplianceReport report = EVALUATOR.evaluate(unit, asOf);
    return PRICING.assess(report, List.of(unit)).stream().filter(m -> m.entry().entryId().equals(entryId)).findFirst();
  }

  private static java.util.stream.Stream<Finding> findings(ComplianceReport report) {
    return report.units().stream().flatMap(u -> u.findings().stream());
  }

  private static Finding finding(ProductionUnit unit, LocalDate asOf, LocalDate knownAt, String entryPrefix) {
    ComplianceReport report = EVALUATOR.evaluate(List.of(unit), asOf, knownAt);
    List<Finding> found = findings(report).filter(f -> f.entry().entryId().startsWith(entryPrefix)).toList();
    assertEquals(1, found.size(), () -> "one finding of " + entryPrefix + ", got " + found);
    return found.get(0);
  }

  @Test
  void aSteelConverterOf30TonnesIsEliminatedCapacityAndPaysHalfAYuanPerKwhFrom2017() {
    PriceMeasure m = measure(converter("30"), IN_2025, "cn-steel-dep-2017.eliminated").orElseThrow();
    assertEquals(PriceMeasure.Status.SURCHARGE, m.status(), "30 吨及以下炼钢转炉 includes 30 t");
    assertEquals(0, new BigDecimal("0.5").compareTo(m.yuanPerKwh().orElseThrow()), "淘汰类由每千瓦时加价0.3元提高至0.5元");
    assertEquals(0, new BigDecimal("6000000").compareTo(m.amountYuan().orElseThrow()), "0.5 × 12,000,000 kWh");
    assertTrue(m.surchargeWording().orElseThrow().contains("0.5"), m.surchargeWording().toString());
    assertEquals(List.of("市发展改革委", "市经济信息委", "国网重庆电力"),
        m.departments().lead().stream().map(t -> t.zh()).toList());
  }

  @Test
  void aConverterOf50TonnesIsRestrictedCapacityAndPaysATenthOfAYuanPerKwh() {
    PriceMeasure m = measure(converter("50"), IN_2025, "cn-steel-dep-2017.restricted").orElseThrow();
    assertEquals(PriceMeasure.Status.SURCHARGE, m.status(), "30吨以上100吨以下: 限制类, and no 淘汰类 item applies");
    assertEquals(0, new BigDecimal("0.1").compareTo(m.yuanPerKwh().orElseThrow()), "限制类继续维持每千瓦时加价0.1元");
    assertEquals(0, new BigDecimal("1200000").compareTo(m.amountYuan().orElseThrow()), "0.1 × 12,000,000 kWh");
    assertEquals(Optional.empty(), measure(converter("50"), IN_2025, "cn-steel-dep-2017.eliminated"));
  }

  @Test
  void theRestrictedFindingAsksForAnUpgradeNotAnExit() {
    ComplianceReport report = EVALUATOR.evaluate(converter("50"), IN_2025);
    Finding restricted = findings(report)
        .filter(f -> f.entry().entryId().equals("cn-isac-2024.restricted.steel-4-converters-30-100t"))
        .findFirst().orElseThrow();
    assertEquals(Verdict.NON_COMPLIANT, restricted.verdict());
    assertEquals(org.phaseout.catalogue.Action.UPGRADE, restricted.action());
    assertEquals(org.phaseout.UnitStatus.RECTIFICATION_REQUIRED, report.units().get(0).status(),
        "对属于限制类的现有生产能力，允许企业在一定期限内采取措施改造升级");
  }

  @Test
  void theRestrictedBandIncludes100TonnesAndNothingAbove() {
    assertEquals(PriceMeasure.Status.SURCHARGE,
        measure(converter("100"), IN_2025, "cn-steel-dep-2017.restricted").orElseThrow().status(), "以下 includes 100");
    assertEquals(Optional.empty(), measure(converter("100.1"), IN_2025, "cn-steel-dep-2017.restricted"));
  }

  @Test
  void aConverterOf30TonnesIsBothInWordsButPaysOnlyTheEliminatedPrice() {
    // 30 吨及以下 (淘汰类) and 30吨以上 (限制类) both include 30 t; the scheme's classes are exclusive
    assertEquals(PriceMeasure.Status.SURCHARGE,
        measure(converter("30"), IN_2025, "cn-steel-dep-2017.eliminated").orElseThrow().status());
    assertEquals(Optional.empty(), measure(converter("30"), IN_2025, "cn-steel-dep-2017.restricted"),
        "not charged twice");
  }

  @Test
  void aRestrictedZincSmelterWhoseEliminatedStatusNeedsAssessmentIsUndecidedNotCharged() {
    Enterprise zinc = Enterprise.builder().creditCode(CreditCode.parse("91500115PH0000002G"))
        .name("示例锌业有限公司（虚构）").division(DivisionCode.parse("500115")).industry(IndustryCode.parse("C3212"))
        .build();
    ProductionUnit smelter = ProductionUnit.builder().id("zinc-1").enterprise(zinc).kind("zinc-smelter")
        .ratedCapacity(Quantity.parse("8 10^4 t/a"))
        .putMeasurements("electricity.consumption", Measurement.of(Quantity.parse("1200 10^4 kWh"))).build();
    PriceMeasure m = measure(smelter, IN_2025, "cn-dep-2010.restricted").orElseThrow();
    assertEquals(PriceMeasure.Status.INSUFFICIENT_DATA, m.status(),
        "10万吨/年以下 is 限制类, but the manual 淘汰类 item on primitive zinc smelting is undecided: 0.1 or 0.3");
  }

  @Test
  void aConverterJustOver30TonnesIsNotChargedTheEliminatedPriceOnThatItem() {
    Optional<PriceMeasure> m = measure(converter("30.1"), IN_2025, "cn-steel-dep-2017.eliminated");
    assertTrue(m.isEmpty() || m.get().status() != PriceMeasure.Status.SURCHARGE,
        () -> "30.1 t is not 30 吨及以下: " + m);
  }

  @Test
  void withoutTheConsumptionTheRateIsGivenButNoAmount() {
    ProductionUnit unit = steelUnit("converter", b -> b
        .ratedCapacity(Quantity.parse("20 t")));
    PriceMeasure m = measure(unit, IN_2025, "cn-steel-dep-2017.eliminated").orElseThrow();
    assertEquals(PriceMeasure.Status.SURCHARGE, m.status());
    assertEquals(0, new BigDecimal("0.5").compareTo(m.yuanPerKwh().orElseThrow()));
    assertEquals(Optional.empty(), m.amountYuan());
  }

  @Test
  void theSteelRateChangesOn1January2017AndBeforeThe2024CatalogueNoClassIsKnown() {
    ProductionUnit unit = converter("30");
    LocalDate known = LocalDate.of(2025, 1, 1);
    Finding in2016 = finding(unit, LocalDate.of(2016, 12, 31), known, "cn-steel-dep-2010.eliminated");
    assertEquals(Verdict.INSUFFICIENT_DATA, in2016.verdict(),
        "the 2010 rule applies, but no 淘汰类 edition in force on 2016-12-31 is bundled: unknown, never compliant");
    Finding on2017 = finding(unit, LocalDate.of(2017, 1, 1), known, "cn-steel-dep-2017.eliminated");
    assertEquals("cn-steel-dep-2017.eliminated", on2017.entry().entryId(), "the 2016 notice applies from 2017-01-01");
  }

  @Test
  void the2017EditionIsNotKnownBeforeTheEarliestDatedReportOfIt() {
    ComplianceReport report = EVALUATOR.evaluate(List.of(converter("30")), LocalDate.of(2017, 1, 1),
        LocalDate.of(2017, 2, 22));
    assertTrue(findings(report).noneMatch(f -> f.entry().entryId().matches("cn-(steel-)?dep-.*")),
        "the 2010 steel edition ended on 2017-01-01 and the 2017 one was not yet known");
  }

  @Test
  void unitsOfOtherIndustriesAreNotUnderTheMeasure() {
    Enterprise cement = Enterprise.builder().creditCode(CreditCode.parse("91500115PH0000003K"))
        .name("示例水泥有限公司（虚构）").division(DivisionCode.parse("500115")).industry(IndustryCode.parse("C3011"))
        .build();
    ProductionUnit clinker = ProductionUnit.builder().id("clinker-1").enterprise(cement).kind("clinker-line").build();
    ComplianceReport report = EVALUATOR.evaluate(clinker, IN_2025);
    assertTrue(findings(report).noneMatch(f -> f.entry().entryId().matches("cn-(steel-)?dep-.*")),
        "cement is outside the bundled differential price (replaced by a tiered price in 2016)");
  }
}
