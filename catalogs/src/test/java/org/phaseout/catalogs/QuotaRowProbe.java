package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.measure.Quantity;

/**
 * The grade-3 rows of the quota standards dated from the repository's 63-standard working catalogue
 * (EnergyQuotaStandards7Test and 8Test), and what every such row must do on a fictitious Chongqing unit: pass at its
 * limit and just below it, fail just past it, stay undecided without its value, and not speak before the standard.
 */
final class QuotaRowProbe {

  /** The repository file and commit that date these standards. */
  static final String DATES = "standards/development/scope-63/catalog.json, commit 9f385b88b55f53865268124591f18d394feddef0";

  private static final LocalDate END_OF_2025 = LocalDate.of(2025, 12, 31);

  private QuotaRowProbe() {}

  /** A fictitious Chongqing enterprise of an industry. */
  static Enterprise enterprise(String creditCode, String name, String industry) {
    return Enterprise.builder().creditCode(CreditCode.parse(creditCode)).name(name)
        .division(DivisionCode.parse("500101")).industry(IndustryCode.parse(industry)).build();
  }

  /**
   * One row: its entry, the probing enterprise, the scope fact and value that select the row, the indicator, the
   * grade-3 limit, the three grades as the entry's text gives them ("1级 750，2级 750，3级 900") and the standard's
   * first day in force.
   */
  record Row(String id, Enterprise enterprise, String fact, Object scope, String indicator, String limit, String grades,
      LocalDate start) {

    Map<String, Object> with(Object value) {
      return UnitProbe.data(fact, scope, indicator, value);
    }

    /** The end of 2025, or the first day in force when that is later. */
    LocalDate asOf() {
      return start.isAfter(END_OF_2025) ? start : END_OF_2025;
    }

    Optional<Finding> finding(LocalDate date, Map<String, Object> data) {
      return UnitProbe.findingIfAny(enterprise, entry(id), date, data);
    }

    Verdict verdict(Map<String, Object> data) {
      return finding(asOf(), data).orElseThrow(() -> new AssertionError(id + " gave no finding")).verdict();
    }
  }

  /** The edition that holds the entry. */
  static CatalogueEdition editionOf(String entryId) {
    CatalogueEntry x = entry(entryId);
    return BundledData.catalogues().editions().stream().filter(e -> e.entries().contains(x)).findFirst().orElseThrow();
  }

  /** Each row fails only above its grade-3 value, shows its three grades and applies to its one unit kind. */
  static void assertPinned(List<Row> rows, String kind) {
    for (Row row : rows) {
      CatalogueEntry x = entry(row.id());
      QuotaEntries.assertExceeding(x, row.indicator(), row.limit());
      assertTrue(x.text().zh().contains("：" + row.grades()), row.id() + ": " + x.text().zh());
      assertEquals(Set.of(kind), x.applicability().unitKinds(), row.id());
    }
  }

  /**
   * Each row is UNVERIFIED and rectified in Chongqing; at its limit and just below it a unit passes and just past it
   * fails; without its value it is undecided; the day before its standard it says nothing.
   */
  static void assertEndToEnd(List<Row> rows) {
    assertUnverifiedAndRectifiedInChongqing(rows);
    assertBoundaries(rows);
    assertUndecidedWithoutValue(rows);
    assertNotInForceTheDayBefore(rows);
  }

  /** Each row is UNVERIFIED, says the repository awaits review, rectifies within six months, led in Chongqing. */
  private static void assertUnverifiedAndRectifiedInChongqing(List<Row> rows) {
    for (Row row : rows) {
      CatalogueEntry x = entry(row.id());
      QuotaEntries.assertUnverifiedGrade3RectifiedInChongqing(editionOf(row.id()), x);
      assertTrue(x.provenance().note().orElseThrow().contains("requires_independent_review"), row.id());
    }
  }

  /** At its limit and just below it a unit passes (超过 excludes the number); just past it, it fails. */
  private static void assertBoundaries(List<Row> rows) {
    for (Row row : rows) {
      Quantity limit = Quantity.parse(row.limit());
      assertEquals(Verdict.COMPLIANT, row.verdict(row.with(limit)), row.id() + ": the limit itself (超过)");
      assertEquals(Verdict.COMPLIANT, row.verdict(row.with(UnitProbe.plus(limit, "-0.01"))), row.id());
      QuotaEntries.assertFailsPastLimit(row.finding(row.asOf(), row.with(UnitProbe.plus(limit, "0.001"))), row.id(),
          row.limit());
    }
  }

  /** A unit in the row's scope that reports no value is undecided, never compliant. */
  private static void assertUndecidedWithoutValue(List<Row> rows) {
    for (Row row : rows) {
      assertEquals(Verdict.INSUFFICIENT_DATA, row.verdict(UnitProbe.data(row.fact(), row.scope())), row.id());
    }
  }

  /** The day before the standard's implementation the row says nothing; on that day it judges. */
  private static void assertNotInForceTheDayBefore(List<Row> rows) {
    for (Row row : rows) {
      Map<String, Object> data = row.with(UnitProbe.plus(Quantity.parse(row.limit()), "1"));
      assertTrue(row.finding(row.start().minusDays(1), data).isEmpty(), row.id() + " before " + row.start());
      assertEquals(Optional.of(Verdict.NON_COMPLIANT), row.finding(row.start(), data).map(Finding::verdict),
          row.id() + " on " + row.start());
    }
  }
}
