package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.phaseout.UnitAssessment;
import org.phaseout.Verdict;
import org.phaseout.capacity.Enterprise;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogs.QuotaRowProbe.Row;

/**
 * The seventh batch of mandatory unit-product energy-consumption quota standards (单位产品能源消耗限额) as shipped,
 * the editions of 2012 to 2018 dated from the repository adgo07/ECQuota-Insight's 63-standard working catalogue and
 * valued from its draft definitions (shared/reference/04 §10): GB 29450-2012 (玻璃纤维), GB 30182-2013 (摩擦材料),
 * GB 32044-2015 (糖) and GB 36890-2018 (日用陶瓷). The 2023 to 2025 editions of the batch are in
 * {@link EnergyQuotaStandards8Test}. Every value and date is pinned, and each row is evaluated end to end on a
 * fictitious Chongqing unit: at, just below and just past its limit, without the data it needs, and before the
 * standard.
 */
class EnergyQuotaStandards7Test {

  private static final Enterprise GLASS_FIBRE =
      QuotaRowProbe.enterprise("91500101PH0000007N", "示例玻璃纤维有限公司（虚构）", "C30");
  private static final Enterprise FRICTION =
      QuotaRowProbe.enterprise("91500101PH0000008R", "示例摩擦材料有限公司（虚构）", "C30");
  private static final Enterprise SUGAR =
      QuotaRowProbe.enterprise("91500101PH0000009W", "示例糖业有限公司（虚构）", "C13");
  private static final Enterprise CERAMICS =
      QuotaRowProbe.enterprise("91500101PH000000B3", "示例日用陶瓷有限公司（虚构）", "C30");

  private static final LocalDate GB29450_START = LocalDate.of(2013, 10, 1);
  private static final LocalDate GB30182_START = LocalDate.of(2014, 12, 1);
  private static final LocalDate GB32044_START = LocalDate.of(2016, 10, 1);
  private static final LocalDate GB36890_START = LocalDate.of(2019, 12, 1);

  private static Row fibre(String product, String limit, String grades) {
    return new Row("gb29450-2012." + product + ".comprehensive-energy.grade3", GLASS_FIBRE, "glass-fibre.quotaProduct",
        product, "glass-fibre.comprehensive-energy", limit + " kgce/t", grades, GB29450_START);
  }

  private static Row sugar(String process, String limit, String grades) {
    return new Row("gb32044-2015." + process + ".unit-energy.grade3", SUGAR, "sugar.process", process,
        "sugar.unit-energy", limit + " kgce/t", grades, GB32044_START);
  }

  private static Row ceramics(String product, String limit, String grades) {
    return new Row("gb36890-2018." + product + ".comprehensive-energy.grade3", CERAMICS, "domesticceramics.product",
        product, "domesticceramics.comprehensive-energy", limit + " kgce/t", grades, GB36890_START);
  }

  // GB 29450-2012 表1～表3 (p.4), standards/development/scope-63/definitions/gb-29450-2012.json (commit 9f385b88…)
  private static final List<Row> GLASS_FIBRE_ROWS = List.of(
      fibre("pool-kiln-e-yarn-le-9um", "900", "1级 750，2级 750，3级 900"),
      fibre("pool-kiln-e-ecr-yarn-gt-9um", "700", "1级 550，2级 550，3级 700"),
      fibre("pool-kiln-medium-alkali-yarn", "650", "1级 550，2级 —，3级 650"),
      fibre("crucible-non-alkali-marbles", "580", "1级 400，2级 —，3级 580"),
      fibre("crucible-medium-alkali-marbles", "400", "1级 300，2级 —，3级 400"),
      fibre("crucible-drawn-yarn", "430", "1级 300，2级 —，3级 430"));

  // GB 30182-2013 表1 (p.4), standards/development/scope-63/definitions/gb-30182-2013.json (commit 9f385b88…)
  private static final List<Row> FRICTION_ROWS = List.of(
      new Row("gb30182-2013.moulded-without-steel-back.comprehensive-energy.grade3", FRICTION,
          "friction-material.gb30182Scope", Boolean.TRUE, "friction-material.comprehensive-energy", "175 kgce/t",
          "1级 115，2级 135，3级 175", GB30182_START),
      new Row("gb30182-2013.moulded-without-steel-back.electricity.grade3", FRICTION,
          "friction-material.gb30182Scope", Boolean.TRUE, "friction-material.electricity", "1300 kWh/t",
          "1级 800，2级 1000，3级 1300", GB30182_START));

  // GB 32044-2015 表1 (p.3), standards/development/scope-63/definitions/gb-32044-2015.json (commit 9f385b88…)
  private static final List<Row> SUGAR_ROWS = List.of(
      sugar("cane", "550", "1级 225，2级 320，3级 550"),
      sugar("beet", "630", "1级 318，2级 360，3级 630"),
      sugar("refining", "320", "1级 200，2级 220，3级 320"));

  // GB 36890-2018 表1 (p.4), tools/refine_gb36890_rule.py (commit 16c6d6fd…)
  private static final List<Row> CERAMICS_ROWS = List.of(
      ceramics("porcelain-single-firing-le-1280c", "740", "1级 500，2级 630，3级 740"),
      ceramics("porcelain-single-firing-gt-1280c", "860", "1级 600，2级 730，3级 860"),
      ceramics("porcelain-multiple-firing", "1050", "1级 740，2级 890，3级 1050"),
      ceramics("pottery-single-firing-le-1280c", "640", "1级 430，2级 550，3级 640"),
      ceramics("pottery-multiple-firing", "980", "1级 660，2级 830，3级 980"));

  private static final List<Row> ROWS = Stream.of(GLASS_FIBRE_ROWS, FRICTION_ROWS, SUGAR_ROWS, CERAMICS_ROWS)
      .flatMap(List::stream).toList();

  // ------------------------------------------------------------------------------------------------ editions

  @Test
  void eachEditionIsDatedAsTheRepositorysWorkingCatalogueRecordsIt() {
    CatalogueEdition fibre = QuotaEntries.assertSecondaryEdition("gb-29450@2012", "GB 29450-2012",
        LocalDate.of(2012, 12, 31), GB29450_START, QuotaRowProbe.DATES, 6);
    assertEquals("GB 29450-2012 玻璃纤维单位产品能源消耗限额", fibre.title().zh());
    assertEquals("GB 30182-2013 摩擦材料单位产品能源消耗限额", QuotaEntries.assertSecondaryEdition("gb-30182@2013",
        "GB 30182-2013", LocalDate.of(2013, 12, 31), GB30182_START, QuotaRowProbe.DATES, 2).title().zh());
    assertEquals("GB 32044-2015 糖单位产品能源消耗限额", QuotaEntries.assertSecondaryEdition("gb-32044@2015",
        "GB 32044-2015", LocalDate.of(2015, 9, 11), GB32044_START, QuotaRowProbe.DATES, 3).title().zh());
    assertEquals("GB 36890-2018 日用陶瓷单位产品能源消耗限额", QuotaEntries.assertSecondaryEdition("gb-36890@2018",
        "GB 36890-2018", LocalDate.of(2018, 11, 19), GB36890_START, QuotaRowProbe.DATES, 5).title().zh());
  }

  // ------------------------------------------------------------------------------------------------ pins

  @Test
  void grade3ValuesAreThoseOfTheRepositorysDefinitions() {
    QuotaRowProbe.assertPinned(GLASS_FIBRE_ROWS, "glass-fibre-line");
    QuotaRowProbe.assertPinned(FRICTION_ROWS, "friction-material-plant");
    QuotaRowProbe.assertPinned(SUGAR_ROWS, "sugar-mill");
    QuotaRowProbe.assertPinned(CERAMICS_ROWS, "domestic-ceramics-line");
  }

  @Test
  void glassFibreRowsWithoutAnAccessValueSaySoInsteadOfInventingOne() {
    for (Row row : GLASS_FIBRE_ROWS.subList(2, 6)) {
      assertTrue(entry(row.id()).text().zh().endsWith("（2级：表2未列该产品）"), row.id());
    }
    assertTrue(entry(GLASS_FIBRE_ROWS.get(0).id()).provenance().note().orElseThrow()
        .contains("1级=先进值，2级=准入值，3级=现有限定值"), "the repository states the grade mapping itself");
  }

  // ------------------------------------------------------------------------------------------------ end to end

  @Test
  void eachRowIsAnUnverifiedGrade3LimitWhichPassesAtItsNumberAndNeverPassesMissingData() {
    QuotaRowProbe.assertEndToEnd(ROWS);
  }

  @Test
  void aFrictionPlantIsJudgedOnEnergyAndElectricitySeparately() {
    UnitAssessment a = UnitProbe.assess(FRICTION, "friction-material-plant", LocalDate.of(2025, 12, 31),
        UnitProbe.data("friction-material.gb30182Scope", true, "friction-material.comprehensive-energy", "170 kgce/t",
            "friction-material.electricity", "1301 kWh/t"));
    assertEquals(Verdict.COMPLIANT, verdictOf(a, FRICTION_ROWS.get(0).id()), "170 is within 175");
    assertEquals(Verdict.NON_COMPLIANT, verdictOf(a, FRICTION_ROWS.get(1).id()), "1301 exceeds 1300");
  }

  @Test
  void aFrictionPlantOutsideTheStandardsScopeIsNotJudgedByIt() {
    UnitAssessment steelBacked = UnitProbe.assess(FRICTION, "friction-material-plant", LocalDate.of(2025, 12, 31),
        UnitProbe.data("friction-material.gb30182Scope", false, "friction-material.comprehensive-energy", "400 kgce/t"));
    assertTrue(steelBacked.findings().stream().noneMatch(f -> f.entry().entryId().startsWith("gb30182-2013.")),
        "steel-backed or brake-shoe products are outside GB 30182-2013");
  }

  @Test
  void aRowSpeaksOnlyAboutItsOwnProcessOrProduct() {
    UnitAssessment beet = UnitProbe.assess(SUGAR, "sugar-mill", LocalDate.of(2025, 12, 31),
        UnitProbe.data("sugar.process", "beet", "sugar.unit-energy", "600 kgce/t"));
    assertEquals(List.of(SUGAR_ROWS.get(1).id()), idsOf(beet, "gb32044-2015."), "only the beet row judges a beet mill");
    assertEquals(Verdict.COMPLIANT, verdictOf(beet, SUGAR_ROWS.get(1).id()), "600 is within beet's 630, not cane's 550");
    UnitAssessment marbles = UnitProbe.assess(GLASS_FIBRE, "glass-fibre-line", LocalDate.of(2025, 12, 31),
        UnitProbe.data("glass-fibre.quotaProduct", "crucible-medium-alkali-marbles",
            "glass-fibre.comprehensive-energy", "401 kgce/t"));
    assertEquals(List.of(GLASS_FIBRE_ROWS.get(4).id()), idsOf(marbles, "gb29450-2012."));
    assertEquals(Verdict.NON_COMPLIANT, verdictOf(marbles, GLASS_FIBRE_ROWS.get(4).id()));
  }

  private static List<String> idsOf(UnitAssessment a, String prefix) {
    return a.findings().stream().map(f -> f.entry().entryId()).filter(id -> id.startsWith(prefix)).toList();
  }

  private static Verdict verdictOf(UnitAssessment a, String entryId) {
    return a.findings().stream().filter(f -> f.entry().entryId().equals(entryId)).findFirst()
        .orElseThrow(() -> new AssertionError(entryId + " gave no finding")).verdict();
  }
}
