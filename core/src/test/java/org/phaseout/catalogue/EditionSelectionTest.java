package org.phaseout.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogue.CatalogueFixtures.CHONGQING_2025;
import static org.phaseout.catalogue.CatalogueFixtures.CHONGQING_ID;
import static org.phaseout.catalogue.CatalogueFixtures.GB_21346_2022;
import static org.phaseout.catalogue.CatalogueFixtures.INDUSTRY_CATALOGUE_2024;
import static org.phaseout.catalogue.CatalogueFixtures.TEST_CATALOGUE;
import static org.phaseout.catalogue.CatalogueFixtures.VOCABULARY;
import static org.phaseout.catalogue.CatalogueFixtures.assertSays;
import static org.phaseout.catalogue.CatalogueFixtures.loadFails;
import static org.phaseout.catalogue.CatalogueFixtures.loadWithVocabulary;
import static org.phaseout.catalogue.CatalogueFixtures.loaderWith;
import static org.phaseout.catalogue.CatalogueFixtures.problemAt;
import static org.phaseout.catalogue.CatalogueFixtures.syntheticEdition;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.phaseout.catalogue.CatalogueStatus.State;

/**
 * Which edition of each catalogue applies. The as-of date says which law applies: an edition is in force from its
 * effective date (inclusive) until its end (exclusive). The known-at date says what had been published: an edition
 * published after it is ignored. By default known-at is the as-of date. An edition that has ended is reported as
 * ended, never silently extended.
 *
 * <p>The Chongqing 2025 plan and the 2024 national catalogue are real; the editions of {@code test-catalogue} are
 * synthetic (no entries, fictitious titles) and exist only to test date logic.
 */
class EditionSelectionTest {

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  private static CatalogueStatus status(CatalogueSet set, String catalogueId, String asOf) {
    return status(set, catalogueId, asOf, asOf);
  }

  private static CatalogueStatus status(CatalogueSet set, String catalogueId, String asOf, String knownAt) {
    return set.select(date(asOf), date(knownAt)).stream()
        .filter(s -> s.catalogueId().equals(catalogueId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no status for " + catalogueId));
  }

  private static String editionOf(CatalogueStatus status) {
    assertEquals(State.IN_FORCE, status.state(), status::toString);
    return status.edition().orElseThrow().edition();
  }

  private static CatalogueSet synthetic(byte[]... editions) {
    Catalogues.Loader loader = loaderWith(VOCABULARY);
    for (int i = 0; i < editions.length; i++) {
      loader.addJson("test-" + i + ".json", editions[i]);
    }
    try {
      return loader.load();
    } catch (CatalogueException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  /** The real Chongqing 2025 plan: published and effective 2025-05-21, ends 2026-01-01 (exclusive). */
  @Nested
  class ChongqingPlan2025 {

    private final CatalogueSet set = loadWithVocabulary(CHONGQING_2025);

    @Test
    void isNotYetPublishedTheDayBeforeItsPublication() {
      CatalogueStatus status = status(set, CHONGQING_ID, "2025-05-20");

      assertEquals(State.NOT_PUBLISHED_BY_KNOWN_AT, status.state());
      assertEquals(Optional.empty(), status.edition());
    }

    @Test
    void isNotYetInForceTheDayBeforeWhenKnownLater() {
      CatalogueStatus status = status(set, CHONGQING_ID, "2025-05-20", "2025-06-01");

      assertEquals(State.NOT_YET_IN_FORCE, status.state());
      assertEquals(Optional.empty(), status.edition());
    }

    @Test
    void isInForceOnItsFirstDay() {
      assertEquals("2025", editionOf(status(set, CHONGQING_ID, "2025-05-21")));
    }

    @Test
    void isInForceOnItsLastDay() {
      assertEquals("2025", editionOf(status(set, CHONGQING_ID, "2025-12-31")));
    }

    @Test
    void hasEndedOnItsEndDateItself() {
      CatalogueStatus status = status(set, CHONGQING_ID, "2026-01-01");

      assertEquals(State.ENDED, status.state());
      assertEquals(Optional.empty(), status.edition(), "never silently extended into 2026");
    }

    @Test
    void staysEndedLongAfterwards() {
      assertEquals(State.ENDED, status(set, CHONGQING_ID, "2030-06-01").state());
    }

    @Test
    void echoesTheDatesItWasAskedFor() {
      CatalogueStatus status = status(set, CHONGQING_ID, "2025-07-01", "2025-08-01");

      assertEquals(CHONGQING_ID, status.catalogueId());
      assertEquals(date("2025-07-01"), status.asOf());
      assertEquals(date("2025-08-01"), status.knownAt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-05-20", "2025-05-21", "2025-12-31", "2026-01-01", "2024-02-29"})
    void usesTheAsOfDateAsKnownAtByDefault(String asOf) {
      assertEquals(set.select(date(asOf), date(asOf)), set.select(date(asOf)));
    }
  }

  /** The real 2024 national catalogue: published 2023-12-27, effective 2024-02-01, open-ended. */
  @Nested
  class NationalCatalogue2024 {

    private static final String ID = "cn-industry-structure-adjustment-eliminated";

    private final CatalogueSet set = loadWithVocabulary(INDUSTRY_CATALOGUE_2024);

    @Test
    void isKnownFromItsPublicationDayButNotInForceUntilItsEffectiveDate() {
      assertEquals(State.NOT_PUBLISHED_BY_KNOWN_AT, status(set, ID, "2024-01-15", "2023-12-26").state());
      assertEquals(State.NOT_YET_IN_FORCE, status(set, ID, "2024-01-15", "2023-12-27").state());
      assertEquals(State.NOT_YET_IN_FORCE, status(set, ID, "2024-01-31").state());
      assertEquals("2024", editionOf(status(set, ID, "2024-02-01")));
    }

    @Test
    void staysInForceUntilFurtherNoticeWhenOpenEnded() {
      assertEquals("2024", editionOf(status(set, ID, "2040-12-31")));
    }
  }

  @Test
  void reportsEveryLoadedCatalogueInIdOrderWhateverItsState() {
    CatalogueSet set = loadWithVocabulary(GB_21346_2022, CHONGQING_2025, INDUSTRY_CATALOGUE_2024);

    List<CatalogueStatus> statuses = set.select(date("2026-03-01"));

    assertEquals(List.of("cn-industry-structure-adjustment-eliminated", CHONGQING_ID, "gb-21346"),
        statuses.stream().map(CatalogueStatus::catalogueId).toList());
    assertEquals(List.of(State.IN_FORCE, State.ENDED, State.IN_FORCE),
        statuses.stream().map(CatalogueStatus::state).toList());
  }

  /** Two synthetic editions with a half-year gap: [2030-01-01, 2030-07-01) and [2031-01-01, ..). */
  @Nested
  class Gap {

    private final CatalogueSet set = synthetic(
        syntheticEdition("A", "2029-12-01", "2030-01-01", "2030-07-01"),
        syntheticEdition("B", "2030-12-01", "2031-01-01", null));

    @Test
    void isNotYetInForceBeforeTheFirstEdition() {
      assertEquals(State.NOT_YET_IN_FORCE, status(set, TEST_CATALOGUE, "2029-12-31").state());
    }

    @Test
    void usesTheFirstEditionUpToItsLastDay() {
      assertEquals("A", editionOf(status(set, TEST_CATALOGUE, "2030-06-30")));
    }

    @Test
    void reportsAGapBetweenEditionsOnceTheSuccessorIsKnown() {
      assertEquals(State.GAP, status(set, TEST_CATALOGUE, "2030-07-01", "2030-12-01").state());
      assertEquals(State.GAP, status(set, TEST_CATALOGUE, "2030-12-31").state());
    }

    @Test
    void reportsTheFirstEditionAsEndedWhileTheSuccessorIsUnknown() {
      assertEquals(State.ENDED, status(set, TEST_CATALOGUE, "2030-07-01").state());
      assertEquals(State.ENDED, status(set, TEST_CATALOGUE, "2030-11-30").state());
    }

    @Test
    void usesTheSecondEditionFromItsFirstDay() {
      assertEquals("B", editionOf(status(set, TEST_CATALOGUE, "2031-01-01")));
    }
  }

  /** Synthetic A [2030-01-01, 2031-01-01) published 2029-12-01, succeeded by B [2031-01-01, ..) published 2030-10-01. */
  @Nested
  class Succession {

    private final CatalogueSet set = synthetic(
        syntheticEdition("A", "2029-12-01", "2030-01-01", "2031-01-01"),
        syntheticEdition("B", "2030-10-01", "2031-01-01", null));

    @Test
    void ignoresEveryEditionPublishedAfterKnownAt() {
      assertEquals(State.NOT_PUBLISHED_BY_KNOWN_AT, status(set, TEST_CATALOGUE, "2030-06-01", "2029-11-30").state());
    }

    @Test
    void usesThePredecessorWhileTheSuccessorIsUnpublished() {
      assertEquals("A", editionOf(status(set, TEST_CATALOGUE, "2030-06-01", "2030-06-01")));
    }

    @Test
    void theAsOfDateDecidesWhichLawAppliesWhateverIsKnown() {
      assertEquals("A", editionOf(status(set, TEST_CATALOGUE, "2030-12-31", "2035-01-01")));
    }

    @Test
    void neverExtendsThePredecessorIntoTheSuccessorsPeriod() {
      assertEquals(State.ENDED, status(set, TEST_CATALOGUE, "2031-03-01", "2030-09-30").state());
    }

    @Test
    void usesTheSuccessorFromItsPublicationOn() {
      assertEquals("B", editionOf(status(set, TEST_CATALOGUE, "2031-03-01", "2030-10-01")));
      assertEquals("B", editionOf(status(set, TEST_CATALOGUE, "2031-03-01")));
    }
  }

  @Test
  void anEditionPublishedAfterItTakesEffectIsIgnoredUntilItsPublication() {
    // synthetic: B takes effect 2031-01-01 but is only published on 2031-02-15
    CatalogueSet set = synthetic(
        syntheticEdition("A", "2029-12-01", "2030-01-01", "2031-01-01"),
        syntheticEdition("B", "2031-02-15", "2031-01-01", null));

    assertEquals(State.ENDED, status(set, TEST_CATALOGUE, "2031-01-20").state());
    assertEquals("B", editionOf(status(set, TEST_CATALOGUE, "2031-01-20", "2031-02-15")));
  }

  /** Boundaries at the leap day and at month ends, with synthetic editions. */
  @Nested
  class CalendarBoundaries {

    @Test
    void switchesEditionsOnALeapDay() {
      CatalogueSet set = synthetic(
          syntheticEdition("A", "2027-12-01", "2028-01-01", "2028-02-29"),
          syntheticEdition("B", "2028-01-15", "2028-02-29", null));

      assertEquals("A", editionOf(status(set, TEST_CATALOGUE, "2028-02-28")));
      assertEquals("B", editionOf(status(set, TEST_CATALOGUE, "2028-02-29")));
    }

    @Test
    void anEditionOfOnlyTheLeapDayIsInForceOnThatDayAlone() {
      CatalogueSet set = synthetic(syntheticEdition("leap", "2028-01-01", "2028-02-29", "2028-03-01"));

      assertEquals(State.NOT_YET_IN_FORCE, status(set, TEST_CATALOGUE, "2028-02-28").state());
      assertEquals("leap", editionOf(status(set, TEST_CATALOGUE, "2028-02-29")));
      assertEquals(State.ENDED, status(set, TEST_CATALOGUE, "2028-03-01").state());
    }

    @Test
    void anEditionEndingAtTheStartOfAMonthCoversTheWholePreviousMonth() {
      CatalogueSet set = synthetic(syntheticEdition("april", "2030-03-01", "2030-04-01", "2030-05-01"));

      assertEquals(State.NOT_YET_IN_FORCE, status(set, TEST_CATALOGUE, "2030-03-31").state());
      assertEquals("april", editionOf(status(set, TEST_CATALOGUE, "2030-04-01")));
      assertEquals("april", editionOf(status(set, TEST_CATALOGUE, "2030-04-30")));
      assertEquals(State.ENDED, status(set, TEST_CATALOGUE, "2030-05-01").state());
    }

    @Test
    void februaryOfACommonYearEndsOnThe28th() {
      CatalogueSet set = synthetic(syntheticEdition("feb", "2030-01-01", "2030-02-01", "2030-03-01"));

      assertEquals("feb", editionOf(status(set, TEST_CATALOGUE, "2030-02-28")));
      assertEquals(State.ENDED, status(set, TEST_CATALOGUE, "2030-03-01").state());
    }

    @Test
    void anEditionEndingOnNewYearsDayCoversNewYearsEve() {
      CatalogueSet set = synthetic(syntheticEdition("year", "2029-12-01", "2030-01-01", "2031-01-01"));

      assertEquals("year", editionOf(status(set, TEST_CATALOGUE, "2030-12-31")));
      assertEquals(State.ENDED, status(set, TEST_CATALOGUE, "2031-01-01").state());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-02-29", "2030-04-31", "2030-02-30", "2030-13-01", "2030-1-1", "2030-01-01T00:00"})
    void rejectsEffectiveDatesThatAreNotIsoCalendarDates(String date) {
      CatalogueException e = loadFails(loaderWith(VOCABULARY)
          .addJson("test.json", syntheticEdition("bad", "2027-01-01", date, null)));

      assertSays(problemAt(e.problems(), "test.json", "/effectiveFrom"), "expected an ISO-8601 date", date);
    }
  }

  @Test
  void anInForceStatusAlwaysCarriesItsEditionAndNoOtherDoes() {
    CatalogueSet set = loadWithVocabulary(CHONGQING_2025);
    CatalogueEdition edition = set.editions().get(0);

    assertThrows(IllegalArgumentException.class, () -> new CatalogueStatus(CHONGQING_ID, State.IN_FORCE,
        Optional.empty(), date("2025-06-01"), date("2025-06-01")));
    assertThrows(IllegalArgumentException.class, () -> new CatalogueStatus(CHONGQING_ID, State.ENDED,
        Optional.of(edition), date("2026-06-01"), date("2026-06-01")));
    for (String day : List.of("2025-05-20", "2025-05-21", "2025-12-31", "2026-01-01")) {
      CatalogueStatus status = status(set, CHONGQING_ID, day);
      assertEquals(status.state() == State.IN_FORCE, status.edition().isPresent(), day);
      assertTrue(status.edition().map(e -> e.validity().contains(date(day))).orElse(true), day);
    }
  }
}
