package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.Finding;
import org.phaseout.UnitAssessment;
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
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.DeadlineRule;
import org.phaseout.catalogue.Dimension;
import org.phaseout.catalogue.LimitWording;
import org.phaseout.catalogue.Operator;
import org.phaseout.catalogue.VerificationLevel;
import org.phaseout.measure.Quantity;

/**
 * The safety elimination catalogues as far as the reference sources them: 《淘汰落后安全技术装备目录(2015年第一批)》
 * (安监总科技〔2015〕75号), 《淘汰落后安全技术工艺、设备目录(2016年)》 (安监总科技〔2016〕137号), 《金属非金属矿山禁止使用的
 * 设备及工艺目录》 batches 1 (2013) and 2 (安监总管一〔2015〕13号), the 公示稿 items of 《淘汰落后危险化学品安全生产工艺
 * 技术设备目录(第一批)》 (应急厅〔2020〕38号) and the seven items of its 第二批 (2024) as news reports of the final text give
 * them. Consequences follow 渝制造强市办〔2025〕4号 一、（四）. 《矿山安全落后工艺及设备淘汰目录(2024年)》 is bundled as a header
 * only: a news report gives its 10-item count, none of its items. Enterprises are fictitious; their credit codes are valid.
 */
class SafetyCataloguesTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private static final ComplianceEvaluator EVALUATOR = ComplianceEvaluator.of(BundledData.catalogues());

  private static final String EQUIP_2015 = "cn-safety-technology-equipment-eliminated-batch1@2015";
  private static final String LIST_2016 = "cn-safety-technology-process-equipment-eliminated-2016@2016";
  private static final String MINES_1 = "cn-metal-nonmetal-mine-prohibited-batch1@2013";
  private static final String MINES_2 = "cn-metal-nonmetal-mine-prohibited-batch2@2015";
  private static final String HAZCHEM_1 = "cn-hazardous-chemicals-process-equipment-eliminated-batch1@2020";
  private static final String HAZCHEM_2 = "cn-hazardous-chemicals-process-equipment-eliminated-batch2@2024";
  private static final String MINE_SAFETY_2024 = "cn-mine-safety-process-equipment-eliminated-2024@2024";

  private static final Enterprise QIJIANG_MINE = enterprise("91500110MA60000T10", "示例矿业有限公司（虚构）", "500110", "B10");
  private static final Enterprise WANZHOU_STEEL = enterprise("91500101MA60000K3X", "示例钢铁有限公司（虚构）", "500101", "C31");
  private static final Enterprise BANAN_CHEMICAL = enterprise("91500113MA60000J5F", "示例化工有限公司（虚构）", "500113", "C26");
  private static final Enterprise TAIYUAN_COKE = enterprise("91140100MA60000M4A", "示例焦化有限公司（虚构）", "140100", "C25");
  private static final Enterprise JIANGJIN_OIL_DEPOT = Enterprise.builder().creditCode(CreditCode.parse("91500116MA60000N2M"))
      .name("示例油库有限公司（虚构）").division(DivisionCode.parse("500116")).industry(IndustryCode.parse("G59"))
      .putFacts("enterprise.hazchemOperatingLicence", FactValue.of(true)).build();

  private static Enterprise enterprise(String code, String name, String division, String industry) {
    return Enterprise.builder().creditCode(CreditCode.parse(code)).name(name).division(DivisionCode.parse(division))
        .industry(IndustryCode.parse(industry)).build();
  }

  /** Facts of a unit: booleans, text codes and quantities; the key {@code capacity} sets the rated capacity. */
  private static Consumer<ProductionUnit.Builder> facts(Map<String, ?> facts) {
    return b -> facts.forEach((k, v) -> {
      if (k.equals("capacity")) {
        b.ratedCapacity(Quantity.parse((String) v));
      } else if (v instanceof Boolean flag) {
        b.putFacts(k, FactValue.of(flag));
      } else if (v instanceof Quantity q) {
        b.putFacts(k, FactValue.of(q));
      } else {
        b.putFacts(k, FactValue.of((String) v));
      }
    });
  }

  private static Finding finding(String entryId, Enterprise enterprise, String kind, Map<String, ?> unitFacts) {
    ProductionUnit.Builder b = ProductionUnit.builder().id("u").enterprise(enterprise).kind(kind);
    facts(unitFacts).accept(b);
    UnitAssessment a = EVALUATOR.evaluate(b.build(), AS_OF).units().get(0);
    return a.findings().stream().filter(f -> f.entry().entryId().equals(entryId)).findFirst()
        .orElseThrow(() -> new AssertionError(entryId + " gave no finding for a " + kind));
  }

  private static Verdict verdict(String entryId, Enterprise enterprise, String kind, Map<String, ?> unitFacts) {
    return finding(entryId, enterprise, kind, unitFacts).verdict();
  }

  private static Verdict mine(String entryId, String kind, Map<String, ?> unitFacts) {
    return verdict(entryId, QIJIANG_MINE, kind, unitFacts);
  }

  private static Map<String, Object> with(Map<String, ?> base, Object... more) {
    Map<String, Object> m = new java.util.TreeMap<>(base);
    for (int i = 0; i < more.length; i += 2) {
      m.put((String) more[i], more[i + 1]);
    }
    return m;
  }

  private static Criterion.Comparison quantityComparison(String id) {
    Criterion c = entry(id).criterion().orElseThrow();
    List<Criterion> parts = c instanceof Criterion.All all ? all.parts() : List.of(c);
    return parts.stream().filter(p -> p instanceof Criterion.Comparison cmp && cmp.value() instanceof FactValue.QuantityFact)
        .map(Criterion.Comparison.class::cast).findFirst()
        .orElseThrow(() -> new AssertionError(id + " has no quantity comparison"));
  }

  private static void assertLimit(String id, String quantity, Operator op, LimitWording wording) {
    Criterion.Comparison c = quantityComparison(id);
    Quantity actual = ((FactValue.QuantityFact) c.value()).value();
    assertTrue(actual.isEqualTo(Quantity.parse(quantity)), id + ": limit " + actual + " should be " + quantity);
    assertEquals(op, c.operator(), id + ": operator");
    assertEquals(Optional.of(wording), c.wording(), id + ": limit word");
  }

  private static Set<String> seriesOf(String id) {
    return ((Criterion.All) entry(id).criterion().orElseThrow()).parts().stream()
        .filter(p -> p instanceof Criterion.Membership m && m.operand().key().equals("mine-hoist.series"))
        .map(p -> ((Criterion.Membership) p).values()).findFirst().orElseThrow();
  }

  private static LocalDate deadlineAfterPublication(String id, String editionKey) {
    DeadlineRule.AfterTrigger rule = assertInstanceOf(DeadlineRule.AfterTrigger.class, entry(id).consequence().deadline(),
        id + " counts its time limit from the catalogue's publication");
    assertEquals("catalogue-publication", rule.trigger(), id);
    return rule.deadlineAfter(edition(editionKey).published());
  }

  private static List<CatalogueEntry> safetyEntries() {
    return List.of(EQUIP_2015, LIST_2016, MINES_1, MINES_2, HAZCHEM_1, HAZCHEM_2).stream()
        .flatMap(k -> edition(k).entries().stream()).toList();
  }

  // ---------------------------------------------------------------- pinned editions

  @Test
  void editionsCarryTheirSourcedNumbersDatesAndItemCounts() {
    CatalogueEdition equipment = edition(EQUIP_2015);
    assertEquals("安监总科技〔2015〕75号", equipment.documentNumber());
    assertEquals(LocalDate.of(2015, 7, 10), equipment.published());
    assertEquals(Optional.empty(), equipment.itemsInOfficialText(), "the batch's total is not known");

    CatalogueEdition list2016 = edition(LIST_2016);
    assertEquals("安监总科技〔2016〕137号", list2016.documentNumber());
    assertEquals(LocalDate.of(2016, 12, 16), list2016.published());

    CatalogueEdition mines1 = edition(MINES_1);
    assertEquals(LocalDate.of(2013, 9, 6), mines1.published());
    assertEquals(LocalDate.of(2013, 9, 6), mines1.validity().start());
    assertEquals(Optional.of(19), mines1.itemsInOfficialText());
    assertEquals("安监总管一〔2013〕101号", mines1.documentNumber(), "quoted in a reprint of a later official text (secondary)");

    CatalogueEdition mines2 = edition(MINES_2);
    assertEquals("安监总管一〔2015〕13号", mines2.documentNumber());
    assertEquals(LocalDate.of(2015, 2, 13), mines2.published());
    assertEquals(LocalDate.of(2015, 2, 13), mines2.validity().start(), "从本目录发布之日起");
    assertEquals(Optional.of(9), mines2.itemsInOfficialText());

    CatalogueEdition hazchem = edition(HAZCHEM_1);
    assertEquals("应急厅〔2020〕38号", hazchem.documentNumber());
    assertEquals(LocalDate.of(2020, 10, 31), hazchem.published(), "“2020年10月…印发”: the latest possible issue date");
    assertEquals(VerificationLevel.UNVERIFIED, hazchem.source().verification());
    assertTrue(hazchem.source().note().orElseThrow().contains("ISSUE DATE MISSING"));

    CatalogueEdition hazchem2 = edition(HAZCHEM_2);
    assertTrue(hazchem2.documentNumber().startsWith("文号缺失"), "the number of the second batch was not found");
    assertEquals(LocalDate.of(2024, 3, 12), hazchem2.published(), "the interpretation's date: the latest possible issue date");
    assertEquals(hazchem2.published(), hazchem2.validity().start(), "自文件公布之日起");
    assertEquals(Optional.of(7), hazchem2.itemsInOfficialText(), "明确淘汰7项…包含工艺技术4项、设备设施3项");
    assertEquals(VerificationLevel.SECONDARY, hazchem2.source().verification());
    assertTrue(hazchem2.source().note().orElseThrow().startsWith("DOCUMENT NUMBER AND ISSUE DATE MISSING"));

    for (String key : List.of(EQUIP_2015, LIST_2016, MINES_1, MINES_2, HAZCHEM_1, HAZCHEM_2)) {
      assertEquals(Optional.empty(), edition(key).validity().end(), key + ": batches accumulate, no end is known");
    }
  }

  @Test
  void mineSafetyCatalogueOf2024IsKnownByItsCountOnlyAndEncodesNoItem() {
    CatalogueEdition mineSafety = edition(MINE_SAFETY_2024);
    assertEquals(List.of("国家矿山安全监察局"), mineSafety.issuers(), "announced at its press conference of 2024-06-27");
    assertTrue(mineSafety.documentNumber().startsWith("文号缺失"), "the news report names no document");
    assertEquals(LocalDate.of(2024, 6, 27), mineSafety.published(), "“近日发布” on 2024-06-27: the latest possible issue date");
    assertEquals(mineSafety.published(), mineSafety.validity().start());
    assertEquals(Optional.empty(), mineSafety.validity().end(), "batches accumulate, no end is known");
    assertEquals(Optional.of(10), mineSafety.itemsInOfficialText(), "淘汰目录共10项,主要包括运输、供电、爆破等");
    assertEquals(VerificationLevel.SECONDARY, mineSafety.source().verification());
    assertTrue(mineSafety.source().note().orElseThrow().startsWith("DOCUMENT NUMBER, ISSUE DATE AND ALL 10 ITEMS MISSING"));
    assertEquals(List.of(), mineSafety.entries(), "no item was found in a text read, so none is encoded");
  }

  @Test
  void eachEditionEncodesExactlyTheItemsTheReferenceGivesSplitIntoMachineAndManual() {
    record Count(int machine, int manual) { }
    Map<String, Count> expected = Map.of(
        EQUIP_2015, new Count(4, 3),   // 冶金 1, 2, 4 and 煤矿 1; 冶金 3, 煤矿 2 and 3 manual
        LIST_2016, new Count(1, 0),    // 一、煤矿安全 1
        MINES_1, new Count(8, 0),      // items 1-8 of 19
        MINES_2, new Count(10, 1),     // 9 items, 5 and 6 split by mine type, 9 manual
        HAZCHEM_1, new Count(2, 0),    // 公示稿 一-1 and 一-2
        HAZCHEM_2, new Count(6, 1));   // 4 processes and 3 equipment items; the nitration item (27 chemicals) manual
    expected.forEach((key, count) -> {
      List<CatalogueEntry> entries = edition(key).entries();
      assertEquals(count.machine(), entries.stream().filter(CatalogueEntry::isMachineCheckable).count(), key);
      assertEquals(count.manual(), entries.stream().filter(e -> !e.isMachineCheckable()).count(), key);
    });
  }

  // ---------------------------------------------------------------- pinned limits and codes

  @Test
  void quantitativeItemsKeepTheirLimitWords() {
    // 金属非金属矿山 第一批 8: “单电机驱动、司机室周边敞开式的3吨及以下直流架线矿用电机车”
    assertLimit("cn-mnm-mine-2013.open-cab-dc-trolley-locomotive-3t", "3 t", Operator.LE, LimitWording.AND_BELOW);
    // 第一批 2: “Φ1.2米以下(不含Φ1.2米)用于升降人员的提升绞车”
    assertLimit("cn-mnm-mine-2013.person-winch-below-1.2m", "1.2 m", Operator.LT, LimitWording.EXCLUSIVE_BELOW);
    // 2015年第一批 冶金 2: “3.8m及以下的捣固焦炉”
    assertLimit("cn-safety-equip-2015.metallurgy.stamp-charging-coke-oven-3.8m", "3.8 m", Operator.LE,
        LimitWording.AND_BELOW);
  }

  @Test
  void hoistItemsNameTheirModelSeries() {
    assertEquals(Set.of("KJ"), seriesOf("cn-mnm-mine-2013.kj-mine-hoist"));
    assertEquals(Set.of("JKA"), seriesOf("cn-mnm-mine-2013.jka-mine-hoist"));
    assertEquals(Set.of("XKT"), seriesOf("cn-mnm-mine-2013.xkt-mine-hoist"));
    assertEquals(Set.of("JTK"), seriesOf("cn-mnm-mine-2013.jtk-winch-main-hoisting"));
  }

  // ---------------------------------------------------------------- pinned deadlines

  @Test
  void mineBatchTimeLimitsRunFromPublication() {
    // 第一批 (2013-09-06): 一年后, 一年半后 (JTK), 立即 (带式制动), 8 cut in the source
    assertEquals(LocalDate.of(2014, 9, 6), deadlineAfterPublication("cn-mnm-mine-2013.non-standard-shaft-cage", MINES_1));
    assertEquals(LocalDate.of(2014, 9, 6), deadlineAfterPublication("cn-mnm-mine-2013.kj-mine-hoist", MINES_1));
    assertEquals(LocalDate.of(2015, 3, 6), deadlineAfterPublication("cn-mnm-mine-2013.jtk-winch-main-hoisting", MINES_1));
    assertInstanceOf(DeadlineRule.Immediate.class,
        entry("cn-mnm-mine-2013.band-brake-winch-main-hoisting").consequence().deadline());
    assertInstanceOf(DeadlineRule.NotStated.class,
        entry("cn-mnm-mine-2013.open-cab-dc-trolley-locomotive-3t").consequence().deadline());
    // 第二批 (2015-02-13): 露天 立即 / 一年后 / 半年后; 地下 立即 / 一年半后 / 一年后
    assertEquals(LocalDate.of(2016, 2, 13),
        deadlineAfterPublication("cn-mnm-mine-2015.medium-deep-hole-drill-without-stabilizer.open-pit", MINES_2));
    assertEquals(LocalDate.of(2016, 8, 13),
        deadlineAfterPublication("cn-mnm-mine-2015.manual-loading-in-centralized-loading.underground", MINES_2));
    assertEquals(LocalDate.of(2015, 8, 13),
        deadlineAfterPublication("cn-mnm-mine-2015.dry-drilling-without-dust-catcher.open-pit", MINES_2));
    assertEquals(LocalDate.of(2016, 2, 13), deadlineAfterPublication("cn-mnm-mine-2015.manual-or-animal-haulage", MINES_2));
    assertEquals(LocalDate.of(2016, 2, 13),
        deadlineAfterPublication("cn-mnm-mine-2015.dry-brake-dedicated-trackless-vehicle.underground", MINES_2));
    for (String immediate : List.of("cn-mnm-mine-2015.chamber-blasting.open-pit",
        "cn-mnm-mine-2015.undercut-and-single-wall-mining.open-pit", "cn-mnm-mine-2015.secondary-blasting-of-boulders.open-pit",
        "cn-mnm-mine-2015.manual-loading-in-centralized-loading.open-pit",
        "cn-mnm-mine-2015.dry-drilling-without-dust-catcher.underground")) {
      assertInstanceOf(DeadlineRule.Immediate.class, entry(immediate).consequence().deadline(), immediate);
    }
    assertInstanceOf(DeadlineRule.NotStated.class,
        entry("cn-mnm-mine-2015.tkd-relay-hoist-electric-control").consequence().deadline());
  }

  @Test
  void beltFastenerHammeringIsProhibitedAfter15December2017() {
    // 安监总科技〔2016〕137号 一、煤矿安全 1: “2017 年 12 月 15 日后禁止使用”
    DeadlineRule.FixedDate rule = assertInstanceOf(DeadlineRule.FixedDate.class,
        entry("cn-safety-2016.coal.belt-fastener-manual-hammering").consequence().deadline());
    assertEquals(LocalDate.of(2017, 12, 15), rule.date());
    assertTrue(rule.wording().startsWith("2017 年 12 月 15 日后禁止使用"));
  }

  @Test
  void draftDeadlinesOfTheChemicalCatalogueAreNotUsed() {
    // 公示稿: 一-1 “两年内改造完毕” is draft wording, so no deadline is computed from it
    for (CatalogueEntry e : edition(HAZCHEM_1).entries()) {
      assertInstanceOf(DeadlineRule.NotStated.class, e.consequence().deadline(), e.id());
      assertEquals(VerificationLevel.UNVERIFIED, e.provenance().verification(), e.id());
      assertTrue(e.provenance().note().orElseThrow().startsWith("DRAFT WORDING"), e.id());
    }
    assertTrue(entry("cn-hazchem-2020.ammonia-brine-chlorine-liquefaction").consequence().deadline().wording()
        .contains("两年内改造完毕"));
  }

  @Test
  void secondChemicalBatchShowsItsTimeLimitsAsWordingBecauseItsIssueDateIsMissing() {
    for (CatalogueEntry e : edition(HAZCHEM_2).entries()) {
      assertInstanceOf(DeadlineRule.NotStated.class, e.consequence().deadline(), e.id());
      assertEquals(VerificationLevel.SECONDARY, e.provenance().verification(), e.id());
      assertEquals(Optional.empty(), e.item(), e.id() + ": the official numbering is not known");
    }
    assertTrue(entry("cn-hazchem-2024.acid-base-alternating-fixed-bed-hydrogen-peroxide").consequence().deadline().wording()
        .startsWith("新（扩）建项目禁用，现有项目五年内改造完毕"), "the final text, not the draft's 三年");
    assertTrue(entry("cn-hazchem-2024.single-mechanical-or-packing-seal-centrifugal-pump").consequence().deadline().wording()
        .contains("在役设备三年内更换完毕"));
  }

  @Test
  void everySafetyEntryHaltsAndRectifiesUnderTheChongqingPlanWithItsDepartments() {
    for (CatalogueEntry e : safetyEntries()) {
      assertEquals(Dimension.SAFETY, e.dimension(), e.id());
      assertEquals(Action.HALT_AND_RECTIFY, e.consequence().action(), e.id());
      assertTrue(e.consequence().text().zh().startsWith("立即停产停业整顿；经停产停业整顿仍达不到法定安全生产条件的，依法予以关闭"),
          e.id());
      assertEquals(1, e.departments().size(), e.id());
      assertEquals(DivisionCode.parse("500000"), e.departments().get(0).region(), e.id());
      assertEquals(List.of("cq.emergency-management"), e.departments().get(0).lead(), e.id());
      assertEquals("渝制造强市办〔2025〕4号", e.departments().get(0).basis().document(), e.id());
      String clause = e.departments().get(0).basis().clause();
      assertTrue(clause.startsWith(e.id().startsWith("cn-mnm-mine-") ? "一、（四）3" : "一、（四）"), e.id() + ": " + clause);
      if (e.consequence().deadline() instanceof DeadlineRule.Immediate immediate) {
        assertTrue(immediate.wording().contains("立即"), e.id() + ": immediate only where a source says 立即");
      }
    }
  }

  // ---------------------------------------------------------------- end to end: metallurgy (2015)

  @Test
  void pitTypeElectricHeatTreatmentFurnaceMustStopAtOnceInChongqing() {
    String id = "cn-safety-equip-2015.metallurgy.pit-electric-heat-treatment-furnace";
    Finding f = finding(id, WANZHOU_STEEL, "heat-treatment-equipment",
        Map.of("heat-treatment.pitType", true, "heat-treatment.electric", true, "capacity", "90 kW"));
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertEquals(Optional.of(AS_OF), f.deadline(), "立即停产停业整顿");
    assertEquals("市应急管理局", f.departments().lead().get(0).zh());
    assertEquals(Verdict.COMPLIANT, verdict(id, WANZHOU_STEEL, "heat-treatment-equipment",
        Map.of("heat-treatment.pitType", true, "heat-treatment.electric", false)), "a pit furnace fired by gas");
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, WANZHOU_STEEL, "heat-treatment-equipment",
        Map.of("heat-treatment.pitType", true)));
  }

  @Test
  void stampChargingCokeOvensOf3Point8MetresOrBelowAreEliminated() {
    String id = "cn-safety-equip-2015.metallurgy.stamp-charging-coke-oven-3.8m";
    Map<String, Object> stamp = Map.of("coke-oven.stampCharging", true);
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, WANZHOU_STEEL, "coke-oven",
        with(stamp, "coke-oven.heightClass", Quantity.parse("3.8 m"))), "及以下 includes 3.8 m");
    assertEquals(Verdict.COMPLIANT, verdict(id, WANZHOU_STEEL, "coke-oven",
        with(stamp, "coke-oven.heightClass", Quantity.parse("3.81 m"))));
    assertEquals(Verdict.COMPLIANT, verdict(id, WANZHOU_STEEL, "coke-oven",
        Map.of("coke-oven.stampCharging", false, "coke-oven.heightClass", Quantity.parse("3.2 m"))), "top-charged");
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, WANZHOU_STEEL, "coke-oven", stamp));
  }

  @Test
  void outsideChongqingTheFindingNamesNoDepartment() {
    Finding f = finding("cn-safety-equip-2015.metallurgy.stamp-charging-coke-oven-3.8m", TAIYUAN_COKE, "coke-oven",
        Map.of("coke-oven.stampCharging", true, "coke-oven.heightClass", Quantity.parse("3.2 m")));
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertTrue(f.departments().lead().isEmpty(), "the catalogue is national; departments are assigned for 500000 only");
    assertEquals(Optional.empty(), f.departments().basis());
  }

  @Test
  void saltBathQuenchingOfAluminiumAlloysIsAllowedOnlyForMilitaryAndAerospaceProducts() {
    String id = "cn-safety-equip-2015.metallurgy.aluminium-alloy-salt-bath-quenching";
    Map<String, Object> saltBath = Map.of("heat-treatment.aluminiumAlloySaltBathQuenching", true);
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, WANZHOU_STEEL, "heat-treatment-equipment",
        with(saltBath, "heat-treatment.forMilitaryOrAerospaceProducts", false)));
    assertEquals(Verdict.COMPLIANT, verdict(id, WANZHOU_STEEL, "heat-treatment-equipment",
        with(saltBath, "heat-treatment.forMilitaryOrAerospaceProducts", true)), "军工及航空航天产品允许使用该工艺");
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, WANZHOU_STEEL, "heat-treatment-equipment", saltBath));
  }

  @Test
  void oxygenPlantItemNeedsAPerson() {
    Finding f = finding("cn-safety-equip-2015.metallurgy.oxygen-plant-plate-process", WANZHOU_STEEL, "air-separation-unit",
        Map.of("capacity", "8000 kW"));
    assertEquals(Verdict.INSUFFICIENT_DATA, f.verdict(), "制氧1#、2#机组 names units of an unnamed plant");
    assertEquals(Optional.empty(), f.deadline());
  }

  // ---------------------------------------------------------------- end to end: coal mines (2015, 2016)

  @Test
  void oilImmersedTransformersUndergroundInCoalMinesAreProhibited() {
    String id = "cn-safety-equip-2015.coal.underground-oil-immersed-electrical";
    Map<String, Object> underground = Map.of("mining.mineCategory", "coal", "mining.installedUnderground", true);
    assertEquals(Verdict.NON_COMPLIANT, mine(id, "mine-transformer", with(underground, "electrical.oilImmersed", true)));
    assertEquals(Verdict.NON_COMPLIANT, mine(id, "mine-switchgear", with(underground, "electrical.oilImmersed", true)),
        "油开关");
    assertEquals(Verdict.COMPLIANT, mine(id, "mine-transformer", with(underground, "electrical.oilImmersed", false)),
        "a dry-type transformer");
    assertEquals(Verdict.COMPLIANT, mine(id, "mine-transformer", Map.of("mining.mineCategory", "coal",
        "mining.installedUnderground", false, "electrical.oilImmersed", true)), "on the surface");
    assertEquals(Verdict.COMPLIANT, mine(id, "mine-transformer", Map.of("mining.mineCategory", "metal-non-metal",
        "mining.installedUnderground", true, "electrical.oilImmersed", true)), "not a coal mine");
    assertEquals(Verdict.INSUFFICIENT_DATA, mine(id, "mine-transformer", underground));
  }

  @Test
  void newProductRestrictionsOfTheCoalDomainNeedAPerson() {
    assertEquals(Verdict.INSUFFICIENT_DATA, mine("cn-safety-equip-2015.coal.s7-power-transformer", "mine-transformer",
        Map.of("capacity", "630 kVA", "mining.mineCategory", "coal")));
    assertEquals(Verdict.INSUFFICIENT_DATA, mine("cn-safety-equip-2015.coal.relay-overcurrent-protection",
        "mine-switchgear", Map.of("capacity", "6 kV", "mining.mineCategory", "coal")));
  }

  @Test
  void manualBeltFastenerHammeringInCoalMinesWasDueBy15December2017() {
    String id = "cn-safety-2016.coal.belt-fastener-manual-hammering";
    Finding f = finding(id, QIJIANG_MINE, "belt-conveyor",
        Map.of("mining.mineCategory", "coal", "belt-conveyor.manualHammeredFastenerSplicing", true));
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertEquals(Optional.of(LocalDate.of(2017, 12, 15)), f.deadline());
    assertEquals(Verdict.COMPLIANT, mine(id, "belt-conveyor",
        Map.of("mining.mineCategory", "coal", "belt-conveyor.manualHammeredFastenerSplicing", false)));
    assertEquals(Verdict.COMPLIANT, mine(id, "belt-conveyor",
        Map.of("mining.mineCategory", "metal-non-metal", "belt-conveyor.manualHammeredFastenerSplicing", true)),
        "listed under 一、煤矿安全");
    assertEquals(Verdict.INSUFFICIENT_DATA, mine(id, "belt-conveyor", Map.of("mining.mineCategory", "coal")));
  }

  // ---------------------------------------------------------------- end to end: metal and non-metal mines, batch 1

  private static final Map<String, Object> UNDERGROUND_MNM =
      Map.of("mining.mineCategory", "metal-non-metal", "mining.mineType", "underground");

  @Test
  void oldHoistSeriesAreProhibitedInUndergroundMetalAndNonMetalMines() {
    String kj = "cn-mnm-mine-2013.kj-mine-hoist";
    Finding f = finding(kj, QIJIANG_MINE, "mine-hoist", with(UNDERGROUND_MNM, "mine-hoist.series", "KJ", "capacity", "250 kW"));
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertEquals(Optional.empty(), f.deadline(), "the time limit runs from publication and is shown as wording");
    assertTrue(f.deadlineRule().contains("一年后"));
    assertEquals("一、（四）3 务实推动非煤矿山行业大规模设备更新（市应急管理局负责，各区县政府具体落实）",
        f.departments().basis().orElseThrow().substring(f.departments().basis().orElseThrow().indexOf("一、")));
    assertEquals(Verdict.NON_COMPLIANT, mine("cn-mnm-mine-2013.jka-mine-hoist", "mine-hoist",
        with(UNDERGROUND_MNM, "mine-hoist.series", "JKA")));
    assertEquals(Verdict.NON_COMPLIANT, mine("cn-mnm-mine-2013.xkt-mine-hoist", "mine-hoist",
        with(UNDERGROUND_MNM, "mine-hoist.series", "XKT")));
    assertEquals(Verdict.COMPLIANT, mine(kj, "mine-hoist", with(UNDERGROUND_MNM, "mine-hoist.series", "other")));
    assertEquals(Verdict.COMPLIANT, mine(kj, "mine-hoist", Map.of("mining.mineCategory", "metal-non-metal",
        "mining.mineType", "open-pit", "mine-hoist.series", "KJ")), "the first batch covers underground mines");
    assertEquals(Verdict.COMPLIANT, mine(kj, "mine-hoist", Map.of("mining.mineCategory", "coal",
        "mining.mineType", "underground", "mine-hoist.series", "KJ")), "not a metal or non-metal mine");
    assertEquals(Verdict.INSUFFICIENT_DATA, mine(kj, "mine-hoist", UNDERGROUND_MNM));
  }

  @Test
  void personWinchesAreProhibitedOnlyBelowPhi1Point2Metres() {
    String id = "cn-mnm-mine-2013.person-winch-below-1.2m";
    Map<String, Object> winch = with(UNDERGROUND_MNM, "mine-hoist.type", "winch", "mine-hoist.usedForPersons", true);
    assertEquals(Verdict.NON_COMPLIANT, mine(id, "mine-hoist", with(winch, "mine-hoist.diameter", Quantity.parse("1.19 m"))));
    assertEquals(Verdict.COMPLIANT, mine(id, "mine-hoist", with(winch, "mine-hoist.diameter", Quantity.parse("1.2 m"))),
        "不含Φ1.2米");
    assertEquals(Verdict.COMPLIANT, mine(id, "mine-hoist", with(UNDERGROUND_MNM, "mine-hoist.type", "winch",
        "mine-hoist.usedForPersons", false, "mine-hoist.diameter", Quantity.parse("1 m"))), "hoisting ore only");
    assertEquals(Verdict.INSUFFICIENT_DATA, mine(id, "mine-hoist", winch));
  }

  @Test
  void jtkAndBandBrakeWinchesAreBarredFromMainHoistingOnly() {
    String jtk = "cn-mnm-mine-2013.jtk-winch-main-hoisting";
    assertEquals(Verdict.NON_COMPLIANT, mine(jtk, "mine-hoist",
        with(UNDERGROUND_MNM, "mine-hoist.series", "JTK", "mine-hoist.mainHoisting", true)));
    assertEquals(Verdict.COMPLIANT, mine(jtk, "mine-hoist",
        with(UNDERGROUND_MNM, "mine-hoist.series", "JTK", "mine-hoist.mainHoisting", false)));
    String band = "cn-mnm-mine-2013.band-brake-winch-main-hoisting";
    Map<String, Object> bandWinch = with(UNDERGROUND_MNM, "mine-hoist.type", "winch", "mine-hoist.bandBrake", true);
    Finding f = finding(band, QIJIANG_MINE, "mine-hoist", with(bandWinch, "mine-hoist.mainHoisting", true));
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertEquals(Optional.of(AS_OF), f.deadline(), "自发布之日起立即禁止用于主提升");
    assertEquals(Verdict.COMPLIANT, mine(band, "mine-hoist", with(bandWinch, "mine-hoist.mainHoisting", false)));
    assertEquals(Verdict.INSUFFICIENT_DATA, mine(band, "mine-hoist", bandWinch));
  }

  @Test
  void nonStandardShaftCagesAreProhibited() {
    String id = "cn-mnm-mine-2013.non-standard-shaft-cage";
    assertEquals(Verdict.NON_COMPLIANT, mine(id, "mine-shaft-cage", with(UNDERGROUND_MNM, "mine-shaft-cage.standardized", false)));
    assertEquals(Verdict.COMPLIANT, mine(id, "mine-shaft-cage", with(UNDERGROUND_MNM, "mine-shaft-cage.standardized", true)));
    assertEquals(Verdict.INSUFFICIENT_DATA, mine(id, "mine-shaft-cage", UNDERGROUND_MNM));
  }

  @Test
  void openCabDirectCurrentTrolleyLocomotivesOf3TonnesOrBelowAreProhibited() {
    String id = "cn-mnm-mine-2013.open-cab-dc-trolley-locomotive-3t";
    Map<String, Object> open = with(UNDERGROUND_MNM, "mine-locomotive.singleMotorDrive", true, "mine-locomotive.openCab", true,
        "mine-locomotive.dcTrolley", true);
    Finding atLimit = finding(id, QIJIANG_MINE, "mine-electric-locomotive", with(open, "capacity", "3 t"));
    assertEquals(Verdict.NON_COMPLIANT, atLimit.verdict(), "及以下 includes 3 t");
    assertEquals(Optional.empty(), atLimit.deadline(), "the item's time limit is cut in the source");
    assertEquals(Verdict.COMPLIANT, mine(id, "mine-electric-locomotive", with(open, "capacity", "3.01 t")));
    assertEquals(Verdict.COMPLIANT, mine(id, "mine-electric-locomotive",
        with(open, "mine-locomotive.openCab", false, "capacity", "1.5 t")), "a closed cab");
    assertEquals(Verdict.INSUFFICIENT_DATA, mine(id, "mine-electric-locomotive", open));
  }

  // ---------------------------------------------------------------- end to end: metal and non-metal mines, batch 2

  private static final Map<String, Object> OPEN_PIT_MNM =
      Map.of("mining.mineCategory", "metal-non-metal", "mining.mineType", "open-pit");

  @Test
  void openPitBlastingPracticesAreProhibitedAtOnce() {
    String chamber = "cn-mnm-mine-2015.chamber-blasting.open-pit";
    Finding f = finding(chamber, QIJIANG_MINE, "mine", with(OPEN_PIT_MNM, "mining.chamberBlasting", true, "capacity", "30 10^4 t/a"));
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertEquals(Optional.of(AS_OF), f.deadline());
    assertEquals(Verdict.COMPLIANT, mine(chamber, "mine", with(OPEN_PIT_MNM, "mining.chamberBlasting", false)));
    assertEquals(Verdict.COMPLIANT, mine(chamber, "mine", with(UNDERGROUND_MNM, "mining.chamberBlasting", true)),
        "the item is for open-pit mines");
    String boulders = "cn-mnm-mine-2015.secondary-blasting-of-boulders.open-pit";
    assertEquals(Verdict.NON_COMPLIANT, mine(boulders, "mine", with(OPEN_PIT_MNM, "mining.secondaryBreakingByBlasting", true)));
    assertEquals(Verdict.INSUFFICIENT_DATA, mine(boulders, "mine", OPEN_PIT_MNM));
  }

  @Test
  void anyOfTheThreeUndercutPracticesFallsUnderItem2() {
    String id = "cn-mnm-mine-2015.undercut-and-single-wall-mining.open-pit";
    assertEquals(Verdict.NON_COMPLIANT, mine(id, "mine", with(OPEN_PIT_MNM, "mining.unbenchedSingleWall", true)));
    assertEquals(Verdict.COMPLIANT, mine(id, "mine", with(OPEN_PIT_MNM, "mining.undercutCaving", false,
        "mining.undercutDigging", false, "mining.unbenchedSingleWall", false)));
    assertEquals(Verdict.INSUFFICIENT_DATA, mine(id, "mine", with(OPEN_PIT_MNM, "mining.undercutCaving", false,
        "mining.undercutDigging", false)), "the third practice is not reported");
  }

  @Test
  void manualLoadingHasOneTimeLimitForOpenPitAndAnotherUnderground() {
    String open = "cn-mnm-mine-2015.manual-loading-in-centralized-loading.open-pit";
    String under = "cn-mnm-mine-2015.manual-loading-in-centralized-loading.underground";
    Map<String, Object> openPit = with(OPEN_PIT_MNM, "mining.manualLoadingInCentralizedLoading", true);
    Map<String, Object> underground = with(UNDERGROUND_MNM, "mining.manualLoadingInCentralizedLoading", true);
    assertEquals(Optional.of(AS_OF), finding(open, QIJIANG_MINE, "mine", openPit).deadline(), "露天: 立即");
    assertEquals(Verdict.COMPLIANT, mine(under, "mine", openPit));
    Finding u = finding(under, QIJIANG_MINE, "mine", underground);
    assertEquals(Verdict.NON_COMPLIANT, u.verdict());
    assertTrue(u.deadlineRule().contains("一年半后"), "地下: 一年半后");
    assertEquals(Verdict.COMPLIANT, mine(open, "mine", underground));
  }

  @Test
  void dryDrillingWithoutADustCatcherAndDrillsWithoutStabilizers() {
    String under = "cn-mnm-mine-2015.dry-drilling-without-dust-catcher.underground";
    String open = "cn-mnm-mine-2015.dry-drilling-without-dust-catcher.open-pit";
    Map<String, Object> dry = Map.of("rock-drill.dryDrilling", true, "rock-drill.dustCatcher", false);
    assertEquals(Verdict.NON_COMPLIANT, mine(under, "rock-drill", with(UNDERGROUND_MNM, "rock-drill.dryDrilling", true,
        "rock-drill.dustCatcher", false)));
    assertEquals(Verdict.NON_COMPLIANT, mine(open, "rock-drill", with(OPEN_PIT_MNM, "rock-drill.dryDrilling", true,
        "rock-drill.dustCatcher", false)));
    assertEquals(Verdict.COMPLIANT, mine(under, "rock-drill", with(UNDERGROUND_MNM, "rock-drill.dryDrilling", true,
        "rock-drill.dustCatcher", true)));
    assertEquals(Verdict.INSUFFICIENT_DATA, mine(under, "rock-drill", dry), "mine category and type not reported");
    String stabilizer = "cn-mnm-mine-2015.medium-deep-hole-drill-without-stabilizer.open-pit";
    assertEquals(Verdict.NON_COMPLIANT, mine(stabilizer, "rock-drill", with(OPEN_PIT_MNM, "rock-drill.mediumDeepHole", true,
        "rock-drill.pressureStabilizer", false)));
    assertEquals(Verdict.COMPLIANT, mine(stabilizer, "rock-drill", with(OPEN_PIT_MNM, "rock-drill.mediumDeepHole", true,
        "rock-drill.pressureStabilizer", true)));
  }

  @Test
  void manualHaulageAndDryBrakesOnDedicatedVehicles() {
    String haulage = "cn-mnm-mine-2015.manual-or-animal-haulage";
    assertEquals(Verdict.NON_COMPLIANT, mine(haulage, "mine", with(UNDERGROUND_MNM, "mining.manualOrAnimalHaulage", true)));
    assertEquals(Verdict.NON_COMPLIANT, mine(haulage, "mine", with(OPEN_PIT_MNM, "mining.manualOrAnimalHaulage", true)),
        "地下及露天");
    assertEquals(Verdict.COMPLIANT, mine(haulage, "mine", with(OPEN_PIT_MNM, "mining.manualOrAnimalHaulage", false)));
    String brake = "cn-mnm-mine-2015.dry-brake-dedicated-trackless-vehicle.underground";
    Map<String, Object> explosivesVan = with(UNDERGROUND_MNM, "trackless-vehicle.dedicatedToPersonsExplosivesOrFuel", true);
    assertEquals(Verdict.NON_COMPLIANT, mine(brake, "trackless-rubber-tyred-vehicle",
        with(explosivesVan, "trackless-vehicle.dryBrake", true)));
    assertEquals(Verdict.COMPLIANT, mine(brake, "trackless-rubber-tyred-vehicle",
        with(explosivesVan, "trackless-vehicle.dryBrake", false)));
    assertEquals(Verdict.INSUFFICIENT_DATA, mine(brake, "trackless-rubber-tyred-vehicle", explosivesVan));
  }

  @Test
  void hoistElectricControlsNeedAPersonBecauseTheItemIsCut() {
    assertEquals(Verdict.INSUFFICIENT_DATA, mine("cn-mnm-mine-2015.tkd-relay-hoist-electric-control", "mine-hoist",
        with(UNDERGROUND_MNM, "mine-hoist.series", "other")));
  }

  // ---------------------------------------------------------------- end to end: hazardous chemicals (draft wording)

  /** A chemical unit that falls under the entry: non-compliant at the entry's level, its time limit shown as wording. */
  private static Finding chemicalUnderItsTimeLimitWording(String entryId, String kind, Map<String, ?> unitFacts,
      VerificationLevel level) {
    Finding f = finding(entryId, BANAN_CHEMICAL, kind, unitFacts);
    assertEquals(Verdict.NON_COMPLIANT, f.verdict(), entryId);
    assertEquals(level, f.entry().verification(), entryId);
    assertEquals(Optional.empty(), f.deadline(), entryId + ": the time limit is not computed");
    return f;
  }

  @Test
  void chemicalFindingsCarryTheirUnverifiedLevel() {
    String id = "cn-hazchem-2020.ammonia-brine-chlorine-liquefaction";
    chemicalUnderItsTimeLimitWording(id, "chlorine-liquefaction-unit",
        Map.of("chlorine-liquefaction.ammoniaChilledBrine", true, "capacity", "50000 t/a"), VerificationLevel.UNVERIFIED);
    assertEquals(Verdict.COMPLIANT, verdict(id, BANAN_CHEMICAL, "chlorine-liquefaction-unit",
        Map.of("chlorine-liquefaction.ammoniaChilledBrine", false)));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, BANAN_CHEMICAL, "chlorine-liquefaction-unit", Map.of()));
    String resin = "cn-hazchem-2020.direct-fired-coating-resin";
    assertEquals(Verdict.NON_COMPLIANT, verdict(resin, BANAN_CHEMICAL, "coating-resin-unit",
        Map.of("coating-resin.directFireHeating", true)));
    assertEquals(Verdict.COMPLIANT, verdict(resin, BANAN_CHEMICAL, "coating-resin-unit",
        Map.of("coating-resin.directFireHeating", false)));
  }

  // ---------------------------------------------------------------- end to end: hazardous chemicals, second batch (2024)

  private static Verdict chemical(String entryId, String kind, Map<String, ?> unitFacts) {
    return verdict(entryId, BANAN_CHEMICAL, kind, unitFacts);
  }

  @Test
  void acidBaseAlternatingFixedBedHydrogenPeroxideIsProhibited() {
    String id = "cn-hazchem-2024.acid-base-alternating-fixed-bed-hydrogen-peroxide";
    Finding f = chemicalUnderItsTimeLimitWording(id, "hydrogen-peroxide-unit",
        Map.of("hydrogen-peroxide.acidBaseAlternatingFixedBed", true, "capacity", "100000 t/a"), VerificationLevel.SECONDARY);
    assertTrue(f.deadlineRule().contains("五年内改造完毕"), "runs from an issue date that is missing");
    assertEquals("市应急管理局", f.departments().lead().get(0).zh());
    assertEquals(Verdict.COMPLIANT, chemical(id, "hydrogen-peroxide-unit",
        Map.of("hydrogen-peroxide.acidBaseAlternatingFixedBed", false)), "a fluidized-bed or all-acid fixed-bed plant");
    assertEquals(Verdict.INSUFFICIENT_DATA, chemical(id, "hydrogen-peroxide-unit", Map.of("capacity", "100000 t/a")));
  }

  @Test
  void eitherOrganosiliconSlurryTechniqueFallsUnderTheItem() {
    String id = "cn-hazchem-2024.organosilicon-manual-slag-raking-and-open-hydrolysis";
    assertEquals(Verdict.NON_COMPLIANT, chemical(id, "organosilicon-unit",
        Map.of("organosilicon.manualSlagRakingDischarge", false, "organosilicon.openSlurryHydrolysis", true)));
    assertEquals(Verdict.COMPLIANT, chemical(id, "organosilicon-unit",
        Map.of("organosilicon.manualSlagRakingDischarge", false, "organosilicon.openSlurryHydrolysis", false)));
    assertEquals(Verdict.INSUFFICIENT_DATA, chemical(id, "organosilicon-unit",
        Map.of("organosilicon.manualSlagRakingDischarge", false)), "the hydrolysis is not reported");
  }

  @Test
  void batchCarbonationIsProhibitedWhereAHydrogenSulphideWetGasholderIsUsed() {
    String id = "cn-hazchem-2024.batch-carbonation-strontium-barium-carbonate-h2s-wet-gasholder";
    Map<String, Object> batch = Map.of("carbonate.batchCarbonation", true, "capacity", "20000 t/a");
    assertEquals(Verdict.NON_COMPLIANT, chemical(id, "strontium-barium-carbonate-unit",
        with(batch, "carbonate.hydrogenSulphideWetGasholder", true)));
    Finding f = finding(id, BANAN_CHEMICAL, "strontium-barium-carbonate-unit",
        with(batch, "carbonate.hydrogenSulphideWetGasholder", true));
    assertTrue(f.deadlineRule().contains("碳酸锶间歇碳化法生产工艺一年内改造完毕"));
    assertTrue(f.deadlineRule().contains("碳酸钡间歇碳化法生产工艺二年内改造完毕"));
    assertEquals(Verdict.COMPLIANT, chemical(id, "strontium-barium-carbonate-unit",
        with(batch, "carbonate.hydrogenSulphideWetGasholder", false)), "使用硫化氢湿式气柜的 only");
    assertEquals(Verdict.INSUFFICIENT_DATA, chemical(id, "strontium-barium-carbonate-unit", batch));
  }

  @Test
  void kettleNitrationNeedsAPersonBecauseTheListOf27ChemicalsIsMissing() {
    Finding f = finding("cn-hazchem-2024.batch-or-semi-batch-kettle-nitration", BANAN_CHEMICAL, "nitration-unit",
        Map.of("capacity", "5000 t/a"));
    assertEquals(Verdict.INSUFFICIENT_DATA, f.verdict(), "硝基苯等27种化学品禁用: an open list");
    assertTrue(f.deadlineRule().contains("硝基苯等27种化学品禁用"));
  }

  @Test
  void oilBathReactorsWithoutCoolingAreBannedInKeySupervisedHazardousProcesses() {
    String id = "cn-hazchem-2024.thermal-oil-electric-reactor-without-cooling";
    Map<String, Object> oilBath = Map.of("reactor.internalThermalOilElectricHeating", true, "reactor.coolingMeasures", false,
        "capacity", "5 m3");
    assertEquals(Verdict.NON_COMPLIANT, chemical(id, "reactor", with(oilBath, "reactor.keySupervisedHazardousProcess", true)));
    assertEquals(Verdict.COMPLIANT, chemical(id, "reactor", with(oilBath, "reactor.keySupervisedHazardousProcess", false)),
        "限制类: only reactors of a key-supervised hazardous process");
    assertEquals(Verdict.COMPLIANT, chemical(id, "reactor", Map.of("reactor.internalThermalOilElectricHeating", true,
        "reactor.coolingMeasures", true, "reactor.keySupervisedHazardousProcess", true)), "with cooling measures");
    assertEquals(Verdict.INSUFFICIENT_DATA, chemical(id, "reactor", oilBath));
  }

  @Test
  void shallowPanAndOpenCompartmentFloatingRoofsAreBannedInLicensedOilDepots() {
    String id = "cn-hazchem-2024.oil-depot-shallow-pan-or-open-compartment-internal-floating-roof";
    Map<String, Object> depotTank = Map.of("storage-tank.oilDepot", true, "capacity", "5000 m3");
    Finding f = finding(id, JIANGJIN_OIL_DEPOT, "storage-tank",
        with(depotTank, "storage-tank.internalFloatingRoofType", "shallow-pan"));
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertTrue(f.deadlineRule().contains("在役设备二年内改造完毕"));
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, JIANGJIN_OIL_DEPOT, "storage-tank",
        with(depotTank, "storage-tank.internalFloatingRoofType", "open-compartment")));
    assertEquals(Verdict.COMPLIANT, verdict(id, JIANGJIN_OIL_DEPOT, "storage-tank",
        with(depotTank, "storage-tank.internalFloatingRoofType", "other")), "another floating-roof design");
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, JIANGJIN_OIL_DEPOT, "storage-tank", depotTank));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, BANAN_CHEMICAL, "storage-tank",
        with(depotTank, "storage-tank.internalFloatingRoofType", "shallow-pan")), "the depot's licence is not reported");
  }

  @Test
  void singleSealAndPackedCentrifugalPumpsAreBannedForTheFourKindsOfHazardousMedia() {
    String id = "cn-hazchem-2024.single-mechanical-or-packing-seal-centrifugal-pump";
    Map<String, Object> packed = Map.of("pump.centrifugal", true, "pump.shaftSeal", "packing-seal", "pump.submerged", false,
        "capacity", "37 kW");
    Map<String, Object> benign = with(packed, "pump.mediumClassA", false, "pump.mediumExtremelyOrHighlyHazardous", false,
        "pump.operatingAboveAutoignition", false);
    assertEquals(Verdict.NON_COMPLIANT, chemical(id, "pump", with(packed, "pump.mediumClassA", true)), "liquefied hydrocarbon");
    assertEquals(Verdict.NON_COMPLIANT, chemical(id, "pump", with(benign, "pump.operatingAboveAutoignition", true)),
        "超过自燃点");
    assertEquals(Verdict.COMPLIANT, chemical(id, "pump", benign), "none of the four kinds of medium");
    assertEquals(Verdict.COMPLIANT, chemical(id, "pump", with(benign, "pump.mediumClassA", true, "pump.shaftSeal", "other")),
        "a double mechanical seal");
    assertEquals(Verdict.COMPLIANT, chemical(id, "pump", with(benign, "pump.mediumClassA", true, "pump.submerged", true)),
        "液下泵除外");
    assertEquals(Verdict.INSUFFICIENT_DATA, chemical(id, "pump", packed), "the medium is not reported");
  }
}
