package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.phaseout.capacity.FactValue;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.DeadlineRule;
import org.phaseout.catalogue.LimitWording;
import org.phaseout.catalogue.Operator;
import org.phaseout.measure.Quantity;

/**
 * Pins every sourced number and date of the bundled catalogues, so a transcription slip fails the build. Each
 * expected value names its source.
 */
class PinnedValuesTest {

  /** Finds the first comparison in a criterion. */
  private static Criterion.Comparison comparison(Criterion c) {
    if (c instanceof Criterion.Comparison cmp) {
      return cmp;
    }
    List<Criterion> parts = c instanceof Criterion.All all ? all.parts() : ((Criterion.Any) c).parts();
    for (Criterion part : parts) {
      if (part instanceof Criterion.Comparison cmp && cmp.value() instanceof FactValue.QuantityFact) {
        return cmp;
      }
    }
    throw new AssertionError("no quantity comparison in " + c);
  }

  private static void assertLimit(String id, String quantity, Operator op, LimitWording wording) {
    Criterion.Comparison c = comparison(entry(id).criterion().orElseThrow());
    Quantity expected = Quantity.parse(quantity);
    Quantity actual = ((FactValue.QuantityFact) c.value()).value();
    assertTrue(actual.isEqualTo(expected), id + ": limit " + actual + " should be " + expected);
    assertEquals(op, c.operator(), id + ": operator");
    assertEquals(Optional.of(wording), c.wording(), id + ": limit word");
  }

  @Test
  void aluminiumTieredPriceBasesAre13650Then13450Then13300KilowattHoursPerTonneWith高于ExcludingTheBase() {
    // 发改价格〔2021〕1239号 as Yunnan's forwarding notice restates it: “分档标准为每吨13650千瓦时”, “自2023年起，分档标准
    // 调整为…每吨13450千瓦时（不含脱硫电耗）；自2025年起…每吨13300千瓦时”; “不高于分档标准的…不加价；高于分档标准的…加价”
    assertLimit("cn-al-price-2021.base-13650", "13650 kWh/t", Operator.GT, LimitWording.HIGHER_THAN);
    assertLimit("cn-al-price-2021-2023.base-13450", "13450 kWh/t", Operator.GT, LimitWording.HIGHER_THAN);
    assertLimit("cn-al-price-2021-2025.base-13300", "13300 kWh/t", Operator.GT, LimitWording.HIGHER_THAN);
    for (String id : List.of("cn-al-price-2021.base-13650", "cn-al-price-2021-2023.base-13450",
        "cn-al-price-2021-2025.base-13300")) {
      org.phaseout.catalogue.Surcharge s = entry(id).consequence().surcharge().orElseThrow();
      assertTrue(s.step().orElseThrow().isEqualTo(Quantity.parse("20 kWh/t")), id + ": 每超过20千瓦时");
      assertEquals(new java.math.BigDecimal("0.01"), s.yuanPerKwh(), id + ": 每千瓦时加价0.01元");
      assertEquals(90, s.latePayment().orElseThrow().afterDays(), id + ": 90天后仍未缴纳");
      assertEquals(new java.math.BigDecimal("1.5"), s.latePayment().orElseThrow().multiplier(), id + ": 1.5倍");
      assertTrue(s.renewableOffset().orElseThrow().shareAbove().isEqualTo(Quantity.parse("15 %")), id + ": 超过15%");
    }
    assertEquals(LocalDate.of(2023, 1, 1), edition("cn-electrolytic-aluminium-tiered-price@2021-2023").validity().start());
    assertEquals(LocalDate.of(2025, 1, 1), edition("cn-electrolytic-aluminium-tiered-price@2021-2025").validity().start());
  }

  @Test
  void aluminiumTieredPriceOf2013Bands13700And13800() {
    // 发改价格〔2013〕2530号 (经济参考报): “高于每吨13700千瓦时但不高于13800千瓦时的，电价每千瓦时加价0.02元；高于每吨
    // 13800千瓦时的，电价每千瓦时加价0.08元”
    Criterion.Range band = (Criterion.Range) entry("cn-al-price-2013.band-13700-13800").criterion().orElseThrow();
    assertTrue(band.min().isEqualTo(Quantity.parse("13700 kWh/t")) && !band.minInclusive());
    assertTrue(band.max().isEqualTo(Quantity.parse("13800 kWh/t")) && band.maxInclusive());
    assertLimit("cn-al-price-2013.band-above-13800", "13800 kWh/t", Operator.GT, LimitWording.HIGHER_THAN);
    assertEquals(new java.math.BigDecimal("0.02"),
        entry("cn-al-price-2013.band-13700-13800").consequence().surcharge().orElseThrow().yuanPerKwh());
    assertEquals(new java.math.BigDecimal("0.08"),
        entry("cn-al-price-2013.band-above-13800").consequence().surcharge().orElseThrow().yuanPerKwh());
  }

  @Test
  void differentialPriceIs30And10FenFrom2010AndForSteel50And10FenFrom2017() {
    // 发改价格〔2010〕978号 as 经济参考报 reports it: “自2010年6月1日起，将限制类企业执行的电价加价标准由现行每千瓦时0.05元
    // 提高到0.10元，淘汰类企业执行的电价加价标准由现行每千瓦时0.20元提高到0.30元”; 发改价格〔2016〕2803号 (steel, from
    // 2017-01-01): “淘汰类由每千瓦时加价0.3元提高至每千瓦时加价0.5元；限制类继续维持每千瓦时加价0.1元”.
    java.util.Map<String, String> amounts = new java.util.LinkedHashMap<>();
    amounts.put("cn-dep-2010.eliminated", "0.30");
    amounts.put("cn-dep-2010.restricted", "0.10");
    amounts.put("cn-steel-dep-2010.eliminated", "0.30");
    amounts.put("cn-steel-dep-2010.restricted", "0.10");
    amounts.put("cn-steel-dep-2017.eliminated", "0.5");
    amounts.put("cn-steel-dep-2017.restricted", "0.1");
    amounts.forEach((id, yuan) -> assertEquals(new java.math.BigDecimal(yuan),
        entry(id).consequence().surcharge().orElseThrow().yuanPerKwh(), id));
    assertEquals(LocalDate.of(2010, 6, 1), edition("cn-differential-electricity-price@2010").validity().start());
    assertEquals(LocalDate.of(2010, 6, 1), edition("cn-steel-differential-electricity-price@2010").validity().start());
    assertEquals(LocalDate.of(2017, 1, 1), edition("cn-steel-differential-electricity-price@2017").validity().start());
  }

  @Test
  void chongqing2025PlanBoilerLimitsAre10And35TonnesOfSteamWith以下IncludingTheLimit() {
    // 渝制造强市办〔2025〕4号 一、（二）1: “加快淘汰10蒸吨/小时以下的燃煤锅炉”, “…35蒸吨/小时以下燃煤锅炉”
    assertLimit("cq-2025.environment.coal-boiler-10th", "10 t/h", Operator.LE, LimitWording.BELOW);
    assertLimit("cq-2025.environment.coal-boiler-35th-urban-park", "35 t/h", Operator.LE, LimitWording.BELOW);
  }

  @Test
  void chongqing2025PlanIsDatedByItsIssueAndEndsWithItsYear() {
    CatalogueEdition plan = edition("cq-backward-capacity-plan@2025");
    assertEquals("渝制造强市办〔2025〕4号", plan.documentNumber());
    assertEquals(LocalDate.of(2025, 5, 21), plan.published());
    assertEquals(LocalDate.of(2025, 5, 21), plan.validity().start());
    assertEquals(Optional.of(LocalDate.of(2026, 1, 1)), plan.validity().end());
  }

  @Test
  void nationalCatalogueBoilerItemsUse及以下() {
    // 《产业结构调整指导目录（2024年本）》 淘汰类 fragments (GitHub adgo07/EquipEffi) and the SAMR notice
    assertLimit("cn-isac-2024.eliminated.coal-boiler-10th", "10 t/h", Operator.LE, LimitWording.AND_BELOW);
    assertLimit("cn-isac-2024.eliminated.biomass-boiler-2th", "2 t/h", Operator.LE, LimitWording.AND_BELOW);
    assertLimit("cn-isac-2024.eliminated.coal-boiler-35th-key-region", "35 t/h", Operator.LE,
        LimitWording.AND_BELOW);
  }

  @Test
  void nationalCatalogueIsInForceFrom1February2024With422EliminatedItems() {
    CatalogueEdition catalogue = edition("cn-industry-structure-adjustment-eliminated@2024");
    assertEquals("国家发展改革委令第7号", catalogue.documentNumber());
    assertEquals(LocalDate.of(2023, 12, 27), catalogue.published());
    assertEquals(LocalDate.of(2024, 2, 1), catalogue.validity().start());
    assertEquals(Optional.empty(), catalogue.validity().end());
    assertEquals(Optional.of(422), catalogue.itemsInOfficialText());
  }

  @Test
  void gb21346Grade3LimitsAreExceededOnlyAboveTheValue() {
    // GB 21346-2022 表1 and 表2, grade 3, as transcribed in reference 04 §4.1
    assertLimit("gb21346-2022.aluminium.liquid-ac.grade3", "13350 kWh/t", Operator.GT, LimitWording.EXCEEDING);
    assertLimit("gb21346-2022.aluminium.liquid-comprehensive-ac.grade3", "13700 kWh/t", Operator.GT,
        LimitWording.EXCEEDING);
    assertLimit("gb21346-2022.aluminium.ingot-comprehensive-ac.grade3", "13750 kWh/t", Operator.GT,
        LimitWording.EXCEEDING);
    assertLimit("gb21346-2022.aluminium.ingot-comprehensive-energy.grade3", "1720 kgce/t", Operator.GT,
        LimitWording.EXCEEDING);
    assertLimit("gb21346-2022.alumina.bayer-process.grade3", "430 kgce/t", Operator.GT, LimitWording.EXCEEDING);
    assertLimit("gb21346-2022.alumina.bayer-comprehensive.grade3", "460 kgce/t", Operator.GT,
        LimitWording.EXCEEDING);
    assertLimit("gb21346-2022.alumina.other-process.grade3", "650 kgce/t", Operator.GT, LimitWording.EXCEEDING);
    assertLimit("gb21346-2022.alumina.other-comprehensive.grade3", "700 kgce/t", Operator.GT,
        LimitWording.EXCEEDING);
  }

  @Test
  void gb21346IsInForceFrom1January2024() {
    CatalogueEdition standard = edition("gb-21346@2022");
    assertEquals(LocalDate.of(2022, 12, 29), standard.published());
    assertEquals(LocalDate.of(2024, 1, 1), standard.validity().start());
  }

  @Test
  void energyLimitsGiveSixMonthsAfterTheNoticeWithAtMostThreeMonthsExtension() {
    // 工信部联产业〔2017〕30号 as restated (SECONDARY): 6个月内整改；可提出不超过3个月的延期申请
    DeadlineRule rule = entry("gb21346-2022.aluminium.liquid-ac.grade3").consequence().deadline();
    DeadlineRule.AfterTrigger after = (DeadlineRule.AfterTrigger) rule;
    assertEquals(java.time.Period.ofMonths(6), after.period());
    assertEquals(Optional.of(java.time.Period.ofMonths(3)), after.extension());
    assertEquals(LocalDate.of(2026, 2, 28), after.deadlineAfter(LocalDate.of(2025, 8, 31)));
  }

  @Test
  void efficiencyLevelBaselinesFoundInSecondarySourcesAreExceededOnlyAboveTheValue() {
    // 723号 水泥熟料: “标杆水平为100千克标准煤/吨,基准水平117千克标准煤/吨” (zhcement.com article 12186, secondary)
    assertLimit("cn-eel-2023.baseline.cement-clinker", "117 kgce/t", Operator.GT, LimitWording.EXCEEDING);
    assertTrue(entry("cn-eel-2023.baseline.cement-clinker").text().zh().contains("标杆水平为100千克标准煤/吨"));
    // 723号 铁合金: 锰硅合金 950 / 860, 硅铁 1850 / 1770 kg standard coal (zjferroalloy.com, machine translation)
    assertLimit("cn-eel-2023.baseline.ferroalloy-silicomanganese", "950 kgce/t", Operator.GT, LimitWording.EXCEEDING);
    assertLimit("cn-eel-2023.baseline.ferroalloy-ferrosilicon", "1850 kgce/t", Operator.GT, LimitWording.EXCEEDING);
    assertTrue(entry("cn-eel-2023.baseline.ferroalloy-silicomanganese").text().zh().contains("标杆水平860"));
    assertTrue(entry("cn-eel-2023.baseline.ferroalloy-ferrosilicon").text().zh().contains("标杆水平1770"));
    // 1609号 锰硅合金: unchanged in 2023, as the same report says
    assertLimit("cn-eel-2021.baseline.ferroalloy-silicomanganese", "950 kgce/t", Operator.GT, LimitWording.EXCEEDING);
    // 1609号 卫生陶瓷 (3072): “标杆水平为300千克标准煤/吨,基准水平为630千克标准煤/吨” (haomenhaochuang.com, secondary)
    assertLimit("cn-eel-2021.baseline.sanitary-ceramics", "630 kgce/t", Operator.GT, LimitWording.EXCEEDING);
    // 1609号 陶瓷砖 (3071), kgce/m² (manual): 4/7 (≤0.5%), 3.7/4.6 (0.5%–10%), 3.5/4.5 (>10%)
    assertTrue(entry("cn-eel-2021.baseline.ceramic-tile-absorption-le0.5").text().zh().contains("基准水平为7千克"));
    assertTrue(entry("cn-eel-2021.baseline.ceramic-tile-absorption-0.5-10").text().zh().contains("基准水平为4.6千克"));
    assertTrue(entry("cn-eel-2021.baseline.ceramic-tile-absorption-gt10").text().zh().contains("基准水平为4.5千克"));
  }

  @Test
  void energyUsingProductLevelsAreInForceFrom1April2024() {
    // 发改环资规〔2024〕127号: “shall be implemented as of April 1, 2024” (e.ccement.com, 2024-02-18, secondary)
    CatalogueEdition levels = edition("cn-energy-using-product-efficiency-levels@2024");
    assertEquals(LocalDate.of(2024, 2, 18), levels.published());
    assertEquals(LocalDate.of(2024, 4, 1), levels.validity().start());
    assertEquals(Optional.empty(), levels.validity().end());
  }
}
