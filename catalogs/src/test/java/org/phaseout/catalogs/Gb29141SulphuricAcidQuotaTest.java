package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.CriterionShapes.assumptionsOf;
import static org.phaseout.catalogs.CriterionShapes.limitOf;
import static org.phaseout.catalogs.CriterionShapes.quantity;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.BATCH;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.ENTERPRISE;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.EVALUATOR;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.assertEdgeCases;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.assertGrade3;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.assertManual;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.caseOf;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.g;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.rowCases;
import static org.phaseout.catalogs.UnitProbe.data;
import static org.phaseout.catalogs.UnitProbe.explains;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.phaseout.Finding;
import org.phaseout.UnitAssessment;
import org.phaseout.Verdict;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.CatalogueStatus;
import org.phaseout.catalogue.VerificationLevel;
import org.phaseout.measure.Quantity;

/**
 * The energy-quota standard of industrial sulphuric acid (工业硫酸单位产品能源消耗限额, GB 29141, with 稀硝酸 and 冰醋酸
 * from its 2024 edition) as shipped: the 2012 edition pinned to the reference (shared/reference/04), the 2024 edition
 * to the repository's definition file, the older edition ending on the day the newer takes effect, and every entry
 * evaluated end to end on fictitious Chongqing units on each side of that day.
 */
class Gb29141SulphuricAcidQuotaTest {

  private static final LocalDate GB29141_2024_IN_FORCE = LocalDate.of(2025, 6, 1);

  private static List<CatalogueEdition> gb29141Editions() {
    return BundledData.catalogues().editions().stream().filter(e -> e.catalogueId().equals("gb-29141")).toList();
  }

  /** A day on which the entry's edition is in force: the first day, or 2020-01-01 for the 2012 edition. */
  private static LocalDate gb29141AsOf(CatalogueEntry entry) {
    return entry.id().startsWith("gb29141-2012.") ? LocalDate.of(2020, 1, 1) : GB29141_2024_IN_FORCE;
  }

  private static Optional<Finding> gb29141Finding(CatalogueEntry entry, Map<String, Object> data) {
    return UnitProbe.findingIfAny(ENTERPRISE, entry, gb29141AsOf(entry), data);
  }

  @Test
  void gb29141EditionsAreDatedAndTheOlderEndsWhenTheNewerTakesEffect() {
    // 2012: reference 04 §1 (data/catalog.json seq 20); 2024 and the replacement: data/definitions/gb-29141-2024.json
    // and data/standard-replacements.json of GitHub adgo07/ECQuota-Insight
    CatalogueEdition old = edition("gb-29141@2012");
    assertEquals("GB 29141-2012", old.documentNumber());
    assertEquals(LocalDate.of(2012, 12, 31), old.published());
    assertEquals(LocalDate.of(2013, 10, 1), old.validity().start());
    assertEquals(Optional.of(GB29141_2024_IN_FORCE), old.validity().end(), "ends when GB 29141-2024 takes effect");
    assertEquals(Optional.of("2024"), old.supersededBy());
    assertEquals(VerificationLevel.SECONDARY, old.source().verification());
    CatalogueEdition current = edition("gb-29141@2024");
    assertEquals("GB 29141-2024", current.documentNumber());
    assertEquals(LocalDate.of(2024, 5, 28), current.published());
    assertEquals(GB29141_2024_IN_FORCE, current.validity().start());
    assertEquals(Optional.empty(), current.validity().end(), "no successor is known");
    assertEquals(VerificationLevel.SECONDARY, current.source().verification());
    assertTrue(current.source().note().orElseThrow().contains("GB 29437-2012 and GB 29441-2012"),
        "the edition names the other standards it replaces");
    assertEquals(2, gb29141Editions().size());
  }

  @Test
  void gb29141Of2012Grade3ValuesOfEachFeed() {
    // reference 04 §5.5 (repository draft MD, p.2 表1、表2、表3; 3 = 现有 表1): 综合能耗 kgce/t | 吨酸电耗 kWh/t
    String[][] rows = {
        {"sulphur", "硫黄", "-180,-140,-115", "60,70,85"},
        {"pyrite", "硫铁矿", "-135,-120,-100", "110,120,130"},
        {"copper-nickel-smelter-gas", "铜、镍冶炼烟气", "-30,3,16", "100,110,130"},
        {"lead-smelter-gas", "铅冶炼烟气", "5,19,22", "130,150,180"},
        {"zinc-smelter-gas", "锌冶炼烟气", "-120,-95,-85", "110,120,130"},
        {"other-nonferrous-smelter-gas", "其他有色金属冶炼烟气", "-42,-4,34", "210,240,270"}};
    for (String[] r : rows) {
      String energy = r[2].split(",")[2];
      String power = r[3].split(",")[2];
      assertGrade3("gb29141-2012." + r[0] + ".comprehensive-energy.grade3", energy + " kgce/t",
          "工业硫酸 " + r[1] + " 综合能耗（kgce/t）：" + g(r[2]));
      assertGrade3("gb29141-2012." + r[0] + ".power.grade3", power + " kWh/t",
          "工业硫酸 " + r[1] + " 吨酸电耗（kWh/t）：" + g(r[3]));
    }
    assertEquals(12, edition("gb-29141@2012").entries().size());
    for (CatalogueEntry x : edition("gb-29141@2012").entries()) {
      assertEquals(VerificationLevel.UNVERIFIED, x.provenance().verification(), x.id() + ": a repository draft");
      assertTrue(x.provenance().note().orElseThrow().contains("3 = 现有 (表1)"), x.id() + " names the repository's mapping");
    }
  }

  @Test
  void gb29141Of2024Grade3ValuesOfAcidNitricAndAceticAcid() {
    // data/definitions/gb-29141-2024.json, 4.1 表1 (p.9): kgce/t, 浓硫酸 (发烟硫酸（20%） +35 on every grade, not decided)
    String[][] acid = {
        {"sulphur-with-low-temperature-heat-recovery", "硫黄制酸（有低温热回收）", "-160,-150,-120"},
        {"sulphur-without-low-temperature-heat-recovery", "硫黄制酸（无低温热回收）", "-160,-150,-110"},
        {"pyrite", "硫铁矿制酸", "-110,-100,-90"},
        {"copper-smelter-gas-so2-over-13", "铜冶炼烟气制酸（SO₂浓度＞13%）", "-30,-5,5"},
        {"copper-smelter-gas-so2-up-to-13", "铜冶炼烟气制酸（SO₂浓度≤13%）", "2,6,12"},
        {"nickel-smelter-gas", "镍冶炼烟气制酸", "12,15,16"},
        {"lead-smelter-gas", "铅冶炼烟气制酸", "11,12,14"},
        {"zinc-smelter-gas", "锌冶炼烟气制酸", "15,16,18"},
        {"lead-zinc-smelter-gas", "铅锌联合冶炼烟气制酸", "20,22,25"},
        {"gypsum", "石膏制酸", "350,370,390"},
        {"ferrous-sulphate-co-roasting", "掺烧硫酸亚铁（或废硫酸）制酸（掺烧量≥25%）", "-50,-40,-30"}};
    for (String[] r : acid) {
      String id = "gb29141-2024." + r[0] + ".comprehensive-energy.grade3";
      assertGrade3(id, r[2].split(",")[2] + " kgce/t", "工业硫酸 " + r[1] + "（kgce/t）：" + g(r[2]));
      assertEquals(VerificationLevel.SECONDARY, entry(id).provenance().verification(), id);
      assertEquals(Set.of("sulphuricacid.product"), assumptionsOf(entry(id)).stream()
          .map(c -> caseOf(entry(id), c).key()).collect(Collectors.toSet()), id + ": 20% oleum is assessed by hand");
    }
    // 4.2 表2 and 4.3 表3
    assertGrade3("gb29141-2024.dilute-nitric-acid.comprehensive-energy.grade3", "30 kgce/t",
        "稀硝酸（kgce/t，折100%硝酸）：" + g("-20,-5,30"));
    assertGrade3("gb29141-2024.glacial-acetic-acid.comprehensive-energy.grade3", "120 kgce/t",
        "工业冰醋酸（kgce/t，折100%醋酸）：" + g("70,80,120"));
    // 表1 footnote b: only a 3级 value, in kgce/tSO₂ (not an engine unit); the repository marks it for review
    String isp = "gb29141-2024.lead-zinc-isp-so2-enrichment.grade3";
    assertManual(isp, "铅锌联合冶炼ISP低浓度SO₂烟气（SO₂浓度≤4%）提浓工序 单位SO₂提浓能耗（kgce/tSO₂）：1级 —，2级 —，3级 960");
    assertEquals(VerificationLevel.UNVERIFIED, entry(isp).provenance().verification());
    assertEquals(14, edition("gb-29141@2024").entries().size());
  }

  @Test
  void gb29141EveryEntryRectifiesWithinSixMonthsAndCarriesItsEditionInItsId() {
    for (CatalogueEdition e : gb29141Editions()) {
      for (CatalogueEntry x : e.entries()) {
        QuotaEntries.assertGrade3RectifiedInChongqing(e, x);
      }
    }
  }

  @Test
  void everyMachineCheckableGb29141EntryIsMetUpToItsLimitFailedJustPastItAndUndecidedWithoutData() {
    int checked = 0;
    for (CatalogueEdition e : gb29141Editions()) {
      for (CatalogueEntry x : e.entries()) {
        if (x.criterion().isEmpty()) {
          continue;
        }
        Quantity at = quantity(limitOf(x));
        assertTrue(x.text().zh().contains("3级 " + at.value().toPlainString()), x.id() + ": the text states the limit");
        assertEdgeCases(x, rowCases(x), data -> gb29141Finding(x, data));
        checked++;
      }
    }
    assertEquals(25, checked, "12 entries of 2012 (6 feeds × energy and power), 13 of 2024");
  }

  @Test
  void theIspEnrichmentStepIsAssessedByHandForALeadZincAcidPlantOnly() {
    CatalogueEntry isp = entry("gb29141-2024.lead-zinc-isp-so2-enrichment.grade3");
    Finding f = gb29141Finding(isp, data("sulphuricacid.feed", "lead-zinc-smelter-gas")).orElseThrow();
    assertEquals(Verdict.INSUFFICIENT_DATA, f.verdict());
    assertTrue(explains(f.explanation(), "人工研判"));
    assertTrue(gb29141Finding(isp, data("sulphuricacid.feed", "zinc-smelter-gas")).isEmpty(), "another feed");
    assertTrue(isp.provenance().note().orElseThrow().contains("Manual assessment"));
  }

  @Test
  void theEditionInForceIsSelectedOnEachSideOfTheFirstOfJune2025() {
    // a pyrite plant at -95 kgce/t fails the 2012 grade 3 (-100) but meets the 2024 grade 3 (-90)
    Map<String, Object> plant = data("sulphuricacid.feed", "pyrite", "sulphuricacid.product", "concentrated",
        "sulphuricacid.comprehensive-energy", "-95 kgce/t", "sulphuricacid.power", "100 kWh/t");
    LocalDate lastDayOf2012Edition = GB29141_2024_IN_FORCE.minusDays(1);
    assertEquals(Map.of("gb29141-2012.pyrite.comprehensive-energy.grade3", Verdict.NON_COMPLIANT,
        "gb29141-2012.pyrite.power.grade3", Verdict.COMPLIANT),
        verdicts(BATCH.assess("sulphuric-acid-plant", lastDayOf2012Edition, plant)), "31 May 2025: GB 29141-2012 only");
    assertEquals(Map.of("gb29141-2024.pyrite.comprehensive-energy.grade3", Verdict.COMPLIANT),
        verdicts(BATCH.assess("sulphuric-acid-plant", GB29141_2024_IN_FORCE, plant)), "1 June 2025: GB 29141-2024 only");
    for (LocalDate day : List.of(lastDayOf2012Edition, GB29141_2024_IN_FORCE)) {
      CatalogueStatus status = EVALUATOR.evaluate(ProductionUnit.builder().id("acid-1").enterprise(ENTERPRISE)
          .kind("sulphuric-acid-plant").build(), day).catalogues().stream()
          .filter(c -> c.catalogueId().equals("gb-29141")).findFirst().orElseThrow();
      assertEquals(CatalogueStatus.State.IN_FORCE, status.state(), day.toString());
      assertEquals(day.isBefore(GB29141_2024_IN_FORCE) ? "2012" : "2024", status.edition().orElseThrow().edition(),
          day + ": the edition in force");
    }
  }

  private static Map<String, Verdict> verdicts(UnitAssessment a) {
    Map<String, Verdict> m = new TreeMap<>();
    a.findings().stream().filter(f -> f.entry().entryId().startsWith("gb29141-"))
        .forEach(f -> m.put(f.entry().entryId(), f.verdict()));
    return m;
  }
}
