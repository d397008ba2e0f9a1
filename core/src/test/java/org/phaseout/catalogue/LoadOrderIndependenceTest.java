package org.phaseout.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogue.CatalogueFixtures.CHONGQING_2025;
import static org.phaseout.catalogue.CatalogueFixtures.GB_21346_2022;
import static org.phaseout.catalogue.CatalogueFixtures.INDUSTRY_CATALOGUE_2024;
import static org.phaseout.catalogue.CatalogueFixtures.VOCABULARY;
import static org.phaseout.catalogue.CatalogueFixtures.bytes;
import static org.phaseout.catalogue.CatalogueFixtures.copy;
import static org.phaseout.catalogue.CatalogueFixtures.edit;
import static org.phaseout.catalogue.CatalogueFixtures.loadFails;
import static org.phaseout.catalogue.CatalogueFixtures.syntheticEdition;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snapshot depends on which files are loaded, never on the order they were added in; an invalid set of files
 * gives the same problems in any order.
 */
class LoadOrderIndependenceTest {

  private static Map<String, byte[]> realFiles() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : List.of(VOCABULARY, CHONGQING_2025, INDUSTRY_CATALOGUE_2024, GB_21346_2022)) {
      files.put(name, bytes(name));
    }
    return files;
  }

  /** Files with problems that span files: a vocabulary conflict, a duplicate entry id, overlapping editions. */
  private static Map<String, byte[]> invalidFiles() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(VOCABULARY, bytes(VOCABULARY));
    files.put("vocabulary-conflict.json", edit(VOCABULARY).setText("/unitKinds/0/capacityUnit", "MW").bytes());
    files.put(CHONGQING_2025, bytes(CHONGQING_2025));
    files.put("duplicate-id.json", edit(INDUSTRY_CATALOGUE_2024)
        .setText("/entries/0/id", "cq-2025.environment.coal-boiler-10th").bytes());
    // synthetic editions of the fictitious test-catalogue, only to make an overlap
    files.put("test-2030.json", syntheticEdition("2030", "2029-12-01", "2030-01-01", null));
    files.put("test-2031.json", syntheticEdition("2031", "2030-12-01", "2031-01-01", null));
    return files;
  }

  /**
   * Adds the files in the order given; the shared vocabulary brings the other vocabulary files with it, in the
   * reverse of their name order when it comes after the catalogues, so they move with it.
   */
  private static Catalogues.Loader loaderOf(Map<String, byte[]> files, List<String> order) {
    Catalogues.Loader loader = Catalogues.loader();
    for (String name : order) {
      loader.addJson(name, files.get(name));
      if (name.equals(VOCABULARY)) {
        List<String> more = new ArrayList<>(org.phaseout.EvaluationFixtures.MORE_VOCABULARY);
        if (order.indexOf(name) > 0) {
          Collections.reverse(more);
        }
        more.forEach(m -> loader.addJson(m, bytes(m)));
      }
    }
    return loader;
  }

  private static List<List<String>> permutations(List<String> items) {
    if (items.isEmpty()) {
      return List.of(List.of());
    }
    List<List<String>> out = new ArrayList<>();
    for (String first : items) {
      List<String> rest = new ArrayList<>(items);
      rest.remove(first);
      for (List<String> tail : permutations(rest)) {
        List<String> p = new ArrayList<>();
        p.add(first);
        p.addAll(tail);
        out.add(p);
      }
    }
    return out;
  }

  /** Every rotation of the list, forwards and backwards. */
  private static List<List<String>> rotations(List<String> items) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      List<String> forward = new ArrayList<>(items);
      Collections.rotate(forward, i);
      out.add(forward);
      List<String> backward = new ArrayList<>(forward);
      Collections.reverse(backward);
      out.add(backward);
    }
    return out;
  }

  @Test
  void givesEqualSnapshotsForEveryOrderOfTheSameFiles() throws CatalogueException {
    Map<String, byte[]> files = realFiles();
    CatalogueSet reference = loaderOf(files, List.copyOf(files.keySet())).load();

    List<List<String>> orders = permutations(List.copyOf(files.keySet()));
    assertEquals(24, orders.size());
    for (List<String> order : orders) {
      CatalogueSet set = loaderOf(files, order).load();
      assertEquals(reference.editions(), set.editions(), () -> "editions differ for order " + order);
      assertEquals(reference.vocabulary(), set.vocabulary(), () -> "vocabulary differs for order " + order);
      assertEquals(reference.select(LocalDate.of(2025, 6, 1)), set.select(LocalDate.of(2025, 6, 1)));
    }
  }

  @Test
  void givesIdenticalProblemsForEveryOrderOfTheSameInvalidFiles() {
    Map<String, byte[]> files = invalidFiles();
    CatalogueException reference = loadFails(loaderOf(files, List.copyOf(files.keySet())));
    assertTrue(reference.problems().size() >= 5, reference::getMessage);

    for (List<String> order : rotations(List.copyOf(files.keySet()))) {
      CatalogueException e = loadFails(loaderOf(files, order));
      assertEquals(reference.problems(), e.problems(), () -> "problems differ for order " + order);
      assertEquals(reference.getMessage(), e.getMessage());
    }
  }

  @Test
  void givesTheSameEditionsFromADirectoryAsFromFilesAddedInReverse(@TempDir Path dir) throws CatalogueException {
    for (String name : realFiles().keySet()) {
      copy(name, dir);
    }
    List<Path> paths;
    try (java.util.stream.Stream<Path> listed = java.nio.file.Files.list(dir)) {
      paths = new ArrayList<>(listed.sorted().toList());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Collections.reverse(paths);
    Catalogues.Loader reversed = Catalogues.loader();
    paths.forEach(reversed::addFile);

    CatalogueSet fromDirectory = Catalogues.loader().addDirectory(dir).load();

    assertEquals(fromDirectory.editions(), reversed.load().editions());
  }
}
