package org.phaseout.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogue.CatalogueFixtures.CHONGQING_2025;
import static org.phaseout.catalogue.CatalogueFixtures.CHONGQING_ID;
import static org.phaseout.catalogue.CatalogueFixtures.GB_21346_2022;
import static org.phaseout.catalogue.CatalogueFixtures.INDUSTRY_CATALOGUE_2024;
import static org.phaseout.catalogue.CatalogueFixtures.VOCABULARY;
import static org.phaseout.catalogue.CatalogueFixtures.assertSays;
import static org.phaseout.catalogue.CatalogueFixtures.bytes;
import static org.phaseout.catalogue.CatalogueFixtures.count;
import static org.phaseout.catalogue.CatalogueFixtures.copy;
import static org.phaseout.catalogue.CatalogueFixtures.loadFails;
import static org.phaseout.catalogue.CatalogueFixtures.loaderWith;
import static org.phaseout.catalogue.CatalogueFixtures.problemAt;
import static org.phaseout.catalogue.CatalogueFixtures.sha256;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaseout.capacity.FactValue;
import org.phaseout.measure.DateInterval;
import org.phaseout.measure.Quantity;

/**
 * Loading the real Chongqing 2025 plan (渝制造强市办〔2025〕4号) and the shared vocabulary, from memory, from a
 * directory and from single files, gives the editions and entries of the file, with the SHA-256 of its bytes.
 */
class LoadingRealCataloguesTest {

  private static final String HEAT_NETWORK = "cq-2025.environment.coal-boiler-heat-network";
  private static final String TEN_TONNES = "cq-2025.environment.coal-boiler-10th";
  private static final String URBAN_PARK = "cq-2025.environment.coal-boiler-35th-urban-park";

  @Test
  void loadsTheChongqingPlanFromMemoryWithItsHeaderAsPublished() throws CatalogueException {
    CatalogueSet set = loaderWith(VOCABULARY, CHONGQING_2025).load();

    assertEquals(List.of(CHONGQING_ID), set.catalogueIds());
    assertEquals(1, set.editions().size());
    CatalogueEdition edition = set.editions().get(0);
    assertEquals("cq-backward-capacity-plan@2025", edition.key());
    assertEquals("2025", edition.edition());
    assertEquals("重庆市2025年利用综合标准依法依规推动落后产能退出工作实施方案", edition.title().zh());
    assertEquals(List.of("重庆市制造强市建设领导小组办公室"), edition.issuers());
    assertEquals("渝制造强市办〔2025〕4号", edition.documentNumber());
    assertEquals(LocalDate.of(2025, 5, 21), edition.published());
    assertEquals(VerificationLevel.OFFICIAL, edition.source().verification());
    assertEquals(Optional.empty(), edition.supersededBy());
    assertEquals(Optional.empty(), edition.itemsInOfficialText());
    assertEquals(1, edition.schemaVersion());
    assertEquals(CHONGQING_2025, edition.origin());
  }

  @Test
  void theChongqingPlanIsInForceFromMay21st2025UntilJanuary1st2026Exclusive() throws CatalogueException {
    CatalogueEdition edition = loaderWith(VOCABULARY, CHONGQING_2025).load().editions().get(0);

    assertEquals(DateInterval.of(LocalDate.of(2025, 5, 21), LocalDate.of(2026, 1, 1)), edition.validity());
    assertTrue(edition.validity().contains(LocalDate.of(2025, 5, 21)), "effectiveFrom is included");
    assertTrue(edition.validity().contains(LocalDate.of(2025, 12, 31)), "the last day of 2025 is included");
    assertFalse(edition.validity().contains(LocalDate.of(2026, 1, 1)), "effectiveUntil is excluded");
  }

  @Test
  void recordsTheSha256OfTheFileBytesExactlyAsRead() throws CatalogueException {
    CatalogueEdition edition = loaderWith(VOCABULARY, CHONGQING_2025).load().editions().get(0);

    assertEquals(sha256(bytes(CHONGQING_2025)), edition.sha256());
    assertTrue(edition.sha256().matches("[0-9a-f]{64}"), "lower-case hex");
  }

  @Test
  void loadsTheThreeCoalBoilerTasksFirstInFileOrder() throws CatalogueException {
    CatalogueSet set = loaderWith(VOCABULARY, CHONGQING_2025).load();

    List<CatalogueEntry> entries = set.editions().get(0).entries().subList(0, 3);
    assertEquals(List.of(HEAT_NETWORK, TEN_TONNES, URBAN_PARK), entries.stream().map(CatalogueEntry::id).toList());
    for (CatalogueEntry entry : entries) {
      assertEquals(Optional.of(entry), set.entry(entry.id()), "entries are found by id");
      assertEquals(Dimension.ENVIRONMENT, entry.dimension());
      assertEquals(EntryCategory.ELIMINATED_PROCESS_OR_EQUIPMENT, entry.category());
      assertEquals(Set.of("coal-fired-boiler"), entry.applicability().unitKinds());
      assertEquals(Action.ELIMINATE, entry.consequence().action());
      assertTrue(entry.isMachineCheckable());
      assertEquals(List.of("一、主要任务", "（二）环保方面", "1．强化重点领域管控", "大气方面"), entry.section());
    }
    assertEquals(Optional.empty(), set.entry("cq-2025.environment.no-such-task"));
  }

  @Test
  void readsTheTenTonneTaskAsAtOrBelowTenTonnesOfSteamPerHour() throws CatalogueException {
    CatalogueEntry entry = loaderWith(VOCABULARY, CHONGQING_2025).load().entry(TEN_TONNES).orElseThrow();

    assertEquals("加快淘汰10蒸吨/小时以下的燃煤锅炉", entry.text().zh());
    Criterion.Comparison comparison = (Criterion.Comparison) entry.criterion().orElseThrow();
    assertEquals(new Criterion.Operand(Criterion.Operand.Source.FACT, "unit.ratedCapacity"), comparison.operand());
    assertEquals(Operator.LE, comparison.operator(), "以下 includes the limit (民法典 第一千二百五十九条)");
    assertEquals(Optional.of(LimitWording.BELOW), comparison.wording());
    assertEquals(FactValue.of(Quantity.parse("10 t/h")), comparison.value());
  }

  @Test
  void readsTheThirtyFiveTonneTaskAsBoundedSizeInEitherNamedArea() throws CatalogueException {
    CatalogueEntry entry = loaderWith(VOCABULARY, CHONGQING_2025).load().entry(URBAN_PARK).orElseThrow();

    Criterion.All all = (Criterion.All) entry.criterion().orElseThrow();
    assertEquals(2, all.parts().size());
    Criterion.Comparison size = (Criterion.Comparison) all.parts().get(0);
    assertEquals(FactValue.of(Quantity.parse("35 t/h")), size.value());
    assertEquals(Operator.LE, size.operator());
    Criterion.Any areas = (Criterion.Any) all.parts().get(1);
    assertEquals(List.of("location.urbanBuiltUpArea", "location.industrialPark"),
        areas.parts().stream().map(p -> ((Criterion.Comparison) p).operand().key()).toList());
  }

  @Test
  void loadsTheSharedVocabularyWithItsUnitKindsAndDepartments() throws CatalogueException {
    Vocabulary vocabulary = loaderWith(VOCABULARY, CHONGQING_2025).load().vocabulary();

    // the shared vocabulary and the other bundled vocabulary files, which define disjoint ids
    for (String array : List.of("/unitKinds", "/attributes", "/indicators", "/departments")) {
      int defined = count(VOCABULARY, array);
      for (String more : org.phaseout.EvaluationFixtures.MORE_VOCABULARY) {
        defined += count(more, array);
      }
      int loaded = switch (array) {
        case "/unitKinds" -> vocabulary.unitKinds().size();
        case "/attributes" -> vocabulary.attributes().size();
        case "/indicators" -> vocabulary.indicators().size();
        default -> vocabulary.departments().size();
      };
      assertEquals(defined, loaded, array);
    }
    assertEquals("t/h", vocabulary.unitKind("coal-fired-boiler").orElseThrow().capacityUnit().orElseThrow().symbol());
    assertEquals("市生态环境局", vocabulary.department("cq.ecology-environment").orElseThrow().name().zh());
  }

  @Test
  void loadsTheSameContentFromADirectoryAsFromMemory(@TempDir Path dir) throws Exception {
    copy(VOCABULARY, dir);
    Path nested = Files.createDirectories(dir.resolve("chongqing"));
    copy(CHONGQING_2025, nested);
    Files.writeString(dir.resolve("README.md"), "not a catalogue; ignored because it is not *.json");

    CatalogueSet fromDirectory = Catalogues.loader().addDirectory(dir).load();
    CatalogueSet fromMemory = loaderWith(VOCABULARY, CHONGQING_2025).load();

    CatalogueEdition edition = fromDirectory.editions().get(0);
    assertEquals(nested.resolve(CHONGQING_2025).toString(), edition.origin(), "the origin is the file's path");
    assertEquals(sha256(bytes(CHONGQING_2025)), edition.sha256());
    assertEquals(fromMemory.editions().get(0).entries(), edition.entries());
    assertEquals(fromMemory.editions().get(0).validity(), edition.validity());
    assertEquals(fromMemory.vocabulary(), fromDirectory.vocabulary());
  }

  @Test
  void loadsSingleFilesAddedOneByOne(@TempDir Path dir) throws CatalogueException {
    Path vocabulary = copy(VOCABULARY, dir);
    Path plan = copy(CHONGQING_2025, dir);

    CatalogueSet set = Catalogues.loader().addFile(vocabulary).addFile(plan).load();

    CatalogueEdition edition = set.editions().get(0);
    assertEquals(plan.toString(), edition.origin());
    assertEquals(sha256(bytes(CHONGQING_2025)), edition.sha256());
    assertEquals(count(CHONGQING_2025, "/entries"), edition.entries().size());
  }

  @Test
  void addingTheSameFileTwiceIsHarmless(@TempDir Path dir) throws CatalogueException {
    Path plan = copy(CHONGQING_2025, dir);

    CatalogueSet set = loaderWith(VOCABULARY).addFile(plan).addFile(plan).addDirectory(dir).load();

    assertEquals(1, set.editions().size());
  }

  @Test
  void reportsDifferentContentAddedTwiceUnderOneName() {
    Catalogues.Loader loader = loaderWith(VOCABULARY, CHONGQING_2025)
        .addJson(CHONGQING_2025, bytes(INDUSTRY_CATALOGUE_2024));

    CatalogueException e = loadFails(loader);

    assertSays(problemAt(e.problems(), CHONGQING_2025, ""), "added twice with different content");
  }

  @Test
  void reportsAMissingFileAndAMissingDirectoryAmongTheOtherProblems(@TempDir Path dir) {
    Path missingFile = dir.resolve("no-such-catalogue.json");
    Path missingDirectory = dir.resolve("no-such-directory");

    CatalogueException e = loadFails(loaderWith(VOCABULARY).addFile(missingFile).addDirectory(missingDirectory));

    assertSays(problemAt(e.problems(), missingFile.toString(), ""), "cannot read the file", "NoSuchFileException");
    assertSays(problemAt(e.problems(), missingDirectory.toString(), ""), "expected a readable directory");
    assertEquals(2, e.problems().size(), () -> e.problems().toString());
  }

  @Test
  void copiesTheBytesGivenToAddJsonSoLaterChangesToTheArrayDoNotMatter() throws CatalogueException {
    byte[] plan = bytes(CHONGQING_2025);
    Catalogues.Loader loader = loaderWith(VOCABULARY).addJson(CHONGQING_2025, plan);

    java.util.Arrays.fill(plan, (byte) ' ');

    assertEquals(sha256(bytes(CHONGQING_2025)), loader.load().editions().get(0).sha256());
  }

  @Test
  void loadsAllBundledCatalogueCopiesTogether() throws CatalogueException {
    CatalogueSet set = loaderWith(VOCABULARY, CHONGQING_2025, INDUSTRY_CATALOGUE_2024, GB_21346_2022).load();

    assertEquals(List.of("cn-industry-structure-adjustment-eliminated", CHONGQING_ID, "gb-21346"),
        set.catalogueIds(), "catalogues are ordered by id");
    assertEquals(count(CHONGQING_2025, "/entries") + count(INDUSTRY_CATALOGUE_2024, "/entries")
        + count(GB_21346_2022, "/entries"), set.editions().stream().mapToInt(e -> e.entries().size()).sum());
    for (CatalogueEdition edition : set.editions()) {
      assertEquals(sha256(bytes(edition.origin())), edition.sha256(), edition.origin());
    }
  }

  @Test
  void readsFromTheFileSystemWithoutThePlatformCharset(@TempDir Path dir) throws IOException, CatalogueException {
    // surefire runs with file.encoding=ISO-8859-1: Chinese text must still be read as UTF-8
    copy(VOCABULARY, dir);
    copy(CHONGQING_2025, dir);

    CatalogueEdition edition = Catalogues.loader().addDirectory(dir).load().editions().get(0);

    assertEquals("渝制造强市办〔2025〕4号", edition.documentNumber());
  }
}
