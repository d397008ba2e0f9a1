package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.Finding;
import org.phaseout.UnitAssessment;
import org.phaseout.UnitStatus;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.measure.Quantity;

/**
 * The tasks of 渝制造强市办〔2025〕4号 beyond the boilers: risk-monitoring connection by the end of 2025 (一、（四）1),
 * the six-month quality rule (一、（三）2) and the 龙海石化 常减压 task (一、（五）2).
 */
class ChongqingPlanTasksTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private static final ComplianceEvaluator EVALUATOR = ComplianceEvaluator.of(BundledData.catalogues());

  private static UnitAssessment assess(String division, String industry, String kind,
      Consumer<Enterprise.Builder> enterprise) {
    Enterprise.Builder e = Enterprise.builder().creditCode(CreditCode.parse("91500101PH00000014"))
        .name("示例企业（虚构）").division(DivisionCode.parse(division)).industry(IndustryCode.parse(industry));
    enterprise.accept(e);
    ProductionUnit unit = ProductionUnit.builder().id("site").enterprise(e.build()).kind(kind).build();
    return EVALUATOR.evaluate(unit, AS_OF).units().get(0);
  }

  private static Optional<Finding> finding(UnitAssessment a, String entryId) {
    return a.findings().stream().filter(f -> f.entry().entryId().equals(entryId)).findFirst();
  }

  private static Verdict verdict(UnitAssessment a, String entryId) {
    return finding(a, entryId).map(Finding::verdict).orElseThrow(() -> new AssertionError("no finding " + entryId));
  }

  @Test
  void metalDustEnterprisesWith10WorkersOrMoreMustConnectByTheEndOf2025() {
    String id = "cq-2025.safety.risk-monitoring.metal-dust";
    UnitAssessment ten = assess("500113", "C3360", "enterprise-site", e -> e
        .putFacts("enterprise.metalDustWorkers", FactValue.of(Quantity.parse("10 persons")))
        .putFacts("enterprise.riskMonitoringConnected", FactValue.of(false)));
    assertEquals(Verdict.NON_COMPLIANT, verdict(ten, id), "10人以上 includes 10");
    Finding f = finding(ten, id).orElseThrow();
    assertEquals(Optional.of(LocalDate.of(2025, 12, 31)), f.deadline());
    assertEquals("2025年底前", f.deadlineRule());
    assertEquals("市应急管理局", f.departments().lead().get(0).zh());
    assertEquals(UnitStatus.RECTIFICATION_REQUIRED, ten.status());

    UnitAssessment nine = assess("500113", "C3360", "enterprise-site", e -> e
        .putFacts("enterprise.metalDustWorkers", FactValue.of(Quantity.parse("9 persons")))
        .putFacts("enterprise.riskMonitoringConnected", FactValue.of(false)));
    assertEquals(Verdict.COMPLIANT, verdict(nine, id));
    UnitAssessment connected = assess("500113", "C3360", "enterprise-site", e -> e
        .putFacts("enterprise.metalDustWorkers", FactValue.of(Quantity.parse("40 persons")))
        .putFacts("enterprise.riskMonitoringConnected", FactValue.of(true)));
    assertEquals(Verdict.COMPLIANT, verdict(connected, id));
    UnitAssessment unknown = assess("500113", "C3360", "enterprise-site", e -> e
        .putFacts("enterprise.metalDustWorkers", FactValue.of(Quantity.parse("40 persons"))));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(unknown, id));
  }

  @Test
  void steelEnterprisesMustConnectWhateverTheirSizeAndOthersAreNotAsked() {
    String id = "cq-2025.safety.risk-monitoring.steel";
    UnitAssessment steel = assess("500104", "C3120", "enterprise-site",
        e -> e.putFacts("enterprise.riskMonitoringConnected", FactValue.of(false)));
    assertEquals(Verdict.NON_COMPLIANT, verdict(steel, id));
    UnitAssessment heat = assess("500101", "D4430", "enterprise-site",
        e -> e.putFacts("enterprise.riskMonitoringConnected", FactValue.of(false)));
    assertTrue(finding(heat, id).isEmpty(), "the steel task applies to C31 enterprises only");
  }

  @Test
  void aluminiumDeepWellCastingEnterprisesMustConnect() {
    String id = "cq-2025.safety.risk-monitoring.aluminium-deep-well-casting";
    assertEquals(Verdict.NON_COMPLIANT, verdict(assess("500102", "C3252", "enterprise-site", e -> e
        .putFacts("enterprise.deepWellCasting", FactValue.of(true))
        .putFacts("enterprise.riskMonitoringConnected", FactValue.of(false))), id));
    assertEquals(Verdict.COMPLIANT, verdict(assess("500102", "C3252", "enterprise-site", e -> e
        .putFacts("enterprise.deepWellCasting", FactValue.of(false))), id));
  }

  @Test
  void theDustSystemClauseComputesNoDeadlineBecauseTheTextLeavesItOpen() {
    UnitAssessment a = assess("500113", "C3360", "enterprise-site", e -> e
        .putFacts("enterprise.metalDustWorkers", FactValue.of(Quantity.parse("12 persons")))
        .putFacts("enterprise.dustExplosionMonitoringConnected", FactValue.of(false)));
    Finding f = finding(a, "cq-2025.safety.dust-explosion-monitoring").orElseThrow();
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertEquals(Optional.empty(), f.deadline());
  }

  @Test
  void productsBelowAMandatoryStandardMustBeRectifiedWithinSixMonthsOfTheOrder() {
    UnitAssessment a = assess("500101", "C3011", "enterprise-site",
        e -> e.putFacts("enterprise.productBelowMandatoryStandard", FactValue.of(true)));
    Finding f = finding(a, "cq-2025.quality.mandatory-standard-six-months").orElseThrow();
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertEquals(Optional.empty(), f.deadline(), "the six months run from the order, whose date is not known here");
    assertTrue(f.deadlineRule().contains("6个月内"));
    assertEquals("市市场监管局", f.departments().lead().get(0).zh());
    UnitAssessment unknown = assess("500101", "C3011", "enterprise-site", e -> { });
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(unknown, "cq-2025.quality.mandatory-standard-six-months"));
  }

  @Test
  void theLonghaiTaskIsAManualCheckOfDistillationUnitsInFulingOnly() {
    String id = "cq-2025.technology.longhai-atmospheric-vacuum-unit";
    UnitAssessment fuling = assess("500102", "C2511", "atmospheric-vacuum-distillation-unit", e -> { });
    Finding f = finding(fuling, id).orElseThrow();
    assertEquals(Verdict.INSUFFICIENT_DATA, f.verdict());
    assertEquals(List.of("涪陵区政府"), f.departments().lead().stream().map(t -> t.zh()).toList());
    assertEquals(List.of("市能源局"), f.departments().supporting().stream().map(t -> t.zh()).toList());
    UnitAssessment wanzhou = assess("500101", "C2511", "atmospheric-vacuum-distillation-unit", e -> { });
    assertTrue(finding(wanzhou, id).isEmpty());
  }

  @Test
  void cryptoMiningFacilitiesPayTheEliminatedPriceWhateverTheirFacts() {
    UnitAssessment a = assess("500101", "I6450", "crypto-mining-facility", e -> { });
    Finding f = finding(a, "cq-2025.price.crypto-mining").orElseThrow();
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertEquals(org.phaseout.catalogue.Action.APPLY_PRICE_MEASURE, f.action());
    assertEquals(List.of("市发展改革委", "市经济信息委", "国网重庆电力"),
        f.departments().lead().stream().map(t -> t.zh()).toList());
  }

  @Test
  void theCryptoMiningPriceMeasureAppliesButNamesNoAmountBecauseNoneIsSourcedForChongqing() {
    Enterprise e = Enterprise.builder().creditCode(CreditCode.parse("91500101PH00000014")).name("示例企业（虚构）")
        .division(DivisionCode.parse("500101")).industry(IndustryCode.parse("I6450")).build();
    ProductionUnit unit = ProductionUnit.builder().id("rigs").enterprise(e).kind("crypto-mining-facility").build();
    List<org.phaseout.pricing.PriceMeasure> measures = org.phaseout.pricing.ElectricityPricing
        .of(BundledData.catalogues()).assess(EVALUATOR.evaluate(unit, AS_OF), List.of(unit));
    assertEquals(1, measures.size());
    org.phaseout.pricing.PriceMeasure m = measures.get(0);
    assertEquals(org.phaseout.pricing.PriceMeasure.Status.AMOUNT_NOT_LOADED, m.status());
    assertEquals(Optional.empty(), m.yuanPerKwh());
    assertTrue(m.arithmetic().zh().contains("执行“淘汰类”企业电价"), m.arithmetic().zh());
  }

  private static UnitAssessment steelConverter(java.util.function.UnaryOperator<ProductionUnit.Builder> data) {
    Enterprise e = Enterprise.builder().creditCode(CreditCode.parse("91500101PH00000014")).name("示例钢铁有限公司（虚构）")
        .division(DivisionCode.parse("500113")).industry(IndustryCode.parse("C3120")).build();
    return EVALUATOR.evaluate(data.apply(ProductionUnit.builder().id("bof-1").enterprise(e).kind("converter")).build(),
        AS_OF).units().get(0);
  }

  @Test
  void aSteelEnterpriseWithCapacityOfThe淘汰类PaysTheDifferentialPriceAndTheFindingNamesTheItem() {
    String id = "cq-2025.price.steel-eliminated-capacity";
    UnitAssessment thirtyTonnes = steelConverter(b -> b.ratedCapacity(Quantity.parse("30 t")));
    Finding f = finding(thirtyTonnes, id).orElseThrow();
    assertEquals(Verdict.NON_COMPLIANT, f.verdict(), "30 吨及以下炼钢转炉 includes 30 t");
    assertTrue(f.explanation().text().zh().contains("cn-isac-2024.eliminated.steel-6-converter-30t"),
        f.explanation().text().zh());
    assertEquals(Verdict.COMPLIANT, verdict(steelConverter(b -> b.ratedCapacity(Quantity.parse("31 t"))), id));
    Finding unknown = finding(steelConverter(b -> b), id).orElseThrow();
    assertEquals(Verdict.INSUFFICIENT_DATA, unknown.verdict(), "no capacity reported: never a pass");
    ProductionUnit unit = ProductionUnit.builder().id("bof-1").kind("converter").ratedCapacity(Quantity.parse("30 t"))
        .enterprise(Enterprise.builder().creditCode(CreditCode.parse("91500101PH00000014")).name("示例钢铁有限公司（虚构）")
            .division(DivisionCode.parse("500113")).industry(IndustryCode.parse("C3120")).build()).build();
    List<org.phaseout.pricing.PriceMeasure> measures = org.phaseout.pricing.ElectricityPricing
        .of(BundledData.catalogues()).assess(EVALUATOR.evaluate(unit, AS_OF), List.of(unit));
    assertEquals(List.of("cn-steel-dep-2017.eliminated", "cq-2025.price.steel-eliminated-capacity",
            "cq-2025.price.steel-energy-quota"),
        measures.stream().map(m -> m.entry().entryId()).toList(),
        "the national amount is its own measure; the plan's measure carries none");
    assertEquals(org.phaseout.pricing.PriceMeasure.Status.SURCHARGE, measures.get(0).status());
    assertEquals(org.phaseout.pricing.PriceMeasure.Status.AMOUNT_NOT_LOADED, measures.get(1).status());
    assertEquals(org.phaseout.pricing.PriceMeasure.Status.INSUFFICIENT_DATA, measures.get(2).status(),
        "GB 21256-2025 is not in force until 2026-07-01 and its predecessor is not bundled");
  }

  @Test
  void anAgencyThatHoldsItsTariffAddsTheAmountWithAnOverlayAndGetsTheArithmetic() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.JsonNode plan;
    try (java.io.InputStream in = getClass().getResourceAsStream(
        "/org/phaseout/catalogs/cq-backward-capacity-plan-2025.json")) {
      plan = mapper.readTree(in);
    }
    com.fasterxml.jackson.databind.node.ObjectNode entry = null;
    for (com.fasterxml.jackson.databind.JsonNode e : plan.get("entries")) {
      if (e.get("id").asText().equals("cq-2025.price.steel-eliminated-capacity")) {
        entry = (com.fasterxml.jackson.databind.node.ObjectNode) e.deepCopy();
      }
    }
    // an amount of the agency's own (a test figure), on the plan's entry
    ((com.fasterxml.jackson.databind.node.ObjectNode) entry.get("consequence")).set("surcharge", mapper.readTree(
        "{\"method\": \"flat\", \"yuanPerKwh\": \"0.30\", \"billedOn\": \"electricity.consumption\","
            + " \"wording\": \"淘汰类加价0.30元/千瓦时（测试用覆盖文件）\"}"));
    com.fasterxml.jackson.databind.node.ObjectNode overlay = mapper.createObjectNode();
    overlay.put("type", "overlay").put("schemaVersion", 1).put("id", "test-price-overlay")
        .put("target", "cq-backward-capacity-plan@2025").put("published", "2025-06-01").put("onConflict", "replace");
    overlay.putObject("title").put("zh", "测试：差别电价加价标准").put("en", "test: differential-price amount");
    overlay.putObject("source").put("source", "test fixture").put("verification", "unverified")
        .put("note", "a test of the overlay path, not a tariff");
    overlay.putArray("entries").add(entry);
    org.phaseout.catalogue.CatalogueSet set = BundledData.catalogues().toLoader()
        .addJson("test-price-overlay.json", mapper.writeValueAsBytes(overlay)).load();
    ProductionUnit unit = ProductionUnit.builder().id("bof-1").kind("converter").ratedCapacity(Quantity.parse("30 t"))
        .putMeasurements("electricity.consumption",
            org.phaseout.capacity.Measurement.of(Quantity.parse("2000 10^4 kWh")))
        .enterprise(Enterprise.builder().creditCode(CreditCode.parse("91500101PH00000014")).name("示例钢铁有限公司（虚构）")
            .division(DivisionCode.parse("500113")).industry(IndustryCode.parse("C3120")).build()).build();
    org.phaseout.pricing.PriceMeasure m = org.phaseout.pricing.ElectricityPricing.of(set)
        .assess(ComplianceEvaluator.of(set).evaluate(unit, AS_OF), List.of(unit)).stream()
        .filter(p -> p.entry().entryId().equals("cq-2025.price.steel-eliminated-capacity")).findFirst().orElseThrow();
    assertEquals(org.phaseout.pricing.PriceMeasure.Status.SURCHARGE, m.status());
    assertEquals(0, new java.math.BigDecimal("6000000").compareTo(m.amountYuan().orElseThrow()),
        "0.30 × 20,000,000 kWh");
    assertTrue(m.arithmetic().zh().contains("0.3 元/千瓦时 × 计价期间用电量 20000000 kWh = 6000000 元"),
        m.arithmetic().zh());
  }

  @Test
  void aConverterOfAnotherIndustryIsNotUnderTheSteelPriceMeasure() {
    Enterprise e = Enterprise.builder().creditCode(CreditCode.parse("91500101PH00000014")).name("示例铁合金有限公司（虚构）")
        .division(DivisionCode.parse("500113")).industry(IndustryCode.parse("C3140")).build();
    ProductionUnit unit = ProductionUnit.builder().id("bof-2").enterprise(e).kind("converter")
        .ratedCapacity(Quantity.parse("30 t")).build();
    assertTrue(finding(EVALUATOR.evaluate(unit, AS_OF).units().get(0), "cq-2025.price.steel-eliminated-capacity")
        .isPresent(), "C3140 铁合金冶炼 is within C31");
  }

  @Test
  void aClinkerLineOverTheComprehensivePowerLimitIsUnderTheTieredPriceMeasure() {
    String id = "cq-2025.price.cement-comprehensive-power";
    java.util.function.Function<String, UnitAssessment> line = kwh -> {
      Enterprise e = Enterprise.builder().creditCode(CreditCode.parse("91500101PH00000014")).name("示例水泥有限公司（虚构）")
          .division(DivisionCode.parse("500116")).industry(IndustryCode.parse("C3011")).build();
      ProductionUnit.Builder b = ProductionUnit.builder().id("kiln-1").enterprise(e).kind("clinker-line")
          .putFacts("cement.altitudeCorrection", FactValue.of(false));
      if (kwh != null) {
        b.putMeasurements("cement.clinker-comprehensive-power",
            org.phaseout.capacity.Measurement.of(Quantity.parse(kwh + " kWh/t")));
      }
      return EVALUATOR.evaluate(b.build(), AS_OF).units().get(0);
    };
    assertEquals(Verdict.NON_COMPLIANT, verdict(line.apply("61.1"), id));
    assertEquals(Verdict.COMPLIANT, verdict(line.apply("61"), id), "GB 16780-2021 3级 61 kWh/t: 超过 excludes 61");
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(line.apply(null), id));
  }

  @Test
  void theAluminiumTieredPriceIsTheNationalCatalogueAndThePlanNamesItsDepartments() {
    String note = BundledData.catalogues().editions().stream()
        .filter(e -> e.key().equals("cq-backward-capacity-plan@2025")).findFirst().orElseThrow()
        .source().note().orElseThrow();
    assertTrue(note.contains("cn-electrolytic-aluminium-tiered-price"), "the plan's note points to the catalogue");
    UnitAssessment a = assess("500102", "C3216", "electrolytic-aluminium-potline", e -> { });
    Finding f = finding(a, "cn-al-price-2021-2025.base-13300").orElseThrow();
    assertEquals(Verdict.INSUFFICIENT_DATA, f.verdict(), "no 铝液综合交流电耗 reported: never a pass");
    assertEquals(List.of("市发展改革委", "市经济信息委", "国网重庆电力"),
        f.departments().lead().stream().map(t -> t.zh()).toList());
  }

  @Test
  void theAcidBaseFixedBedHydrogenPeroxideProcessMustBeEliminatedUnderFourDepartments() {
    String id = "cq-2025.safety.acid-base-fixed-bed-hydrogen-peroxide";
    Enterprise e = Enterprise.builder().creditCode(CreditCode.parse("91500101PH00000014")).name("示例化工有限公司（虚构）")
        .division(DivisionCode.parse("500115")).industry(IndustryCode.parse("C2619")).build();
    java.util.function.Function<Boolean, ProductionUnit> unit = uses -> {
      ProductionUnit.Builder b = ProductionUnit.builder().id("h2o2").enterprise(e).kind("hydrogen-peroxide-unit");
      if (uses != null) {
        b.putFacts("hydrogen-peroxide.acidBaseAlternatingFixedBed", FactValue.of(uses));
      }
      return b.build();
    };
    UnitAssessment uses = EVALUATOR.evaluate(unit.apply(true), AS_OF).units().get(0);
    Finding f = finding(uses, id).orElseThrow();
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertEquals(UnitStatus.EXIT_REQUIRED, uses.status());
    assertEquals(List.of("市应急管理局", "市经济信息委", "市国资委", "市市场监管局"),
        f.departments().lead().stream().map(t -> t.zh()).toList());
    assertEquals(Optional.empty(), f.deadline(), "加快淘汰 sets no date; the draft's 三年 is not used");
    assertEquals(Verdict.COMPLIANT, verdict(EVALUATOR.evaluate(unit.apply(false), AS_OF).units().get(0), id));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(EVALUATOR.evaluate(unit.apply(null), AS_OF).units().get(0), id));
  }
}
