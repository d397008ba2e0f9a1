package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.SafetyCatalogueProbe.enterprise;
import static org.phaseout.catalogs.SafetyCatalogueProbe.finding;
import static org.phaseout.catalogs.SafetyCatalogueProbe.verdict;
import static org.phaseout.catalogs.SafetyCatalogueProbe.with;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.catalogue.VerificationLevel;

/**
 * 《淘汰落后危险化学品安全生产工艺技术设备目录》 (危险化学品), evaluated end to end on fictitious chemical plants and an oil
 * depot: the 公示稿 items of 第一批 (应急厅〔2020〕38号) with their UNVERIFIED level and draft time limits shown as wording,
 * and the seven items of 第二批 (2024) as news reports of the final text give them.
 */
class HazardousChemicalsCatalogueTest {

  private static final Enterprise BANAN_CHEMICAL = enterprise("91500113MA60000J5F", "示例化工有限公司（虚构）", "500113", "C26");

  private static final Enterprise JIANGJIN_OIL_DEPOT = Enterprise.builder().creditCode(CreditCode.parse("91500116MA60000N2M"))
      .name("示例油库有限公司（虚构）").division(DivisionCode.parse("500116")).industry(IndustryCode.parse("G59"))
      .putFacts("enterprise.hazchemOperatingLicence", FactValue.of(true)).build();

  /** A chemical unit that falls under the entry: non-compliant at the entry's level, its time limit shown as wording. */
  private static Finding chemicalUnderItsTimeLimitWording(String entryId, String kind, Map<String, ?> unitFacts,
      VerificationLevel level) {
    Finding f = finding(entryId, BANAN_CHEMICAL, kind, unitFacts);
    assertEquals(Verdict.NON_COMPLIANT, f.verdict(), entryId);
    assertEquals(level, f.entry().verification(), entryId);
    assertEquals(Optional.empty(), f.deadline(), entryId + ": the time limit is not computed");
    return f;
  }

  @Test
  void chemicalFindingsCarryTheirUnverifiedLevel() {
    String id = "cn-hazchem-2020.ammonia-brine-chlorine-liquefaction";
    chemicalUnderItsTimeLimitWording(id, "chlorine-liquefaction-unit",
        Map.of("chlorine-liquefaction.ammoniaChilledBrine", true, "capacity", "50000 t/a"), VerificationLevel.UNVERIFIED);
    assertEquals(Verdict.COMPLIANT, verdict(id, BANAN_CHEMICAL, "chlorine-liquefaction-unit",
        Map.of("chlorine-liquefaction.ammoniaChilledBrine", false)));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, BANAN_CHEMICAL, "chlorine-liquefaction-unit", Map.of()));
    String resin = "cn-hazchem-2020.direct-fired-coating-resin";
    assertEquals(Verdict.NON_COMPLIANT, verdict(resin, BANAN_CHEMICAL, "coating-resin-unit",
        Map.of("coating-resin.directFireHeating", true)));
    assertEquals(Verdict.COMPLIANT, verdict(resin, BANAN_CHEMICAL, "coating-resin-unit",
        Map.of("coating-resin.directFireHeating", false)));
  }

  private static Verdict chemical(String entryId, String kind, Map<String, ?> unitFacts) {
    return verdict(entryId, BANAN_CHEMICAL, kind, unitFacts);
  }

  @Test
  void acidBaseAlternatingFixedBedHydrogenPeroxideIsProhibited() {
    String id = "cn-hazchem-2024.acid-base-alternating-fixed-bed-hydrogen-peroxide";
    Finding f = chemicalUnderItsTimeLimitWording(id, "hydrogen-peroxide-unit",
        Map.of("hydrogen-peroxide.acidBaseAlternatingFixedBed", true, "capacity", "100000 t/a"), VerificationLevel.SECONDARY);
    assertTrue(f.deadlineRule().contains("五年内改造完毕"), "runs from an issue date that is missing");
    assertEquals("市应急管理局", f.departments().lead().get(0).zh());
    assertEquals(Verdict.COMPLIANT, chemical(id, "hydrogen-peroxide-unit",
        Map.of("hydrogen-peroxide.acidBaseAlternatingFixedBed", false)), "a fluidized-bed or all-acid fixed-bed plant");
    assertEquals(Verdict.INSUFFICIENT_DATA, chemical(id, "hydrogen-peroxide-unit", Map.of("capacity", "100000 t/a")));
  }

  @Test
  void eitherOrganosiliconSlurryTechniqueFallsUnderTheItem() {
    String id = "cn-hazchem-2024.organosilicon-manual-slag-raking-and-open-hydrolysis";
    assertEquals(Verdict.NON_COMPLIANT, chemical(id, "organosilicon-unit",
        Map.of("organosilicon.manualSlagRakingDischarge", false, "organosilicon.openSlurryHydrolysis", true)));
    assertEquals(Verdict.COMPLIANT, chemical(id, "organosilicon-unit",
        Map.of("organosilicon.manualSlagRakingDischarge", false, "organosilicon.openSlurryHydrolysis", false)));
    assertEquals(Verdict.INSUFFICIENT_DATA, chemical(id, "organosilicon-unit",
        Map.of("organosilicon.manualSlagRakingDischarge", false)), "the hydrolysis is not reported");
  }

  @Test
  void batchCarbonationIsProhibitedWhereAHydrogenSulphideWetGasholderIsUsed() {
    String id = "cn-hazchem-2024.batch-carbonation-strontium-barium-carbonate-h2s-wet-gasholder";
    Map<String, Object> batch = Map.of("carbonate.batchCarbonation", true, "capacity", "20000 t/a");
    assertEquals(Verdict.NON_COMPLIANT, chemical(id, "strontium-barium-carbonate-unit",
        with(batch, "carbonate.hydrogenSulphideWetGasholder", true)));
    Finding f = finding(id, BANAN_CHEMICAL, "strontium-barium-carbonate-unit",
        with(batch, "carbonate.hydrogenSulphideWetGasholder", true));
    assertTrue(f.deadlineRule().contains("碳酸锶间歇碳化法生产工艺一年内改造完毕"));
    assertTrue(f.deadlineRule().contains("碳酸钡间歇碳化法生产工艺二年内改造完毕"));
    assertEquals(Verdict.COMPLIANT, chemical(id, "strontium-barium-carbonate-unit",
        with(batch, "carbonate.hydrogenSulphideWetGasholder", false)), "使用硫化氢湿式气柜的 only");
    assertEquals(Verdict.INSUFFICIENT_DATA, chemical(id, "strontium-barium-carbonate-unit", batch));
  }

  @Test
  void kettleNitrationNeedsAPersonBecauseTheListOf27ChemicalsIsMissing() {
    Finding f = finding("cn-hazchem-2024.batch-or-semi-batch-kettle-nitration", BANAN_CHEMICAL, "nitration-unit",
        Map.of("capacity", "5000 t/a"));
    assertEquals(Verdict.INSUFFICIENT_DATA, f.verdict(), "硝基苯等27种化学品禁用: an open list");
    assertTrue(f.deadlineRule().contains("硝基苯等27种化学品禁用"));
  }

  @Test
  void oilBathReactorsWithoutCoolingAreBannedInKeySupervisedHazardousProcesses() {
    String id = "cn-hazchem-2024.thermal-oil-electric-reactor-without-cooling";
    Map<String, Object> oilBath = Map.of("reactor.internalThermalOilElectricHeating", true, "reactor.coolingMeasures", false,
        "capacity", "5 m3");
    assertEquals(Verdict.NON_COMPLIANT, chemical(id, "reactor", with(oilBath, "reactor.keySupervisedHazardousProcess", true)));
    assertEquals(Verdict.COMPLIANT, chemical(id, "reactor", with(oilBath, "reactor.keySupervisedHazardousProcess", false)),
        "限制类: only reactors of a key-supervised hazardous process");
    assertEquals(Verdict.COMPLIANT, chemical(id, "reactor", Map.of("reactor.internalThermalOilElectricHeating", true,
        "reactor.coolingMeasures", true, "reactor.keySupervisedHazardousProcess", true)), "with cooling measures");
    assertEquals(Verdict.INSUFFICIENT_DATA, chemical(id, "reactor", oilBath));
  }

  @Test
  void shallowPanAndOpenCompartmentFloatingRoofsAreBannedInLicensedOilDepots() {
    String id = "cn-hazchem-2024.oil-depot-shallow-pan-or-open-compartment-internal-floating-roof";
    Map<String, Object> depotTank = Map.of("storage-tank.oilDepot", true, "capacity", "5000 m3");
    Finding f = finding(id, JIANGJIN_OIL_DEPOT, "storage-tank",
        with(depotTank, "storage-tank.internalFloatingRoofType", "shallow-pan"));
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertTrue(f.deadlineRule().contains("在役设备二年内改造完毕"));
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, JIANGJIN_OIL_DEPOT, "storage-tank",
        with(depotTank, "storage-tank.internalFloatingRoofType", "open-compartment")));
    assertEquals(Verdict.COMPLIANT, verdict(id, JIANGJIN_OIL_DEPOT, "storage-tank",
        with(depotTank, "storage-tank.internalFloatingRoofType", "other")), "another floating-roof design");
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, JIANGJIN_OIL_DEPOT, "storage-tank", depotTank));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, BANAN_CHEMICAL, "storage-tank",
        with(depotTank, "storage-tank.internalFloatingRoofType", "shallow-pan")), "the depot's licence is not reported");
  }

  @Test
  void singleSealAndPackedCentrifugalPumpsAreBannedForTheFourKindsOfHazardousMedia() {
    String id = "cn-hazchem-2024.single-mechanical-or-packing-seal-centrifugal-pump";
    Map<String, Object> packed = Map.of("pump.centrifugal", true, "pump.shaftSeal", "packing-seal", "pump.submerged", false,
        "capacity", "37 kW");
    Map<String, Object> benign = with(packed, "pump.mediumClassA", false, "pump.mediumExtremelyOrHighlyHazardous", false,
        "pump.operatingAboveAutoignition", false);
    assertEquals(Verdict.NON_COMPLIANT, chemical(id, "pump", with(packed, "pump.mediumClassA", true)), "liquefied hydrocarbon");
    assertEquals(Verdict.NON_COMPLIANT, chemical(id, "pump", with(benign, "pump.operatingAboveAutoignition", true)),
        "超过自燃点");
    assertEquals(Verdict.COMPLIANT, chemical(id, "pump", benign), "none of the four kinds of medium");
    assertEquals(Verdict.COMPLIANT, chemical(id, "pump", with(benign, "pump.mediumClassA", true, "pump.shaftSeal", "other")),
        "a double mechanical seal");
    assertEquals(Verdict.COMPLIANT, chemical(id, "pump", with(benign, "pump.mediumClassA", true, "pump.submerged", true)),
        "液下泵除外");
    assertEquals(Verdict.INSUFFICIENT_DATA, chemical(id, "pump", packed), "the medium is not reported");
  }
}
