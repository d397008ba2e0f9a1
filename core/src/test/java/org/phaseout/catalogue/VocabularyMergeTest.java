package org.phaseout.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogue.CatalogueFixtures.CHONGQING_2025;
import static org.phaseout.catalogue.CatalogueFixtures.VOCABULARY;
import static org.phaseout.catalogue.CatalogueFixtures.assertSays;
import static org.phaseout.catalogue.CatalogueFixtures.bytes;
import static org.phaseout.catalogue.CatalogueFixtures.count;
import static org.phaseout.catalogue.CatalogueFixtures.edit;
import static org.phaseout.catalogue.CatalogueFixtures.loadFails;
import static org.phaseout.catalogue.CatalogueFixtures.loaderWith;
import static org.phaseout.catalogue.CatalogueFixtures.problemAt;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Several vocabulary files merge into one. A definition repeated identically is accepted; an id defined
 * differently by two files is rejected, with the same problems whatever the order the files were added in.
 *
 * <p>Every vocabulary here is the real one, split or with one name changed.
 */
class VocabularyMergeTest {

  private static final String EXTRA = "vocabulary-cq.json";

  /** The real vocabulary's departments alone, as a second file might repeat them. */
  private static byte[] departmentsOnly() {
    return edit(VOCABULARY)
        .setText("/id", "cq-departments")
        .remove("/unitKinds")
        .remove("/attributes")
        .remove("/indicators")
        .bytes();
  }

  /** The real vocabulary with 市生态环境局 renamed to its former name 市环保局. */
  private static byte[] conflicting() {
    return edit(VOCABULARY).setText("/departments/2/zh", "市环保局").bytes();
  }

  @Test
  void acceptsTheSameDefinitionInTwoFiles() throws CatalogueException {
    Vocabulary single = loaderWith(VOCABULARY, CHONGQING_2025).load().vocabulary();

    Vocabulary merged = loaderWith(VOCABULARY, CHONGQING_2025).addJson(EXTRA, departmentsOnly()).load().vocabulary();

    assertEquals(single, merged);
  }

  @Test
  void acceptsAFullCopyOfTheVocabularyUnderAnotherName() throws CatalogueException {
    Vocabulary merged = loaderWith(VOCABULARY, CHONGQING_2025).addJson(EXTRA, bytes(VOCABULARY)).load().vocabulary();

    assertEquals(loaderWith(VOCABULARY, CHONGQING_2025).load().vocabulary(), merged);
  }

  @Test
  void mergesDefinitionsSplitAcrossFilesForCataloguesToUse() throws CatalogueException {
    byte[] kindsAndAttributes = edit(VOCABULARY).remove("/departments").remove("/indicators").bytes();

    CatalogueSet set = Catalogues.loader()
        .addJson("kinds.json", kindsAndAttributes)
        .addJson("departments.json", departmentsOnly())
        .addJson(CHONGQING_2025, bytes(CHONGQING_2025))
        .load();

    assertEquals(count(VOCABULARY, "/unitKinds"), set.vocabulary().unitKinds().size());
    assertEquals(count(VOCABULARY, "/departments"), set.vocabulary().departments().size());
    assertEquals(0, set.vocabulary().indicators().size());
    assertEquals(count(CHONGQING_2025, "/entries"), set.editions().get(0).entries().size());
  }

  @Test
  void rejectsConflictingDefinitionsOfOneDepartment() {
    CatalogueException e = loadFails(loaderWith(VOCABULARY, CHONGQING_2025).addJson(EXTRA, conflicting()));

    assertEquals(1, e.problems().size(), () -> e.problems().toString());
    CatalogueProblem problem = e.problems().get(0);
    assertTrue(problem.pointer().startsWith("/departments"), problem::toString);
    assertSays(problem, "department 'cq.ecology-environment'", "defined differently");
  }

  @Test
  void namesTheOtherFileOfAConflict() {
    CatalogueException e = loadFails(loaderWith(VOCABULARY).addJson(EXTRA, conflicting()));

    CatalogueProblem problem = e.problems().get(0);
    String other = problem.origin().equals(VOCABULARY) ? EXTRA : VOCABULARY;
    assertSays(problem, other);
  }

  @Test
  void rejectsConflictingDefinitionsWithTheSameProblemsInEitherOrder() {
    CatalogueException forward = loadFails(Catalogues.loader()
        .addJson(VOCABULARY, bytes(VOCABULARY))
        .addJson(EXTRA, conflicting())
        .addJson(CHONGQING_2025, bytes(CHONGQING_2025)));
    CatalogueException backward = loadFails(Catalogues.loader()
        .addJson(CHONGQING_2025, bytes(CHONGQING_2025))
        .addJson(EXTRA, conflicting())
        .addJson(VOCABULARY, bytes(VOCABULARY)));

    assertEquals(forward.problems(), backward.problems());
  }

  @Test
  void rejectsAConflictingCapacityUnitOfAUnitKind() {
    byte[] megawatts = edit(VOCABULARY).setText("/unitKinds/0/capacityUnit", "MW").bytes();

    CatalogueException e = loadFails(loaderWith(VOCABULARY).addJson("vocabulary-mw.json", megawatts));

    List<CatalogueProblem> conflicts = e.problems().stream()
        .filter(p -> p.message().contains("unit kind 'coal-fired-boiler'"))
        .toList();
    assertEquals(1, conflicts.size(), () -> e.problems().toString());
    assertTrue(conflicts.get(0).pointer().startsWith("/unitKinds"), conflicts.get(0)::toString);
  }

  @Test
  void rejectsAnIdDefinedTwiceInOneFile() {
    byte[] twice = edit(VOCABULARY).setText("/departments/1/id", "cq.economy-it").bytes();

    CatalogueException e = loadFails(Catalogues.loader().addJson(VOCABULARY, twice));

    assertSays(problemAt(e.problems(), VOCABULARY, "/departments/1"), "'cq.economy-it' is defined twice in this file");
  }

  @Test
  void rejectsAnUnknownUnitSymbolInTheVocabulary() {
    byte[] broken = edit(VOCABULARY).setText("/unitKinds/0/capacityUnit", "steam t/h").bytes();

    CatalogueException e = loadFails(Catalogues.loader().addJson(VOCABULARY, broken));

    assertSays(problemAt(e.problems(), VOCABULARY, "/unitKinds/0/capacityUnit"),
        "expected a unit symbol such as t/h", "'steam t/h'");
  }
}
