package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.CriterionShapes.quantity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.Action;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.CatalogueStatus;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.DeadlineRule;
import org.phaseout.catalogue.LimitWording;
import org.phaseout.catalogue.Operator;
import org.phaseout.catalogue.VerificationLevel;
import org.phaseout.measure.Quantity;

/**
 * The mandatory equipment energy-efficiency standards as shipped: GB 20052-2024 (power transformers, 表1 and 表2),
 * GB 30254-2024 (high-voltage cage induction motors, 表1 to 表6), GB 28381-2012 (centrifugal blowers, the four tables
 * of limits) and GB 47834-2026 (PV modules and inverters). Every row is evaluated end to end through the public API on
 * fictitious Chongqing units on the failing side of its grade-3 value (or limit), at it and on the passing side,
 * outside its row and without the indicator; each edition is dated as its source dates it; two rows or more per
 * standard are pinned to their sources.
 */
class EquipmentEfficiencyStandards2Test {

  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
  private static final List<String> POLES = List.of("2", "4", "6", "8", "10", "12");
  private static final Enterprise ENTERPRISE = Enterprise.builder()
      .creditCode(CreditCode.parse("91500101PH0000005G")).name("示例机电设备有限公司（虚构）")
      .division(DivisionCode.parse("500101")).industry(IndustryCode.parse("C3411")).build();

  // ------------------------------------------------------------------------------------------------ helpers

  private static Optional<Finding> findingIfAny(String entryId, LocalDate asOf, Map<String, Object> data) {
    return UnitProbe.findingIfAny(ENTERPRISE, entry(entryId), asOf, data);
  }

  /** 1 January 2026, or the edition's first day when it comes into force later. */
  private static LocalDate asOfFor(String entryId) {
    CatalogueEdition e = BundledData.catalogues().editions().stream()
        .filter(x -> x.entries().stream().anyMatch(y -> y.id().equals(entryId))).findFirst().orElseThrow();
    return e.validity().start().isAfter(AS_OF) ? e.validity().start() : AS_OF;
  }

  private static Verdict verdict(String entryId, Map<String, Object> data) {
    return findingIfAny(entryId, asOfFor(entryId), data)
        .orElseThrow(() -> new AssertionError(entryId + " gave no finding for " + data)).verdict();
  }

  private static void assertNoFinding(String entryId, Map<String, Object> data, String why) {
    Optional<Finding> f = findingIfAny(entryId, asOfFor(entryId), data);
    assertTrue(f.isEmpty(), entryId + " should give no finding (" + why + ") but gave " + f.map(Finding::verdict));
  }

  /** The ids of the edition's entries, in file order. */
  private static List<String> ids(String editionKey) {
    return edition(editionKey).entries().stream().map(CatalogueEntry::id).toList();
  }

  private static Map<String, Object> data(Object... keyValues) {
    return UnitProbe.data(keyValues);
  }

  private static Map<String, Object> with(Map<String, Object> base, Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>(base);
    m.putAll(data(keyValues));
    return m;
  }

  private static Map<String, Object> without(Map<String, Object> base, String key) {
    Map<String, Object> m = new LinkedHashMap<>(base);
    m.remove(key);
    return m;
  }

  /** The comparisons of the entry's criterion and scope (any depth) on this operand, in order. */
  private static List<Criterion.Comparison> comparisons(String entryId, String key) {
    CatalogueEntry e = entry(entryId);
    List<Criterion.Comparison> out = new ArrayList<>();
    e.applicability().when().ifPresent(c -> collect(c, key, out));
    e.criterion().ifPresent(c -> collect(c, key, out));
    return out;
  }

  private static void collect(Criterion c, String key, List<Criterion.Comparison> out) {
    if (c instanceof Criterion.All all) {
      all.parts().forEach(p -> collect(p, key, out));
    } else if (c instanceof Criterion.Any any) {
      any.parts().forEach(p -> collect(p, key, out));
    } else if (c instanceof Criterion.Comparison cmp && cmp.operand().key().equals(key)) {
      out.add(cmp);
    }
  }

  private static Object onlyValue(String entryId, String key) {
    List<Criterion.Comparison> found = comparisons(entryId, key);
    assertEquals(1, found.size(), entryId + ": one comparison on " + key);
    FactValue v = found.get(0).value();
    if (v instanceof FactValue.QuantityFact q) {
      return q.value();
    }
    return v instanceof FactValue.TextFact t ? t.value() : ((FactValue.BooleanFact) v).value();
  }

  private static Set<String> members(String entryId, String key) {
    Criterion when = entry(entryId).applicability().when().orElseThrow();
    return ((Criterion.All) when).parts().stream().filter(p -> p instanceof Criterion.Membership m
        && m.operand().key().equals(key)).map(p -> ((Criterion.Membership) p).values()).findFirst()
        .orElseThrow(() -> new AssertionError(entryId + ": no membership on " + key));
  }

  /** The grade-3 limit of the entry on this indicator, checked to be an exclusive bound with its source word. */
  private static Quantity limit(String entryId, String indicator, Operator op, LimitWording word) {
    List<Criterion.Comparison> found = comparisons(entryId, indicator);
    assertEquals(1, found.size(), entryId + ": one limit on " + indicator);
    Criterion.Comparison c = found.get(0);
    assertEquals(op, c.operator(), entryId + ": the grade-3 value itself meets the limit");
    assertEquals(Optional.of(word), c.wording(), entryId + ": limit word");
    return quantity(c);
  }

  /** A quantity given as itself or as text ("0.08 kW"). */
  private static Quantity quantityOf(Object value) {
    return value instanceof Quantity q ? q : Quantity.parse((String) value);
  }

  /** The lower limits of the entry on this indicator, in order, each failed only below the value (低于). */
  private static List<Quantity> lowerLimits(String entryId, String indicator) {
    List<Criterion.Comparison> found = comparisons(entryId, indicator);
    for (Criterion.Comparison c : found) {
      assertEquals(Operator.LT, c.operator(), entryId + ": the limit value itself is met");
      assertEquals(Optional.of(LimitWording.LOWER_THAN), c.wording(), entryId + ": limit word");
    }
    return found.stream().map(CriterionShapes::quantity).toList();
  }

  private static Quantity plus(Quantity q, String delta) {
    return UnitProbe.plus(q, delta);
  }

  /**
   * The edition has the number and first day the repository manifest gives, is SECONDARY and open-ended, is taken as
   * published on that day (no publication date is sourced), has one entry per encoded row, its source note says what it
   * leaves out, and the entry fails the unit that day but not the day before.
   */
  private static void assertInForceFromItsFirstDayOnly(String key, String number, LocalDate start, int rows,
      String noteSays, String entryId, Map<String, Object> failing) {
    assertEquals(start, edition(key).published(), key + ": the publication date is not sourced, so the start is used");
    assertEquals(VerificationLevel.SECONDARY, edition(key).source().verification(), key);
    assertDatedEdition(key, number, start, rows, noteSays, entryId, failing);
  }

  /** The edition's number, start, rows and note; the entry fails the unit from its first day, not the day before. */
  private static void assertDatedEdition(String key, String number, LocalDate start, int rows, String noteSays,
      String entryId, Map<String, Object> failing) {
    CatalogueEdition gb = edition(key);
    assertEquals(rows, gb.entries().size(), key + ": one entry per row");
    assertTrue(gb.source().note().orElseThrow().contains(noteSays), key + ": the note says " + noteSays);
    assertEquals(number, gb.documentNumber(), key);
    assertEquals(start, gb.validity().start(), key);
    assertEquals(Optional.empty(), gb.validity().end(), key + ": no successor is known");
    assertTrue(findingIfAny(entryId, start.minusDays(1), failing).isEmpty(),
        entryId + ": not in force before " + start);
    assertEquals(Verdict.NON_COMPLIANT, findingIfAny(entryId, start, failing).orElseThrow().verdict(),
        entryId + ": in force on " + start);
  }

  private static void assertEliminatedInChongqingAsGb18613(CatalogueEntry x) {
    assertEquals(Action.ELIMINATE, x.consequence().action(), x.id());
    assertTrue(x.consequence().deadline() instanceof DeadlineRule.NotStated, x.id() + ": no deadline is sourced");
    assertEquals(List.of("cq.development-reform", "cq.economy-it"), x.departments().get(0).lead(), x.id());
    assertTrue(x.citations().stream().anyMatch(c -> c.document().contains("127号")), x.id() + " cites 127号");
    assertEquals(VerificationLevel.UNVERIFIED, x.provenance().verification(), x.id());
    assertTrue(x.provenance().note().orElseThrow().contains("reads grade 3 as the 限定值"), x.id());
    assertTrue(x.provenance().source().contains("a1643ed38e0b934bbc7562348883b8a8bd4badc5"), x.id());
    assertTrue(x.assumes().isEmpty(), x.id());
  }

  // ------------------------------------------------------------------------------------------------ GB 20052-2024

  /** A transformer in the entry's row (category, capacity, core, connection or insulation) with these losses. */
  private static Map<String, Object> transformerOf(String entryId, Object noLoad, Object load) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("transformer.gb20052Category", onlyValue(entryId, "transformer.gb20052Category"));
    m.put("unit.ratedCapacity", onlyValue(entryId, "unit.ratedCapacity"));
    m.put("transformer.coreMaterial", onlyValue(entryId, "transformer.coreMaterial"));
    if (entryId.contains(".t1.")) {
      m.put("transformer.connectionGroup", entryId.endsWith("yyn0.grade3") ? "Yyn0" : "Dyn11");
    } else {
      m.put("transformer.insulationClass", onlyValue(entryId, "transformer.insulationClass"));
    }
    if (noLoad != null) {
      m.put("transformer.no-load-loss", quantityOf(noLoad));
    }
    if (load != null) {
      m.put("transformer.load-loss", quantityOf(load));
    }
    return m;
  }

  /** The row's table category and its grade-3 no-load and load losses, each a maximum exceeded only above it (高于). */
  private static void assertGrade3Losses(String id, String category, String noLoad, String load) {
    assertEquals(category, onlyValue(id, "transformer.gb20052Category"), id);
    assertTrue(limit(id, "transformer.no-load-loss", Operator.GT, LimitWording.HIGHER_THAN)
        .isEqualTo(Quantity.parse(noLoad)), id + ": no-load loss");
    assertTrue(limit(id, "transformer.load-loss", Operator.GT, LimitWording.HIGHER_THAN)
        .isEqualTo(Quantity.parse(load)), id + ": load loss");
  }

  @Test
  void gb20052IsInForceFrom1February2025AsTheRepositoryManifestDatesItAndNotTheDayBefore() {
    String id = "gb20052-2024.t1.30kva.electrical-steel.dyn11-yzn11.grade3";
    assertInForceFromItsFirstDayOnly("gb-20052@2024", "GB 20052-2024", LocalDate.of(2025, 2, 1), 62 + 108,
        "Not encoded: 表3", id, transformerOf(id, "0.09 kW", "0.63 kW"));
    Map<String, CatalogueStatus.State> states = new LinkedHashMap<>();
    ComplianceEvaluator.of(BundledData.catalogues()).evaluate(ProductionUnit.builder().id("t").enterprise(ENTERPRISE)
        .kind("transformer").build(), LocalDate.of(2025, 1, 31)).catalogues()
        .forEach(s -> states.put(s.catalogueId(), s.state()));
    assertEquals(CatalogueStatus.State.NOT_PUBLISHED_BY_KNOWN_AT, states.get("gb-20052"),
        "published on its first day, so the day before it is not yet known either");
  }

  @Test
  void gb20052HasOneEntryPerRowOfTable1AndTable2WithTheConsequenceOfGb18613() {
    CatalogueEdition gb = edition("gb-20052@2024");
    assertEquals(62, gb.entries().stream().filter(x -> x.id().contains(".t1.")).count());
    assertEquals(108, gb.entries().stream().filter(x -> x.id().contains(".t2.")).count());
    for (CatalogueEntry x : gb.entries()) {
      assertEliminatedInChongqingAsGb18613(x);
      assertEquals(Set.of("transformer"), Set.copyOf(x.applicability().unitKinds()), x.id());
    }
  }

  @Test
  void gb20052OilImmersed30KvaElectricalSteelDyn11RowIsPinnedToReference05() {
    // reference 05 §5 表1, data_id R000001: P0 0.065/0.07/0.08, Pk 0.455/0.505/0.63
    String id = "gb20052-2024.t1.30kva.electrical-steel.dyn11-yzn11.grade3";
    assertGrade3Losses(id, "10kv-oil-immersed-distribution", "0.08 kW", "0.63 kW");
    assertTrue(((Quantity) onlyValue(id, "unit.ratedCapacity")).isEqualTo(Quantity.parse("30 kVA")));
    assertEquals(Set.of("Dyn11", "Yzn11"), members(id, "transformer.connectionGroup"));
    assertTrue(entry(id).text().zh().contains("空载损耗 1级0.065、2级0.07、3级0.08；负载损耗 1级0.455、2级0.505、3级0.63"));
  }

  @Test
  void gb20052DryType2500KvaAmorphousClassHRowIsPinnedToTheRepositoryFile() {
    // transformer.json data_id GB20052-R000170: P0 0.84/1.02/1.2, Pk 16.605/16.605/18.45
    String id = "gb20052-2024.t2.2500kva.amorphous-alloy.h.grade3";
    assertGrade3Losses(id, "10kv-dry-type-distribution", "1.2 kW", "18.45 kW");
    assertEquals("amorphous-alloy", onlyValue(id, "transformer.coreMaterial"));
    assertEquals("H", onlyValue(id, "transformer.insulationClass"));
  }

  @Test
  void everyGb20052RowFailsALossAboveItsGrade3ValueAndIsMetAtAndBelowIt() {
    for (String id : ids("gb-20052@2024")) {
      Quantity p0 = limit(id, "transformer.no-load-loss", Operator.GT, LimitWording.HIGHER_THAN);
      Quantity pk = limit(id, "transformer.load-loss", Operator.GT, LimitWording.HIGHER_THAN);
      assertEquals(Verdict.COMPLIANT, verdict(id, transformerOf(id, p0, pk)), id + ": both losses at grade 3");
      assertEquals(Verdict.COMPLIANT, verdict(id, transformerOf(id, plus(p0, "-0.001"), plus(pk, "-0.001"))), id);
      assertEquals(Verdict.NON_COMPLIANT, verdict(id, transformerOf(id, plus(p0, "0.001"), pk)),
          id + ": a no-load loss above grade 3 fails alone");
      assertEquals(Verdict.NON_COMPLIANT, verdict(id, transformerOf(id, p0, plus(pk, "0.001"))),
          id + ": a load loss above grade 3 fails alone");
      assertEquals(Verdict.NON_COMPLIANT, verdict(id, transformerOf(id, plus(p0, "0.001"), null)),
          id + ": one loss above grade 3 suffices without the other");
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, transformerOf(id, p0, null)), id + ": no load loss");
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, transformerOf(id, null, pk)), id + ": no no-load loss");
    }
  }

  @Test
  void aGb20052RowGivesNoFindingForATransformerOutsideItsRow() {
    for (String id : ids("gb-20052@2024")) {
      Map<String, Object> failing = transformerOf(id, "100 kW", "100 kW");
      boolean oil = id.contains(".t1.");
      assertNoFinding(id, with(failing, "transformer.gb20052Category",
          oil ? "10kv-dry-type-distribution" : "10kv-oil-immersed-distribution"), "the other table's category");
      assertNoFinding(id, with(failing, "transformer.gb20052Category", "other"), "outside both tables");
      assertNoFinding(id, with(failing, "unit.ratedCapacity", "40 kVA"), "an untabulated capacity");
      assertNoFinding(id, with(failing, "transformer.coreMaterial",
          id.contains("electrical-steel") ? "amorphous-alloy" : "electrical-steel"), "the other core material");
      if (oil) {
        assertNoFinding(id, with(failing, "transformer.connectionGroup",
            id.endsWith("yyn0.grade3") ? "Dyn11" : "Yyn0"), "the other connection group");
      } else {
        assertNoFinding(id, with(failing, "transformer.insulationClass",
            id.endsWith(".h.grade3") ? "B" : "H"), "another insulation class");
      }
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, without(failing, "transformer.gb20052Category")),
          id + ": a failing transformer that does not say its category cannot be cleared");
    }
  }

  @Test
  void anOilImmersedTransformerOf630KvaOrMoreIsCheckedOnlyAsYyn0BecauseTheRepositoryHasNoOtherColumnThere() {
    String id = "gb20052-2024.t1.630kva.electrical-steel.yyn0.grade3";
    assertEquals("Yyn0", onlyValue(id, "transformer.connectionGroup"));
    assertTrue(entry(id).provenance().note().orElseThrow().contains("only Yyn0 rows"));
    assertTrue(edition("gb-20052@2024").entries().stream()
        .noneMatch(x -> x.id().startsWith("gb20052-2024.t1.630kva.") && x.id().contains("dyn11")));
  }

  // ------------------------------------------------------------------------------------------------ GB 30254-2024

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

  /** The grade-3 efficiency of each number of poles the row gives, in the table's column order. */
  private static Map<String, Quantity> hvLimits(String entryId) {
    List<Criterion.Comparison> poles = comparisons(entryId, "motor.poles");
    List<Quantity> limits = lowerLimits(entryId, "motor.efficiency");
    assertEquals(poles.size(), limits.size(), entryId);
    Map<String, Quantity> m = new LinkedHashMap<>();
    for (int i = 0; i < poles.size(); i++) {
      m.put(((FactValue.TextFact) poles.get(i).value()).value(), limits.get(i));
    }
    assertEquals(m.keySet(), members(entryId, "motor.poles"), entryId + ": the row's columns are its scope");
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
    Map<String, Quantity> limits = hvLimits("gb30254-2024.t1.200kw.grade3");
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
    Map<String, Quantity> limits = hvLimits(id);
    assertEquals(List.of("4"), List.copyOf(limits.keySet()));
    assertTrue(limits.get("4").isEqualTo(Quantity.parse("97.1 %")));
    assertTrue(((Quantity) onlyValue(id, "equipment.ratedVoltage")).isEqualTo(Quantity.parse("10 kV")));
    assertNoFinding(id, hvMotor(id, "2", "90 %"), "the row gives no value for 2 poles");
  }

  @Test
  void gb30254Table6At2800KwIsPinnedToTheRepositoryFileAndHasNoColumnsBeyondEightPoles() {
    // motor_hv.json data_id GB30254-R000204: 表6 (10kV:IC411) 2800 kW, 3级 96.0 95.9 95.8 95.4 for 2/4/6/8 poles
    String id = "gb30254-2024.t6.2800kw.grade3";
    Map<String, Quantity> limits = hvLimits(id);
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
      for (Map.Entry<String, Quantity> column : hvLimits(id).entrySet()) {
        String poles = column.getKey();
        Quantity g3 = column.getValue();
        assertEquals(Verdict.NON_COMPLIANT, verdict(id, hvMotor(id, poles, plus(g3, "-0.1"))), id + " " + poles);
        assertEquals(Verdict.COMPLIANT, verdict(id, hvMotor(id, poles, g3)), id + " " + poles + " at grade 3");
        assertEquals(Verdict.COMPLIANT, verdict(id, hvMotor(id, poles, plus(g3, "0.1"))), id + " " + poles);
        assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, hvMotor(id, poles, null)),
            id + " " + poles + " without the efficiency");
      }
    }
  }

  @Test
  void aGb30254RowGivesNoFindingForAMotorOutsideItsTableOrRow() {
    for (String id : ids("gb-30254@2024")) {
      Map<String, Object> failing = hvMotor(id, hvLimits(id).keySet().iterator().next(), "80 %");
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

  // ------------------------------------------------------------------------------------------------ GB 28381-2012

  /** A d2 inside each column band as the repository writes it: <300, 301~400, 401~600, 601~800, >801 mm. */
  private static final List<String> D2_IN_BAND = List.of("250 mm", "301 mm", "600 mm", "700 mm", "802 mm");

  /** A blower of the entry's type, stage count and b2/d2 band, with this impeller diameter and efficiency. */
  private static Map<String, Object> blower(String entryId, String d2, Object efficiency) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("blower.gb28381Type", onlyValue(entryId, "blower.gb28381Type"));
    String[] parts = entryId.split("\\.");
    if (parts[2].startsWith("stages-")) {
      m.put("blower.stages", Quantity.parse(parts[2].substring("stages-".length()).split("-")[0] + " 1"));
    }
    String band = entryId.replaceAll(".*\\.b2d2-", "").replace(".limit", "");
    String inBand = band.startsWith("lt") ? "0.010" : band.startsWith("gt") ? "0.1" : band.split("-")[0];
    m.put("blower.impellerWidthRatio", Quantity.parse(inBand + " 1"));
    m.put("blower.impellerDiameter", Quantity.parse(d2));
    m.put("blower.threeDimensionalImpeller", false);
    m.put("blower.overhung", false);
    if (efficiency != null) {
      m.put("blower.polytropic-efficiency", quantityOf(efficiency));
    }
    return m;
  }

  private static List<Quantity> blowerLimits(String entryId) {
    List<Quantity> limits = lowerLimits(entryId, "blower.polytropic-efficiency");
    assertEquals(5, limits.size(), entryId + ": one limit per impeller-diameter column");
    return limits;
  }

  @Test
  void gb28381IsInForceFrom1September2012AsTheRepositoryManifestDatesItAndNotTheDayBefore() {
    String id = "gb28381-2012.t1.b2d2-lt0.020.limit";
    assertInForceFromItsFirstDayOnly("gb-28381@2012", "GB 28381-2012", LocalDate.of(2012, 9, 1), 48,
        "Not encoded: 表5 onwards (节能评价值)", id, blower(id, "250 mm", "50.9 %"));
  }

  @Test
  void gb28381HasOneEntryPerRowOfItsFourTablesOfLimitsWithTheConsequenceOfGb18613() {
    for (CatalogueEntry x : edition("gb-28381@2012").entries()) {
      assertEquals(Action.ELIMINATE, x.consequence().action(), x.id());
      assertEquals(List.of("cq.development-reform", "cq.economy-it"), x.departments().get(0).lead(), x.id());
      assertEquals(VerificationLevel.UNVERIFIED, x.provenance().verification(), x.id());
      assertEquals(Set.of("blower"), Set.copyOf(x.applicability().unitKinds()), x.id());
      assertTrue(x.assumes().isPresent(), x.id() + ": the raised limits of special impellers are assumed away");
    }
  }

  @Test
  void gb28381SingleStageLowSpeedNarrowestRowIsPinnedToReference05() {
    // reference 05 §9 表1 b2/d2 <0.020: 51.0 52.5 53.5 55.0 54.0 for d2 <300 … >801 mm
    List<Quantity> limits = blowerLimits("gb28381-2012.t1.b2d2-lt0.020.limit");
    List<String> expected = List.of("51.0", "52.5", "53.5", "55.0", "54.0");
    for (int i = 0; i < 5; i++) {
      assertTrue(limits.get(i).isEqualTo(Quantity.parse(expected.get(i) + " %")), "column " + i);
    }
  }

  @Test
  void gb28381SuspiciousCellOfTable4IsEncodedAsSourcedAndFlagged() {
    // reference 05 §9: 表4 3~4级 >0.091 d2<300 = 68.0, a possible repository typo (UNVERIFIED)
    String id = "gb28381-2012.t4.stages-3-4.b2d2-gt0.091.limit";
    List<Quantity> limits = blowerLimits(id);
    assertTrue(limits.get(0).isEqualTo(Quantity.parse("68.0 %")));
    assertTrue(limits.get(4).isEqualTo(Quantity.parse("71.0 %")));
    assertTrue(entry(id).provenance().note().orElseThrow().contains("possible repository typo"));
  }

  @Test
  void everyGb28381RowFailsAnEfficiencyBelowItsLimitAndIsMetAtAndAboveIt() {
    for (String id : ids("gb-28381@2012")) {
      List<Quantity> limits = blowerLimits(id);
      for (int i = 0; i < 5; i++) {
        String d2 = D2_IN_BAND.get(i);
        Quantity limit = limits.get(i);
        assertEquals(Verdict.NON_COMPLIANT, verdict(id, blower(id, d2, plus(limit, "-0.1"))), id + " d2 " + d2);
        assertEquals(Verdict.COMPLIANT, verdict(id, blower(id, d2, limit)), id + " d2 " + d2 + " at the limit");
        assertEquals(Verdict.COMPLIANT, verdict(id, blower(id, d2, plus(limit, "0.1"))), id + " d2 " + d2);
        assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, blower(id, d2, null)), id + " without the efficiency");
      }
    }
  }

  @Test
  void aGb28381RowGivesNoVerdictForARaisedLimitAndNoFindingOutsideItsBands() {
    for (String id : ids("gb-28381@2012")) {
      Map<String, Object> passing = blower(id, "250 mm", "99 %");
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, with(passing, "blower.threeDimensionalImpeller", true)),
          id + ": a three-dimensional-flow impeller has a raised limit the entry does not encode");
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, without(passing, "blower.threeDimensionalImpeller")), id);
      assertNoFinding(id, with(passing, "blower.gb28381Type", "other"), "another type of blower");
      assertNoFinding(id, with(passing, "blower.impellerDiameter", "300 mm"), "d2 between the bands <300 and 301~400");
      assertNoFinding(id, with(passing, "blower.impellerWidthRatio", "0.0205 1"), "b2/d2 between two bands");
    }
    String single = "gb28381-2012.t3.b2d2-0.051-0.060.limit";
    assertEquals(Verdict.INSUFFICIENT_DATA,
        verdict(single, with(blower(single, "700 mm", "99 %"), "blower.overhung", true)),
        "an overhung single-stage machine has a raised limit");
    String multi = "gb28381-2012.t2.stages-4-6.b2d2-0.021-0.030.limit";
    assertNoFinding(multi, with(blower(multi, "700 mm", "40 %"), "blower.stages", "3 1"), "3 stages are another row");
  }

  // ------------------------------------------------------------------------------------------------ GB 47834-2026

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
