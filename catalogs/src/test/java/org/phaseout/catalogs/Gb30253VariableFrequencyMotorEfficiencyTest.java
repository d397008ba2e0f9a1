package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.EfficiencyStandardProbe.assertEliminatedInChongqingAsGb18613;
import static org.phaseout.catalogs.EfficiencyStandardProbe.assertNoFinding;
import static org.phaseout.catalogs.EfficiencyStandardProbe.findingIfAny;
import static org.phaseout.catalogs.EfficiencyStandardProbe.members;
import static org.phaseout.catalogs.EfficiencyStandardProbe.onlyValue;
import static org.phaseout.catalogs.EfficiencyStandardProbe.verdict;
import static org.phaseout.catalogs.EfficiencyStandardProbe.with;
import static org.phaseout.catalogs.EfficiencyStandardProbe.without;
import static org.phaseout.catalogs.Gb30253SpeedProbe.EDITION;
import static org.phaseout.catalogs.Gb30253SpeedProbe.assertGrade3PerSpeed;
import static org.phaseout.catalogs.Gb30253SpeedProbe.hasCooling;
import static org.phaseout.catalogs.Gb30253SpeedProbe.idsOfTables;
import static org.phaseout.catalogs.Gb30253SpeedProbe.limitsByHeading;
import static org.phaseout.catalogs.Gb30253SpeedProbe.motorAt;
import static org.phaseout.catalogs.Gb30253SpeedProbe.rowsFailing;
import static org.phaseout.catalogs.Gb30253SpeedProbe.table;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.phaseout.Verdict;
import org.phaseout.catalogue.CatalogueEntry;

/**
 * GB 30253-2024 as shipped for variable-frequency (变频调速) permanent-magnet synchronous motors: the standard gives
 * one table per grade, and each row of the grade-3 tables (表10 ≤1140V; 表13, 表16, 表19 3kV(3.3kV)/6kV; 表22, 表25,
 * 表28 10kV, one per cooling group) is an entry on the efficiency at 90 % of rated speed, graded by rated speed in
 * r/min. Only the tabulated power steps and rated speeds are checked: a speed between two columns gives no finding,
 * since no source says how it is read. Rows are pinned to the repository file and evaluated end to end on fictitious
 * Chongqing motors.
 */
class Gb30253VariableFrequencyMotorEfficiencyTest {

  private static final String LOW_VOLTAGE_ROW = "gb30253-2024.t10.11kw.grade3";
  private static final String BAND_ROW = "gb30253-2024.t10.315-1250kw.grade3";
  private static final String OPEN_ROW = "gb30253-2024.t13.over3150kw.grade3";
  private static final List<String> HV_SPEEDS =
      List.of("3000", "1500", "1000", "750", "600", "500", "375", "300", "250", "200", "150", "100", "75", "60", "45");

  private static List<String> variableFrequencyIds() {
    return idsOfTables(8, 28);
  }

  @Test
  void variableFrequencyRowsAreTheRowsOfTheSevenGrade3TablesWithTheConsequenceOfGb18613() {
    Map<Integer, Long> rows = variableFrequencyIds().stream()
        .collect(Collectors.groupingBy(id -> table(id), TreeMap::new, Collectors.counting()));
    assertEquals(Map.of(10, 28L, 13, 25L, 16, 25L, 19, 25L, 22, 25L, 25, 25L, 28, 25L), rows,
        "the grade-1 and grade-2 tables (表8/表9, 表11/表12, …) are in the entries' text, not entries of their own");
    Map<Integer, String> voltage = Map.of(10, "up-to-1140v", 13, "3kv-6kv", 16, "3kv-6kv", 19, "3kv-6kv",
        22, "10kv", 25, "10kv", 28, "10kv");
    Map<Integer, Set<String>> cooling = Map.of(13, Set.of("IC81W", "IC86W", "IC71W", "IC3W7"),
        16, Set.of("IC411", "IC416"), 19, Set.of("IC511", "IC611", "IC616", "IC516", "IC666"));
    for (String id : variableFrequencyIds()) {
      CatalogueEntry x = entry(id);
      assertEliminatedInChongqingAsGb18613(x);
      assertEquals(Set.of("motor"), Set.copyOf(x.applicability().unitKinds()), id);
      assertEquals(true, onlyValue(id, "motor.gb30253Scope"), id);
      assertEquals("variable-frequency", onlyValue(id, "motor.gb30253Category"), id);
      assertEquals(voltage.get(table(id)), onlyValue(id, "motor.gb30253VoltageGroup"), id);
      assertEquals(table(id) != 10, hasCooling(id), id + ": 表10 is for any cooling method");
      if (table(id) != 10) {
        assertEquals(cooling.get(table(id) > 19 ? table(id) - 9 : table(id)), members(id, "motor.coolingMethod"), id);
      }
      assertTrue(x.provenance().note().orElseThrow().contains("Only the tabulated power steps and rated speeds are "
          + "checked"), id);
      assertTrue(x.text().zh().contains("90%额定转速下的效率") && x.text().zh().contains("1级")
          && x.text().zh().contains("2级"), id + ": grades 1 and 2 are kept in the text");
    }
    assertTrue(edition(EDITION).source().note().orElseThrow().contains("Only the tabulated power steps and rated "
        + "speeds are checked"));
  }

  @Test
  void table10RowsArePinnedToTheRepositoryFileInFourSpeedBandsAndTenSingleSpeeds() {
    // gb30253_2024_pdf_verified_v1.json 表10 (变频调速, ≤1140V, 通用, "grade": 3): GB30253-R000419 (0.55 kW) and
    // GB30253-R000446 (power_rule "315≤P≤1250")
    Map<String, String> small = new LinkedHashMap<>();
    String[] headings = {">1800~6000", ">1200~1800", ">900~1200", ">600~900", "500", "375", "300", "250", "200",
        "150", "100", "75", "60", "45"};
    String[] values = {"79.3", "81.9", "78.6", "74.4", "73.2", "72.0", "70.3", "66.9", "63.2", "59.1", "55.0", "51.0",
        "47.6", "43.5"};
    IntStream.range(0, headings.length).forEach(i -> small.put(headings[i], values[i]));
    assertEquals(small, limitsByHeading("gb30253-2024.t10.0p55kw.grade3"));
    Map<String, String> band = limitsByHeading(BAND_ROW);
    assertEquals(List.of("95.7", "95.9", "95.8", "94.3"), List.copyOf(band.values()).subList(0, 4));
    assertEquals("89.1", band.get("45"));
    // grades 1 and 2 of the same power step, from 表8 (R000307) and 表9 (R000363), are in the text
    assertTrue(entry("gb30253-2024.t10.0p55kw.grade3").text().zh().contains("1级 >1800~6000r/min 84.1"));
    assertTrue(entry("gb30253-2024.t10.0p55kw.grade3").text().zh().contains("2级 >1800~6000r/min 82.7"));
  }

  @Test
  void highVoltageRowsArePinnedToTheRepositoryFileInFifteenSingleSpeeds() {
    // 3级: GB30253-R000575 表13 200 kW, R000889 表19 1000 kW, R001196 表25 2240 kW, R001349 表28 "P>3150"
    assertEquals(List.of("92.0", "92.1", "91.9", "91.6", "91.3", "90.8", "90.3", "90.0", "89.7", "89.2", "88.3",
        "87.2", "86.1", "85.1", "84.0"), List.copyOf(limitsByHeading("gb30253-2024.t13.200kw.grade3").values()));
    assertEquals(HV_SPEEDS, List.copyOf(limitsByHeading("gb30253-2024.t13.200kw.grade3").keySet()));
    assertEquals("94.3", limitsByHeading("gb30253-2024.t19.1000kw.grade3").get("3000"));
    assertEquals("89.9", limitsByHeading("gb30253-2024.t19.1000kw.grade3").get("45"));
    assertEquals("95.8", limitsByHeading("gb30253-2024.t25.2240kw.grade3").get("3000"));
    assertEquals("91.6", limitsByHeading("gb30253-2024.t25.2240kw.grade3").get("45"));
    assertEquals(List.of("95.1", "95.2", "94.9", "94.7", "94.4", "94.0", "93.7", "93.4", "93.1", "92.8", "92.6",
        "92.3", "92.0", "91.7", "91.3"), List.copyOf(limitsByHeading("gb30253-2024.t28.over3150kw.grade3").values()));
  }

  @Test
  void everyVariableFrequencyRowFailsAnEfficiencyBelowItsGrade3ValueAndIsMetAtAndAboveIt() {
    for (String id : variableFrequencyIds()) {
      assertGrade3PerSpeed(id);
    }
  }

  @Test
  void aSpeedBandIncludesItsUpperFigureAndExcludesItsLowerOne() {
    // 11 kW (R000428): >1800~6000 91.6, >1200~1800 92.4, >900~1200 91.2, >600~900 89.1, 500 88.2
    Map<String, Object> m = motorAt(LOW_VOLTAGE_ROW, "500", "92.3 %");
    assertEquals(Verdict.NON_COMPLIANT, verdict(LOW_VOLTAGE_ROW, with(m, "motor.ratedSpeed", "1800 r/min")),
        "1800 r/min is in >1200~1800 (92.4)");
    assertEquals(Verdict.COMPLIANT, verdict(LOW_VOLTAGE_ROW, with(m, "motor.ratedSpeed", "1800.1 r/min")),
        "1800.1 r/min is in >1800~6000 (91.6)");
    assertEquals(Verdict.NON_COMPLIANT, verdict(LOW_VOLTAGE_ROW,
        with(m, "motor.ratedSpeed", "6000 r/min", "motor.efficiencyAt90PercentSpeed", "91.5 %")), "6000 is included");
    assertEquals(Verdict.NON_COMPLIANT, verdict(LOW_VOLTAGE_ROW,
        with(m, "motor.ratedSpeed", "900 r/min", "motor.efficiencyAt90PercentSpeed", "89.0 %")), "900 in >600~900");
    assertEquals(Verdict.COMPLIANT, verdict(LOW_VOLTAGE_ROW,
        with(m, "motor.ratedSpeed", "600.1 r/min", "motor.efficiencyAt90PercentSpeed", "89.1 %")), "600.1 in >600~900");
    assertNoFinding(LOW_VOLTAGE_ROW, with(m, "motor.ratedSpeed", "600 r/min"), "600 is below >600~900 and not 500");
    assertNoFinding(LOW_VOLTAGE_ROW, with(m, "motor.ratedSpeed", "6000.1 r/min"), "above the highest band");
  }

  @Test
  void aSpeedBetweenTwoTabulatedSpeedsGivesNoFindingBecauseNoSourceSaysHowItIsRead() {
    Map<String, Object> low = motorAt(LOW_VOLTAGE_ROW, "500", "60 %");
    assertEquals(Verdict.NON_COMPLIANT, verdict(LOW_VOLTAGE_ROW, low));
    for (String speed : List.of("550 r/min", "500.1 r/min", "499.9 r/min", "400 r/min", "46 r/min", "44.9 r/min")) {
      assertNoFinding(LOW_VOLTAGE_ROW, with(low, "motor.ratedSpeed", speed), speed + " is not a tabulated speed");
    }
    String hv = "gb30253-2024.t22.800kw.grade3";
    Map<String, Object> high = motorAt(hv, "1500", "60 %");
    assertEquals(Verdict.NON_COMPLIANT, verdict(hv, high));
    for (String speed : List.of("1800 r/min", "1200 r/min", "2999.9 r/min", "3000.1 r/min", "40 r/min")) {
      assertNoFinding(hv, with(high, "motor.ratedSpeed", speed), speed + " is not a tabulated speed");
    }
  }

  @Test
  void theBandAndOpenPowerRowsKeepTheirEndsAsTheRepositoryWritesThem() {
    Map<String, Object> band = motorAt(BAND_ROW, "45", "80 %");
    for (String inside : List.of("315 kW", "800 kW", "1250 kW")) {
      assertEquals(Verdict.NON_COMPLIANT, verdict(BAND_ROW, with(band, "unit.ratedCapacity", inside)), inside);
    }
    for (String outside : List.of("314.9 kW", "1250.1 kW", "280 kW")) {
      assertNoFinding(BAND_ROW, with(band, "unit.ratedCapacity", outside), outside + " is outside 315≤P≤1250");
    }
    Map<String, Object> open = motorAt(OPEN_ROW, "3000", "80 %");
    for (String inside : List.of("3150.1 kW", "5000 kW")) {
      assertEquals(Verdict.NON_COMPLIANT, verdict(OPEN_ROW, with(open, "unit.ratedCapacity", inside)), inside);
    }
    assertNoFinding(OPEN_ROW, with(open, "unit.ratedCapacity", "3150 kW"), "P>3150 excludes 3150 kW");
    List<String> anyRow = variableFrequencyIds().stream().filter(id -> table(id) == 13)
        .filter(id -> findingIfAny(id, LocalDate.of(2026, 1, 1), with(open, "unit.ratedCapacity", "2900 kW"))
            .isPresent()).toList();
    assertEquals(List.of(), anyRow, "no row of 表13 covers 2900 kW, between 2800 kW and P>3150");
  }

  @Test
  void aVariableFrequencyRowGivesNoFindingForAMotorOutsideItsTableOrRowAndLacksDataWithoutItsScope() {
    for (String id : variableFrequencyIds()) {
      Map<String, Object> failing = motorAt(id, limitsByHeading(id).keySet().iterator().next(), "40 %");
      assertNoFinding(id, with(failing, "motor.gb30253Scope", false), "outside the standard's scope");
      assertNoFinding(id, with(failing, "motor.gb30253Category", "line-start-up-to-1140v"), "a line-start motor");
      assertNoFinding(id, with(failing, "motor.gb30253Category", "elevator"), "an elevator motor (表29)");
      assertNoFinding(id, with(failing, "motor.gb30253VoltageGroup", table(id) > 19 ? "3kv-6kv" : "10kv"),
          "another voltage group's table");
      assertNoFinding(id, with(failing, "unit.ratedCapacity", "210 kW"), "an untabulated power");
      if (hasCooling(id)) {
        assertNoFinding(id, with(failing, "motor.coolingMethod", "IC01"), "a cooling method no table names");
      }
      for (String key : List.of("motor.gb30253Scope", "motor.gb30253Category", "motor.gb30253VoltageGroup",
          "motor.ratedSpeed")) {
        assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, without(failing, key)),
            id + ": a failing motor that does not report " + key + " cannot be cleared");
      }
      Map<String, Object> ratedOnly = with(without(failing, "motor.efficiencyAt90PercentSpeed"),
          "motor.efficiency", "99 %");
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, ratedOnly),
          id + ": the rated efficiency is not the efficiency at 90 % of rated speed");
    }
  }

  @Test
  void aVariableFrequencyMotorTheTablesCoverIsFoundByItsRowAndNoOther() {
    Map<String, Object> motor = motorAt("gb30253-2024.t16.630kw.grade3", "375", "93.1 %");
    List<String> failing = rowsFailing(motor);
    // 表16 (3kV(3.3kV)/6kV, IC411/IC416) 630 kW at 375 r/min, 3级 93.2 (GB30253-R000735): 93.1 % is below it
    assertEquals(List.of("gb30253-2024.t16.630kw.grade3"), failing);
  }
}
