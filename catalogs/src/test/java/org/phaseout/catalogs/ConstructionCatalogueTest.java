package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

/**
 * 《房屋建筑和市政基础设施工程危及生产安全施工工艺、设备和材料淘汰目录(第一批)》 (住房和城乡建设部公告2021年第214号), as
 * far as the reference gives it, with the Chongqing assignment of 渝制造强市办〔2025〕4号 一、（五）3. The contractor is
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
  void twelveOfThe22ItemsAreEncodedFourOfThemMachineCheckable() {
    List<CatalogueEntry> entries = edition().entries();
    assertEquals(12, entries.size(), "房屋建筑 11 items and 市政基础设施 item 1; 市政 2-11 are missing");
    assertEquals(Set.of("mohurd-214-2021.process.site-made-rebar-cover-spacer",
        "mohurd-214-2021.process.winch-rebar-straightening", "mohurd-214-2021.equipment.bamboo-or-timber-scaffold",
        "mohurd-214-2021.material.alkali-containing-accelerator"),
        entries.stream().filter(CatalogueEntry::isMachineCheckable).map(CatalogueEntry::id)
            .collect(java.util.stream.Collectors.toSet()));
    for (CatalogueEntry e : entries) {
      VerificationLevel expected = e.isMachineCheckable() ? VerificationLevel.UNVERIFIED : VerificationLevel.OFFICIAL_REPRINT;
      assertEquals(expected, e.provenance().verification(),
          e.id() + ": a criterion relying on the draft's 禁止 class makes the entry unverified");
      assertEquals(Action.ELIMINATE, e.consequence().action(), e.id());
      assertInstanceOf(DeadlineRule.NotStated.class, e.consequence().deadline(), e.id());
    }
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
    assertEquals(VerificationLevel.UNVERIFIED, f.entry().verification());
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
  void itemsWhoseFinalClassIsUnverifiedNeedAPerson() {
    for (String id : List.of("mohurd-214-2021.process.tile-cement-mortar-bonding",
        "mohurd-214-2021.process.rebar-flash-butt-welding", "mohurd-214-2021.process.manual-pile-hole-digging",
        "mohurd-214-2021.process.torch-applied-bitumen-membrane",
        "mohurd-214-2021.municipal.cap-beam-jack-lowering-without-leak-safety")) {
      assertEquals(Verdict.INSUFFICIENT_DATA, process(id, "manual-pile-hole-digging", LocalDate.of(2024, 3, 1)), id);
    }
    assertEquals(Verdict.INSUFFICIENT_DATA, finding("mohurd-214-2021.equipment.gantry-or-derrick-material-hoist",
        "construction-equipment", "construction.equipment", "gantry-or-derrick-material-hoist",
        LocalDate.of(2024, 3, 1)).verdict());
  }

  @Test
  void aBannedProcessOnANewProjectMustBeEliminated() {
    UnitAssessment a = assess("construction-process", "construction.process", "winch-rebar-straightening",
        LocalDate.of(2023, 4, 10));
    assertEquals(UnitStatus.EXIT_REQUIRED, a.status());
    assertTrue(a.findings().stream().filter(f -> f.verdict() == Verdict.NON_COMPLIANT)
        .allMatch(f -> f.entry().entryId().equals("mohurd-214-2021.process.winch-rebar-straightening")));
  }
}
