package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.phaseout.ComplianceEvaluator;
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
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.DeadlineRule;
import org.phaseout.catalogue.LimitWording;
import org.phaseout.catalogue.Operator;
import org.phaseout.catalogue.VerificationLevel;
import org.phaseout.measure.Quantity;

/**
 * 《房屋建筑和市政基础设施工程危及生产安全施工工艺、设备和材料淘汰目录(第一批)》 (住房和城乡建设部公告2021年第214号), as
 * far as sources give it (the final classes from a news repost of the list), with the Chongqing assignment of
 * 渝制造强市办〔2025〕4号 一、（五）3. The contractor is
 * fictitious; its credit code is valid.
 */
class ConstructionCatalogueTest {

  private static final String EDITION = "mohurd-construction-safety-eliminated-batch1@2021";
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private static final ComplianceEvaluator EVALUATOR = ComplianceEvaluator.of(BundledData.catalogues());
  private static final Enterprise YUBEI_CONTRACTOR = Enterprise.builder()
      .creditCode(CreditCode.parse("91500112MA60000C2H")).name("示例建筑工程有限公司（虚构）")
      .division(DivisionCode.parse("500112")).industry(IndustryCode.parse("E47")).build();

  /** The day after 2021-12-14 plus 9 months: the first start date of a project under the 禁止类 ban. */
  private static final LocalDate FIRST_BANNED_START = LocalDate.of(2022, 9, 15);

  private static CatalogueEdition edition() {
    return BundledData.catalogues().editions().stream().filter(e -> e.key().equals(EDITION)).findFirst()
        .orElseThrow(() -> new AssertionError("no edition " + EDITION));
  }

  private static UnitAssessment assess(String kind, String attribute, String code, LocalDate projectStart) {
    ProductionUnit.Builder b = ProductionUnit.builder().id("project-1/" + code).enterprise(YUBEI_CONTRACTOR).kind(kind);
    if (code != null) {
      b.putFacts(attribute, FactValue.of(code));
    }
    if (projectStart != null) {
      b.putFacts("construction.projectStartDate", FactValue.of(projectStart));
    }
    return EVALUATOR.evaluate(b.build(), AS_OF).units().get(0);
  }

  private static Finding finding(String entryId, String kind, String attribute, String code, LocalDate projectStart) {
    return assess(kind, attribute, code, projectStart).findings().stream()
        .filter(f -> f.entry().entryId().equals(entryId)).findFirst()
        .orElseThrow(() -> new AssertionError(entryId + " gave no finding"));
  }

  private static Verdict process(String entryId, String code, LocalDate projectStart) {
    return finding(entryId, "construction-process", "construction.process", code, projectStart).verdict();
  }

  // ---------------------------------------------------------------- pins

  @Test
  void announcement214IsDated14December2021With22Items() {
    CatalogueEdition e = edition();
    assertEquals("住房和城乡建设部公告2021年第214号", e.documentNumber());
    assertEquals(LocalDate.of(2021, 12, 14), e.published());
    assertEquals(LocalDate.of(2021, 12, 14), e.validity().start());
    assertEquals(Optional.empty(), e.validity().end());
    assertEquals(Optional.of(22), e.itemsInOfficialText());
    assertEquals(List.of("住房和城乡建设部"), e.issuers());
  }

  @Test
  void twentyOneOfThe22ItemsAreEncodedThirteenOfThemMachineCheckable() {
    List<CatalogueEntry> entries = edition().entries();
    assertEquals(21, entries.size(), "房屋建筑 11 items and 10 of the 11 市政基础设施 items; 限制类 item 13 is missing");
    assertEquals(Set.of("mohurd-214-2021.process.manual-pile-hole-digging",
        "mohurd-214-2021.process.torch-applied-bitumen-membrane",
        "mohurd-214-2021.municipal.pipe-jacking-shaft-steel-timber-support",
        "mohurd-214-2021.municipal.form-traveller-threaded-bar-hanger-connection",
        "mohurd-214-2021.municipal.non-cnc-duct-grouting-equipment",
        "mohurd-214-2021.municipal.non-cnc-prestress-tensioning-equipment",
        "mohurd-214-2021.municipal.nine-grid-paving-brick",
        "mohurd-214-2021.municipal.low-skid-resistance-smooth-paving-slab"),
        entries.stream().filter(e -> !e.isMachineCheckable()).map(CatalogueEntry::id)
            .collect(java.util.stream.Collectors.toSet()), "restrictions that need a judgement on site, or are cut off");
    for (CatalogueEntry e : entries) {
      assertEquals(VerificationLevel.SECONDARY, e.provenance().verification(),
          e.id() + ": the final class comes from a news repost of the list, not from the official table");
      assertEquals(Action.ELIMINATE, e.consequence().action(), e.id());
      assertInstanceOf(DeadlineRule.NotStated.class, e.consequence().deadline(), e.id());
    }
  }

  @Test
  void theMunicipalItemsCarryTheirTextAndNoGuessedNumber() {
    assertEquals(Optional.of("1"), entry("mohurd-214-2021.municipal.cap-beam-jack-lowering-without-leak-safety").item());
    Map<String, String> texts = Map.of(
        "mohurd-214-2021.municipal.hollow-slab-box-girder-airbag-inner-form", "空心板、箱型梁气囊内模工艺",
        "mohurd-214-2021.municipal.brick-sewer-manhole", "污水检查井砖砌工艺",
        "mohurd-214-2021.municipal.counterweight-form-traveller", "桥梁悬浇配重式挂篮设备",
        "mohurd-214-2021.municipal.pipe-jacking-shaft-steel-timber-support", "顶管工作竖井钢木支架支护施工工艺",
        "mohurd-214-2021.municipal.form-traveller-threaded-bar-hanger-connection", "桥梁悬浇挂篮上部与底篮精轧螺纹钢吊杆连接工艺",
        "mohurd-214-2021.municipal.non-cnc-duct-grouting-equipment", "非数控孔道压浆设备",
        "mohurd-214-2021.municipal.non-cnc-prestress-tensioning-equipment", "非数控预应力张拉设备",
        "mohurd-214-2021.municipal.nine-grid-paving-brick", "九格砖",
        "mohurd-214-2021.municipal.low-skid-resistance-smooth-paving-slab", "防滑性能差的光面路面板(砖)");
    texts.forEach((id, zh) -> {
      CatalogueEntry e = entry(id);
      assertEquals(zh, e.text().zh(), id);
      assertEquals(List.of("市政基础设施"), e.section(), id);
      assertEquals(Optional.empty(), e.item(), id + ": the number within the 市政 part is not in the source");
    });
  }

  @Test
  void theRestrictionsReadTheirLimitWordsAsTheSourceDoes() {
    // “对直径大于或等于22毫米的钢筋进行连接作业时,不得使用钢筋闪光对焊工艺” and “不得用于25米及以上的建设工程”
    Criterion.Comparison diameter = comparison("mohurd-214-2021.process.rebar-flash-butt-welding", "construction.rebarDiameter");
    assertEquals(Operator.GE, diameter.operator());
    assertEquals(FactValue.of(Quantity.parse("22 mm")), diameter.value());
    assertEquals(Optional.of(LimitWording.NOT_LESS_THAN), diameter.wording());
    Criterion.Comparison height = comparison("mohurd-214-2021.equipment.gantry-or-derrick-material-hoist",
        "construction.projectHeight");
    assertEquals(Operator.GE, height.operator());
    assertEquals(FactValue.of(Quantity.parse("25 m")), height.value());
    assertEquals(Optional.of(LimitWording.AND_ABOVE), height.wording());
    // “本公告发布之日起6个月后,新开工项目不得在限制条件和范围内使用”
    Criterion.Comparison start = comparison("mohurd-214-2021.equipment.gantry-or-derrick-material-hoist",
        "construction.projectStartDate");
    assertEquals(FactValue.of(LocalDate.of(2021, 12, 14).plusMonths(6)), start.value());
    assertEquals(Operator.GT, start.operator());
  }

  private static Criterion.Comparison comparison(String entryId, String key) {
    Criterion.All all = (Criterion.All) entry(entryId).criterion().orElseThrow();
    return all.parts().stream().filter(Criterion.Comparison.class::isInstance).map(Criterion.Comparison.class::cast)
        .filter(c -> c.operand().key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
  }

  @Test
  void theProhibitionCoversProjectsStartedAfter14September2022() {
    // “本公告发布之日起9个月后,全面停止在新开工项目中使用本《目录》所列禁止类施工工艺、设备和材料”
    Criterion.All all = (Criterion.All) entry("mohurd-214-2021.process.site-made-rebar-cover-spacer").criterion().orElseThrow();
    Criterion.Comparison start = all.parts().stream().filter(Criterion.Comparison.class::isInstance)
        .map(Criterion.Comparison.class::cast).findFirst().orElseThrow();
    assertEquals("construction.projectStartDate", start.operand().key());
    assertEquals(FactValue.of(LocalDate.of(2021, 12, 14).plusMonths(9)), start.value());
    assertEquals(Operator.GT, start.operator());
    assertEquals(Optional.of(LimitWording.EXCEEDING), start.wording());
  }

  @Test
  void chongqingAssignsTheHousingCommissionUnderTask5Point3() {
    for (CatalogueEntry e : edition().entries()) {
      assertEquals(1, e.departments().size(), e.id());
      assertEquals(List.of("cq.housing-construction"), e.departments().get(0).lead(), e.id());
      assertEquals(List.of("cq.district-governments"), e.departments().get(0).implementing(), e.id());
      assertTrue(e.departments().get(0).basis().clause().startsWith("一、（五）3"), e.id());
    }
  }

  // ---------------------------------------------------------------- end to end

  @Test
  void siteMadeSpacerBlocksAreBannedInProjectsStartedFrom15September2022() {
    String id = "mohurd-214-2021.process.site-made-rebar-cover-spacer";
    String code = "site-made-rebar-cover-spacer";
    Finding f = finding(id, "construction-process", "construction.process", code, FIRST_BANNED_START);
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertEquals(VerificationLevel.SECONDARY, f.entry().verification());
    assertEquals("市住房城乡建委", f.departments().lead().get(0).zh());
    assertEquals(Optional.empty(), f.deadline(), "neither the announcement nor the plan sets a deadline to stop");
    assertEquals(Verdict.COMPLIANT, process(id, code, FIRST_BANNED_START.minusDays(1)),
        "a project started on the last day of the nine months is not a newly started project under the ban");
    assertEquals(Verdict.COMPLIANT, process(id, "other", FIRST_BANNED_START));
    assertEquals(Verdict.INSUFFICIENT_DATA, process(id, code, null), "the project's start date is needed");
    assertEquals(Verdict.INSUFFICIENT_DATA, process(id, null, FIRST_BANNED_START));
  }

  @Test
  void winchStraighteningBambooScaffoldsAndAlkaliAcceleratorsFollowTheSameRule() {
    assertEquals(Verdict.NON_COMPLIANT, process("mohurd-214-2021.process.winch-rebar-straightening",
        "winch-rebar-straightening", LocalDate.of(2024, 3, 1)));
    String scaffold = "mohurd-214-2021.equipment.bamboo-or-timber-scaffold";
    assertEquals(Verdict.NON_COMPLIANT, finding(scaffold, "construction-equipment", "construction.equipment",
        "bamboo-or-timber-scaffold", FIRST_BANNED_START).verdict());
    assertEquals(Verdict.COMPLIANT, finding(scaffold, "construction-equipment", "construction.equipment",
        "bamboo-or-timber-scaffold", LocalDate.of(2022, 5, 1)).verdict());
    String accelerator = "mohurd-214-2021.material.alkali-containing-accelerator";
    assertEquals(Verdict.NON_COMPLIANT, finding(accelerator, "construction-material", "construction.material",
        "alkali-containing-accelerator", FIRST_BANNED_START).verdict());
    assertEquals(Verdict.INSUFFICIENT_DATA, finding(accelerator, "construction-material", "construction.material",
        "alkali-containing-accelerator", null).verdict());
  }

  @Test
  void tileBondingWithCementMortarIsBannedThoughTheDraftOnlyRestrictedIt() {
    String id = "mohurd-214-2021.process.tile-cement-mortar-bonding";
    assertEquals(Verdict.NON_COMPLIANT, process(id, "tile-cement-mortar-bonding", FIRST_BANNED_START));
    assertEquals(Verdict.COMPLIANT, process(id, "tile-cement-mortar-bonding", FIRST_BANNED_START.minusDays(1)));
    assertEquals(Verdict.INSUFFICIENT_DATA, process(id, "tile-cement-mortar-bonding", null));
  }

  @Test
  void theFourNewMunicipalItemsAreBannedOrNeedAPerson() {
    for (String[] c : new String[][] {
        {"mohurd-214-2021.municipal.cap-beam-jack-lowering-without-leak-safety", "construction-process",
            "construction.process", "cap-beam-jack-lowering-without-leak-safety"},
        {"mohurd-214-2021.municipal.hollow-slab-box-girder-airbag-inner-form", "construction-process",
            "construction.process", "hollow-slab-box-girder-airbag-inner-form"},
        {"mohurd-214-2021.municipal.brick-sewer-manhole", "construction-process", "construction.process",
            "brick-sewer-manhole"},
        {"mohurd-214-2021.municipal.counterweight-form-traveller", "construction-equipment", "construction.equipment",
            "counterweight-form-traveller"}}) {
      assertEquals(Verdict.NON_COMPLIANT, finding(c[0], c[1], c[2], c[3], FIRST_BANNED_START).verdict(), c[0]);
      assertEquals(Verdict.COMPLIANT, finding(c[0], c[1], c[2], c[3], FIRST_BANNED_START.minusDays(1)).verdict(), c[0]);
      assertEquals(Verdict.COMPLIANT, finding(c[0], c[1], c[2], "other", FIRST_BANNED_START).verdict(), c[0]);
      assertEquals(Verdict.INSUFFICIENT_DATA, finding(c[0], c[1], c[2], c[3], null).verdict(), c[0]);
    }
    assertEquals(Verdict.INSUFFICIENT_DATA, process("mohurd-214-2021.municipal.pipe-jacking-shaft-steel-timber-support",
        "pipe-jacking-shaft-steel-timber-support", LocalDate.of(2024, 3, 1)), "its restriction is cut off in the source");
  }

  @Test
  void restrictionsThatNeedAJudgementOnSiteNeedAPerson() {
    for (String[] c : new String[][] {
        {"mohurd-214-2021.process.manual-pile-hole-digging", "manual-pile-hole-digging"},
        {"mohurd-214-2021.process.torch-applied-bitumen-membrane", "torch-applied-bitumen-membrane"}}) {
      assertEquals(Verdict.INSUFFICIENT_DATA, process(c[0], c[1], LocalDate.of(2024, 3, 1)), c[0]);
    }
  }

  @Test
  void municipalRestrictedItems8To12AreNamedButTheirRestrictionsAreMissingSoAPersonDecides() {
    // 限制类 items 8–12 of the final list are known by name only (wxredian repost): without the 限制条件和范围 a
    // unit on a project started in 2024 cannot be placed inside or outside the restriction.
    for (String[] c : new String[][] {
        {"mohurd-214-2021.municipal.form-traveller-threaded-bar-hanger-connection", "construction-process"},
        {"mohurd-214-2021.municipal.non-cnc-duct-grouting-equipment", "construction-equipment"},
        {"mohurd-214-2021.municipal.non-cnc-prestress-tensioning-equipment", "construction-equipment"},
        {"mohurd-214-2021.municipal.nine-grid-paving-brick", "construction-material"},
        {"mohurd-214-2021.municipal.low-skid-resistance-smooth-paving-slab", "construction-material"}}) {
      CatalogueEntry e = entry(c[0]);
      assertEquals(Set.of(c[1]), e.applicability().unitKinds(), c[0]);
      assertTrue(e.criterion().isEmpty(), c[0] + ": the restriction is not in the source");
      assertTrue(e.consequence().text().zh().contains("限制类"), c[0]);
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(c[0], c[1],
          Map.of("construction.projectStartDate", LocalDate.of(2024, 3, 1))), c[0]);
    }
  }

  /** The day after 2021-12-14 plus 6 months: the first start date of a project under the 限制类 restrictions. */
  private static final LocalDate FIRST_RESTRICTED_START = LocalDate.of(2022, 6, 15);

  private static Verdict verdict(String entryId, String kind, Map<String, Object> facts) {
    return UnitProbe.assess(YUBEI_CONTRACTOR, kind, AS_OF, facts).findings().stream()
        .filter(f -> f.entry().entryId().equals(entryId)).findFirst()
        .orElseThrow(() -> new AssertionError(entryId + " gave no finding")).verdict();
  }

  private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
    Map<String, Object> m = new java.util.HashMap<>(base);
    if (value == null) {
      m.remove(key);
    } else {
      m.put(key, value);
    }
    return m;
  }

  @Test
  void flashButtWeldingIsRestrictedForRebarOf22MillimetresOrMoreInANonFixedYard() {
    String id = "mohurd-214-2021.process.rebar-flash-butt-welding";
    Map<String, Object> site = Map.of("construction.process", "rebar-flash-butt-welding",
        "construction.inNonFixedPrefabPlantOrRebarYard", true, "construction.rebarDiameter", Quantity.parse("22 mm"),
        "construction.projectStartDate", FIRST_RESTRICTED_START);
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, "construction-process", site), "大于或等于22毫米 includes 22 mm");
    assertEquals(Verdict.COMPLIANT, verdict(id, "construction-process",
        with(site, "construction.rebarDiameter", Quantity.parse("20 mm"))));
    assertEquals(Verdict.COMPLIANT, verdict(id, "construction-process",
        with(site, "construction.inNonFixedPrefabPlantOrRebarYard", false)));
    assertEquals(Verdict.COMPLIANT, verdict(id, "construction-process",
        with(site, "construction.projectStartDate", FIRST_RESTRICTED_START.minusDays(1))));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "construction-process",
        with(site, "construction.rebarDiameter", null)), "the diameter is needed");
  }

  @Test
  void gantryHoistsAreRestrictedOnWorksOf25MetresAndAbove() {
    String id = "mohurd-214-2021.equipment.gantry-or-derrick-material-hoist";
    Map<String, Object> site = Map.of("construction.equipment", "gantry-or-derrick-material-hoist",
        "construction.projectHeight", Quantity.parse("25 m"), "construction.projectStartDate", FIRST_RESTRICTED_START);
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, "construction-equipment", site), "25米及以上 includes 25 m");
    assertEquals(Verdict.COMPLIANT, verdict(id, "construction-equipment",
        with(site, "construction.projectHeight", Quantity.parse("24.9 m"))));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "construction-equipment",
        with(site, "construction.projectHeight", null)));
  }

  @Test
  void portalShoringAndFilamentLampsAreRestrictedToTheirNamedUses() {
    String shoring = "mohurd-214-2021.equipment.portal-steel-tube-shoring";
    Map<String, Object> s = Map.of("construction.equipment", "portal-steel-tube-shoring",
        "construction.usedForFullHallLoadBearingShoring", true, "construction.projectStartDate", FIRST_RESTRICTED_START);
    assertEquals(Verdict.NON_COMPLIANT, verdict(shoring, "construction-equipment", s));
    assertEquals(Verdict.COMPLIANT, verdict(shoring, "construction-equipment",
        with(s, "construction.usedForFullHallLoadBearingShoring", false)));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(shoring, "construction-equipment",
        with(s, "construction.usedForFullHallLoadBearingShoring", null)));
    String lamps = "mohurd-214-2021.equipment.incandescent-iodine-tungsten-halogen-lamp";
    Map<String, Object> l = Map.of("construction.equipment", "incandescent-iodine-tungsten-or-halogen-lamp",
        "construction.usedForSiteLighting", true, "construction.projectStartDate", FIRST_RESTRICTED_START);
    assertEquals(Verdict.NON_COMPLIANT, verdict(lamps, "construction-equipment", l));
    assertEquals(Verdict.COMPLIANT, verdict(lamps, "construction-equipment",
        with(l, "construction.projectStartDate", FIRST_RESTRICTED_START.minusDays(1))));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(lamps, "construction-equipment",
        with(l, "construction.usedForSiteLighting", null)));
  }

  @Test
  void aBannedProcessOnANewProjectMustBeEliminated() {
    UnitAssessment a = assess("construction-process", "construction.process", "winch-rebar-straightening",
        LocalDate.of(2023, 4, 10));
    assertEquals(UnitStatus.EXIT_REQUIRED, a.status());
    // the 2024 淘汰类 item 建筑 2 names the same process and reads the same fact
    assertEquals(Set.of("mohurd-214-2021.process.winch-rebar-straightening",
        "cn-isac-2024.eliminated.construction-2-winch-rebar-straightening"),
        a.findings().stream().filter(f -> f.verdict() == Verdict.NON_COMPLIANT).map(f -> f.entry().entryId())
            .collect(Collectors.toSet()));
  }
}
