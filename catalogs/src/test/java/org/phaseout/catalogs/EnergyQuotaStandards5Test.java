package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * The fifth batch of mandatory unit-product energy-consumption quota standards (单位产品能源消耗限额) as shipped, from
 * the draft rows of the public repository adgo07/ECQuota-Insight (shared/reference/04 §9): GB 30530-2024 (二甲基硅氧烷,
 * its one row, dates from the repository's record of the cover page) and GB 31823-2021 (码头作业: the dry bulk and crude
 * oil rows, written in kgce/t, dates from the cover page a translation seller reproduces; its 集装箱码头 row, in
 * tce/10⁴TEU, and GB 30185-2025 are in {@link EnergyQuotaStandards6Test}; GB 45246-2025, GB 31830-2024, GB 32051-2024,
 * GB 29145-2023 and GB 32032-2024, dated from the repository's working catalogue, are in
 * {@link EnergyQuotaStandards8Test}). Every value and date is pinned, and each entry is evaluated end to end on a
 * fictitious Chongqing unit: at, just past and below its limit, without the data it needs, and before the standard.
 */
class EnergyQuotaStandards5Test {

  private static final Set<String> CATALOGUES = Set.of("gb-30530", "gb-31823");

  private static final LocalDate END_OF_2025 = LocalDate.of(2025, 12, 31);

  private static final Enterprise SILICONES = Enterprise.builder()
      .creditCode(CreditCode.parse("91500101PH00000027")).name("示例有机硅有限公司（虚构）")
      .division(DivisionCode.parse("500101")).industry(IndustryCode.parse("C26")).build();
  private static final Enterprise PORT = Enterprise.builder()
      .creditCode(CreditCode.parse("91500101PH0000003A")).name("示例港务有限公司（虚构）")
      .division(DivisionCode.parse("500101")).industry(IndustryCode.parse("G55")).build();

  private static final String SILOXANE = "gb30530-2024.dimethylsiloxane.unit-energy.grade3";
  private static final String SILOXANE_SCOPE = "organosilicon.gb30530Scope";
  private static final String SILOXANE_ENERGY = "dimethylsiloxane.unit-energy";

  private static final String DRY_BULK = "gb31823-2021.dry-bulk-terminal.comparable-energy.grade3";
  private static final String CRUDE_OIL = "gb31823-2021.crude-oil-terminal.comparable-energy.grade3";
  private static final String TERMINAL = "portterminal.type";
  private static final String TERMINAL_ENERGY = "portterminal.comparable-energy";

  /** One row of a standard: its entry, the unit's enterprise, its scope fact and value, indicator and grade-3 limit. */
  private record Row(String id, Enterprise enterprise, String fact, Object scope, String indicator, String limit,
      String below) {
    Map<String, Object> with(Object value) {
      return UnitProbe.data(fact, scope, indicator, value);
    }
  }

  private static final List<Row> ROWS = List.of(
      new Row(SILOXANE, SILICONES, SILOXANE_SCOPE, Boolean.TRUE, SILOXANE_ENERGY, "1000 kgce/t", "999 kgce/t"),
      new Row(DRY_BULK, PORT, TERMINAL, "dry-bulk-coal-ore", TERMINAL_ENERGY, "0.27 kgce/t", "0.26 kgce/t"),
      new Row(CRUDE_OIL, PORT, TERMINAL, "crude-oil", TERMINAL_ENERGY, "0.088 kgce/t", "0.087 kgce/t"));

  private static List<CatalogueEdition> topicEditions() {
    return BundledData.catalogues().editions().stream().filter(e -> CATALOGUES.contains(e.catalogueId())).toList();
  }

  private static Optional<Finding> finding(Row row, LocalDate asOf, Map<String, Object> data) {
    return UnitProbe.findingIfAny(row.enterprise(), entry(row.id()), asOf, data);
  }

  private static Verdict verdict(Row row, Map<String, Object> data) {
    return finding(row, END_OF_2025, data).orElseThrow(() -> new AssertionError(row.id() + " gave no finding"))
        .verdict();
  }

  // ------------------------------------------------------------------------------------------------ editions

  @Test
  void gb30530IsDatedAsTheRepositoryRecordsItsCoverPage() {
    CatalogueEdition e = QuotaEntries.assertSecondaryEdition("gb-30530@2024", "GB 30530-2024", LocalDate.of(2024, 4, 29),
        LocalDate.of(2025, 5, 1), "tools/prepare_next_scope_drafts.py, commit 19ea18f2889c5f1d5ba3f3d39ec71d525ef466b9", 1);
    assertEquals("GB 30530-2024 二甲基硅氧烷单位产品能源消耗限额", e.title().zh());
    assertTrue(e.source().note().orElseThrow().contains("replaces GB 30530-2014"));
  }

  @Test
  void gb31823IsDatedAsTheTranslationSellersCoverPageDatesIt() {
    // https://www.chinesestandard.net/PDF.aspx/GB31823-2021: ISSUED ON OCTOBER 11, 2021; IMPLEMENTED ON NOVEMBER 01, 2022
    // the container row (tce/10⁴TEU) is pinned in EnergyQuotaStandards6Test: 3 entries
    CatalogueEdition e = QuotaEntries.assertSecondaryEdition("gb-31823@2021", "GB 31823-2021", LocalDate.of(2021, 10, 11),
        LocalDate.of(2022, 11, 1), "https://www.chinesestandard.net/PDF.aspx/GB31823-2021", 3);
    assertTrue(e.source().note().orElseThrow().contains("集装箱码头 45 tce/10⁴TEU"));
    assertEquals(2, topicEditions().size());
  }

  // ------------------------------------------------------------------------------------------------ pins

  @Test
  void grade3ValuesAreThoseOfTheScripts() {
    for (Row row : ROWS) {
      QuotaEntries.assertExceeding(entry(row.id()), row.indicator(), row.limit());
    }
    // GB 30530-2024 has one row only: 表1 (p.6), tools/refine_simple_remaining_rules.py (commit 16c6d6fd…)
    assertEquals("二甲基硅氧烷（水解物、环体和线性体） 单位产品能耗（kgce/t）：1级 650，2级 750，3级 1000",
        entry(SILOXANE).text().zh());
    assertEquals(Set.of("organosilicon-unit"), entry(SILOXANE).applicability().unitKinds());
    // GB 31823-2021 表1 (p.4), tools/refine_complex_draft_rows.py (commit 16c6d6fd…); 1 tce/10⁴t = 0.1 kgce/t
    assertEquals("干散货码头 单位产品可比综合能耗（tce/10⁴t）：1级 1.8，2级 2.0，3级 2.7（3级即 0.27 kgce/t）",
        entry(DRY_BULK).text().zh());
    assertEquals("原油码头 单位产品可比综合能耗（tce/10⁴t）：1级 0.36，2级 0.51，3级 0.88（3级即 0.088 kgce/t）",
        entry(CRUDE_OIL).text().zh());
    assertTrue(Quantity.parse("2.7 tce/t").isEqualTo(Quantity.parse("2700 kgce/t")), "powers of ten convert");
    assertEquals(Set.of("port-terminal"), entry(CRUDE_OIL).applicability().unitKinds());
  }

  @Test
  void everyEntryIsUnverifiedRectifiesWithinSixMonthsAndNamesTheChongqingEconomyCommission() {
    for (CatalogueEdition e : topicEditions()) {
      for (CatalogueEntry x : e.entries()) {
        QuotaEntries.assertUnverifiedGrade3RectifiedInChongqing(e, x);
        assertTrue(x.provenance().note().orElseThrow().contains("requires_independent_review"),
            x.id() + " says why it is unverified");
        assertTrue(x.provenance().source().contains("commit 16c6d6fddb755619891ec558563e92340d86b84b"),
            x.id() + " names the script's commit");
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ end to end

  @Test
  void aUnitAtOrBelowItsLimitIsCompliantAndJustPastItIsNot() {
    for (Row row : ROWS) {
      Quantity past = UnitProbe.plus(Quantity.parse(row.limit()), "0.001");
      assertEquals(Verdict.COMPLIANT, verdict(row, row.with(row.limit())),
          row.id() + ": the limit itself is within the limit (超过)");
      assertEquals(Verdict.COMPLIANT, verdict(row, row.with(row.below())), row.id());
      QuotaEntries.assertFailsPastLimit(finding(row, END_OF_2025, row.with(past)), row.id(), row.limit());
    }
  }

  @Test
  void aTerminalMayReportItsEnergyInTonnesOfCoalEquivalent() {
    Row crude = ROWS.get(2);
    assertEquals(Verdict.COMPLIANT, verdict(crude, crude.with("0.000088 tce/t")), "0.88 tce/10⁴t itself");
    assertEquals(Verdict.NON_COMPLIANT, verdict(crude, crude.with("0.000089 tce/t")), "0.89 tce/10⁴t");
  }

  @Test
  void aUnitWithoutItsEnergyValueIsUndecided() {
    for (Row row : ROWS) {
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(row, UnitProbe.data(row.fact(), row.scope())), row.id());
    }
  }

  @Test
  void aRowSpeaksOnlyAboutItsOwnTerminalType() {
    UnitAssessment crude = UnitProbe.assess(PORT, "port-terminal", END_OF_2025,
        UnitProbe.data(TERMINAL, "crude-oil", TERMINAL_ENERGY, "0.2 kgce/t"));
    assertTrue(crude.findings().stream().anyMatch(f -> f.entry().entryId().equals(CRUDE_OIL)
        && f.verdict() == Verdict.NON_COMPLIANT), "0.2 exceeds the crude oil terminal's 0.088");
    assertTrue(crude.findings().stream().noneMatch(f -> f.entry().entryId().equals(DRY_BULK)),
        "the dry bulk row does not judge a crude oil terminal");
    UnitAssessment container = UnitProbe.assess(PORT, "port-terminal", END_OF_2025,
        UnitProbe.data(TERMINAL, "container", TERMINAL_ENERGY, "0.2 kgce/t"));
    assertTrue(container.findings().stream().noneMatch(f -> f.entry().entryId().equals(DRY_BULK)
        || f.entry().entryId().equals(CRUDE_OIL)), "the tonnage rows do not judge a container terminal");
  }

  @Test
  void eachStandardIsNotInForceTheDayBeforeItsImplementation() {
    Map<Row, LocalDate> starts = Map.of(ROWS.get(0), LocalDate.of(2025, 5, 1), ROWS.get(1), LocalDate.of(2022, 11, 1),
        ROWS.get(2), LocalDate.of(2022, 11, 1));
    starts.forEach((row, start) -> {
      Map<String, Object> data = row.with(UnitProbe.plus(Quantity.parse(row.limit()), "1"));
      assertTrue(finding(row, start.minusDays(1), data).isEmpty(), row.id() + " not in force before " + start);
      assertEquals(Optional.of(Verdict.NON_COMPLIANT), finding(row, start, data).map(Finding::verdict),
          row.id() + " in force on " + start);
    });
  }
}
