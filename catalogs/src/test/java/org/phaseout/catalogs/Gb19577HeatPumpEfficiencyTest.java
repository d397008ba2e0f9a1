package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.EfficiencyStandardProbe.assertDatedEdition;
import static org.phaseout.catalogs.EfficiencyStandardProbe.assertEliminatedInChongqingAsGb18613;
import static org.phaseout.catalogs.EfficiencyStandardProbe.assertNoFinding;
import static org.phaseout.catalogs.EfficiencyStandardProbe.comparisons;
import static org.phaseout.catalogs.EfficiencyStandardProbe.ids;
import static org.phaseout.catalogs.EfficiencyStandardProbe.limit;
import static org.phaseout.catalogs.EfficiencyStandardProbe.onlyValue;
import static org.phaseout.catalogs.EfficiencyStandardProbe.verdict;
import static org.phaseout.catalogs.EfficiencyStandardProbe.with;
import static org.phaseout.catalogs.EfficiencyStandardProbe.without;
import static org.phaseout.catalogs.UnitProbe.plus;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.phaseout.Verdict;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.LimitWording;
import org.phaseout.catalogue.Operator;
import org.phaseout.catalogue.VerificationLevel;
import org.phaseout.measure.Quantity;

/**
 * The energy-efficiency standard of heat pumps and water chillers (热泵和冷水机组能效限定值及能效等级, GB 19577-2024) as
 * shipped, in force from 1 February 2025: its two tables whose grades are single minima, 表4 水（地）源热泵机组 and 表6
 * 蒸气压缩循环高温热泵机组, one entry per row with the consequence of GB 18613, rows pinned to the repository file, the
 * 260 kW capacity bands of 表4 at and either side of their bound, and every row evaluated end to end on fictitious
 * Chongqing units below, at and above its grade-3 value and outside its row. The tables with fixed gates on a second
 * indicator are specified in {@link Gb19577ChillerEfficiencyTest}.
 */
class Gb19577HeatPumpEfficiencyTest {

  /** The entries of 表4 and 表6, in file order. */
  private static List<String> singleMinimumRows() {
    return ids("gb-19577@2024").stream()
        .filter(id -> id.startsWith("gb19577-2024.t4.") || id.startsWith("gb19577-2024.t6.")).toList();
  }

  private static final List<String> CAPACITIES = List.of("heatPump.ratedHeatingCapacity", "heatPump.ratedCoolingCapacity");

  /** The row's single grade-3 comparison: a coefficient of performance below which (低于) the unit fails. */
  private static Criterion.Comparison grade3(String entryId) {
    Criterion.Comparison c = (Criterion.Comparison) entry(entryId).criterion().orElseThrow();
    limit(entryId, c.operand().key(), Operator.LT, LimitWording.LOWER_THAN);
    return c;
  }

  /** The row's capacity band, if it has one: a rated heating or cooling capacity ≤ or > 260 kW. */
  private static Optional<Criterion.Comparison> band(String entryId) {
    return CAPACITIES.stream().flatMap(key -> comparisons(entryId, key).stream()).findFirst();
  }

  /** The water sources a 表4 row names (one, or 地埋管式 and 地表水式 together); none for 表6. */
  private static Set<String> waterSources(String entryId) {
    Criterion.All when = (Criterion.All) entry(entryId).applicability().when().orElseThrow();
    for (Criterion p : when.parts()) {
      if (p instanceof Criterion.Membership s && s.operand().key().equals("heatPump.waterSource")) {
        return s.values();
      }
    }
    return comparisons(entryId, "heatPump.waterSource").isEmpty() ? Set.of()
        : Set.of((String) onlyValue(entryId, "heatPump.waterSource"));
  }

  /** A unit in the entry's row, with this value of the row's indicator (null: not reported). */
  private static Map<String, Object> unit(String entryId, Object value) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("heatPump.gb19577Scope", true);
    m.put("heatPump.gb19577Category", onlyValue(entryId, "heatPump.gb19577Category"));
    m.put("heatPump.gb19577UnitType", onlyValue(entryId, "heatPump.gb19577UnitType"));
    waterSources(entryId).stream().findFirst().ifPresent(w -> m.put("heatPump.waterSource", w));
    band(entryId).ifPresent(b -> m.put(b.operand().key(),
        b.operator() == Operator.LE ? CriterionShapes.quantity(b) : plus(CriterionShapes.quantity(b), "0.1")));
    if (value != null) {
      m.put(grade3(entryId).operand().key(), value instanceof Quantity q ? q : Quantity.parse((String) value));
    }
    return m;
  }

  @Test
  void gb19577IsInForceFrom1February2025AsTheHeatPumpCommitteeDatesItAndNotTheDayBefore() {
    String id = "gb19577-2024.t6.h1a.grade3";
    assertDatedEdition("gb-19577@2024", "GB 19577-2024", LocalDate.of(2025, 2, 1), 12 + 5 + 6 + 15 + 11 + 10 + 6,
        "Not encoded: 表5", id, unit(id, "3.5 1"));
    assertEquals(LocalDate.of(2024, 4, 29), edition("gb-19577@2024").published(), "“2024年4月29日…正式发布”");
    assertEquals(VerificationLevel.SECONDARY, edition("gb-19577@2024").source().verification());
    assertTrue(BundledData.catalogues().vocabulary().unitKind("heat-pump-unit").isPresent(), "a new unit kind");
  }

  @Test
  void gb19577HasOneEntryPerRowOfTables4And6WithTheConsequenceOfGb18613() {
    int table4 = 0;
    int table6 = 0;
    for (String id : singleMinimumRows()) {
      CatalogueEntry x = entry(id);
      assertEliminatedInChongqingAsGb18613(x);
      assertEquals(Set.of("heat-pump-unit"), Set.copyOf(x.applicability().unitKinds()), x.id());
      assertEquals(true, onlyValue(x.id(), "heatPump.gb19577Scope"), x.id());
      String category = (String) onlyValue(x.id(), "heatPump.gb19577Category");
      if (x.id().startsWith("gb19577-2024.t4.")) {
        table4++;
        assertEquals("water-ground-source", category, x.id());
      } else {
        table6++;
        assertEquals("high-temperature", category, x.id());
        assertTrue(band(x.id()).isEmpty(), x.id() + ": 表6 has no capacity band");
      }
      grade3(x.id());
    }
    assertEquals(List.of(15, 11), List.of(table4, table6));
  }

  @Test
  void gb19577RowsArePinnedToTheRepositoryFile() {
    // hvac_thresholds.json, heat_pump_chiller records, thresholds [1级, 2级, 3级], direction ">=":
    // GB19577-T4-01 冷热风型-热泵型 水环式 ACOP [4.6, 4.1, 3.7]; T4-04 冷热水型-单热型 水环式 ≤260 kW COP [5.6, 5.0, 4.6];
    // T4-05 the same >260 kW COP [5.8, 5.4, 4.4]; T4-12 冷热水型-热泵型 地下水式 ≤260 kW ACOP [5.7, 5.5, 5.3];
    // T6-01 H1a COPH [4.0, 3.8, 3.6]; T6-11 循环供水式热泵高温热水机组 COP [4.1, 3.7, 3.4]
    Map<String, String> pinned = new LinkedHashMap<>();
    pinned.put("gb19577-2024.t4.air-heat-pump.water-loop.grade3", "heatPump.acop 3.7");
    pinned.put("gb19577-2024.t4.water-heating-only.water-loop.up-to-260kw.grade3", "heatPump.cop 4.6");
    pinned.put("gb19577-2024.t4.water-heating-only.water-loop.over-260kw.grade3", "heatPump.cop 4.4");
    pinned.put("gb19577-2024.t4.water-heat-pump.groundwater.up-to-260kw.grade3", "heatPump.acop 5.3");
    pinned.put("gb19577-2024.t6.h1a.grade3", "heatPump.coph 3.6");
    pinned.put("gb19577-2024.t6.circulating-hot-water.grade3", "heatPump.cop 3.4");
    pinned.forEach((id, expected) -> {
      Criterion.Comparison c = grade3(id);
      assertEquals(expected.split(" ")[0], c.operand().key(), id);
      assertTrue(CriterionShapes.quantity(c).isEqualTo(Quantity.parse(expected.split(" ")[1] + " 1")), id);
    });
    assertEquals(Set.of("ground-loop", "surface-water"),
        waterSources("gb19577-2024.t4.air-heat-pump.ground-loop-surface-water.grade3"), "GB19577-T4-03: 地埋管式、地表水式");
    assertEquals(Set.of(), waterSources("gb19577-2024.t6.h1a.grade3"), "表6 names no water source");
    assertEquals("heatPump.ratedCoolingCapacity",
        band("gb19577-2024.t4.water-heat-pump.groundwater.up-to-260kw.grade3").orElseThrow().operand().key(),
        "the 冷热水型-热泵型 rows are banded by cooling capacity");
  }

  @Test
  void everyGb19577RowFailsAValueBelowItsGrade3ValueAndIsMetAtAndAboveIt() {
    for (String id : singleMinimumRows()) {
      Quantity g3 = CriterionShapes.quantity(grade3(id));
      assertEquals(Verdict.NON_COMPLIANT, verdict(id, unit(id, plus(g3, "-0.1"))), id);
      assertEquals(Verdict.COMPLIANT, verdict(id, unit(id, g3)), id + " at grade 3");
      assertEquals(Verdict.COMPLIANT, verdict(id, unit(id, plus(g3, "0.1"))), id);
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, unit(id, null)), id + " without the value");
    }
  }

  @Test
  void aTable4CapacityOf260KwIsInTheLowerBandAndJustAboveItInTheUpperOne() {
    String lower = "gb19577-2024.t4.water-heating-only.groundwater.up-to-260kw.grade3";
    String upper = "gb19577-2024.t4.water-heating-only.groundwater.over-260kw.grade3";
    // a unit failing both rows' grade 3 (4.0 and 4.4)
    Map<String, Object> failing = with(unit(lower, "3.9 1"), "heatPump.ratedHeatingCapacity", "260 kW");
    assertEquals(Verdict.NON_COMPLIANT, verdict(lower, failing), "≤260 kW includes 260 kW");
    assertNoFinding(upper, failing, ">260 kW excludes 260 kW");
    Map<String, Object> above = with(failing, "heatPump.ratedHeatingCapacity", "260.1 kW");
    assertNoFinding(lower, above, "260.1 kW is not ≤260 kW");
    assertEquals(Verdict.NON_COMPLIANT, verdict(upper, above), "260.1 kW is >260 kW");
    Map<String, Object> between = with(failing, "heatPump.cop", "4.2 1");
    assertEquals(Verdict.COMPLIANT, verdict(lower, between), "4.2 meets 4.0 at 260 kW");
    assertEquals(Verdict.NON_COMPLIANT, verdict(upper, with(between, "heatPump.ratedHeatingCapacity", "261 kW")),
        "4.2 is below 4.4 above 260 kW");
    for (String id : List.of(lower, upper)) {
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, without(failing, "heatPump.ratedHeatingCapacity")),
          id + ": a failing unit that does not report its heating capacity cannot be cleared");
      assertNoFinding(id, with(failing, "heatPump.ratedHeatingCapacity", id.equals(lower) ? "300 kW" : "100 kW"),
          "a heating capacity in the other band");
    }
  }

  @Test
  void aGb19577RowGivesNoFindingForAUnitOutsideItsRow() {
    for (String id : singleMinimumRows()) {
      Map<String, Object> failing = unit(id, plus(CriterionShapes.quantity(grade3(id)), "-0.5"));
      boolean table4 = id.startsWith("gb19577-2024.t4.");
      assertNoFinding(id, with(failing, "heatPump.gb19577Scope", false), "outside the standard's scope");
      assertNoFinding(id, with(failing, "heatPump.gb19577Category", "vapour-compression-chiller"),
          "a chiller of 表1/表2");
      assertNoFinding(id, with(failing, "heatPump.gb19577Category", table4 ? "high-temperature" : "water-ground-source"),
          "the other table");
      assertNoFinding(id, with(failing, "heatPump.gb19577UnitType", "other"), "a unit type the table does not name");
      if (table4) {
        assertNoFinding(id, with(failing, "heatPump.waterSource", "other"), "a water source the table does not name");
        assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, without(failing, "heatPump.waterSource")),
            id + ": a failing unit that does not report its water source cannot be cleared");
      }
      for (String key : List.of("heatPump.gb19577Scope", "heatPump.gb19577Category", "heatPump.gb19577UnitType")) {
        assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, without(failing, key)),
            id + ": a failing unit that does not report " + key + " cannot be cleared");
      }
    }
  }
}
