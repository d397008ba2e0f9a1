package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.SafetyCatalogueProbe.mine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.FactValue;
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
 * The safety elimination catalogues as far as the reference sources them, as a whole: 《淘汰落后安全技术装备目录(2015年第一批)》
 * (安监总科技〔2015〕75号), 《淘汰落后安全技术工艺、设备目录(2016年)》 (安监总科技〔2016〕137号), 《金属非金属矿山禁止使用的
 * 设备及工艺目录》 batches 1 (2013) and 2 (安监总管一〔2015〕13号), and 《淘汰落后危险化学品安全生产工艺技术设备目录》
 * batches 1 (应急厅〔2020〕38号, 公示稿) and 2 (2024). Their editions, item counts, limit words, series and deadlines are
 * pinned, and every entry halts and rectifies under 渝制造强市办〔2025〕4号 一、（四） with its departments.
 * 《矿山安全落后工艺及设备淘汰目录(2024年)》 is bundled as a header only: a news report gives its 10-item count, none of its
 * items.
 */
class SafetyCataloguesTest {

  private static final String EQUIP_2015 = "cn-safety-technology-equipment-eliminated-batch1@2015";

  private static final String LIST_2016 = "cn-safety-technology-process-equipment-eliminated-2016@2016";

  private static final String MINES_1 = "cn-metal-nonmetal-mine-prohibited-batch1@2013";

  private static final String MINES_2 = "cn-metal-nonmetal-mine-prohibited-batch2@2015";

  private static final String HAZCHEM_1 = "cn-hazardous-chemicals-process-equipment-eliminated-batch1@2020";

  private static final String HAZCHEM_2 = "cn-hazardous-chemicals-process-equipment-eliminated-batch2@2024";

  private static final String MINE_SAFETY_2024 = "cn-mine-safety-process-equipment-eliminated-2024@2024";

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
  void firstChemicalBatchEncodesOnlyTheDraftItemsWhoseChineseTextIsKnown() {
    // The 公示稿 had 12 items ("four old production processes and eight types of old equipment", EnviX report,
    // English only); two more equipment items are known only in English, so they stay out, and the count of the final
    // 应急厅〔2020〕38号 is not the draft's.
    CatalogueEdition hazchem = edition(HAZCHEM_1);
    assertEquals(Optional.empty(), hazchem.itemsInOfficialText(), "the final's item count is not known");
    assertEquals(List.of("1", "2"), hazchem.entries().stream().map(e -> e.item().orElseThrow()).toList());
    String note = hazchem.source().note().orElseThrow();
    assertTrue(note.contains("https://enviliance.com/regions/east-asia/cn/report_1082"), "the search's one new source");
    assertTrue(note.contains("The 公示稿 had 12 items"));
    for (CatalogueEntry e : hazchem.entries()) {
      assertEquals(List.of("一、淘汰落后的工艺技术"), e.section(), e.id() + ": no equipment item is encoded");
    }
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
}
