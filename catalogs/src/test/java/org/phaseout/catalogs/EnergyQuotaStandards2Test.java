package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.CriterionShapes.assumptionsOf;
import static org.phaseout.catalogs.CriterionShapes.limitOf;
import static org.phaseout.catalogs.CriterionShapes.quantity;
import static org.phaseout.catalogs.CriterionShapes.scopeOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.ComplianceReport;
import org.phaseout.Condition;
import org.phaseout.Finding;
import org.phaseout.UnitAssessment;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.CatalogueStatus;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.LimitWording;
import org.phaseout.catalogue.Operator;
import org.phaseout.catalogue.VerificationLevel;
import org.phaseout.measure.Quantity;

/**
 * The second batch of mandatory unit-product energy-consumption quota standards (单位产品能源消耗限额) as shipped: GB
 * 21350-2023, GB 21351-2023, GB 25324-2022, GB 31825-2024, GB 21258-2024, GB 45247-2025, GB 29447-2026 and GB
 * 47835-2026. Every value and date is pinned to the reference (shared/reference/04), and every entry is evaluated end
 * to end on fictitious Chongqing units: at and just past its limit, outside its row, outside its plain case, and
 * without the data it needs; manual entries always ask for manual assessment. GB 29141 (工业硫酸, with 稀硝酸 and 冰醋酸 from
 * its 2024 edition) is pinned to the reference (2012 edition) and to the repository's definition file (2024 edition),
 * with the older edition ending on the day the newer takes effect.
 */
class EnergyQuotaStandards2Test {

  private static final Set<String> CATALOGUES = Set.of("gb-21350", "gb-21351", "gb-25324", "gb-31825", "gb-21258",
      "gb-45247", "gb-29447", "gb-47835");

  private static final LocalDate END_OF_2025 = LocalDate.of(2025, 12, 31);
  private static final ComplianceEvaluator EVALUATOR = ComplianceEvaluator.of(BundledData.catalogues());
  private static final Enterprise ENTERPRISE = Enterprise.builder()
      .creditCode(CreditCode.parse("91500101PH00000014")).name("示例有色造纸电力有限公司（虚构）")
      .division(DivisionCode.parse("500101")).industry(IndustryCode.parse("C3252")).build();

  // ------------------------------------------------------------------------------------------------ helpers

  private static List<CatalogueEdition> topicEditions() {
    return BundledData.catalogues().editions().stream().filter(e -> CATALOGUES.contains(e.catalogueId())).toList();
  }

  private static void assertGrade3(String id, String quantity, String text) {
    Criterion.Comparison c = limitOf(entry(id));
    Quantity expected = Quantity.parse(quantity);
    assertTrue(quantity(c).isEqualTo(expected), id + ": limit " + quantity(c) + " should be " + expected);
    assertEquals(Operator.GT, c.operator(), id + ": only a value exceeding the grade-3 value fails");
    assertEquals(Optional.of(LimitWording.EXCEEDING), c.wording(), id + ": limit word");
    assertEquals(text, entry(id).text().zh(), id + ": official text");
  }

  private static void assertManual(String id, String text) {
    CatalogueEntry e = entry(id);
    assertTrue(e.criterion().isEmpty(), id + " needs manual assessment and has no criterion");
    assertEquals(text, e.text().zh(), id + ": official text");
  }

  private static void assertEdition(String key, String number, LocalDate published, LocalDate effective,
      VerificationLevel level) {
    CatalogueEdition e = edition(key);
    assertEquals(number, e.documentNumber(), key);
    assertEquals(published, e.published(), key + " published");
    assertEquals(effective, e.validity().start(), key + " effective");
    assertEquals(Optional.empty(), e.validity().end(), key + ": no successor is known");
    assertEquals(level, e.source().verification(), key + " verification");
  }

  private static LocalDate asOfFor(CatalogueEntry entry) {
    CatalogueEdition e = topicEditions().stream().filter(x -> x.entries().contains(entry)).findFirst().orElseThrow();
    return e.validity().start().isAfter(END_OF_2025) ? e.validity().start() : END_OF_2025;
  }

  private static UnitAssessment assess(String kind, LocalDate asOf, Map<String, Object> data) {
    return UnitProbe.assess(ENTERPRISE, kind, asOf, data);
  }

  private static Optional<Finding> findingIfAny(String entryId, Map<String, Object> data) {
    CatalogueEntry e = entry(entryId);
    return UnitProbe.findingIfAny(ENTERPRISE, e, asOfFor(e), data);
  }

  private static Finding finding(String entryId, Map<String, Object> data) {
    return findingIfAny(entryId, data).orElseThrow(() -> new AssertionError(entryId + " gave no finding"));
  }

  private static void assertNoFinding(String entryId, Map<String, Object> data, String why) {
    Optional<Finding> f = findingIfAny(entryId, data);
    assertTrue(f.isEmpty(), entryId + " should give no finding (" + why + ") but gave " + f.map(Finding::verdict));
  }

  private static boolean explains(Condition c, String zh) {
    return UnitProbe.explains(c, zh);
  }

  private static Verdict verdict(String entryId, Map<String, Object> data) {
    return finding(entryId, data).verdict();
  }

  private static Map<String, Object> data(Object... keyValues) {
    return UnitProbe.data(keyValues);
  }

  private static Quantity plus(Quantity q, String delta) {
    return UnitProbe.plus(q, delta);
  }

  private static String grades(String g1, String g2, String g3) {
    return "1级 " + g1 + "，2级 " + g2 + "，3级 " + g3;
  }

  /** A value of the condition's operand that meets it and one that does not. */
  private record Case(String key, Object meets, Object fails) {}

  private static Case caseOf(CatalogueEntry entry, Criterion restriction) {
    if (restriction instanceof Criterion.Membership m) {
      String key = m.operand().key();
      String other = BundledData.catalogues().vocabulary().attribute(key).orElseThrow().allowedValues().stream()
          .filter(v -> !m.values().contains(v)).sorted().findFirst().orElseThrow();
      return new Case(key, m.values().iterator().next(), other);
    }
    Criterion.Comparison c = assertInstanceOf(Criterion.Comparison.class, restriction, entry.id());
    String key = c.operand().key();
    if (c.value() instanceof FactValue.BooleanFact b) {
      return new Case(key, b.value(), !b.value());
    }
    FactValue.TextFact t = assertInstanceOf(FactValue.TextFact.class, c.value(), entry.id() + ": " + key);
    String other = BundledData.catalogues().vocabulary().attribute(key).orElseThrow().allowedValues().stream()
        .filter(v -> !v.equals(t.value())).sorted().findFirst().orElseThrow();
    return new Case(key, t.value(), other);
  }

  /** The cases of an entry's row (applies.when) and of its plain case (assumes), and data meeting all of them. */
  private record RowCases(Map<String, Object> plain, List<Case> scope, List<Case> assumed) {}

  private static RowCases rowCases(CatalogueEntry x) {
    Map<String, Object> plain = new LinkedHashMap<>();
    List<Case> scope = new ArrayList<>();
    for (Criterion r : scopeOf(x)) {
      Case c = caseOf(x, r);
      scope.add(c);
      plain.put(c.key(), c.meets());
    }
    List<Case> assumed = new ArrayList<>();
    for (Criterion r : assumptionsOf(x)) {
      Case c = caseOf(x, r);
      assumed.add(c);
      plain.put(c.key(), c.meets());
    }
    return new RowCases(plain, scope, assumed);
  }

  // ------------------------------------------------------------------------------------------------ editions

  @Test
  void editionsAreDatedAsTheRepositoryCatalogueDatesThem() {
    // reference 04 §1 (GitHub adgo07/ECQuota-Insight, data/catalog.json); 2025–2026 dates are flagged UNVERIFIED
    assertEdition("gb-21350@2023", "GB 21350-2023", LocalDate.of(2023, 5, 23), LocalDate.of(2024, 6, 1),
        VerificationLevel.SECONDARY);
    assertEdition("gb-21351@2023", "GB 21351-2023", LocalDate.of(2023, 5, 23), LocalDate.of(2024, 6, 1),
        VerificationLevel.SECONDARY);
    assertEdition("gb-25324@2022", "GB 25324-2022", LocalDate.of(2022, 12, 29), LocalDate.of(2024, 1, 1),
        VerificationLevel.SECONDARY);
    assertEdition("gb-31825@2024", "GB 31825-2024", LocalDate.of(2024, 4, 29), LocalDate.of(2025, 5, 1),
        VerificationLevel.SECONDARY);
    assertEdition("gb-21258@2024", "GB 21258-2024", LocalDate.of(2024, 9, 29), LocalDate.of(2025, 4, 1),
        VerificationLevel.SECONDARY);
    assertEdition("gb-45247@2025", "GB 45247-2025", LocalDate.of(2025, 1, 24), LocalDate.of(2025, 8, 1),
        VerificationLevel.UNVERIFIED);
    assertEdition("gb-29447@2026", "GB 29447-2026", LocalDate.of(2026, 6, 27), LocalDate.of(2027, 1, 1),
        VerificationLevel.UNVERIFIED);
    assertEdition("gb-47835@2026", "GB 47835-2026", LocalDate.of(2026, 6, 27), LocalDate.of(2027, 1, 1),
        VerificationLevel.UNVERIFIED);
    assertEquals(8, topicEditions().size());
    for (CatalogueEdition e : topicEditions()) {
      assertEquals(1, BundledData.catalogues().editions().stream()
          .filter(x -> x.catalogueId().equals(e.catalogueId())).count(), e.key() + ": no predecessor edition is encoded");
      assertTrue(e.source().note().orElseThrow().contains("encoded"), e.key() + " says why no predecessor is encoded");
    }
  }

  @Test
  void theSiliconAndGermaniumStandardsAreNotInForceBefore2027() {
    ComplianceReport report = EVALUATOR.evaluate(ProductionUnit.builder().id("poly-1").enterprise(ENTERPRISE)
        .kind("polysilicon-plant").build(), LocalDate.of(2026, 12, 31));
    Map<String, CatalogueStatus.State> states = new LinkedHashMap<>();
    report.catalogues().forEach(s -> states.put(s.catalogueId(), s.state()));
    assertEquals(CatalogueStatus.State.NOT_YET_IN_FORCE, states.get("gb-29447"));
    assertEquals(CatalogueStatus.State.NOT_YET_IN_FORCE, states.get("gb-47835"));
    assertEquals(CatalogueStatus.State.IN_FORCE, states.get("gb-31825"));
    String id = "gb29447-2026.polysilicon-trichlorosilane.grade3";
    Map<String, Object> row = data("polysilicon.process", "trichlorosilane");
    assertTrue(assess("polysilicon-plant", LocalDate.of(2026, 12, 31), row).findings().stream()
        .noneMatch(f -> f.entry().entryId().equals(id)), "not in force on 31 December 2026");
    assertTrue(assess("polysilicon-plant", LocalDate.of(2027, 1, 1), row).findings().stream()
        .anyMatch(f -> f.entry().entryId().equals(id) && f.verdict() == Verdict.INSUFFICIENT_DATA), "in force that day");
  }

  // ------------------------------------------------------------------------------------------------ pins

  @Test
  void gb31825Grade3ValuesOfPaperAndPulp() {
    // GB 31825-2024 表2 (p.7), reference 04 §8.1: paper decided in the plain case (no TAD, no concurrent special paper)
    String[][] paper = {
        {"newsprint", "新闻纸", "210", "240", "270"},
        {"uncoated-printing-writing", "非涂布印刷书写纸", "300", "360", "430"},
        {"coated-printing", "涂布印刷纸", "300", "350", "410"},
        {"tissue-base-wood", "卫生纸原纸、纸巾原纸、吸水衬纸（木浆）", "380", "450", "520"},
        {"tissue-base-non-wood", "卫生纸原纸、纸巾原纸、吸水衬纸（非木浆）", "420", "510", "560"},
        {"wiping-wood", "擦拭用纸（木浆）", "360", "430", "500"},
        {"wiping-non-wood", "擦拭用纸（非木浆）", "400", "470", "540"},
        {"white-board-or-grey-board", "白纸板、灰板纸", "220", "270", "320"},
        {"containerboard-or-gypsum-liner", "箱纸板、石膏板护面纸板", "210", "240", "280"},
        {"corrugating-medium-or-tube-board", "瓦楞原纸、纸管纸板", "200", "230", "260"},
        {"coated-board", "涂布纸板", "230", "280", "330"},
        {"sack-kraft", "纸袋纸", "320", "380", "440"},
        {"decor-or-wallpaper-base", "装饰原纸、壁纸原纸", "450", "500", "530"},
        {"glassine", "格拉辛纸", "420", "460", "500"},
        {"cigarette", "卷烟纸", "800", "850", "900"},
        {"tipping-base", "水松原纸", "500", "600", "700"},
        {"aluminium-foil-backing", "铝箔衬纸", "350", "400", "450"},
        {"stainless-steel-interleaving", "不锈钢衬纸", "520", "600", "680"},
        {"thermal-or-carbonless-base", "热敏原纸、无碳复写纸原纸", "400", "450", "500"},
        {"medical-packaging", "医用包装纸", "570", "600", "630"},
        {"fruit-bag", "育果袋纸", "550", "580", "620"},
        {"sublimation-transfer-base", "热升华转印原纸", "430", "460", "500"}};
    for (String[] r : paper) {
      assertGrade3("gb31825-2024.paper-" + r[0] + ".grade3", r[4] + " kgce/t",
          r[1] + "（kgce/t）：" + grades(r[2], r[3], r[4]));
    }
    // 表1 (p.6): kgce/Adt is not in the engine's unit set, so every pulp row is manual
    String[][] pulp = {
        {"bleached-chemical-wood", "漂白化学木浆", grades("180", "220", "260"), grades("300", "340", "380")},
        {"unbleached-chemical-wood", "未漂化学木浆", grades("130", "160", "200"), grades("250", "280", "320")},
        {"bleached-chemical-non-wood", "漂白化学非木浆", grades("250", "280", "370"), grades("370", "400", "490")},
        {"unbleached-chemical-non-wood", "未漂化学非木浆", grades("200", "230", "320"), grades("320", "350", "440")},
        {"chemi-mechanical-and-mechanical", "化学机械浆及机械浆", grades("200", "250", "300"), grades("320", "370", "420")},
        {"dissolving-wood", "溶解木浆", grades("250", "310", "360"), grades("380", "430", "480")},
        {"dissolving-non-wood", "溶解非木浆", grades("330", "390", "440"), grades("450", "510", "560")},
        {"non-deinked-recovered-paper", "未脱墨废纸浆", grades("40", "55", "70"), "—"},
        {"deinked-recovered-paper", "脱墨废纸浆", grades("100", "120", "140"), "—"}};
    for (String[] r : pulp) {
      assertManual("gb31825-2024.pulp-" + r[0] + ".grade3", r[1] + "（kgce/Adt）：自用浆 " + r[2] + "；商品浆 " + r[3]);
    }
    assertEquals(31, edition("gb-31825@2024").entries().size());
  }

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

  private static String g(String commaSeparated) {
    String[] v = commaSeparated.split(",");
    return grades(v[0], v[1], v[2]);
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
  void gb21258CoalUnitsAreManualAndKeepTheFlaggedGrade2Values() {
    // GB 21258-2024 表1 (p.8), reference 04 §7.1
    String[][] rows = {
        {"ultra-supercritical-1000mw", "超超临界 1000 MW", "268,276,283", "40,40.5,42"},
        {"ultra-supercritical-600mw", "超超临界 600 MW", "275,282,291", "40,40.5,42"},
        {"supercritical-600mw", "超临界 600 MW", "286,285,299", "40,40.5,42"},
        {"supercritical-300mw", "超临界 300 MW", "290,285,308", "40,40.5,42"},
        {"subcritical-600mw", "亚临界 600 MW", "303,285,312", "40,40.5,42.5"},
        {"subcritical-300mw", "亚临界 300 MW", "309,285,321", "40,40.5,42.5"}};
    for (String[] r : rows) {
      String id = "gb21258-2024." + r[0] + ".grade3";
      assertManual(id, r[1] + " 供电煤耗率（gce/(kW·h)）：" + g(r[2]) + "；供热煤耗率（kgce/GJ）：" + g(r[3]));
      boolean flagged = r[2].contains(",285,");
      assertEquals(flagged, entry(id).provenance().note().orElseThrow()
          .contains("non_monotonic_source_values_preserved"), id + ": the 2级 flag is kept exactly where 2级 < 1级");
    }
    assertManual("gb21258-2024.ultra-high-pressure-200mw-and-below.grade3",
        "超高压 200 MW及以下 供电煤耗率（gce/(kW·h)）：1级 —，2级 —，3级 352；供热煤耗率：（无此行）");
    assertEquals(7, edition("gb-21258@2024").entries().size());
    assertTrue(edition("gb-21258@2024").source().note().orElseThrow().contains("2级 column is UNVERIFIED"));
  }

  @Test
  void gb45247CombinedCycleUnitsAreManualAndKeepTheMergedCellFlag() {
    // GB 45247-2025 表1 (p.6), reference 04 §7.2
    String[][] rows = {
        {"h-class-500mw", "H级 500 MW", "201,210,215"}, {"f-class-400mw", "F级 400 MW", "203,215,223"},
        {"f-class-300mw", "F级 300 MW", "206,219,227"}, {"f-class-100mw", "F级 100 MW", "220,232,241"},
        {"e-class-100mw", "E级 100 MW", "232,245,259"}};
    for (String[] r : rows) {
      String id = "gb45247-2025." + r[0] + ".grade3";
      assertManual(id, r[1] + " 供电煤耗率（gce/(kW·h)）：" + g(r[2]) + "；供热煤耗率（kgce/GJ）：" + g("38,38.5,39"));
      assertTrue(entry(id).provenance().note().orElseThrow().contains("热耗率合并单元格候选"), id + " keeps the flag");
    }
    assertEquals(5, edition("gb-45247@2025").entries().size());
  }

  @Test
  void gb29447AndGb47835SiliconAndGermaniumAreManualForWantOfAKilogramUnit() {
    // GB 29447-2026 表1、表2 (p.2), reference 04 §4.7; GB 47835-2026 表1、表2 (p.1), §4.8
    assertManual("gb29447-2026.polysilicon-trichlorosilane.grade3", "表1 硅多晶 三氯氢硅法（kgce/kg）：" + g("5.0,5.5,6.3"));
    assertManual("gb29447-2026.polysilicon-silane-fluidized-bed.grade3",
        "表1 硅多晶 硅烷流化床法（kgce/kg）：" + g("3.6,4.0,4.6"));
    assertManual("gb29447-2026.germanium-high-purity-tetrachloride.grade3",
        "表2 锗 高纯四氯化锗（kgce/kg）：" + g("5.2,5.5,9.3"));
    assertManual("gb29447-2026.germanium-high-purity-dioxide.grade3", "表2 锗 高纯二氧化锗（kgce/kg）：" + g("0.9,1.1,1.7"));
    assertManual("gb29447-2026.germanium-zone-refined-ingot.grade3", "表2 锗 区熔锗锭（kgce/kg）：" + g("7.8,9.5,18.9"));
    assertManual("gb29447-2026.germanium-single-crystal.grade3", "表2 锗 锗单晶（kgce/kg）：" + g("6.0,6.5,10.0"));
    assertManual("gb47835-2026.monocrystalline-silicon-square-rod.grade3",
        "表1 硅单晶（方棒）（kgce/kg）：" + g("1.90,2.16,2.58"));
    assertManual("gb47835-2026.monocrystalline-silicon-wafer.grade3", "表2 硅单晶片（kgce/百万片）：" + g("5900,7005,9525"));
    assertEquals(6, edition("gb-29447@2026").entries().size());
    assertEquals(2, edition("gb-47835@2026").entries().size());
  }

  @Test
  void everyEntryIsUnverifiedRectifiesWithinSixMonthsAndNamesTheChongqingEconomyCommission() {
    for (CatalogueEdition e : topicEditions()) {
      for (CatalogueEntry x : e.entries()) {
        QuotaEntries.assertUnverifiedGrade3RectifiedInChongqing(e, x);
      }
    }
  }

  /**
   * The edge cases of one grade-3 entry: compliant just below and at its limit (only 超过 fails), non-compliant just
   * past it, undecided without the reading or a scope fact, no finding for another row, and undecided outside its
   * plain case (the raised limit is not computed), which the entry's note says.
   */
  private static void assertEdgeCases(CatalogueEntry x, RowCases row,
      java.util.function.Function<Map<String, Object>, Optional<Finding>> finding) {
    java.util.function.Function<Map<String, Object>, Verdict> verdict = data -> finding.apply(data)
        .orElseThrow(() -> new AssertionError(x.id() + " gave no finding")).verdict();
    Criterion.Comparison limit = limitOf(x);
    String indicator = limit.operand().key();
    Quantity at = quantity(limit);
    Map<String, Object> plain = row.plain();
    Map<String, Object> below = new LinkedHashMap<>(plain);
    below.put(indicator, plus(at, "-0.1"));
    Map<String, Object> atLimit = new LinkedHashMap<>(plain);
    atLimit.put(indicator, at);
    Map<String, Object> pastLimit = new LinkedHashMap<>(plain);
    pastLimit.put(indicator, plus(at, "0.1"));
    assertEquals(Verdict.COMPLIANT, verdict.apply(below), x.id() + " just below " + at);
    assertEquals(Verdict.COMPLIANT, verdict.apply(atLimit), x.id() + " at " + at + " (only 超过 fails)");
    assertEquals(Verdict.NON_COMPLIANT, verdict.apply(pastLimit), x.id() + " just past " + at);
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict.apply(plain), x.id() + " without " + indicator);
    for (Case c : row.scope()) {
      Map<String, Object> without = new LinkedHashMap<>(pastLimit);
      without.remove(c.key());
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict.apply(without), x.id() + " without " + c.key());
      Map<String, Object> outside = new LinkedHashMap<>(pastLimit);
      outside.put(c.key(), c.fails());
      Optional<Finding> f = finding.apply(outside);
      assertTrue(f.isEmpty(), x.id() + ": " + c.key() + " = " + c.fails() + " is another row, but gave "
          + f.map(Finding::verdict));
    }
    for (Case c : row.assumed()) {
      for (Map<String, Object> base : List.of(atLimit, pastLimit)) {
        Map<String, Object> without = new LinkedHashMap<>(base);
        without.remove(c.key());
        assertEquals(Verdict.INSUFFICIENT_DATA, verdict.apply(without), x.id() + " without " + c.key());
        Map<String, Object> outside = new LinkedHashMap<>(base);
        outside.put(c.key(), c.fails());
        assertEquals(Verdict.INSUFFICIENT_DATA, verdict.apply(outside),
            x.id() + " with " + c.key() + " = " + c.fails() + ": the limit is raised outside the plain case");
      }
    }
    if (!row.assumed().isEmpty()) {
      assertTrue(x.provenance().note().orElseThrow().contains("INSUFFICIENT_DATA, never COMPLIANT"),
          x.id() + " says what happens outside the plain case");
    }
  }

  // ------------------------------------------------------------------------------------------------ end to end

  @Test
  void everyMachineCheckableEntryIsMetAtItsLimitFailedJustPastItAndUndecidedOutsideItsPlainCase() {
    int checked = 0;
    for (CatalogueEdition e : topicEditions()) {
      for (CatalogueEntry x : e.entries()) {
        if (x.criterion().isEmpty()) {
          continue;
        }
        Quantity at = quantity(limitOf(x));
        assertTrue(x.text().zh().contains("3级 " + at.value().toPlainString()),
            x.id() + ": the text states the grade-3 value the criterion compares with");
        RowCases row = rowCases(x);
        assertTrue(!row.scope().isEmpty() && !row.assumed().isEmpty(), x.id() + ": a row and a plain case");
        assertEdgeCases(x, row, data -> findingIfAny(x.id(), data));
        checked++;
      }
    }
    assertEquals(28, checked, "machine-checkable entries of the topic (22 paper rows, 6 forging rows)");
  }

  @Test
  void onlyPaperAndForgingEntriesAssumeAPlainCase() {
    Map<String, Set<String>> actual = new TreeMap<>();
    for (CatalogueEdition e : topicEditions()) {
      for (CatalogueEntry x : e.entries()) {
        if (x.assumes().isPresent()) {
          actual.put(x.id(), assumptionsOf(x).stream().map(c -> caseOf(x, c).key()).collect(Collectors.toSet()));
        }
      }
    }
    assertEquals(28, actual.size());
    actual.forEach((id, keys) -> assertEquals(id.startsWith("gb31825-2024.paper-")
        ? Set.of("paper.tad", "paper.concurrentThermalCarbonlessOrSublimation")
        : Set.of("wroughtaluminium.extraForgingHeats"), keys, id));
  }

  @Test
  void everyManualEntryAsksForManualAssessmentInItsRowAndIsSilentOutsideIt() {
    int manual = 0;
    for (CatalogueEdition e : topicEditions()) {
      for (CatalogueEntry x : e.entries()) {
        if (x.criterion().isPresent()) {
          continue;
        }
        assertTrue(x.provenance().note().orElseThrow().contains("Manual assessment"), x.id() + " says why");
        assertTrue(x.assumes().isEmpty(), x.id() + ": a manual entry assumes nothing");
        Map<String, Object> row = new LinkedHashMap<>();
        List<Case> cases = new ArrayList<>();
        for (Criterion r : scopeOf(x)) {
          Case c = caseOf(x, r);
          cases.add(c);
          row.put(c.key(), c.meets());
        }
        assertTrue(!cases.isEmpty(), x.id() + ": the row is chosen by applies.when");
        Finding f = finding(x.id(), row);
        assertEquals(Verdict.INSUFFICIENT_DATA, f.verdict(), x.id() + " in its own row");
        assertTrue(explains(f.explanation(), "人工研判"), x.id());
        assertEquals(Verdict.INSUFFICIENT_DATA, verdict(x.id(), data()), x.id() + " without its row");
        for (Case c : cases) {
          Map<String, Object> outside = new LinkedHashMap<>(row);
          outside.put(c.key(), c.fails());
          assertNoFinding(x.id(), outside, c.key() + " = " + c.fails() + " is another row");
        }
        manual++;
      }
    }
    assertEquals(89, manual, "manual entries of the topic");
  }

  @Test
  void aTissueLineWithTadIsNeverCompliantOnThePlainLimit() {
    String id = "gb31825-2024.paper-tissue-base-wood.grade3";
    Map<String, Object> plain = data("paper.product", "tissue-base-wood", "paper.tad", false,
        "paper.concurrentThermalCarbonlessOrSublimation", false);
    plain.put("paper.comprehensive-energy", Quantity.parse("520 kgce/t"));
    assertEquals(Verdict.COMPLIANT, verdict(id, plain), "520 is within 520");
    plain.put("paper.comprehensive-energy", Quantity.parse("520.01 kgce/t"));
    Finding failing = finding(id, plain);
    assertEquals(Verdict.NON_COMPLIANT, failing.verdict());
    assertEquals(Optional.of(Quantity.parse("520 kgce/t")), failing.threshold());
    assertEquals(Optional.of("超过"), failing.thresholdWording());
    assertEquals("市经济信息委", failing.departments().lead().get(0).zh());
    assertTrue(failing.deadline().isEmpty(), "the six months run from a rectification notice, which is not known");
    assertTrue(failing.deadlineRule().contains("6个月内整改"));
    Map<String, Object> tad = data("paper.product", "tissue-base-wood", "paper.tad", true,
        "paper.concurrentThermalCarbonlessOrSublimation", false, "paper.comprehensive-energy", "400 kgce/t");
    Finding raised = finding(id, tad);
    assertEquals(Verdict.INSUFFICIENT_DATA, raised.verdict(), "TAD raises the limit by an amount not computed");
    assertTrue(explains(raised.explanation(), "本条目所编码的情形"), "the explanation names the encoded case");
    assertNoFinding("gb31825-2024.paper-tissue-base-non-wood.grade3", tad, "a wood-pulp line is not the non-wood row");
  }

  @Test
  void aForgingWithSeveralHeatsIsAssessedByHand() {
    String id = "gb21351-2023.die-forging.forging.grade3";
    Map<String, Object> oneHeat = data("wroughtaluminium.product", "die-forging", "wroughtaluminium.forgingProcess",
        "forging", "wroughtaluminium.extraForgingHeats", false, "wroughtaluminium.forging-energy", "600 kgce/t");
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, oneHeat), "600 exceeds 590 for one heat");
    Map<String, Object> twoHeats = new LinkedHashMap<>(oneHeat);
    twoHeats.put("wroughtaluminium.extraForgingHeats", true);
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, twoHeats), "a second heat adds 370 at grade 3, not computed");
    UnitAssessment plant = assess("wrought-aluminium-plant", END_OF_2025, oneHeat);
    assertEquals(List.of(id), plant.findings().stream().map(f -> f.entry().entryId())
        .filter(x -> x.startsWith("gb21351-2023.")).toList(), "a die-forging plant gets the finding of its row only");
  }

  @Test
  void aCopperTubePlantOfBronzeOrHighCopperGetsTheSharedRow() {
    String id = "gb21350-2023.tube.bronze-high-copper.grade3";
    for (String alloy : List.of("bronze", "high-copper")) {
      UnitAssessment a = assess("copper-processing-plant", END_OF_2025,
          data("copperprocessing.product", "tube", "copperprocessing.alloy", alloy));
      assertEquals(List.of(id), a.findings().stream().map(f -> f.entry().entryId())
          .filter(x -> x.startsWith("gb21350-2023.")).toList(), alloy);
      assertEquals(Verdict.INSUFFICIENT_DATA, a.findings().stream().filter(f -> f.entry().entryId().equals(id))
          .findFirst().orElseThrow().verdict(), alloy + ": the product-size factor is applied by hand");
    }
  }

  // ------------------------------------------------------------------------------------------------ GB 29141

  private static final LocalDate GB29141_2024_IN_FORCE = LocalDate.of(2025, 6, 1);

  private static List<CatalogueEdition> gb29141Editions() {
    return BundledData.catalogues().editions().stream().filter(e -> e.catalogueId().equals("gb-29141")).toList();
  }

  /** A day on which the entry's edition is in force: the first day, or 2020-01-01 for the 2012 edition. */
  private static LocalDate gb29141AsOf(CatalogueEntry entry) {
    return entry.id().startsWith("gb29141-2012.") ? LocalDate.of(2020, 1, 1) : GB29141_2024_IN_FORCE;
  }

  private static Optional<Finding> gb29141Finding(CatalogueEntry entry, Map<String, Object> data) {
    return UnitProbe.findingIfAny(ENTERPRISE, entry, gb29141AsOf(entry), data);
  }

  @Test
  void gb29141EditionsAreDatedAndTheOlderEndsWhenTheNewerTakesEffect() {
    // 2012: reference 04 §1 (data/catalog.json seq 20); 2024 and the replacement: data/definitions/gb-29141-2024.json
    // and data/standard-replacements.json of GitHub adgo07/ECQuota-Insight
    CatalogueEdition old = edition("gb-29141@2012");
    assertEquals("GB 29141-2012", old.documentNumber());
    assertEquals(LocalDate.of(2012, 12, 31), old.published());
    assertEquals(LocalDate.of(2013, 10, 1), old.validity().start());
    assertEquals(Optional.of(GB29141_2024_IN_FORCE), old.validity().end(), "ends when GB 29141-2024 takes effect");
    assertEquals(Optional.of("2024"), old.supersededBy());
    assertEquals(VerificationLevel.SECONDARY, old.source().verification());
    CatalogueEdition current = edition("gb-29141@2024");
    assertEquals("GB 29141-2024", current.documentNumber());
    assertEquals(LocalDate.of(2024, 5, 28), current.published());
    assertEquals(GB29141_2024_IN_FORCE, current.validity().start());
    assertEquals(Optional.empty(), current.validity().end(), "no successor is known");
    assertEquals(VerificationLevel.SECONDARY, current.source().verification());
    assertTrue(current.source().note().orElseThrow().contains("GB 29437-2012 and GB 29441-2012"),
        "the edition names the other standards it replaces");
    assertEquals(2, gb29141Editions().size());
  }

  @Test
  void gb29141Of2012Grade3ValuesOfEachFeed() {
    // reference 04 §5.5 (repository draft MD, p.2 表1、表2、表3; 3 = 现有 表1): 综合能耗 kgce/t | 吨酸电耗 kWh/t
    String[][] rows = {
        {"sulphur", "硫黄", "-180,-140,-115", "60,70,85"},
        {"pyrite", "硫铁矿", "-135,-120,-100", "110,120,130"},
        {"copper-nickel-smelter-gas", "铜、镍冶炼烟气", "-30,3,16", "100,110,130"},
        {"lead-smelter-gas", "铅冶炼烟气", "5,19,22", "130,150,180"},
        {"zinc-smelter-gas", "锌冶炼烟气", "-120,-95,-85", "110,120,130"},
        {"other-nonferrous-smelter-gas", "其他有色金属冶炼烟气", "-42,-4,34", "210,240,270"}};
    for (String[] r : rows) {
      String energy = r[2].split(",")[2];
      String power = r[3].split(",")[2];
      assertGrade3("gb29141-2012." + r[0] + ".comprehensive-energy.grade3", energy + " kgce/t",
          "工业硫酸 " + r[1] + " 综合能耗（kgce/t）：" + g(r[2]));
      assertGrade3("gb29141-2012." + r[0] + ".power.grade3", power + " kWh/t",
          "工业硫酸 " + r[1] + " 吨酸电耗（kWh/t）：" + g(r[3]));
    }
    assertEquals(12, edition("gb-29141@2012").entries().size());
    for (CatalogueEntry x : edition("gb-29141@2012").entries()) {
      assertEquals(VerificationLevel.UNVERIFIED, x.provenance().verification(), x.id() + ": a repository draft");
      assertTrue(x.provenance().note().orElseThrow().contains("3 = 现有 (表1)"), x.id() + " names the repository's mapping");
    }
  }

  @Test
  void gb29141Of2024Grade3ValuesOfAcidNitricAndAceticAcid() {
    // data/definitions/gb-29141-2024.json, 4.1 表1 (p.9): kgce/t, 浓硫酸 (发烟硫酸（20%） +35 on every grade, not decided)
    String[][] acid = {
        {"sulphur-with-low-temperature-heat-recovery", "硫黄制酸（有低温热回收）", "-160,-150,-120"},
        {"sulphur-without-low-temperature-heat-recovery", "硫黄制酸（无低温热回收）", "-160,-150,-110"},
        {"pyrite", "硫铁矿制酸", "-110,-100,-90"},
        {"copper-smelter-gas-so2-over-13", "铜冶炼烟气制酸（SO₂浓度＞13%）", "-30,-5,5"},
        {"copper-smelter-gas-so2-up-to-13", "铜冶炼烟气制酸（SO₂浓度≤13%）", "2,6,12"},
        {"nickel-smelter-gas", "镍冶炼烟气制酸", "12,15,16"},
        {"lead-smelter-gas", "铅冶炼烟气制酸", "11,12,14"},
        {"zinc-smelter-gas", "锌冶炼烟气制酸", "15,16,18"},
        {"lead-zinc-smelter-gas", "铅锌联合冶炼烟气制酸", "20,22,25"},
        {"gypsum", "石膏制酸", "350,370,390"},
        {"ferrous-sulphate-co-roasting", "掺烧硫酸亚铁（或废硫酸）制酸（掺烧量≥25%）", "-50,-40,-30"}};
    for (String[] r : acid) {
      String id = "gb29141-2024." + r[0] + ".comprehensive-energy.grade3";
      assertGrade3(id, r[2].split(",")[2] + " kgce/t", "工业硫酸 " + r[1] + "（kgce/t）：" + g(r[2]));
      assertEquals(VerificationLevel.SECONDARY, entry(id).provenance().verification(), id);
      assertEquals(Set.of("sulphuricacid.product"), assumptionsOf(entry(id)).stream()
          .map(c -> caseOf(entry(id), c).key()).collect(Collectors.toSet()), id + ": 20% oleum is assessed by hand");
    }
    // 4.2 表2 and 4.3 表3
    assertGrade3("gb29141-2024.dilute-nitric-acid.comprehensive-energy.grade3", "30 kgce/t",
        "稀硝酸（kgce/t，折100%硝酸）：" + g("-20,-5,30"));
    assertGrade3("gb29141-2024.glacial-acetic-acid.comprehensive-energy.grade3", "120 kgce/t",
        "工业冰醋酸（kgce/t，折100%醋酸）：" + g("70,80,120"));
    // 表1 footnote b: only a 3级 value, in kgce/tSO₂ (not an engine unit); the repository marks it for review
    String isp = "gb29141-2024.lead-zinc-isp-so2-enrichment.grade3";
    assertManual(isp, "铅锌联合冶炼ISP低浓度SO₂烟气（SO₂浓度≤4%）提浓工序 单位SO₂提浓能耗（kgce/tSO₂）：1级 —，2级 —，3级 960");
    assertEquals(VerificationLevel.UNVERIFIED, entry(isp).provenance().verification());
    assertEquals(14, edition("gb-29141@2024").entries().size());
  }

  @Test
  void gb29141EveryEntryRectifiesWithinSixMonthsAndCarriesItsEditionInItsId() {
    for (CatalogueEdition e : gb29141Editions()) {
      for (CatalogueEntry x : e.entries()) {
        QuotaEntries.assertGrade3RectifiedInChongqing(e, x);
      }
    }
  }

  @Test
  void everyMachineCheckableGb29141EntryIsMetUpToItsLimitFailedJustPastItAndUndecidedWithoutData() {
    int checked = 0;
    for (CatalogueEdition e : gb29141Editions()) {
      for (CatalogueEntry x : e.entries()) {
        if (x.criterion().isEmpty()) {
          continue;
        }
        Quantity at = quantity(limitOf(x));
        assertTrue(x.text().zh().contains("3级 " + at.value().toPlainString()), x.id() + ": the text states the limit");
        assertEdgeCases(x, rowCases(x), data -> gb29141Finding(x, data));
        checked++;
      }
    }
    assertEquals(25, checked, "12 entries of 2012 (6 feeds × energy and power), 13 of 2024");
  }

  @Test
  void theIspEnrichmentStepIsAssessedByHandForALeadZincAcidPlantOnly() {
    CatalogueEntry isp = entry("gb29141-2024.lead-zinc-isp-so2-enrichment.grade3");
    Finding f = gb29141Finding(isp, data("sulphuricacid.feed", "lead-zinc-smelter-gas")).orElseThrow();
    assertEquals(Verdict.INSUFFICIENT_DATA, f.verdict());
    assertTrue(explains(f.explanation(), "人工研判"));
    assertTrue(gb29141Finding(isp, data("sulphuricacid.feed", "zinc-smelter-gas")).isEmpty(), "another feed");
    assertTrue(isp.provenance().note().orElseThrow().contains("Manual assessment"));
  }

  @Test
  void theEditionInForceIsSelectedOnEachSideOfTheFirstOfJune2025() {
    // a pyrite plant at -95 kgce/t fails the 2012 grade 3 (-100) but meets the 2024 grade 3 (-90)
    Map<String, Object> plant = data("sulphuricacid.feed", "pyrite", "sulphuricacid.product", "concentrated",
        "sulphuricacid.comprehensive-energy", "-95 kgce/t", "sulphuricacid.power", "100 kWh/t");
    LocalDate lastDayOf2012Edition = GB29141_2024_IN_FORCE.minusDays(1);
    assertEquals(Map.of("gb29141-2012.pyrite.comprehensive-energy.grade3", Verdict.NON_COMPLIANT,
        "gb29141-2012.pyrite.power.grade3", Verdict.COMPLIANT),
        verdicts(assess("sulphuric-acid-plant", lastDayOf2012Edition, plant)), "31 May 2025: GB 29141-2012 only");
    assertEquals(Map.of("gb29141-2024.pyrite.comprehensive-energy.grade3", Verdict.COMPLIANT),
        verdicts(assess("sulphuric-acid-plant", GB29141_2024_IN_FORCE, plant)), "1 June 2025: GB 29141-2024 only");
    for (LocalDate day : List.of(lastDayOf2012Edition, GB29141_2024_IN_FORCE)) {
      CatalogueStatus status = EVALUATOR.evaluate(ProductionUnit.builder().id("acid-1").enterprise(ENTERPRISE)
          .kind("sulphuric-acid-plant").build(), day).catalogues().stream()
          .filter(c -> c.catalogueId().equals("gb-29141")).findFirst().orElseThrow();
      assertEquals(CatalogueStatus.State.IN_FORCE, status.state(), day.toString());
      assertEquals(day.isBefore(GB29141_2024_IN_FORCE) ? "2012" : "2024", status.edition().orElseThrow().edition(),
          day + ": the edition in force");
    }
  }

  private static Map<String, Verdict> verdicts(UnitAssessment a) {
    Map<String, Verdict> m = new TreeMap<>();
    a.findings().stream().filter(f -> f.entry().entryId().startsWith("gb29141-"))
        .forEach(f -> m.put(f.entry().entryId(), f.verdict()));
    return m;
  }
}
