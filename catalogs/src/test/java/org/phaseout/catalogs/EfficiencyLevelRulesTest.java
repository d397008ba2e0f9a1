package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.EfficiencyLevelProbe.AS_OF;
import static org.phaseout.catalogs.EfficiencyLevelProbe.CHONGQING;
import static org.phaseout.catalogs.EfficiencyLevelProbe.zh;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.ComplianceReport;
import org.phaseout.Finding;
import org.phaseout.UnitAssessment;
import org.phaseout.Verdict;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.Action;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.CatalogueStatus;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.DeadlineRule;
import org.phaseout.catalogue.VerificationLevel;
import org.phaseout.measure.Quantity;

/**
 * The energy-efficiency level rules, as specifications: capacity below the baseline of 《工业重点领域能效标杆水平和
 * 基准水平》 is retrofitted or exits by the end of 2025 (the 25 earlier fields) or 2026 (the 11 fields added by
 * 发改产业〔2023〕723号), with the 2021 edition as predecessor; products below the access level of 发改环资规〔2024〕127号
 * may not be produced. The annex values are missing, so the comparison with a level is a reported fact, except for
 * the few rows found in secondary sources, which compare an indicator with the baseline value
 * ({@link EfficiencyLevelBaselineRowsTest}).
 */
class EfficiencyLevelRulesTest {

  private static final ComplianceEvaluator EVALUATOR = ComplianceEvaluator.of(BundledData.catalogues());

  private static final String EARLIER_25 = "cn-eel-2023.below-baseline.earlier-25-fields";
  private static final String ADDED_11 = "cn-eel-2023.below-baseline.added-11-fields";
  private static final String EDITION_2021 = "cn-eel-2021.below-baseline.local-time-limit";
  private static final String ACCESS_LEVEL = "cn-pel-2024.products-below-access-level";

  private static final List<String> FIELDS_25 = List.of("oil-refining", "coal-to-coke", "coal-to-methanol",
      "coal-to-olefins", "coal-to-ethylene-glycol", "caustic-soda", "soda-ash", "calcium-carbide", "ethylene",
      "paraxylene", "yellow-phosphorus", "synthetic-ammonia", "monoammonium-phosphate", "diammonium-phosphate",
      "cement-clinker", "flat-glass", "architectural-ceramics", "sanitary-ceramics", "ironmaking", "steelmaking",
      "ferroalloy-smelting", "copper-smelting", "lead-smelting", "zinc-smelting", "electrolytic-aluminium");
  private static final List<String> FIELDS_11 = List.of("ethylene-glycol", "urea", "titanium-dioxide", "pvc", "pta",
      "radial-tyres", "industrial-silicon", "tissue-base-paper", "woven-fabrics", "knitted-fabrics-and-yarns",
      "viscose-staple-fibre");

  private static Consumer<ProductionUnit.Builder> line(String field, Boolean belowBaseline) {
    return b -> {
      if (field != null) {
        b.putFacts("efficiency.field", FactValue.of(field));
      }
      if (belowBaseline != null) {
        b.putFacts("efficiency.belowBaseline", FactValue.of(belowBaseline));
      }
    };
  }

  private static ComplianceReport evaluate(String kind, Consumer<ProductionUnit.Builder> setup, LocalDate asOf) {
    ProductionUnit.Builder b = ProductionUnit.builder().id("line-1").enterprise(CHONGQING).kind(kind);
    setup.accept(b);
    return EVALUATOR.evaluate(b.build(), asOf);
  }

  private static Optional<Finding> finding(ComplianceReport report, String entryId) {
    UnitAssessment a = report.units().get(0);
    return a.findings().stream().filter(f -> f.entry().entryId().equals(entryId)).findFirst();
  }

  private static Finding required(ComplianceReport report, String entryId) {
    return finding(report, entryId).orElseThrow(() -> new AssertionError(entryId + " gave no finding"));
  }

  private static Verdict verdict(String entryId, String kind, Consumer<ProductionUnit.Builder> setup) {
    return required(evaluate(kind, setup, AS_OF), entryId).verdict();
  }

  private static Set<String> fieldsOf(String entryId) {
    Criterion.All all = assertInstanceOf(Criterion.All.class, entry(entryId).criterion().orElseThrow());
    Criterion.Membership m = assertInstanceOf(Criterion.Membership.class, all.parts().get(0));
    assertEquals("efficiency.field", m.operand().key());
    return m.values();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 723号: the two deadlines

  @Test
  void theTwentyFiveEarlierAndElevenAddedFieldsAreTheNoticesOwnLists() {
    assertEquals(Set.copyOf(FIELDS_25), fieldsOf(EARLIER_25));
    assertEquals(Set.copyOf(FIELDS_11), fieldsOf(ADDED_11));
    assertEquals(25, FIELDS_25.size());
    assertEquals(11, FIELDS_11.size());
  }

  @Test
  void theDeadlinesAreTheEndsOf2025And2026() {
    DeadlineRule.FixedDate earlier = assertInstanceOf(DeadlineRule.FixedDate.class,
        entry(EARLIER_25).consequence().deadline());
    assertEquals(LocalDate.of(2025, 12, 31), earlier.date());
    assertEquals("原则上应在2025年底前完成技术改造或淘汰退出", earlier.wording());
    DeadlineRule.FixedDate added = assertInstanceOf(DeadlineRule.FixedDate.class,
        entry(ADDED_11).consequence().deadline());
    assertEquals(LocalDate.of(2026, 12, 31), added.date());
  }

  @Test
  void aCausticSodaLineBelowTheBaselineMustBeRetrofittedOrExitByTheEndOf2025() {
    ComplianceReport r = evaluate("key-field-production-unit", line("caustic-soda", true), AS_OF);
    Finding f = required(r, EARLIER_25);
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertEquals(Action.RECTIFY, f.action());
    assertEquals(Optional.of(LocalDate.of(2025, 12, 31)), f.deadline());
    assertTrue(f.actionText().zh().contains("参照淘汰类管理"));
    assertEquals(List.of("市发展改革委", "市经济信息委"), zh(f.departments().lead()));
    assertEquals(List.of("各区县政府（含两江新区、西部科学城重庆高新区、万盛经开区管委会）"),
        zh(f.departments().implementing()));
    assertTrue(f.departments().basis().orElseThrow().contains("一、（一）2"));
    assertEquals(Verdict.COMPLIANT, required(r, ADDED_11).verdict(), "caustic soda is not one of the 11 new fields");
  }

  @Test
  void aUreaLineBelowTheBaselineHasUntilTheEndOf2026() {
    ComplianceReport r = evaluate("key-field-production-unit", line("urea", true), AS_OF);
    assertEquals(Optional.of(LocalDate.of(2026, 12, 31)), required(r, ADDED_11).deadline());
    assertEquals(Verdict.NON_COMPLIANT, required(r, ADDED_11).verdict());
    assertEquals(Verdict.COMPLIANT, required(r, EARLIER_25).verdict());
  }

  @Test
  void aLineAtOrAboveTheBaselineIsCompliantAndAMissingFactIsNeverAPass() {
    assertEquals(Verdict.COMPLIANT, verdict(EARLIER_25, "key-field-production-unit", line("soda-ash", false)));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(EARLIER_25, "key-field-production-unit", line("soda-ash", null)));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(EARLIER_25, "key-field-production-unit", line(null, true)));
    assertEquals(Verdict.COMPLIANT, verdict(EARLIER_25, "key-field-production-unit", line(null, false)),
        "at or above the baseline, whatever the field");
  }

  @Test
  void bundledKindsReportTheirFieldToo() {
    Consumer<ProductionUnit.Builder> furnace = line("ironmaking", true)
        .andThen(b -> b.ratedCapacity(Quantity.parse("1080 m3")));
    assertEquals(Verdict.NON_COMPLIANT, verdict(EARLIER_25, "blast-furnace", furnace));
    assertEquals(Verdict.NON_COMPLIANT, verdict(EARLIER_25, "clinker-line", line("cement-clinker", true)));
    assertEquals(Verdict.NON_COMPLIANT, verdict(EARLIER_25, "electrolytic-aluminium-potline",
        line("electrolytic-aluminium", true)));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The 2021 edition as predecessor

  @Test
  void the2021EditionAppliesUntilThe2023EditionIsIssuedAndNotAfter() {
    LocalDate issued2023 = LocalDate.of(2023, 7, 4);
    ComplianceReport before = evaluate("key-field-production-unit", line("caustic-soda", true), issued2023.minusDays(1));
    Finding old = required(before, EDITION_2021);
    assertEquals(Verdict.NON_COMPLIANT, old.verdict());
    assertTrue(old.deadline().isEmpty(), "localities set the time limit (一般不超过3年)");
    assertTrue(old.deadlineRule().contains("一般不超过3年"));
    assertTrue(old.departments().lead().isEmpty(), "the Chongqing 2025 plan cites the 2023 edition only");
    assertTrue(finding(before, EARLIER_25).isEmpty());

    ComplianceReport from = evaluate("key-field-production-unit", line("caustic-soda", true), issued2023);
    assertTrue(finding(from, EDITION_2021).isEmpty());
    assertEquals(Verdict.NON_COMPLIANT, required(from, EARLIER_25).verdict());
  }

  @Test
  void theEditionsAreDatedAndFlaggedAsTheirSourcesAllow() {
    CatalogueEdition e2021 = edition("cn-industrial-energy-efficiency-levels@2021");
    assertEquals("发改产业〔2021〕1609号", e2021.documentNumber());
    assertEquals(LocalDate.of(2021, 11, 15), e2021.validity().start());
    assertEquals(Optional.of(LocalDate.of(2023, 7, 4)), e2021.validity().end());
    assertEquals(Optional.of("2023"), e2021.supersededBy());
    assertEquals(VerificationLevel.UNVERIFIED, e2021.source().verification(), "the number 1609号 is unverified");
    CatalogueEdition e2023 = edition("cn-industrial-energy-efficiency-levels@2023");
    assertEquals("发改产业〔2023〕723号", e2023.documentNumber());
    assertEquals(LocalDate.of(2023, 7, 4), e2023.validity().start());
    assertEquals(Optional.empty(), e2023.validity().end());
    assertEquals(VerificationLevel.SECONDARY, entry(EARLIER_25).provenance().verification());
    assertEquals(VerificationLevel.UNVERIFIED, entry(ADDED_11).provenance().verification(),
        "its Chinese wording is the repost's, not the notice's");
    for (String id : List.of(EARLIER_25, ADDED_11, EDITION_2021)) {
      assertTrue(entry(id).provenance().note().orElseThrow().contains("MISSING"), id + " says the annex is missing");
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 127号: products below the access level

  private static Consumer<ProductionUnit.Builder> products(Boolean belowAccessLevel) {
    return b -> {
      if (belowAccessLevel != null) {
        b.putFacts("efficiency.productBelowAccessLevel", FactValue.of(belowAccessLevel));
      }
    };
  }

  @Test
  void productsBelowTheAccessLevelMayNotBeProduced() {
    Finding f = required(evaluate("energy-using-product-line", products(true), AS_OF), ACCESS_LEVEL);
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertEquals(Action.ELIMINATE, f.action());
    assertTrue(f.deadline().isEmpty());
    assertEquals(List.of("市市场监管局"), zh(f.departments().lead()));
    assertTrue(f.departments().basis().orElseThrow().contains("一、（三）4"));
    assertEquals(Verdict.COMPLIANT, verdict(ACCESS_LEVEL, "energy-using-product-line", products(false)));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(ACCESS_LEVEL, "energy-using-product-line", products(null)));
  }

  @Test
  void theAccessLevelRuleCountsFromTheReportedIssueAndIsInForceFromApril2024() {
    // e.ccement.com, 2024-02-18 (secondary): issued “recently” by six departments, “implemented as of April 1, 2024”
    LocalDate report = LocalDate.of(2024, 2, 18);
    ComplianceReport before = evaluate("energy-using-product-line", products(true), report.minusDays(1));
    assertEquals(CatalogueStatus.State.NOT_PUBLISHED_BY_KNOWN_AT, before.catalogues().stream()
        .filter(s -> s.catalogueId().equals("cn-energy-using-product-efficiency-levels")).findFirst().orElseThrow()
        .state());
    assertTrue(finding(before, ACCESS_LEVEL).isEmpty());
    LocalDate inForce = LocalDate.of(2024, 4, 1);
    assertTrue(finding(evaluate("energy-using-product-line", products(true), inForce.minusDays(1)), ACCESS_LEVEL)
        .isEmpty(), "published but not yet in force");
    assertEquals(Verdict.NON_COMPLIANT, required(evaluate("energy-using-product-line", products(true), inForce),
        ACCESS_LEVEL).verdict());
    CatalogueEdition e = edition("cn-energy-using-product-efficiency-levels@2024");
    assertEquals("发改环资规〔2024〕127号", e.documentNumber());
    assertEquals(report, e.published());
    assertEquals(inForce, e.validity().start());
    assertEquals(6, e.issuers().size());
    assertEquals(VerificationLevel.SECONDARY, e.source().verification());
    assertTrue(e.source().note().orElseThrow()
        .contains("per-product table (43 products, the three levels) is MISSING"));
    assertEquals(VerificationLevel.UNVERIFIED, entry(ACCESS_LEVEL).provenance().verification());
    assertFalse(entry(ACCESS_LEVEL).provenance().note().orElseThrow().isBlank());
  }

  @Test
  void noProductRowOf127IsEncodedUntilATextQuoting127GivesIt() {
    // “准入水平 equals the 限定值 of the current mandatory standard” is a rule, not a row: a product row (product,
    // indicator, value, unit, standard cited) is added only with a source quoting 127号 and its pinned values.
    CatalogueEdition e = edition("cn-energy-using-product-efficiency-levels@2024");
    assertEquals(List.of(ACCESS_LEVEL), e.entries().stream().map(CatalogueEntry::id).toList());
    String note = e.source().note().orElseThrow();
    assertTrue(note.contains("second search"), "the note records the search that found no row");
    String missing = note.substring(note.indexOf("MISSING after this search"));
    for (String product : List.of("电动机", "电力变压器", "清水离心泵", "通风机", "空气压缩机", "工业锅炉", "房间空气调节器",
        "照明产品", "数据中心", "服务器")) {
      assertTrue(missing.contains(product), product + " is listed as missing");
    }
    assertTrue(entry(ACCESS_LEVEL).provenance().note().orElseThrow().contains("LED筒灯"),
        "the access-level rule says where a sector report puts the 2024 levels above the standard's");
  }
}
