package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.EfficiencyStandardProbe.assertEliminatedInChongqingAsGb18613;
import static org.phaseout.catalogs.EfficiencyStandardProbe.assertGrade3PerPoles;
import static org.phaseout.catalogs.EfficiencyStandardProbe.assertInForceFromItsFirstDayOnly;
import static org.phaseout.catalogs.EfficiencyStandardProbe.assertNoFinding;
import static org.phaseout.catalogs.EfficiencyStandardProbe.findingIfAny;
import static org.phaseout.catalogs.EfficiencyStandardProbe.ids;
import static org.phaseout.catalogs.EfficiencyStandardProbe.limitsByPoles;
import static org.phaseout.catalogs.EfficiencyStandardProbe.members;
import static org.phaseout.catalogs.EfficiencyStandardProbe.onlyValue;
import static org.phaseout.catalogs.EfficiencyStandardProbe.quantityOf;
import static org.phaseout.catalogs.EfficiencyStandardProbe.verdict;
import static org.phaseout.catalogs.EfficiencyStandardProbe.with;
import static org.phaseout.catalogs.EfficiencyStandardProbe.without;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.phaseout.Verdict;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.Criterion;
import org.phaseout.measure.Quantity;

/**
 * The energy-efficiency standard of permanent-magnet synchronous motors (永磁同步电动机能效限定值及能效等级, GB 30253-2024)
 * as shipped, in force from 1 October 2025, and its seven tables of line-start (异步起动) motors, 表1 to 表7, graded by
 * number of poles: one entry per row with the consequence of GB 18613, rows pinned to the repository file, and every
 * row evaluated end to end on fictitious Chongqing motors below, at and above its grade-3 efficiency and outside its
 * table or row. The variable-frequency and elevator tables (表8 to 表29), graded by rated speed, have their own tests.
 */
class Gb30253PermanentMagnetMotorEfficiencyTest {

  private static final String RANGE_ROW = "gb30253-2024.t1.400-1000kw.grade3";

  /** The table number (1 to 7) of a GB 30253 line-start entry id. */
  private static int table(String entryId) {
    return Gb30253SpeedProbe.table(entryId);
  }

  /** The ids of the line-start entries (表1–表7), in file order. */
  private static List<String> lineStartIds() {
    return Gb30253SpeedProbe.idsOfTables(1, 7);
  }

  /** The product and voltage group of a table: ≤1140V (表1), 3kV(3.3kV)/6kV (表2–表4) or 10kV (表5–表7). */
  private static String categoryOf(int table) {
    return table == 1 ? "line-start-up-to-1140v" : table <= 4 ? "line-start-3kv-6kv" : "line-start-10kv";
  }

  /** The cooling methods a table names, the first of them the one the test motors use; 表1 is for any ("通用"). */
  private static List<String> coolingOf(int table) {
    return switch (table) {
      case 1 -> List.of();
      case 2, 5 -> List.of("IC81W", "IC86W", "IC71W", "IC3W7");
      case 3, 6 -> List.of("IC411", "IC416");
      default -> List.of("IC511", "IC611", "IC616", "IC516", "IC666");
    };
  }

  /** The row's rated-power band, for the one row the repository writes as "400≤P≤1000". */
  private static Optional<Criterion.Range> powerRange(String entryId) {
    return ((Criterion.All) entry(entryId).applicability().when().orElseThrow()).parts().stream()
        .filter(p -> p instanceof Criterion.Range r && r.operand().key().equals("unit.ratedCapacity"))
        .map(p -> (Criterion.Range) p).findFirst();
  }

  /** The row's rated power: its tabulated step, or the upper end of its band. */
  private static Quantity power(String entryId) {
    return powerRange(entryId).map(Criterion.Range::max)
        .orElseGet(() -> (Quantity) onlyValue(entryId, "unit.ratedCapacity"));
  }

  /** A motor in the entry's table (its category and a cooling method it names) and row, with these poles. */
  private static Map<String, Object> pmsm(String entryId, String poles, Object efficiency) {
    int table = table(entryId);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("motor.gb30253Scope", true);
    m.put("motor.gb30253Category", categoryOf(table));
    if (table > 1) {
      m.put("motor.coolingMethod", coolingOf(table).get(0));
    }
    m.put("unit.ratedCapacity", power(entryId));
    m.put("motor.poles", poles);
    if (efficiency != null) {
      m.put("motor.efficiency", quantityOf(efficiency));
    }
    return m;
  }

  /** The row's grade-3 values, pinned to the repository file, for these poles in order. */
  private static void assertGrade3(String entryId, List<String> poles, String... expected) {
    Map<String, Quantity> limits = limitsByPoles(entryId);
    assertEquals(poles, List.copyOf(limits.keySet()), entryId + ": the columns the row gives");
    for (int i = 0; i < poles.size(); i++) {
      assertTrue(limits.get(poles.get(i)).isEqualTo(Quantity.parse(expected[i] + " %")),
          entryId + " " + poles.get(i) + "极: " + limits.get(poles.get(i)) + " should be " + expected[i] + " %");
    }
  }

  @Test
  void gb30253IsInForceFrom1October2025AsTheRepositoryManifestDatesItAndNotTheDayBefore() {
    String id = "gb30253-2024.t1.11kw.grade3";
    assertInForceFromItsFirstDayOnly("gb-30253@2024", "GB 30253-2024", LocalDate.of(2025, 10, 1),
        27 + 6 * 21 + 28 + 6 * 25 + 20, "no source states how a speed between two columns is read", id,
        pmsm(id, "2", "92.5 %"));
  }

  @Test
  void gb30253HasOneEntryPerRowOfTheSevenLineStartTablesWithTheConsequenceOfGb18613() {
    int[] rows = new int[8];
    for (String id : lineStartIds()) {
      CatalogueEntry x = entry(id);
      assertEliminatedInChongqingAsGb18613(x);
      assertEquals(Set.of("motor"), Set.copyOf(x.applicability().unitKinds()), x.id());
      assertEquals(true, onlyValue(x.id(), "motor.gb30253Scope"), x.id());
      int table = table(x.id());
      rows[table]++;
      assertEquals(categoryOf(table), onlyValue(x.id(), "motor.gb30253Category"), x.id());
      if (table > 1) {
        assertEquals(Set.copyOf(coolingOf(table)), members(x.id(), "motor.coolingMethod"), x.id());
      }
    }
    assertEquals(List.of(0, 27, 21, 21, 21, 21, 21, 21), Arrays.stream(rows).boxed().toList());
    assertEquals(27 + 6 * 21, lineStartIds().size());
    assertEquals(lineStartIds(), ids("gb-30253@2024").subList(0, 153), "the line-start rows come first");
  }

  @Test
  void gb30253Table1RowsArePinnedToTheRepositoryFileFromTwoToSixteenPoles() {
    // gb30253_2024_pdf_verified_v1.json 表1 (异步起动, ≤1140V, 通用), 3级: data_id GB30253-R000001 (0.55 kW) and
    // GB30253-R000010 (11 kW)
    assertGrade3("gb30253-2024.t1.0p55kw.grade3", List.of("2", "4", "6", "8"), "81.5", "83.9", "80.9", "77.0");
    assertGrade3("gb30253-2024.t1.11kw.grade3", List.of("2", "4", "6", "8", "10", "12", "16"),
        "92.6", "93.3", "92.3", "90.4", "90.4", "89.6", "88.6");
    String small = "gb30253-2024.t1.0p55kw.grade3";
    assertNoFinding(small, pmsm(small, "10", "70 %"), "the row gives no value for 10 poles");
  }

  @Test
  void gb30253Table1At55KwLeavesOutTwelvePolesWhichTheStandardMarksWithADash() {
    // GB30253-R000017: 55 kW, 3级 95.3 95.7 95.1 93.7 93.7 for 2-10 poles; 12 poles "—" in all three grades
    String id = "gb30253-2024.t1.55kw.grade3";
    assertGrade3(id, List.of("2", "4", "6", "8", "10"), "95.3", "95.7", "95.1", "93.7", "93.7");
    assertNoFinding(id, pmsm(id, "12", "90 %"), "'—' for 12 poles: no value to fail");
    assertTrue(entry(id).provenance().note().orElseThrow().contains("标准原文无数据"), id);
  }

  @Test
  void gb30253HighVoltageRowsArePinnedToTheRepositoryFile() {
    // 3级 for 4/6/8/10/12 poles: GB30253-R000055 表2 200 kW, R000159 表4 2000 kW, R000235 表6 800 kW, R000285 表7 2000 kW
    List<String> poles = List.of("4", "6", "8", "10", "12");
    assertGrade3("gb30253-2024.t2.200kw.grade3", poles, "93.3", "93.1", "92.8", "92.5", "92.2");
    assertGrade3("gb30253-2024.t4.2000kw.grade3", poles, "95.8", "95.6", "95.3", "95.0", "94.7");
    assertGrade3("gb30253-2024.t6.800kw.grade3", poles, "95.6", "95.4", "95.0", "94.8", "94.4");
    assertGrade3("gb30253-2024.t7.2000kw.grade3", poles, "95.5", "95.4", "95.1", "94.7", "94.5");
    String id = "gb30253-2024.t2.200kw.grade3";
    assertNoFinding(id, pmsm(id, "2", "80 %"), "the high-voltage tables have no column for 2 poles");
  }

  @Test
  void gb30253Table1From400To1000KwIsOneRowIncludingBothEnds() {
    // GB30253-R000027: power_rule "400≤P≤1000", 3级 96.5 96.7 96.6 95.4 for 2/4/6/8 poles
    assertGrade3(RANGE_ROW, List.of("2", "4", "6", "8"), "96.5", "96.7", "96.6", "95.4");
    Criterion.Range band = powerRange(RANGE_ROW).orElseThrow();
    assertEquals("400≤P≤1000", band.wording());
    Map<String, Object> failing = pmsm(RANGE_ROW, "2", "96.4 %");
    for (String inside : List.of("400 kW", "400.1 kW", "710 kW", "999.9 kW", "1000 kW", "1 MW")) {
      assertEquals(Verdict.NON_COMPLIANT, verdict(RANGE_ROW, with(failing, "unit.ratedCapacity", inside)), inside);
    }
    for (String outside : List.of("399.9 kW", "355 kW", "1000.1 kW", "1120 kW")) {
      assertNoFinding(RANGE_ROW, with(failing, "unit.ratedCapacity", outside), outside + " is outside 400≤P≤1000");
    }
  }

  @Test
  void everyGb30253RowFailsAnEfficiencyBelowItsGrade3ValueAndIsMetAtAndAboveIt() {
    for (String id : lineStartIds()) {
      assertGrade3PerPoles(id, (poles, efficiency) -> pmsm(id, poles, efficiency));
    }
  }

  @Test
  void aGb30253RowGivesNoFindingForAMotorOutsideItsTableOrRow() {
    for (String id : lineStartIds()) {
      Map<String, Object> failing = pmsm(id, limitsByPoles(id).keySet().iterator().next(), "80 %");
      int table = table(id);
      assertNoFinding(id, with(failing, "motor.gb30253Scope", false), "outside the standard's scope");
      assertNoFinding(id, with(failing, "motor.gb30253Category", table <= 4 ? "line-start-10kv" : "line-start-3kv-6kv"),
          "another voltage group's table");
      assertNoFinding(id, with(failing, "motor.gb30253Category", "variable-frequency"),
          "a variable-frequency motor, graded by rated speed in 表8–表28");
      assertNoFinding(id, with(failing, "motor.gb30253Category", "elevator"), "an elevator motor (表29)");
      if (table > 1) {
        assertNoFinding(id, with(failing, "motor.coolingMethod", table % 3 == 2 ? "IC411" : "IC81W"),
            "a cooling method of another table");
        assertNoFinding(id, with(failing, "motor.coolingMethod", "IC01"), "a cooling method no table names");
        assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, without(failing, "motor.coolingMethod")),
            id + ": a failing motor that does not say its cooling cannot be cleared");
      } else {
        assertEquals(Verdict.NON_COMPLIANT, verdict(id, with(failing, "motor.coolingMethod", "IC411")),
            id + ": 表1 is for any cooling method");
      }
      if (!id.equals(RANGE_ROW)) {
        assertNoFinding(id, with(failing, "unit.ratedCapacity", "210 kW"), "an untabulated power");
      }
      for (String key : List.of("motor.gb30253Scope", "motor.gb30253Category", "motor.poles")) {
        assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, without(failing, key)),
            id + ": a failing motor that does not report " + key + " cannot be cleared");
      }
    }
  }

  @Test
  void aLineStartMotorTheTablesCoverIsFoundByItsRowAndNoOther() {
    Map<String, Object> motor = pmsm("gb30253-2024.t3.630kw.grade3", "8", "95.0 %");
    List<String> failing = ids("gb-30253@2024").stream()
        .filter(id -> findingIfAny(id, LocalDate.of(2026, 1, 1), motor)
            .filter(f -> f.verdict() == Verdict.NON_COMPLIANT).isPresent())
        .toList();
    // 表3 630 kW 8 poles, 3级 95.1 (GB30253-R000107): 95.0 % is below it, and no other row applies
    assertEquals(List.of("gb30253-2024.t3.630kw.grade3"), failing);
  }
}
