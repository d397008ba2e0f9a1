package org.phaseout.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.phaseout.catalogue.CatalogueFixtures.CHONGQING_2025;
import static org.phaseout.catalogue.CatalogueFixtures.INDUSTRY_CATALOGUE_2024;
import static org.phaseout.catalogue.CatalogueFixtures.VOCABULARY;
import static org.phaseout.catalogue.CatalogueFixtures.assertPlaces;
import static org.phaseout.catalogue.CatalogueFixtures.assertSays;
import static org.phaseout.catalogue.CatalogueFixtures.bytes;
import static org.phaseout.catalogue.CatalogueFixtures.edit;
import static org.phaseout.catalogue.CatalogueFixtures.loadFails;
import static org.phaseout.catalogue.CatalogueFixtures.loaderWith;
import static org.phaseout.catalogue.CatalogueFixtures.problemAt;
import static org.phaseout.catalogue.CatalogueFixtures.syntheticEdition;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What spans files: entry ids are unique across everything loaded, an edition is defined once, and the editions of
 * one catalogue do not overlap in time. Each such problem is reported at every place involved.
 *
 * <p>Overlap tests use synthetic editions of the fictitious {@code test-catalogue}, which have no entries and exist
 * only to test date logic.
 */
class CrossFileChecksTest {

  private static final String TEN_TONNES = "cq-2025.environment.coal-boiler-10th";

  @Test
  void reportsAnEntryIdUsedInTwoFilesAtBothPlaces() {
    byte[] other = edit(INDUSTRY_CATALOGUE_2024).setText("/entries/0/id", TEN_TONNES).bytes();

    CatalogueException e = loadFails(loaderWith(VOCABULARY, CHONGQING_2025).addJson("other.json", other));

    assertPlaces(e.problems(), CHONGQING_2025 + "#/entries/1/id", "other.json#/entries/0/id");
    for (CatalogueProblem problem : e.problems()) {
      assertSays(problem, "entry id '" + TEN_TONNES + "' is not unique",
          CHONGQING_2025 + "#/entries/1", "other.json#/entries/0");
    }
  }

  @Test
  void reportsAnEntryIdUsedTwiceInOneFile() {
    byte[] plan = edit(CHONGQING_2025).setText("/entries/2/id", TEN_TONNES).bytes();

    CatalogueException e = loadFails(loaderWith(VOCABULARY).addJson("plan.json", plan));

    assertPlaces(e.problems(), "plan.json#/entries/2/id");
    assertSays(e.problems().get(0), "'" + TEN_TONNES + "' is used twice in this file");
  }

  @Test
  void reportsAnEditionDefinedInTwoFilesAtBoth() {
    CatalogueException e = loadFails(loaderWith(VOCABULARY)
        .addJson("a/plan.json", bytes(CHONGQING_2025))
        .addJson("b/plan.json", bytes(CHONGQING_2025)));

    assertSays(problemAt(e.problems(), "a/plan.json", "/edition"),
        "edition cq-backward-capacity-plan@2025 is also defined in b/plan.json");
    assertSays(problemAt(e.problems(), "b/plan.json", "/edition"),
        "edition cq-backward-capacity-plan@2025 is also defined in a/plan.json");
  }

  @Test
  void rejectsTwoOpenEndedEditionsOfOneCatalogue() {
    CatalogueException e = loadFails(loaderWith(VOCABULARY)
        .addJson("test-2030.json", syntheticEdition("2030", "2029-12-01", "2030-01-01", null))
        .addJson("test-2031.json", syntheticEdition("2031", "2030-12-01", "2031-01-01", null)));

    assertPlaces(e.problems(), "test-2030.json#/effectiveFrom", "test-2031.json#/effectiveFrom");
    for (CatalogueProblem problem : e.problems()) {
      assertSays(problem, "test-catalogue@2030 (2030-01-01/..)", "test-catalogue@2031 (2031-01-01/..)", "overlap",
          "give the earlier one an effectiveUntil");
    }
  }

  @Test
  void rejectsEditionsThatShareASingleDay() {
    // the first edition's exclusive end 2031-01-02 means it still covers 2031-01-01, the second's first day
    CatalogueException e = loadFails(loaderWith(VOCABULARY)
        .addJson("test-2030.json", syntheticEdition("2030", "2029-12-01", "2030-01-01", "2031-01-02"))
        .addJson("test-2031.json", syntheticEdition("2031", "2030-12-01", "2031-01-01", null)));

    assertPlaces(e.problems(), "test-2030.json#/effectiveFrom", "test-2031.json#/effectiveFrom");
  }

  @Test
  void rejectsAnEditionInsideAnother() {
    CatalogueException e = loadFails(loaderWith(VOCABULARY)
        .addJson("test-long.json", syntheticEdition("long", "2029-12-01", "2030-01-01", "2032-01-01"))
        .addJson("test-short.json", syntheticEdition("short", "2030-05-01", "2030-06-01", "2031-01-01")));

    assertPlaces(e.problems(), "test-long.json#/effectiveFrom", "test-short.json#/effectiveFrom");
  }

  @Test
  void acceptsEditionsThatAbutWhereOneEndsTheNextBegins() throws CatalogueException {
    CatalogueSet set = loaderWith(VOCABULARY)
        .addJson("test-2031.json", syntheticEdition("2031", "2030-12-01", "2031-01-01", null))
        .addJson("test-2030.json", syntheticEdition("2030", "2029-12-01", "2030-01-01", "2031-01-01"))
        .load();

    assertEquals(List.of("2030", "2031"), set.editions().stream().map(CatalogueEdition::edition).toList(),
        "editions are ordered by effective date");
    assertEquals("2030", set.select(LocalDate.of(2030, 12, 31)).get(0).edition().orElseThrow().edition());
    assertEquals("2031", set.select(LocalDate.of(2031, 1, 1)).get(0).edition().orElseThrow().edition());
  }

  @Test
  void acceptsOverlappingEditionsOfDifferentCatalogues() throws CatalogueException {
    // the 2024 national catalogue and the Chongqing 2025 plan are both in force during 2025
    CatalogueSet set = loaderWith(VOCABULARY, CHONGQING_2025, INDUSTRY_CATALOGUE_2024).load();

    assertEquals(2, set.select(LocalDate.of(2025, 6, 1)).stream()
        .filter(s -> s.state() == CatalogueStatus.State.IN_FORCE).count());
  }
}
