package org.phaseout.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogue.CatalogueFixtures.CHONGQING_2025;
import static org.phaseout.catalogue.CatalogueFixtures.CHONGQING_ID;
import static org.phaseout.catalogue.CatalogueFixtures.INDUSTRY_CATALOGUE_2024;
import static org.phaseout.catalogue.CatalogueFixtures.VOCABULARY;
import static org.phaseout.catalogue.CatalogueFixtures.bytes;
import static org.phaseout.catalogue.CatalogueFixtures.edit;
import static org.phaseout.catalogue.CatalogueFixtures.loadWithVocabulary;
import static org.phaseout.catalogue.CatalogueFixtures.loaderWith;
import static org.phaseout.catalogue.CatalogueFixtures.sha256;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A snapshot is immutable: loading an update through {@link CatalogueSet#toLoader()} yields a new snapshot if it
 * succeeds and changes nothing if it fails.
 */
class FailedLoadIsolationTest {

  private static final LocalDate JUNE_2025 = LocalDate.of(2025, 6, 1);
  private static final String TEN_TONNES = "cq-2025.environment.coal-boiler-10th";

  @Test
  void aFailedUpdateLeavesThePreviousSnapshotUntouched() {
    CatalogueSet before = loadWithVocabulary(CHONGQING_2025);
    List<CatalogueEdition> editions = before.editions();
    List<CatalogueStatus> selected = before.select(JUNE_2025);
    CatalogueEntry entry = before.entry(TEN_TONNES).orElseThrow();
    Vocabulary vocabulary = before.vocabulary();
    // an update of the plan whose operator contradicts its limit word 以下
    byte[] bad = edit(CHONGQING_2025).setText("/entries/1/criterion/op", "<").bytes();

    assertThrows(CatalogueException.class, () -> before.toLoader().addJson("bad.json", bad).load());

    assertEquals(editions, before.editions());
    assertEquals(selected, before.select(JUNE_2025));
    assertEquals(entry, before.entry(TEN_TONNES).orElseThrow());
    assertEquals(Operator.LE, ((Criterion.Comparison) before.entry(TEN_TONNES).orElseThrow()
        .criterion().orElseThrow()).operator());
    assertEquals(vocabulary, before.vocabulary());
    assertEquals(sha256(bytes(CHONGQING_2025)), before.editions().get(0).sha256());
  }

  @Test
  void aFailedUpdateThatReplacesAFileLeavesTheOldFileInThePreviousSnapshot() {
    CatalogueSet before = loadWithVocabulary(CHONGQING_2025);
    byte[] changed = edit(CHONGQING_2025).setText("/entries/1/criterion/value", "10 MW").bytes();

    CatalogueException e = assertThrows(CatalogueException.class,
        () -> before.toLoader().addJson(CHONGQING_2025, changed).load());

    assertTrue(e.getMessage().contains("added twice with different content"), e.getMessage());
    assertEquals(sha256(bytes(CHONGQING_2025)), before.editions().get(0).sha256());
    assertEquals(List.of(CHONGQING_ID), before.catalogueIds());
  }

  @Test
  void aSuccessfulUpdateYieldsANewSnapshotAndLeavesTheOldOneAsItWas() throws CatalogueException {
    CatalogueSet before = loadWithVocabulary(CHONGQING_2025);

    CatalogueSet after = before.toLoader().addJson(INDUSTRY_CATALOGUE_2024, bytes(INDUSTRY_CATALOGUE_2024)).load();

    assertNotSame(before, after);
    assertEquals(List.of(CHONGQING_ID), before.catalogueIds());
    assertEquals(List.of("cn-industry-structure-adjustment-eliminated", CHONGQING_ID), after.catalogueIds());
    assertEquals(before.editions().get(0), after.editions().get(1), "the unchanged edition is carried over as is");
    assertEquals(before.vocabulary(), after.vocabulary());
  }

  @Test
  void theLoaderOfASnapshotReproducesItExactly() throws CatalogueException {
    CatalogueSet before = loadWithVocabulary(CHONGQING_2025, INDUSTRY_CATALOGUE_2024);

    CatalogueSet again = before.toLoader().load();

    assertEquals(before.editions(), again.editions());
    assertEquals(before.vocabulary(), again.vocabulary());
  }

  @Test
  void aLoaderCanBeLoadedAgainAfterAFailure() throws CatalogueException {
    Catalogues.Loader loader = loaderWith(CHONGQING_2025);
    assertThrows(CatalogueException.class, loader::load, "no vocabulary yet");

    CatalogueSet set = loader.addJson(VOCABULARY, bytes(VOCABULARY)).load();

    assertEquals(List.of(CHONGQING_ID), set.catalogueIds());
  }

  @Test
  void theSnapshotsListsCannotBeModified() {
    CatalogueSet set = loadWithVocabulary(CHONGQING_2025);

    assertThrows(UnsupportedOperationException.class, () -> set.editions().clear());
    assertThrows(UnsupportedOperationException.class, () -> set.editions().get(0).entries().clear());
    assertThrows(UnsupportedOperationException.class, () -> set.vocabulary().unitKinds().clear());
    assertThrows(UnsupportedOperationException.class, () -> set.select(JUNE_2025).clear());
  }
}
