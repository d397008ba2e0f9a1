package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.CriterionShapes.limitOf;
import static org.phaseout.catalogs.CriterionShapes.quantity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.Finding;
import org.phaseout.UnitAssessment;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.CatalogueStatus;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.LimitWording;
import org.phaseout.catalogue.Operator;
import org.phaseout.catalogue.VerificationLevel;
import org.phaseout.measure.Quantity;

/**
 * GB 29435-2025 稀土冶炼企业单位产品能源消耗限额 as shipped. Every value and date comes from the definition file
 * data/definitions/gb-29435-2025.json of the public repository adgo07/ECQuota-Insight (commit a83a838a…), which marks
 * its values confirmed against the standard by a third party (SECONDARY here). One entry per product row: its grade 3
 * (read as the existing-plant limit, UNVERIFIED) in tce/t, scoped by production route (the table) and product. Each
 * entry is evaluated end to end on a fictitious Chongqing rare-earth plant: at and just past its limit, for another
 * product, and without the data it needs. The standard takes effect on 1 January 2027 and nothing applies before.
 */
class RareEarthQuotaTest {

  private static final String SOURCE = "GitHub adgo07/ECQuota-Insight, data/definitions/gb-29435-2025.json, commit "
      + "a83a838a01ca48dd8e8afdf061a7402aef1e7a0c";
  private static final String INDICATOR = "rareearth.comprehensive-energy";
  private static final String KIND = "rare-earth-plant";
  private static final LocalDate IN_FORCE = LocalDate.of(2027, 1, 1);

  private static final ComplianceEvaluator EVALUATOR = ComplianceEvaluator.of(BundledData.catalogues());
  private static final Enterprise ENTERPRISE = Enterprise.builder()
      .creditCode(CreditCode.parse("91500101PH00000014")).name("示例稀土冶炼分离有限公司（虚构）")
      .division(DivisionCode.parse("500101")).industry(IndustryCode.parse("C3232")).build();

  /**
   * The rows encoded, as the definition file gives them: route, product, product name, 1级, 2级, 3级 (tce/t).
   * 表1 离子型稀土矿生产 (ion-01…ion-16), 表2 混合型稀土矿生产 (mixed-01…mixed-11), 表3 氟碳铈矿生产 氧化镨钕
   * (fluorocarbon-01), whose limit the file makes depend on the process (表3 footnote a: 氧化焙烧-盐酸浸出 by 表3,
   * 浓硫酸强化焙烧 by 表2); for those rows a seventh column names the process. 表4 钕铁硼废料综合回收生产
   * (waste-recovery-01…05), 表5 电解法和热还原法（除中间合金法）生产 (electrolytic-01…14) and 表6 中间合金法生产
   * (intermediate-alloy-01…04, where the file gives grades 2 and 3 the same value): all 51 product rows of the file.
   */
  private static final String[][] ROWS = {
      {"ion-adsorption-ore", "lanthanum-oxide", "氧化镧", "1.41", "1.46", "1.62"},
      {"ion-adsorption-ore", "cerium-oxide", "氧化铈", "1.33", "1.42", "1.49"},
      {"ion-adsorption-ore", "praseodymium-oxide", "氧化镨", "1.36", "1.38", "1.58"},
      {"ion-adsorption-ore", "neodymium-oxide", "氧化钕", "1.34", "1.48", "1.89"},
      {"ion-adsorption-ore", "samarium-oxide", "氧化钐", "1.32", "1.45", "1.89"},
      {"ion-adsorption-ore", "europium-oxide", "氧化铕", "1.42", "1.46", "1.53"},
      {"ion-adsorption-ore", "gadolinium-oxide", "氧化钆", "1.33", "1.45", "1.67"},
      {"ion-adsorption-ore", "terbium-oxide", "氧化铽", "1.35", "1.45", "1.91"},
      {"ion-adsorption-ore", "dysprosium-oxide", "氧化镝", "1.31", "1.45", "1.58"},
      {"ion-adsorption-ore", "holmium-oxide", "氧化钬", "1.34", "1.45", "1.67"},
      {"ion-adsorption-ore", "erbium-oxide", "氧化铒", "1.32", "1.45", "1.57"},
      {"ion-adsorption-ore", "thulium-oxide", "氧化铥", "1.30", "1.45", "1.49"},
      {"ion-adsorption-ore", "ytterbium-oxide", "氧化镱", "1.28", "1.36", "1.49"},
      {"ion-adsorption-ore", "lutetium-oxide", "氧化镥", "1.35", "1.46", "1.62"},
      {"ion-adsorption-ore", "yttrium-oxide", "氧化钇", "1.40", "1.45", "1.67"},
      {"ion-adsorption-ore", "praseodymium-neodymium-oxide", "氧化镨钕", "1.36", "1.46", "1.53"},
      {"mixed-ore", "lanthanum-oxide", "氧化镧", "1.87", "1.91", "2.10"},
      {"mixed-ore", "cerium-oxide", "氧化铈", "1.86", "1.98", "2.10"},
      {"mixed-ore", "praseodymium-oxide", "氧化镨", "1.97", "2.05", "2.13"},
      {"mixed-ore", "neodymium-oxide", "氧化钕", "1.97", "2.02", "2.07"},
      {"mixed-ore", "samarium-oxide", "氧化钐", "1.61", "1.63", "1.65"},
      {"mixed-ore", "europium-oxide", "氧化铕", "1.75", "1.80", "1.85"},
      {"mixed-ore", "gadolinium-oxide", "氧化钆", "1.72", "1.81", "1.89"},
      {"mixed-ore", "terbium-oxide", "氧化铽", "1.82", "1.83", "1.84"},
      {"mixed-ore", "dysprosium-oxide", "氧化镝", "1.69", "1.70", "1.71"},
      {"mixed-ore", "praseodymium-neodymium-oxide", "氧化镨钕", "1.38", "1.44", "1.69"},
      {"mixed-ore", "mixed-rare-earth-carbonate", "混合稀土碳酸盐", "1.90", "1.99", "2.12"},
      {"bastnaesite-ore", "praseodymium-neodymium-oxide", "氧化镨钕", "0.66", "1.16", "1.52",
          "oxidising-roasting-hcl-leaching"},
      {"bastnaesite-ore", "praseodymium-neodymium-oxide", "氧化镨钕", "1.38", "1.44", "1.69",
          "concentrated-sulphuric-acid-roasting"},
      {"ndfeb-scrap-recovery", "gadolinium-oxide", "氧化钆", "1.44", "1.50", "1.59"},
      {"ndfeb-scrap-recovery", "terbium-oxide", "氧化铽", "1.46", "1.47", "1.58"},
      {"ndfeb-scrap-recovery", "dysprosium-oxide", "氧化镝", "1.43", "1.46", "1.58"},
      {"ndfeb-scrap-recovery", "holmium-oxide", "氧化钬", "1.42", "1.59", "1.69"},
      {"ndfeb-scrap-recovery", "praseodymium-neodymium-oxide", "氧化镨钕", "1.51", "1.80", "1.89"},
      {"electrolysis-thermal-reduction", "lanthanum-metal", "金属镧", "1.11", "1.13", "1.38"},
      {"electrolysis-thermal-reduction", "cerium-metal", "金属铈", "1.12", "1.17", "1.24"},
      {"electrolysis-thermal-reduction", "praseodymium-metal", "金属镨", "1.10", "1.17", "1.25"},
      {"electrolysis-thermal-reduction", "neodymium-metal", "金属钕", "1.10", "1.12", "1.22"},
      {"electrolysis-thermal-reduction", "samarium-metal", "金属钐", "1.46", "1.79", "1.85"},
      {"electrolysis-thermal-reduction", "gadolinium-metal", "金属钆", "1.63", "1.67", "2.09"},
      {"electrolysis-thermal-reduction", "terbium-metal", "金属铽", "1.66", "1.85", "2.19"},
      {"electrolysis-thermal-reduction", "dysprosium-metal", "金属镝", "1.84", "1.98", "2.19"},
      {"electrolysis-thermal-reduction", "yttrium-metal", "金属钇", "2.77", "2.87", "3.02"},
      {"electrolysis-thermal-reduction", "praseodymium-neodymium-metal", "镨钕金属", "1.10", "1.14", "1.28"},
      {"electrolysis-thermal-reduction", "lanthanum-cerium-metal", "镧铈金属", "1.12", "1.20", "1.29"},
      {"electrolysis-thermal-reduction", "gadolinium-iron-alloy", "钆铁合金", "1.11", "1.17", "1.23"},
      {"electrolysis-thermal-reduction", "dysprosium-iron-alloy", "镝铁合金", "1.09", "1.17", "1.23"},
      {"electrolysis-thermal-reduction", "holmium-iron-alloy", "钬铁合金", "1.05", "1.15", "1.20"},
      {"intermediate-alloy", "gadolinium-metal", "金属钆", "2.65", "2.79", "2.79"},
      {"intermediate-alloy", "terbium-metal", "金属铽", "2.65", "2.79", "2.79"},
      {"intermediate-alloy", "dysprosium-metal", "金属镝", "2.65", "2.79", "2.79"},
      {"intermediate-alloy", "yttrium-metal", "金属钇", "4.77", "5.02", "5.02"},
  };

  private static final Map<String, String> ROUTE_NAMES = Map.of(
      "ion-adsorption-ore", "离子型稀土矿生产",
      "mixed-ore", "混合型稀土矿生产",
      "bastnaesite-ore", "氟碳铈矿生产",
      "ndfeb-scrap-recovery", "钕铁硼废料综合回收生产",
      "electrolysis-thermal-reduction", "电解法和热还原法（除中间合金法）生产",
      "intermediate-alloy", "中间合金法生产");

  private static final Map<String, String> PROCESS_NAMES = Map.of(
      "oxidising-roasting-hcl-leaching", "（氧化焙烧-盐酸浸出，执行表3）",
      "concentrated-sulphuric-acid-roasting", "（浓硫酸强化焙烧，执行表2）");

  private static Optional<String> processOf(String[] row) {
    return row.length > 6 ? Optional.of(row[6]) : Optional.empty();
  }

  private static String idOf(String[] row) {
    return "gb29435-2025." + row[0] + "." + processOf(row).map(p -> p + ".").orElse("") + row[1]
        + ".comprehensive-energy.grade3";
  }

  private static String textOf(String[] row) {
    return ROUTE_NAMES.get(row[0]) + processOf(row).map(PROCESS_NAMES::get).orElse("") + " " + row[2]
        + " 单位产品综合能耗（tce/t）：1级 " + row[3] + "，2级 " + row[4] + "，3级 " + row[5];
  }

  /** The facts that place a plant in the row, plus any further key-value pairs. */
  private static Map<String, Object> rowData(String[] row, Object... more) {
    List<Object> kv = new ArrayList<>(List.of("rareearth.route", row[0], "rareearth.product", row[1]));
    processOf(row).ifPresent(p -> kv.addAll(List.of("rareearth.bastnaesiteProcess", p)));
    kv.addAll(List.of(more));
    return UnitProbe.data(kv.toArray());
  }

  private static Map<String, Object> without(Map<String, Object> data, String key) {
    Map<String, Object> m = new java.util.LinkedHashMap<>(data);
    m.remove(key);
    return m;
  }

  private static CatalogueEdition gb29435() {
    return edition("gb-29435@2025");
  }

  private static Map<String, Object> row(String route, String product, Object... more) {
    List<Object> kv = new ArrayList<>(List.of("rareearth.route", route, "rareearth.product", product));
    kv.addAll(List.of(more));
    return UnitProbe.data(kv.toArray());
  }

  private static Optional<Finding> finding(CatalogueEntry e, Map<String, Object> data) {
    return UnitProbe.findingIfAny(ENTERPRISE, e, IN_FORCE, data);
  }

  private static Verdict verdict(CatalogueEntry e, Map<String, Object> data) {
    return finding(e, data).orElseThrow(() -> new AssertionError(e.id() + " gave no finding")).verdict();
  }

  // ------------------------------------------------------------------------------------------------ edition

  @Test
  void theEditionIsDatedAsTheDefinitionFileDatesItAndReplacesTheUnbundled2012Edition() {
    CatalogueEdition e = gb29435();
    assertEquals("GB 29435-2025", e.documentNumber());
    assertEquals("GB 29435-2025 稀土冶炼企业单位产品能源消耗限额", e.title().zh());
    assertEquals(LocalDate.of(2025, 12, 31), e.published());
    assertEquals(IN_FORCE, e.validity().start());
    assertEquals(Optional.empty(), e.validity().end(), "no successor is known");
    assertEquals(VerificationLevel.SECONDARY, e.source().verification());
    assertTrue(e.source().source().startsWith(SOURCE), "the edition names the file and its commit");
    String note = e.source().note().orElseThrow();
    assertTrue(note.contains("replaces GB 29435-2012"), "names the edition it replaces");
    assertTrue(note.contains("before 2027-01-01 no edition of this catalogue is in force here"), note);
    assertEquals(1, BundledData.catalogues().editions().stream()
        .filter(x -> x.catalogueId().equals("gb-29435")).count(), "GB 29435-2012 is not bundled");
  }

  // ------------------------------------------------------------------------------------------------ pins

  @Test
  void grade3OfEveryEncodedProductIsPinnedToTheDefinitionFile() {
    for (String[] r : ROWS) {
      String id = idOf(r);
      Criterion.Comparison c = limitOf(entry(id));
      Quantity expected = Quantity.parse(r[5] + " tce/t");
      assertTrue(quantity(c).isEqualTo(expected), id + ": limit " + quantity(c) + " should be " + expected);
      assertEquals(INDICATOR, c.operand().key(), id);
      assertEquals(Operator.GT, c.operator(), id + ": only a value exceeding the grade-3 value fails");
      assertEquals(Optional.of(LimitWording.EXCEEDING), c.wording(), id);
      assertEquals(textOf(r), entry(id).text().zh(), id + ": the row as the file gives it");
      assertEquals(Set.of(KIND), entry(id).applicability().unitKinds(), id);
      assertTrue(entry(id).assumes().isEmpty(), id + ": the file states no correction of the limit");
    }
    assertEquals(ROWS.length, gb29435().entries().size(), "one entry per encoded product row");
  }

  @Test
  void theFivePreviouslyReportedIonAdsorptionValuesHoldInTheFile() {
    Map<String, String> reported = Map.of("lanthanum-oxide", "1.62", "cerium-oxide", "1.49",
        "praseodymium-oxide", "1.58", "neodymium-oxide", "1.89", "samarium-oxide", "1.89");
    reported.forEach((product, value) -> assertTrue(quantity(limitOf(entry("gb29435-2025.ion-adsorption-ore."
        + product + ".comprehensive-energy.grade3"))).isEqualTo(Quantity.parse(value + " tce/t")), product));
  }

  @Test
  void everyEntryIsSecondaryNamesItsSourceAndRectifiesWithinSixMonthsInChongqing() {
    for (CatalogueEntry x : gb29435().entries()) {
      QuotaEntries.assertGrade3RectifiedInChongqing(gb29435(), x);
      assertEquals(VerificationLevel.SECONDARY, x.provenance().verification(), x.id());
      assertEquals(SOURCE, x.provenance().source(), x.id() + " names the repository, path and commit");
      assertTrue(x.provenance().note().orElseThrow().contains("confirmed_by_王玮_2026-09-09"),
          x.id() + " says whose confirmation the level rests on");
    }
  }

  // ------------------------------------------------------------------------------------------------ end to end

  @Test
  void everyEntryIsMetAtItsLimitFailedJustPastItAndUndecidedWithoutData() {
    for (String[] r : ROWS) {
      CatalogueEntry x = entry(idOf(r));
      Quantity at = quantity(limitOf(x));
      assertEquals(Verdict.COMPLIANT, verdict(x, rowData(r, INDICATOR, UnitProbe.plus(at, "-0.01"))),
          x.id() + " below");
      assertEquals(Verdict.COMPLIANT, verdict(x, rowData(r, INDICATOR, at)), x.id() + " at " + at + " (超过)");
      Finding past = finding(x, rowData(r, INDICATOR, UnitProbe.plus(at, "0.01"))).orElseThrow();
      assertEquals(Verdict.NON_COMPLIANT, past.verdict(), x.id() + " just past " + at);
      assertEquals(Optional.of(at), past.threshold(), x.id());
      assertEquals(Optional.of("超过"), past.thresholdWording(), x.id());
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(x, rowData(r)), x.id() + " without its energy value");
      Map<String, Object> failing = rowData(r, INDICATOR, "9 tce/t");
      for (String key : failing.keySet()) {
        if (!key.equals(INDICATOR)) {
          assertEquals(Verdict.INSUFFICIENT_DATA, verdict(x, without(failing, key)), x.id() + " without " + key);
        }
      }
      Map<String, Object> otherProduct = new java.util.LinkedHashMap<>(failing);
      otherProduct.put("rareearth.product", r[1].equals("lanthanum-oxide") ? "cerium-oxide" : "lanthanum-oxide");
      assertTrue(finding(x, otherProduct).isEmpty(), x.id() + ": another product is another row");
    }
  }

  @Test
  void aBastnaesitePlantIsJudgedByTheTableOfItsProcess() {
    // 表3 footnote a as the file gives it: 1.60 tce/t fails 表3 (1.52) but meets 表2 (1.69)
    Map<String, Verdict> hcl = verdicts(UnitProbe.assess(ENTERPRISE, KIND, IN_FORCE, row("bastnaesite-ore",
        "praseodymium-neodymium-oxide", "rareearth.bastnaesiteProcess", "oxidising-roasting-hcl-leaching",
        INDICATOR, "1.60 tce/t")));
    assertEquals(Map.of("gb29435-2025.bastnaesite-ore.oxidising-roasting-hcl-leaching.praseodymium-neodymium-oxide"
        + ".comprehensive-energy.grade3", Verdict.NON_COMPLIANT), hcl);
    Map<String, Verdict> acid = verdicts(UnitProbe.assess(ENTERPRISE, KIND, IN_FORCE, row("bastnaesite-ore",
        "praseodymium-neodymium-oxide", "rareearth.bastnaesiteProcess", "concentrated-sulphuric-acid-roasting",
        INDICATOR, "1.60 tce/t")));
    assertEquals(Map.of("gb29435-2025.bastnaesite-ore.concentrated-sulphuric-acid-roasting.praseodymium-neodymium-oxide"
        + ".comprehensive-energy.grade3", Verdict.COMPLIANT), acid);
    // without the process each entry decides only what holds in either case: 1.60 meets 表2 but may fail 表3
    Map<String, Verdict> unknown = verdicts(UnitProbe.assess(ENTERPRISE, KIND, IN_FORCE, row("bastnaesite-ore",
        "praseodymium-neodymium-oxide", INDICATOR, "1.60 tce/t")));
    assertEquals(Map.of(
        "gb29435-2025.bastnaesite-ore.oxidising-roasting-hcl-leaching.praseodymium-neodymium-oxide"
            + ".comprehensive-energy.grade3", Verdict.INSUFFICIENT_DATA,
        "gb29435-2025.bastnaesite-ore.concentrated-sulphuric-acid-roasting.praseodymium-neodymium-oxide"
            + ".comprehensive-energy.grade3", Verdict.COMPLIANT), unknown, "process not reported");
  }

  @Test
  void aPlantIsJudgedOnlyByTheRowOfItsRouteAndProduct() {
    // 氧化镧 from ion-adsorption ore (3级 1.62) and from mixed ore (3级 2.10): 2.00 tce/t fails the one and meets the other
    assertOnlyItsRowDecides("ion-adsorption-ore", "lanthanum-oxide", "2.00 tce/t", Verdict.NON_COMPLIANT);
    assertOnlyItsRowDecides("mixed-ore", "lanthanum-oxide", "2.00 tce/t", Verdict.COMPLIANT);
    // 金属钆 by electrolysis or thermal reduction (表5, 3级 2.09) and by the intermediate-alloy method (表6, 3级 2.79)
    assertOnlyItsRowDecides("electrolysis-thermal-reduction", "gadolinium-metal", "2.50 tce/t", Verdict.NON_COMPLIANT);
    assertOnlyItsRowDecides("intermediate-alloy", "gadolinium-metal", "2.50 tce/t", Verdict.COMPLIANT);
  }

  /** A plant reporting this route, product and value gets one GB 29435 finding only: its own row's, as expected. */
  private static void assertOnlyItsRowDecides(String route, String product, String value, Verdict expected) {
    UnitAssessment a = UnitProbe.assess(ENTERPRISE, KIND, IN_FORCE, row(route, product, INDICATOR, value));
    String id = "gb29435-2025." + route + "." + product + ".comprehensive-energy.grade3";
    assertEquals(Map.of(id, expected), verdicts(a), route + " " + product + " at " + value);
  }

  // ------------------------------------------------------------------------------------------------ dates

  @Test
  void nothingAppliesBeforeTheFirstOfJanuary2027AndTheStandardAppliesFromThatDay() {
    LocalDate dayBefore = IN_FORCE.minusDays(1);
    for (String[] r : ROWS) {
      Map<String, Object> data = rowData(r, INDICATOR, "9 tce/t");
      assertEquals(Map.of(), verdicts(UnitProbe.assess(ENTERPRISE, KIND, dayBefore, data)), idOf(r) + " on " + dayBefore);
      assertEquals(Map.of(idOf(r), Verdict.NON_COMPLIANT), verdicts(UnitProbe.assess(ENTERPRISE, KIND, IN_FORCE, data)),
          idOf(r) + " on " + IN_FORCE);
    }
    for (LocalDate day : List.of(dayBefore, IN_FORCE)) {
      CatalogueStatus status = EVALUATOR.evaluate(ProductionUnit.builder().id("re-1").enterprise(ENTERPRISE)
          .kind(KIND).build(), day).catalogues().stream()
          .filter(c -> c.catalogueId().equals("gb-29435")).findFirst().orElseThrow();
      assertEquals(day.isBefore(IN_FORCE) ? CatalogueStatus.State.NOT_YET_IN_FORCE : CatalogueStatus.State.IN_FORCE,
          status.state(), day.toString());
    }
  }

  private static Map<String, Verdict> verdicts(UnitAssessment a) {
    Map<String, Verdict> m = new java.util.TreeMap<>();
    a.findings().stream().filter(f -> f.entry().entryId().startsWith("gb29435-"))
        .forEach(f -> m.put(f.entry().entryId(), f.verdict()));
    return m;
  }
}
