package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.ComplianceReport;
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
 * Provincial surcharges on cryptocurrency-mining electricity (虚拟货币“挖矿”用电差别电价), each a dated catalogue of its
 * province: Inner Mongolia 内发改价费字〔2022〕115号 — 执行“淘汰类”企业电价，加价标准为每千瓦时1元, from its issue on
 * 2022-01-20 (published 2022-01-26) — and Shanxi — 自5月10日起, 每千瓦时加价1元（含税）, reported on 2022-04-13.
 * Hainan, Zhejiang and Sichuan are not bundled (no effective date sourced), nor Shandong (a draft) or Shaanxi (no
 * amount). Chongqing's plan names the measure without an amount.
 */
class CryptoMiningRegionalPriceTest {

  private static final ComplianceEvaluator EVALUATOR = ComplianceEvaluator.of(BundledData.catalogues());
  private static final ElectricityPricing PRICING = ElectricityPricing.of(BundledData.catalogues());
  private static final LocalDate IN_2025 = LocalDate.of(2025, 6, 30);
  private static final String INNER_MONGOLIA = "nm-2022.price.crypto-mining";
  private static final String SHANXI = "sx-2022.price.crypto-mining";
  private static final String CHONGQING = "cq-2025.price.crypto-mining";

  /** A mining facility of an enterprise in the given county that used 5 million kWh in the pricing period. */
  private static ProductionUnit miner(String creditCode, String county) {
    Enterprise enterprise = Enterprise.builder().creditCode(CreditCode.parse(creditCode))
        .name("示例数据有限公司（虚构）").division(DivisionCode.parse(county)).industry(IndustryCode.parse("I6450"))
        .build();
    return ProductionUnit.builder().id("rigs-" + county).enterprise(enterprise).kind("crypto-mining-facility")
        .putMeasurements("electricity.consumption", Measurement.of(Quantity.parse("500 10^4 kWh"))).build();
  }

  /** 呼和浩特市新城区. */
  private static ProductionUnit hohhot() {
    return miner("91150102PH0000001C", "150102");
  }

  /** 太原市小店区. */
  private static ProductionUnit taiyuan() {
    return miner("91140105PH0000001K", "140105");
  }

  private static List<PriceMeasure> cryptoMeasures(ProductionUnit unit, LocalDate asOf, LocalDate knownAt) {
    ComplianceReport report = EVALUATOR.evaluate(List.of(unit), asOf, knownAt);
    return PRICING.assess(report, List.of(unit)).stream()
        .filter(m -> List.of(INNER_MONGOLIA, SHANXI, CHONGQING).contains(m.entry().entryId())).toList();
  }

  private static List<PriceMeasure> cryptoMeasures(ProductionUnit unit, LocalDate asOf) {
    return cryptoMeasures(unit, asOf, asOf);
  }

  private static PriceMeasure only(List<PriceMeasure> measures, String entryId) {
    assertEquals(List.of(entryId), measures.stream().map(m -> m.entry().entryId()).toList());
    return measures.get(0);
  }

  /** Asserts a SURCHARGE of 1 yuan/kWh, 5,000,000 yuan on the facility's 5,000,000 kWh, whose wording has the text. */
  private static void assertOneYuanPerKwh(ProductionUnit unit, String entryId, String wordingFragment) {
    PriceMeasure m = only(cryptoMeasures(unit, IN_2025), entryId);
    assertEquals(PriceMeasure.Status.SURCHARGE, m.status());
    assertEquals(0, new BigDecimal("1").compareTo(m.yuanPerKwh().orElseThrow()), entryId + ": 每千瓦时1元");
    assertEquals(0, new BigDecimal("5000000").compareTo(m.amountYuan().orElseThrow()), "1 × 5,000,000 kWh");
    assertTrue(m.surchargeWording().orElseThrow().contains(wordingFragment), m.surchargeWording().toString());
  }

  @Test
  void aMinerInInnerMongoliaPaysTheEliminatedPriceOfOneYuanPerKwh() {
    assertOneYuanPerKwh(hohhot(), INNER_MONGOLIA, "执行“淘汰类”企业电价，加价标准为每千瓦时1元");
  }

  @Test
  void aMinerInShanxiPaysOneYuanPerKwhTaxIncludedOnTheWholeConsumption() {
    assertOneYuanPerKwh(taiyuan(), SHANXI, "每千瓦时加价1元（含税）");
  }

  @Test
  void theAmountsArePinned() {
    assertEquals(new BigDecimal("1"),
        BundledData.entry(INNER_MONGOLIA).consequence().surcharge().orElseThrow().yuanPerKwh(), "115号 一、");
    assertEquals(new BigDecimal("1"),
        BundledData.entry(SHANXI).consequence().surcharge().orElseThrow().yuanPerKwh(), "山西 每千瓦时加价1元（含税）");
    assertEquals(LocalDate.of(2022, 1, 20),
        BundledData.edition("nm-crypto-mining-electricity-price@2022").validity().start(), "自发文之日起生效");
    assertEquals(LocalDate.of(2022, 1, 26),
        BundledData.edition("nm-crypto-mining-electricity-price@2022").published(), "微信公众号发布");
    assertEquals(LocalDate.of(2022, 5, 10),
        BundledData.edition("sx-crypto-mining-electricity-price@2022").validity().start(), "自5月10日起");
  }

  @Test
  void aMinerInChongqingGetsOnlyTheChongqingMeasureWithoutAmount() {
    ProductionUnit unit = miner("91500115PH0000004N", "500115");
    PriceMeasure m = only(cryptoMeasures(unit, IN_2025), CHONGQING);
    assertEquals(PriceMeasure.Status.AMOUNT_NOT_LOADED, m.status());
    assertTrue(m.yuanPerKwh().isEmpty());
  }

  @Test
  void noProvincialMeasureTheDayBeforeItsEffectiveDate() {
    LocalDate known = LocalDate.of(2025, 1, 1);
    assertEquals(List.of(), cryptoMeasures(hohhot(), LocalDate.of(2022, 1, 19), known));
    assertEquals(INNER_MONGOLIA,
        only(cryptoMeasures(hohhot(), LocalDate.of(2022, 1, 20), known), INNER_MONGOLIA).entry().entryId());
    assertEquals(List.of(), cryptoMeasures(taiyuan(), LocalDate.of(2022, 5, 9), known));
    assertEquals(SHANXI, only(cryptoMeasures(taiyuan(), LocalDate.of(2022, 5, 10), known), SHANXI).entry().entryId());
  }

  @Test
  void theInnerMongoliaNoticeIsNotKnownBeforeItWasPublished() {
    assertEquals(List.of(), cryptoMeasures(hohhot(), LocalDate.of(2022, 1, 25)),
        "in force from 2022-01-20 but published on 2022-01-26");
    assertEquals(INNER_MONGOLIA,
        only(cryptoMeasures(hohhot(), LocalDate.of(2022, 1, 26)), INNER_MONGOLIA).entry().entryId());
  }

  @Test
  void aMinerInAnotherProvinceGetsNoneOfThem() {
    ProductionUnit haikou = miner("91460106PH0000001E", "460106");
    assertEquals(List.of(), cryptoMeasures(haikou, IN_2025), "Hainan's 0.80 is not bundled: no effective date sourced");
  }
}
