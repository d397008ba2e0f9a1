package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.Citation;

/** Rules every shipped catalogue file keeps, beyond what the loader enforces. */
class CatalogueLintTest {

  @Test
  void everyFileInTheSourceTreeIsListedInTheBundleIndexAndViceVersa() throws IOException {
    TreeSet<String> listed = new TreeSet<>();
    for (String line : Files.readAllLines(BundledData.INDEX, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        listed.add(line.strip());
      }
    }
    TreeSet<String> present = new TreeSet<>();
    for (Path file : BundledData.sourceFiles()) {
      present.add("org/phaseout/catalogs/" + file.getFileName());
    }
    assertEquals(present, listed);
  }

  @Test
  void everyEntryCitesItsBasisAndNamesItsSource() {
    for (CatalogueEdition edition : BundledData.catalogues().editions()) {
      for (CatalogueEntry entry : edition.entries()) {
        assertFalse(entry.citations().isEmpty(), entry.id() + " cites a basis");
        for (Citation c : entry.citations()) {
          assertFalse(c.document().isBlank(), entry.id() + " citation names a document");
        }
        assertFalse(entry.provenance().source().isBlank(), entry.id() + " names its source");
        assertFalse(entry.text().zh().isBlank(), entry.id() + " has its official text");
        assertFalse(entry.section().isEmpty(), entry.id() + " has its section path");
      }
    }
  }

  @Test
  void entriesNotReadInTheOfficialTextSayWhatRemainsToBeChecked() {
    for (CatalogueEdition edition : BundledData.catalogues().editions()) {
      for (CatalogueEntry entry : edition.entries()) {
        switch (entry.provenance().verification()) {
          case OFFICIAL, OFFICIAL_REPRINT -> { }
          case SECONDARY, UNVERIFIED -> assertTrue(entry.provenance().note().isPresent(),
              entry.id() + " is " + entry.provenance().verification() + " and must say what is unverified");
        }
      }
    }
  }

  @Test
  void openEndedEditionsExplainWhyNoEndIsGiven() {
    for (CatalogueEdition edition : BundledData.catalogues().editions()) {
      if (edition.validity().end().isEmpty()) {
        assertTrue(edition.source().note().isPresent(), edition.key() + " is open-ended and must say why");
      }
    }
  }

  /** The findingOf criteria of a criterion tree, in order. */
  private static List<org.phaseout.catalogue.Criterion.FindingOf> findingsRead(
      org.phaseout.catalogue.Criterion criterion) {
    if (criterion instanceof org.phaseout.catalogue.Criterion.FindingOf of) {
      return List.of(of);
    }
    List<org.phaseout.catalogue.Criterion> parts = criterion instanceof org.phaseout.catalogue.Criterion.All all
        ? all.parts()
        : criterion instanceof org.phaseout.catalogue.Criterion.Any any ? any.parts()
        : criterion instanceof org.phaseout.catalogue.Criterion.Not not ? List.of(not.part()) : List.of();
    return parts.stream().flatMap(p -> findingsRead(p).stream()).toList();
  }

  @Test
  void everyFindingOfReadsABundledCatalogueAndEntriesItHas() {
    List<String> problems = new java.util.ArrayList<>();
    for (CatalogueEdition reader : BundledData.catalogues().editions()) {
      for (CatalogueEntry entry : reader.entries()) {
        for (org.phaseout.catalogue.Criterion.FindingOf of : findingsRead(entry.criterion().orElse(null))) {
          List<CatalogueEdition> read = BundledData.catalogues().editions().stream()
              .filter(e -> e.catalogueId().equals(of.catalogueId())).toList();
          if (read.isEmpty()) {
            problems.add(entry.id() + " reads " + of.catalogueId() + ", which is not bundled");
          }
          for (String id : of.entryIds()) {
            if (read.stream().noneMatch(e -> e.entries().stream().anyMatch(x -> x.id().equals(id)))) {
              problems.add(entry.id() + " names " + id + ", which no edition of " + of.catalogueId() + " has");
            }
          }
        }
      }
    }
    assertEquals(List.of(), problems, "a findingOf that reads nothing would be unknown for every unit");
  }

  @Test
  void entryIdsStartWithTheirCatalogueAndEditionPrefix() {
    List<String> bad = BundledData.catalogues().editions().stream()
        .flatMap(e -> e.entries().stream().filter(x -> !x.id().contains(e.edition())).map(CatalogueEntry::id))
        .toList();
    assertEquals(List.of(), bad, "entry ids carry their edition, so ids stay unique when editions are added");
  }

  @Test
  void bundledFilesAreUtf8WithoutByteOrderMarkAndEndWithNewline() throws IOException {
    for (Path file : BundledData.sourceFiles()) {
      byte[] bytes = Files.readAllBytes(file);
      assertFalse(bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF, file + " has no BOM");
      assertEquals('\n', bytes[bytes.length - 1], file + " ends with a newline");
    }
  }
}
