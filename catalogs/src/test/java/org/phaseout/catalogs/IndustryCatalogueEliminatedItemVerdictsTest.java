package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.EliminatedItemsProbe.AS_OF;
import static org.phaseout.catalogs.EliminatedItemsProbe.CHONGQING;
import static org.phaseout.catalogs.EliminatedItemsProbe.HEBEI;
import static org.phaseout.catalogs.EliminatedItemsProbe.PREFIX;
import static org.phaseout.catalogs.EliminatedItemsProbe.added;
import static org.phaseout.catalogs.EliminatedItemsProbe.verdict;
import static org.phaseout.catalogs.UnitProbe.data;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phaseout.Verdict;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.DeadlineRule;

/**
 * The machine-checkable 《产业结构调整指导目录（2024年本）》 淘汰类 items added from a third-party transcription of the official PDF
 * (GitHub dk22246/project-preliminary-assessment, commit 0d8b22b9), each clause evaluated on fictitious units just inside and
 * just outside its limit and without the data it needs, and the manual items giving insufficient data. Their provenance and
 * the pins of their texts, numbers and deadlines are in {@link IndustryCatalogueEliminatedItemsTest}.
 */
class IndustryCatalogueEliminatedItemVerdictsTest {


  @Test
  void convertersOf30TonnesOrBelowAreEliminatedAndHebeiUses40() {
    assertEquals(Verdict.NON_COMPLIANT, verdict(CHONGQING, "steel-6-converter-30t", data("unit.ratedCapacity", "30 t")));
    assertEquals(Verdict.COMPLIANT, verdict(CHONGQING, "steel-6-converter-30t", data("unit.ratedCapacity", "30.5 t")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(CHONGQING, "steel-6-converter-30t", data()));
    assertEquals(Verdict.NON_COMPLIANT, verdict(HEBEI, "steel-6-converter-40t-hebei", data("unit.ratedCapacity", "40 t")));
    assertEquals(Verdict.COMPLIANT, verdict(HEBEI, "steel-6-converter-40t-hebei", data("unit.ratedCapacity", "41 t")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(HEBEI, "steel-6-converter-40t-hebei", data()));
    // The Hebei limit does not reach a converter outside Hebei.
    assertTrue(UnitProbe.findingIfAny(CHONGQING, entry(PREFIX + "steel-6-converter-40t-hebei"), AS_OF,
        data("unit.ratedCapacity", "35 t")).isEmpty());
  }

  @Test
  void electricArcFurnacesOf30TonnesOrBelowUnlessForCastingOrSpecialAlloys() {
    String eaf = "steel-6-eaf-30t";
    assertEquals(Verdict.NON_COMPLIANT, verdict(CHONGQING, eaf,
        data("unit.ratedCapacity", "30 t", "eaf.castingOrSpecialAlloyUse", false)));
    assertEquals(Verdict.COMPLIANT, verdict(CHONGQING, eaf,
        data("unit.ratedCapacity", "31 t", "eaf.castingOrSpecialAlloyUse", false)));
    assertEquals(Verdict.COMPLIANT, verdict(CHONGQING, eaf,
        data("unit.ratedCapacity", "20 t", "eaf.castingOrSpecialAlloyUse", true)));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(CHONGQING, eaf, data("unit.ratedCapacity", "20 t")));
    assertEquals(Verdict.COMPLIANT, verdict(CHONGQING, eaf, data("unit.ratedCapacity", "50 t")));
  }

  @Test
  void calciumCarbideFurnacesBelow12500KvaOrOpenOrInternalCombustion() {
    String carbide = "petrochem-3-carbide-furnace";
    assertEquals(Verdict.NON_COMPLIANT, verdict(CHONGQING, carbide,
        data("unit.ratedCapacity", "12499 kVA", "carbide.furnaceType", "closed")));
    assertEquals(Verdict.COMPLIANT, verdict(CHONGQING, carbide,
        data("unit.ratedCapacity", "12500 kVA", "carbide.furnaceType", "closed")));
    assertEquals(Verdict.NON_COMPLIANT, verdict(CHONGQING, carbide,
        data("unit.ratedCapacity", "30000 kVA", "carbide.furnaceType", "open")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(CHONGQING, carbide, data("unit.ratedCapacity", "30000 kVA")));
    assertEquals(Verdict.NON_COMPLIANT, verdict(CHONGQING, carbide, data("unit.ratedCapacity", "10000 kVA")));
  }

  @Test
  void atmosphericVacuumUnitsOf2MillionTonnesOrBelowUnlessExcepted() {
    String avdu = "petrochem-1-avdu-2mt";
    assertEquals(Verdict.NON_COMPLIANT, verdict(CHONGQING, avdu,
        data("unit.ratedCapacity", "200 10^4 t/a", "avdu.exceptedCase", false)));
    assertEquals(Verdict.COMPLIANT, verdict(CHONGQING, avdu,
        data("unit.ratedCapacity", "201 10^4 t/a", "avdu.exceptedCase", false)));
    assertEquals(Verdict.COMPLIANT, verdict(CHONGQING, avdu,
        data("unit.ratedCapacity", "100 10^4 t/a", "avdu.exceptedCase", true)));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(CHONGQING, avdu, data("unit.ratedCapacity", "100 10^4 t/a")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(CHONGQING, avdu, data("avdu.exceptedCase", false)));
  }

  @Test
  void manualItemsGiveInsufficientDataForTheirUnits() {
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(CHONGQING, "building-materials-3-flat-drawn-glass",
        data("unit.ratedCapacity", "600 t/d")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(CHONGQING, "steel-4-small-blast-furnaces",
        data("unit.ratedCapacity", "350 m3")));
  }

  @Test
  void cryptocurrencyMiningIsEliminatedWhateverItsSize() {
    assertEquals(Verdict.NON_COMPLIANT, verdict(CHONGQING, "other-6-crypto-mining", data()));
    assertEquals(Verdict.NON_COMPLIANT, verdict(CHONGQING, "other-6-crypto-mining", data("unit.ratedCapacity", "1 kW")));
  }

  /** Each designation entry: a listed designation, one just outside the list (a neighbouring designation), and none. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "p-machinery-1-t100-dozers | equipment.model | T100A | T120",
      "p-machinery-2-zp-dry-shotcrete | equipment.model | ZP-III | ZP-V",
      "p-machinery-3-wp3-excavator | equipment.model | WP-3 | WY-3",
      "p-machinery-10-ddz-i | equipment.series | DDZ-I | DDZ-III",
      "p-machinery-11-ggp-01a-belt-scale | equipment.model | GGP-01A | GGP-01B",
      "p-machinery-12-blr-31-load-cell | equipment.model | BLR-31 | BLR-1",
      "p-machinery-13-wft-081 | equipment.model | WFT-081 | WFT-202",
      "p-machinery-16-ewc-01a | equipment.model | EWC-01A | EWC-01B",
      "p-machinery-17-xqwa | equipment.model | XQWA | XQWB",
      "p-machinery-18-zl3-xy-recorder | equipment.model | ZL3 | ZL4",
      "p-machinery-19-dbu-521-level-transmitters | equipment.model | DBU-521C | DBU-521D",
      "p-machinery-21-dz10-dw10-breakers | equipment.series | DW10 | DW15",
      "p-machinery-22-cj8-contactors | equipment.series | CJ8 | CJ20",
      "p-machinery-23-qc-starters | equipment.series | QC12 | QC36",
      "p-machinery-26-ggw-coreless-induction | equipment.series | GGW | KGPS",
      "p-machinery-32-c620-ca630-lathes | equipment.model | CA630 | CA6140",
      "p-machinery-33-c616-c650-lathes | equipment.model | C650 | C6140",
      "p-machinery-34-x920-keyseater | equipment.model | X920 | X921",
      "p-machinery-35-b665-shapers | equipment.model | B665-1 | B6050",
      "p-machinery-36-d6165-d6185-edm | equipment.model | D6185 | D7140",
      "p-machinery-37-d5540-pulse | equipment.model | D5540 | D5570",
      "p-machinery-38-j53-friction-presses | equipment.model | J53-1000 | J53-1600",
      "p-machinery-39-q11-shear | equipment.model | Q11-1.6×1600 | Q11-3×1500",
      "p-machinery-40-q51-truck-crane | equipment.model | Q51 | QY25",
      "p-machinery-42-a571-single-girder-crane | equipment.model | A571 | LD5",
      "p-machinery-43-ds-fast-breakers | equipment.model | DS10-30 | DS12-30",
      "p-machinery-44-sx-box-furnaces | equipment.series | SX | SX2",
      "p-machinery-49-thermodynamic-steam-traps | equipment.model | S49H-64 | S49H-100",
      "p-machinery-54-j31-250-press | equipment.model | J31-250 | J31-315",
      "p-machinery-55-td-belt-conveyors | equipment.series | TD72 | TD75",
      "machinery-3-tq60-tq80-tower-cranes | equipment.model | TQ80 | QTZ80",
      "machinery-4-qt-derrick-tower-cranes | equipment.model | QT25 | QTZ25",
      "textile-3-z114-dobby | equipment.model | Z114 | Z114A",
      "textile-4-ge186-jacquard-terry | equipment.model | GE186 | GE188",
      "textile-5-z261-fake-fur | equipment.model | Z261 | Z262",
      "printing-4-zd201-zd301-type-casters | equipment.series | ZD301 | ZD401",
      "printing-6-zdk101-matrix-engraver | equipment.model | ZDK101 | ZDK102",
      "printing-7-kmd101-cutter-grinder | equipment.model | KMD101 | KMD102",
      "printing-8-hot-metal-composing-casters | equipment.model | ZZP101 | ZZP102"})
  void productsNamedByDesignationAreEliminatedByTheirDesignationOnly(String id, String fact, String listed, String other) {
    assertEquals(Verdict.NON_COMPLIANT, verdict(CHONGQING, id, data(fact, listed)));
    assertEquals(Verdict.COMPLIANT, verdict(CHONGQING, id, data(fact, other)));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(CHONGQING, id, data()));
  }

  @Test
  void everyDesignationEntryIsExercised() {
    long designation = added().stream().filter(CatalogueEntry::isMachineCheckable)
        .filter(e -> e.criterion().map(c -> c instanceof Criterion.Membership m && m.operand().key().startsWith("equipment."))
            .orElse(false))
        .count();
    // 39 listed in the parameterized test above, 29 in the case tables of IndustryCatalogueCheckableItemsTest
    assertEquals(68, designation, "the parameterized tests list each of them");
  }

  @Test
  void siliconCarbideFurnacesOf10000KvaOrBelow() {
    String sic = "machinery-8-sic-furnaces-below-10000kva";
    assertEquals(Verdict.NON_COMPLIANT, verdict(CHONGQING, sic, data("unit.ratedCapacity", "10000 kVA")));
    assertEquals(Verdict.COMPLIANT, verdict(CHONGQING, sic, data("unit.ratedCapacity", "10001 kVA")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(CHONGQING, sic, data()));
    assertEquals("10000 千伏安以下碳化硅冶炼炉", entry(PREFIX + sic).text().zh());
  }

  @Test
  void electrolyticManganeseLinesOf10KtOrBelow() {
    String emm = "steel-22-emm-line-below-10kt";
    assertEquals(Verdict.NON_COMPLIANT, verdict(CHONGQING, emm, data("unit.ratedCapacity", "1 10^4 t/a")));
    assertEquals(Verdict.COMPLIANT, verdict(CHONGQING, emm, data("unit.ratedCapacity", "1.01 10^4 t/a")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(CHONGQING, emm, data()));
    assertInstanceOf(DeadlineRule.NotStated.class, entry(PREFIX + emm).consequence().deadline());
    assertFalse(entry(PREFIX + "steel-22-small-emm-lines-and-enterprises").isMachineCheckable());
  }

  @Test
  void manualProductItemsGiveInsufficientDataForTheUnitsThatMakeOrUseThem() {
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(CHONGQING, "p-light-16-foam-tableware-microbeads-thin-bags-films", data()));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(CHONGQING, "p-machinery-46-sl7-s7-distribution-transformers",
        data("equipment.series", "S7", "unit.ratedCapacity", "500 kVA")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(CHONGQING, "printing-30-j1101-offset", data("equipment.series", "J1101")));
  }

  /** The salt items: each kind of salt at and just past its limit, another kind, and a unit lacking the kind or capacity. */
  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "light-1-small-vacuum-lake-northern-sea-salt | 10 10^4 t/a | vacuum | NON_COMPLIANT",
      "light-1-small-vacuum-lake-northern-sea-salt | 10.1 10^4 t/a | vacuum | COMPLIANT",
      "light-1-small-vacuum-lake-northern-sea-salt | 20 10^4 t/a | lake | NON_COMPLIANT",
      "light-1-small-vacuum-lake-northern-sea-salt | 20.1 10^4 t/a | lake | COMPLIANT",
      "light-1-small-vacuum-lake-northern-sea-salt | 30 10^4 t/a | sea-north | NON_COMPLIANT",
      "light-1-small-vacuum-lake-northern-sea-salt | 30.1 10^4 t/a | sea-north | COMPLIANT",
      "light-1-small-vacuum-lake-northern-sea-salt | 5 10^4 t/a | sea-south | COMPLIANT",
      "light-1-small-vacuum-lake-northern-sea-salt | 15 10^4 t/a | - | INSUFFICIENT_DATA",
      "light-1-small-vacuum-lake-northern-sea-salt | - | vacuum | INSUFFICIENT_DATA",
      "light-3-small-southern-sea-salt | 2 10^4 t/a | sea-south | NON_COMPLIANT",
      "light-3-small-southern-sea-salt | 2.1 10^4 t/a | sea-south | COMPLIANT",
      "light-3-small-southern-sea-salt | 1 10^4 t/a | sea-north | COMPLIANT",
      "light-3-small-southern-sea-salt | 1 10^4 t/a | - | INSUFFICIENT_DATA",
      "light-3-small-southern-sea-salt | - | sea-south | INSUFFICIENT_DATA"})
  void saltPlantsAtAndPastTheLimitOfTheirKindOfSalt(String id, String capacity, String process, Verdict expected) {
    Map<String, Object> unit = new LinkedHashMap<>();
    if (capacity != null) {
      unit.putAll(data("unit.ratedCapacity", capacity));
    }
    if (process != null) {
      unit.put("salt.process", process);
    }
    assertEquals(expected, verdict(CHONGQING, id, unit));
  }

  @Test
  void printingItemsNamingSeriesAndModelsMatchEither() {
    String casters = "printing-5-th1-zt102-strip-casters";
    assertEquals(Verdict.NON_COMPLIANT, verdict(CHONGQING, casters, data("equipment.model", "TH1")));
    assertEquals(Verdict.NON_COMPLIANT, verdict(CHONGQING, casters, data("equipment.series", "ZT102")));
    assertEquals(Verdict.COMPLIANT, verdict(CHONGQING, casters, data("equipment.series", "ZT103", "equipment.model", "TH2")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(CHONGQING, casters, data()));
    String proofs = "printing-9-letterpress-proof-presses";
    assertEquals(Verdict.NON_COMPLIANT, verdict(CHONGQING, proofs, data("equipment.series", "2QY404")));
    assertEquals(Verdict.NON_COMPLIANT, verdict(CHONGQING, proofs, data("equipment.model", "DY401")));
    assertEquals(Verdict.COMPLIANT, verdict(CHONGQING, proofs, data("equipment.series", "QY402", "equipment.model", "DY402")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(CHONGQING, proofs, data("equipment.model", "DY402")));
    assertEquals("QY401 、2QY404 型系列电动铅印打样机，QYSH401、2QY401、DY401 型手动式铅印打样机", entry(PREFIX + proofs).text().zh());
  }
}
