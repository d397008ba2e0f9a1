package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.UnitProbe.data;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.DeadlineRule;
import org.phaseout.catalogue.EntryCategory;
import org.phaseout.catalogue.VerificationLevel;

/**
 * The 《产业结构调整指导目录（2024年本）》 淘汰类 items of 一、落后生产工艺装备 added from a third-party transcription of the official PDF
 * (GitHub dk22246/project-preliminary-assessment, commit 0d8b22b9): the provenance every such entry must carry, pins of item
 * texts, numbers and deadlines, and each machine-checkable clause evaluated on fictitious units just inside and just outside its
 * limit and without the data it needs.
 */
class IndustryCatalogueEliminatedItemsTest {

  private static final String COMMIT = "0d8b22b9137b654c07579da0efb6984eb3e323ef";
  private static final String PREFIX = "cn-isac-2024.eliminated.";
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private static final Enterprise CHONGQING = enterprise("500101", "C3110");
  private static final Enterprise HEBEI = enterprise("130200", "C3110");

  private static Enterprise enterprise(String division, String industry) {
    return Enterprise.builder().creditCode(CreditCode.parse("91500101PH00000027")).name("示例冶金化工有限公司（虚构）")
        .division(DivisionCode.parse(division)).industry(IndustryCode.parse(industry)).build();
  }

  private static List<CatalogueEntry> added() {
    return edition("cn-industry-structure-adjustment-eliminated@2024").entries().stream()
        .filter(e -> e.provenance().source().contains(COMMIT)).toList();
  }

  private static Verdict verdict(Enterprise enterprise, String id, Map<String, Object> data) {
    Optional<Finding> f = UnitProbe.findingIfAny(enterprise, entry(PREFIX + id), AS_OF, data);
    return f.orElseThrow(() -> new AssertionError(id + " gave no finding")).verdict();
  }

  @Test
  void addedEntriesCarryTheirSectorNumberAndSecondaryOrLowerProvenance() {
    List<CatalogueEntry> added = added();
    assertEquals(434, added.size()); // 9 of them in IndustryCatalogueEliminatedItems2Test
    // 51 from the first pass, 235 more in IndustryCatalogueCheckableItemsTest and its Hebei blast-furnace entry
    assertEquals(287, added.stream().filter(CatalogueEntry::isMachineCheckable).count());
    Map<String, Long> perSector = added.stream().collect(Collectors.groupingBy(
        e -> e.section().get(1).substring(0, 1) + " " + e.section().get(2), Collectors.counting()));
    assertEquals(Map.ofEntries(Map.entry("一 煤炭", 13L), Map.entry("一 电力", 1L), Map.entry("一 石化化工", 16L),
        Map.entry("一 钢铁", 32L), Map.entry("一 有色金属", 27L), Map.entry("一 黄金", 5L), Map.entry("一 建材", 20L),
        Map.entry("一 医药", 8L), Map.entry("一 机械", 26L), Map.entry("一 船舶", 2L), Map.entry("一 农林牧渔业", 9L),
        Map.entry("一 轻工", 34L), Map.entry("一 纺织", 20L), Map.entry("一 印刷", 36L), Map.entry("一 民爆和烟花爆竹产品", 25L),
        Map.entry("一 消防", 1L), Map.entry("一 采矿", 10L), Map.entry("一 建筑", 8L), Map.entry("一 其他", 8L),
        Map.entry("二 石化化工", 8L), Map.entry("二 铁路", 1L), Map.entry("二 钢铁", 5L), Map.entry("二 有色金属", 1L),
        Map.entry("二 建材", 9L), Map.entry("二 医药", 5L), Map.entry("二 机械", 63L), Map.entry("二 船舶", 3L),
        Map.entry("二 轻工", 28L), Map.entry("二 消防", 3L), Map.entry("二 民爆和烟花爆竹产品", 4L), Map.entry("二 建筑", 1L),
        Map.entry("二 其他", 2L)), perSector);
    for (CatalogueEntry e : added) {
      assertEquals("第三类 淘汰类", e.section().get(0), e.id());
      boolean products = e.section().get(1).equals("二、落后产品");
      assertTrue(products || e.section().get(1).equals("一、落后生产工艺装备"), e.id());
      assertEquals(products ? EntryCategory.ELIMINATED_PRODUCT : EntryCategory.ELIMINATED_PROCESS_OR_EQUIPMENT, e.category(), e.id());
      assertTrue(e.item().isPresent(), e.id());
      assertTrue(e.provenance().verification() == VerificationLevel.SECONDARY
          || e.provenance().verification() == VerificationLevel.UNVERIFIED, e.id());
      assertTrue(e.provenance().note().orElseThrow().contains("Not compared with the official PDF"), e.id());
      assertTrue(e.provenance().note().orElseThrow().contains("industrial_restructuring_2024:"), e.id());
      assertTrue(e.citations().get(0).clause().endsWith("第" + e.item().orElseThrow() + "项"), e.id());
      assertTrue(e.citations().get(0).clause().contains(e.section().get(1) + " " + e.section().get(2)), e.id());
      if (!e.isMachineCheckable()) {
        assertTrue(e.provenance().note().orElseThrow().contains("Manual assessment"), e.id());
      }
    }
  }

  @Test
  void itemTextsAndNumbersArePinned() {
    CatalogueEntry cement = entry(PREFIX + "building-materials-1-backward-cement-kilns-small-mills");
    assertEquals("干法中空窑（生产铝酸盐水泥等特种水泥除外），水泥机立窑，立波尔窑、湿法窑，直径 3 米（不含）以下水泥粉磨设备（生产特种水泥除外）",
        cement.text().zh());
    assertEquals(Optional.of("1"), cement.item());
    assertEquals("建材", cement.section().get(2));
    CatalogueEntry cells = entry(PREFIX + "nonferrous-4-prebake-cells-below-160ka");
    assertEquals("160kA 以下预焙阳极铝电解槽", cells.text().zh());
    assertEquals(Optional.of("4"), cells.item());
    CatalogueEntry power = entry(PREFIX + "power-1-substandard-coal-units-300mw-oil-units");
    assertTrue(power.text().zh().contains("以发电为主的燃油锅炉及发电机组"));
    assertInstanceOf(DeadlineRule.NotStated.class, power.consequence().deadline());
    assertTrue(power.consequence().deadline().wording().contains("根据发布的年度淘汰计划有序淘汰"));
  }

  @Test
  void deadlinesFollowTheBracketsOfTheItems() {
    DeadlineRule zinc = entry(PREFIX + "nonferrous-27-vertical-retort-zinc").consequence().deadline();
    assertEquals(LocalDate.of(2025, 12, 31), assertInstanceOf(DeadlineRule.FixedDate.class, zinc).date());
    // A date on one clause only does not become the whole item's deadline.
    assertInstanceOf(DeadlineRule.NotStated.class,
        entry(PREFIX + "steel-3-ring-and-small-sinter-machines").consequence().deadline());
    assertInstanceOf(DeadlineRule.NotStated.class,
        entry(PREFIX + "petrochem-2-small-phosphate-acid-backward-inorganics").consequence().deadline());
    // No bracket: immediate under the catalogue's note.
    assertInstanceOf(DeadlineRule.Immediate.class, entry(PREFIX + "steel-6-converter-30t").consequence().deadline());
    assertInstanceOf(DeadlineRule.Immediate.class,
        entry(PREFIX + "building-materials-3-flat-drawn-glass").consequence().deadline());
  }

  @Test
  void theReconstructedCokeOvenItemIsUnverifiedAndTheSplitItemsKeepTheirCounts() {
    CatalogueEntry coke = entry(PREFIX + "steel-2-coke-ovens-below-4.3m");
    assertEquals(VerificationLevel.UNVERIFIED, coke.provenance().verification());
    assertTrue(coke.text().zh().startsWith("炭化室高度小于 4.3 米焦炉（3.8 米及以上捣固焦炉除外）"));
    assertFalse(coke.isMachineCheckable());
    assertTrue(entry(PREFIX + "petrochem-1-small-avdu-still-tar-benzene").text().zh()
        .endsWith("5 万吨/年及以下的单套煤焦油加工装置"));
    assertTrue(entry(PREFIX + "petrochem-2-small-phosphate-acid-backward-inorganics").text().zh()
        .startsWith("10 万吨/年以下磷铵（工业级除外）（2025 年 12 月 31 日）"));
  }

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
  void remainingItemsOfPartOneAndProductItemsArePinned() {
    CatalogueEntry offset = entry(PREFIX + "printing-31-j2101-pz-yps-offset");
    assertTrue(offset.text().zh().startsWith("J2101、PZ1920 系列对开单色胶印机（印刷速度每小时 4000张及以下）"));
    assertEquals(Optional.of("31"), offset.item());
    assertEquals(List.of("第三类 淘汰类", "一、落后生产工艺装备", "印刷"), offset.section());
    CatalogueEntry cartridger = entry(PREFIX + "explosives-14-slow-cartridgers");
    assertEquals("小直径含水炸药装药效率低于 1200kg/h、小直径粉状炸药装药效率低于 800kg/h 的装药机", cartridger.text().zh());
    assertFalse(cartridger.isMachineCheckable());
    CatalogueEntry toilets = entry(PREFIX + "p-building-materials-5-toilets-above-8l");
    assertEquals("一次冲洗最大用水量 8 升以上的坐便器", toilets.text().zh());
    assertEquals(List.of("第三类 淘汰类", "二、落后产品", "建材"), toilets.section());
    assertEquals(EntryCategory.ELIMINATED_PRODUCT, toilets.category());
    assertEquals("第三类 淘汰类 二、落后产品 建材 第5项", toilets.citations().get(0).clause());
    CatalogueEntry lamps = entry(PREFIX + "p-light-23-linear-fluorescent-mercury");
    assertTrue(lamps.text().zh().contains("低于 40 瓦（含 40 瓦）且单支含汞量超过 10 毫克"));
    assertEquals(Optional.of("23"), lamps.item());
    CatalogueEntry carbide = entry(PREFIX + "p-machinery-69-carbide-furnaces-inorganic-salts");
    assertTrue(carbide.text().zh().contains("单台炉容量小于 20000 千伏安以下的密闭电石炉"));
    assertFalse(carbide.isMachineCheckable(), "two limit words on one number: not encoded");
  }

  @Test
  void productDeadlinesFollowTheItems() {
    DeadlineRule thermometers = entry(PREFIX + "p-light-20-mercury-clinical-thermometers-sphygmomanometers")
        .consequence().deadline();
    assertEquals(LocalDate.of(2025, 12, 31), assertInstanceOf(DeadlineRule.FixedDate.class, thermometers).date());
    DeadlineRule pops = entry(PREFIX + "p-petrochem-6-convention-pops").consequence().deadline();
    assertInstanceOf(DeadlineRule.NotStated.class, pops);
    assertTrue(pops.wording().contains("根据国家履行国际公约总体计划要求进行淘汰"));
    DeadlineRule billets = entry(PREFIX + "p-steel-4-induction-scrap-billets").consequence().deadline();
    assertInstanceOf(DeadlineRule.NotStated.class, billets);
    assertTrue(billets.wording().contains("取缔“地条钢”"));
    assertInstanceOf(DeadlineRule.Immediate.class, entry(PREFIX + "p-ships-3-single-hull-tankers").consequence().deadline());
    assertInstanceOf(DeadlineRule.Immediate.class, entry(PREFIX + "printing-36-md103a-knife-grinder").consequence().deadline());
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
    // 39 listed in the parameterized test above, 29 in IndustryCatalogueCheckableItemsTest
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
  void itemsLeftOutEarlierKeepTheirTextsAndDeadlines() {
    DeadlineRule mercury = entry(PREFIX + "nonferrous-26-primary-mercury-mining").consequence().deadline();
    assertEquals(LocalDate.of(2032, 8, 16), assertInstanceOf(DeadlineRule.FixedDate.class, mercury).date());
    DeadlineRule cupolas = entry(PREFIX + "machinery-26-cupolas-5th").consequence().deadline();
    assertInstanceOf(DeadlineRule.NotStated.class, cupolas);
    assertTrue(cupolas.wording().contains("大气污染防治重点区域立即淘汰，其他区域2025年12月31日"));
    assertEquals("日处理能力 50 吨（不含）以下采选项目", entry(PREFIX + "gold-4-mining-dressing-below-50tpd").text().zh());
    assertEquals(Optional.of("4"), entry(PREFIX + "gold-4-mining-dressing-below-50tpd").item());
    assertEquals(List.of("第三类 淘汰类", "一、落后生产工艺装备", "医药"),
        entry(PREFIX + "pharma-5-substandard-api-units").section());
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
  void saltItemTextsAndNumbersArePinned() {
    CatalogueEntry northern = entry(PREFIX + "light-1-small-vacuum-lake-northern-sea-salt");
    assertEquals("单套 10 万吨/年以下的真空制盐装置、20 万吨/年以下的湖盐和 30 万吨/年以下的北方海盐生产设施", northern.text().zh());
    assertEquals(Optional.of("1"), northern.item());
    CatalogueEntry southern = entry(PREFIX + "light-3-small-southern-sea-salt");
    assertEquals("2 万吨/年及以下的南方海盐生产装置", southern.text().zh());
    assertEquals(Optional.of("3"), southern.item());
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

  @Test
  void lastItemsOfPartOneArePinned() {
    CatalogueEntry gins = entry(PREFIX + "agri-9-small-gins-and-lint-presses");
    assertEquals("辊长 1000 毫米以下的皮辊轧花机，锯片片数在 80 以下的锯齿轧花机，压力吨位在 400 吨以下的皮棉打包机（不含 160 吨、200 吨短绒棉花打包机）",
        gins.text().zh());
    assertEquals(List.of("第三类 淘汰类", "一、落后生产工艺装备", "农林牧渔业"), gins.section());
    assertEquals("第三类 淘汰类 一、落后生产工艺装备 农林牧渔业 第9项", gins.citations().get(0).clause());
    assertTrue(gins.isMachineCheckable());
    CatalogueEntry starch = entry(PREFIX + "light-27-small-wet-corn-starch");
    assertEquals("年处理 15 万吨以下、总干物收率 97%以下的湿法玉米淀粉生产线（特种玉米淀粉生产线除外）", starch.text().zh());
    assertEquals(Optional.of("27"), starch.item());
    CatalogueEntry dyeing = entry(PREFIX + "textile-15-old-pretreatment-stenters-printers-dyeing-ranges");
    assertTrue(dyeing.text().zh().startsWith("使用年限超过 15 年的国产和使用年限超过 20 年的进口印染前处理设备"));
    assertFalse(dyeing.isMachineCheckable(), "a time in use is not expressible");
    assertEquals(Optional.of("1"), entry(PREFIX + "printing-1-lead-typesetting-letterpress").item());
    for (String id : List.of("agri-1-wet-process-fibreboard", "light-34-hazardous-glass-batch",
        "textile-18-cast-iron-steamers-washers-l-box", "printing-9-letterpress-proof-presses")) {
      assertInstanceOf(DeadlineRule.Immediate.class, entry(PREFIX + id).consequence().deadline(), id);
    }
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(CHONGQING, "textile-2-silk-processing-equipment",
        data("equipment.model", "ZD647")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(CHONGQING, "light-24-small-ethanol-lines", data()));
  }

  @Test
  void olderFragmentsCarryThePartSectorAndNumberOfTheirItems() {
    Map<String, String> items = Map.ofEntries(Map.entry("motor-yb-flameproof", "20"), Map.entry("motor-ybf-flameproof", "20"),
        Map.entry("motor-ybk-flameproof", "20"), Map.entry("pump-b-ba-cantilever", "27"),
        Map.entry("pump-f-corrosion-resistant", "28"), Map.entry("pump-jd-long-shaft-deep-well", "29"),
        Map.entry("compressor-3w-0.9-7", "31"), Map.entry("pump-boiler-feed-gc-dg", "48"),
        Map.entry("coal-boiler-fixed-grate", "50"), Map.entry("compressor-l-10", "51"),
        Map.entry("fan-8-18-9-27-high-pressure", "52"), Map.entry("coal-boiler-10th", "64"),
        Map.entry("biomass-boiler-2th", "66"), Map.entry("coal-boiler-35th-key-region", "70"));
    for (Map.Entry<String, String> i : items.entrySet()) {
      CatalogueEntry e = entry(PREFIX + i.getKey());
      assertEquals(List.of("第三类 淘汰类", "二、落后产品", "机械"), e.section(), e.id());
      assertEquals(Optional.of(i.getValue()), e.item(), e.id());
      assertEquals(EntryCategory.ELIMINATED_PRODUCT, e.category(), e.id());
      assertEquals("第三类 淘汰类 二、落后产品 机械 第" + i.getValue() + "项", e.citations().get(0).clause(), e.id());
      assertInstanceOf(DeadlineRule.Immediate.class, e.consequence().deadline(), e.id());
      assertTrue(e.provenance().note().orElseThrow().contains("industrial_restructuring_2024:"), e.id());
    }
    assertTrue(entry(PREFIX + "coal-boiler-35th-key-region").provenance().note().orElseThrow()
        .contains("每小时 35 蒸吨及以下的燃煤锅炉（大气污染防治重点区域）"));
    CatalogueEntry oil = entry(PREFIX + "oil-boiler-power-generation");
    assertEquals(List.of("第三类 淘汰类", "一、落后生产工艺装备", "电力"), oil.section());
    assertEquals(Optional.of("1"), oil.item());
    assertInstanceOf(DeadlineRule.NotStated.class, oil.consequence().deadline());
    assertTrue(oil.consequence().deadline().wording().contains("根据发布的年度淘汰计划有序淘汰"));
  }
}
