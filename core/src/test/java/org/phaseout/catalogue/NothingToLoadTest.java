package org.phaseout.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.phaseout.catalogue.CatalogueFixtures.CHONGQING_2025;
import static org.phaseout.catalogue.CatalogueFixtures.CHONGQING_ID;
import static org.phaseout.catalogue.CatalogueFixtures.VOCABULARY;
import static org.phaseout.catalogue.CatalogueFixtures.assertSays;
import static org.phaseout.catalogue.CatalogueFixtures.copy;
import static org.phaseout.catalogue.CatalogueFixtures.loadFails;
import static org.phaseout.catalogue.CatalogueFixtures.problemAt;
import static org.phaseout.catalogue.CatalogueFixtures.sha256;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading nothing is an error with a clear problem, never an empty snapshot that would pass every unit. Bundled
 * catalogues are found through {@value Catalogues#BUNDLE_INDEX}.
 */
class NothingToLoadTest {

  @Test
  void rejectsALoaderWithNothingAdded() {
    CatalogueException e = loadFails(Catalogues.loader());

    assertEquals(List.of(new CatalogueProblem("(loader)", "", "no catalogue files were added")), e.problems());
  }

  @Test
  void rejectsAClasspathWithoutABundleIndex() throws IOException {
    CatalogueException e;
    try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
      e = loadFails(Catalogues.loader().addBundled(empty));
    }

    assertEquals(1, e.problems().size(), () -> e.problems().toString());
    assertSays(problemAt(e.problems(), Catalogues.BUNDLE_INDEX, ""),
        "no bundled catalogues on the classpath", "org.phaseout:phaseout-catalogs");
  }

  @Test
  void rejectsABundleIndexThatListsNothing(@TempDir Path root) throws IOException {
    writeIndex(root, "# no catalogues yet\n\n");

    CatalogueException e;
    try (URLClassLoader loader = classLoader(root)) {
      e = loadFails(Catalogues.loader().addBundled(loader));
    }

    assertSays(problemAt(e.problems(), Catalogues.BUNDLE_INDEX, ""), "no bundled catalogues on the classpath");
  }

  @Test
  void reportsAResourceListedInTheBundleIndexButMissing(@TempDir Path root) throws IOException {
    writeIndex(root, "org/phaseout/catalogs/vocabulary.json\norg/phaseout/catalogs/missing.json\n");
    copy(VOCABULARY, Files.createDirectories(root.resolve("org/phaseout/catalogs")));

    CatalogueException e;
    try (URLClassLoader loader = classLoader(root)) {
      e = loadFails(Catalogues.loader().addBundled(loader));
    }

    assertSays(problemAt(e.problems(), "classpath:org/phaseout/catalogs/missing.json", ""),
        "listed in " + Catalogues.BUNDLE_INDEX + " but not found");
  }

  @Test
  void loadsTheCataloguesABundleIndexLists(@TempDir Path root) throws Exception {
    Path dir = Files.createDirectories(root.resolve("org/phaseout/catalogs"));
    copy(VOCABULARY, dir);
    copy(CHONGQING_2025, dir);
    writeIndex(root, "# bundled\norg/phaseout/catalogs/vocabulary.json\r\n  org/phaseout/catalogs/" + CHONGQING_2025
        + "  \n");

    CatalogueSet set;
    try (URLClassLoader loader = classLoader(root)) {
      set = Catalogues.loader().addBundled(loader).load();
    }

    assertEquals(List.of(CHONGQING_ID), set.catalogueIds());
    CatalogueEdition edition = set.editions().get(0);
    assertEquals("classpath:org/phaseout/catalogs/" + CHONGQING_2025, edition.origin());
    assertEquals(sha256(Files.readAllBytes(dir.resolve(CHONGQING_2025))), edition.sha256());
  }

  @Test
  void rejectsADirectoryWithoutCatalogueFiles(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("README.md"), "no JSON here");

    CatalogueException e = loadFails(Catalogues.loader().addDirectory(dir));

    assertSays(problemAt(e.problems(), "(loader)", ""), "no catalogue files were added");
  }

  private static void writeIndex(Path root, String content) throws IOException {
    Path index = root.resolve(Catalogues.BUNDLE_INDEX);
    Files.createDirectories(index.getParent());
    Files.writeString(index, content, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static URLClassLoader classLoader(Path root) throws IOException {
    return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
  }
}
