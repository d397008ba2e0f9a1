package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.CheckableItemsProbe.AS_OF;
import static org.phaseout.catalogs.CheckableItemsProbe.ENTERPRISE;
import static org.phaseout.catalogs.CheckableItemsProbe.PREFIX;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.Criterion;

/**
 * The 《产业结构调整指导目录（2024年本）》 淘汰类 items that were manual only for want of a vocabulary attribute and are now
 * machine-checkable: designation lists (印刷 10–26, 32, 33, 35, 36 and others), single limits on one attribute or on rated
 * capacity, and process or machine types; and those that waited for a unit of measure (有色金属 4 in kA, 机械 26 in
 * t/h of molten metal, 轻工 12–13 in m/min, 建材 6 in 万平方米/年, 民爆 13 in °C, 16 and 18 in Ω, 21 in A); and 111 whose
 * condition is a named process, product or machine type read from a boolean or text attribute (钢铁 5, 机械 20, 民爆 1–3,
 * 采矿 4, 5 and 7 among them, and 二、落后产品 items at the kind that makes the product or is the product); and 26 whose
 * limit needed a fact of its own (vocabulary-industry-structure-4.json: a furnace rating in kVA, a line capacity where the
 * kind has none or another unit, a mill diameter, a content or thickness), six of them clauses split from an item that
 * stays manual for its other clauses; and 2 more whose clauses are all read by one criterion (有色金属 23, 轻工 25); then 7
 * more read whole by one criterion (钢铁 4, 11, 石化化工 5, 农林牧渔业 9, 船舶 2, and of 二 轻工 21, 铁路 1) and 14 clauses
 * split from items that stay manual for the rest (钢铁 1, 2, 7, 10; 石化化工 1, 2, 8; 纺织 2; 二 石化化工 5, 机械 63), the
 * Hebei blast-furnace limit of 钢铁 4 in a test of its own.
 * Each is evaluated on fictitious units: a listed designation, a value just inside the limit or the named type
 * (non-compliant), an unlisted neighbour, a value just outside or another type (compliant), and a unit lacking the
 * data (insufficient data), in the case table of its part of the catalogue (IndustryCatalogueCheckable…ItemsTest, read
 * by {@link CheckableItemsProbe}); this class holds what is true of the tables together and of the items' wording.
 */
class IndustryCatalogueCheckableItemsTest {

  /** Every row of the case tables, one table a part of the catalogue. */
  private static List<String[]> rows() {
    return CheckableItemsProbe.rows(IndustryCatalogueCheckableMetallurgyAndMiningItemsTest.CASES,
        IndustryCatalogueCheckableChemicalsAndBuildingMaterialsItemsTest.CASES,
        IndustryCatalogueCheckableLightIndustryTextilesAndPrintingItemsTest.CASES,
        IndustryCatalogueCheckableMachineryConstructionAndOtherItemsTest.CASES,
        IndustryCatalogueCheckableProductItemsTest.CASES);
  }

  /** The entries the tables cover: every id of them. */
  private static Set<String> ids() {
    return CheckableItemsProbe.ids(rows());
  }

  @Test
  void everyEntryOfTheTableIsMachineCheckableAndItsNoteSaysWhatTheCriterionReads() {
    Set<String> ids = ids();
    assertEquals(235, ids.size());
    for (String id : ids) {
      CatalogueEntry e = entry(PREFIX + id);
      assertTrue(e.isMachineCheckable(), id);
      String note = e.provenance().note().orElseThrow();
      assertFalse(note.contains("Manual assessment"), id);
      assertTrue(note.contains("Machine-checkable"), id);
      assertTrue(note.contains("Not compared with the official PDF"), id);
    }
  }

  @Test
  void everyTableRowIsJustEitherSideOfItsLimitOrDesignation() {
    // each entry has at least one non-compliant and one compliant unit in the table
    for (String id : ids()) {
      Set<String> verdicts = rows().stream().filter(r -> r[0].equals(id)).map(r -> r[2]).collect(Collectors.toSet());
      assertTrue(verdicts.containsAll(List.of("NON_COMPLIANT", "COMPLIANT")), id);
    }
  }

  @Test
  void limitsKeepTheWordingOfTheirItems() {
    Map<String, String> words = Map.ofEntries(Map.entry("nonferrous-11-secondary-lead-below-10kt", "以下"),
        Map.entry("coal-12-more-than-two-working-levels", "超过"), Map.entry("light-11-small-recovered-paper-pulp", "及以下"),
        Map.entry("steel-20-light-burning-reverberatory-18m3", "及以下"),
        Map.entry("steel-21-dead-burned-magnesia-shaft-30m3", "及以下"),
        Map.entry("nonferrous-18-secondary-aluminium-melting-below-15t", "以下"),
        Map.entry("p-machinery-4-small-pneumatic-grabs", "以下"),
        Map.entry("nonferrous-4-prebake-cells-below-160ka", "以下"), Map.entry("machinery-26-cupolas-5th", "及以下"),
        Map.entry("building-materials-6-small-plasterboard-lines", "（不含）以下"),
        Map.entry("explosives-13-emulsifier-above-130c", "大于"),
        Map.entry("explosives-16-detonator-resistance-spread-1.5", "大于"),
        Map.entry("explosives-18-detonator-resistance-spread-1.0", "大于"),
        Map.entry("explosives-21-no-fire-current-below-0.25a", "小于"),
        Map.entry("machinery-6-brown-corundum-furnace-3000kva", "以下"), Map.entry("textile-9-small-viscose-staple", "及以下"),
        Map.entry("gold-4-mining-dressing-below-50tpd", "（不含）以下"), Map.entry("light-24-small-ethanol-lines", "以下"),
        Map.entry("nonferrous-24-small-rare-earth-separation", "以下"), Map.entry("p-light-5-lead-acid-cadmium-above-0.002", "高于"),
        Map.entry("light-4-ultra-thin-plastic-shopping-bags", "低于"), Map.entry("p-machinery-71-cement-mills-below-3.2m", "以下"),
        Map.entry("building-materials-4-tile-lines-below-1m-m2", "（不含）以下"),
        Map.entry("building-materials-7-modified-bitumen-below-5m-m2", "（不含）以下"),
        Map.entry("building-materials-1-cement-mills-below-3m", "（不含）以下"),
        Map.entry("steel-15-ferrotitanium-furnaces-below-5t", "以下"), Map.entry("p-light-16-ultra-thin-plastic-bags", "低于"),
        Map.entry("p-light-16-pe-mulch-film-below-0.01mm", "低于"),
        Map.entry("steel-7-hot-seamless-tube-mills-below-76mm", "以下"),
        Map.entry("petrochem-1-crude-benzene-refining-50kt", "及以下"), Map.entry("petrochem-1-coal-tar-processing-50kt", "及以下"),
        Map.entry("petrochem-8-small-saponin-100t", "以下"), Map.entry("p-petrochem-5-glyphosate-aqueous-below-30pct", "以下"));
    for (Map.Entry<String, String> w : words.entrySet()) {
      CatalogueEntry e = entry(PREFIX + w.getKey());
      List<Criterion.Comparison> limits = CriterionShapes.conjuncts(e.criterion()).stream()
          .filter(c -> c instanceof Criterion.Comparison cmp && cmp.wording().isPresent())
          .map(c -> (Criterion.Comparison) c).toList();
      assertEquals(1, limits.size(), w.getKey());
      assertEquals(w.getValue(), limits.get(0).wording().orElseThrow().word(), w.getKey());
      assertTrue(e.text().zh().contains(w.getValue()), w.getKey());
    }
    assertEquals("LSB201（880mm×1230mm）及 LS201、LS204（787mm×1092 mm）型系列卷筒纸书刊转轮印刷机",
        entry(PREFIX + "printing-24-ls-web-book-rotary").text().zh());
    assertEquals("同时生产的水平超过 2 个（不含 2 个）的煤矿", entry(PREFIX + "coal-12-more-than-two-working-levels").text().zh());
  }

  @Test
  void hebeiBlastFurnacesForSteelmakingPigIronUse450() {
    Enterprise hebei = Enterprise.builder().creditCode(CreditCode.parse("91500101PH00000027"))
        .name("示例钢铁有限公司（虚构）").division(DivisionCode.parse("130200")).industry(IndustryCode.parse("C3110")).build();
    CatalogueEntry e = entry(PREFIX + "steel-4-steelmaking-bf-450m3-hebei");
    assertTrue(e.provenance().note().orElseThrow().contains("Machine-checkable"));
    assertEquals(Verdict.NON_COMPLIANT, UnitProbe.findingIfAny(hebei, e, AS_OF,
        UnitProbe.spec("blast-furnace.ironUse=steelmaking;unit.ratedCapacity=450 m3")).orElseThrow().verdict());
    assertEquals(Verdict.COMPLIANT, UnitProbe.findingIfAny(hebei, e, AS_OF,
        UnitProbe.spec("blast-furnace.ironUse=steelmaking;unit.ratedCapacity=451 m3")).orElseThrow().verdict());
    assertEquals(Verdict.COMPLIANT, UnitProbe.findingIfAny(hebei, e, AS_OF,
        UnitProbe.spec("blast-furnace.ironUse=foundry;unit.ratedCapacity=300 m3")).orElseThrow().verdict());
    assertEquals(Verdict.INSUFFICIENT_DATA, UnitProbe.findingIfAny(hebei, e, AS_OF,
        UnitProbe.spec("unit.ratedCapacity=450 m3")).orElseThrow().verdict());
    // the Hebei limit does not reach a furnace outside Hebei, where the national 400 立方米 of the item applies
    assertTrue(UnitProbe.findingIfAny(ENTERPRISE, e, AS_OF,
        UnitProbe.spec("blast-furnace.ironUse=steelmaking;unit.ratedCapacity=420 m3")).isEmpty());
  }

  @Test
  void paperMachineItemsJoinWidthAndSpeedEachWithItsOwnWord() {
    // 幅宽在 … 米及以下并且车速为 … 米/分以下: both limits include the number, and both must hold (并且)
    for (String id : List.of("light-12-narrow-slow-cultural-paper-machines", "light-13-narrow-slow-board-machines")) {
      CatalogueEntry e = entry(PREFIX + id);
      assertTrue(e.text().zh().contains("及以下并且车速为"), id);
      Map<String, String> wordByFact = CriterionShapes.conjuncts(e.criterion()).stream()
          .filter(c -> c instanceof Criterion.Comparison cmp && cmp.wording().isPresent())
          .map(c -> (Criterion.Comparison) c)
          .collect(Collectors.toMap(c -> c.operand().key(), c -> c.wording().orElseThrow().word()));
      assertEquals(2, wordByFact.size(), id + " " + wordByFact);
      assertTrue(wordByFact.values().containsAll(List.of("及以下", "以下")), id + " " + wordByFact);
    }
  }
}
