package org.phaseout.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogue.CatalogueFixtures.CHONGQING_2025;
import static org.phaseout.catalogue.CatalogueFixtures.INDUSTRY_CATALOGUE_2024;
import static org.phaseout.catalogue.CatalogueFixtures.VOCABULARY;
import static org.phaseout.catalogue.CatalogueFixtures.assertSays;
import static org.phaseout.catalogue.CatalogueFixtures.bytes;
import static org.phaseout.catalogue.CatalogueFixtures.loadFails;
import static org.phaseout.catalogue.CatalogueFixtures.loaderWith;
import static org.phaseout.catalogue.CatalogueFixtures.problemAt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An agency completes or corrects a bundled edition with an overlay file: added beside the bundled set, conflicts
 * resolved by the rule the overlay states, never by file order.
 *
 * <p>The overlays here restate real bundled entries (never a new threshold): the "correction" raises the 10 t/h boiler
 * item's verification as an agency would after checking the official PDF, and the "addition" is the same item copied
 * under a new id, as an agency would add an item the bundled data lacks.
 */
class OverlayTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String TARGET = "cn-industry-structure-adjustment-eliminated@2024";
  private static final String TEN_TONNES = "cn-isac-2024.eliminated.coal-boiler-10th";

  private static ObjectNode entry(String id) throws Exception {
    ArrayNode entries = (ArrayNode) MAPPER.readTree(bytes(INDUSTRY_CATALOGUE_2024)).get("entries");
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).get("id").asText().equals(TEN_TONNES)) {
        ObjectNode copy = entries.get(i).deepCopy();
        copy.put("id", id);
        return copy;
      }
    }
    throw new AssertionError("no entry " + TEN_TONNES);
  }

  private static byte[] overlay(String id, String published, String onConflict, ObjectNode... entries) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("type", "overlay");
    o.put("schemaVersion", 1);
    o.put("id", id);
    o.put("target", TARGET);
    o.putObject("title").put("zh", "测试用补充文件").put("en", "test overlay");
    o.put("published", published);
    o.put("onConflict", onConflict);
    o.putObject("source").put("source", "test: restates a bundled entry").put("verification", "official")
        .put("note", "test overlay; the entry text is the bundled one");
    ArrayNode es = o.putArray("entries");
    for (ObjectNode e : entries) {
      es.add(e);
    }
    return o.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static ObjectNode verifiedTenTonnes() throws Exception {
    ObjectNode e = entry(TEN_TONNES);
    ((ObjectNode) e.get("provenance")).put("verification", "official")
        .put("note", "checked by the agency against the official PDF (test)");
    return e;
  }

  @Test
  void anOverlayStatingReplaceCorrectsTheTargetEntry() throws Exception {
    CatalogueSet set = loaderWith(VOCABULARY, INDUSTRY_CATALOGUE_2024)
        .addJson("agency.json", overlay("agency-1", "2026-01-10", "replace", verifiedTenTonnes()))
        .load();
    CatalogueEdition edition = set.editions().get(0);
    assertEquals(VerificationLevel.SECONDARY, edition.entries().stream()
        .filter(e -> e.id().equals(TEN_TONNES)).findFirst().orElseThrow().provenance().verification(),
        "the edition's own file is unchanged");
    assertEquals(VerificationLevel.OFFICIAL, set.entry(TEN_TONNES).orElseThrow().provenance().verification());
    assertEquals(edition.entries().size(), edition.effectiveEntries().size(), "a replacement adds nothing");
    assertEquals(List.of("agency-1"), edition.overlays().stream().map(Overlay::id).toList());
  }

  @Test
  void anOverlayAddsEntriesWithNewIds() throws Exception {
    CatalogueSet set = loaderWith(VOCABULARY, INDUSTRY_CATALOGUE_2024)
        .addJson("agency.json", overlay("agency-1", "2026-01-10", "reject", entry("agency.added-item")))
        .load();
    CatalogueEdition edition = set.editions().get(0);
    assertEquals(edition.entries().size() + 1, edition.effectiveEntries().size());
    assertEquals("agency.added-item", edition.effectiveEntries().get(edition.entries().size()).id());
  }

  @Test
  void anOverlayStatingRejectMayNotTouchAnExistingEntry() throws Exception {
    CatalogueException e = loadFails(loaderWith(VOCABULARY, INDUSTRY_CATALOGUE_2024)
        .addJson("agency.json", overlay("agency-1", "2026-01-10", "reject", verifiedTenTonnes())));
    assertSays(problemAt(e.problems(), "agency.json", "/entries/0/id"), TEN_TONNES, "reject", "replace");
  }

  @Test
  void twoOverlaysChangingOneEntryAreRejectedWhateverTheirOrder() throws Exception {
    byte[] a = overlay("agency-a", "2026-01-10", "replace", verifiedTenTonnes());
    byte[] b = overlay("agency-b", "2026-02-10", "replace", verifiedTenTonnes());
    CatalogueException ab = loadFails(loaderWith(VOCABULARY, INDUSTRY_CATALOGUE_2024)
        .addJson("a.json", a).addJson("b.json", b));
    CatalogueException ba = loadFails(loaderWith(VOCABULARY, INDUSTRY_CATALOGUE_2024)
        .addJson("b.json", b).addJson("a.json", a));
    assertEquals(ab.problems(), ba.problems());
    assertSays(problemAt(ab.problems(), "a.json", "/entries/0/id"), "b.json", "file order");
    assertSays(problemAt(ab.problems(), "b.json", "/entries/0/id"), "a.json", "file order");
  }

  @Test
  void anOverlayNeedsALoadedTarget() throws Exception {
    CatalogueException e = loadFails(loaderWith(VOCABULARY, CHONGQING_2025)
        .addJson("agency.json", overlay("agency-1", "2026-01-10", "replace", verifiedTenTonnes())));
    assertSays(problemAt(e.problems(), "agency.json", "/target"), TARGET);
  }

  @Test
  void anAddedEntryMayNotReuseTheIdOfAnotherEdition() throws Exception {
    CatalogueException e = loadFails(loaderWith(VOCABULARY, INDUSTRY_CATALOGUE_2024, CHONGQING_2025)
        .addJson("agency.json", overlay("agency-1", "2026-01-10", "reject",
            entry("cq-2025.environment.coal-boiler-10th"))));
    assertSays(problemAt(e.problems(), "agency.json", "/entries/0/id"), "not unique");
  }

  @Test
  void anOverlayCountsFromItsPublicationDate() throws Exception {
    CatalogueSet set = loaderWith(VOCABULARY, INDUSTRY_CATALOGUE_2024)
        .addJson("agency.json", overlay("agency-1", "2026-01-10", "reject", entry("agency.added-item")))
        .load();
    CatalogueEdition before = set.select(LocalDate.of(2025, 12, 31)).get(0).edition().orElseThrow();
    CatalogueEdition after = set.select(LocalDate.of(2026, 1, 10)).get(0).edition().orElseThrow();
    assertTrue(before.overlays().isEmpty());
    assertEquals(before.entries().size(), before.effectiveEntries().size());
    assertEquals(after.entries().size() + 1, after.effectiveEntries().size());
    CatalogueEdition audit = set.select(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 1, 9)).get(0).edition()
        .orElseThrow();
    assertTrue(audit.overlays().isEmpty(), "known-at before the overlay's publication: edition as it was");
  }
}
