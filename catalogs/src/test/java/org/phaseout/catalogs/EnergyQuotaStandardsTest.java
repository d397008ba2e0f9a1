package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.CriterionShapes.assumptionsOf;
import static org.phaseout.catalogs.CriterionShapes.limitOf;
import static org.phaseout.catalogs.CriterionShapes.quantity;
import static org.phaseout.catalogs.CriterionShapes.scopeOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.ComplianceReport;
import org.phaseout.Condition;
import org.phaseout.Finding;
import org.phaseout.InvalidInputException;
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
import org.phaseout.catalogue.CatalogueStatus;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.DeadlineRule;
import org.phaseout.catalogue.LimitWording;
import org.phaseout.catalogue.Operator;
import org.phaseout.catalogue.VerificationLevel;
import org.phaseout.measure.Quantity;

/**
 * The mandatory unit-product energy-consumption quota standards (单位产品能源消耗限额) as shipped: every grade-3 value
 * pinned to the reference (shared/reference/04), every edition dated as the reference dates it, and every entry
 * evaluated end to end on fictitious Chongqing units just at and just past its limit, outside its plain case, and
 * without the data it needs.
 */
class EnergyQuotaStandardsTest {

  /** The catalogues of this class's topic (GB 21346-2022 is the lead's and is tested elsewhere). */
  private static final Set<String> CATALOGUES = Set.of("gb-16780", "gb-21256", "gb-21340", "gb-21342", "gb-21252",
      "gb-30526", "gb-21341", "gb-21343", "gb-21344", "gb-21257", "gb-29140", "gb-25323", "gb-21347", "gb-29448",
      "gb-29436", "gb-30180", "gb-30251", "gb-29449", "gb-29995", "gb-45549", "gb-29446", "gb-36891", "gb-36892",
      "gb-46029", "gb-33654", "gb-30183", "gb-30184", "gb-36888", "gb-38263", "gb-32047", "gb-29438", "gb-21370",
      "gb-29445", "gb-31335", "gb-36889");

  private static final LocalDate END_OF_2025 = LocalDate.of(2025, 12, 31);
  private static final ComplianceEvaluator EVALUATOR = ComplianceEvaluator.of(BundledData.catalogues());
  private static final Enterprise ENTERPRISE = Enterprise.builder()
      .creditCode(CreditCode.parse("91500101PH00000014")).name("示例建材钢铁有限公司（虚构）")
      .division(DivisionCode.parse("500101")).industry(IndustryCode.parse("C3011")).build();

  // ------------------------------------------------------------------------------------------------ helpers

  private static List<CatalogueEdition> topicEditions() {
    return BundledData.catalogues().editions().stream().filter(e -> CATALOGUES.contains(e.catalogueId())).toList();
  }

  /** The indicator comparison, which is the whole criterion: row choice and plain case are kept apart from it. */
  /** The conditions that choose the entry's row (applies.when): where one is false the entry gives no finding. */
  /** The plain case the entry's limit holds in (assumes): where one is not true the finding is insufficient data. */
  private static void assertGrade3(String id, String quantity) {
    Criterion.Comparison c = limitOf(entry(id));
    Quantity expected = Quantity.parse(quantity);
    assertTrue(quantity(c).isEqualTo(expected), id + ": limit " + quantity(c) + " should be " + expected);
    assertEquals(Operator.GT, c.operator(), id + ": only a value exceeding the grade-3 value fails");
    assertEquals(Optional.of(LimitWording.EXCEEDING), c.wording(), id + ": limit word");
  }

  private static void assertManual(String id, String... textContains) {
    CatalogueEntry e = entry(id);
    assertTrue(e.criterion().isEmpty(), id + " needs manual assessment and has no criterion");
    for (String s : textContains) {
      assertTrue(e.text().zh().contains(s), id + " text should contain " + s + ": " + e.text().zh());
    }
  }

  private static void assertEdition(String key, String number, LocalDate published, LocalDate effective) {
    CatalogueEdition e = edition(key);
    assertEquals(number, e.documentNumber(), key);
    assertEquals(published, e.published(), key + " published");
    assertEquals(effective, e.validity().start(), key + " effective");
    assertEquals(Optional.empty(), e.validity().end(), key + ": no successor is known");
  }

  private static LocalDate asOfFor(CatalogueEntry entry) {
    CatalogueEdition e = topicEditions().stream().filter(x -> x.entries().contains(entry)).findFirst().orElseThrow();
    return e.validity().start().isAfter(END_OF_2025) ? e.validity().start() : END_OF_2025;
  }

  private static UnitAssessment assess(String kind, LocalDate asOf, Map<String, Object> data) {
    return UnitProbe.assess(ENTERPRISE, kind, asOf, data);
  }

  /** The entry's finding for a unit of its kind, or empty when the entry does not speak about the unit. */
  private static Optional<Finding> findingIfAny(String entryId, Map<String, Object> data) {
    CatalogueEntry e = entry(entryId);
    return UnitProbe.findingIfAny(ENTERPRISE, e, asOfFor(e), data);
  }

  private static Finding finding(String entryId, Map<String, Object> data) {
    return findingIfAny(entryId, data).orElseThrow(() -> new AssertionError(entryId + " gave no finding"));
  }

  private static void assertNoFinding(String entryId, Map<String, Object> data, String why) {
    Optional<Finding> f = findingIfAny(entryId, data);
    assertTrue(f.isEmpty(), entryId + " should give no finding (" + why + ") but gave " + f.map(Finding::verdict));
  }

  /** Whether an explanation, or any part of it, says so. */
  private static boolean explains(Condition c, String zh) {
    return UnitProbe.explains(c, zh);
  }

  private static Verdict verdict(String entryId, Map<String, Object> data) {
    return finding(entryId, data).verdict();
  }

  private static Map<String, Object> data(Object... keyValues) {
    return UnitProbe.data(keyValues);
  }

  private static Quantity plus(Quantity q, String delta) {
    return UnitProbe.plus(q, delta);
  }

  /**
   * A value of the condition's operand that meets it and one that does not; {@code fails} is null for an {@code any}
   * condition, whose failing cases are specified in a test of their own.
   */
  private record Case(String key, Object meets, Object fails) {}

  private static Case caseOf(CatalogueEntry entry, Criterion restriction) {
    if (restriction instanceof Criterion.Range r) {
      Object meets = r.minInclusive() ? r.min() : plus(r.min(), "0.1");
      Object fails = r.maxInclusive() ? plus(r.max(), "0.1") : r.max();
      return new Case(r.operand().key(), meets, fails);
    }
    if (restriction instanceof Criterion.Any any) {
      Case first = caseOf(entry, any.parts().get(0));
      return new Case(first.key(), first.meets(), null);
    }
    if (restriction instanceof Criterion.Membership m) {
      String key = m.operand().key();
      String other = BundledData.catalogues().vocabulary().attribute(key).orElseThrow().allowedValues().stream()
          .filter(v -> !m.values().contains(v)).sorted().findFirst().orElseThrow();
      return new Case(key, m.values().iterator().next(), other);
    }
    Criterion.Comparison c = (Criterion.Comparison) restriction;
    String key = c.operand().key();
    if (c.value() instanceof FactValue.BooleanFact b) {
      return new Case(key, b.value(), !b.value());
    }
    if (c.value() instanceof FactValue.TextFact t) {
      String other = BundledData.catalogues().vocabulary().attribute(key).orElseThrow().allowedValues().stream()
          .filter(v -> !v.equals(t.value())).sorted().findFirst().orElseThrow();
      return new Case(key, t.value(), other);
    }
    Quantity q = quantity(c);
    return switch (c.operator()) {
      case LT -> new Case(key, plus(q, "-0.1"), q);
      case LE -> new Case(key, q, plus(q, "0.1"));
      case GT -> new Case(key, plus(q, "0.1"), q);
      case GE -> new Case(key, q, plus(q, "-0.1"));
      default -> throw new AssertionError(entry.id() + ": unexpected restriction " + c);
    };
  }

  // ------------------------------------------------------------------------------------------------ editions

  @Test
  void editionsAreDatedAsTheRepositoryCatalogueDatesThem() {
    // reference 04 §1 (GitHub adgo07/ECQuota-Insight, data/catalog.json)
    assertEdition("gb-16780@2021", "GB 16780-2021", LocalDate.of(2021, 10, 11), LocalDate.of(2022, 11, 1));
    assertEdition("gb-21256@2025", "GB 21256-2025", LocalDate.of(2025, 6, 30), LocalDate.of(2026, 7, 1));
    assertEdition("gb-21340@2019", "GB 21340-2019", LocalDate.of(2019, 10, 14), LocalDate.of(2020, 5, 1));
    assertEdition("gb-21342@2025", "GB 21342-2025", LocalDate.of(2025, 4, 25), LocalDate.of(2026, 5, 1));
    assertEdition("gb-21252@2023", "GB 21252-2023", LocalDate.of(2023, 11, 27), LocalDate.of(2024, 12, 1));
    assertEdition("gb-30526@2019", "GB 30526-2019", LocalDate.of(2019, 10, 14), LocalDate.of(2020, 5, 1));
    assertEdition("gb-21341@2022", "GB 21341-2022", LocalDate.of(2022, 12, 29), LocalDate.of(2024, 1, 1));
    assertEdition("gb-21343@2023", "GB 21343-2023", LocalDate.of(2023, 11, 27), LocalDate.of(2024, 12, 1));
    assertEdition("gb-21344@2023", "GB 21344-2023", LocalDate.of(2023, 11, 27), LocalDate.of(2024, 12, 1));
    assertEdition("gb-21257@2024", "GB 21257-2024", LocalDate.of(2024, 4, 29), LocalDate.of(2025, 5, 1));
    assertEdition("gb-29140@2024", "GB 29140-2024", LocalDate.of(2024, 4, 29), LocalDate.of(2025, 5, 1));
    assertEdition("gb-25323@2023", "GB 25323-2023", LocalDate.of(2023, 5, 23), LocalDate.of(2024, 6, 1));
    assertEdition("gb-21347@2023", "GB 21347-2023", LocalDate.of(2023, 9, 8), LocalDate.of(2024, 10, 1));
    assertEdition("gb-29448@2022", "GB 29448-2022", LocalDate.of(2022, 12, 29), LocalDate.of(2024, 1, 1));
    assertEdition("gb-29436@2023", "GB 29436-2023", LocalDate.of(2023, 11, 27), LocalDate.of(2024, 12, 1));
    assertEdition("gb-30180@2024", "GB 30180-2024", LocalDate.of(2024, 4, 29), LocalDate.of(2025, 5, 1));
    assertEdition("gb-30251@2024", "GB 30251-2024", LocalDate.of(2024, 4, 29), LocalDate.of(2025, 5, 1));
    assertEdition("gb-29449@2024", "GB 29449-2024", LocalDate.of(2024, 4, 29), LocalDate.of(2025, 5, 1));
    assertEdition("gb-29995@2024", "GB 29995-2024", LocalDate.of(2024, 4, 29), LocalDate.of(2025, 5, 1));
    assertEdition("gb-45549@2025", "GB 45549-2025", LocalDate.of(2025, 3, 28), LocalDate.of(2026, 4, 1));
    assertEdition("gb-29446@2019", "GB 29446-2019", LocalDate.of(2019, 12, 17), LocalDate.of(2020, 7, 1));
    assertEdition("gb-36891@2018", "GB 36891-2018", LocalDate.of(2018, 11, 19), LocalDate.of(2019, 12, 1));
    assertEdition("gb-36892@2018", "GB 36892-2018", LocalDate.of(2018, 11, 19), LocalDate.of(2019, 12, 1));
    assertEdition("gb-46029@2025", "GB 46029-2025", LocalDate.of(2025, 8, 1), LocalDate.of(2026, 8, 1));
    assertEdition("gb-33654@2017", "GB 33654-2017", LocalDate.of(2017, 5, 12), LocalDate.of(2018, 6, 1));
    assertEdition("gb-30183@2013", "GB 30183-2013", LocalDate.of(2013, 12, 31), LocalDate.of(2014, 12, 1));
    assertEdition("gb-30184@2013", "GB 30184-2013", LocalDate.of(2013, 12, 31), LocalDate.of(2014, 12, 1));
    assertEdition("gb-36888@2018", "GB 36888-2018", LocalDate.of(2018, 11, 19), LocalDate.of(2019, 12, 1));
    assertEdition("gb-38263@2019", "GB 38263-2019", LocalDate.of(2019, 10, 14), LocalDate.of(2020, 5, 1));
    assertEdition("gb-32047@2025", "GB 32047-2025", LocalDate.of(2025, 1, 24), LocalDate.of(2026, 8, 1));
    assertEdition("gb-29438@2012", "GB 29438-2012", LocalDate.of(2012, 12, 31), LocalDate.of(2013, 10, 1));
    assertEdition("gb-21370@2017", "GB 21370-2017", LocalDate.of(2017, 11, 1), LocalDate.of(2018, 11, 1));
    assertEdition("gb-29445@2025", "GB 29445-2025", LocalDate.of(2025, 8, 1), LocalDate.of(2026, 8, 1));
    assertEdition("gb-31335@2024", "GB 31335-2024", LocalDate.of(2024, 4, 29), LocalDate.of(2025, 5, 1));
    assertEdition("gb-36889@2025", "GB 36889-2025", LocalDate.of(2025, 5, 30), LocalDate.of(2026, 6, 1));
  }

  @Test
  void editionsWhoseDatesTheReferenceFlagsAreUnverifiedAndEveryEditionSaysWhyNoPredecessorIsEncoded() {
    assertEquals(VerificationLevel.UNVERIFIED, edition("gb-21256@2025").source().verification());
    assertEquals(VerificationLevel.UNVERIFIED, edition("gb-21342@2025").source().verification());
    assertEquals(VerificationLevel.UNVERIFIED, edition("gb-45549@2025").source().verification());
    assertEquals(VerificationLevel.UNVERIFIED, edition("gb-46029@2025").source().verification());
    assertEquals(VerificationLevel.UNVERIFIED, edition("gb-32047@2025").source().verification());
    assertEquals(VerificationLevel.UNVERIFIED, edition("gb-29445@2025").source().verification());
    assertEquals(VerificationLevel.UNVERIFIED, edition("gb-36889@2025").source().verification());
    assertEquals(VerificationLevel.SECONDARY, edition("gb-16780@2021").source().verification());
    for (CatalogueEdition e : topicEditions()) {
      assertEquals(1, BundledData.catalogues().editions().stream()
          .filter(x -> x.catalogueId().equals(e.catalogueId())).count(), e.key() + ": no predecessor edition is encoded");
      assertTrue(e.source().note().orElseThrow().contains("encoded"), e.key() + " says why no predecessor is encoded");
    }
  }

  @Test
  void theSteelAndCokeStandardsAreNotYetInForceAtTheEndOf2025() {
    ComplianceReport report = EVALUATOR.evaluate(ProductionUnit.builder().id("sinter-1").enterprise(ENTERPRISE)
        .kind("sinter-machine").build(), END_OF_2025);
    Map<String, CatalogueStatus.State> states = new LinkedHashMap<>();
    report.catalogues().forEach(s -> states.put(s.catalogueId(), s.state()));
    assertEquals(CatalogueStatus.State.NOT_YET_IN_FORCE, states.get("gb-21256"));
    assertEquals(CatalogueStatus.State.NOT_YET_IN_FORCE, states.get("gb-21342"));
    assertEquals(CatalogueStatus.State.IN_FORCE, states.get("gb-16780"));
    Map<String, Object> failing = data("ironsteel.sinter-process-energy", "52.1 kgce/t",
        "ironsteel.specialOresInFeed", false);
    String id = "gb21256-2025.sinter.process-energy.grade3";
    assertTrue(assess("sinter-machine", LocalDate.of(2026, 6, 30), failing).findings().stream()
        .noneMatch(f -> f.entry().entryId().equals(id)), "not in force the day before 1 July 2026");
    assertTrue(assess("sinter-machine", LocalDate.of(2026, 7, 1), failing).findings().stream()
        .anyMatch(f -> f.entry().entryId().equals(id) && f.verdict() == Verdict.NON_COMPLIANT), "in force that day");
  }

  // ------------------------------------------------------------------------------------------------ pins

  @Test
  void gb16780Grade3ValuesOfCementAndClinker() {
    // GB 16780-2021 表1–表3, reference 04 §2.1
    assertManual("gb16780-2021.cement.comprehensive-energy.grade3", "1级 80，2级 87，3级 94");
    assertGrade3("gb16780-2021.clinker.comprehensive-energy.grade3", "117 kgce/t");
    assertGrade3("gb16780-2021.clinker.comprehensive-power.grade3", "61 kWh/t");
    assertGrade3("gb16780-2021.clinker.comprehensive-coal.grade3", "109 kgce/t");
    assertGrade3("gb16780-2021.cement.preparation-power.grade3", "34 kWh/t");
    assertEquals(5, edition("gb-16780@2021").entries().size());
  }

  @Test
  void gb21256Grade3ValuesOfTheSteelProcesses() {
    // GB 21256-2025 表1–表5, reference 04 §3.1
    assertGrade3("gb21256-2025.sinter.process-energy.grade3", "52 kgce/t");
    assertGrade3("gb21256-2025.pellet.process-energy.grade3", "33 kgce/t");
    assertGrade3("gb21256-2025.blast-furnace.process-energy.grade3", "415 kgce/t");
    assertManual("gb21256-2025.converter.process-energy.grade3", "1级 -30，2级 -28，3级 -12");
    assertGrade3("gb21256-2025.eaf-lt50t.process-energy.grade3", "86 kgce/t");
    assertGrade3("gb21256-2025.eaf-50-70t.process-energy.grade3", "72 kgce/t");
    assertGrade3("gb21256-2025.eaf-ge70t.process-energy.grade3", "72 kgce/t");
    Criterion.Comparison grade = (Criterion.Comparison) assumptionsOf(
        entry("gb21256-2025.blast-furnace.process-energy.grade3")).get(1);
    assertTrue(quantity(grade).isEqualTo(Quantity.parse("62 %")), "feed grade of the plain case");
    assertEquals(Operator.GE, grade.operator());
    Criterion.Comparison small = (Criterion.Comparison) scopeOf(entry("gb21256-2025.eaf-lt50t.process-energy.grade3"))
        .get(0);
    assertTrue(quantity(small).isEqualTo(Quantity.parse("50 t")));
    assertEquals(Operator.LT, small.operator());
    Criterion.Range band = (Criterion.Range) scopeOf(entry("gb21256-2025.eaf-50-70t.process-energy.grade3"))
        .get(0);
    assertTrue(band.min().isEqualTo(Quantity.parse("50 t")) && band.minInclusive());
    assertTrue(band.max().isEqualTo(Quantity.parse("70 t")) && !band.maxInclusive());
    Criterion.Comparison large = (Criterion.Comparison) scopeOf(entry("gb21256-2025.eaf-ge70t.process-energy.grade3"))
        .get(0);
    assertTrue(quantity(large).isEqualTo(Quantity.parse("70 t")));
    assertEquals(Operator.GE, large.operator());
    assertEquals(7, edition("gb-21256@2025").entries().size());
  }

  @Test
  void gb21340Grade3ValuesOfGlassAndCastStone() {
    // GB 21340-2019 表1, 表3–表5, reference 04 §2.3
    assertManual("gb21340-2019.flat-glass-le500td.comprehensive-energy.grade3", "3级 14.0", "重量箱");
    assertManual("gb21340-2019.flat-glass-500-800td.comprehensive-energy.grade3", "1级 9.5，2级 11.5，3级 13.5");
    assertManual("gb21340-2019.flat-glass-gt800td.comprehensive-energy.grade3", "1级 8.0，2级 10.0，3级 12.0");
    assertManual("gb21340-2019.tempered-flat-ordinary.power.grade3",
        "3级 3 mm 3.46，4 mm 3.58，5 mm 3.98，6 mm 4.39，8 mm 5.95，10 mm 7.43，12 mm 8.51，15 mm 10.01，19 mm 14.22");
    assertManual("gb21340-2019.tempered-flat-low-e.power.grade3",
        "3级 3 mm 4.29，4 mm 4.44，5 mm 4.94，6 mm 5.44，8 mm 7.38，10 mm 9.21，12 mm 10.55，15 mm 12.41，19 mm 17.63");
    assertManual("gb21340-2019.tempered-curved-ordinary.power.grade3",
        "3级 3 mm 4.53，4 mm 4.69，5 mm 5.21，6 mm 5.75，8 mm 7.79，10 mm 9.73，12 mm 11.15，15 mm 13.11，19 mm 18.63");
    assertManual("gb21340-2019.tempered-curved-low-e.power.grade3",
        "3级 3 mm 5.61，4 mm 5.80，5 mm 6.45，6 mm 7.11，8 mm 9.64，10 mm 12.04，12 mm 13.79，15 mm 16.22，19 mm 23.04");
    assertGrade3("gb21340-2019.pv-rolled-glass-le300td.comprehensive-energy.grade3", "400 kgce/t");
    assertGrade3("gb21340-2019.pv-rolled-glass-gt300td.comprehensive-energy.grade3", "370 kgce/t");
    assertGrade3("gb21340-2019.cast-stone.comprehensive-energy.grade3", "800 kgce/t");
    assertEquals(10, edition("gb-21340@2019").entries().size());
  }

  @Test
  void gb21342Grade3ValuesOfCokeOvensAreManualBecauseOfTheirCorrections() {
    // GB 21342-2025 表1、表2, reference 04 §3.3; 1级 = 2级 as transcribed (UNVERIFIED, 14 §2 row 11)
    assertManual("gb21342-2025.coke-top-charging.comprehensive-energy.grade3", "顶装焦炉", "1级 110，2级 110，3级 135");
    assertManual("gb21342-2025.coke-stamp-charging.comprehensive-energy.grade3", "捣固焦炉", "1级 115，2级 115，3级 140");
    for (CatalogueEntry e : edition("gb-21342@2025").entries()) {
      assertTrue(e.provenance().note().orElseThrow().contains("1级 = 2级 in the transcription is UNVERIFIED"),
          e.id() + " keeps the reference's flag");
    }
  }

  @Test
  void gb21252Grade3ValuesOfCeramicsAndAluminaBalls() {
    // GB 21252-2023 表1–表6, reference 04 §2.2
    assertManual("gb21252-2023.tile-absorption-le0.2.comprehensive-energy.grade3", "3级 7.0");
    assertManual("gb21252-2023.tile-absorption-0.2-0.5.comprehensive-energy.grade3", "3级 6.5");
    assertManual("gb21252-2023.tile-absorption-0.5-10.comprehensive-energy.grade3", "3级 4.6");
    assertManual("gb21252-2023.tile-absorption-gt10.comprehensive-energy.grade3", "3级 4.5");
    assertManual("gb21252-2023.ceramic-panel.comprehensive-energy.grade3", "1级 6.0，2级 8.7，3级 13.2");
    assertGrade3("gb21252-2023.extruded.comprehensive-energy.grade3", "253 kgce/t");
    assertGrade3("gb21252-2023.sanitary-absorption-le0.3.comprehensive-energy.grade3", "630 kgce/t");
    assertGrade3("gb21252-2023.sanitary-absorption-gt0.3.comprehensive-energy.grade3", "610 kgce/t");
    assertGrade3("gb21252-2023.alumina-ball-90.comprehensive-energy.grade3", "370 kgce/t");
    assertEquals(9, edition("gb-21252@2023").entries().size());
  }

  @Test
  void gb30526Grade3ValuesOfSinteredWallMaterialsAndFoamGlass() {
    // GB 30526-2019 表1、表2, reference 04 §2.4
    assertGrade3("gb30526-2019.wall-perforated.comprehensive-energy.grade3", "53 kgce/t");
    assertGrade3("gb30526-2019.wall-hollow.comprehensive-energy.grade3", "55 kgce/t");
    assertGrade3("gb30526-2019.wall-insulating.comprehensive-energy.grade3", "57 kgce/t");
    assertGrade3("gb30526-2019.wall-solid.comprehensive-energy.grade3", "51 kgce/t");
    assertManual("gb30526-2019.foam-glass-purchased-melt.comprehensive-energy.grade3", "1级 360，2级 425，3级 480");
    assertManual("gb30526-2019.foam-glass-own-melt.comprehensive-energy.grade3", "1级 520，2级 635，3级 730");
    assertManual("gb30526-2019.foam-glass-type-ii.comprehensive-energy.grade3", "1级 250，2级 280，3级 300");
    assertEquals(7, edition("gb-30526@2019").entries().size());
  }

  @Test
  void gb21341Grade3ValuesOfFerroalloys() {
    // GB 21341-2022 表1、表2, reference 04 §3.2: 综合能耗 decided; 冶炼电耗 and 焦炭消耗 manual (ore-grade correction)
    String[][] rows = {
        {"ferrosilicon", "1850", "8400"}, {"hc-ferromanganese", "700", "2550"}, {"silicomanganese", "950", "4250"},
        {"lc-silicomanganese", "1230", "4990"}, {"micro-carbon-ferromanganese", "170", "1140"},
        {"hc-ferrochrome", "900", "3500"}, {"charge-chrome", "940", "3650"}, {"mlc-ferrochrome", "260", "1950"}};
    for (String[] row : rows) {
      assertGrade3("gb21341-2022." + row[0] + ".comprehensive-energy.grade3", row[1] + " kgce/t");
      assertManual("gb21341-2022." + row[0] + ".smelting-power.grade3", "3级 " + row[2]);
    }
    assertGrade3("gb21341-2022.bf-ferromanganese.comprehensive-energy.grade3", "1050 kgce/t");
    assertManual("gb21341-2022.bf-ferromanganese.coke-consumption.grade3", "1级 1280，2级 1320，3级 1350");
    assertEquals(18, edition("gb-21341@2022").entries().size());
  }

  @Test
  void gb21343Grade3ValuesOfCarbideAndItsDownstreamProducts() {
    // GB 21343-2023 表1–表6, reference 04 §5.2
    assertGrade3("gb21343-2023.calcium-carbide.comprehensive-energy.grade3", "940 kgce/t");
    assertGrade3("gb21343-2023.calcium-carbide.furnace-power.grade3", "3200 kWh/t");
    assertGrade3("gb21343-2023.vinyl-acetate-acetylene.comprehensive-energy.grade3", "450 kgce/t");
    assertGrade3("gb21343-2023.vinyl-acetate-ethylene.comprehensive-energy.grade3", "410 kgce/t");
    assertGrade3("gb21343-2023.pva-acetylene.comprehensive-energy.grade3", "2500 kgce/t");
    assertGrade3("gb21343-2023.pva-ethylene.comprehensive-energy.grade3", "2230 kgce/t");
    assertGrade3("gb21343-2023.bdo-alkynal.comprehensive-energy.grade3", "1080 kgce/t");
    assertGrade3("gb21343-2023.bdo-maleic-anhydride.comprehensive-energy.grade3", "950 kgce/t");
    assertGrade3("gb21343-2023.bdo-allyl-alcohol.comprehensive-energy.grade3", "1000 kgce/t");
    assertGrade3("gb21343-2023.dicyandiamide.comprehensive-energy.grade3", "350 kgce/t");
    assertGrade3("gb21343-2023.cyanamide-30.comprehensive-energy.grade3", "500 kgce/t");
    assertGrade3("gb21343-2023.cyanamide-50.comprehensive-energy.grade3", "900 kgce/t");
    assertEquals(12, edition("gb-21343@2023").entries().size());
  }

  @Test
  void gb21344Grade3ValuesOfFertilizers() {
    // GB 21344-2023, reference 04 §5.3
    assertGrade3("gb21344-2023.ammonia-premium-anthracite-lump.comprehensive-energy.grade3", "1350 kgce/t");
    assertGrade3("gb21344-2023.ammonia-other-anthracite-lump-or-briquette.comprehensive-energy.grade3", "1520 kgce/t");
    assertGrade3("gb21344-2023.ammonia-pulverized-coal.comprehensive-energy.grade3", "1550 kgce/t");
    assertGrade3("gb21344-2023.ammonia-lignite.comprehensive-energy.grade3", "1900 kgce/t");
    assertGrade3("gb21344-2023.ammonia-natural-gas.comprehensive-energy.grade3", "1200 kgce/t");
    assertGrade3("gb21344-2023.urea-steam-turbine.comprehensive-energy.grade3", "170 kgce/t");
    assertGrade3("gb21344-2023.urea-electric-motor.comprehensive-energy.grade3", "165 kgce/t");
    assertGrade3("gb21344-2023.ammonium-bicarbonate.power.grade3", "30 kWh/t");
    assertGrade3("gb21344-2023.map-traditional-granular.comprehensive-energy.grade3", "275 kgce/t");
    assertGrade3("gb21344-2023.map-traditional-powder.comprehensive-energy.grade3", "260 kgce/t");
    assertGrade3("gb21344-2023.map-slurry-granular.comprehensive-energy.grade3", "190 kgce/t");
    assertGrade3("gb21344-2023.map-slurry-powder.comprehensive-energy.grade3", "185 kgce/t");
    assertGrade3("gb21344-2023.dap-traditional-granular.comprehensive-energy.grade3", "275 kgce/t");
    assertGrade3("gb21344-2023.dap-slurry-granular.comprehensive-energy.grade3", "200 kgce/t");
    assertGrade3("gb21344-2023.potassium-sulphate-potassium-brine.comprehensive-energy.grade3", "320 kgce/t");
    assertGrade3("gb21344-2023.potassium-sulphate-seawater-and-brine.comprehensive-energy.grade3", "450 kgce/t");
    assertGrade3("gb21344-2023.potassium-sulphate-glauber-salt.comprehensive-energy.grade3", "500 kgce/t");
    assertGrade3("gb21344-2023.potassium-sulphate-mannheim.comprehensive-energy.grade3", "120 kgce/t");
    assertEquals(18, edition("gb-21344@2023").entries().size());
  }

  @Test
  void gb21257Grade3ValuesOfCausticSodaPvcAndMethaneChlorides() {
    // GB 21257-2024 表1–表3, reference 04 §5.1
    assertGrade3("gb21257-2024.caustic-soda-liquid-ge30.comprehensive-energy.grade3", "350 kgce/t");
    assertGrade3("gb21257-2024.caustic-soda-liquid-ge45.comprehensive-energy.grade3", "470 kgce/t");
    assertGrade3("gb21257-2024.caustic-soda-solid-ge98.comprehensive-energy.grade3", "685 kgce/t");
    assertGrade3("gb21257-2024.pvc-carbide-general.comprehensive-energy.grade3", "270 kgce/t");
    assertGrade3("gb21257-2024.pvc-carbide-paste.comprehensive-energy.grade3", "480 kgce/t");
    assertGrade3("gb21257-2024.pvc-ethylene-general.comprehensive-energy.grade3", "635 kgce/t");
    assertGrade3("gb21257-2024.pvc-ethylene-paste.comprehensive-energy.grade3", "1100 kgce/t");
    assertGrade3("gb21257-2024.pvc-monomer-general.comprehensive-energy.grade3", "210 kgce/t");
    assertGrade3("gb21257-2024.pvc-monomer-paste.comprehensive-energy.grade3", "415 kgce/t");
    assertGrade3("gb21257-2024.methane-chlorides-ctc-to-other-products.comprehensive-energy.grade3", "290 kgce/t");
    assertGrade3("gb21257-2024.methane-chlorides-ctc-to-methyl-chloride.comprehensive-energy.grade3", "290 kgce/t");
    assertGrade3("gb21257-2024.methane-chlorides-ctc-to-chloroform.comprehensive-energy.grade3", "320 kgce/t");
    assertEquals(12, edition("gb-21257@2024").entries().size());
  }

  @Test
  void gb29140Grade3ValuesOfSodaAsh() {
    // GB 29140-2024 表1, reference 04 §5.4
    assertGrade3("gb29140-2024.ammonia-soda-light.comprehensive-energy.grade3", "370 kgce/t");
    assertGrade3("gb29140-2024.ammonia-soda-dense.comprehensive-energy.grade3", "420 kgce/t");
    assertGrade3("gb29140-2024.combined-light.comprehensive-energy.grade3", "200 kgce/t");
    assertGrade3("gb29140-2024.combined-dense.comprehensive-energy.grade3", "250 kgce/t");
    assertGrade3("gb29140-2024.natural-carbonation-light.comprehensive-energy.grade3", "440 kgce/t");
    assertGrade3("gb29140-2024.natural-carbonation-dense.comprehensive-energy.grade3", "490 kgce/t");
    assertGrade3("gb29140-2024.natural-evaporation-light.comprehensive-energy.grade3", "390 kgce/t");
    assertGrade3("gb29140-2024.natural-evaporation-dense.comprehensive-energy.grade3", "440 kgce/t");
    assertEquals(8, edition("gb-29140@2024").entries().size());
  }

  @Test
  void gb25323Grade3ValuesOfHeavyNonFerrousSmelting() {
    // GB 25323-2023 表1–表10, reference 04 §4.5 (repository draft candidates); 表11–表12 are not encoded (labels flagged)
    String[][] rows = {
        {"copper.concentrate-to-blister", "175"}, {"copper.concentrate-to-anode", "235"}, {"copper.electrolysis", "110"},
        {"copper.concentrate-to-cathode", "340"}, {"copper.blister-to-anode", "240"}, {"copper.blister-to-cathode", "330"},
        {"copper.scrap-to-blister", "220"}, {"copper.scrap-to-anode", "250"}, {"copper.scrap-to-cathode", "370"},
        {"zinc.pyro-concentrate-to-crude", "1470"}, {"zinc.pyro-crude-to-refined", "420"},
        {"zinc.pyro-concentrate-to-refined", "1890"}, {"zinc.hydro-concentrate-with-residue", "1260"},
        {"zinc.hydro-concentrate-without-residue", "820"}, {"zinc.enriched-calcine-fluorine-chlorine-removal", "350"},
        {"zinc.hydro-enriched-oxide-without-residue", "860"}, {"zinc.hydro-enriched-oxide-with-residue", "1400"},
        {"lead.concentrate-to-crude", "300"}, {"lead.electrorefining", "120"}, {"lead.concentrate-to-ingot", "420"},
        {"secondary-lead.battery-pretreatment", "4"}, {"secondary-lead.paste-smelting", "250"},
        {"secondary-lead.grid-smelting", "15"}, {"secondary-lead.fire-refining", "22"},
        {"secondary-lead.battery-to-lead", "210"}, {"secondary-lead.metallic-scrap-to-lead", "20"},
        {"nickel.concentrate-to-matte", "1400"}, {"nickel.matte-to-cathode", "2000"}, {"nickel.electrolysis", "1300"},
        {"nickel.concentrate-to-cathode", "4680"},
        {"tin.pretreatment-fluidized-bed", "45"}, {"tin.pretreatment-rotary-kiln", "90"}, {"tin.reduction-smelting", "900"},
        {"tin.refining", "200"}, {"tin.slag-fuming", "3200"}, {"tin.concentrate-to-ingot", "2200"},
        {"antimony.low-grade-roughing", "1950"}, {"antimony.concentrate-roughing", "700"}, {"antimony.refining", "440"},
        {"antimony.low-grade-to-ingot", "2390"}, {"antimony.concentrate-to-ingot", "1250"},
        {"antimony.jamesonite-roughing-converting", "950"}, {"antimony.jamesonite-slag", "600"},
        {"antimony.jamesonite-refining", "500"}, {"antimony.jamesonite-to-ingot", "2100"}};
    for (String[] row : rows) {
      assertGrade3("gb25323-2023." + row[0] + ".grade3", row[1] + " kgce/t");
    }
    assertManual("gb25323-2023.zinc.enriched-oxide-zn12.grade3", "1级 1300，2级 1600，3级 2000");
    assertManual("gb25323-2023.zinc.enriched-oxide-zn8.grade3", "1级 2200，2级 2500，3级 2800");
    assertManual("gb25323-2023.zinc.enriched-oxide-zn5.grade3", "1级 2500，2级 2800，3级 3000");
    assertManual("gb25323-2023.zinc.enriched-calcine-zn12.grade3", "1级 1600，2级 1930，3级 2350");
    assertManual("gb25323-2023.zinc.enriched-calcine-zn8.grade3", "1级 2500，2级 2830，3级 3150");
    assertManual("gb25323-2023.zinc.enriched-calcine-zn5.grade3", "1级 2800，2级 3130，3级 3350");
    assertEquals(51, edition("gb-25323@2023").entries().size());
    assertTrue(edition("gb-25323@2023").source().note().orElseThrow().contains("表11–表12"),
        "the edition says which rows are left out and why");
  }

  @Test
  void grade3ValuesOfTheSmallerStandards() {
    // reference 04 §4.2 (GB 21347-2023), §4.6 (GB 29448-2022), §5.6 (GB 29436-2023), §5.8 (GB 29449-2024),
    // §5.9 (GB 29995-2024), §5.10 (GB 30180-2024), §5.12 (GB 46029-2025), §6.2 (GB 29446-2019), §6.4 (GB 45549-2025),
    // §2.9 (GB 36891-2018, GB 36892-2018)
    String[][] rows = {
        {"gb21347-2023.industrial-silicon-charcoal", "3300 kgce/t"},
        {"gb21347-2023.industrial-silicon-petroleum-coke-and-coal", "3500 kgce/t"},
        {"gb21347-2023.industrial-silicon-coal", "3600 kgce/t"}, {"gb21347-2023.magnesium", "5000 kgce/t"},
        {"gb29448-2022.titanium-sponge-full-process", "5080 kgce/t"},
        {"gb29448-2022.titanium-sponge-half-process", "1230 kgce/t"},
        {"gb29448-2022.titanium-ingot-two-var-melts", "580 kgce/t"},
        {"gb29448-2022.titanium-ingot-three-var-melts", "1100 kgce/t"},
        {"gb29436-2023.methanol-bituminous-coal", "1800 kgce/t"}, {"gb29436-2023.methanol-anthracite", "1500 kgce/t"},
        {"gb29436-2023.methanol-lignite", "2000 kgce/t"}, {"gb29436-2023.methanol-natural-gas", "1380 kgce/t"},
        {"gb29436-2023.methanol-coke-oven-gas", "1500 kgce/t"},
        {"gb29436-2023.ethylene-glycol-ethylene", "470 kgce/t"}, {"gb29436-2023.ethylene-glycol-syngas", "1300 kgce/t"},
        {"gb29436-2023.ethylene-glycol-coal", "3100 kgce/t"}, {"gb29436-2023.dimethyl-ether-from-methanol", "1200 kgce/t"},
        {"gb29449-2024.tyre-all-steel-radial", "340 kgce/t"}, {"gb29449-2024.tyre-semi-steel-radial", "430 kgce/t"},
        {"gb29449-2024.tyre-off-the-road", "560 kgce/t"}, {"gb29449-2024.tyre-bias", "515 kgce/t"},
        {"gb29449-2024.carbon-black", "460 kgce/t"},
        {"gb29995-2024.activated-carbon-columnar", "1650 kgce/t"},
        {"gb29995-2024.activated-carbon-briquetted", "1600 kgce/t"},
        {"gb29995-2024.activated-carbon-crushed-raw-coal", "1500 kgce/t"},
        {"gb29995-2024.activated-carbon-activated-coke", "750 kgce/t"},
        {"gb30180-2024.olefins-mto", "1600 kgce/t"}, {"gb30180-2024.olefins-mtp", "3800 kgce/t"},
        {"gb46029-2025.silver", "740 kgce/t"}, {"gb46029-2025.iron-molybdenum", "670 kgce/t"},
        {"gb29446-2019.coking-coal", "8.5 kWh/t"}, {"gb29446-2019.steam-coal", "4.5 kWh/t"},
        {"gb45549-2025.graphite-flake", "215 kgce/t"}, {"gb45549-2025.graphite-microcrystalline", "95 kgce/t"},
        {"gb45549-2025.fluorite-lump-ore", "13 kgce/t"}, {"gb45549-2025.fluorite-fine-ore", "25 kgce/t"},
        {"gb45549-2025.fluorite-concentrate-two-stage-grinding", "32 kgce/t"},
        {"gb45549-2025.fluorite-concentrate-three-stage-grinding", "110 kgce/t"},
        {"gb45549-2025.fluorite-concentrate-comprehensive-utilisation", "75 kgce/t"},
        {"gb36891-2018.sintered-mullite", "252 kgce/t"}, {"gb36891-2018.fused-mullite-power", "1600 kWh/t"},
        {"gb36892-2018.brown-fused-power", "2400 kWh/t"}, {"gb36892-2018.white-fused-power", "1680 kWh/t"},
        {"gb36892-2018.semi-white-fused-power", "2950 kWh/t"}, {"gb36892-2018.dense-fused-power", "2600 kWh/t"},
        {"gb36892-2018.sintered", "202 kgce/t"}};
    for (String[] row : rows) {
      assertGrade3(row[0] + ".grade3", row[1]);
    }
    assertManual("gb30180-2024.coal-to-gas.grade3", "1级 1.1，2级 1.2，3级 1.4", "kgce/m³");
    assertManual("gb30180-2024.coal-direct-liquefaction.grade3", "1级 1150，2级 1300，3级 1500", "kgce/toe");
    assertManual("gb30180-2024.coal-indirect-liquefaction.grade3", "1级 2000，2级 2200，3级 2700", "kgce/toe");
    assertManual("gb29995-2024.semi-coke.grade3", "1级 160，2级 180，3级 210");
  }

  @Test
  void gb30251Grade3ValuesOfRefiningAndPetrochemicalsInTheirOwnEnergyUnits() {
    // GB 30251-2024 表1–表8, reference 04 §5.11: kgoe for refining, ethylene, PP, styrene and PX; kgce for the rest
    assertManual("gb30251-2024.refining-energy-factor.grade3", "1级 6.85，2级 7.50，3级 8.50");
    assertGrade3("gb30251-2024.ethylene.grade3", "640 kgoe/t");
    assertGrade3("gb30251-2024.polypropylene-gas-phase.grade3", "79 kgoe/t");
    assertGrade3("gb30251-2024.polypropylene-liquid-bulk.grade3", "95 kgoe/t");
    assertGrade3("gb30251-2024.styrene-ethylene-dehydrogenation.grade3", "362 kgoe/t");
    assertGrade3("gb30251-2024.styrene-dry-gas.grade3", "545 kgoe/t");
    assertGrade3("gb30251-2024.styrene-co-oxidation.grade3", "320 kgoe/t");
    assertGrade3("gb30251-2024.paraxylene.grade3", "550 kgoe/t");
    assertGrade3("gb30251-2024.pta.grade3", "180 kgce/t");
    assertGrade3("gb30251-2024.propylene-oxide-ethylbenzene-co-oxidation.grade3", "457 kgce/t");
    assertGrade3("gb30251-2024.propylene-oxide-isobutane-co-oxidation.grade3", "390 kgce/t");
    assertGrade3("gb30251-2024.propylene-oxide-hydrogen-peroxide.grade3", "550 kgce/t");
    assertGrade3("gb30251-2024.propylene-oxide-chlorohydrin.grade3", "380 kgce/t");
    assertGrade3("gb30251-2024.phthalic-anhydride.grade3", "-111 kgce/t");
    for (CatalogueEntry e : edition("gb-30251@2024").entries()) {
      assertTrue(e.provenance().note().orElseThrow().contains("第1号修改单"), e.id() + " keeps the amendment flag");
    }
  }

  @Test
  void grade3ValuesOfBuildingMaterialsCarbonAndMining() {
    // reference 04 §2.5 (GB 33654-2017), §2.6 (GB 36888-2018), §2.7 (GB 38263-2019), §2.8 (GB 30183-2013,
    // GB 30184-2013), §3.4 (GB 21370-2017), §5.7 (GB 29438-2012), §6.1 (GB 29445-2025), §6.3 (GB 31335-2024),
    // §8.2 (GB 32047-2025)
    String[][] rows = {
        {"gb33654-2017.building-gypsum", "43.0 kgce/t"},
        {"gb30183-2013.comparable-comprehensive-energy", "490.0 kgce/t"},
        {"gb30183-2013.comparable-melting-coke", "260.0 kgce/t"},
        {"gb29438-2012.polyoxymethylene", "2800 kgce/t"},
        {"gb21370-2017.graphite-electrode-regular.comprehensive-energy", "2410 kgce/t"},
        {"gb21370-2017.graphite-electrode-regular.power", "6440 kWh/t"},
        {"gb21370-2017.graphite-electrode-high.comprehensive-energy", "3050 kgce/t"},
        {"gb21370-2017.graphite-electrode-high.power", "6820 kWh/t"},
        {"gb21370-2017.graphite-electrode-ultra-high.comprehensive-energy", "3780 kgce/t"},
        {"gb21370-2017.graphite-electrode-ultra-high.power", "7260 kWh/t"},
        {"gb21370-2017.carbon-block-semi-graphitic.comprehensive-energy", "1330 kgce/t"},
        {"gb21370-2017.carbon-block-microporous.comprehensive-energy", "1500 kgce/t"},
        {"gb21370-2017.graphitization-regular.comprehensive-energy", "1170 kgce/t"},
        {"gb21370-2017.graphitization-regular.power", "4770 kWh/t"},
        {"gb21370-2017.graphitization-high.comprehensive-energy", "1285 kgce/t"},
        {"gb21370-2017.graphitization-high.power", "4970 kWh/t"},
        {"gb21370-2017.graphitization-ultra-high.comprehensive-energy", "1345 kgce/t"},
        {"gb21370-2017.graphitization-ultra-high.power", "5480 kWh/t"},
        {"gb31335-2024.roasting-rotary-kiln", "54.30 kgce/t"}, {"gb31335-2024.roasting-shaft-furnace", "45.60 kgce/t"},
        {"gb31335-2024.roasting-fluidized-bed", "45.00 kgce/t"}};
    for (String[] row : rows) {
      assertGrade3(row[0] + ".grade3", row[1]);
    }
    String[][] manual = {
        {"gb21370-2017.carbon-electrode-le1000mm.comprehensive-energy", "3级 895"},
        {"gb21370-2017.carbon-electrode-gt1000mm.comprehensive-energy", "3级 1575"},
        {"gb21370-2017.baking-le500mm.comprehensive-energy", "3级 530"},
        {"gb21370-2017.baking-500-1000mm.comprehensive-energy", "3级 610"},
        {"gb21370-2017.baking-gt1000mm.comprehensive-energy", "3级 1260"},
        {"gb31335-2024.open-pit-medium-and-above", "3级 0.69"}, {"gb31335-2024.open-pit-small", "3级 0.90"},
        {"gb31335-2024.underground-medium-and-above", "3级 3.36"}, {"gb31335-2024.underground-small", "3级 4.37"},
        {"gb31335-2024.weak-magnetic-separation", "3级 3.46"}, {"gb31335-2024.combined-separation", "3级 5.70"},
        {"gb30184-2013.reinforced", "1级 180，2级 200，3级 220"}, {"gb30184-2013.unreinforced", "1级 90，2级 100，3级 130"},
        {"gb36888-2018.production", "3级 1.10"}, {"gb36888-2018.transport", "3级 2.90"},
        {"gb38263-2019.precast-concrete-piles", "3级 56.6"}, {"gb38263-2019.spun-concrete-poles", "3级 72.2"},
        {"gb38263-2019.drainage-pipes", "3级 49.5"}, {"gb38263-2019.pccp", "3级 66.4"},
        {"gb38263-2019.aerated-concrete", "3级 37.3"}, {"gb38263-2019.calcium-silicate-boards", "3级 131.0"},
        {"gb38263-2019.tunnel-lining-segments", "3级 21.0"},
        {"gb32047-2025.beer", "1级 26，2级 35，3级 60"},
        {"gb29445-2025.underground", "1级 2.5，2级 6.2，3级 10.8"}, {"gb29445-2025.open-pit", "1级 3.0，2级 5.4，3级 8.0"}};
    for (String[] row : manual) {
      assertManual(row[0] + ".grade3", row[1]);
    }
    for (CatalogueEntry e : edition("gb-30183@2013").entries()) {
      assertTrue(e.provenance().note().orElseThrow().contains("p.4") && e.provenance().note().orElseThrow()
          .contains("p.2"), e.id() + " keeps the page conflict");
    }
  }

  @Test
  void gb36889Grade3ValuesOfManMadeFibres() {
    // GB 36889-2025 表1–表11, reference 04 §8.3 (48 rows)
    String[][] rows = {
        {"polyester-polymerisation-melt-or-chip", "100"}, {"polyester-ssp-high-viscosity-chip", "45"},
        {"polyester-lpp-high-viscosity-melt", "40"}, {"polyester-direct-spinning-poy", "50"},
        {"polyester-direct-spinning-fdy", "83"}, {"polyester-direct-spinning-industrial-filament", "145"},
        {"polyester-direct-spinning-staple", "110"}, {"polyester-chip-spinning-poy", "95"},
        {"polyester-chip-spinning-fdy", "105"}, {"polyester-chip-spinning-industrial-filament", "165"},
        {"polyester-chip-spinning-staple", "180"}, {"polyester-dty-nozzle-le-0.12mpa", "115"},
        {"polyester-dty-nozzle-0.12-0.35mpa", "140"}, {"polyester-dty-nozzle-ge-0.35mpa", "180"},
        {"recycled-polyester-chip", "75"}, {"recycled-polyester-poy", "120"},
        {"recycled-polyester-fdy-flake-spinning", "150"}, {"recycled-polyester-fdy-chip-spinning", "130"},
        {"recycled-polyester-dty-nozzle-le-0.12mpa", "118"}, {"recycled-polyester-dty-nozzle-0.12-0.35mpa", "145"},
        {"recycled-polyester-dty-nozzle-ge-0.35mpa", "185"}, {"recycled-polyester-staple", "185"},
        {"bottle-grade-polyester-chip", "120"},
        {"viscose-staple", "950"}, {"modal-staple", "1200"}, {"viscose-filament", "3000"},
        {"nylon6-polymerisation-civil-chip", "145"}, {"nylon6-polymerisation-industrial-chip", "190"},
        {"nylon6-spinning-poy-hoy", "200"}, {"nylon6-spinning-fdy", "270"}, {"nylon6-spinning-industrial-filament", "350"},
        {"nylon6-texturing-dty", "285"}, {"spandex", "1300"},
        {"vinylon-high-strength-high-modulus-short-cut", "1200"}, {"vinylon-water-soluble-staple", "1200"},
        {"acrylic-fibre", "1050"}, {"polypropylene-fdy", "200"}, {"polypropylene-bcf", "220"},
        {"polypropylene-staple", "155"}, {"uhmwpe-halogenated-hydrocarbon-extractant", "4000"},
        {"uhmwpe-hydrocarbon-extractant", "8000"}, {"bicomponent-polymer-melt-chip", "150"},
        {"bicomponent-direct-spinning-poy", "70"}, {"bicomponent-direct-spinning-fdy", "80"},
        {"bicomponent-chip-spinning-poy", "180"}, {"bicomponent-chip-spinning-fdy", "190"},
        {"pe-pet-composite-staple", "190"}, {"lmpet-pet-composite-staple", "175"}};
    for (String[] row : rows) {
      assertGrade3("gb36889-2025." + row[0] + ".grade3", row[1] + " kgce/t");
    }
    assertEquals(48, edition("gb-36889@2025").entries().size());
  }

  @Test
  void everyEntryIsUnverifiedRectifiesWithinSixMonthsAndNamesTheChongqingEconomyCommission() {
    for (CatalogueEdition e : topicEditions()) {
      for (CatalogueEntry x : e.entries()) {
        assertEquals(VerificationLevel.UNVERIFIED, x.provenance().verification(), x.id());
        assertTrue(x.provenance().note().orElseThrow().contains("grade 3 as the limit for existing plants"), x.id());
        assertEquals(Action.RECTIFY, x.consequence().action(), x.id());
        DeadlineRule.AfterTrigger rule = (DeadlineRule.AfterTrigger) x.consequence().deadline();
        assertEquals(java.time.Period.ofMonths(6), rule.period(), x.id());
        assertEquals(Optional.of(java.time.Period.ofMonths(3)), rule.extension(), x.id());
        assertEquals(List.of("cq.economy-it"), x.departments().get(0).lead(), x.id());
        assertTrue(x.id().startsWith(e.catalogueId().replace("-", "") + "-" + e.edition() + "."), x.id());
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ end to end

  @Test
  void everyMachineCheckableEntryIsMetAtItsLimitFailedJustPastItAndUndecidedWithoutData() {
    int checked = 0;
    int scoped = 0;
    int assuming = 0;
    for (CatalogueEdition e : topicEditions()) {
      for (CatalogueEntry x : e.entries()) {
        if (x.criterion().isEmpty()) {
          continue;
        }
        Criterion.Comparison limit = limitOf(x);
        String indicator = limit.operand().key();
        Quantity at = quantity(limit);
        Quantity above = plus(at, "0.1");
        assertTrue(x.text().zh().contains("3级 " + at.value().toPlainString()),
            x.id() + ": the text states the grade-3 value the criterion compares with");
        Map<String, Object> plain = new LinkedHashMap<>();
        List<Case> scope = new ArrayList<>();
        for (Criterion r : scopeOf(x)) {
          Case c = caseOf(x, r);
          scope.add(c);
          plain.put(c.key(), c.meets());
        }
        List<Case> assumed = new ArrayList<>();
        for (Criterion r : assumptionsOf(x)) {
          Case c = caseOf(x, r);
          assumed.add(c);
          plain.put(c.key(), c.meets());
        }
        Map<String, Object> atLimit = new LinkedHashMap<>(plain);
        atLimit.put(indicator, at);
        Map<String, Object> pastLimit = new LinkedHashMap<>(plain);
        pastLimit.put(indicator, above);
        assertEquals(Verdict.COMPLIANT, verdict(x.id(), atLimit), x.id() + " at " + at);
        assertEquals(Verdict.NON_COMPLIANT, verdict(x.id(), pastLimit), x.id() + " at " + above);
        assertEquals(Verdict.INSUFFICIENT_DATA, verdict(x.id(), plain), x.id() + " without " + indicator);
        for (Case c : scope) {
          Map<String, Object> without = new LinkedHashMap<>(pastLimit);
          without.remove(c.key());
          assertEquals(Verdict.INSUFFICIENT_DATA, verdict(x.id(), without), x.id() + " without " + c.key());
          Map<String, Object> withoutAtLimit = new LinkedHashMap<>(atLimit);
          withoutAtLimit.remove(c.key());
          assertEquals(Verdict.COMPLIANT, verdict(x.id(), withoutAtLimit),
              x.id() + " without " + c.key() + ": a value within the limit passes whichever row applies");
          if (c.fails() == null) {
            continue;
          }
          Map<String, Object> outside = new LinkedHashMap<>(pastLimit);
          outside.put(c.key(), c.fails());
          assertNoFinding(x.id(), outside, c.key() + " = " + c.fails() + " is another row");
        }
        for (Case c : assumed) {
          for (Map<String, Object> base : List.of(atLimit, pastLimit)) {
            Map<String, Object> without = new LinkedHashMap<>(base);
            without.remove(c.key());
            assertEquals(Verdict.INSUFFICIENT_DATA, verdict(x.id(), without), x.id() + " without " + c.key());
            Map<String, Object> outside = new LinkedHashMap<>(base);
            outside.put(c.key(), c.fails());
            assertEquals(Verdict.INSUFFICIENT_DATA, verdict(x.id(), outside),
                x.id() + " with " + c.key() + " = " + c.fails() + ": the limit is corrected outside the plain case");
          }
        }
        scoped += scope.isEmpty() ? 0 : 1;
        assuming += assumed.isEmpty() ? 0 : 1;
        checked++;
      }
    }
    assertEquals(253, checked, "machine-checkable entries of the topic");
    assertEquals(215, scoped, "machine-checkable entries whose row is chosen by applies.when");
    assertEquals(11, assuming, "machine-checkable entries that assume a plain case");
  }

  @Test
  void onlyTheCorrectedLimitsAssumeAPlainCase() {
    Map<String, Set<String>> expected = new java.util.TreeMap<>();
    for (String id : List.of("gb16780-2021.clinker.comprehensive-energy.grade3",
        "gb16780-2021.clinker.comprehensive-power.grade3", "gb16780-2021.clinker.comprehensive-coal.grade3")) {
      expected.put(id, Set.of("cement.altitudeCorrection"));
    }
    expected.put("gb21256-2025.sinter.process-energy.grade3", Set.of("ironsteel.specialOresInFeed"));
    expected.put("gb21256-2025.pellet.process-energy.grade3", Set.of("ironsteel.specialOresInFeed"));
    expected.put("gb21256-2025.blast-furnace.process-energy.grade3",
        Set.of("ironsteel.specialOresInFeed", "ironsteel.bfFeedIronGrade"));
    for (String band : List.of("lt50t", "50-70t", "ge70t")) {
      expected.put("gb21256-2025.eaf-" + band + ".process-energy.grade3",
          Set.of("ironsteel.eafAllScrapOrdinaryCarbonSteel"));
    }
    expected.put("gb29140-2024.combined-light.comprehensive-energy.grade3", Set.of("sodaash.combinedProcessSalt"));
    expected.put("gb29140-2024.combined-dense.comprehensive-energy.grade3", Set.of("sodaash.combinedProcessSalt"));
    Map<String, Set<String>> actual = new java.util.TreeMap<>();
    for (CatalogueEdition e : topicEditions()) {
      for (CatalogueEntry x : e.entries()) {
        if (x.assumes().isPresent()) {
          actual.put(x.id(), assumptionsOf(x).stream().map(c -> caseOf(x, c).key())
              .collect(java.util.stream.Collectors.toSet()));
          assertTrue(x.provenance().note().orElseThrow().contains("INSUFFICIENT_DATA, never COMPLIANT"),
              x.id() + " says what happens outside the plain case");
        }
        assertFalse(x.provenance().note().orElseThrow().contains("reads COMPLIANT"),
            x.id() + ": no note promises a compliant finding outside the plain case");
      }
    }
    assertEquals(expected, actual);
  }

  @Test
  void everyManualEntryAsksForManualAssessmentEvenWhenAValueIsReported() {
    int manual = 0;
    int scoped = 0;
    for (CatalogueEdition e : topicEditions()) {
      for (CatalogueEntry x : e.entries()) {
        if (x.criterion().isPresent()) {
          continue;
        }
        assertTrue(x.provenance().note().orElseThrow().contains("Manual assessment"), x.id() + " says why");
        assertTrue(x.assumes().isEmpty(), x.id() + ": a manual entry assumes nothing");
        Finding f = finding(x.id(), data());
        assertEquals(Verdict.INSUFFICIENT_DATA, f.verdict(), x.id());
        assertTrue(explains(f.explanation(), "人工研判"), x.id());
        Map<String, Object> row = new LinkedHashMap<>();
        List<Case> cases = new ArrayList<>();
        for (Criterion r : scopeOf(x)) {
          Case c = caseOf(x, r);
          cases.add(c);
          row.put(c.key(), c.meets());
        }
        assertEquals(Verdict.INSUFFICIENT_DATA, verdict(x.id(), row), x.id() + " in its own row");
        for (Case c : cases) {
          Map<String, Object> outside = new LinkedHashMap<>(row);
          outside.put(c.key(), c.fails());
          assertNoFinding(x.id(), outside, c.key() + " = " + c.fails() + " is another row");
        }
        scoped += cases.isEmpty() ? 0 : 1;
        manual++;
      }
    }
    assertEquals(64, manual, "manual entries of the topic");
    assertEquals(37, scoped, "manual entries whose row is chosen by applies.when");
  }

  @Test
  void aClinkerLineBelow1500MetresIsJudgedOnThePlainGrade3Values() {
    String id = "gb16780-2021.clinker.comprehensive-energy.grade3";
    assertEquals(Verdict.COMPLIANT, verdict(id, data("cement.clinker-comprehensive-energy", "117 kgce/t",
        "cement.altitudeCorrection", false)));
    Finding failing = finding(id, data("cement.clinker-comprehensive-energy", "117.01 kgce/t",
        "cement.altitudeCorrection", false));
    assertEquals(Verdict.NON_COMPLIANT, failing.verdict());
    assertEquals(Optional.of(Quantity.parse("117 kgce/t")), failing.threshold());
    assertEquals(Optional.of("超过"), failing.thresholdWording());
    assertEquals("市经济信息委", failing.departments().lead().get(0).zh());
    assertTrue(failing.deadline().isEmpty(), "the six months run from a rectification notice, which is not known");
    assertTrue(failing.deadlineRule().contains("6个月内整改"));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, data("cement.clinker-comprehensive-energy", "130 kgce/t")),
        "the altitude case must be reported");
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, data("cement.clinker-comprehensive-energy", "130 kgce/t",
        "cement.altitudeCorrection", true)), "above 1500 m the limit is corrected, which the entry does not compute");
    Finding high = finding(id, data("cement.clinker-comprehensive-energy", "100 kgce/t",
        "cement.altitudeCorrection", true));
    assertEquals(Verdict.INSUFFICIENT_DATA, high.verdict(), "never compliant outside the plain case, even far below");
    assertTrue(explains(high.explanation(), "本条目所编码的情形"), "the explanation names the encoded case");
  }

  @Test
  void aClinkerLineFailingTwoIndicatorsMustRectifyUnderBoth() {
    UnitAssessment a = assess("clinker-line", END_OF_2025, data(
        "cement.altitudeCorrection", false,
        "cement.clinker-comprehensive-energy", "120 kgce/t",
        "cement.clinker-comprehensive-power", "61 kWh/t",
        "cement.clinker-comprehensive-coal", "110 kgce/t"));
    assertEquals(UnitStatus.RECTIFICATION_REQUIRED, a.status());
    List<String> failed = a.findings().stream().filter(f -> f.verdict() == Verdict.NON_COMPLIANT)
        .map(f -> f.entry().entryId()).sorted().toList();
    assertEquals(List.of("gb16780-2021.clinker.comprehensive-coal.grade3",
        "gb16780-2021.clinker.comprehensive-energy.grade3"), failed);
  }

  @Test
  void aFurnaceOf50TonnesBelongsToThe50To70TonneBandAndOneOf70TonnesToTheTopBand() {
    String small = "gb21256-2025.eaf-lt50t.process-energy.grade3";
    String middle = "gb21256-2025.eaf-50-70t.process-energy.grade3";
    String large = "gb21256-2025.eaf-ge70t.process-energy.grade3";
    Map<String, Object> at80in49 = data("unit.ratedCapacity", "49.9 t", "ironsteel.eaf-process-energy", "80 kgce/t",
        "ironsteel.eafAllScrapOrdinaryCarbonSteel", true);
    assertEquals(Verdict.COMPLIANT, verdict(small, at80in49), "80 is within 86 for a furnace under 50 t");
    assertNoFinding(middle, at80in49, "the 50–70 t band does not cover 49.9 t");
    assertNoFinding(large, at80in49, "nor does the top band");
    Map<String, Object> at80in50 = data("unit.ratedCapacity", "50 t", "ironsteel.eaf-process-energy", "80 kgce/t",
        "ironsteel.eafAllScrapOrdinaryCarbonSteel", true);
    assertNoFinding(small, at80in50, "50 t is past the band under 50 t");
    assertEquals(Verdict.NON_COMPLIANT, verdict(middle, at80in50), "80 exceeds 72 for a furnace of 50 t");
    Map<String, Object> at80in70 = data("unit.ratedCapacity", "70 t", "ironsteel.eaf-process-energy", "80 kgce/t",
        "ironsteel.eafAllScrapOrdinaryCarbonSteel", true);
    assertNoFinding(middle, at80in70, "70 t is past the 50–70 t band");
    assertEquals(Verdict.NON_COMPLIANT, verdict(large, at80in70));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(large, data("ironsteel.eaf-process-energy", "80 kgce/t",
        "ironsteel.eafAllScrapOrdinaryCarbonSteel", true)), "the band needs the furnace's capacity");
    UnitAssessment stainless = assess("electric-arc-furnace", LocalDate.of(2026, 7, 1), data("unit.ratedCapacity",
        "60 t", "ironsteel.eaf-process-energy", "60 kgce/t", "ironsteel.eafAllScrapOrdinaryCarbonSteel", false));
    assertEquals(List.of(middle), stainless.findings().stream().map(f -> f.entry().entryId())
        .filter(id -> id.startsWith("gb21256-2025.eaf-")).toList(), "a furnace gets the finding of its band only");
    assertEquals(Verdict.INSUFFICIENT_DATA, stainless.findings().stream()
        .filter(f -> f.entry().entryId().equals(middle)).findFirst().orElseThrow().verdict(),
        "other than all-scrap ordinary carbon steel the limit is corrected: never compliant, even at 60");
  }

  @Test
  void aBlastFurnaceIsJudgedOnTheGrade3ValueOnlyWithOrdinaryOresAndAFeedGradeOf62PercentOrMore() {
    String id = "gb21256-2025.blast-furnace.process-energy.grade3";
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, data("ironsteel.bf-process-energy", "415.1 kgce/t",
        "ironsteel.specialOresInFeed", false, "ironsteel.bfFeedIronGrade", "62 %")));
    assertEquals(Verdict.COMPLIANT, verdict(id, data("ironsteel.bf-process-energy", "415 kgce/t",
        "ironsteel.specialOresInFeed", false, "ironsteel.bfFeedIronGrade", "62 %")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, data("ironsteel.bf-process-energy", "415 kgce/t",
        "ironsteel.specialOresInFeed", false, "ironsteel.bfFeedIronGrade", "58.5 %")),
        "below 62% the limit is corrected, which the entry does not compute: it never reads compliant there");
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, data("ironsteel.bf-process-energy", "430 kgce/t",
        "ironsteel.specialOresInFeed", false, "ironsteel.bfFeedIronGrade", "61.9 %")),
        "below 62% the corrected limit is not computed: outside the encoded case");
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, data("ironsteel.bf-process-energy", "400 kgce/t",
        "ironsteel.specialOresInFeed", true, "ironsteel.bfFeedIronGrade", "62 %")),
        "with rare-earth, V-Ti or laterite ore the limit is raised by an amount not computed: never compliant");
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, data("ironsteel.bf-process-energy", "430 kgce/t",
        "ironsteel.specialOresInFeed", false)));
  }

  @Test
  void photovoltaicGlassLinesOf300TonnesADayAreInTheSmallerBand() {
    String small = "gb21340-2019.pv-rolled-glass-le300td.comprehensive-energy.grade3";
    String large = "gb21340-2019.pv-rolled-glass-gt300td.comprehensive-energy.grade3";
    Map<String, Object> at300 = data("unit.ratedCapacity", "300 t/d", "glass.pv-rolled-comprehensive-energy",
        "380 kgce/t");
    assertEquals(Verdict.COMPLIANT, verdict(small, at300), "380 is within 400");
    assertNoFinding(large, at300, "the >300 t/d band does not cover 300 t/d");
    Map<String, Object> at320 = data("unit.ratedCapacity", "320 t/d", "glass.pv-rolled-comprehensive-energy",
        "380 kgce/t");
    assertEquals(Verdict.NON_COMPLIANT, verdict(large, at320), "380 exceeds 370");
    assertNoFinding(small, at320, "the ≤300 t/d band does not cover 320 t/d");
  }

  @Test
  void sanitaryCeramicsOf0Point3PercentAbsorptionAreJudgedOn630() {
    String low = "gb21252-2023.sanitary-absorption-le0.3.comprehensive-energy.grade3";
    String high = "gb21252-2023.sanitary-absorption-gt0.3.comprehensive-energy.grade3";
    Map<String, Object> at620 = data("ceramics.waterAbsorption", "0.3 %", "ceramics.sanitary-comprehensive-energy",
        "620 kgce/t");
    assertEquals(Verdict.COMPLIANT, verdict(low, at620));
    assertNoFinding(high, at620, "0.3% is not above 0.3%");
    Map<String, Object> above = data("ceramics.waterAbsorption", "0.31 %", "ceramics.sanitary-comprehensive-energy",
        "620 kgce/t");
    assertEquals(Verdict.NON_COMPLIANT, verdict(high, above), "620 exceeds 610 above 0.3%");
    assertNoFinding(low, above, "0.31% is past the ≤0.3% band");
  }

  @Test
  void aBrickLineIsJudgedOnlyOnTheRowOfItsProduct() {
    UnitAssessment a = assess("sintered-wall-material-line", END_OF_2025, data(
        "wallmaterial.product", "hollow", "wallmaterial.sintered-comprehensive-energy", "54 kgce/t"));
    Map<String, Verdict> byEntry = new LinkedHashMap<>();
    a.findings().forEach(f -> byEntry.put(f.entry().entryId(), f.verdict()));
    assertEquals(Verdict.COMPLIANT, byEntry.get("gb30526-2019.wall-hollow.comprehensive-energy.grade3"),
        "54 is within the 55 of hollow bricks");
    assertFalse(byEntry.containsKey("gb30526-2019.wall-perforated.comprehensive-energy.grade3"),
        "the 53 of perforated bricks does not apply to a hollow-brick line");
    assertFalse(byEntry.containsKey("gb30526-2019.foam-glass-own-melt.comprehensive-energy.grade3"),
        "foam-glass rows apply to foam-glass lines only");
    assertEquals(Verdict.INSUFFICIENT_DATA, assess("sintered-wall-material-line", END_OF_2025, data(
        "wallmaterial.sintered-comprehensive-energy", "54 kgce/t")).findings().stream()
        .filter(f -> f.entry().entryId().equals("gb30526-2019.wall-perforated.comprehensive-energy.grade3"))
        .findFirst().orElseThrow().verdict(), "the product must be reported");
  }

  @Test
  void aCombinedProcessSodaAshPlantIsJudgedOnTheTableValueOnlyWithRefinedSalt() {
    String id = "gb29140-2024.combined-dense.comprehensive-energy.grade3";
    Map<String, Object> refined = data("sodaash.process", "combined", "sodaash.product", "dense",
        "sodaash.combinedProcessSalt", "refined", "sodaash.comprehensive-energy", "260 kgce/t");
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, refined), "260 exceeds 250");
    Map<String, Object> solar = new LinkedHashMap<>(refined);
    solar.put("sodaash.combinedProcessSalt", "solar");
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, solar),
        "with solar salt (×1.18) the plant falls outside the plain case: its corrected limit is assessed by hand");
    solar.put("sodaash.comprehensive-energy", Quantity.parse("240 kgce/t"));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, solar), "never compliant outside the plain case");
    assertNoFinding("gb29140-2024.ammonia-soda-dense.comprehensive-energy.grade3", refined,
        "a combined-process plant is not judged on the ammonia-soda row");
    assertNoFinding("gb29140-2024.combined-light.comprehensive-energy.grade3", refined,
        "a dense-ash plant is not judged on the light-ash row");
  }

  @Test
  void aCarbideFurnaceMustMeetBothItsEnergyAndItsPowerLimit() {
    UnitAssessment a = assess("calcium-carbide-furnace", END_OF_2025, data(
        "carbide.comprehensive-energy", "940 kgce/t", "carbide.furnace-power", "3250 kWh/t"));
    Map<String, Verdict> byEntry = new LinkedHashMap<>();
    a.findings().forEach(f -> byEntry.put(f.entry().entryId(), f.verdict()));
    assertEquals(Verdict.COMPLIANT, byEntry.get("gb21343-2023.calcium-carbide.comprehensive-energy.grade3"));
    assertEquals(Verdict.NON_COMPLIANT, byEntry.get("gb21343-2023.calcium-carbide.furnace-power.grade3"));
    assertEquals(UnitStatus.RECTIFICATION_REQUIRED, a.status());
  }

  @Test
  void aFerrosiliconFurnaceIsDecidedOnItsComprehensiveEnergyAndLeftToManualAssessmentOnItsPower() {
    UnitAssessment a = assess("ferroalloy-furnace", END_OF_2025, data("ferroalloy.product", "ferrosilicon",
        "ferroalloy.comprehensive-energy", "1850.1 kgce/t"));
    Map<String, Verdict> byEntry = new LinkedHashMap<>();
    a.findings().forEach(f -> byEntry.put(f.entry().entryId(), f.verdict()));
    assertEquals(Verdict.NON_COMPLIANT, byEntry.get("gb21341-2022.ferrosilicon.comprehensive-energy.grade3"));
    assertFalse(byEntry.containsKey("gb21341-2022.silicomanganese.comprehensive-energy.grade3"),
        "the silicomanganese row does not apply to a ferrosilicon furnace");
    assertEquals(Verdict.INSUFFICIENT_DATA, byEntry.get("gb21341-2022.ferrosilicon.smelting-power.grade3"));
    assertFalse(byEntry.containsKey("gb21341-2022.silicomanganese.smelting-power.grade3"),
        "nor does the silicomanganese power row, although it is assessed by hand");
    // The 2024 industry catalogue's 淘汰类 ferroalloy items also speak about the furnace; count the GB 21341 rows only.
    assertEquals(2, byEntry.keySet().stream().filter(id -> id.startsWith("gb21341-2022.")).count(),
        "one furnace, one product: its two rows");
  }

  @Test
  void aCopperSmelterIsJudgedOnTheRowsOfItsFeed() {
    UnitAssessment scrap = assess("copper-smelter", END_OF_2025, data("copper.feed", "scrap",
        "copper.to-cathode-energy", "360 kgce/t"));
    Map<String, Verdict> byEntry = new LinkedHashMap<>();
    scrap.findings().forEach(f -> byEntry.put(f.entry().entryId(), f.verdict()));
    assertEquals(Verdict.COMPLIANT, byEntry.get("gb25323-2023.copper.scrap-to-cathode.grade3"), "360 is within 370");
    assertFalse(byEntry.containsKey("gb25323-2023.copper.concentrate-to-cathode.grade3"),
        "the 340 of concentrate smelting does not apply to scrap");
    UnitAssessment concentrate = assess("copper-smelter", END_OF_2025, data("copper.feed", "concentrate",
        "copper.to-cathode-energy", "360 kgce/t"));
    assertTrue(concentrate.findings().stream().anyMatch(f -> f.verdict() == Verdict.NON_COMPLIANT
        && f.entry().entryId().equals("gb25323-2023.copper.concentrate-to-cathode.grade3")), "360 exceeds 340");
  }

  @Test
  void methanolFromAnthraciteByContinuousPressurisedGasificationIsJudgedOnTheBituminousCoalRow() {
    String bituminous = "gb29436-2023.methanol-bituminous-coal.grade3";
    String anthracite = "gb29436-2023.methanol-anthracite.grade3";
    Map<String, Object> pressurised = data("methanol.feedstock", "anthracite",
        "methanol.anthraciteGasification", "continuous-pressurized", "methanol.comprehensive-energy", "1600 kgce/t");
    assertEquals(Verdict.COMPLIANT, verdict(bituminous, pressurised), "1600 is within 1800");
    assertNoFinding(anthracite, pressurised, "the 1500 row is for fixed-bed gasification");
    Map<String, Object> fixedBed = new LinkedHashMap<>(pressurised);
    fixedBed.put("methanol.anthraciteGasification", "atmospheric-intermittent-fixed-bed");
    assertEquals(Verdict.NON_COMPLIANT, verdict(anthracite, fixedBed), "1600 exceeds 1500");
    assertNoFinding(bituminous, fixedBed, "fixed-bed anthracite plants have their own row");
    Map<String, Object> unknownGasification = data("methanol.feedstock", "anthracite",
        "methanol.comprehensive-energy", "1900 kgce/t");
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(bituminous, unknownGasification));
    assertNoFinding(bituminous, data("methanol.feedstock", "lignite", "methanol.comprehensive-energy",
        "1900 kgce/t"), "a lignite plant is judged on its own row");
    assertEquals(Verdict.NON_COMPLIANT, verdict(bituminous, data("methanol.feedstock", "bituminous-coal",
        "methanol.comprehensive-energy", "1800.1 kgce/t")));
  }

  @Test
  void oilEquivalentLimitsAreComparedInOilEquivalent() {
    String id = "gb30251-2024.ethylene.grade3";
    assertEquals(Verdict.COMPLIANT, verdict(id, data("petrochem.ethylene-comprehensive-energy", "640 kgoe/t")));
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, data("petrochem.ethylene-comprehensive-energy", "640.5 kgoe/t")));
    assertThrows(InvalidInputException.class,
        () -> verdict(id, data("petrochem.ethylene-comprehensive-energy", "600 kgce/t")),
        "a coal-equivalent value is never compared with an oil-equivalent limit");
  }

  @Test
  void aViscoseStapleLineIsJudgedOn950FromJune2026() {
    String id = "gb36889-2025.viscose-staple.grade3";
    Map<String, Object> failing = data("chemfibre.product", "viscose-staple", "chemfibre.comprehensive-energy",
        "960 kgce/t");
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, failing));
    assertNoFinding("gb36889-2025.modal-staple.grade3", failing, "the modal row does not apply to viscose staple");
    assertTrue(assess("viscose-fibre-line", LocalDate.of(2026, 5, 31), failing).findings().stream()
        .noneMatch(f -> f.entry().entryId().equals(id)), "GB 36889-2025 takes effect on 1 June 2026");
  }

  private static List<String> rowsOf(UnitAssessment a, String prefix) {
    return a.findings().stream().map(f -> f.entry().entryId()).filter(id -> id.startsWith(prefix)).sorted().toList();
  }

  @Test
  void aCokeOvenIsLeftToManualAssessmentOnTheRowOfItsChargingMethodOnly() {
    LocalDate inForce = LocalDate.of(2026, 5, 1);
    String top = "gb21342-2025.coke-top-charging.comprehensive-energy.grade3";
    String stamp = "gb21342-2025.coke-stamp-charging.comprehensive-energy.grade3";
    UnitAssessment stamped = assess("coke-oven", inForce, data("coke-oven.stampCharging", true));
    assertEquals(List.of(stamp), rowsOf(stamped, "gb21342-2025."));
    assertEquals(Verdict.INSUFFICIENT_DATA, stamped.findings().stream()
        .filter(f -> f.entry().entryId().equals(stamp)).findFirst().orElseThrow().verdict());
    assertEquals(List.of(top), rowsOf(assess("coke-oven", inForce, data("coke-oven.stampCharging", false)),
        "gb21342-2025."));
    assertEquals(List.of(stamp, top), rowsOf(assess("coke-oven", inForce, data()), "gb21342-2025."),
        "without the charging method both rows ask for assessment");
  }

  @Test
  void aFlatGlassLineIsLeftToManualAssessmentOnTheRowOfItsCapacityOnly() {
    String prefix = "gb21340-2019.flat-glass-";
    Map<String, List<String>> expected = Map.of(
        "500 t/d", List.of("gb21340-2019.flat-glass-le500td.comprehensive-energy.grade3"),
        "500.1 t/d", List.of("gb21340-2019.flat-glass-500-800td.comprehensive-energy.grade3"),
        "800 t/d", List.of("gb21340-2019.flat-glass-500-800td.comprehensive-energy.grade3"),
        "800.1 t/d", List.of("gb21340-2019.flat-glass-gt800td.comprehensive-energy.grade3"));
    expected.forEach((capacity, rows) -> assertEquals(rows, rowsOf(assess("flat-glass-line", END_OF_2025,
        data("unit.ratedCapacity", capacity)), prefix), capacity));
    assertEquals(3, rowsOf(assess("flat-glass-line", END_OF_2025, data()), prefix).size(),
        "without the capacity every band asks for assessment");
  }

  @Test
  void aTileLineIsLeftToManualAssessmentOnTheRowOfItsWaterAbsorptionOnly() {
    String prefix = "gb21252-2023.";
    assertEquals(List.of("gb21252-2023.tile-absorption-0.2-0.5.comprehensive-energy.grade3"),
        rowsOf(assess("building-ceramics-line", END_OF_2025, data("ceramics.buildingProduct", "dry-pressed-tile",
            "ceramics.waterAbsorption", "0.5 %")), prefix));
    assertEquals(List.of("gb21252-2023.tile-absorption-le0.2.comprehensive-energy.grade3"),
        rowsOf(assess("building-ceramics-line", END_OF_2025, data("ceramics.buildingProduct", "dry-pressed-tile",
            "ceramics.waterAbsorption", "0.2 %")), prefix));
    assertEquals(List.of("gb21252-2023.ceramic-panel.comprehensive-energy.grade3"),
        rowsOf(assess("building-ceramics-line", END_OF_2025, data("ceramics.buildingProduct", "ceramic-panel",
            "ceramics.waterAbsorption", "0.2 %")), prefix));
  }

  @Test
  void mineRowsAreChosenByTheMiningMethodButNotByTheUndefinedSizeClass() {
    assertEquals(List.of("gb29445-2025.underground.grade3"), rowsOf(assess("coal-mine", LocalDate.of(2026, 8, 1),
        data("mining.mineType", "underground")), "gb29445-2025."));
    assertEquals(List.of("gb31335-2024.open-pit-medium-and-above.grade3", "gb31335-2024.open-pit-small.grade3"),
        rowsOf(assess("iron-ore-mine", END_OF_2025, data("mining.mineType", "open-pit")), "gb31335-2024."));
    assertEquals(List.of("gb31335-2024.roasting-rotary-kiln.grade3"), rowsOf(assess("iron-ore-beneficiation-plant",
        END_OF_2025, data("ironore.beneficiationMethod", "roasting-separation", "ironore.roastingFurnace",
            "rotary-kiln")), "gb31335-2024."));
  }

  @Test
  void theBandsThatChooseManualRowsArePinned() {
    // GB 21340-2019 表1 (reference 04 §2.3): ≤ 500, 500 < x ≤ 800, > 800 t/d
    Criterion.Comparison le500 = (Criterion.Comparison) scopeOf(
        entry("gb21340-2019.flat-glass-le500td.comprehensive-energy.grade3")).get(0);
    assertTrue(quantity(le500).isEqualTo(Quantity.parse("500 t/d")));
    assertEquals(Operator.LE, le500.operator());
    Criterion.Range mid = (Criterion.Range) scopeOf(
        entry("gb21340-2019.flat-glass-500-800td.comprehensive-energy.grade3")).get(0);
    assertTrue(mid.min().isEqualTo(Quantity.parse("500 t/d")) && !mid.minInclusive());
    assertTrue(mid.max().isEqualTo(Quantity.parse("800 t/d")) && mid.maxInclusive());
    Criterion.Comparison gt800 = (Criterion.Comparison) scopeOf(
        entry("gb21340-2019.flat-glass-gt800td.comprehensive-energy.grade3")).get(0);
    assertTrue(quantity(gt800).isEqualTo(Quantity.parse("800 t/d")));
    assertEquals(Operator.GT, gt800.operator());
    // GB 21252-2023 表1 (reference 04 §2.2): ≤0.2%, 0.2%<x≤0.5%, 0.5%<x≤10%, >10%
    Criterion.Comparison le02 = (Criterion.Comparison) scopeOf(
        entry("gb21252-2023.tile-absorption-le0.2.comprehensive-energy.grade3")).get(1);
    assertTrue(quantity(le02).isEqualTo(Quantity.parse("0.2 %")));
    assertEquals(Operator.LE, le02.operator());
    for (String[] band : new String[][] {{"0.2-0.5", "0.2 %", "0.5 %"}, {"0.5-10", "0.5 %", "10 %"}}) {
      Criterion.Range r = (Criterion.Range) scopeOf(
          entry("gb21252-2023.tile-absorption-" + band[0] + ".comprehensive-energy.grade3")).get(1);
      assertTrue(r.min().isEqualTo(Quantity.parse(band[1])) && !r.minInclusive(), band[0]);
      assertTrue(r.max().isEqualTo(Quantity.parse(band[2])) && r.maxInclusive(), band[0]);
    }
    Criterion.Comparison gt10 = (Criterion.Comparison) scopeOf(
        entry("gb21252-2023.tile-absorption-gt10.comprehensive-energy.grade3")).get(1);
    assertTrue(quantity(gt10).isEqualTo(Quantity.parse("10 %")));
    assertEquals(Operator.GT, gt10.operator());
    // GB 21342-2025 表1、表2: 顶装焦炉, 捣固焦炉
    assertEquals(FactValue.of(false), ((Criterion.Comparison) scopeOf(
        entry("gb21342-2025.coke-top-charging.comprehensive-energy.grade3")).get(0)).value());
    assertEquals(FactValue.of(true), ((Criterion.Comparison) scopeOf(
        entry("gb21342-2025.coke-stamp-charging.comprehensive-energy.grade3")).get(0)).value());
  }

  @Test
  void aConverterIsLeftToManualAssessmentWhateverItsValue() {
    UnitAssessment a = assess("converter", LocalDate.of(2026, 7, 1), data());
    Finding f = a.findings().stream()
        .filter(x -> x.entry().entryId().equals("gb21256-2025.converter.process-energy.grade3")).findFirst()
        .orElseThrow();
    assertEquals(Verdict.INSUFFICIENT_DATA, f.verdict());
    assertTrue(f.explanation().text().zh().contains("人工研判"));
  }
}
