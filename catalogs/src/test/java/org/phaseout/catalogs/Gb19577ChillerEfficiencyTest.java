package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.EfficiencyStandardProbe.assertEliminatedInChongqingAsGb18613;
import static org.phaseout.catalogs.EfficiencyStandardProbe.assertNoFinding;
import static org.phaseout.catalogs.EfficiencyStandardProbe.comparisons;
import static org.phaseout.catalogs.EfficiencyStandardProbe.ids;
import static org.phaseout.catalogs.EfficiencyStandardProbe.onlyValue;
import static org.phaseout.catalogs.EfficiencyStandardProbe.verdict;
import static org.phaseout.catalogs.EfficiencyStandardProbe.with;
import static org.phaseout.catalogs.EfficiencyStandardProbe.without;
import static org.phaseout.catalogs.GatedRowProbe.band;
import static org.phaseout.catalogs.GatedRowProbe.capacityKey;
import static org.phaseout.catalogs.GatedRowProbe.limits;
import static org.phaseout.catalogs.GatedRowProbe.limitsText;
import static org.phaseout.catalogs.GatedRowProbe.unit;
import static org.phaseout.catalogs.GatedRowProbe.unitAll;
import static org.phaseout.catalogs.UnitProbe.plus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.phaseout.Verdict;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.Operator;
import org.phaseout.measure.Quantity;

/**
 * The tables of GB 19577-2024 whose grade 3 sets fixed gates on a second indicator (固定门槛) as shipped: 表1 and 表2
 * (蒸气压缩循环冷水（热泵）机组, the part-load/seasonal and the COPc indicator systems), 表3 (低环境温度空气源热泵), 表7
 * (间接蒸发冷却冷水机组, where only the 标准机型 and 大温差型 rows have a gate) and 表8 (一体式冷水（热泵）机组). A unit meets
 * a row when it meets the row's grade-3 value and every gate at once, as the repository's evaluator reads them, so it
 * fails when any one is below its value; each gate is probed met, failed alone and missing, each capacity band at and
 * either side of its bounds, and each row outside it, on fictitious Chongqing units.
 */
class Gb19577ChillerEfficiencyTest {

  private static final List<String> TABLES = List.of("t1", "t2", "t3", "t7", "t8");

  /** The entries of these tables, in file order. */
  private static List<String> gatedTables() {
    return ids("gb-19577@2024").stream().filter(id -> TABLES.contains(table(id))).toList();
  }

  private static String table(String id) {
    return id.split("\\.")[1];
  }

  @Test
  void gb19577HasOneEntryPerRowOfTables1To3_7And8WithTheConsequenceOfGb18613() {
    Map<String, Integer> rows = new LinkedHashMap<>();
    Map<String, String> category = Map.of("t1", "vapour-compression-chiller", "t2", "vapour-compression-chiller",
        "t3", "low-ambient-air-source", "t7", "indirect-evaporative", "t8", "integrated");
    for (String id : gatedTables()) {
      CatalogueEntry x = entry(id);
      assertEliminatedInChongqingAsGb18613(x);
      assertEquals(Set.of("heat-pump-unit"), Set.copyOf(x.applicability().unitKinds()), id);
      assertEquals(true, onlyValue(id, "heatPump.gb19577Scope"), id);
      assertEquals(category.get(table(id)), onlyValue(id, "heatPump.gb19577Category"), id);
      if (table(id).equals("t1") || table(id).equals("t2")) {
        assertEquals(table(id).equals("t1") ? "part-load-seasonal" : "copc",
            onlyValue(id, "heatPump.gb19577IndicatorSystem"), id + ": the indicator system of 表1/表2");
        assertTrue(Set.of("water-cooled", "air-cooled", "evaporative-cooled")
            .contains(onlyValue(id, "heatPump.coolingMethod")), id + ": the cooling method of 表1/表2");
      } else {
        assertTrue(comparisons(id, "heatPump.gb19577IndicatorSystem").isEmpty(), id);
        assertTrue(comparisons(id, "heatPump.coolingMethod").isEmpty(), id);
      }
      assertEquals(limits(id).size() > 1, x.provenance().note().orElseThrow().contains("to be met at once"),
          id + ": the note says how gates combine where there are gates");
      rows.merge(table(id), 1, Integer::sum);
    }
    assertEquals(Map.of("t1", 12, "t2", 5, "t3", 6, "t7", 10, "t8", 6), rows);
  }

  @Test
  void gatedRowsArePinnedToTheRepositoryFile() {
    // hvac_thresholds.json, heat_pump_chiller records: metric_name, thresholds [1级, 2级, 3级] and fixed_gates
    Map<String, String> pinned = new LinkedHashMap<>();
    // GB19577-T1-01 舒适型 水冷式 ≤300 kW: IPLV [6.0, 5.6, 5.2], COPc 4.2 at level 3
    pinned.put("gb19577-2024.t1.comfort.water-cooled.up-to-300kw.grade3", "heatPump.iplv 5.2; heatPump.copc 4.2");
    // T1-06 舒适型 风冷式 >50 kW: CSPF [4.3, 3.85, 3.3], COPc 2.8
    pinned.put("gb19577-2024.t1.comfort.air-cooled.over-50kw.grade3", "heatPump.cspf 3.3; heatPump.copc 2.8");
    // T1-10 数据中心专用型 水冷式 528–1163 kW: ACCOP [10.0, 8.0, 7.4], COPc 6.5
    pinned.put("gb19577-2024.t1.data-centre.water-cooled.over-528kw-up-to-1163kw.grade3",
        "heatPump.accop 7.4; heatPump.copc 6.5");
    // T1-12 数据中心专用型 风冷式, no capacity axis: ACCOP [6.8, 5.8, 4.8], COPc 3.0
    pinned.put("gb19577-2024.t1.data-centre.air-cooled.grade3", "heatPump.accop 4.8; heatPump.copc 3.0");
    // T2-03 舒适型 水冷式 528–1163 kW: COPc [6.2, 6.0, 5.4], CSPF/IPLV/ACCOP 6.2 (read as IPLV)
    pinned.put("gb19577-2024.t2.comfort.water-cooled.over-528kw-up-to-1163kw.grade3",
        "heatPump.copc 5.4; heatPump.iplv 6.2");
    // T2-05 舒适型 风冷式, a capacity axis without bounds: COPc [3.4, 3.2, 2.8], CSPF/IPLV/ACCOP 3.3 (read as CSPF)
    pinned.put("gb19577-2024.t2.comfort.air-cooled.grade3", "heatPump.copc 2.8; heatPump.cspf 3.3");
    // T3-01 地板采暖型 ≤35 kW: HSPF [3.6, 3.2, 2.8], COPdh 2.0 and COPh 2.3 at every level
    pinned.put("gb19577-2024.t3.floor-heating.up-to-35kw.grade3",
        "heatPump.hspf 2.8; heatPump.lowAmbientCopdh 2.0; heatPump.lowAmbientCoph 2.3");
    // T3-02 风机盘管型 ≤35 kW: APF [3.05, 2.85, 2.65], COPdh 1.8, COPh 2.1
    pinned.put("gb19577-2024.t3.fan-coil.up-to-35kw.grade3",
        "heatPump.apf 2.65; heatPump.lowAmbientCopdh 1.8; heatPump.lowAmbientCoph 2.1");
    // T3-06 散热器型 >35 kW: HSPF [2.6, 2.4, 2.3], COPdh 1.5, COPh 1.8
    pinned.put("gb19577-2024.t3.radiator.over-35kw.grade3",
        "heatPump.hspf 2.3; heatPump.lowAmbientCopdh 1.5; heatPump.lowAmbientCoph 1.8");
    // T7-04 大温差型 >100 kW: AEER [25, 22, 18], EER 16 at level 3; T7-07 内冷式 ≤100 kW: EER [15, 11, 9], no gate
    pinned.put("gb19577-2024.t7.large-temperature-difference.over-100kw.grade3", "heatPump.aeer 18; heatPump.eer 16");
    pinned.put("gb19577-2024.t7.internal-cooling.up-to-100kw.grade3", "heatPump.eer 9");
    // T8-02 蒸发冷却式冷却塔式 300–528 kW: IPLV(I) [5.6, 5.0, 4.8], COP(I) 4.4; T8-06 风冷式 >50 kW: [4.2, 3.75, 3.2], 2.7
    pinned.put("gb19577-2024.t8.evaporative-cooling-tower.over-300kw-up-to-528kw.grade3",
        "heatPump.iplvIntegrated 4.8; heatPump.copIntegrated 4.4");
    pinned.put("gb19577-2024.t8.air-cooled.over-50kw.grade3", "heatPump.iplvIntegrated 3.2; heatPump.copIntegrated 2.7");
    pinned.forEach((id, expected) -> assertEquals(expected, limitsText(id), id));
    assertTrue(entry("gb19577-2024.t1.comfort.air-cooled.over-50kw.grade3").text().zh()
        .contains("1级 4.3；2级 3.85；3级 3.3；3级另需COPc 2.8（固定门槛）"), "grades 1 and 2 are in the text only");
    assertTrue(band("gb19577-2024.t1.data-centre.air-cooled.grade3").isEmpty(), "T1-12 has no capacity axis");
    assertTrue(band("gb19577-2024.t2.comfort.air-cooled.grade3").isEmpty(), "T2-05's axis has no bound");
  }

  @Test
  void aGatedRowIsMetOnlyWhenEveryLimitIsMetAndFailsWhenAnyOneIsBelowItsValue() {
    for (String id : gatedTables()) {
      Map<String, Quantity> limits = limits(id);
      assertEquals(Verdict.COMPLIANT, verdict(id, unit(id)), id + ": every limit at its value");
      assertEquals(Verdict.COMPLIANT, verdict(id, unitAll(id, "0.01")), id + ": every limit just above");
      assertEquals(Verdict.NON_COMPLIANT, verdict(id, unitAll(id, "-0.01")), id + ": every limit just below");
      for (Map.Entry<String, Quantity> l : limits.entrySet()) {
        String k = l.getKey();
        assertEquals(Verdict.NON_COMPLIANT, verdict(id, with(unit(id), k, plus(l.getValue(), "-0.01"))),
            id + ": " + k + " just below its value, the others met");
        assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, without(unit(id), k)),
            id + ": " + k + " not reported, the others met");
        for (String other : limits.keySet()) {
          if (!other.equals(k)) {
            assertEquals(Verdict.NON_COMPLIANT,
                verdict(id, with(without(unit(id), k), other, plus(limits.get(other), "-0.01"))),
                id + ": " + k + " not reported and " + other + " below its value");
          }
        }
      }
    }
  }

  @Test
  void everyTable1_3_7And8RowWithAGateHasIt() {
    for (String id : gatedTables()) {
      boolean ungated = id.startsWith("gb19577-2024.t7.external-cooling.")
          || id.startsWith("gb19577-2024.t7.internal-cooling.") || id.startsWith("gb19577-2024.t7.internal-external-");
      assertEquals(ungated ? 1 : table(id).equals("t3") ? 3 : 2, limits(id).size(), id);
    }
  }

  @Test
  void aCapacityBandIncludesItsUpperBoundAndExcludesItsLowerOne() {
    for (String id : gatedTables()) {
      Criterion b = band(id).orElse(null);
      if (b == null) {
        continue;
      }
      String key = capacityKey(b).orElseThrow();
      Quantity min = b instanceof Criterion.Range r ? r.min()
          : ((Criterion.Comparison) b).operator() == Operator.GT ? CriterionShapes.quantity((Criterion.Comparison) b) : null;
      Quantity max = b instanceof Criterion.Range r ? r.max()
          : ((Criterion.Comparison) b).operator() == Operator.LE ? CriterionShapes.quantity((Criterion.Comparison) b) : null;
      Map<String, Object> failing = unitAll(id, "-0.01");
      if (max != null) {
        assertEquals(Verdict.NON_COMPLIANT, verdict(id, with(failing, key, max)), id + ": " + max + " is in the band");
        assertNoFinding(id, with(failing, key, plus(max, "0.1")), "just above " + max);
      }
      if (min != null) {
        assertNoFinding(id, with(failing, key, min), min + " is not in the band");
        assertEquals(Verdict.NON_COMPLIANT, verdict(id, with(failing, key, plus(min, "0.1"))), id + ": above " + min);
      }
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, without(failing, key)),
          id + ": a failing unit that does not report its capacity cannot be cleared");
      assertEquals(table(id).equals("t3") ? "heatPump.ratedHeatingCapacity" : "heatPump.ratedCoolingCapacity", key, id);
    }
  }

  @Test
  void aTable1Or2RowAppliesOnlyToAUnitRatedUnderItsIndicatorSystem() {
    for (String id : gatedTables()) {
      if (!table(id).equals("t1") && !table(id).equals("t2")) {
        continue;
      }
      Map<String, Object> failing = unitAll(id, "-0.01");
      String other = table(id).equals("t1") ? "copc" : "part-load-seasonal";
      assertNoFinding(id, with(failing, "heatPump.gb19577IndicatorSystem", other), "the other indicator system");
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, without(failing, "heatPump.gb19577IndicatorSystem")),
          id + ": a failing unit that does not report its indicator system cannot be cleared");
      assertEquals(Verdict.COMPLIANT, verdict(id, without(unit(id), "heatPump.gb19577IndicatorSystem")),
          id + ": a unit meeting the row is met whatever its system");
    }
  }

  @Test
  void aComfortWaterCooledUnitHasTheSameGrade3PairUnderEitherSystemAndAnAirCooledOneUpTo50KwDoesNot() {
    for (String band : List.of("up-to-300kw", "over-300kw-up-to-528kw", "over-528kw-up-to-1163kw", "over-1163kw")) {
      String t1 = "gb19577-2024.t1.comfort.water-cooled." + band + ".grade3";
      String t2 = "gb19577-2024.t2.comfort.water-cooled." + band + ".grade3";
      assertEquals(limits(t1), limits(t2), band + ": IPLV and COPc of 表1 are COPc and IPLV of 表2");
    }
    String t1 = "gb19577-2024.t1.comfort.air-cooled.up-to-50kw.grade3";
    String t2 = "gb19577-2024.t2.comfort.air-cooled.grade3";
    assertEquals(limits("gb19577-2024.t1.comfort.air-cooled.over-50kw.grade3"), limits(t2), "above 50 kW they agree");
    assertNotEquals(limits(t1), limits(t2));
    Map<String, Object> unit = with(unit(t1), "heatPump.ratedCoolingCapacity", "40 kW", "heatPump.cspf", "3.4 1",
        "heatPump.copc", "2.8 1");
    assertEquals(Verdict.NON_COMPLIANT, verdict(t1, unit), "表1 asks CSPF 3.5 up to 50 kW");
    assertEquals(Verdict.COMPLIANT, verdict(t2, with(unit, "heatPump.gb19577IndicatorSystem", "copc")),
        "表2 asks COPc 2.8 and CSPF 3.3");
    Map<String, Object> other = with(unit, "heatPump.cspf", "3.5 1", "heatPump.copc", "2.7 1");
    assertEquals(Verdict.COMPLIANT, verdict(t1, other), "表1 asks COPc 2.7");
    assertEquals(Verdict.NON_COMPLIANT, verdict(t2, with(other, "heatPump.gb19577IndicatorSystem", "copc")),
        "2.7 is below 表2's 2.8");
  }

  @Test
  void aGatedRowGivesNoFindingForAUnitOutsideItsRow() {
    for (String id : gatedTables()) {
      Map<String, Object> failing = unitAll(id, "-0.5");
      assertNoFinding(id, with(failing, "heatPump.gb19577Scope", false), "outside the standard's scope");
      assertNoFinding(id, with(failing, "heatPump.gb19577Category", "water-ground-source"), "a unit of 表4");
      assertNoFinding(id, with(failing, "heatPump.gb19577UnitType", "other"), "a unit type the table does not name");
      List<String> keys = List.of("heatPump.gb19577Scope", "heatPump.gb19577Category", "heatPump.gb19577UnitType");
      if (failing.containsKey("heatPump.coolingMethod")) {
        assertNoFinding(id, with(failing, "heatPump.coolingMethod", "other"), "a cooling method the row does not name");
        keys = List.of("heatPump.gb19577Scope", "heatPump.gb19577Category", "heatPump.gb19577UnitType",
            "heatPump.coolingMethod");
      }
      for (String key : keys) {
        assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, without(failing, key)),
            id + ": a failing unit that does not report " + key + " cannot be cleared");
      }
    }
  }

  @Test
  void theLowAmbientCophGateOfTable3IsNotTheCophOfTable6() {
    for (String id : gatedTables()) {
      if (table(id).equals("t3")) {
        assertTrue(limits(id).containsKey("heatPump.lowAmbientCoph"), id);
        assertFalse(limits(id).containsKey("heatPump.coph"), id + ": COPh of GB/T 25127, not COPH of GB/T 25861");
      }
    }
  }
}
