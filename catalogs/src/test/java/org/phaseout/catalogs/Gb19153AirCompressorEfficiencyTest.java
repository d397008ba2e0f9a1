package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.EfficiencyStandardProbe.assertEliminatedInChongqingAsGb18613;
import static org.phaseout.catalogs.EfficiencyStandardProbe.assertInForceFromItsFirstDayOnly;
import static org.phaseout.catalogs.EfficiencyStandardProbe.assertNoFinding;
import static org.phaseout.catalogs.EfficiencyStandardProbe.comparisons;
import static org.phaseout.catalogs.EfficiencyStandardProbe.ids;
import static org.phaseout.catalogs.EfficiencyStandardProbe.onlyValue;
import static org.phaseout.catalogs.EfficiencyStandardProbe.quantityOf;
import static org.phaseout.catalogs.EfficiencyStandardProbe.verdict;
import static org.phaseout.catalogs.EfficiencyStandardProbe.with;
import static org.phaseout.catalogs.EfficiencyStandardProbe.without;
import static org.phaseout.catalogs.UnitProbe.plus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.phaseout.Verdict;
import org.phaseout.capacity.FactValue;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.LimitWording;
import org.phaseout.catalogue.Operator;
import org.phaseout.measure.Quantity;

/**
 * The energy-efficiency standard of positive-displacement air compressors (容积式空气压缩机能效限定值及能效等级, GB
 * 19153-2019, 表1 to 表4) as shipped: in force from its first day, one entry per power step (and cooling) with the
 * consequence of GB 18613, rows pinned to the repository file, and every row evaluated end to end on fictitious
 * Chongqing compressors at, just above and just below its grade-3 specific power, without it, and outside its table,
 * row or pressure steps.
 */
class Gb19153AirCompressorEfficiencyTest {

  private static final String KEY = "gb-19153@2019";

  /** The table number (1 to 4) of a GB 19153 entry id. */
  private static int table(String entryId) {
    return entryId.charAt("gb19153-2019.t".length()) - '0';
  }

  /** The compressor type of a table: 表1 工频喷油回转, 表2 变转速喷油回转, 表3 往复活塞, 表4 全无油润滑往复活塞. */
  private static String typeOf(int table) {
    return List.of("oil-injected-rotary-fixed-speed", "oil-injected-rotary-variable-speed", "reciprocating-piston",
        "oil-free-reciprocating-piston").get(table - 1);
  }

  /** The cooling an entry of 表1 or 表2 names in its id; 表3 and 表4 have none. */
  private static Optional<String> coolingOf(String entryId) {
    return entryId.contains(".air-cooled.") ? Optional.of("air-cooled")
        : entryId.contains(".liquid-cooled.") ? Optional.of("liquid-cooled") : Optional.empty();
  }

  /** A compressor in the entry's table, cooling and row, at this discharge pressure, with this specific power. */
  private static Map<String, Object> compressor(String entryId, Object pressure, Object specificPower) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("compressor.gb19153Scope", true);
    m.put("compressor.gb19153Type", typeOf(table(entryId)));
    coolingOf(entryId).ifPresent(c -> m.put("compressor.coolingMethod", c));
    m.put("unit.ratedCapacity", onlyValue(entryId, "unit.ratedCapacity"));
    m.put("compressor.dischargePressure", quantityOf(pressure));
    if (specificPower != null) {
      m.put("compressor.specific-power", quantityOf(specificPower));
    }
    return m;
  }

  /**
   * The grade-3 specific power of each discharge pressure the row gives, from the criterion, each failed only above the
   * value (高于); the pressures are also the row's scope.
   */
  private static Map<Quantity, Quantity> g3(String entryId) {
    Map<Quantity, Quantity> m = new LinkedHashMap<>();
    for (Criterion column : ((Criterion.Any) entry(entryId).criterion().orElseThrow()).parts()) {
      List<Criterion> parts = ((Criterion.All) column).parts();
      Criterion.Comparison pressure = (Criterion.Comparison) parts.get(0);
      Criterion.Comparison limit = (Criterion.Comparison) parts.get(1);
      assertEquals("compressor.specific-power", limit.operand().key(), entryId);
      assertEquals(Operator.GT, limit.operator(), entryId + ": the grade-3 value itself is met");
      assertEquals(Optional.of(LimitWording.HIGHER_THAN), limit.wording(), entryId + ": limit word");
      m.put(((FactValue.QuantityFact) pressure.value()).value(), ((FactValue.QuantityFact) limit.value()).value());
    }
    List<Quantity> scope = new ArrayList<>();
    comparisons(entryId, "compressor.dischargePressure").stream().limit(m.size())
        .forEach(c -> scope.add(((FactValue.QuantityFact) c.value()).value()));
    assertEquals(List.copyOf(m.keySet()), scope, entryId + ": the row's pressure columns are its scope");
    return m;
  }

  /** Asserts the row's grade-3 values, pressure by pressure, as the repository file gives them. */
  private static void assertRow(String entryId, String... pressureThenValue) {
    Map<String, String> expected = new TreeMap<>();
    for (int i = 0; i < pressureThenValue.length; i += 2) {
      expected.put(pressureThenValue[i], pressureThenValue[i + 1]);
    }
    Map<Quantity, Quantity> actual = g3(entryId);
    assertEquals(expected.size(), actual.size(), entryId + ": columns " + actual.keySet());
    expected.forEach((p, v) -> {
      Quantity limit = actual.entrySet().stream().filter(e -> e.getKey().isEqualTo(Quantity.parse(p + " MPa")))
          .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new AssertionError(entryId + ": no " + p + " MPa"));
      assertTrue(limit.isEqualTo(Quantity.parse(v + " kW/(m3/min)")), entryId + " " + p + " MPa: " + limit);
    });
  }

  @Test
  void gb19153IsInForceFrom1July2020AsTheRepositoryFileDatesItAndNotTheDayBefore() {
    String id = "gb19153-2019.t1.1p5kw.air-cooled.grade3";
    assertInForceFromItsFirstDayOnly(KEY, "GB 19153-2019", LocalDate.of(2020, 7, 1), 28 + 20 + 21 + 14 + 18 + 11,
        "Reference 05 §6 transcribes only the first rows of 表1", id, compressor(id, "0.3 MPa", "7.5 kW/(m3/min)"));
  }

  @Test
  void gb19153HasOneEntryPerPowerStepAndCoolingOfTables1To4WithTheConsequenceOfGb18613() {
    Map<String, Integer> rows = new TreeMap<>();
    for (CatalogueEntry x : edition(KEY).entries()) {
      assertEliminatedInChongqingAsGb18613(x);
      assertEquals(Set.of("air-compressor"), Set.copyOf(x.applicability().unitKinds()), x.id());
      assertEquals(true, onlyValue(x.id(), "compressor.gb19153Scope"), x.id());
      int table = table(x.id());
      assertEquals(typeOf(table), onlyValue(x.id(), "compressor.gb19153Type"), x.id());
      assertEquals(table <= 2, coolingOf(x.id()).isPresent(), x.id() + ": only the rotary tables split by cooling");
      coolingOf(x.id()).ifPresent(c -> assertEquals(c, onlyValue(x.id(), "compressor.coolingMethod"), x.id()));
      assertTrue(x.provenance().note().orElseThrow().contains("向上靠档"), x.id() + ": says steps are not rounded");
      rows.merge("t" + table + coolingOf(x.id()).map(c -> "." + c).orElse(""), 1, Integer::sum);
    }
    assertEquals(Map.of("t1.air-cooled", 28, "t1.liquid-cooled", 20, "t2.air-cooled", 21, "t2.liquid-cooled", 14,
        "t3", 18, "t4", 11), rows);
  }

  @Test
  void theFirstAndLastRowsOfTable1ArePinnedToTheRepositoryFileAndReference05() {
    // compressor.json GB19153-R000025…R000035 (表1 1.5 kW 风冷 3级), the same in reference 05 §6
    assertRow("gb19153-2019.t1.1p5kw.air-cooled.grade3",
        "0.3", "7.4", "0.5", "8.9", "0.7", "11.0", "0.8", "12.0", "1.0", "13.8", "1.25", "15.8");
    // GB19153-R000997…R001007 风冷 and R000998…R001008 液冷 (表1 630 kW 3级)
    assertRow("gb19153-2019.t1.630kw.air-cooled.grade3",
        "0.3", "4.3", "0.5", "5.3", "0.7", "6.5", "0.8", "7.0", "1.0", "7.9", "1.25", "8.9");
    assertRow("gb19153-2019.t1.630kw.liquid-cooled.grade3",
        "0.3", "4.1", "0.5", "5.1", "0.7", "6.3", "0.8", "6.7", "1.0", "7.6", "1.25", "8.5");
    // GB19153-R000314…R000324: the first liquid-cooled row of 表1 (18.5 kW 液冷 3级)
    assertRow("gb19153-2019.t1.18p5kw.liquid-cooled.grade3",
        "0.3", "5.0", "0.5", "6.1", "0.7", "7.6", "0.8", "8.4", "1.0", "9.4", "1.25", "11.0");
  }

  @Test
  void theFirstAndLastRowsOfTables2To4ArePinnedToTheRepositoryFile() {
    // GB19153-R001033…R001043 (表2 2.2 kW 风冷 3级) and R001754…R001764 (表2 315 kW 液冷 3级)
    assertRow("gb19153-2019.t2.2p2kw.air-cooled.grade3",
        "0.3", "7.8", "0.5", "9.5", "0.7", "11.7", "0.8", "12.8", "1.0", "14.7", "1.25", "16.6");
    assertRow("gb19153-2019.t2.315kw.liquid-cooled.grade3",
        "0.3", "4.4", "0.5", "5.6", "0.7", "6.8", "0.8", "7.2", "1.0", "8.2", "1.25", "9.1");
    // GB19153-R001781…R001788 (表3 0.75 kW 3级) and R002189…R002196 (表3 75 kW 3级: null at 0.25, 0.4, 0.5, 1.4)
    assertRow("gb19153-2019.t3.0p75kw.grade3", "0.25", "8.5", "0.4", "10.1", "0.5", "11.0", "0.7", "12.8",
        "0.8", "13.5", "1.0", "14.8", "1.25", "15.6", "1.4", "16.3");
    assertRow("gb19153-2019.t3.75kw.grade3", "0.7", "7.0", "0.8", "7.4", "1.0", "8.4", "1.25", "9.4");
    // GB19153-R002211…R002217 (表4 0.55 kW 3级: null at 1.25, 1.4) and R002421…R002427 (表4 15 kW 3级)
    assertRow("gb19153-2019.t4.0p55kw.grade3", "0.4", "11.9", "0.5", "12.7", "0.7", "14.4", "0.8", "15.2",
        "1.0", "16.8");
    assertRow("gb19153-2019.t4.15kw.grade3", "0.4", "7.8", "0.5", "8.3", "0.7", "9.5", "0.8", "10.1", "1.0", "10.7",
        "1.25", "11.8", "1.4", "12.5");
  }

  @Test
  void rowsWhoseEveryCellIsNullInTheRepositoryFileHaveNoEntry() {
    List<String> ids = ids(KEY);
    // 表4 18.5 kW and 22 kW (GB19153-R002428…R002469) and the 液冷 cells of 表1 and 表2 below 18.5 kW are all null
    for (String absent : List.of("gb19153-2019.t4.18p5kw.grade3", "gb19153-2019.t4.22kw.grade3",
        "gb19153-2019.t1.15kw.liquid-cooled.grade3", "gb19153-2019.t2.2p2kw.liquid-cooled.grade3")) {
      assertFalse(ids.contains(absent), absent);
    }
    assertTrue(edition(KEY).source().note().orElseThrow().contains("表4 at 18.5 kW and 22 kW"));
  }

  @Test
  void everyGb19153RowFailsASpecificPowerAboveItsGrade3ValueAndIsMetAtAndBelowIt() {
    for (String id : ids(KEY)) {
      for (Map.Entry<Quantity, Quantity> column : g3(id).entrySet()) {
        Quantity pressure = column.getKey();
        Quantity limit = column.getValue();
        String at = id + " at " + pressure;
        assertEquals(Verdict.NON_COMPLIANT, verdict(id, compressor(id, pressure, plus(limit, "0.1"))), at);
        assertEquals(Verdict.COMPLIANT, verdict(id, compressor(id, pressure, limit)), at + ", at grade 3");
        assertEquals(Verdict.COMPLIANT, verdict(id, compressor(id, pressure, plus(limit, "-0.1"))), at);
        assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, compressor(id, pressure, null)),
            at + " without the specific power");
      }
    }
  }

  @Test
  void aGb19153RowGivesNoFindingForACompressorOutsideItsTableOrRow() {
    for (String id : ids(KEY)) {
      Map.Entry<Quantity, Quantity> first = g3(id).entrySet().iterator().next();
      Map<String, Object> failing = compressor(id, first.getKey(), plus(first.getValue(), "1"));
      int table = table(id);
      assertNoFinding(id, with(failing, "compressor.gb19153Scope", false), "outside the standard's scope");
      assertNoFinding(id, with(failing, "compressor.gb19153Type", typeOf(table % 4 + 1)), "another table's type");
      assertNoFinding(id, with(failing, "compressor.gb19153Type", "other"), "a type no table names");
      assertNoFinding(id, with(failing, "unit.ratedCapacity", "1000 kW"), "a power no table gives");
      coolingOf(id).ifPresent(c -> assertNoFinding(id,
          with(failing, "compressor.coolingMethod", c.equals("air-cooled") ? "liquid-cooled" : "air-cooled"),
          "the other cooling's row"));
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, without(failing, "compressor.dischargePressure")),
          id + ": a failing compressor that does not say its pressure cannot be cleared");
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, without(failing, "compressor.gb19153Type")),
          id + ": nor one that does not say its type");
    }
  }

  @Test
  void anUntabulatedPowerOrPressureIsNotRoundedUpToTheNextStepBecauseOnlyTheRepositorySaysSo() {
    String id = "gb19153-2019.t1.18p5kw.air-cooled.grade3";
    Map<String, Object> failing = compressor(id, "0.8 MPa", "8.8 kW/(m3/min)");
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, failing), "above 8.7 at 0.8 MPa");
    assertNoFinding(id, with(failing, "unit.ratedCapacity", "16 kW"),
        "16 kW lies between the 15 and 18.5 kW steps; 向上靠档 is the repository's rule, not read in the standard");
    assertNoFinding(id, with(failing, "compressor.dischargePressure", "0.75 MPa"),
        "0.75 MPa lies between the 0.7 and 0.8 MPa steps and is not rounded up either");
    assertNoFinding("gb19153-2019.t3.75kw.grade3", compressor("gb19153-2019.t3.75kw.grade3", "0.5 MPa",
        "20 kW/(m3/min)"), "表3 gives no value (“-”) at 75 kW and 0.5 MPa");
  }

  @Test
  void pressureAndSpecificPowerMayBeReportedInAnyScaleOrSpellingOfTheirUnits() {
    String id = "gb19153-2019.t1.1p5kw.air-cooled.grade3";
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, compressor(id, "1 MPa", "13.9 千瓦/(立方米/分钟)")),
        "1 MPa is the 1.0 MPa column, whose grade-3 value is 13.8");
    assertEquals(Verdict.COMPLIANT, verdict(id, compressor(id, "1.25 兆帕", "15.80 kW/(m³/min)")),
        "at 15.8, the 1.25 MPa grade-3 value");
  }
}
