package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.EfficiencyStandardProbe.assertDatedEdition;
import static org.phaseout.catalogs.EfficiencyStandardProbe.assertNoFinding;
import static org.phaseout.catalogs.EfficiencyStandardProbe.limit;
import static org.phaseout.catalogs.EfficiencyStandardProbe.lowerLimits;
import static org.phaseout.catalogs.EfficiencyStandardProbe.onlyValue;
import static org.phaseout.catalogs.EfficiencyStandardProbe.quantityOf;
import static org.phaseout.catalogs.EfficiencyStandardProbe.verdict;
import static org.phaseout.catalogs.EfficiencyStandardProbe.with;
import static org.phaseout.catalogs.EfficiencyStandardProbe.without;
import static org.phaseout.catalogs.UnitProbe.plus;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.phaseout.Verdict;
import org.phaseout.catalogue.LimitWording;
import org.phaseout.catalogue.Operator;
import org.phaseout.catalogue.VerificationLevel;
import org.phaseout.measure.Quantity;

/**
 * The energy-efficiency standard of photovoltaic modules and inverters (光伏组件及逆变器能效限定值及能效等级, GB
 * 47834-2026) as shipped: in force from 1 January 2027 and not the day before, modules and inverters over 500 kW pinned
 * to the reference (shared/reference/05), and fictitious Chongqing modules and inverters failing a low efficiency, a
 * high degradation or a low bifaciality.
 */
class Gb47834PhotovoltaicEfficiencyTest {

  /** A module of the entry's cell technology, not bifacial unless said, with these values (null: not reported). */
  private static Map<String, Object> module(String entryId, Object efficiency, Object degradation) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pvModule.gb47834Scope", true);
    m.put("pvModule.cellTechnology", onlyValue(entryId, "pvModule.cellTechnology"));
    m.put("pvModule.bifacial", false);
    if (efficiency != null) {
      m.put("pvModule.efficiency", quantityOf(efficiency));
    }
    if (degradation != null) {
      m.put("pvModule.coupled-stress-degradation", quantityOf(degradation));
    }
    return m;
  }

  /** An inverter in the scope of the standard of this rated power, with these efficiencies (null: not reported). */
  private static Map<String, Object> inverter(String power, Object weighted, Object maximum) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pvInverter.gb47834Scope", true);
    m.put("unit.ratedCapacity", Quantity.parse(power));
    if (weighted != null) {
      m.put("pvInverter.weighted-efficiency", quantityOf(weighted));
    }
    if (maximum != null) {
      m.put("pvInverter.max-efficiency", quantityOf(maximum));
    }
    return m;
  }

  @Test
  void gb47834IsInForceFrom1January2027AsTheRepositoryDatesItAndNotTheDayBefore() {
    String id = "gb47834-2026.module.topcon.grade3";
    assertDatedEdition("gb-47834@2026", "GB 47834-2026", LocalDate.of(2027, 1, 1), 3 + 6, "dates UNVERIFIED", id,
        module(id, "23.1 %", "8.6 %"));
    assertEquals(LocalDate.of(2026, 6, 27), edition("gb-47834@2026").published());
    assertEquals(VerificationLevel.UNVERIFIED, edition("gb-47834@2026").source().verification(),
        "the dates are not checked against an official source");
    assertTrue(BundledData.catalogues().vocabulary().unitKind("pv-module").isPresent(), "a new unit kind");
    assertTrue(BundledData.catalogues().vocabulary().unitKind("pv-inverter").isPresent(), "a new unit kind");
  }

  @Test
  void gb47834ModulesArePinnedToReference05AndFailALowEfficiencyAHighDegradationOrALowBifaciality() {
    // reference 05 §10: 表1 3级 TOPCon 23.2, HJT 23.2, BC 23.5; 衰减率 ≤ 8.6; 双面率 ≥ TOPCon 75, HJT 85, BC 70
    Map<String, List<String>> pinned = Map.of("topcon", List.of("23.2", "75"), "hjt", List.of("23.2", "85"),
        "bc", List.of("23.5", "70"));
    for (Map.Entry<String, List<String>> row : pinned.entrySet()) {
      String id = "gb47834-2026.module." + row.getKey() + ".grade3";
      Quantity g3 = lowerLimits(id, "pvModule.efficiency").get(0);
      Quantity bifaciality = lowerLimits(id, "pvModule.bifaciality").get(0);
      assertTrue(g3.isEqualTo(Quantity.parse(row.getValue().get(0) + " %")), id);
      assertTrue(bifaciality.isEqualTo(Quantity.parse(row.getValue().get(1) + " %")), id);
      assertTrue(limit(id, "pvModule.coupled-stress-degradation", Operator.GT, LimitWording.HIGHER_THAN)
          .isEqualTo(Quantity.parse("8.6 %")), id);
      assertEquals(Verdict.COMPLIANT, verdict(id, module(id, g3, "8.6 %")), id + " at every limit");
      assertEquals(Verdict.NON_COMPLIANT, verdict(id, module(id, plus(g3, "-0.1"), "8.6 %")), id + ": efficiency");
      assertEquals(Verdict.NON_COMPLIANT, verdict(id, module(id, g3, "8.7 %")), id + ": degradation");
      Map<String, Object> bifacial = with(module(id, g3, "8.6 %"), "pvModule.bifacial", true);
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, bifacial), id + ": bifacial, no bifaciality");
      assertEquals(Verdict.COMPLIANT, verdict(id, with(bifacial, "pvModule.bifaciality", bifaciality)), id);
      assertEquals(Verdict.NON_COMPLIANT,
          verdict(id, with(bifacial, "pvModule.bifaciality", plus(bifaciality, "-1"))), id + ": bifaciality");
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, module(id, null, "8.6 %")), id + " without the efficiency");
      assertNoFinding(id, with(module(id, "20 %", "9 %"), "pvModule.cellTechnology", "other"), "another technology");
      assertNoFinding(id, with(module(id, "20 %", "9 %"), "pvModule.gb47834Scope", false), "outside the scope");
    }
  }

  @Test
  void gb47834InvertersOver500KwArePinnedToReference05AndEveryBandFailsAnEfficiencyBelowGrade3() {
    // reference 05 §10 表2 P>500: 平均加权总效率 3级 98.38, 最大转换效率 3级 98.70
    String over500 = "gb47834-2026.inverter.over-500kw.grade3";
    assertTrue(lowerLimits(over500, "pvInverter.weighted-efficiency").get(0).isEqualTo(Quantity.parse("98.38 %")));
    assertTrue(lowerLimits(over500, "pvInverter.max-efficiency").get(0).isEqualTo(Quantity.parse("98.70 %")));
    Map<String, String> inBand = Map.of("20-50kw", "50 kW", "50-100kw", "100 kW", "100-150kw", "150 kW",
        "150-200kw", "200 kW", "200-500kw", "500 kW", "over-500kw", "501 kW");
    for (Map.Entry<String, String> band : inBand.entrySet()) {
      String id = "gb47834-2026.inverter." + band.getKey() + ".grade3";
      Quantity weighted = lowerLimits(id, "pvInverter.weighted-efficiency").get(0);
      Quantity maximum = lowerLimits(id, "pvInverter.max-efficiency").get(0);
      String power = band.getValue();
      assertEquals(Verdict.COMPLIANT, verdict(id, inverter(power, weighted, maximum)), id + " at grade 3");
      assertEquals(Verdict.NON_COMPLIANT, verdict(id, inverter(power, plus(weighted, "-0.01"), maximum)), id);
      assertEquals(Verdict.NON_COMPLIANT, verdict(id, inverter(power, weighted, plus(maximum, "-0.01"))), id);
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, inverter(power, weighted, null)), id + " without one");
      assertNoFinding(id, with(inverter(power, "90 %", "90 %"), "pvInverter.gb47834Scope", false), "outside the scope");
    }
    assertNoFinding("gb47834-2026.inverter.20-50kw.grade3", inverter("20 kW", "90 %", "90 %"), "20<P excludes 20 kW");
    assertNoFinding("gb47834-2026.inverter.200-500kw.grade3", inverter("501 kW", "90 %", "90 %"), "P≤500");
  }
}
