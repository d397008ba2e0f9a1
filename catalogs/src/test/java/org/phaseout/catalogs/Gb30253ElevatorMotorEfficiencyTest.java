package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.EfficiencyStandardProbe.assertEliminatedInChongqingAsGb18613;
import static org.phaseout.catalogs.EfficiencyStandardProbe.assertNoFinding;
import static org.phaseout.catalogs.EfficiencyStandardProbe.onlyValue;
import static org.phaseout.catalogs.EfficiencyStandardProbe.verdict;
import static org.phaseout.catalogs.EfficiencyStandardProbe.with;
import static org.phaseout.catalogs.EfficiencyStandardProbe.without;
import static org.phaseout.catalogs.Gb30253SpeedProbe.assertGrade3PerSpeed;
import static org.phaseout.catalogs.Gb30253SpeedProbe.hasCooling;
import static org.phaseout.catalogs.Gb30253SpeedProbe.idsOfTables;
import static org.phaseout.catalogs.Gb30253SpeedProbe.limitsByHeading;
import static org.phaseout.catalogs.Gb30253SpeedProbe.motorAt;
import static org.phaseout.catalogs.Gb30253SpeedProbe.rowsFailing;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.phaseout.Verdict;

/**
 * GB 30253-2024 as shipped for permanent-magnet synchronous motors for elevators (电梯用, 表29, ≤1140V): one entry
 * per row, on the rated efficiency, graded by rated speed in seven bands from >750 to ≤100 r/min that leave no speed
 * out, each band above its lower figure and up to its upper one. Rows are pinned to the repository file and evaluated
 * end to end on fictitious Chongqing motors.
 */
class Gb30253ElevatorMotorEfficiencyTest {

  private static final String ROW = "gb30253-2024.t29.11kw.grade3";
  private static final List<String> BANDS =
      List.of(">750", ">400~750", ">250~400", ">180~250", ">140~180", ">100~140", "≤100");

  private static List<String> elevatorIds() {
    return idsOfTables(29, 29);
  }

  @Test
  void table29HasOneEntryPerRowFrom055To110KwWithTheConsequenceOfGb18613() {
    List<String> ids = elevatorIds();
    assertEquals(20, ids.size());
    assertEquals("gb30253-2024.t29.0p55kw.grade3", ids.get(0));
    assertEquals("gb30253-2024.t29.110kw.grade3", ids.get(19));
    // the repository's rows run 18.5 kW, then 25 kW (R001386, R001387)
    assertTrue(ids.contains("gb30253-2024.t29.25kw.grade3") && !ids.contains("gb30253-2024.t29.22kw.grade3"));
    for (String id : ids) {
      assertEliminatedInChongqingAsGb18613(entry(id));
      assertEquals("elevator", onlyValue(id, "motor.gb30253Category"), id);
      assertEquals("up-to-1140v", onlyValue(id, "motor.gb30253VoltageGroup"), id);
      assertEquals(false, hasCooling(id), id + ": 表29 is for any cooling method");
      assertEquals(BANDS, List.copyOf(limitsByHeading(id).keySet()), id);
      assertTrue(entry(id).provenance().note().orElseThrow().contains("Only the tabulated power steps are checked"));
    }
  }

  @Test
  void table29RowsArePinnedToTheRepositoryFileWithAllThreeGradesInTheirText() {
    // 3级: GB30253-R001375 (0.55 kW), R001384 (11 kW), R001394 (110 kW)
    assertEquals(List.of("73.0", "72.0", "70.5", "70.0", "69.4", "68.9", "68.0"),
        List.copyOf(limitsByHeading("gb30253-2024.t29.0p55kw.grade3").values()));
    assertEquals(List.of("87.2", "86.2", "84.7", "84.0", "83.4", "83.0", "81.8"),
        List.copyOf(limitsByHeading(ROW).values()));
    assertEquals(List.of("93.0", "92.0", "90.5", "90.0", "89.4", "89.0", "87.0"),
        List.copyOf(limitsByHeading("gb30253-2024.t29.110kw.grade3").values()));
    String zh = entry("gb30253-2024.t29.0p55kw.grade3").text().zh();
    assertTrue(zh.contains("1级 >750r/min 78.9") && zh.contains("2级 >750r/min 76.1"), zh);
  }

  @Test
  void everyElevatorRowFailsAnEfficiencyBelowItsGrade3ValueAndIsMetAtAndAboveIt() {
    for (String id : elevatorIds()) {
      assertGrade3PerSpeed(id);
    }
  }

  @Test
  void eachBandIncludesItsUpperFigureAndTheBandsLeaveNoSpeedOut() {
    // 11 kW: >750 87.2, >400~750 86.2, … >100~140 83.0, ≤100 81.8; a motor at 86.5 % fails only above 750 r/min
    Map<String, Object> m = motorAt(ROW, ">400~750", "86.5 %");
    assertEquals(Verdict.COMPLIANT, verdict(ROW, with(m, "motor.ratedSpeed", "750 r/min")), "750 is in >400~750");
    assertEquals(Verdict.NON_COMPLIANT, verdict(ROW, with(m, "motor.ratedSpeed", "750.1 r/min")), "750.1 in >750");
    Map<String, Object> slow = with(m, "motor.efficiency", "82.0 %");
    assertEquals(Verdict.COMPLIANT, verdict(ROW, with(slow, "motor.ratedSpeed", "100 r/min")), "100 is in ≤100");
    assertEquals(Verdict.NON_COMPLIANT, verdict(ROW, with(slow, "motor.ratedSpeed", "100.1 r/min")),
        "100.1 is in >100~140 (83.0)");
    Map<String, Object> failing = with(m, "motor.efficiency", "60 %");
    for (String speed : List.of("0.5 r/min", "45 r/min", "140 r/min", "180.5 r/min", "333 r/min", "6000 r/min")) {
      assertEquals(Verdict.NON_COMPLIANT, verdict(ROW, with(failing, "motor.ratedSpeed", speed)),
          speed + " falls in one of the seven bands");
    }
  }

  @Test
  void anElevatorRowIsJudgedOnTheRatedEfficiencyAndNotOnTheVariableFrequencyOne() {
    Map<String, Object> m = motorAt(ROW, "≤100", "80 %");
    assertEquals(Verdict.NON_COMPLIANT, verdict(ROW, m));
    Map<String, Object> other = with(without(m, "motor.efficiency"), "motor.efficiencyAt90PercentSpeed", "99 %");
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(ROW, other), "the efficiency at 90 % speed is not the rated one");
  }

  @Test
  void anElevatorRowGivesNoFindingOutsideItsTableOrRowAndLacksDataWithoutItsScope() {
    for (String id : elevatorIds()) {
      Map<String, Object> failing = motorAt(id, ">750", "50 %");
      assertNoFinding(id, with(failing, "motor.gb30253Scope", false), "outside the standard's scope");
      assertNoFinding(id, with(failing, "motor.gb30253Category", "variable-frequency"), "a variable-frequency motor");
      assertNoFinding(id, with(failing, "motor.gb30253VoltageGroup", "3kv-6kv"), "not ≤1140V");
      assertNoFinding(id, with(failing, "unit.ratedCapacity", "22 kW"), "an untabulated power");
      assertNoFinding(id, with(failing, "unit.ratedCapacity", "132 kW"), "above the table's 110 kW");
      for (String key : List.of("motor.gb30253Scope", "motor.gb30253Category", "motor.gb30253VoltageGroup",
          "motor.ratedSpeed")) {
        assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, without(failing, key)),
            id + ": a failing motor that does not report " + key + " cannot be cleared");
      }
    }
  }

  @Test
  void anElevatorMotorIsFoundByItsRowAndNoOther() {
    Map<String, Object> motor = motorAt("gb30253-2024.t29.37kw.grade3", ">180~250", "87.8 %");
    List<String> failing = rowsFailing(motor);
    // 表29 37 kW at 250 r/min (>180~250), 3级 87.9 (GB30253-R001389): 87.8 % is below it
    assertEquals(List.of("gb30253-2024.t29.37kw.grade3"), failing);
  }
}
