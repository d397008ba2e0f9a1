package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.EfficiencyLevelProbe.AS_OF;
import static org.phaseout.catalogs.EfficiencyLevelProbe.CHONGQING;
import static org.phaseout.catalogs.EfficiencyLevelProbe.zh;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.catalogue.Action;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.LimitWording;
import org.phaseout.catalogue.VerificationLevel;

/**
 * The annex rows of 《工业重点领域能效标杆水平和基准水平》 (发改产业〔2023〕723号 and 〔2021〕1609号) found in secondary sources, as
 * specifications: each compares an indicator with the baseline value, the value itself being reached, a missing indicator
 * never passing, and a row outside its field or edition giving no finding; every other annex row stays missing. The rules
 * that read the comparison with a level as a reported fact are in {@link EfficiencyLevelRulesTest}.
 */
class EfficiencyLevelBaselineRowsTest {

  private static final String CLINKER = "cn-eel-2023.baseline.cement-clinker";
  private static final String SIMN = "cn-eel-2023.baseline.ferroalloy-silicomanganese";
  private static final String FESI = "cn-eel-2023.baseline.ferroalloy-ferrosilicon";
  private static final String SIMN_2021 = "cn-eel-2021.baseline.ferroalloy-silicomanganese";
  private static final String SANITARY_2021 = "cn-eel-2021.baseline.sanitary-ceramics";
  private static final List<String> TILES_2021 = List.of("cn-eel-2021.baseline.ceramic-tile-absorption-le0.5",
      "cn-eel-2021.baseline.ceramic-tile-absorption-0.5-10", "cn-eel-2021.baseline.ceramic-tile-absorption-gt10");
  private static final List<String> ROWS = List.of(CLINKER, SIMN, FESI, SIMN_2021, SANITARY_2021);

  private static Optional<Finding> row(String entryId, String kind, LocalDate asOf, Object... data) {
    return UnitProbe.assess(CHONGQING, kind, asOf, UnitProbe.data(data)).findings().stream()
        .filter(f -> f.entry().entryId().equals(entryId)).findFirst();
  }

  private static Verdict rowVerdict(String entryId, String kind, LocalDate asOf, Object... data) {
    return row(entryId, kind, asOf, data).orElseThrow(() -> new AssertionError(entryId + " gave no finding"))
        .verdict();
  }

  @Test
  void aClinkerLineAboveTheBaselineOf117MustBeRetrofittedOrExitByTheEndOf2025() {
    Finding f = row(CLINKER, "clinker-line", AS_OF, "efficiency.field", "cement-clinker",
        "cement.clinker-comprehensive-energy", "117.1 kgce/t").orElseThrow();
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertEquals(Action.RECTIFY, f.action());
    assertEquals(Optional.of(LocalDate.of(2025, 12, 31)), f.deadline());
    assertTrue(f.actionText().zh().contains("参照淘汰类管理"));
    assertEquals(List.of("市发展改革委", "市经济信息委"), zh(f.departments().lead()));
    assertEquals(VerificationLevel.SECONDARY, f.entry().verification());
    assertEquals(Verdict.COMPLIANT, rowVerdict(CLINKER, "clinker-line", AS_OF, "efficiency.field", "cement-clinker",
        "cement.clinker-comprehensive-energy", "117 kgce/t"), "the baseline value itself is reached");
    assertEquals(Verdict.NON_COMPLIANT, rowVerdict(CLINKER, "key-field-production-unit", AS_OF,
        "efficiency.field", "cement-clinker", "cement.clinker-comprehensive-energy", "118 kgce/t"));
    assertEquals(Verdict.INSUFFICIENT_DATA, rowVerdict(CLINKER, "clinker-line", AS_OF,
        "efficiency.field", "cement-clinker"), "no indicator, no pass");
    assertTrue(row(CLINKER, "key-field-production-unit", AS_OF, "efficiency.field", "caustic-soda",
        "cement.clinker-comprehensive-energy", "130 kgce/t").isEmpty(), "another field is out of scope");
  }

  @Test
  void ferroalloyFurnacesAreComparedWithTheBaselineOfTheirProduct() {
    Object[] simn = {"efficiency.field", "ferroalloy-smelting", "ferroalloy.product", "silicomanganese"};
    Object[] fesi = {"efficiency.field", "ferroalloy-smelting", "ferroalloy.product", "ferrosilicon"};
    Finding f = row(SIMN, "ferroalloy-furnace", AS_OF, with(simn, "ferroalloy.comprehensive-energy", "950.1 kgce/t"))
        .orElseThrow();
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertEquals(Optional.of(LocalDate.of(2025, 12, 31)), f.deadline());
    assertEquals(VerificationLevel.UNVERIFIED, f.entry().verification());
    assertEquals(Verdict.COMPLIANT, rowVerdict(SIMN, "ferroalloy-furnace", AS_OF,
        with(simn, "ferroalloy.comprehensive-energy", "950 kgce/t")));
    assertEquals(Verdict.INSUFFICIENT_DATA, rowVerdict(SIMN, "ferroalloy-furnace", AS_OF, simn));
    assertEquals(Verdict.NON_COMPLIANT, rowVerdict(FESI, "ferroalloy-furnace", AS_OF,
        with(fesi, "ferroalloy.comprehensive-energy", "1850.5 kgce/t")));
    assertEquals(Verdict.COMPLIANT, rowVerdict(FESI, "ferroalloy-furnace", AS_OF,
        with(fesi, "ferroalloy.comprehensive-energy", "1850 kgce/t")));
    assertEquals(Verdict.INSUFFICIENT_DATA, rowVerdict(FESI, "key-field-production-unit", AS_OF, fesi));
    assertTrue(row(SIMN, "ferroalloy-furnace", AS_OF, with(fesi, "ferroalloy.comprehensive-energy", "1800 kgce/t"))
        .isEmpty(), "a ferrosilicon furnace is not judged on the silicomanganese row");
  }

  @Test
  void the2021SilicomanganeseRowAppliesUntilThe2023EditionWithTheLocalTimeLimit() {
    Object[] simn = {"efficiency.field", "ferroalloy-smelting", "ferroalloy.product", "silicomanganese"};
    LocalDate before2023 = LocalDate.of(2023, 7, 3);
    Finding f = row(SIMN_2021, "ferroalloy-furnace", before2023,
        with(simn, "ferroalloy.comprehensive-energy", "951 kgce/t")).orElseThrow();
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertTrue(f.deadline().isEmpty(), "localities set the time limit");
    assertEquals(Verdict.COMPLIANT, rowVerdict(SIMN_2021, "ferroalloy-furnace", before2023,
        with(simn, "ferroalloy.comprehensive-energy", "950 kgce/t")));
    assertEquals(Verdict.INSUFFICIENT_DATA, rowVerdict(SIMN_2021, "ferroalloy-furnace", before2023, simn));
    assertTrue(row(SIMN_2021, "ferroalloy-furnace", LocalDate.of(2023, 7, 4),
        with(simn, "ferroalloy.comprehensive-energy", "951 kgce/t")).isEmpty());
  }

  @Test
  void theRowsSayWhatTheirSourcesLeaveOpen() {
    for (String id : ROWS) {
      CatalogueEntry e = entry(id);
      String note = e.provenance().note().orElseThrow();
      assertTrue(note.contains("MISSING"), id + " says the official row is missing");
      assertTrue(note.contains("limit word"), id + " says the source gives no limit word");
      assertEquals(Optional.of(LimitWording.EXCEEDING), CriterionShapes.limitOf(e).wording(), id);
    }
    assertTrue(entry(SIMN).provenance().note().orElseThrow()
        .contains("higher value of each pair is read as the baseline"));
    assertTrue(edition("cn-industrial-energy-efficiency-levels@2023").source().note().orElseThrow()
        .contains("not confirmed by any source and are not encoded"), "the 高炉/转炉 demo values stay out");
  }

  @Test
  void the2021SanitaryCeramicsBaselineIs630AndTheTileRowsAreForTheAssessor() {
    LocalDate in2022 = LocalDate.of(2022, 6, 30);
    Finding f = row(SANITARY_2021, "sanitary-ceramics-line", in2022, "efficiency.field", "sanitary-ceramics",
        "ceramics.sanitary-comprehensive-energy", "630.5 kgce/t").orElseThrow();
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertTrue(f.deadline().isEmpty(), "localities set the time limit");
    assertEquals(VerificationLevel.SECONDARY, f.entry().verification());
    assertEquals(Verdict.COMPLIANT, rowVerdict(SANITARY_2021, "sanitary-ceramics-line", in2022,
        "efficiency.field", "sanitary-ceramics", "ceramics.sanitary-comprehensive-energy", "630 kgce/t"));
    assertEquals(Verdict.INSUFFICIENT_DATA, rowVerdict(SANITARY_2021, "key-field-production-unit", in2022,
        "efficiency.field", "sanitary-ceramics"));
    assertTrue(entry(SANITARY_2021).text().zh().contains("标杆水平为300千克标准煤/吨"));

    for (String id : TILES_2021) {
      assertTrue(entry(id).criterion().isEmpty(), id + ": kgce/m² is not an engine unit, so the row is manual");
      assertTrue(entry(id).provenance().note().orElseThrow().contains("Manual assessment"), id);
    }
    assertEquals(Verdict.INSUFFICIENT_DATA, rowVerdict(TILES_2021.get(0), "building-ceramics-line", in2022,
        "efficiency.field", "architectural-ceramics", "ceramics.waterAbsorption", "0.5 %"));
    assertTrue(row(TILES_2021.get(0), "building-ceramics-line", in2022, "efficiency.field", "architectural-ceramics",
        "ceramics.waterAbsorption", "0.6 %").isEmpty(), "0.6 % is the next band's");
    assertEquals(Verdict.INSUFFICIENT_DATA, rowVerdict(TILES_2021.get(1), "building-ceramics-line", in2022,
        "efficiency.field", "architectural-ceramics", "ceramics.waterAbsorption", "10 %"));
    assertEquals(Verdict.INSUFFICIENT_DATA, rowVerdict(TILES_2021.get(2), "building-ceramics-line", in2022,
        "efficiency.field", "architectural-ceramics", "ceramics.waterAbsorption", "10.5 %"));
    assertTrue(row(TILES_2021.get(2), "building-ceramics-line", LocalDate.of(2023, 7, 4), "efficiency.field",
        "architectural-ceramics", "ceramics.waterAbsorption", "10.5 %").isEmpty(), "the 2021 edition has ended");
  }

  private static Set<String> annexRowsOf(String editionKey) {
    return edition(editionKey).entries().stream().map(CatalogueEntry::id).filter(id -> id.contains(".baseline."))
        .collect(Collectors.toSet());
  }

  @Test
  void onlyTheAnnexRowsReadInASourceAreEncodedAndEveryOtherRowStaysMissing() {
    // No row may be filled from memory, by analogy with a quota standard's grade (reference 03 §1.6) or from the demo
    // file of reference 03 §1.5: a row is added only with the source it was read in and its pinned values.
    assertEquals(Set.of(CLINKER, SIMN, FESI), annexRowsOf("cn-industrial-energy-efficiency-levels@2023"));
    Set<String> rows2021 = new HashSet<>(TILES_2021);
    rows2021.addAll(List.of(SIMN_2021, SANITARY_2021));
    assertEquals(rows2021, annexRowsOf("cn-industrial-energy-efficiency-levels@2021"));
    for (String key : List.of("cn-industrial-energy-efficiency-levels@2023",
        "cn-industrial-energy-efficiency-levels@2021")) {
      String note = edition(key).source().note().orElseThrow();
      assertTrue(note.contains("second search"), key + " records the search that found no further row");
    }
    assertTrue(edition("cn-industrial-energy-efficiency-levels@2023").source().note().orElseThrow()
        .contains("MISSING after this search"), "the 2023 note lists the rows still missing");
  }

  private static Object[] with(Object[] base, Object... more) {
    Object[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }
}
