package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.SafetyCatalogueProbe.AS_OF;
import static org.phaseout.catalogs.SafetyCatalogueProbe.QIJIANG_MINE;
import static org.phaseout.catalogs.SafetyCatalogueProbe.enterprise;
import static org.phaseout.catalogs.SafetyCatalogueProbe.finding;
import static org.phaseout.catalogs.SafetyCatalogueProbe.mine;
import static org.phaseout.catalogs.SafetyCatalogueProbe.verdict;
import static org.phaseout.catalogs.SafetyCatalogueProbe.with;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.capacity.Enterprise;
import org.phaseout.measure.Quantity;

/**
 * The metallurgy (冶金) and coal-mine (煤矿) items of 《淘汰落后安全技术装备目录(2015年第一批)》 (安监总科技〔2015〕75号) and
 * 《淘汰落后安全技术工艺、设备目录(2016年)》 (安监总科技〔2016〕137号), evaluated end to end on fictitious units: furnaces,
 * coke ovens, quenching baths, transformers underground and belt-fastener hammering, in Chongqing and outside it.
 */
class MetallurgyAndCoalMineSafetyTest {

  private static final Enterprise WANZHOU_STEEL = enterprise("91500101MA60000K3X", "示例钢铁有限公司（虚构）", "500101", "C31");

  private static final Enterprise TAIYUAN_COKE = enterprise("91140100MA60000M4A", "示例焦化有限公司（虚构）", "140100", "C25");

  @Test
  void pitTypeElectricHeatTreatmentFurnaceMustStopAtOnceInChongqing() {
    String id = "cn-safety-equip-2015.metallurgy.pit-electric-heat-treatment-furnace";
    Finding f = finding(id, WANZHOU_STEEL, "heat-treatment-equipment",
        Map.of("heat-treatment.pitType", true, "heat-treatment.electric", true, "capacity", "90 kW"));
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertEquals(Optional.of(AS_OF), f.deadline(), "立即停产停业整顿");
    assertEquals("市应急管理局", f.departments().lead().get(0).zh());
    assertEquals(Verdict.COMPLIANT, verdict(id, WANZHOU_STEEL, "heat-treatment-equipment",
        Map.of("heat-treatment.pitType", true, "heat-treatment.electric", false)), "a pit furnace fired by gas");
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, WANZHOU_STEEL, "heat-treatment-equipment",
        Map.of("heat-treatment.pitType", true)));
  }

  @Test
  void stampChargingCokeOvensOf3Point8MetresOrBelowAreEliminated() {
    String id = "cn-safety-equip-2015.metallurgy.stamp-charging-coke-oven-3.8m";
    Map<String, Object> stamp = Map.of("coke-oven.stampCharging", true);
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, WANZHOU_STEEL, "coke-oven",
        with(stamp, "coke-oven.heightClass", Quantity.parse("3.8 m"))), "及以下 includes 3.8 m");
    assertEquals(Verdict.COMPLIANT, verdict(id, WANZHOU_STEEL, "coke-oven",
        with(stamp, "coke-oven.heightClass", Quantity.parse("3.81 m"))));
    assertEquals(Verdict.COMPLIANT, verdict(id, WANZHOU_STEEL, "coke-oven",
        Map.of("coke-oven.stampCharging", false, "coke-oven.heightClass", Quantity.parse("3.2 m"))), "top-charged");
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, WANZHOU_STEEL, "coke-oven", stamp));
  }

  @Test
  void outsideChongqingTheFindingNamesNoDepartment() {
    Finding f = finding("cn-safety-equip-2015.metallurgy.stamp-charging-coke-oven-3.8m", TAIYUAN_COKE, "coke-oven",
        Map.of("coke-oven.stampCharging", true, "coke-oven.heightClass", Quantity.parse("3.2 m")));
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertTrue(f.departments().lead().isEmpty(), "the catalogue is national; departments are assigned for 500000 only");
    assertEquals(Optional.empty(), f.departments().basis());
  }

  @Test
  void saltBathQuenchingOfAluminiumAlloysIsAllowedOnlyForMilitaryAndAerospaceProducts() {
    String id = "cn-safety-equip-2015.metallurgy.aluminium-alloy-salt-bath-quenching";
    Map<String, Object> saltBath = Map.of("heat-treatment.aluminiumAlloySaltBathQuenching", true);
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, WANZHOU_STEEL, "heat-treatment-equipment",
        with(saltBath, "heat-treatment.forMilitaryOrAerospaceProducts", false)));
    assertEquals(Verdict.COMPLIANT, verdict(id, WANZHOU_STEEL, "heat-treatment-equipment",
        with(saltBath, "heat-treatment.forMilitaryOrAerospaceProducts", true)), "军工及航空航天产品允许使用该工艺");
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, WANZHOU_STEEL, "heat-treatment-equipment", saltBath));
  }

  @Test
  void oxygenPlantItemNeedsAPerson() {
    Finding f = finding("cn-safety-equip-2015.metallurgy.oxygen-plant-plate-process", WANZHOU_STEEL, "air-separation-unit",
        Map.of("capacity", "8000 kW"));
    assertEquals(Verdict.INSUFFICIENT_DATA, f.verdict(), "制氧1#、2#机组 names units of an unnamed plant");
    assertEquals(Optional.empty(), f.deadline());
  }

  @Test
  void oilImmersedTransformersUndergroundInCoalMinesAreProhibited() {
    String id = "cn-safety-equip-2015.coal.underground-oil-immersed-electrical";
    Map<String, Object> underground = Map.of("mining.mineCategory", "coal", "mining.installedUnderground", true);
    assertEquals(Verdict.NON_COMPLIANT, mine(id, "mine-transformer", with(underground, "electrical.oilImmersed", true)));
    assertEquals(Verdict.NON_COMPLIANT, mine(id, "mine-switchgear", with(underground, "electrical.oilImmersed", true)),
        "油开关");
    assertEquals(Verdict.COMPLIANT, mine(id, "mine-transformer", with(underground, "electrical.oilImmersed", false)),
        "a dry-type transformer");
    assertEquals(Verdict.COMPLIANT, mine(id, "mine-transformer", Map.of("mining.mineCategory", "coal",
        "mining.installedUnderground", false, "electrical.oilImmersed", true)), "on the surface");
    assertEquals(Verdict.COMPLIANT, mine(id, "mine-transformer", Map.of("mining.mineCategory", "metal-non-metal",
        "mining.installedUnderground", true, "electrical.oilImmersed", true)), "not a coal mine");
    assertEquals(Verdict.INSUFFICIENT_DATA, mine(id, "mine-transformer", underground));
  }

  @Test
  void newProductRestrictionsOfTheCoalDomainNeedAPerson() {
    assertEquals(Verdict.INSUFFICIENT_DATA, mine("cn-safety-equip-2015.coal.s7-power-transformer", "mine-transformer",
        Map.of("capacity", "630 kVA", "mining.mineCategory", "coal")));
    assertEquals(Verdict.INSUFFICIENT_DATA, mine("cn-safety-equip-2015.coal.relay-overcurrent-protection",
        "mine-switchgear", Map.of("capacity", "6 kV", "mining.mineCategory", "coal")));
  }

  @Test
  void manualBeltFastenerHammeringInCoalMinesWasDueBy15December2017() {
    String id = "cn-safety-2016.coal.belt-fastener-manual-hammering";
    Finding f = finding(id, QIJIANG_MINE, "belt-conveyor",
        Map.of("mining.mineCategory", "coal", "belt-conveyor.manualHammeredFastenerSplicing", true));
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertEquals(Optional.of(LocalDate.of(2017, 12, 15)), f.deadline());
    assertEquals(Verdict.COMPLIANT, mine(id, "belt-conveyor",
        Map.of("mining.mineCategory", "coal", "belt-conveyor.manualHammeredFastenerSplicing", false)));
    assertEquals(Verdict.COMPLIANT, mine(id, "belt-conveyor",
        Map.of("mining.mineCategory", "metal-non-metal", "belt-conveyor.manualHammeredFastenerSplicing", true)),
        "listed under 一、煤矿安全");
    assertEquals(Verdict.INSUFFICIENT_DATA, mine(id, "belt-conveyor", Map.of("mining.mineCategory", "coal")));
  }
}
