package org.phaseout.catalogs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.CatalogueException;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.catalogue.Catalogues;

/** Access to the bundled catalogue files, as shipped in the jar and as they lie in the source tree. */
final class BundledData {

  /** The directory of the bundled files in the source tree (tests run with the module as working directory). */
  static final Path SOURCE_DIR = Path.of("src", "main", "resources", "org", "phaseout", "catalogs");

  /** The bundle index in the source tree. */
  static final Path INDEX = Path.of("src", "main", "resources", "META-INF", "phaseout", "catalogues.list");

  private static CatalogueSet loaded;

  private BundledData() {}

  static synchronized CatalogueSet catalogues() {
    if (loaded == null) {
      try {
        loaded = Catalogues.loadBundled();
      } catch (CatalogueException e) {
        throw new AssertionError("the bundled catalogues must load:\n" + e.getMessage(), e);
      }
    }
    return loaded;
  }

  /** The bundled entry with this id; fails the test if there is none. */
  static CatalogueEntry entry(String id) {
    return catalogues().entry(id).orElseThrow(() -> new AssertionError("no entry " + id));
  }

  /** The bundled edition with this key ({@code catalogueId@edition}); fails the test if there is none. */
  static CatalogueEdition edition(String key) {
    return catalogues().editions().stream().filter(e -> e.key().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("no edition " + key));
  }

  static List<Path> sourceFiles() {
    try (Stream<Path> files = Files.list(SOURCE_DIR)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
