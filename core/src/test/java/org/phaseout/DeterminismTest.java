package org.phaseout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.EvaluationFixtures.PLAN_YEAR_END;
import static org.phaseout.EvaluationFixtures.aluminaRefinery;
import static org.phaseout.EvaluationFixtures.coalBoiler;
import static org.phaseout.EvaluationFixtures.fact;
import static org.phaseout.EvaluationFixtures.measured;
import static org.phaseout.EvaluationFixtures.potline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.OperatingStatus;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.measure.Quantity;

/**
 * Specification of the determinism of reports: the same units, catalogue files and dates give the same bytes,
 * whatever the order of units or files and whatever the default locale, time zone or charset; the receipt says what
 * the report was computed from.
 */
class DeterminismTest {

  private static final ComplianceEvaluator EVALUATOR = EvaluationFixtures.evaluator();

  static List<ProductionUnit> mixedUnits() {
    return List.of(
        coalBoiler("boiler-06", "6 t/h").putFacts("location.industrialPark", fact(true)).build(),
        coalBoiler("boiler-10", "10 t/h").putFacts("location.heatNetworkCoverage", fact(false)).build(),
        coalBoiler("boiler-35", "35.0 t/h").putFacts("location.urbanBuiltUpArea", fact(true))
            .status(OperatingStatus.OPERATING).build(),
        coalBoiler("boiler-unknown", null).build(),
        ProductionUnit.builder().id("beijing-boiler").enterprise(EvaluationFixtures.beijingBoilerOwner())
            .kind("coal-fired-boiler").ratedCapacity(Quantity.parse("4 t/h")).build(),
        potline("potline-a").putMeasurements("aluminium.liquid-ac-consumption", measured("13351 kWh/t")).build(),
        potline("potline-b").putMeasurements("aluminium.ingot-comprehensive-energy", measured("1.7 tce/t")).build(),
        aluminaRefinery("alumina-a").putFacts("alumina.process", FactValue.of("bayer"))
            .putMeasurements("alumina.process-energy", measured("431 kgce/t")).build());
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theSameUnitsInAnyOrderGiveByteIdenticalReports() {
    List<ProductionUnit> units = mixedUnits();
    byte[] expected = EVALUATOR.evaluate(units, PLAN_YEAR_END).toJson();
    List<ProductionUnit> reversed = new ArrayList<>(units);
    Collections.reverse(reversed);
    assertArrayEquals(expected, EVALUATOR.evaluate(reversed, PLAN_YEAR_END).toJson());
    Random random = new Random(20251231L);
    for (int i = 0; i < 10; i++) {
      List<ProductionUnit> shuffled = new ArrayList<>(units);
      Collections.shuffle(shuffled, random);
      assertArrayEquals(expected, EVALUATOR.evaluate(shuffled, PLAN_YEAR_END).toJson(), shuffled.toString());
    }
  }

  @Test
  void aReportDoesNotDependOnWhatTheEvaluatorWasAskedBefore() {
    // the evaluator keeps the plan of the dates asked for last; other dates in between must not leak into a report
    List<LocalDate> dates = List.of(PLAN_YEAR_END, LocalDate.of(2024, 6, 30), PLAN_YEAR_END, LocalDate.of(2026, 1, 1),
        LocalDate.of(2024, 6, 30));
    ComplianceEvaluator used = ComplianceEvaluator.of(EvaluationFixtures.catalogues());
    for (LocalDate asOf : dates) {
      byte[] fresh = ComplianceEvaluator.of(EvaluationFixtures.catalogues()).evaluate(mixedUnits(), asOf).toJson();
      assertArrayEquals(fresh, used.evaluate(mixedUnits(), asOf).toJson(), asOf.toString());
    }
    LocalDate knownEarlier = LocalDate.of(2023, 1, 1);
    assertArrayEquals(ComplianceEvaluator.of(EvaluationFixtures.catalogues())
            .evaluate(mixedUnits(), PLAN_YEAR_END, knownEarlier).toJson(),
        used.evaluate(mixedUnits(), PLAN_YEAR_END, knownEarlier).toJson(), "same as-of date, earlier knowledge");
  }

  @Test
  void unitsAreReportedInIdOrder() {
    ComplianceReport report = EVALUATOR.evaluate(mixedUnits(), PLAN_YEAR_END);
    List<String> ids = report.units().stream().map(UnitAssessment::unitId).toList();
    List<String> sorted = new ArrayList<>(ids);
    Collections.sort(sorted);
    assertEquals(sorted, ids);
  }

  @Test
  void theSameCatalogueFilesLoadedInAnyOrderGiveByteIdenticalReports() {
    byte[] expected = EVALUATOR.evaluate(mixedUnits(), PLAN_YEAR_END).toJson();
    List<String> files = new ArrayList<>(EvaluationFixtures.FILES);
    Collections.reverse(files);
    ComplianceEvaluator reversed = ComplianceEvaluator.of(EvaluationFixtures.load(files));
    assertArrayEquals(expected, reversed.evaluate(mixedUnits(), PLAN_YEAR_END).toJson());
  }

  @Test
  void theReceiptCarriesTheSha256OfEveryEditionFileUsed() {
    Receipt receipt = EVALUATOR.evaluate(mixedUnits(), PLAN_YEAR_END).receipt();
    assertEquals(List.of(
        new Receipt.EditionUsed("cn-industry-structure-adjustment-eliminated@2024", "国家发展改革委令第7号",
            sha256(EvaluationFixtures.resource(EvaluationFixtures.NATIONAL_2024)), List.of()),
        new Receipt.EditionUsed("cq-backward-capacity-plan@2025", "渝制造强市办〔2025〕4号",
            sha256(EvaluationFixtures.resource(EvaluationFixtures.CHONGQING_2025)), List.of()),
        new Receipt.EditionUsed("gb-21346@2022", "GB 21346-2022",
            sha256(EvaluationFixtures.resource(EvaluationFixtures.GB_21346)), List.of())), receipt.editions());
    assertEquals(ComplianceEvaluator.engineVersion(), receipt.engineVersion());
    assertEquals(1, receipt.schemaVersion());
    assertEquals(PLAN_YEAR_END, receipt.asOf());
    assertEquals(PLAN_YEAR_END, receipt.knownAt());
  }

  @Test
  void theInputSha256IsTheHashOfTheCanonicalUnitsDocumentWhateverTheUnitOrder() {
    List<ProductionUnit> units = mixedUnits();
    List<ProductionUnit> reversed = new ArrayList<>(units);
    Collections.reverse(reversed);
    String forward = EVALUATOR.evaluate(units, PLAN_YEAR_END).receipt().inputSha256();
    assertEquals(forward, EVALUATOR.evaluate(reversed, PLAN_YEAR_END).receipt().inputSha256());
    assertEquals(sha256(ProductionUnits.write(units)), forward);
    assertTrue(forward.matches("[0-9a-f]{64}"), forward);
  }

  @Test
  void theInputSha256ChangesWhenAUnitChanges() {
    List<ProductionUnit> units = new ArrayList<>(mixedUnits());
    String before = EVALUATOR.evaluate(units, PLAN_YEAR_END).receipt().inputSha256();
    units.set(0, coalBoiler("boiler-06", "6.1 t/h").putFacts("location.industrialPark", fact(true)).build());
    assertNotEquals(before, EVALUATOR.evaluate(units, PLAN_YEAR_END).receipt().inputSha256());
  }

  @Test
  void theDefaultLocaleAndTimeZoneDoNotChangeASingleByte() {
    byte[] expected = EVALUATOR.evaluate(mixedUnits(), PLAN_YEAR_END).toJson();
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      for (String tag : List.of("tr-TR", "ar-SA-u-nu-arab", "th-TH-u-ca-buddhist-nu-thai", "hi-IN-u-nu-deva",
          "zh-CN", "de-DE")) {
        for (String zoneId : List.of("Pacific/Kiritimati", "America/St_Johns", "Asia/Shanghai")) {
          Locale.setDefault(Locale.forLanguageTag(tag));
          TimeZone.setDefault(TimeZone.getTimeZone(zoneId));
          byte[] actual = ComplianceEvaluator.of(EvaluationFixtures.load(EvaluationFixtures.FILES))
              .evaluate(mixedUnits(), PLAN_YEAR_END).toJson();
          assertArrayEquals(expected, actual, tag + " " + zoneId);
        }
      }
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void theReportIsUtf8WithLineFeedsWhateverTheDefaultCharset() {
    byte[] json = EVALUATOR.evaluate(mixedUnits(), PLAN_YEAR_END).toJson();
    String text = new String(json, StandardCharsets.UTF_8);
    assertArrayEquals(json, text.getBytes(StandardCharsets.UTF_8), "valid UTF-8");
    assertTrue(text.contains("示例燃煤锅炉企业（虚构）"));
    assertTrue(text.contains("市生态环境局"));
    assertFalse(text.contains("\r"));
    assertFalse(text.contains("\\u"), "no escaped non-ASCII characters");
    assertTrue(text.endsWith("\n"));
    assertEquals(text, EVALUATOR.evaluate(mixedUnits(), PLAN_YEAR_END).toJsonString());
  }

  @Test
  void quantitiesAreWrittenInPlainNotationAtTheScaleGiven() {
    String text = EVALUATOR.evaluate(List.of(coalBoiler("b", "35.0 t/h").build()), PLAN_YEAR_END).toJsonString();
    assertTrue(text.contains("\"measured\": \"35.0 t/h\""), text);
    assertFalse(text.contains("E+"), text);
  }
}
