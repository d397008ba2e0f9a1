package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.phaseout.Finding;
import org.phaseout.UnitAssessment;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.measure.Quantity;
import org.phaseout.measure.UnitOfMeasure;

/**
 * The sixth batch of mandatory unit-product energy-consumption quota standards (单位产品能源消耗限额) as shipped, in units
 * other than energy per tonne, from the draft rows of the public repository adgo07/ECQuota-Insight (shared/reference/04
 * §9): GB 30185-2025 (铝(塑)复合板, its seven rows in kgce/10⁴m², dates from the repository's record of the cover page)
 * and the 集装箱码头 row of GB 31823-2021 (tce/10⁴TEU); GB 45246-2025 (kgce/m³) and GB 32032-2024 (its 金精炼 rows in
 * kgce/kg) are in {@link EnergyQuotaStandards8Test}. Every value and date is pinned, and
 * each entry is evaluated end to end on a fictitious Chongqing unit: at, just past and below its limit, without the
 * data it needs, and before the standard.
 */
class EnergyQuotaStandards6Test {

  private static final LocalDate IN_2026 = LocalDate.of(2026, 6, 30);

  private static final Enterprise PANELS = Enterprise.builder()
      .creditCode(CreditCode.parse("91500101PH0000006K")).name("示例铝复合板有限公司（虚构）")
      .division(DivisionCode.parse("500101")).industry(IndustryCode.parse("C33")).build();
  private static final Enterprise PORT = Enterprise.builder()
      .creditCode(CreditCode.parse("91500101PH0000003A")).name("示例港务有限公司（虚构）")
      .division(DivisionCode.parse("500101")).industry(IndustryCode.parse("G55")).build();

  private static final String PRODUCT = "alucomposite.product";
  private static final String PANEL_ENERGY = "alucomposite.unit-energy";
  private static final String TERMINAL = "portterminal.type";
  private static final String CONTAINER_ENERGY = "portterminal.container-comparable-energy";
  private static final String CONTAINER = "gb31823-2021.container-terminal.comparable-energy.grade3";

  private static final LocalDate GB30185_START = LocalDate.of(2026, 3, 1);
  private static final LocalDate GB31823_START = LocalDate.of(2022, 11, 1);

  /** One row of a standard: its entry, enterprise, scope fact and value, indicator, grade-3 limit and start. */
  private record Row(String id, Enterprise enterprise, String fact, String scope, String indicator, String limit,
      String below, LocalDate start) {
    Map<String, Object> with(Object value) {
      return UnitProbe.data(fact, scope, indicator, value);
    }
  }

  private static Row panel(String product, String limit, String below) {
    return new Row("gb30185-2025." + product + ".unit-energy.grade3", PANELS, PRODUCT, product, PANEL_ENERGY,
        limit + " kgce/10^4 m2", below + " kgce/10^4 m2", GB30185_START);
  }

  // GB 30185-2025 表1 (p.6), tools/refine_simple_remaining_rules.py (commit 16c6d6fd…): grade 3 of each row
  private static final List<Row> ROWS = List.of(
      panel("decorative-hot-press", "4400", "4399"),
      panel("decorative-coating-hot-press", "6500", "6499"),
      panel("curtain-wall-hot-press", "4800", "4799"),
      panel("curtain-wall-coating-hot-press", "7600", "7599"),
      panel("non-combustible", "5400", "5399"),
      panel("aluminium-panel-powder-coated", "10200", "10199"),
      panel("aluminium-panel-liquid-coated", "17200", "17199"),
      new Row(CONTAINER, PORT, TERMINAL, "container", CONTAINER_ENERGY, "45 tce/10^4 TEU", "44.9 tce/10^4 TEU",
          GB31823_START));

  private static Optional<Finding> finding(Row row, LocalDate asOf, Map<String, Object> data) {
    return UnitProbe.findingIfAny(row.enterprise(), entry(row.id()), asOf, data);
  }

  private static Verdict verdict(Row row, Map<String, Object> data) {
    return finding(row, IN_2026, data).orElseThrow(() -> new AssertionError(row.id() + " gave no finding")).verdict();
  }

  // ------------------------------------------------------------------------------------------------ editions

  @Test
  void gb30185IsDatedAsTheRepositoryRecordsItsCoverPage() {
    CatalogueEdition e = QuotaEntries.assertSecondaryEdition("gb-30185@2025", "GB 30185-2025", LocalDate.of(2025, 2, 28),
        GB30185_START, "tools/prepare_next_scope_drafts.py, commit 19ea18f2889c5f1d5ba3f3d39ec71d525ef466b9", 7);
    assertTrue(e.source().source().contains("tools/refine_gb30185_rule.py, commit 511b984d32109dc0f5831f2e935f18eada1852e2"));
    assertEquals("GB 30185-2025 铝(塑)复合板单位产品能源消耗限额", e.title().zh());
    assertTrue(e.source().note().orElseThrow().contains("replaces GB 30185-2013"));
  }

  @Test
  void gb31823NowCarriesItsContainerRow() {
    CatalogueEdition e = QuotaEntries.assertSecondaryEdition("gb-31823@2021", "GB 31823-2021", LocalDate.of(2021, 10, 11),
        GB31823_START, "https://www.chinesestandard.net/PDF.aspx/GB31823-2021", 3);
    assertFalse(e.source().note().orElseThrow().contains("Left out"), "all three rows of 表1 are encoded");
    assertTrue(e.entries().stream().anyMatch(x -> x.id().equals(CONTAINER)));
  }

  // ------------------------------------------------------------------------------------------------ pins

  @Test
  void grade3ValuesAreThoseOfTheScripts() {
    for (Row row : ROWS) {
      QuotaEntries.assertExceeding(entry(row.id()), row.indicator(), row.limit());
      assertEquals(Quantity.parse(row.limit()).unit(), Quantity.parse(row.below()).unit());
    }
    assertEquals("铝塑复合板—热压复合装饰板 单位产品综合能耗（kgce/10⁴m²）：1级 2400，2级 3000，3级 4400",
        entry(ROWS.get(0).id()).text().zh());
    assertEquals("铝塑复合板—化成涂装和热压复合 单位产品综合能耗（kgce/10⁴m²）：1级 3500，2级 5000，3级 6500",
        entry(ROWS.get(1).id()).text().zh());
    assertEquals("铝塑复合板—幕墙板热压复合 单位产品综合能耗（kgce/10⁴m²）：1级 2700，2级 3200，3级 4800",
        entry(ROWS.get(2).id()).text().zh());
    assertEquals("铝塑复合板—幕墙板化成涂装和热压复合 单位产品综合能耗（kgce/10⁴m²）：1级 4400，2级 5600，3级 7600",
        entry(ROWS.get(3).id()).text().zh());
    assertEquals("不燃铝复合板 单位产品综合能耗（kgce/10⁴m²）：1级 3200，2级 3900，3级 5400",
        entry(ROWS.get(4).id()).text().zh());
    assertEquals("装饰用铝单板—粉末喷涂 单位产品综合能耗（kgce/10⁴m²）：1级 7000，2级 8500，3级 10200",
        entry(ROWS.get(5).id()).text().zh());
    assertEquals("装饰用铝单板—液体喷涂 单位产品综合能耗（kgce/10⁴m²）：1级 12000，2级 14000，3级 17200",
        entry(ROWS.get(6).id()).text().zh());
    // GB 31823-2021 表1 (p.4), tools/refine_complex_draft_rows.py (commit 16c6d6fd…)
    assertEquals("集装箱码头 单位产品可比综合能耗（tce/10⁴TEU）：1级 24，2级 28，3级 45", entry(CONTAINER).text().zh());
    assertEquals(Set.of("aluminium-composite-panel-plant"), entry(ROWS.get(0).id()).applicability().unitKinds());
    assertEquals(Set.of("port-terminal"), entry(CONTAINER).applicability().unitKinds());
    assertEquals(UnitOfMeasure.KGCE_PER_TEN_THOUSAND_SQUARE_METRES,
        BundledData.catalogues().vocabulary().indicator(PANEL_ENERGY).orElseThrow().unit());
    assertEquals(UnitOfMeasure.TCE_PER_TEN_THOUSAND_TEU,
        BundledData.catalogues().vocabulary().indicator(CONTAINER_ENERGY).orElseThrow().unit());
  }

  @Test
  void everyEntryIsUnverifiedRectifiesWithinSixMonthsAndNamesTheChongqingEconomyCommission() {
    for (Row row : ROWS) {
      CatalogueEntry x = entry(row.id());
      CatalogueEdition e = BundledData.catalogues().editions().stream()
          .filter(ed -> ed.entries().contains(x)).findFirst().orElseThrow();
      QuotaEntries.assertUnverifiedGrade3RectifiedInChongqing(e, x);
      assertTrue(x.provenance().note().orElseThrow().contains("requires_independent_review"), x.id());
      assertTrue(x.provenance().source().contains("commit 16c6d6fddb755619891ec558563e92340d86b84b"), x.id());
    }
  }

  // ------------------------------------------------------------------------------------------------ end to end

  @Test
  void aUnitAtOrBelowItsLimitIsCompliantAndJustPastItIsNot() {
    for (Row row : ROWS) {
      Quantity past = UnitProbe.plus(Quantity.parse(row.limit()), "0.001");
      assertEquals(Verdict.COMPLIANT, verdict(row, row.with(Quantity.parse(row.limit()))),
          row.id() + ": the limit itself is within the limit (超过)");
      assertEquals(Verdict.COMPLIANT, verdict(row, row.with(Quantity.parse(row.below()))), row.id());
      QuotaEntries.assertFailsPastLimit(finding(row, IN_2026, row.with(past)), row.id(), row.limit());
    }
  }

  @Test
  void aUnitMayReportItsEnergyInAnotherUnitOfTheSameKind() {
    Row decorative = ROWS.get(0);
    assertEquals(Verdict.COMPLIANT, verdict(decorative, decorative.with(Quantity.parse("0.44 kgce/m2"))), "4400 itself");
    assertEquals(Verdict.NON_COMPLIANT, verdict(decorative, decorative.with(Quantity.parse("4.401 tce/10^4 m2"))),
        "4401 kgce/10⁴m²");
    Row container = ROWS.get(7);
    assertEquals(Verdict.COMPLIANT, verdict(container, container.with(Quantity.parse("4.5 kgce/TEU"))), "45 itself");
    assertEquals(Verdict.NON_COMPLIANT, verdict(container, container.with(Quantity.parse("4.51 kgce/TEU"))), "45.1");
  }

  @Test
  void aUnitWithoutItsEnergyValueIsUndecided() {
    for (Row row : ROWS) {
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(row, UnitProbe.data(row.fact(), row.scope())), row.id());
    }
  }

  @Test
  void aRowSpeaksOnlyAboutItsOwnProductOrTerminalType() {
    UnitAssessment powder = UnitProbe.assess(PANELS, "aluminium-composite-panel-plant", IN_2026,
        UnitProbe.data(PRODUCT, "aluminium-panel-powder-coated", PANEL_ENERGY, Quantity.parse("12000 kgce/10^4 m2")));
    assertEquals(List.of(ROWS.get(5).id()), powder.findings().stream()
        .filter(f -> f.entry().entryId().startsWith("gb30185-2025.")).map(f -> f.entry().entryId()).toList(),
        "only the powder-coated row judges a powder-coated line");
    UnitAssessment container = UnitProbe.assess(PORT, "port-terminal", IN_2026,
        UnitProbe.data(TERMINAL, "container", CONTAINER_ENERGY, Quantity.parse("50 tce/10^4 TEU")));
    assertEquals(List.of(CONTAINER), container.findings().stream()
        .filter(f -> f.entry().entryId().startsWith("gb31823-2021.")).map(f -> f.entry().entryId()).toList(),
        "the dry bulk and crude oil rows do not judge a container terminal");
  }

  @Test
  void eachStandardIsNotInForceTheDayBeforeItsImplementation() {
    for (Row row : ROWS) {
      Map<String, Object> data = row.with(UnitProbe.plus(Quantity.parse(row.limit()), "1"));
      assertTrue(finding(row, row.start().minusDays(1), data).isEmpty(), row.id() + " not in force before "
          + row.start());
      assertEquals(Optional.of(Verdict.NON_COMPLIANT), finding(row, row.start(), data).map(Finding::verdict),
          row.id() + " in force on " + row.start());
    }
  }
}
