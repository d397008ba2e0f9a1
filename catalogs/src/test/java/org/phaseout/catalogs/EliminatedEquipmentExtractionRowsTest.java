package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.EliminatedEquipmentExtractionProbe.byItem;
import static org.phaseout.catalogs.EliminatedEquipmentExtractionProbe.edition;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.leaves;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.DeadlineRule;
import org.phaseout.catalogue.VerificationLevel;

/**
 * The rows of the MIIT 《高耗能落后机电设备（产品）淘汰目录》 batches 1 and 2 added beyond the reference pack's own transcription, read
 * from the EquipEffi extraction (GitHub adgo07/EquipEffi, commit a1643ed3): which rows are encoded (and which are left out), a
 * sample of the transcribed model lists, and the provenance every such row must carry. Each kind of entry is evaluated end to
 * end in {@link EliminatedEquipmentExtractionVerdictsTest}.
 */
class EliminatedEquipmentExtractionRowsTest {

  private static final String COMMIT = "a1643ed38e0b934bbc7562348883b8a8bd4badc5";

  /** The ids of the entries bundled before these rows were added (batch 1 items 1-1 … 1-12, batch 2 five rows). */
  private static final Set<String> EARLIER = Set.of("1-1", "1-2", "1-3", "1-4", "1-5", "1-6", "1-7", "1-8", "1-9", "1-10", "1-11",
      "1-12");
  private static final Set<String> EARLIER_2 = Set.of("1-1", "4-1", "5-1", "11-1", "11-2");

  /** The rows added from the repository file (not among the earlier entries). */
  private static List<CatalogueEntry> added(int batch) {
    Set<String> earlier = batch == 1 ? EARLIER : EARLIER_2;
    return edition(batch).entries().stream().filter(e -> !earlier.contains(e.item().orElseThrow())).toList();
  }

  private static Set<String> members(CatalogueEntry e, String key) {
    return leaves(e.criterion().orElseThrow()).stream()
        .filter(c -> c instanceof Criterion.Membership m && m.operand().key().equals(key))
        .flatMap(c -> ((Criterion.Membership) c).values().stream()).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The items of a batch from the extraction's row counts per category, less the rows left out. */
  private static Set<String> items(Map<Integer, Integer> rowsPerCategory, Set<String> leftOut) {
    Set<String> out = new TreeSet<>();
    rowsPerCategory.forEach((category, rows) -> {
      for (int i = 1; i <= rows; i++) {
        out.add(category + "-" + i);
      }
    });
    out.removeAll(leftOut);
    return out;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // pins: which rows are encoded
  // ---------------------------------------------------------------------------------------------------------------

  @Test
  void batch1HoldsEveryRowOfTheExtractionButTwoWhoseDesignationsAreGarbled() {
    Map<Integer, Integer> rows = new LinkedHashMap<>();
    rows.put(1, 27);
    rows.put(2, 13);
    rows.put(3, 4);
    rows.put(4, 50);
    rows.put(5, 15);
    rows.put(6, 102);
    rows.put(7, 33);
    rows.put(9, 2);
    assertEquals(246, rows.values().stream().mapToInt(Integer::intValue).sum(), "the extraction's 246 batch-1 entries");
    Set<String> expected = items(rows, Set.of("6-38", "7-25"));
    Set<String> actual = edition(1).entries().stream().map(e -> e.item().orElseThrow())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, actual);
    assertEquals(244, edition(1).entries().size());
    assertEquals(232, added(1).size(), "rows added beyond items 1-1 … 1-12");
    assertEquals(Set.of(), added(1).stream().filter(e -> !e.isMachineCheckable())
        .map(e -> e.item().orElseThrow()).collect(Collectors.toSet()), "every added batch-1 row is machine-checkable");
  }

  @Test
  void batch2HoldsEveryRowOfTheExtractionButTheMeterMagnetSteel() {
    Map<Integer, Integer> rows = new LinkedHashMap<>();
    rows.put(1, 1);
    rows.put(2, 8);
    rows.put(3, 61);
    rows.put(4, 1);
    rows.put(5, 1);
    rows.put(6, 34);
    rows.put(7, 20);
    rows.put(8, 2);
    rows.put(9, 1);
    rows.put(10, 1);
    rows.put(11, 2);
    rows.put(12, 3);
    assertEquals(135, rows.values().stream().mapToInt(Integer::intValue).sum(), "the extraction's 135 batch-2 entries");
    Set<String> actual = edition(2).entries().stream().map(e -> e.item().orElseThrow())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(items(rows, Set.of("3-59")), actual);
    assertEquals(134, edition(2).entries().size());
    assertEquals(Set.of("7-19", "7-20", "12-2"), added(2).stream().filter(e -> !e.isMachineCheckable())
        .map(e -> e.item().orElseThrow()).collect(Collectors.toSet()),
        "the two rolling mills described without a designation and the 85 kA cells are manual");
  }

  @Test
  void batches3And4AreUnchanged() {
    assertEquals(17, edition(3).entries().size());
    assertEquals(10, edition(4).entries().size());
  }

  @Test
  void theEditionNotesNameTheRowsLeftOut() throws IOException {
    String file1 = Files.readString(BundledData.SOURCE_DIR.resolve(
        "miit-eliminated-electromechanical-equipment-batch-1.json"), StandardCharsets.UTF_8);
    assertTrue(file1.contains("Left out: 6-38") && file1.contains("7-25") && file1.contains("243 of the 246"));
    String file2 = Files.readString(BundledData.SOURCE_DIR.resolve(
        "miit-eliminated-electromechanical-equipment-batch-2.json"), StandardCharsets.UTF_8);
    assertTrue(file2.contains("Left out: 3-59") && file2.contains("134 of the 135"));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // pins: provenance, consequence, departments
  // ---------------------------------------------------------------------------------------------------------------

  @Test
  void everyAddedRowNamesTheRepositoryFileAndSaysItIsOutsideTheReferencePack() {
    for (int batch : List.of(1, 2)) {
      for (CatalogueEntry e : added(batch)) {
        assertTrue(e.provenance().source().contains("adgo07/EquipEffi")
            && e.provenance().source().contains("elimination_catalog_batches_1_4.json")
            && e.provenance().source().contains(COMMIT), e.id());
        String note = e.provenance().note().orElseThrow();
        assertTrue(note.contains("outside the reference pack's own transcription"), e.id());
        assertTrue(note.contains("not been compared with the official text"), e.id());
        assertTrue(Set.of(VerificationLevel.SECONDARY, VerificationLevel.UNVERIFIED)
            .contains(e.provenance().verification()), e.id());
        assertTrue(e.id().startsWith("miit-eme-batch-" + batch + "." + e.item().orElseThrow() + "."), e.id());
        assertEquals("energy", e.dimension().name().toLowerCase(), e.id());
        assertTrue(e.assumes().isEmpty(), e.id() + ": no corrected limit");
        assertTrue(e.applicability().when().isEmpty(), e.id() + ": no row is split into bands");
        assertTrue(e.text().zh().length() > 1 && !e.text().zh().contains("\n"), e.id());
      }
    }
  }

  @Test
  void readingsOfTheExtractionsLowerCaseLAsOneAreUnverified() {
    for (String item : List.of("4-2", "4-6", "4-44", "4-45", "4-48", "3-1", "5-10", "5-11", "5-12", "6-14", "6-50", "6-57",
        "6-58", "6-87", "6-99", "7-13", "7-14")) {
      CatalogueEntry e = byItem(1, item);
      assertEquals(VerificationLevel.UNVERIFIED, e.provenance().verification(), item);
    }
    assertEquals(Set.of("DZG1-8"), members(byItem(1, "4-2"), "equipment.model"));
    assertTrue(byItem(1, "4-2").text().zh().contains("DZGl—8"), "the text keeps the extraction's spelling");
    for (String item : List.of("3-8", "3-9", "3-18", "3-38", "3-40", "3-51", "2-8")) {
      assertEquals(VerificationLevel.UNVERIFIED, byItem(2, item).provenance().verification(), item);
    }
  }

  @Test
  void noDeadlineIsInventedAndTheDevelopmentAndEconomyCommissionsAreResponsible() {
    for (int batch : List.of(1, 2)) {
      for (CatalogueEntry e : added(batch)) {
        DeadlineRule.NotStated rule = assertInstanceOf(DeadlineRule.NotStated.class, e.consequence().deadline(), e.id());
        assertTrue(rule.wording().contains("未载明"), e.id());
        assertEquals(1, e.departments().size(), e.id());
        assertEquals(DivisionCode.parse("500000"), e.departments().get(0).region(), e.id());
        assertEquals(List.of("cq.development-reform", "cq.economy-it"), e.departments().get(0).lead(), e.id());
        assertTrue(e.departments().get(0).basis().clause().startsWith("一、（一）3"), e.id());
      }
    }
  }

  @Test
  void noAddedRowHasAManufactureDateCondition() {
    for (int batch : List.of(1, 2)) {
      for (CatalogueEntry e : added(batch)) {
        e.criterion().ifPresent(c -> assertTrue(leaves(c).stream().noneMatch(l -> l instanceof Criterion.Comparison cmp
            && cmp.operand().key().equals("equipment.manufactured")), e.id() + ": batches 1 and 2 state no year"));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // pins: model lists
  // ---------------------------------------------------------------------------------------------------------------

  @Test
  void batch1ModelListsAreAsTranscribed() {
    assertEquals(Set.of("DM402-2", "DM521-4", "DM403-2", "DM452-2", "DM452-4"),
        members(byItem(1, "1-13"), "equipment.model"));
    assertEquals(Set.of("RQ-25-9", "RQ-35-9", "RQ-60-9", "RQ-75-9", "RQ-90-9", "RQ-105-9", "RQ-25-9D", "RQ-35-9D",
        "RQ-60-9D", "RQ-75-9D", "RQ-90-9D", "RQ-105-9D"), members(byItem(1, "2-12"), "equipment.model"));
    assertEquals(Set.of("SJ", "SJ1", "SJ2", "SJ3", "SJ4", "SJ5", "SJL", "SJL1", "S", "S1", "SZ", "SL", "SLZ", "SL1", "SLZ1"),
        members(byItem(1, "3-1"), "equipment.series"));
    assertEquals(Set.of("LSG0.4-8-A3", "LSG0.7-8-A3", "LSG0.5-8"), members(byItem(1, "4-1"), "equipment.model"));
    assertEquals(Set.of("KZL4-13-AⅢ"), members(byItem(1, "4-50"), "equipment.model"));
    Set<String> roots = members(byItem(1, "5-15"), "equipment.model");
    assertEquals(45, roots.size());
    assertTrue(roots.contains("D14×20-1.25/2000") && roots.contains("D60×90-250/5000") && roots.contains("D36×28-20/3500"));
    assertEquals(14, members(byItem(1, "5-12"), "equipment.model").size());
    assertEquals(15, members(byItem(1, "5-13"), "equipment.model").size());
    assertEquals(Set.of("浙农4-21", "豫农100-20", "陕农4-20", "BX100-20", "MN100-18", "MN100-21", "WN4-21", "WN4-15", "EN3-25",
        "CN4-22", "JN100-19", "JN100-14"), members(byItem(1, "6-57"), "equipment.model"));
    assertEquals(19, members(byItem(1, "7-13"), "equipment.model").size());
    assertTrue(members(byItem(1, "7-13"), "equipment.model").containsAll(Set.of("V-3/8", "1WG-3/7", "DW-9/7")));
    assertEquals(Set.of("RYN", "RYW", "RYD"), members(byItem(1, "9-2"), "equipment.series"));
  }

  @Test
  void batch2ModelListsAreAsTranscribed() {
    assertEquals(Set.of("GN1-6", "GN1-10", "GN3-10", "GN4-10", "GN6-10", "GN7-10", "GN8-10", "GN9-10", "GN11-15", "GN14-20",
        "GN13-35", "GN15-35", "GN16-35", "GN17-10", "GN18-10"), members(byItem(2, "3-13"), "equipment.model"));
    assertEquals(Set.of("CJ0-10A", "CJ0-10B", "CJ0-10AZ", "CJ0-20A", "CJ0-20B", "CJ0-40A", "CJ0-40B", "CJ0-10", "CJ0-20",
        "CJ0-40", "CJ0-75"), members(byItem(2, "3-32"), "equipment.model"));
    assertEquals(Set.of("SN1", "SN2", "SN3", "SN5", "SN6", "SN7", "SN8", "SN9", "SN12"),
        members(byItem(2, "3-19"), "equipment.series"));
    assertEquals(Set.of("SW1-110", "SW3-35", "SW3-110", "SW5-110", "SW5-220"), members(byItem(2, "3-19"), "equipment.model"));
    assertEquals(Set.of("T617", "T617A", "T68", "T611", "T611A", "T611B", "T612A", "T6112"),
        members(byItem(2, "6-9"), "equipment.model"));
    assertEquals(Set.of("B650", "B665", "B690", "B690-1", "B690T", "BY6090", "B6090", "B6090-1"),
        members(byItem(2, "6-24"), "equipment.model"));
    assertEquals(Set.of("S15H-16", "S19H-16", "S19H-16C", "S49H-16", "S49H-16C", "S19H-40", "S49H-40", "S19H-64",
        "S49H-64"), members(byItem(2, "10-1"), "equipment.model"));
    assertEquals(Set.of("W11-20×2000", "W11-16×3200", "W11-20×2500", "W11-25×2000"),
        members(byItem(2, "7-14"), "equipment.model"));
  }
}
