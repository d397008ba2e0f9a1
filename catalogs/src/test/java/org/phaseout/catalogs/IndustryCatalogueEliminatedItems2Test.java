package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.UnitProbe.data;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.DeadlineRule;
import org.phaseout.catalogue.EntryCategory;

/**
 * The nine items of 《产业结构调整指导目录（2024年本）》 淘汰类 一、落后生产工艺装备 that were left out for want of a unit kind
 * (农林牧渔业 3, 5, 6, 7; 轻工 16, 17; 其他 2, 3, 4), now manual-assessment entries attached to kinds of their own in
 * vocabulary-industry-structure-2.json: each exists with its sector, number and text, gives insufficient data for a unit
 * of its kind, and gives no finding for a unit it is not about; the two general clauses stay out.
 */
class IndustryCatalogueEliminatedItems2Test {

  private static final String PREFIX = "cn-isac-2024.eliminated.";
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private static final Enterprise ENTERPRISE = Enterprise.builder().creditCode(CreditCode.parse("91500101PH00000027"))
      .name("示例实业有限公司（虚构）").division(DivisionCode.parse("500101")).industry(IndustryCode.parse("A0515"))
      .build();

  /** id suffix → sector, item number, text, unit kinds (space-separated). */
  private static final List<String[]> ITEMS = List.of(
      new String[] {"agri-3-traditional-rural-stoves-and-kangs", "农林牧渔业", "3", "农村传统老式炉灶炕",
          "rural-stove-kang"},
      new String[] {"agri-5-tourism-and-forest-gathering-beyond-carrying-capacity", "农林牧渔业", "5",
          "超过生态承载力的旅游活动和药材等林产品采集", "forest-products-gathering tourist-attraction"},
      new String[] {"agri-6-irrigated-pulpwood-plantations-in-water-short-areas", "农林牧渔业", "6",
          "严重缺水地区建设灌溉型造纸原料林基地", "pulpwood-plantation"},
      new String[] {"agri-7-methyl-bromide-pre-planting-soil-fumigation", "农林牧渔业", "7", "种植前溴甲烷土壤熏蒸工艺",
          "pre-planting-soil-fumigation"},
      new String[] {"light-16-carbon-tetrachloride-cleaning", "轻工", "16", "以四氯化碳（CTC）为清洗剂的生产工艺",
          "ods-solvent-process"},
      new String[] {"light-17-cfc-113-and-methyl-chloroform-cleaning-and-solvents", "轻工", "17",
          "以三氟三氯乙烷（CFC-113）和甲基氯仿（TCA）为清洗剂和溶剂的生产工艺", "ods-solvent-process"},
      new String[] {"other-2-cyanide-zinc-precipitation", "其他", "2", "含氰沉锌工艺", "cyanide-zinc-precipitation-line"},
      new String[] {"other-3-solid-dam-island-links", "其他", "3", "实体坝连岛技术", "island-link-project"},
      new String[] {"other-4-tourism-and-forest-gathering-beyond-carrying-capacity", "其他", "4",
          "超过生态承载力的旅游活动和药材等林产品采集", "forest-products-gathering tourist-attraction"});

  private static Optional<Finding> finding(String kind, String id, Map<String, Object> data) {
    return UnitProbe.assess(ENTERPRISE, kind, AS_OF, data).findings().stream()
        .filter(f -> f.entry().entryId().equals(PREFIX + id)).findFirst();
  }

  @Test
  void eachItemIsAManualEntryWithItsSectorNumberTextAndKinds() {
    for (String[] item : ITEMS) {
      CatalogueEntry e = entry(PREFIX + item[0]);
      assertEquals(List.of("第三类 淘汰类", "一、落后生产工艺装备", item[1]), e.section(), e.id());
      assertEquals(Optional.of(item[2]), e.item(), e.id());
      assertEquals(item[3], e.text().zh(), e.id());
      assertEquals(new TreeSet<>(Arrays.asList(item[4].split(" "))), new TreeSet<>(e.applicability().unitKinds()), e.id());
      assertEquals(EntryCategory.ELIMINATED_PROCESS_OR_EQUIPMENT, e.category(), e.id());
      assertFalse(e.isMachineCheckable(), e.id());
      assertInstanceOf(DeadlineRule.Immediate.class, e.consequence().deadline(), e.id());
      assertEquals("第三类 淘汰类 一、落后生产工艺装备 " + item[1] + " 第" + item[2] + "项", e.citations().get(0).clause(), e.id());
      assertTrue(e.provenance().note().orElseThrow().contains("Manual assessment"), e.id());
      assertTrue(e.provenance().note().orElseThrow().contains("vocabulary-industry-structure-2.json"), e.id());
      for (String kind : e.applicability().unitKinds()) {
        assertTrue(BundledData.catalogues().vocabulary().unitKind(kind).isPresent(), kind);
      }
    }
    assertTrue(entry(PREFIX + ITEMS.get(1)[0]).provenance().note().orElseThrow()
        .contains("industrial_restructuring_2024:589"));
    assertTrue(entry(PREFIX + ITEMS.get(8)[0]).provenance().note().orElseThrow()
        .contains("industrial_restructuring_2024:862"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"motor", "electroplating-line", "wood-products-plant", "waste-incinerator", "enterprise-site"})
  void unrelatedUnitsGetNoFindingFromTheseItems(String kind) {
    Map<String, Object> unit = kind.equals("motor") ? data("unit.ratedCapacity", "22 kW") : data();
    for (String[] item : ITEMS) {
      assertTrue(finding(kind, item[0], unit).isEmpty(), item[0] + " on " + kind);
    }
  }

  /** A unit of each new kind, without data: the items about it need manual assessment, the others say nothing. */
  @Test
  void aUnitOfEachNewKindNeedsManualAssessmentForTheItemsAboutItOnly() {
    Set<String> kinds = new TreeSet<>();
    ITEMS.forEach(i -> kinds.addAll(Arrays.asList(i[4].split(" "))));
    assertEquals(8, kinds.size());
    for (String kind : kinds) {
      for (String[] item : ITEMS) {
        Optional<Finding> f = finding(kind, item[0], data());
        if (Arrays.asList(item[4].split(" ")).contains(kind)) {
          assertEquals(Verdict.INSUFFICIENT_DATA, f.orElseThrow(() -> new AssertionError(item[0] + " on " + kind))
              .verdict(), item[0] + " on " + kind);
        } else {
          assertTrue(f.isEmpty(), item[0] + " on " + kind);
        }
      }
    }
  }

  @Test
  void theReportedSolventChoosesBetweenItems16And17() {
    String ctc = "light-16-carbon-tetrachloride-cleaning";
    String cfc = "light-17-cfc-113-and-methyl-chloroform-cleaning-and-solvents";
    String kind = "ods-solvent-process";
    Map<String, Object> tetrachloride = data("ods-solvent.substance", "carbon-tetrachloride");
    assertEquals(Verdict.INSUFFICIENT_DATA, finding(kind, ctc, tetrachloride).orElseThrow().verdict());
    assertTrue(finding(kind, cfc, tetrachloride).isEmpty());
    for (String substance : List.of("cfc-113", "methyl-chloroform")) {
      Map<String, Object> unit = data("ods-solvent.substance", substance);
      assertEquals(Verdict.INSUFFICIENT_DATA, finding(kind, cfc, unit).orElseThrow().verdict(), substance);
      assertTrue(finding(kind, ctc, unit).isEmpty(), substance);
    }
  }

  @Test
  void onlyTheGeneralClausesRemainLeftOut() {
    String note = edition("cn-industry-structure-adjustment-eliminated@2024").source().note().orElseThrow();
    assertTrue(note.contains("Left out: the general clauses 一 其他 item 9 and 二 其他 item 3"), note);
    assertFalse(note.contains("as no unit kind describes what they name"), note);
  }
}
