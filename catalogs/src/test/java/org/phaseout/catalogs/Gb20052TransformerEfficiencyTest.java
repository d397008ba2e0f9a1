package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.EfficiencyStandardProbe.ENTERPRISE;
import static org.phaseout.catalogs.EfficiencyStandardProbe.assertEliminatedInChongqingAsGb18613;
import static org.phaseout.catalogs.EfficiencyStandardProbe.assertInForceFromItsFirstDayOnly;
import static org.phaseout.catalogs.EfficiencyStandardProbe.assertNoFinding;
import static org.phaseout.catalogs.EfficiencyStandardProbe.ids;
import static org.phaseout.catalogs.EfficiencyStandardProbe.limit;
import static org.phaseout.catalogs.EfficiencyStandardProbe.members;
import static org.phaseout.catalogs.EfficiencyStandardProbe.onlyValue;
import static org.phaseout.catalogs.EfficiencyStandardProbe.quantityOf;
import static org.phaseout.catalogs.EfficiencyStandardProbe.verdict;
import static org.phaseout.catalogs.EfficiencyStandardProbe.with;
import static org.phaseout.catalogs.EfficiencyStandardProbe.without;
import static org.phaseout.catalogs.UnitProbe.plus;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.Verdict;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.CatalogueStatus;
import org.phaseout.catalogue.LimitWording;
import org.phaseout.catalogue.Operator;
import org.phaseout.measure.Quantity;

/**
 * The energy-efficiency standard of power transformers (电力变压器能效限定值及能效等级, GB 20052-2024, 表1 and 表2) as
 * shipped: in force from its first day, one entry per row with the consequence of GB 18613, two rows pinned to their
 * sources, and every row evaluated end to end on fictitious Chongqing transformers above, at and below its grade-3
 * losses and outside its row.
 */
class Gb20052TransformerEfficiencyTest {

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
}
