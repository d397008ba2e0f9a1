package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.BATCH;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.END_OF_2025;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.assertGrade3;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.assertManual;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.g;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.grades;
import static org.phaseout.catalogs.UnitProbe.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.phaseout.UnitAssessment;
import org.phaseout.Verdict;
import org.phaseout.catalogue.CatalogueEntry;

/**
 * The energy-quota standards (单位产品能源消耗限额) of copper processing (铜及铜合金加工材, GB 21350-2023), forgings
 * (锻件, GB 21351-2023) and carbon for aluminium (铝用炭素, GB 25324-2022) as shipped: forgings decided on their
 * grade-3 values, the rows that a product-size factor or a weighted-sum note leaves to manual assessment, and units
 * judged on the row of their alloy and their number of heats.
 */
class MetalProcessingQuotaTest {

  @Test
  void gb21351ForgingsAreDecidedAndTheOtherTablesAreManual() {
    // GB 21351-2023 表18、表19 (p.14), reference 04 §4.4
    assertGrade3("gb21351-2023.free-forging.forging.grade3", "540 kgce/t", "表18 自由锻件 锻造（kgce/t）：" + grades("440", "490", "540"));
    assertGrade3("gb21351-2023.free-forging.forging-annealing.grade3", "660 kgce/t",
        "表18 自由锻件 锻造+退火（kgce/t）：" + grades("540", "600", "660"));
    assertGrade3("gb21351-2023.free-forging.forging-solution-ageing.grade3", "750 kgce/t",
        "表18 自由锻件 锻造+固溶热处理+时效（kgce/t）：" + grades("610", "680", "750"));
    assertGrade3("gb21351-2023.die-forging.forging.grade3", "590 kgce/t", "表19 模锻件 锻造（kgce/t）：" + grades("480", "530", "590"));
    assertGrade3("gb21351-2023.die-forging.forging-annealing.grade3", "725 kgce/t",
        "表19 模锻件 锻造+退火（kgce/t）：" + grades("590", "650", "725"));
    assertGrade3("gb21351-2023.die-forging.forging-solution-ageing.grade3", "825 kgce/t",
        "表19 模锻件 锻造+固溶+时效（kgce/t）：" + grades("670", "740", "825"));
    assertTrue(entry("gb21351-2023.free-forging.forging.grade3").provenance().note().orElseThrow().contains("260/290/320"));
    assertTrue(entry("gb21351-2023.die-forging.forging.grade3").provenance().note().orElseThrow().contains("300/330/370"));
    // 表2–表17 (p.6–p.13): one manual entry per table, every value as the reference lists it
    String[][] tables = {
        {"flat-ingot", "表2 扁铸锭（kgce/t，1级/2级/3级）：I类：熔融态铝为主原料 熔铸 70/85/100；熔融态 熔铸+均匀化 110/130/150；"
            + "重熔铝锭及固态回收铝 熔铸 125/145/185；重熔 熔铸+均匀化 165/190/235。II类：重熔 熔铸 175/200/240；重熔 熔铸+均匀化 225/255/300"},
        {"solid-round-ingot", "表3 实心圆铸锭（kgce/t，1级/2级/3级）：I类，建筑型材：熔融态 熔铸 10/30/50；熔融态 +均匀化 45/65/85；"
            + "重熔 熔铸 55/85/125；重熔 +均匀化 90/120/160。I类，其他：熔融态 熔铸 45/65/85；熔融态 +均匀化 85/110/135；"
            + "重熔 熔铸 110/130/170；重熔 +均匀化 150/175/220。II类，其他：重熔 熔铸 160/190/220；重熔 +均匀化 210/245/280"},
        {"hollow-round-ingot", "表4 空心圆铸锭（kgce/t，1级/2级/3级），重熔为主原料：I类：熔铸 215/240/275；+均匀化 255/285/325。"
            + "II类：熔铸 250/285/330；+均匀化 300/340/390"},
        {"hot-rolled-plate", "表5 热轧板材（kgce/t，1级/2级/3级）：热轧 I 100/120/140，II 120/160/200；热轧+退火 I 135/160/185，"
            + "II 160/205/250；热轧+固溶 I 185/215/245，II 220/270/320；热轧+固溶+人工时效 I 215/250/285，II 250/310/360"},
        {"cold-rolled-plate", "表6 冷轧板材（kgce/t，1级/2级/3级）：冷轧 I 90/120/145，II 140/180/210；+退火 I 135/170/200，"
            + "II 195/245/285；+固溶 I 200/235/265，II 260/305/340；+固溶+时效 I 230/270/305，II 290/340/380"},
        {"hot-rolled-strip", "表7 热轧带材（kgce/t，1级/2级/3级）：热轧 I 75/95/120，II 120/150/170；+退火 I 105/130/160，"
            + "II 155/190/215"},
        {"cold-rolled-strip", "表8 冷轧带材（kgce/t，1级/2级/3级）：冷轧 I 70/90/110，II 100/120/140；+退火 I 110/135/160，"
            + "II 150/190/230；+固溶 I 170/195/220，II 210/235/260；+固溶+时效 I 200/230/260，II 240/270/290"},
        {"cast-rolled-strip", "表9 铸轧带材（kgce/t，1级/2级/3级）：熔融态为主原料 80/100/120；重熔为主原料 130/160/180"},
        {"foil", "表10 箔材（kgce/t，1级/2级/3级）：无零箔 冷轧 45/55/65，+退火 75/90/105；单零箔 冷轧 80/115/150，"
            + "+退火 110/150/190；双零箔 冷轧 120/150/230，+退火 150/185/270"},
        {"extruded-seamless-tube", "表11 挤压无缝管材（kgce/t，1级/2级/3级）：挤压 I 160/190/220，II 250/300/350；"
            + "+退火 I 220/260/300，II 310/370/430；+固溶 I 245/285/330，II 335/395/460；+固溶+时效 I 275/320/370，II 365/430/500"},
        {"extruded-rod-bar-wire", "表12 挤压棒材、板材、线材（kgce/t，1级/2级/3级）：挤压 I 120/140/160，II 180/205/240；"
            + "+退火 I 180/195/210，II 240/275/320；+固溶 I 205/220/240，II 265/300/350；+固溶+时效 I 235/255/280，II 295/335/390"},
        {"extruded-profile", "表13 一般工业用挤压型材（kgce/t，1级/2级/3级）：挤压 I 135/160/190，II 220/255/305；"
            + "+退火 I 195/230/270，II 280/325/385；+固溶 I 220/255/300，II 305/350/415；+固溶+时效 I 250/290/340，"
            + "II 335/385/455。表13 建筑型材/挤压（I类） 100/125/150"},
        {"drawn-tube", "表14 拉（轧）制管材（kgce/t，1级/2级/3级）：壁厚＞3 mm：拉（轧）制 130/145/170；+固溶 210/225/250；"
            + "+固溶+时效 270/285/310。壁厚≤3 mm：200/220/240；290/310/330；360/380/400"},
        {"wire", "表15（kgce/t，1级/2级/3级）：连铸连轧线材 130/150/235。拉制棒材、紧固件（含钢钉）用线材：直径＞10 mm 140/160/180；"
            + "5＜d≤10 175/195/215；d≤5 220/240/260。其他线材：5＜d≤10 20/25/35；3＜d≤5 35/50/75；1＜d≤3 60/80/125；"
            + "0.5＜d≤1 98/115/165；0.25＜d≤0.5 110/145/195；0.10＜d≤0.25 140/195/235"},
        {"surface-treated", "表16 经表面处理的管、棒、型材（kgce/t，1级/2级/3级）：阳极氧化 115/125/150；电泳涂漆 155/170/200；"
            + "喷粉 55/65/90；喷漆 150/180/230"},
        {"composite-profile", "表17 复合型材（kgce/t）：1级 3，2级 4，3级 5"}};
    for (String[] t : tables) {
      assertManual("gb21351-2023." + t[0] + ".grade3", t[1]);
      assertTrue(entry("gb21351-2023." + t[0] + ".grade3").provenance().note().orElseThrow()
          .contains("winter_heating_scope_note_in_table"), t[0] + " keeps the repository's note");
    }
    assertEquals(22, edition("gb-21351@2023").entries().size());
  }

  @Test
  void gb21350RowsAreManualBecauseOfTheProductSizeFactor() {
    // GB 21350-2023 表2–表5, 表7–表10, reference 04 §4.3: 熔铸工序 / 加工工序 / 全工序, each 1级,2级,3级
    String[][] rows = {
        {"tube", "表2 管材", "copper", "紫铜", "55,60,70", "120,130,160", "190,200,250"},
        {"tube", "表2 管材", "plain-brass", "普通黄铜", "60,68,80", "155,160,185", "270,290,320"},
        {"tube", "表2 管材", "complex-brass", "复杂黄铜", "90,95,110", "195,200,210", "400,450,510"},
        {"tube", "表2 管材", "bronze-high-copper", "青铜、高铜", "98,100,105", "158,160,175", "480,490,530"},
        {"tube", "表2 管材", "cupronickel", "白铜", "90,100,115", "195,200,210", "430,450,500"},
        {"rod-wire-extrusion", "表3 棒材、线材（挤压法）", "copper", "紫铜", "68,73,79", "117,125,152", "199,215,270"},
        {"rod-wire-extrusion", "表3 棒材、线材（挤压法）", "plain-brass", "普通黄铜", "58,62,76", "134,145,183", "197,212,274"},
        {"rod-wire-extrusion", "表3 棒材、线材（挤压法）", "complex-brass", "复杂黄铜", "64,70,87", "134,146,184", "211,219,284"},
        {"rod-wire-extrusion", "表3 棒材、线材（挤压法）", "bronze-high-copper", "青铜、高铜", "110,118,146", "218,223,286",
            "340,366,458"},
        {"rod-wire-extrusion", "表3 棒材、线材（挤压法）", "cupronickel", "白铜", "112,120,148", "200,214,263", "318,342,428"},
        {"rod-wire-continuous", "表4 棒材、线材（连续法）", "copper", "紫铜", "68,73,79", "34,37,41", "106,117,129"},
        {"rod-wire-continuous", "表4 棒材、线材（连续法）", "plain-brass", "普通黄铜", "58,62,76", "125,131,141", "179,212,232"},
        {"rod-wire-continuous", "表4 棒材、线材（连续法）", "complex-brass", "复杂黄铜", "45,55,69", "72,93,119", "135,164,194"},
        {"rod-wire-continuous", "表4 棒材、线材（连续法）", "bronze-high-copper", "青铜、高铜", "67,70,75", "120,129,140",
            "194,206,218"},
        {"rod-wire-continuous", "表4 棒材、线材（连续法）", "cupronickel", "白铜", "90,98,109", "108,119,132", "203,226,247"},
        {"rod-wire-continuous-casting", "表5 棒材、线材（连续铸造法）", "copper", "紫铜", "41,43,47", "26,31,37", "70,80,90"},
        {"rod-wire-continuous-casting", "表5 棒材、线材（连续铸造法）", "plain-brass", "普通黄铜", "45,48,53", "31,35,40",
            "91,106,119"},
        {"rod-wire-continuous-casting", "表5 棒材、线材（连续铸造法）", "complex-brass", "复杂黄铜", "41,46,54", "35,42,52",
            "91,106,119"},
        {"rod-wire-continuous-casting", "表5 棒材、线材（连续铸造法）", "bronze-high-copper", "青铜、高铜", "95,107,121",
            "66,78,93", "172,194,215"},
        {"rod-wire-continuous-casting", "表5 棒材、线材（连续铸造法）", "cupronickel", "白铜", "74,78,84", "76,83,92",
            "159,173,185"},
        {"plate-strip-foil-hot-rolling", "表7 板、带、箔材（热轧法）", "copper", "紫铜", "58,63,73", "115,120,155", "190,200,270"},
        {"plate-strip-foil-hot-rolling", "表7 板、带、箔材（热轧法）", "plain-brass", "普通黄铜", "53,55,63", "210,220,250",
            "280,290,350"},
        {"plate-strip-foil-hot-rolling", "表7 板、带、箔材（热轧法）", "complex-brass", "复杂黄铜", "77,80,93", "280,290,330",
            "460,480,540"},
        {"plate-strip-foil-hot-rolling", "表7 板、带、箔材（热轧法）", "bronze-high-copper", "青铜、高铜", "133,138,155",
            "275,290,315", "540,570,620"},
        {"plate-strip-foil-hot-rolling", "表7 板、带、箔材（热轧法）", "cupronickel", "白铜", "133,138,155", "270,285,315",
            "500,520,580"},
        {"plate-strip-foil-horizontal-continuous-casting", "表8 板、带、箔材（水平方向连续铸造法）", "copper", "紫铜", "53,58,68",
            "100,110,125", "170,180,200"},
        {"plate-strip-foil-horizontal-continuous-casting", "表8 板、带、箔材（水平方向连续铸造法）", "plain-brass", "普通黄铜",
            "45,50,60", "110,115,130", "170,180,210"},
        {"plate-strip-foil-horizontal-continuous-casting", "表8 板、带、箔材（水平方向连续铸造法）", "bronze", "青铜", "90,95,110",
            "210,220,260", "370,400,430"},
        {"plate-strip-foil-continuous-extrusion", "表9 板、带、箔材（连续挤压法）", "copper", "紫铜", "40,42,46", "110,120,130",
            "160,170,185"}};
    for (String[] r : rows) {
      assertManual("gb21350-2023." + r[0] + "." + r[2] + ".grade3", r[1] + " " + r[3] + "（kgce/t）：熔铸工序 " + g(r[4])
          + "；加工工序 " + g(r[5]) + "；全工序 " + g(r[6]));
    }
    // 表8 白铜: the repository's scripts disagree on the processing values (B9 245 against MD 240), flag kept
    String conflicting = "gb21350-2023.plate-strip-foil-horizontal-continuous-casting.cupronickel.grade3";
    assertManual(conflicting, "表8 板、带、箔材（水平方向连续铸造法） 白铜（kgce/t）：熔铸工序 " + g("90,100,130")
        + "；加工工序 1级 230，2级 245，3级 285（B9；MD 作 1级 230，2级 240，3级 285）；全工序 " + g("430,450,500"));
    assertTrue(entry(conflicting).provenance().note().orElseThrow().contains("contradicts itself, UNVERIFIED"));
    // 表10 (p.9) 电工用铜线坯
    assertManual("gb21350-2023.wire-rod-upcast-cathode.grade3", "表10 电工用铜线坯 上引连铸法 阴极铜（kgce/t）：" + g("45,52,56"));
    assertManual("gb21350-2023.wire-rod-ccr-cathode.grade3", "表10 电工用铜线坯 连铸连轧法 阴极铜（kgce/t）：" + g("54,57,66"));
    assertManual("gb21350-2023.wire-rod-ccr-recycled.grade3", "表10 电工用铜线坯 连铸连轧法 再生铜（kgce/t）：" + g("100,130,180"));
    assertEquals(33, edition("gb-21350@2023").entries().size());
    assertTrue(edition("gb-21350@2023").source().note().orElseThrow().contains("表6"), "the edition says 表6 is left out");
    for (CatalogueEntry e : edition("gb-21350@2023").entries()) {
      assertTrue(e.provenance().note().orElseThrow().contains("产品规格修正系数"), e.id() + " says why it is manual");
    }
  }

  @Test
  void gb25324ProcessRowsAreManualBecauseOfTheWeightedSumNote() {
    // GB 25324-2022 表1–表4 (p.3–p.4), reference 04 §3.5
    String[][] rows = {
        {"prebaked-anode.calcining", "预焙阳极 煅烧工序", "190,210,250"},
        {"prebaked-anode.forming", "预焙阳极 成型工序", "7,10,20"},
        {"prebaked-anode.baking", "预焙阳极 焙烧工序", "170,180,230"},
        {"prebaked-anode.rodding", "预焙阳极 组装工序", "9,11,15"},
        {"graphitic-cathode-block.calcining", "石墨质阴极炭块 煅烧工序", "230,290,350"},
        {"graphitic-cathode-block.forming-baking-machining", "石墨质阴极炭块 成型焙烧加工工序", "290,340,400"},
        {"graphitized-cathode-block.calcining", "石墨化阴极炭块 煅烧工序", "200,300,370"},
        {"graphitized-cathode-block.forming-baking", "石墨化阴极炭块 成型焙烧工序", "220,260,400"},
        {"graphitized-cathode-block.graphitizing-machining", "石墨化阴极炭块 石墨化加工工序", "460,480,660"},
        {"cathode-paste.calcining", "阴极糊 煅烧工序", "270,290,350"},
        {"cathode-paste.kneading", "阴极糊 混捏工序", "15,18,32"}};
    for (String[] r : rows) {
      String id = "gb25324-2022." + r[0] + ".grade3";
      assertManual(id, r[1] + "（kgce/t）：" + g(r[2]));
      assertTrue(entry(id).provenance().note().orElseThrow().contains("table_note_requires_process_count_weighted_sum"),
          id + " keeps the repository's note");
    }
    assertEquals(11, edition("gb-25324@2022").entries().size());
  }

  @Test
  void aForgingWithSeveralHeatsIsAssessedByHand() {
    String id = "gb21351-2023.die-forging.forging.grade3";
    Map<String, Object> oneHeat = data("wroughtaluminium.product", "die-forging", "wroughtaluminium.forgingProcess",
        "forging", "wroughtaluminium.extraForgingHeats", false, "wroughtaluminium.forging-energy", "600 kgce/t");
    assertEquals(Verdict.NON_COMPLIANT, BATCH.verdict(id, oneHeat), "600 exceeds 590 for one heat");
    Map<String, Object> twoHeats = new LinkedHashMap<>(oneHeat);
    twoHeats.put("wroughtaluminium.extraForgingHeats", true);
    assertEquals(Verdict.INSUFFICIENT_DATA, BATCH.verdict(id, twoHeats), "a second heat adds 370 at grade 3, not computed");
    UnitAssessment plant = BATCH.assess("wrought-aluminium-plant", END_OF_2025, oneHeat);
    assertEquals(List.of(id), plant.findings().stream().map(f -> f.entry().entryId())
        .filter(x -> x.startsWith("gb21351-2023.")).toList(), "a die-forging plant gets the finding of its row only");
  }

  @Test
  void aCopperTubePlantOfBronzeOrHighCopperGetsTheSharedRow() {
    String id = "gb21350-2023.tube.bronze-high-copper.grade3";
    for (String alloy : List.of("bronze", "high-copper")) {
      UnitAssessment a = BATCH.assess("copper-processing-plant", END_OF_2025,
          data("copperprocessing.product", "tube", "copperprocessing.alloy", alloy));
      assertEquals(List.of(id), a.findings().stream().map(f -> f.entry().entryId())
          .filter(x -> x.startsWith("gb21350-2023.")).toList(), alloy);
      assertEquals(Verdict.INSUFFICIENT_DATA, a.findings().stream().filter(f -> f.entry().entryId().equals(id))
          .findFirst().orElseThrow().verdict(), alloy + ": the product-size factor is applied by hand");
    }
  }
}
