package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.ComplianceReport;
import org.phaseout.Finding;
import org.phaseout.UnitAssessment;
import org.phaseout.UnitStatus;
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
import org.phaseout.catalogue.DeadlineRule;
import org.phaseout.catalogue.LocalizedText;
import org.phaseout.catalogue.VerificationLevel;
import org.phaseout.measure.Quantity;

/**
 * Quality and licensing rules, as specifications: the 《产品质量法》 第十七条 chain, the spot-check timetable of
 * 《产品质量监督抽查管理暂行办法》, the production licences for steel bars and cement (国发〔2024〕11号), and the quality
 * sentences of 工信部联产业〔2017〕30号 on mandatory standards and 地条钢. Enterprises are fictitious; their credit codes
 * are valid.
 */
class QualityAndLicensingTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static final ComplianceEvaluator EVALUATOR = ComplianceEvaluator.of(BundledData.catalogues());

  private static final String RECTIFY = "cn-pql-2018.art17.rectify";
  private static final String SUSPEND = "cn-pql-2018.art17.suspend";
  private static final String REVOKE = "cn-pql-2018.art17.revoke";
  private static final String STOP = "cn-pqsc-2019.art45.stop-same-product";
  private static final String SIXTY_DAYS = "cn-pqsc-2019.art46.rectify-sixty-days";
  private static final String AFTER_NOTICE = "cn-pqsc-2019.art48.recheck-after-notice";
  private static final List<String> CHAIN = List.of(RECTIFY, SUSPEND, REVOKE, STOP, SIXTY_DAYS, AFTER_NOTICE);

  private static final String HOT_ROLLED = "cn-pl-2024.construction-bars.hot-rolled.unlicensed";
  private static final String COLD_ROLLED = "cn-pl-2024.construction-bars.cold-rolled-ribbed.unlicensed";
  private static final String CEMENT = "cn-pl-2024.cement.unlicensed";
  private static final String LPG_REGULATOR = "cn-pl-2024.lpg-cylinder-regulator.unlicensed";
  private static final String WIRE_ROPE = "cn-pl-2024.steel-wire-rope.unlicensed";
  private static final String PLYWOOD = "cn-pl-2024.plywood.unlicensed";
  private static final String BLOCKBOARD = "cn-pl-2024.blockboard.unlicensed";
  private static final String HELMET = "cn-pl-2024.safety-helmet.unlicensed";
  private static final List<String> ADDED_2024 = List.of(COLD_ROLLED, LPG_REGULATOR, WIRE_ROPE, PLYWOOD, BLOCKBOARD,
      HELMET);

  private static final String BELOW_STANDARD = "cn-cs-2017.quality.below-mandatory-standard";
  private static final String DITIAOGANG = "cn-cs-2017.quality.ditiaogang-production";
  private static final String CONSTRUCTION_STEEL = "cn-cs-2017.quality.construction-steel-induction-furnace";

  // ---------------------------------------------------------------------------------------------------------------
  // fixtures

  private static Enterprise enterprise(String creditCode, String division, String industry,
      Map<String, FactValue> facts) {
    return Enterprise.builder().creditCode(CreditCode.parse(creditCode)).name("渝州示例钢铁有限公司（虚构）")
        .division(DivisionCode.parse(division)).industry(IndustryCode.parse(industry)).putAllFacts(facts).build();
  }

  private static Enterprise chongqingSteel(Map<String, FactValue> facts) {
    return enterprise("91500101QA00000213", "500101", "C3130", facts);
  }

  /** Enterprise facts of a spot check: failed or not (null: not reported) and the follow-up stage (null: none). */
  private static Map<String, FactValue> spotCheck(Boolean failed, String stage) {
    Map<String, FactValue> facts = new TreeMap<>();
    if (failed != null) {
      facts.put("enterprise.lastSpotCheckFailed", FactValue.of(failed));
      facts.put("enterprise.lastSpotCheckDate", FactValue.of(LocalDate.of(2025, 9, 10)));
    }
    if (stage != null) {
      facts.put("enterprise.spotCheckFollowUp", FactValue.of(stage));
    }
    return facts;
  }

  private static UnitAssessment assess(ProductionUnit unit, LocalDate asOf) {
    return EVALUATOR.evaluate(unit, asOf).units().get(0);
  }

  private static ProductionUnit site(Enterprise e) {
    return ProductionUnit.builder().id("site").enterprise(e).kind("enterprise-site").build();
  }

  private static ProductionUnit unit(Enterprise e, String kind, Consumer<ProductionUnit.Builder> setup) {
    ProductionUnit.Builder b = ProductionUnit.builder().id("u1").enterprise(e).kind(kind);
    setup.accept(b);
    return b.build();
  }

  private static Optional<Finding> finding(UnitAssessment a, String entryId) {
    return a.findings().stream().filter(f -> f.entry().entryId().equals(entryId)).findFirst();
  }

  private static Finding required(UnitAssessment a, String entryId) {
    return finding(a, entryId).orElseThrow(() -> new AssertionError(entryId + " gave no finding"));
  }

  private static Map<String, Verdict> chainVerdicts(Boolean failed, String stage) {
    UnitAssessment a = assess(site(chongqingSteel(spotCheck(failed, stage))), AS_OF);
    Map<String, Verdict> verdicts = new TreeMap<>();
    CHAIN.forEach(id -> verdicts.put(id, required(a, id).verdict()));
    return verdicts;
  }

  private static Map<String, Verdict> expect(Verdict rectify, Verdict suspend, Verdict revoke, Verdict stop,
      Verdict sixtyDays, Verdict afterNotice) {
    Map<String, Verdict> m = new TreeMap<>();
    m.put(RECTIFY, rectify);
    m.put(SUSPEND, suspend);
    m.put(REVOKE, revoke);
    m.put(STOP, stop);
    m.put(SIXTY_DAYS, sixtyDays);
    m.put(AFTER_NOTICE, afterNotice);
    return m;
  }

  private static List<String> zh(List<LocalizedText> names) {
    return names.stream().map(LocalizedText::zh).toList();
  }

  private static final Verdict NC = Verdict.NON_COMPLIANT;
  private static final Verdict OK = Verdict.COMPLIANT;
  private static final Verdict NA = Verdict.INSUFFICIENT_DATA;

  // ---------------------------------------------------------------------------------------------------------------
  // 产品质量法 第十七条 and the spot-check timetable, step by step

  @Test
  void anEnterpriseThatPassedItsSpotCheckHasNoDutyInTheChain() {
    assertEquals(expect(OK, OK, OK, OK, OK, OK), chainVerdicts(false, null));
  }

  @Test
  void withoutASpotCheckResultTheChainCannotBeDecided() {
    assertEquals(expect(NA, NA, NA, NA, NA, NA), chainVerdicts(null, null));
  }

  @Test
  void aFailedSpotCheckStopsTheSameProductAtOnceAndOrdersCorrectionWithinSixtyDays() {
    // No stage reported: the enterprise has not shown a passed re-check, so the first duties apply; the later steps
    // need the stage to be reported.
    assertEquals(expect(NC, NA, NA, NC, NC, NA), chainVerdicts(true, null));
    assertEquals(expect(NC, OK, OK, NC, NC, OK), chainVerdicts(true, "rectifying"));

    UnitAssessment a = assess(site(chongqingSteel(spotCheck(true, "rectifying"))), AS_OF);
    Finding stop = required(a, STOP);
    assertEquals(Action.HALT_AND_RECTIFY, stop.action());
    assertEquals(Optional.of(AS_OF), stop.deadline(), "立即: the deadline is the as-of date itself");
    Finding sixty = required(a, SIXTY_DAYS);
    assertEquals(Action.RECTIFY, sixty.action());
    assertTrue(sixty.deadline().isEmpty(), "60 days run from the order, whose date the engine is not given");
    assertTrue(sixty.deadlineRule().contains("自责令之日起六十日内予以改正"));
    Finding law = required(a, RECTIFY);
    assertTrue(law.deadline().isEmpty());
    assertTrue(law.deadlineRule().contains("未规定期限天数"), "the law itself sets no number of days");
    assertEquals(List.of("市市场监管局"), zh(law.departments().lead()));
    assertTrue(law.departments().basis().orElseThrow().contains("一、（三）2"));
    assertEquals(UnitStatus.RECTIFICATION_REQUIRED, a.status());
  }

  @Test
  void aPassedReCheckEndsEveryDuty() {
    assertEquals(expect(OK, OK, OK, OK, OK, OK), chainVerdicts(true, "recheck-passed"));
  }

  @Test
  void aFailedReCheckLeadsToThePublicNoticeAndTheSixtyToNinetyDayWindow() {
    assertEquals(expect(NC, OK, OK, NC, OK, NC), chainVerdicts(true, "recheck-failed"));
    Finding window = required(assess(site(chongqingSteel(spotCheck(true, "recheck-failed"))), AS_OF), AFTER_NOTICE);
    assertTrue(window.deadline().isEmpty(), "the regulation sets the re-check window, not a correction date");
    assertTrue(window.deadlineRule().contains("公告之日起六十日后九十日前"));
  }

  @Test
  void failingTheReCheckAfterTheNoticeSuspendsBusiness() {
    assertEquals(expect(OK, NC, OK, NC, OK, OK), chainVerdicts(true, "notice-recheck-failed"));
    UnitAssessment a = assess(site(chongqingSteel(spotCheck(true, "notice-recheck-failed"))), AS_OF);
    assertEquals(Action.HALT_AND_RECTIFY, required(a, SUSPEND).action());
    assertEquals("责令停业，限期整顿", required(a, SUSPEND).actionText().zh());
  }

  @Test
  void failingAgainAfterTheSuspensionRevokesTheBusinessLicence() {
    assertEquals(expect(OK, OK, NC, NC, OK, OK), chainVerdicts(true, "suspension-recheck-failed"));
    UnitAssessment a = assess(site(chongqingSteel(spotCheck(true, "suspension-recheck-failed"))), AS_OF);
    Finding revoke = required(a, REVOKE);
    assertEquals(Action.CLOSE, revoke.action());
    assertEquals("吊销营业执照", revoke.actionText().zh());
    assertEquals(UnitStatus.EXIT_REQUIRED, a.status());
  }

  @Test
  void theChainIsNationalSoItAppliesOutsideChongqingWithoutChongqingDepartments() {
    Enterprise beijing = enterprise("91110101QA0000001A", "110101", "C3130", spotCheck(true, null));
    UnitAssessment a = assess(site(beijing), AS_OF);
    Finding f = required(a, RECTIFY);
    assertEquals(NC, f.verdict());
    assertTrue(f.departments().lead().isEmpty(), "the Chongqing plan assigns no department in Beijing");
    assertTrue(f.departments().basis().isEmpty());
  }

  @Test
  void theSpotCheckPeriodsAreTheRegulationsSixtyDaysAndTheLawSetsNone() {
    DeadlineRule.AfterTrigger sixty = assertInstanceOf(DeadlineRule.AfterTrigger.class,
        entry(SIXTY_DAYS).consequence().deadline());
    assertEquals(Period.ofDays(60), sixty.period());
    assertEquals("rectification-order", sixty.trigger());
    assertEquals(Optional.empty(), sixty.extension());
    // 六十日内 counts from the day after the order (民法典 第二百零一条) and includes the 60th day.
    assertEquals(LocalDate.of(2025, 11, 9), sixty.deadlineAfter(LocalDate.of(2025, 9, 10)));
    assertInstanceOf(DeadlineRule.Immediate.class, entry(STOP).consequence().deadline());
    for (String id : List.of(RECTIFY, SUSPEND, REVOKE, AFTER_NOTICE)) {
      assertInstanceOf(DeadlineRule.NotStated.class, entry(id).consequence().deadline(), id);
    }
  }

  @Test
  void theLawAndTheRegulationAreDatedAsTheirSourcesGiveThem() {
    CatalogueEdition law = edition("cn-product-quality-law@2018");
    assertEquals(LocalDate.of(2018, 12, 29), law.published());
    assertEquals(LocalDate.of(2018, 12, 29), law.validity().start());
    assertEquals(Optional.empty(), law.validity().end());
    assertEquals(Optional.of(74), law.itemsInOfficialText(), "六章七十四条");
    CatalogueEdition regulation = edition("cn-product-quality-spot-check@2019");
    assertEquals("国家市场监督管理总局令第18号", regulation.documentNumber());
    assertEquals(LocalDate.of(2019, 11, 28), regulation.validity().start());
    assertTrue(regulation.source().note().orElseThrow().contains("UNVERIFIED"), "the effective date is flagged");
  }

  @Test
  void theLawsWordingIsTheCurrentOneWithItsDifferencesFlagged() {
    CatalogueEntry rectify = entry(RECTIFY);
    assertEquals("依法进行监督抽查的产品质量不合格的，由实施监督抽查的市场监督管理部门责令其生产者、销售者限期改正。",
        rectify.text().zh());
    assertEquals(Optional.of("第十七条第一款"), rectify.item());
    assertEquals(VerificationLevel.OFFICIAL_REPRINT, rectify.provenance().verification());
    assertTrue(rectify.provenance().note().orElseThrow().contains("依照本法规定进行监督抽查的"));
    for (String id : List.of(STOP, SIXTY_DAYS, AFTER_NOTICE)) {
      assertEquals(VerificationLevel.SECONDARY, entry(id).provenance().verification(), id + ": title from mirrors");
    }
    assertTrue(entry(SIXTY_DAYS).text().zh().contains("自责令之日起六十日内予以改正"));
    assertTrue(entry(SIXTY_DAYS).text().zh().contains("自责令之日起七十五日内"));
    assertTrue(entry(AFTER_NOTICE).text().zh().contains("在公告之日起六十日后九十日前"));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Production licences: steel bars for construction and cement

  private static Consumer<ProductionUnit.Builder> rolling(String product) {
    return b -> {
      b.ratedCapacity(Quantity.parse("60 10^4 t/a"));
      if (product != null) {
        b.putFacts("steel.rolledProduct", FactValue.of(product));
      }
    };
  }

  private static Map<String, FactValue> licence(Boolean held) {
    return held == null ? Map.of() : Map.of("enterprise.productionLicence", FactValue.of(held));
  }

  private static Verdict licenceVerdict(String entryId, String kind, Consumer<ProductionUnit.Builder> setup,
      Boolean held) {
    return required(assess(unit(chongqingSteel(licence(held)), kind, setup), AS_OF), entryId).verdict();
  }

  @Test
  void hotRolledBarsMayNotBeProducedWithoutALicence() {
    assertEquals(NC, licenceVerdict(HOT_ROLLED, "steel-rolling-line", rolling("hot-rolled-rebar"), false));
    assertEquals(OK, licenceVerdict(HOT_ROLLED, "steel-rolling-line", rolling("hot-rolled-rebar"), true));
    assertEquals(OK, licenceVerdict(HOT_ROLLED, "steel-rolling-line", rolling("other"), false));
    assertEquals(NA, licenceVerdict(HOT_ROLLED, "steel-rolling-line", rolling(null), false));
    assertEquals(NA, licenceVerdict(HOT_ROLLED, "steel-rolling-line", rolling("hot-rolled-rebar"), null));
  }

  @Test
  void coldRolledRibbedBarsNeedALicenceFrom25September2024() {
    UnitAssessment a = assess(unit(chongqingSteel(licence(false)), "steel-rolling-line",
        rolling("cold-rolled-ribbed-rebar")), AS_OF);
    Finding f = required(a, COLD_ROLLED);
    assertEquals(NC, f.verdict());
    assertEquals(Optional.of(LocalDate.of(2024, 9, 24)), f.deadline(), "the last day of the 3-month transition");
    assertTrue(f.deadlineRule().contains("自2024年9月25日起"));
    assertEquals(List.of("市市场监管局"), zh(f.departments().lead()));
    assertEquals(OK, licenceVerdict(COLD_ROLLED, "steel-rolling-line", rolling("hot-rolled-rebar"), false));
  }

  @Test
  void theLicenceCatalogueIsInForceFromTheEndOfTheTransitionAndNotTheDayBefore() {
    ProductionUnit line = unit(chongqingSteel(licence(false)), "steel-rolling-line",
        rolling("cold-rolled-ribbed-rebar"));
    LocalDate lastTransitionDay = LocalDate.of(2024, 9, 24);
    ComplianceReport before = EVALUATOR.evaluate(line, lastTransitionDay);
    assertEquals(CatalogueStatus.State.NOT_YET_IN_FORCE, status(before, "cn-production-licence-catalogue"));
    assertTrue(finding(before.units().get(0), COLD_ROLLED).isEmpty());
    ComplianceReport from = EVALUATOR.evaluate(line, lastTransitionDay.plusDays(1));
    assertEquals(CatalogueStatus.State.IN_FORCE, status(from, "cn-production-licence-catalogue"));
    assertEquals(NC, required(from.units().get(0), COLD_ROLLED).verdict());
  }

  @Test
  void cementGrindingLinesNeedALicence() {
    Consumer<ProductionUnit.Builder> mill = b -> b.ratedCapacity(Quantity.parse("120 10^4 t/a"));
    assertEquals(NC, licenceVerdict(CEMENT, "cement-grinding-line", mill, false));
    assertEquals(OK, licenceVerdict(CEMENT, "cement-grinding-line", mill, true));
    assertEquals(NA, licenceVerdict(CEMENT, "cement-grinding-line", mill, null));
  }

  /** A unit whose only fact, if any, is its product (null: not reported). */
  private static Consumer<ProductionUnit.Builder> product(String key, String value) {
    return b -> {
      if (value != null) {
        b.putFacts(key, FactValue.of(value));
      }
    };
  }

  /** licensed → compliant, not licensed → non-compliant, not reported → insufficient data. */
  private static void needsALicence(String entryId, String kind, Consumer<ProductionUnit.Builder> setup) {
    assertEquals(NC, licenceVerdict(entryId, kind, setup, false), entryId);
    assertEquals(OK, licenceVerdict(entryId, kind, setup, true), entryId);
    assertEquals(NA, licenceVerdict(entryId, kind, setup, null), entryId);
  }

  @Test
  void bottledLpgRegulatorsNeedALicenceFrom25September2024() {
    needsALicence(LPG_REGULATOR, "lpg-cylinder-regulator-line", b -> { });
  }

  @Test
  void steelWireRopeNeedsALicenceFrom25September2024() {
    needsALicence(WIRE_ROPE, "steel-wire-products-plant", product("steelwire.product", "wire-rope"));
    assertEquals(OK, licenceVerdict(WIRE_ROPE, "steel-wire-products-plant", product("steelwire.product", "other"),
        false));
    assertEquals(NA, licenceVerdict(WIRE_ROPE, "steel-wire-products-plant", product("steelwire.product", null),
        false));
  }

  @Test
  void plywoodNeedsALicenceFrom25September2024() {
    needsALicence(PLYWOOD, "wood-products-plant", product("wood.product", "plywood"));
    assertEquals(OK, licenceVerdict(PLYWOOD, "wood-products-plant", product("wood.product", "blockboard"), false));
    assertEquals(NA, licenceVerdict(PLYWOOD, "wood-products-plant", product("wood.product", null), false));
  }

  @Test
  void blockboardNeedsALicenceFrom25September2024() {
    needsALicence(BLOCKBOARD, "wood-products-plant", product("wood.product", "blockboard"));
    assertEquals(OK, licenceVerdict(BLOCKBOARD, "wood-products-plant", product("wood.product", "plywood"), false));
    assertEquals(NA, licenceVerdict(BLOCKBOARD, "wood-products-plant", product("wood.product", null), false));
  }

  @Test
  void safetyHelmetsNeedALicenceFrom25September2024() {
    needsALicence(HELMET, "safety-helmet-line", b -> { });
  }

  @Test
  void everyProductAdded2024HasTheLastTransitionDayAsDeadlineAndNoFindingBeforeTheEndOfTheTransition() {
    Map<String, ProductionUnit> units = Map.of(
        LPG_REGULATOR, unit(chongqingSteel(licence(false)), "lpg-cylinder-regulator-line", b -> { }),
        WIRE_ROPE, unit(chongqingSteel(licence(false)), "steel-wire-products-plant",
            product("steelwire.product", "wire-rope")),
        PLYWOOD, unit(chongqingSteel(licence(false)), "wood-products-plant", product("wood.product", "plywood")),
        BLOCKBOARD, unit(chongqingSteel(licence(false)), "wood-products-plant", product("wood.product", "blockboard")),
        HELMET, unit(chongqingSteel(licence(false)), "safety-helmet-line", b -> { }));
    LocalDate lastTransitionDay = LocalDate.of(2024, 9, 24);
    units.forEach((id, unit) -> {
      assertTrue(finding(assess(unit, lastTransitionDay), id).isEmpty(), id);
      Finding f = required(assess(unit, lastTransitionDay.plusDays(1)), id);
      assertEquals(NC, f.verdict(), id);
      assertEquals(Optional.of(lastTransitionDay), f.deadline(), id);
      assertTrue(f.deadlineRule().contains("自2024年9月25日起"), id);
      assertEquals(List.of("市市场监管局"), zh(f.departments().lead()), id);
    });
    for (String id : ADDED_2024) {
      CatalogueEntry e = entry(id);
      assertTrue(e.text().zh().contains("冷轧带肋钢筋、瓶装液化石油气调压器、钢丝绳、胶合板、细木工板、安全帽等6种产品"), id);
      assertTrue(e.citations().get(0).clause().contains(e.item().orElseThrow()), id);
      assertEquals(Action.HALT_AND_RECTIFY, e.consequence().action(), id);
    }
  }

  @Test
  void theLicenceCatalogueHas27ProductsOfWhichEightAreEncoded() {
    CatalogueEdition catalogue = edition("cn-production-licence-catalogue@2024");
    assertEquals("国发〔2024〕11号", catalogue.documentNumber());
    assertEquals(Optional.of(27), catalogue.itemsInOfficialText());
    assertEquals(LocalDate.of(2024, 9, 25), catalogue.validity().start());
    assertEquals(8, catalogue.entries().size());
    assertEquals(List.of("钢筋混凝土用热轧钢筋", "冷轧带肋钢筋", "水泥", "瓶装液化石油气调压器", "钢丝绳", "胶合板", "细木工板",
        "安全帽"), catalogue.entries().stream().map(e -> e.item().orElseThrow()).toList());
    assertEquals(Set.of(VerificationLevel.SECONDARY),
        Set.copyOf(catalogue.entries().stream().map(e -> e.provenance().verification()).toList()));
  }

  private static CatalogueStatus.State status(ComplianceReport report, String catalogueId) {
    return report.catalogues().stream().filter(s -> s.catalogueId().equals(catalogueId)).findFirst()
        .orElseThrow().state();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 30号: products below mandatory standards; 地条钢 and the induction-furnace ban

  @Test
  void capacityWhoseProductsFailMandatoryStandardsStopsAndRectifiesWithinSixMonths() {
    UnitAssessment a = assess(site(chongqingSteel(
        Map.of("enterprise.productBelowMandatoryStandard", FactValue.of(true)))), AS_OF);
    Finding f = required(a, BELOW_STANDARD);
    assertEquals(NC, f.verdict());
    assertEquals(Action.HALT_AND_RECTIFY, f.action());
    assertTrue(f.deadline().isEmpty(), "6 months from the order, whose date the engine is not given");
    assertEquals(List.of("市市场监管局"), zh(f.departments().lead()));
    assertEquals(OK, required(assess(site(chongqingSteel(
        Map.of("enterprise.productBelowMandatoryStandard", FactValue.of(false)))), AS_OF), BELOW_STANDARD).verdict());
    assertEquals(NA, required(assess(site(chongqingSteel(Map.of())), AS_OF), BELOW_STANDARD).verdict());

    DeadlineRule.AfterTrigger rule = assertInstanceOf(DeadlineRule.AfterTrigger.class,
        entry(BELOW_STANDARD).consequence().deadline());
    assertEquals(Period.ofMonths(6), rule.period());
    assertEquals("rectification-order", rule.trigger());
    assertEquals(LocalDate.of(2026, 2, 28), rule.deadlineAfter(LocalDate.of(2025, 8, 31)));
  }

  private static Consumer<ProductionUnit.Builder> furnace(Boolean ditiaogang, Boolean constructionSteel) {
    return b -> {
      b.ratedCapacity(Quantity.parse("5 t"));
      if (ditiaogang != null) {
        b.putFacts("steel.producesDitiaogang", FactValue.of(ditiaogang));
      }
      if (constructionSteel != null) {
        b.putFacts("steel.producesConstructionSteel", FactValue.of(constructionSteel));
      }
    };
  }

  private static UnitAssessment furnaceAssessment(Boolean ditiaogang, Boolean constructionSteel) {
    return assess(unit(chongqingSteel(Map.of()), "induction-furnace", furnace(ditiaogang, constructionSteel)),
        AS_OF);
  }

  @Test
  void anInductionFurnaceProducingDitiaogangIsClosed() {
    UnitAssessment a = furnaceAssessment(true, false);
    Finding f = required(a, DITIAOGANG);
    assertEquals(NC, f.verdict());
    assertEquals(Action.CLOSE, f.action());
    assertEquals(UnitStatus.EXIT_REQUIRED, a.status());
    assertEquals(OK, required(furnaceAssessment(false, false), DITIAOGANG).verdict());
    assertEquals(NA, required(furnaceAssessment(null, false), DITIAOGANG).verdict());
  }

  @Test
  void anInductionFurnaceProducingConstructionSteelIsDismantled() {
    Finding f = required(furnaceAssessment(false, true), CONSTRUCTION_STEEL);
    assertEquals(NC, f.verdict());
    assertEquals(Action.ELIMINATE, f.action());
    assertEquals("依法全面拆除", f.actionText().zh());
    assertTrue(f.deadline().isEmpty(), "30号 sets no date");
    assertEquals(List.of("市市场监管局", "市经济信息委"), zh(f.departments().lead()),
        "both Chongqing tasks on 地条钢 are named: 一、（三）3 and 一、（五）5");
    assertEquals(List.of("各区县政府（含两江新区、西部科学城重庆高新区、万盛经开区管委会）"),
        zh(f.departments().implementing()));
    assertEquals(OK, required(furnaceAssessment(false, false), CONSTRUCTION_STEEL).verdict());
    assertEquals(NA, required(furnaceAssessment(false, null), CONSTRUCTION_STEEL).verdict());
  }

  @Test
  void theDitiaogangEntriesCarryTheWordingOf30号AndTheDefinitionWithItsFlag() {
    assertEquals("严厉打击违法生产和销售“地条钢”行为", entry(DITIAOGANG).text().zh());
    assertEquals("依法全面拆除生产建筑用钢的工频炉、中频炉等装备。", entry(CONSTRUCTION_STEEL).text().zh());
    assertEquals(Set.of("induction-furnace"), entry(DITIAOGANG).applicability().unitKinds());
    String definition = entry(DITIAOGANG).provenance().note().orElseThrow();
    assertTrue(definition.contains("不能有效地进行成分和质量控制生产的钢及以其为原料轧制的钢材"));
    assertTrue(definition.contains("轧制的钢材”而非曾假定的“生产的钢材"), "the 轧制/生产 flag is kept");
    CatalogueEdition guidance = edition("cn-backward-capacity-comprehensive-standards@2017");
    assertEquals("工信部联产业〔2017〕30号", guidance.documentNumber());
    assertEquals(LocalDate.of(2017, 2, 17), guidance.validity().start());
    assertEquals(LocalDate.of(2017, 3, 9), guidance.published());
    assertEquals(16, guidance.issuers().size());
    for (CatalogueEntry e : guidance.entries()) {
      assertEquals(VerificationLevel.OFFICIAL, e.provenance().verification(), e.id());
      assertFalse(e.departments().isEmpty(), e.id());
    }
  }
}
