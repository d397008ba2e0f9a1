package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.EfficiencyStandardProbe.assertEliminatedInChongqingAsGb18613;
import static org.phaseout.catalogs.EfficiencyStandardProbe.assertGrade3PerPoles;
import static org.phaseout.catalogs.EfficiencyStandardProbe.assertInForceFromItsFirstDayOnly;
import static org.phaseout.catalogs.EfficiencyStandardProbe.assertNoFinding;
import static org.phaseout.catalogs.EfficiencyStandardProbe.comparisons;
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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.phaseout.Verdict;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.measure.Quantity;

/**
 * The energy-efficiency standard of high-voltage three-phase cage induction motors (高压三相笼型异步电动机能效限定值及能效等级,
 * GB 30254-2024, 表1 to 表6) as shipped: in force from its first day, one entry per row with the consequence of GB
 * 18613, rows pinned to their sources, and every row evaluated end to end on fictitious Chongqing motors below, at and
 * above its grade-3 efficiency and outside its table or row.
 */
class Gb30254HighVoltageMotorEfficiencyTest {

  private static final List<String> POLES = List.of("2", "4", "6", "8", "10", "12");

  /** The table number (1 to 6) of a GB 30254 entry id. */
  private static int table(String entryId) {
    return Integer.parseInt(entryId.substring("gb30254-2024.t".length(), "gb30254-2024.t".length() + 1));
  }

  /** The cooling methods a GB 30254 table names: open (表1、表2), closed with a cooler (表3、表4), IC411 (表5、表6). */
  private static Set<String> coolingOf(int table) {
    return switch (table) {
      case 1, 2 -> Set.of("IC01", "IC11", "IC21", "IC31", "IC81W");
      case 3, 4 -> Set.of("IC611", "IC616", "IC511", "IC516");
      default -> Set.of("IC411");
    };
  }

  /** A motor in the entry's table (a voltage and a cooling method it names) and row, with these poles. */
  private static Map<String, Object> hvMotor(String entryId, String poles, Object efficiency) {
    int table = table(entryId);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("motor.gb30254Scope", true);
    m.put("equipment.ratedVoltage", Quantity.parse(table % 2 == 1 ? "6 kV" : "10 kV"));
    m.put("motor.coolingMethod", table <= 2 ? "IC01" : table <= 4 ? "IC611" : "IC411");
    m.put("unit.ratedCapacity", onlyValue(entryId, "unit.ratedCapacity"));
    m.put("motor.poles", poles);
    if (efficiency != null) {
      m.put("motor.efficiency", quantityOf(efficiency));
    }
    return m;
  }

  @Test
  void gb30254IsInForceFrom1September2025AsTheRepositoryManifestDatesItAndNotTheDayBefore() {
    String id = "gb30254-2024.t1.200kw.grade3";
    assertInForceFromItsFirstDayOnly("gb-30254@2024", "GB 30254-2024", LocalDate.of(2025, 9, 1),
        43 + 42 + 35 + 35 + 25 + 24, "Reference 05 §8 transcribes only 表1 up to 2500 kW", id,
        hvMotor(id, "2", "92.2 %"));
  }

  @Test
  void gb30254HasOneEntryPerRowOfTables1To6WithTheConsequenceOfGb18613() {
    CatalogueEdition gb = edition("gb-30254@2024");
    int[] rows = new int[7];
    for (CatalogueEntry x : gb.entries()) {
      assertEliminatedInChongqingAsGb18613(x);
      assertEquals(Set.of("motor"), Set.copyOf(x.applicability().unitKinds()), x.id());
      assertEquals(true, onlyValue(x.id(), "motor.gb30254Scope"), x.id());
      int table = table(x.id());
      rows[table]++;
      Set<String> cooling = table <= 4 ? members(x.id(), "motor.coolingMethod")
          : Set.of((String) onlyValue(x.id(), "motor.coolingMethod"));
      assertEquals(coolingOf(table), cooling, x.id());
      assertEquals(table % 2 == 1 ? 3 : 1, comparisons(x.id(), "equipment.ratedVoltage").size(),
          x.id() + ": 3 kV, 3.3 kV and 6 kV in the odd tables, 10 kV in the even ones");
    }
    assertEquals(List.of(0, 43, 42, 35, 35, 25, 24), Arrays.stream(rows).boxed().toList());
  }

  @Test
  void gb30254Table1At200KwIsPinnedToReference05() {
    // reference 05 §8 表1 200 kW, 3级: 92.3 92.1 91.9 91.4 91.1 90.7 for 2/4/6/8/10/12 poles
    Map<String, Quantity> limits = limitsByPoles("gb30254-2024.t1.200kw.grade3");
    List<String> expected = List.of("92.3", "92.1", "91.9", "91.4", "91.1", "90.7");
    assertEquals(POLES, List.copyOf(limits.keySet()));
    for (int i = 0; i < POLES.size(); i++) {
      assertTrue(limits.get(POLES.get(i)).isEqualTo(Quantity.parse(expected.get(i) + " %")), POLES.get(i) + "极");
    }
    assertEquals(3, comparisons("gb30254-2024.t1.200kw.grade3", "equipment.ratedVoltage").size(),
        "3 kV, 3.3 kV and 6 kV");
  }

  @Test
  void gb30254Table2At22400KwHasOnlyTheFourPoleValueOfTheRepositoryFile() {
    // motor_hv.json data_id GB30254-R000085: 表2 22400 kW, 4 poles only, 1级 97.8, 2级 97.5, 3级 97.1
    String id = "gb30254-2024.t2.22400kw.grade3";
    Map<String, Quantity> limits = limitsByPoles(id);
    assertEquals(List.of("4"), List.copyOf(limits.keySet()));
    assertTrue(limits.get("4").isEqualTo(Quantity.parse("97.1 %")));
    assertTrue(((Quantity) onlyValue(id, "equipment.ratedVoltage")).isEqualTo(Quantity.parse("10 kV")));
    assertNoFinding(id, hvMotor(id, "2", "90 %"), "the row gives no value for 2 poles");
  }

  @Test
  void gb30254Table6At2800KwIsPinnedToTheRepositoryFileAndHasNoColumnsBeyondEightPoles() {
    // motor_hv.json data_id GB30254-R000204: 表6 (10kV:IC411) 2800 kW, 3级 96.0 95.9 95.8 95.4 for 2/4/6/8 poles
    String id = "gb30254-2024.t6.2800kw.grade3";
    Map<String, Quantity> limits = limitsByPoles(id);
    assertEquals(List.of("2", "4", "6", "8"), List.copyOf(limits.keySet()));
    List<String> expected = List.of("96.0", "95.9", "95.8", "95.4");
    for (int i = 0; i < 4; i++) {
      assertTrue(limits.get(POLES.get(i)).isEqualTo(Quantity.parse(expected.get(i) + " %")), POLES.get(i) + "极");
    }
    assertEquals("IC411", onlyValue(id, "motor.coolingMethod"));
    assertNoFinding(id, hvMotor(id, "10", "90 %"), "表6 has no column for 10 poles");
  }

  @Test
  void everyGb30254RowFailsAnEfficiencyBelowItsGrade3ValueAndIsMetAtAndAboveIt() {
    for (String id : ids("gb-30254@2024")) {
      assertGrade3PerPoles(id, (poles, efficiency) -> hvMotor(id, poles, efficiency));
    }
  }

  @Test
  void aGb30254RowGivesNoFindingForAMotorOutsideItsTableOrRow() {
    for (String id : ids("gb-30254@2024")) {
      Map<String, Object> failing = hvMotor(id, limitsByPoles(id).keySet().iterator().next(), "80 %");
      assertNoFinding(id, with(failing, "motor.gb30254Scope", false), "outside the standard's scope");
      int table = table(id);
      assertNoFinding(id, with(failing, "equipment.ratedVoltage", table % 2 == 1 ? "10 kV" : "6 kV"),
          "the other voltage's table");
      assertNoFinding(id, with(failing, "equipment.ratedVoltage", "380 V"), "a low-voltage motor");
      assertNoFinding(id, with(failing, "motor.coolingMethod", table <= 2 ? "IC611" : table <= 4 ? "IC411" : "IC01"),
          "a cooling method of another table");
      assertNoFinding(id, with(failing, "motor.coolingMethod", "other"), "a cooling method no table names");
      assertNoFinding(id, with(failing, "unit.ratedCapacity", "210 kW"), "an untabulated power");
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, without(failing, "motor.coolingMethod")),
          id + ": a failing motor that does not say its cooling cannot be cleared");
    }
    assertEquals(Verdict.NON_COMPLIANT, verdict("gb30254-2024.t1.200kw.grade3",
        with(hvMotor("gb30254-2024.t1.200kw.grade3", "2", "92.2 %"), "equipment.ratedVoltage", "3300 V")),
        "3.3 kV reported in volts is a 表1 voltage");
  }
}
