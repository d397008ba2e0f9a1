package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.EliminatedItemsProbe.CHONGQING;
import static org.phaseout.catalogs.EliminatedItemsProbe.PREFIX;
import static org.phaseout.catalogs.EliminatedItemsProbe.added;
import static org.phaseout.catalogs.EliminatedItemsProbe.verdict;
import static org.phaseout.catalogs.UnitProbe.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.phaseout.Verdict;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.DeadlineRule;
import org.phaseout.catalogue.EntryCategory;
import org.phaseout.catalogue.VerificationLevel;

/**
 * The 《产业结构调整指导目录（2024年本）》 淘汰类 items of 一、落后生产工艺装备 added from a third-party transcription of the official PDF
 * (GitHub dk22246/project-preliminary-assessment, commit 0d8b22b9): the provenance every such entry must carry, and pins of item
 * texts, numbers and deadlines. Each machine-checkable clause is evaluated on fictitious units just inside and just outside its
 * limit and without the data it needs in {@link IndustryCatalogueEliminatedItemVerdictsTest}.
 */
class IndustryCatalogueEliminatedItemsTest {


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
  void saltItemTextsAndNumbersArePinned() {
    CatalogueEntry northern = entry(PREFIX + "light-1-small-vacuum-lake-northern-sea-salt");
    assertEquals("单套 10 万吨/年以下的真空制盐装置、20 万吨/年以下的湖盐和 30 万吨/年以下的北方海盐生产设施", northern.text().zh());
    assertEquals(Optional.of("1"), northern.item());
    CatalogueEntry southern = entry(PREFIX + "light-3-small-southern-sea-salt");
    assertEquals("2 万吨/年及以下的南方海盐生产装置", southern.text().zh());
    assertEquals(Optional.of("3"), southern.item());
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
