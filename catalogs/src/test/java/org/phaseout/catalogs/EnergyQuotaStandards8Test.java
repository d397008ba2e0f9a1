package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.phaseout.UnitAssessment;
import org.phaseout.Verdict;
import org.phaseout.capacity.Enterprise;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogs.QuotaRowProbe.Row;
import org.phaseout.measure.Quantity;

/**
 * The seventh batch of quota standards (单位产品能源消耗限额), its editions of 2023 to 2025, dated from the repository
 * adgo07/ECQuota-Insight's 63-standard working catalogue and valued from its draft rows (shared/reference/04 §9):
 * GB 31830-2024 (TDI, MDI), GB 32051-2024 (钛白粉, 氧化铁颜料), GB 29145-2023 (钨精矿, 钼精矿, 焙烧钼精矿),
 * GB 32032-2024 (金矿开采、选冶和金精炼, its refining rows in kgce/kg) and GB 45246-2025 (人造板, in kgce/m³: only the two
 * rows whose product the sources agree on). The older editions of the batch are in {@link EnergyQuotaStandards7Test}.
 * Every value and date is pinned, and each row is evaluated end to end on a fictitious Chongqing unit.
 */
class EnergyQuotaStandards8Test {

  private static final Enterprise ISOCYANATE =
      QuotaRowProbe.enterprise("91500101PH000000C6", "示例异氰酸酯有限公司（虚构）", "C26");
  private static final Enterprise PIGMENT =
      QuotaRowProbe.enterprise("91500101PH000000D9", "示例钛白粉有限公司（虚构）", "C26");
  private static final Enterprise TUNGSTEN =
      QuotaRowProbe.enterprise("91500101PH000000EC", "示例钨钼矿业有限公司（虚构）", "B09");
  private static final Enterprise GOLD =
      QuotaRowProbe.enterprise("91500101PH000000FF", "示例黄金矿业有限公司（虚构）", "B09");
  private static final Enterprise PANELS =
      QuotaRowProbe.enterprise("91500101PH000000GJ", "示例人造板有限公司（虚构）", "C20");

  private static final LocalDate BATCH_2024_START = LocalDate.of(2025, 5, 1);
  private static final LocalDate GB29145_START = LocalDate.of(2024, 12, 1);
  private static final LocalDate GB45246_START = LocalDate.of(2026, 2, 1);

  private static Row row(String catalogue, Enterprise enterprise, String fact, String scope, String indicatorId,
      String indicator, String limit, String grades, LocalDate start) {
    return new Row(catalogue + "." + scope + "." + indicatorId + ".grade3", enterprise, fact, scope, indicator, limit,
        grades, start);
  }

  private static Row isocyanate(String product, String limit, String grades) {
    return row("gb31830-2024", ISOCYANATE, "isocyanate.product", product, "comprehensive-energy",
        "isocyanate.comprehensive-energy", limit + " kgce/t", grades, BATCH_2024_START);
  }

  private static Row pigment(String product, String limit, String grades) {
    return row("gb32051-2024", PIGMENT, "pigment.product", product, "comprehensive-energy",
        "pigment.comprehensive-energy", limit + " kgce/t", grades, BATCH_2024_START);
  }

  private static Row tungsten(String product, String limit, String grades) {
    return row("gb29145-2023", TUNGSTEN, "tungstenmolybdenum.product", product, "unit-energy",
        "tungstenmolybdenum.unit-energy", limit + " kgce/t", grades, GB29145_START);
  }

  private static Row gold(String stage, String limit, String grades) {
    boolean refining = stage.startsWith("refining-");
    return row("gb32032-2024", GOLD, "gold.quotaRow", stage, "unit-energy",
        refining ? "gold.refining-unit-energy" : "gold.unit-energy", limit + (refining ? " kgce/kg" : " kgce/t"),
        grades, BATCH_2024_START);
  }

  private static Row panel(String product, String limit, String grades) {
    return row("gb45246-2025", PANELS, "wood.gb45246Product", product, "comprehensive-energy",
        "wood.panel-comprehensive-energy", limit + " kgce/m3", grades, GB45246_START);
  }

  // GB 31830-2024 表1、表2 and GB 32051-2024 表1、表2 (p.6), tools/refine_simple_remaining_rules.py (commit 16c6d6fd…)
  private static final List<Row> CHEMICAL_ROWS = List.of(
      isocyanate("tdi", "950", "1级 340，2级 500，3级 950"),
      isocyanate("mdi", "190", "1级 175，2级 180，3级 190"),
      pigment("titanium-dioxide-rutile-sulphate", "1300", "1级 860，2级 1000，3级 1300"),
      pigment("titanium-dioxide-anatase-sulphate", "1000", "1级 700，2级 800，3级 1000"),
      pigment("titanium-dioxide-chloride", "950", "1级 700，2级 900，3级 950"),
      pigment("iron-oxide-red", "780", "1级 580，2级 650，3级 780"),
      pigment("iron-oxide-yellow", "900", "1级 600，2级 750，3级 900"),
      pigment("iron-oxide-black", "600", "1级 410，2级 460，3级 600"));

  // GB 29145-2023 表1～表3 (p.4), tools/refine_complex_draft_rows.py (commit 16c6d6fd…)
  private static final List<Row> TUNGSTEN_ROWS = List.of(
      tungsten("tungsten-concentrate-wolframite", "1450", "1级 550，2级 1150，3级 1450"),
      tungsten("tungsten-concentrate-scheelite", "2050", "1级 1640，2级 1750，3级 2050"),
      tungsten("molybdenum-concentrate-three-stage", "1475", "1级 1250，2级 1390，3级 1475"),
      tungsten("molybdenum-concentrate-sabc", "2150", "1级 1900，2级 2060，3级 2150"),
      tungsten("roasted-molybdenum-multiple-hearth", "260", "1级 210，2级 230，3级 260"),
      tungsten("roasted-molybdenum-rotary-kiln", "200", "1级 170，2级 180，3级 200"));

  // GB 32032-2024 表1～表3 (p.7), tools/refine_complex_draft_rows.py (commit 16c6d6fd…)
  private static final List<Row> GOLD_ROWS = List.of(
      gold("mining-open-pit", "1.05", "1级 0.45，2级 0.85，3级 1.05"),
      gold("mining-underground-below-3e4-t-a", "16.60", "1级 6.30，2级 14.10，3级 16.60"),
      gold("mining-underground-3e4-to-6e4-t-a", "12.80", "1级 5.00，2级 10.20，3级 12.80"),
      gold("mining-underground-above-6e4-t-a", "9.55", "1级 3.10，2级 7.65，3级 9.55"),
      gold("processing-heap-leaching", "0.95", "1级 0.60，2级 0.85，3级 0.95"),
      gold("processing-flotation", "5.30", "1级 2.25，2级 4.50，3级 5.30"),
      gold("processing-whole-ore-cyanidation", "5.80", "1级 4.30，2级 5.15，3级 5.80"),
      gold("processing-concentrate-cyanidation", "14.00", "1级 11.20，2级 13.30，3级 14.00"),
      gold("processing-ore-roasting", "30.00", "1级 22.50，2级 27.00，3级 30.00"),
      gold("processing-concentrate-roasting", "27.50", "1级 22.00，2级 24.75，3级 27.50"),
      gold("processing-matte-smelting-capture", "36.55", "1级 26.10，2级 32.50，3级 36.55"),
      gold("processing-bio-oxidation", "65.60", "1级 52.00，2级 60.35，3级 65.60"),
      gold("processing-pressure-oxidation", "67.20", "1级 53.70，2级 61.15，3级 67.20"),
      gold("refining-chemical", "5.40", "1级 4.20，2级 4.85，3级 5.40"),
      gold("refining-solvent-extraction", "5.85", "1级 4.50，2级 5.25，3级 5.85"),
      gold("refining-electrolysis", "4.55", "1级 4.10，2级 4.35，3级 4.55"));

  // GB 45246-2025 表1 (p.5), tools/refine_simple_remaining_rules.py (commit 16c6d6fd…)
  private static final List<Row> PANEL_ROWS = List.of(
      panel("medium-density-fibreboard", "180", "1级 118，2级 130，3级 180"),
      panel("ordinary-particleboard", "150", "1级 100，2级 110，3级 150"));

  private static final List<Row> ROWS = Stream.of(CHEMICAL_ROWS, TUNGSTEN_ROWS, GOLD_ROWS, PANEL_ROWS)
      .flatMap(List::stream).toList();

  // ------------------------------------------------------------------------------------------------ editions

  @Test
  void eachEditionIsDatedAsTheRepositorysWorkingCatalogueRecordsIt() {
    LocalDate april2024 = LocalDate.of(2024, 4, 29);
    CatalogueEdition tdi = QuotaEntries.assertSecondaryEdition("gb-31830@2024", "GB 31830-2024", april2024,
        BATCH_2024_START, QuotaRowProbe.DATES, 2);
    assertTrue(tdi.source().note().orElseThrow().contains("replaces GB 31828-2015 and GB 31830-2015"));
    QuotaEntries.assertSecondaryEdition("gb-32051@2024", "GB 32051-2024", april2024, BATCH_2024_START,
        QuotaRowProbe.DATES, 6);
    QuotaEntries.assertSecondaryEdition("gb-29145@2023", "GB 29145-2023", LocalDate.of(2023, 11, 27), GB29145_START,
        QuotaRowProbe.DATES, 6);
    QuotaEntries.assertSecondaryEdition("gb-32032@2024", "GB 32032-2024", april2024, BATCH_2024_START,
        QuotaRowProbe.DATES, 16);
    CatalogueEdition panels = QuotaEntries.assertSecondaryEdition("gb-45246@2025", "GB 45246-2025",
        LocalDate.of(2025, 1, 24), GB45246_START, QuotaRowProbe.DATES, 2);
    assertEquals("GB 45246-2025 人造板类主要产品单位产品能源消耗限额", panels.title().zh());
  }

  // ------------------------------------------------------------------------------------------------ pins

  @Test
  void grade3ValuesAreThoseOfTheRepositorysScripts() {
    QuotaRowProbe.assertPinned(CHEMICAL_ROWS.subList(0, 2), "isocyanate-plant");
    QuotaRowProbe.assertPinned(CHEMICAL_ROWS.subList(2, 8), "inorganic-pigment-plant");
    QuotaRowProbe.assertPinned(TUNGSTEN_ROWS, "tungsten-molybdenum-plant");
    QuotaRowProbe.assertPinned(GOLD_ROWS, "gold-plant");
    QuotaRowProbe.assertPinned(PANEL_ROWS, "wood-products-plant");
  }

  @Test
  void onlyThePanelRowsTheSourcesAgreeOnAreEncoded() {
    String note = QuotaRowProbe.editionOf(PANEL_ROWS.get(0).id()).source().note().orElseThrow();
    assertTrue(note.contains("the sources disagree on their product"), note);
    assertTrue(note.contains("110+60=170"), "the plywood sums are recorded as a check, not taken as a source");
    assertEquals(Set.of("medium-density-fibreboard", "ordinary-particleboard"),
        BundledData.catalogues().vocabulary().attribute("wood.gb45246Product").orElseThrow().allowedValues());
  }

  // ------------------------------------------------------------------------------------------------ end to end

  @Test
  void eachRowIsAnUnverifiedGrade3LimitWhichPassesAtItsNumberAndNeverPassesMissingData() {
    QuotaRowProbe.assertEndToEnd(ROWS);
  }

  @Test
  void aRefineryMayReportItsEnergyInTonnesPerTonne() {
    Row chemical = GOLD_ROWS.get(13);
    assertTrue(Quantity.parse("5.40 kgce/kg").isEqualTo(Quantity.parse("5400 kgce/t")), "1 kgce/kg = 1000 kgce/t");
    assertEquals(Verdict.COMPLIANT, chemical.verdict(chemical.with("5.4 tce/t")), "5.40 kgce/kg itself");
    assertEquals(Verdict.NON_COMPLIANT, chemical.verdict(chemical.with("5401 kgce/t")), "5.401 kgce/kg");
  }

  @Test
  void aRowSpeaksOnlyAboutItsOwnProductOrStage() {
    UnitAssessment flotation = UnitProbe.assess(GOLD, "gold-plant", LocalDate.of(2025, 12, 31),
        UnitProbe.data("gold.quotaRow", "processing-flotation", "gold.unit-energy", "5.5 kgce/t"));
    List<String> judged = flotation.findings().stream().map(f -> f.entry().entryId())
        .filter(id -> id.startsWith("gb32032-2024.")).toList();
    assertEquals(List.of(GOLD_ROWS.get(5).id()), judged, "only the flotation row judges a flotation plant");
    UnitAssessment rutile = UnitProbe.assess(PIGMENT, "inorganic-pigment-plant", LocalDate.of(2025, 12, 31),
        UnitProbe.data("pigment.product", "titanium-dioxide-rutile-sulphate", "pigment.comprehensive-energy",
            "1200 kgce/t"));
    assertTrue(rutile.findings().stream().anyMatch(f -> f.entry().entryId().equals(CHEMICAL_ROWS.get(2).id())
        && f.verdict() == Verdict.COMPLIANT), "1200 is within rutile's 1300");
    assertFalse(rutile.findings().stream().anyMatch(f -> f.entry().entryId().equals(CHEMICAL_ROWS.get(3).id())),
        "the anatase row, 1000, does not judge a rutile line");
  }

  @Test
  void theFourDisputedPanelRowsAreNotInTheCatalogue() {
    for (String missing : List.of("high-density-fibreboard", "plywood-full-process", "plywood-front-process",
        "plywood-back-process")) {
      assertTrue(BundledData.catalogues().editions().stream().flatMap(e -> e.entries().stream())
          .noneMatch(x -> x.id().startsWith("gb45246-2025." + missing)), missing);
    }
    assertTrue(entry(PANEL_ROWS.get(0).id()).provenance().note().orElseThrow().contains("中密度纤维板全工序"));
  }
}
