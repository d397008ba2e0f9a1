package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.and;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.assertNoFinding;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.leaves;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.members;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.model;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.verdict;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.phaseout.Verdict;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.VerificationLevel;

/**
 * The eliminated energy-using equipment (淘汰的高耗能落后机电设备) as a whole: the four MIIT batches of
 * 《高耗能落后机电设备（产品）淘汰目录》 as separate open-ended catalogues dated as sourced, every entry an energy
 * elimination assigned to the development and economy commissions, and every scoped entry silent outside its scope.
 */
class EliminatedEquipmentTest {

  @Test
  void theFourBatchesAreSeparateOpenEndedCataloguesDatedAsSourced() {
    record Expected(String batch, String document, LocalDate date, VerificationLevel level) {}
    for (Expected x : List.of(
        // UI code of the repository author (shared/reference/06 §2, UNVERIFIED)
        new Expected("batch-1", "《高耗能机电设备淘汰目录（第一批）》", LocalDate.of(2009, 12, 31),
            VerificationLevel.UNVERIFIED),
        new Expected("batch-2", "《高耗能落后机电设备（产品）淘汰目录（第二批）》", LocalDate.of(2012, 6, 29),
            VerificationLevel.UNVERIFIED),
        // reprinted announcement 工业和信息化部公告2015年第16号, 2015年3月6日 (hcr-machining.com)
        new Expected("batch-3", "工业和信息化部公告2015年第16号", LocalDate.of(2015, 3, 6),
            VerificationLevel.OFFICIAL_REPRINT),
        // reprinted announcement of 2016年3月14日 (jn.fuzhou.gov.cn)
        new Expected("batch-4", "工业和信息化部公告（2016年3月14日）", LocalDate.of(2016, 3, 14),
            VerificationLevel.OFFICIAL_REPRINT))) {
      CatalogueEdition e = edition("miit-eliminated-electromechanical-equipment-" + x.batch() + "@" + x.batch());
      assertEquals(List.of("工业和信息化部"), e.issuers(), x.batch());
      assertEquals(x.document(), e.documentNumber(), x.batch());
      assertEquals(x.date(), e.published(), x.batch());
      assertEquals(x.date(), e.validity().start(), x.batch());
      assertEquals(Optional.empty(), e.validity().end(), x.batch() + ": no source gives an end");
      assertEquals(Optional.empty(), e.itemsInOfficialText(), x.batch() + ": the announced 项 count products");
      assertEquals(x.level(), e.source().verification(), x.batch());
    }
  }

  @Test
  void entriesAreEnergyEliminationsAssignedToTheDevelopmentAndEconomyCommissions() {
    for (String batch : List.of("batch-1", "batch-2", "batch-3", "batch-4")) {
      for (CatalogueEntry e : edition("miit-eliminated-electromechanical-equipment-" + batch + "@" + batch)
          .entries()) {
        assertEquals("energy", e.dimension().name().toLowerCase(), e.id());
        assertTrue(e.id().startsWith("miit-eme-" + batch + "."), e.id());
        assertFalse(e.citations().isEmpty(), e.id());
        assertTrue(e.provenance().source().contains("a1643ed38e0b934bbc7562348883b8a8bd4badc5"), e.id());
      }
    }
  }

  @Test
  void everyScopedEntryOfTheTopicGivesNoFindingOutsideItsScopeAndAssumesNothing() {
    int scoped = 0;
    for (CatalogueEdition e : BundledData.catalogues().editions()) {
      boolean topic = e.catalogueId().startsWith("miit-eliminated-electromechanical-equipment-")
          || e.catalogueId().equals("gb-18613")
          || e.catalogueId().equals("cn-industry-structure-adjustment-eliminated");
      if (!topic) {
        continue;
      }
      for (CatalogueEntry x : e.entries()) {
        assertTrue(x.assumes().isEmpty(), x.id() + ": no equipment entry encodes a corrected limit");
        if (x.applicability().when().isPresent()) {
          scoped++;
        }
      }
    }
    assertEquals(31 + 12 + 2, scoped, "the 31 GB 18613 rows, the 12 batch-3 fan entries split by year of manufacture"
        + " and 淘汰类 轻工 items 16 and 17 split by the substance of the cleaning or solvent process");
    for (String fan : List.of("3-1.y5-47", "3-2.w5-47", "3-3.m7-29", "3-4.w7-29", "3-5.9-35", "3-6.y9-35")) {
      String early = "miit-eme-batch-3." + fan + "-made-2005-or-earlier";
      String late = "miit-eme-batch-3." + fan + "-made-after-2005";
      String listed = members(early, "equipment.model").iterator().next();
      for (String id : List.of(early, late)) {
        assertTrue(leaves(entry(id).applicability().when().orElseThrow()).stream().allMatch(c ->
            c instanceof Criterion.Comparison cmp && cmp.operand().key().equals("equipment.manufactured")),
            id + ": the year band is the scope");
        assertInstanceOf(Criterion.Membership.class, entry(id).criterion().orElseThrow(),
            id + ": the model list is the criterion");
      }
      assertEquals(Verdict.NON_COMPLIANT, verdict(early, "fan", model(listed, "2005-12-31")), early);
      assertNoFinding(late, "fan", model(listed, "2005-12-31"), late);
      assertEquals(Verdict.NON_COMPLIANT, verdict(late, "fan", model(listed, "2006-01-01")), late);
      assertNoFinding(early, "fan", model(listed, "2006-01-01"), early);
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(early, "fan", model(listed, null)), early);
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(late, "fan", model(listed, null)), late);
    }
  }
}
