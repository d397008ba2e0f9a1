package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.LimitWording;
import org.phaseout.catalogue.Operator;
import org.phaseout.catalogue.VerificationLevel;
import org.phaseout.measure.Quantity;

/**
 * The mandatory equipment energy-efficiency standards GB 24500-2020 (工业锅炉) and GB 19761-2020 (通风机) as shipped:
 * their grade values from the public repository adgo07/EquipEffi (boiler.json and fan.json, commit a1643ed3…), their
 * start date from its standard_manifest.json (SECONDARY). Only grade 3 is encoded, as a lower limit the value itself
 * meets (低于 fails). GB 19762-2025 (离心泵) is not bundled: its limit is a formula of the specific speed and the flow,
 * not a tabulated value, and its flow bands are in m³/h, a unit the engine does not know. Every grade-3 value is
 * pinned, and rows are evaluated end to end on fictitious Chongqing equipment: just below, at and just above the value,
 * without the efficiency, outside the row's scope and before the standard's start.
 */
class EquipmentEfficiencyStandardsTest {

  private static final LocalDate END_OF_2025 = LocalDate.of(2025, 12, 31);
  private static final LocalDate START = LocalDate.of(2021, 6, 1);
  private static final Enterprise ENTERPRISE = Enterprise.builder()
      .creditCode(CreditCode.parse("91500101PH00000014")).name("示例机电设备使用有限公司（虚构）")
      .division(DivisionCode.parse("500101")).industry(IndustryCode.parse("C2614")).build();

  private static final String BOILER_EFFICIENCY = "boiler.thermal-efficiency";
  private static final String FAN_EFFICIENCY = "fan.efficiency";

  /** GB 24500-2020 entry id → its grade-3 values in %, one per capacity column, as boiler.json gives them. */
  private static final Map<String, List<String>> BOILER_GRADE3 = new LinkedHashMap<>();

  /** GB 19761-2020 entry id → its grade-3 values in %, one per encoded 机号 column, as fan.json gives them. */
  private static final Map<String, List<String>> FAN_GRADE3 = new LinkedHashMap<>();

  static {
    String layered = "gb24500-2020.layered-coal.";
    BOILER_GRADE3.put(layered + "bituminous-ii.grade3", List.of("80", "81")); // 表1 烟煤Ⅱ类: 85/82/80, 86/83/81
    BOILER_GRADE3.put(layered + "bituminous-iii.grade3", List.of("82", "84")); // 87/84/82, 89/86/84
    BOILER_GRADE3.put(layered + "lean.grade3", List.of("80", "81"));
    BOILER_GRADE3.put(layered + "anthracite-ii.grade3", List.of("80", "81"));
    BOILER_GRADE3.put(layered + "anthracite-iii.grade3", List.of("80", "81"));
    BOILER_GRADE3.put(layered + "lignite.grade3", List.of("80", "82")); // 85/82/80, 87/84/82
    String bed = "gb24500-2020.fluidised-bed-coal.";
    BOILER_GRADE3.put(bed + "bituminous-i.grade3", List.of("82")); // 表2 烟煤Ⅰ类: 89/85/82
    BOILER_GRADE3.put(bed + "bituminous-ii.grade3", List.of("86"));
    BOILER_GRADE3.put(bed + "bituminous-iii.grade3", List.of("88"));
    BOILER_GRADE3.put(bed + "lean.grade3", List.of("86"));
    BOILER_GRADE3.put(bed + "anthracite-ii.grade3", List.of("86"));
    BOILER_GRADE3.put(bed + "anthracite-iii.grade3", List.of("86"));
    BOILER_GRADE3.put(bed + "lignite.grade3", List.of("86"));
    BOILER_GRADE3.put("gb24500-2020.biomass.grade3", List.of("80", "86")); // 表3: 88/84/80, 91/88/86
    String chamber = "gb24500-2020.chamber.";
    BOILER_GRADE3.put(chamber + "natural-gas-non-condensing.grade3", List.of("92")); // 表4: 96/94/92
    BOILER_GRADE3.put(chamber + "natural-gas-condensing.grade3", List.of("98")); // 103/101/98
    BOILER_GRADE3.put(chamber + "oil.grade3", List.of("90")); // 95/93/90
    BOILER_GRADE3.put(chamber + "coal.grade3", List.of("88")); // 92/90/88

    String t1 = "gb19761-2020.table1.";
    FAN_GRADE3.put(t1 + "psi1p35-1p55.ns45-65.grade3", List.of("43", "46", "49", "52", "56", "59"));
    FAN_GRADE3.put(t1 + "psi1p05-1p35.ns35-55.grade3", List.of("45", "48", "51", "54", "59", "63"));
    FAN_GRADE3.put(t1 + "psi0p95-1p05.ns10-20.grade3", List.of("49", "52", "55", "58", "62", "65"));
    FAN_GRADE3.put(t1 + "psi0p95-1p05.ns20-30.grade3", List.of("52", "55", "58", "61", "63", "66"));
    String t2 = "gb19761-2020.table2.";
    FAN_GRADE3.put(t2 + "psi0p85-0p95.ns5-15.grade3", List.of("62", "62", "65", "69"));
    FAN_GRADE3.put(t2 + "psi0p85-0p95.ns15-30.grade3", List.of("65", "65", "68", "72"));
    FAN_GRADE3.put(t2 + "psi0p85-0p95.ns30-45.grade3", List.of("68", "68", "71", "75"));
    FAN_GRADE3.put(t2 + "psi0p75-0p85.ns5-15.grade3", List.of("62", "62", "65", "68"));
    FAN_GRADE3.put(t2 + "psi0p75-0p85.ns15-30.grade3", List.of("65", "65", "68", "70"));
    FAN_GRADE3.put(t2 + "psi0p75-0p85.ns30-45.grade3", List.of("68", "68", "71", "72"));
    FAN_GRADE3.put(t2 + "psi0p65-0p75.ns10-30.grade3", List.of("62", "62", "63", "64"));
    FAN_GRADE3.put(t2 + "psi0p65-0p75.ns30-50.grade3", List.of("65", "65", "66", "67"));
    FAN_GRADE3.put(t2 + "psi0p55-0p65.ns20-45.grade3", List.of("64", "64", "70", "73"));
    FAN_GRADE3.put(t2 + "psi0p55-0p65.ns45-70.grade3", List.of("69", "69", "73", "75"));
    FAN_GRADE3.put(t2 + "psi0p45-0p55.ns10-30.grade3", List.of("67", "67", "69", "71"));
    FAN_GRADE3.put(t2 + "psi0p45-0p55.ns30-50.grade3", List.of("71", "71", "73", "75"));
    FAN_GRADE3.put(t2 + "psi0p45-0p55.ns50-70.grade3", List.of("73", "73", "75", "77"));
    FAN_GRADE3.put(t2 + "psi0p35-0p45.ns50-65.grade3", List.of("70", "70", "72", "75"));
    FAN_GRADE3.put(t2 + "psi0p35-0p45.ns65-80.grade3", List.of("63", "66", "73", "76"));
    FAN_GRADE3.put(t2 + "psi0p25-0p35.ns65-85.grade3", List.of("70", "72")); // the first two columns are null
    String t3 = "gb19761-2020.table3.";
    FAN_GRADE3.put(t3 + "hubunder0p3.grade3", List.of("55", "58", "60"));
    FAN_GRADE3.put(t3 + "hub0p3-0p4.grade3", List.of("59", "61", "63"));
    FAN_GRADE3.put(t3 + "hub0p4-0p55.grade3", List.of("61", "64", "66"));
    FAN_GRADE3.put(t3 + "hub0p55-0p75.grade3", List.of("63", "67", "69"));
    String t4 = "gb19761-2020.table4.";
    FAN_GRADE3.put(t4 + "psi1p0-1p1.nsover50.grade3", List.of("36", "37", "39", "43", "50"));
    FAN_GRADE3.put(t4 + "psi1p0-1p1.ns30-50.grade3", List.of("35", "35", "38", "42", "49"));
    FAN_GRADE3.put(t4 + "psi1p1-1p2.nsover50.grade3", List.of("35", "36", "38", "42", "49"));
    FAN_GRADE3.put(t4 + "psi1p1-1p2.ns30-50.grade3", List.of("34", "35", "37", "41", "48"));
    FAN_GRADE3.put(t4 + "psi1p2-1p3.nsover50.grade3", List.of("33", "35", "37", "41", "48"));
    FAN_GRADE3.put(t4 + "psi1p2-1p3.ns30-50.grade3", List.of("32", "34", "36", "40", "47"));
    FAN_GRADE3.put(t4 + "psi1p3-1p4.nsover50.grade3", List.of("33", "35", "37", "41", "47"));
    FAN_GRADE3.put(t4 + "psi1p3-1p4.ns30-50.grade3", List.of("31", "33", "35", "39", "46"));
    FAN_GRADE3.put(t4 + "psi1p4-up.nsover50.grade3", List.of("32", "34", "36", "40", "46"));
    FAN_GRADE3.put(t4 + "psi1p4-up.ns30-50.grade3", List.of("30", "32", "34", "38", "45"));
  }

  // ------------------------------------------------------------------------------------------------ editions

  @Test
  void bothStandardsStartOn1June2021AsTheManifestDatesThemWithNoKnownEnd() {
    for (String key : List.of("gb-24500@2020", "gb-19761@2020")) {
      CatalogueEdition e = edition(key);
      assertEquals(START, e.validity().start(), key);
      assertEquals(START, e.published(), key + ": the start date stands in for the unsourced publication date");
      assertTrue(e.source().note().orElseThrow().contains("the start date is used as the publication date"), key);
      assertEquals(Optional.empty(), e.validity().end(), key + ": no successor is known");
      assertEquals(VerificationLevel.SECONDARY, e.source().verification(), key);
      assertTrue(e.source().source().contains("commit a1643ed38e0b934bbc7562348883b8a8bd4badc5"), key);
    }
    assertEquals("GB 24500-2020", edition("gb-24500@2020").documentNumber());
    assertEquals("GB 19761-2020", edition("gb-19761@2020").documentNumber());
    assertEquals(BOILER_GRADE3.size() + 1, edition("gb-24500@2020").entries().size(), "18 table rows and cl. 5.2");
    assertEquals(FAN_GRADE3.size(), edition("gb-19761@2020").entries().size(), "4 + 16 + 4 + 10 table rows");
  }

  // ------------------------------------------------------------------------------------------------ pins

  @Test
  void everyGb24500RowPinsItsGrade3ValuesAsLowerLimitsWith低于() {
    assertPins(BOILER_GRADE3, BOILER_EFFICIENCY, Map.of(
        "gb24500-2020.layered-coal.bituminous-ii.grade3", "层状燃烧燃煤锅炉，设计燃料烟煤Ⅱ类（17700≤Q≤21000，V>20）热效率（%）："
            + "额定蒸发量≤20t/h（或额定热功率≤14MW）1级85、2级82、3级80；>20t/h（或>14MW）1级86、2级83、3级81",
        "gb24500-2020.chamber.natural-gas-condensing.grade3",
        "室燃锅炉，设计燃料天然气（冷凝）（按设计燃料化验值）热效率（%）：1级103、2级101、3级98（不分容量）"));
  }

  @Test
  void theElectricBoilerLimitIsNotLowerThan97PercentAndOnlySecondary() {
    CatalogueEntry x = entry("gb24500-2020.electric.limit");
    Criterion.Not not = (Criterion.Not) x.criterion().orElseThrow();
    Criterion.Comparison c = (Criterion.Comparison) not.part();
    assertEquals(BOILER_EFFICIENCY, c.operand().key());
    assertEquals(Operator.GE, c.operator());
    assertEquals(Optional.of(LimitWording.NOT_LOWER_THAN), c.wording());
    assertTrue(CriterionShapes.quantity(c).isEqualTo(Quantity.parse("97 %")));
    assertEquals(VerificationLevel.SECONDARY, x.provenance().verification(), "the repository names it the 限定值");
  }

  @Test
  void everyGb19761RowPinsItsGrade3ValuesAsLowerLimitsWith低于() {
    assertPins(FAN_GRADE3, FAN_EFFICIENCY, Map.of(
        "gb19761-2020.table2.psi0p85-0p95.ns5-15.grade3", "离心通风机（压力系数0.85≤ψ<0.95、比转速5≤ns<15）效率（%）："
            + "No2<机号<No3.5 3级62、2级72、1级75；No3.5<机号<No5 3级62、2级72、1级75；No5≤机号<No10 3级65、2级75、1级78；"
            + "机号≥No10 3级69、2级78、1级81",
        "gb19761-2020.table3.hubunder0p3.grade3", "轴流通风机（轮毂比γ<0.3）效率（%）：No2.5≤机号<No5 3级55、2级66、1级69；"
            + "No5≤机号<No10 3级58、2级69、1级72；机号≥No10 3级60、2级73、1级77"));
  }

  /** Every row's grade-3 values, and the full text of two rows, which carries grades 1 and 2 too. */
  private static void assertPins(Map<String, List<String>> grade3, String indicator, Map<String, String> texts) {
    grade3.forEach((id, values) -> assertLowerLimits(id, indicator, values));
    texts.forEach((id, zh) -> assertEquals(zh, entry(id).text().zh(), id));
  }

  private static void assertLowerLimits(String id, String indicator, List<String> values) {
    CatalogueEntry x = entry(id);
    List<Criterion.Comparison> limits = indicatorComparisons(x.criterion().orElseThrow());
    assertEquals(values.size(), limits.size(), id + ": one limit per column");
    for (int i = 0; i < values.size(); i++) {
      Criterion.Comparison c = limits.get(i);
      assertEquals(indicator, c.operand().key(), id);
      assertTrue(CriterionShapes.quantity(c).isEqualTo(Quantity.parse(values.get(i) + " %")),
          id + " column " + i + ": " + CriterionShapes.quantity(c));
      assertEquals(Operator.LT, c.operator(), id + ": the grade-3 value itself is met");
      assertEquals(Optional.of(LimitWording.LOWER_THAN), c.wording(), id);
    }
    assertEquals(VerificationLevel.UNVERIFIED, x.provenance().verification(), id + ": grade 3 = 限定值 is unverified");
    assertTrue(x.applicability().when().isPresent(), id + ": the row's band is its scope");
  }

  private static List<Criterion.Comparison> indicatorComparisons(Criterion c) {
    List<Criterion.Comparison> out = new ArrayList<>();
    if (c instanceof Criterion.All all) {
      all.parts().forEach(p -> out.addAll(indicatorComparisons(p)));
    } else if (c instanceof Criterion.Any any) {
      any.parts().forEach(p -> out.addAll(indicatorComparisons(p)));
    } else if (c instanceof Criterion.Comparison cmp
        && cmp.operand().source() == Criterion.Operand.Source.INDICATOR) {
      out.add(cmp);
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------------ end to end

  private static Optional<Finding> finding(String id, String kind, LocalDate asOf, Map<String, Object> data) {
    return UnitProbe.assess(ENTERPRISE, kind, asOf, data).findings().stream()
        .filter(f -> f.entry().entryId().equals(id)).findFirst();
  }

  private static Verdict verdict(String id, String kind, Map<String, Object> data) {
    return finding(id, kind, END_OF_2025, data).orElseThrow(() -> new AssertionError(id + " gave no finding"))
        .verdict();
  }

  /** The data with one key set (a string that reads as a quantity becomes one) or, for null, removed. */
  private static Map<String, Object> with(Map<String, Object> data, String key, Object value) {
    Map<String, Object> m = new LinkedHashMap<>(data);
    if (value == null) {
      m.remove(key);
    } else {
      m.putAll(UnitProbe.data(key, value));
    }
    return m;
  }

  /** Just below the limit fails; at it and just above it pass; without the efficiency the finding is undecided. */
  private static void assertLimitAt(String id, String kind, Map<String, Object> unit, String indicator, String limit) {
    Quantity at = Quantity.parse(limit + " %");
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, kind, with(unit, indicator, UnitProbe.plus(at, "-0.1"))),
        id + ": just below " + limit);
    assertEquals(Verdict.COMPLIANT, verdict(id, kind, with(unit, indicator, at)), id + ": at " + limit + " (低于)");
    assertEquals(Verdict.COMPLIANT, verdict(id, kind, with(unit, indicator, UnitProbe.plus(at, "0.1"))),
        id + ": just above " + limit);
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, kind, with(unit, indicator, null)),
        id + ": without the efficiency");
  }

  private static Map<String, Object> layeredBituminousII(Object... capacity) {
    Map<String, Object> m = UnitProbe.data("boiler.gb24500Scope", true, "boiler.combustionMode", "layered",
        "boiler.gb24500CoalClass", "bituminous-ii");
    m.putAll(UnitProbe.data(capacity));
    return m;
  }

  @Test
  void aGrateFiredBituminousCoalBoilerIsJudgedByItsCapacityColumn() {
    String id = "gb24500-2020.layered-coal.bituminous-ii.grade3";
    assertLimitAt(id, "coal-fired-boiler",
        layeredBituminousII("boiler.medium", "steam", "unit.ratedCapacity", "20 t/h"), BOILER_EFFICIENCY, "80");
    assertLimitAt(id, "coal-fired-boiler",
        layeredBituminousII("boiler.medium", "steam", "unit.ratedCapacity", "25 t/h"), BOILER_EFFICIENCY, "81");
    assertLimitAt(id, "coal-fired-boiler", layeredBituminousII("boiler.medium", "hot-water",
        "unit.ratedCapacity", "20 t/h", "boiler.ratedThermalPower", "14 MW"), BOILER_EFFICIENCY, "80");
    assertLimitAt(id, "coal-fired-boiler", layeredBituminousII("boiler.medium", "hot-water",
        "unit.ratedCapacity", "20 t/h", "boiler.ratedThermalPower", "14.1 MW"), BOILER_EFFICIENCY, "81");
  }

  @Test
  void aBoilerOfAnotherFuelClassCombustionModeOrOutsideTheScopeGetsNoFindingFromTheRow() {
    String id = "gb24500-2020.layered-coal.bituminous-ii.grade3";
    Map<String, Object> unit = layeredBituminousII("boiler.medium", "steam", "unit.ratedCapacity", "10 t/h",
        BOILER_EFFICIENCY, "70 %");
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, "coal-fired-boiler", unit));
    for (Map<String, Object> other : List.of(with(unit, "boiler.gb24500CoalClass", "lignite"),
        with(unit, "boiler.combustionMode", "fluidised-bed"), with(unit, "boiler.gb24500Scope", false))) {
      assertTrue(finding(id, "coal-fired-boiler", END_OF_2025, other).isEmpty(), other.toString());
    }
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "coal-fired-boiler", with(unit, "boiler.gb24500CoalClass",
        null)), "an unreported fuel class leaves the row undecided");
  }

  @Test
  void fluidisedBedBiomassAndChamberFiredBoilersMeetTheirGrade3ValueItself() {
    assertLimitAt("gb24500-2020.fluidised-bed-coal.bituminous-i.grade3", "coal-fired-boiler",
        UnitProbe.data("boiler.gb24500Scope", true, "boiler.combustionMode", "fluidised-bed",
            "boiler.gb24500CoalClass", "bituminous-i"), BOILER_EFFICIENCY, "82");
    Map<String, Object> biomass = UnitProbe.data("boiler.gb24500Scope", true, "boiler.medium", "steam",
        "boiler.biomassFuelBelow8374", false);
    assertLimitAt("gb24500-2020.biomass.grade3", "biomass-boiler", with(biomass, "unit.ratedCapacity", "10 t/h"),
        BOILER_EFFICIENCY, "80");
    assertLimitAt("gb24500-2020.biomass.grade3", "biomass-boiler", with(biomass, "unit.ratedCapacity", "10.5 t/h"),
        BOILER_EFFICIENCY, "86");
    assertLimitAt("gb24500-2020.chamber.natural-gas-condensing.grade3", "gas-fired-boiler",
        UnitProbe.data("boiler.gb24500Scope", true, "boiler.naturalGasFired", true, "boiler.condensing", true),
        BOILER_EFFICIENCY, "98");
    assertLimitAt("gb24500-2020.chamber.oil.grade3", "oil-fired-boiler",
        UnitProbe.data("boiler.gb24500Scope", true), BOILER_EFFICIENCY, "90");
    assertLimitAt("gb24500-2020.chamber.coal.grade3", "coal-fired-boiler",
        UnitProbe.data("boiler.gb24500Scope", true, "boiler.combustionMode", "chamber"), BOILER_EFFICIENCY, "88");
    assertLimitAt("gb24500-2020.electric.limit", "electric-boiler",
        UnitProbe.data("boiler.gb24500Scope", true), BOILER_EFFICIENCY, "97");
  }

  @Test
  void aLowCalorificBiomassBoilerIsNeverFoundCompliantByTheTable() {
    String id = "gb24500-2020.biomass.grade3";
    Map<String, Object> unit = UnitProbe.data("boiler.gb24500Scope", true, "boiler.medium", "steam",
        "unit.ratedCapacity", "5 t/h", BOILER_EFFICIENCY, "85 %");
    assertEquals(Verdict.COMPLIANT, verdict(id, "biomass-boiler", with(unit, "boiler.biomassFuelBelow8374", false)));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "biomass-boiler",
        with(unit, "boiler.biomassFuelBelow8374", true)), "its limit is its own design thermal efficiency");
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "biomass-boiler", unit), "the fuel is not reported");
  }

  private static Map<String, Object> fan(String type, Object... data) {
    Map<String, Object> m = UnitProbe.data("fan.gb19761Scope", true, "fan.gb19761Type", type);
    m.putAll(UnitProbe.data(data));
    return m;
  }

  @Test
  void aFanIsJudgedByTheColumnOfItsMachineNumberWithTheBoundsTheRepositoryWrites() {
    String t2 = "gb19761-2020.table2.psi0p85-0p95.ns5-15.grade3";
    Map<String, Object> centrifugal = fan("centrifugal", "fan.pressureCoefficient", "0.85 1",
        "fan.specificSpeed", "5 1");
    assertLimitAt(t2, "fan", with(centrifugal, "fan.machineNumber", "3 1"), FAN_EFFICIENCY, "62");
    assertLimitAt(t2, "fan", with(centrifugal, "fan.machineNumber", "5 1"), FAN_EFFICIENCY, "65");
    assertLimitAt(t2, "fan", with(centrifugal, "fan.machineNumber", "10 1"), FAN_EFFICIENCY, "69");
    Map<String, Object> poor = with(centrifugal, FAN_EFFICIENCY, "40 %");
    assertTrue(finding(t2, "fan", END_OF_2025, with(poor, "fan.machineNumber", "3.5 1")).isEmpty(),
        "No3.5 lies in neither 'No2<机号<No3.5' nor 'No3.5<机号<No5'");
    assertTrue(finding(t2, "fan", END_OF_2025, with(poor, "fan.specificSpeed", "15 1")).isEmpty(),
        "ns 15 belongs to the next row (5≤ns<15)");
    assertTrue(finding(t2, "fan", END_OF_2025, with(with(poor, "fan.machineNumber", "6 1"), "fan.gb19761Scope",
        false)).isEmpty(), "outside the standard's scope");

    assertLimitAt("gb19761-2020.table1.psi1p35-1p55.ns45-65.grade3", "fan", fan("centrifugal",
        "fan.pressureCoefficient", "1.35 1", "fan.specificSpeed", "65 1", "fan.machineNumber", "10.5 1"),
        FAN_EFFICIENCY, "59");
    assertLimitAt("gb19761-2020.table3.hubunder0p3.grade3", "fan", fan("axial", "fan.hubRatio", "0.29 1",
        "fan.machineNumber", "2.5 1"), FAN_EFFICIENCY, "55");
    assertLimitAt("gb19761-2020.table4.psi1p4-up.nsover50.grade3", "fan", fan("external-rotor-forward-multiblade",
        "fan.pressureCoefficient", "1.4 1", "fan.specificSpeed", "51 1", "fan.machineNumber", "2 1"),
        FAN_EFFICIENCY, "32");
  }

  @Test
  void theNullColumnsOfTheLastRowOfTable2AreNotEncoded() {
    String id = "gb19761-2020.table2.psi0p25-0p35.ns65-85.grade3";
    Map<String, Object> unit = fan("centrifugal", "fan.pressureCoefficient", "0.3 1", "fan.specificSpeed", "70 1",
        FAN_EFFICIENCY, "40 %");
    assertTrue(finding(id, "fan", END_OF_2025, with(unit, "fan.machineNumber", "3 1")).isEmpty());
    assertLimitAt(id, "fan", with(unit, "fan.machineNumber", "6 1"), FAN_EFFICIENCY, "70");
  }

  @Test
  void neitherStandardIsInForceTheDayBeforeItsStart() {
    Map<String, Object> boiler = layeredBituminousII("boiler.medium", "steam", "unit.ratedCapacity", "10 t/h",
        BOILER_EFFICIENCY, "70 %");
    Map<String, Object> fan = fan("axial", "fan.hubRatio", "0.2 1", "fan.machineNumber", "3 1",
        FAN_EFFICIENCY, "40 %");
    String boilerRow = "gb24500-2020.layered-coal.bituminous-ii.grade3";
    String fanRow = "gb19761-2020.table3.hubunder0p3.grade3";
    assertTrue(finding(boilerRow, "coal-fired-boiler", START.minusDays(1), boiler).isEmpty(), "31 May 2021");
    assertTrue(finding(fanRow, "fan", START.minusDays(1), fan).isEmpty(), "31 May 2021");
    assertEquals(Optional.of(Verdict.NON_COMPLIANT),
        finding(boilerRow, "coal-fired-boiler", START, boiler).map(Finding::verdict), "1 June 2021");
    assertEquals(Optional.of(Verdict.NON_COMPLIANT), finding(fanRow, "fan", START, fan).map(Finding::verdict),
        "1 June 2021");
  }

  @Test
  void aNonCompliantUnitMustBeEliminatedUnderTheChongqingPlan() {
    Finding f = finding("gb19761-2020.table3.hubunder0p3.grade3", "fan", END_OF_2025,
        fan("axial", "fan.hubRatio", "0.2 1", "fan.machineNumber", "3 1", FAN_EFFICIENCY, "40 %")).orElseThrow();
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertEquals(List.of("市发展改革委", "市经济信息委"), f.departments().lead().stream().map(t -> t.zh()).toList());
    assertTrue(f.departments().basis().orElseThrow().contains("一、（一）3"));
    assertTrue(f.deadline().isEmpty(), "方案未规定完成日期");
  }
}
