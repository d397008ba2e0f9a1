package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.UnitProbe.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.DeadlineRule;
import org.phaseout.catalogue.VerificationLevel;

/**
 * The 《产业结构调整指导目录（2024年本）》 淘汰类 items of 一、落后生产工艺装备 added from a third-party transcription of the official PDF
 * (GitHub dk22246/project-preliminary-assessment, commit 0d8b22b9): the provenance every such entry must carry, pins of item
 * texts, numbers and deadlines, and each machine-checkable clause evaluated on fictitious units just inside and just outside its
 * limit and without the data it needs.
 */
class IndustryCatalogueEliminatedItemsTest {

  private static final String COMMIT = "0d8b22b9137b654c07579da0efb6984eb3e323ef";
  private static final String PREFIX = "cn-isac-2024.eliminated.";
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private static final Enterprise CHONGQING = enterprise("500101", "C3110");
  private static final Enterprise HEBEI = enterprise("130200", "C3110");

  private static Enterprise enterprise(String division, String industry) {
    return Enterprise.builder().creditCode(CreditCode.parse("91500101PH00000027")).name("示例冶金化工有限公司（虚构）")
        .division(DivisionCode.parse(division)).industry(IndustryCode.parse(industry)).build();
  }

  private static List<CatalogueEntry> added() {
    return edition("cn-industry-structure-adjustment-eliminated@2024").entries().stream()
        .filter(e -> e.provenance().source().contains(COMMIT)).toList();
  }

  private static Verdict verdict(Enterprise enterprise, String id, Map<String, Object> data) {
    Optional<Finding> f = UnitProbe.findingIfAny(enterprise, entry(PREFIX + id), AS_OF, data);
    return f.orElseThrow(() -> new AssertionError(id + " gave no finding")).verdict();
  }

  @Test
  void addedEntriesCarryTheirSectorNumberAndSecondaryOrLowerProvenance() {
    List<CatalogueEntry> added = added();
    assertEquals(84, added.size());
    assertEquals(5, added.stream().filter(CatalogueEntry::isMachineCheckable).count());
    Map<String, Long> perSector = added.stream().collect(Collectors.groupingBy(e -> e.section().get(2),
        Collectors.counting()));
    assertEquals(Map.of("煤炭", 13L, "电力", 1L, "石化化工", 12L, "钢铁", 13L, "有色金属", 10L, "建材", 6L, "机械", 14L,
        "轻工", 7L, "纺织", 8L), perSector);
    for (CatalogueEntry e : added) {
      assertEquals(List.of("第三类 淘汰类", "一、落后生产工艺装备"), e.section().subList(0, 2), e.id());
      assertTrue(e.item().isPresent(), e.id());
      assertTrue(e.provenance().verification() == VerificationLevel.SECONDARY
          || e.provenance().verification() == VerificationLevel.UNVERIFIED, e.id());
      assertTrue(e.provenance().note().orElseThrow().contains("Not compared with the official PDF"), e.id());
      assertTrue(e.citations().get(0).clause().endsWith("第" + e.item().orElseThrow() + "项"), e.id());
      if (!e.isMachineCheckable()) {
        assertTrue(e.provenance().note().orElseThrow().contains("Manual assessment"), e.id());
      }
    }
  }

  @Test
  void itemTextsAndNumbersArePinned() {
    CatalogueEntry cement = entry(PREFIX + "building-materials-1-backward-cement-kilns-small-mills");
    assertEquals("干法中空窑（生产铝酸盐水泥等特种水泥除外），水泥机立窑，立波尔窑、湿法窑，直径 3 米（不含）以下水泥粉磨设备（生产特种水泥除外）",
        cement.text().zh());
    assertEquals(Optional.of("1"), cement.item());
    assertEquals("建材", cement.section().get(2));
    CatalogueEntry cells = entry(PREFIX + "nonferrous-4-prebake-cells-below-160ka");
    assertEquals("160kA 以下预焙阳极铝电解槽", cells.text().zh());
    assertEquals(Optional.of("4"), cells.item());
    CatalogueEntry power = entry(PREFIX + "power-1-substandard-coal-units-300mw-oil-units");
    assertTrue(power.text().zh().contains("以发电为主的燃油锅炉及发电机组"));
    assertInstanceOf(DeadlineRule.NotStated.class, power.consequence().deadline());
    assertTrue(power.consequence().deadline().wording().contains("根据发布的年度淘汰计划有序淘汰"));
  }

  @Test
  void deadlinesFollowTheBracketsOfTheItems() {
    DeadlineRule zinc = entry(PREFIX + "nonferrous-27-vertical-retort-zinc").consequence().deadline();
    assertEquals(LocalDate.of(2025, 12, 31), assertInstanceOf(DeadlineRule.FixedDate.class, zinc).date());
    // A date on one clause only does not become the whole item's deadline.
    assertInstanceOf(DeadlineRule.NotStated.class,
        entry(PREFIX + "steel-3-ring-and-small-sinter-machines").consequence().deadline());
    assertInstanceOf(DeadlineRule.NotStated.class,
        entry(PREFIX + "petrochem-2-small-phosphate-acid-backward-inorganics").consequence().deadline());
    // No bracket: immediate under the catalogue's note.
    assertInstanceOf(DeadlineRule.Immediate.class, entry(PREFIX + "steel-6-converter-30t").consequence().deadline());
    assertInstanceOf(DeadlineRule.Immediate.class,
        entry(PREFIX + "building-materials-3-flat-drawn-glass").consequence().deadline());
  }

  @Test
  void theReconstructedCokeOvenItemIsUnverifiedAndTheSplitItemsKeepTheirCounts() {
    CatalogueEntry coke = entry(PREFIX + "steel-2-coke-ovens-below-4.3m");
    assertEquals(VerificationLevel.UNVERIFIED, coke.provenance().verification());
    assertTrue(coke.text().zh().startsWith("炭化室高度小于 4.3 米焦炉（3.8 米及以上捣固焦炉除外）"));
    assertFalse(coke.isMachineCheckable());
    assertTrue(entry(PREFIX + "petrochem-1-small-avdu-still-tar-benzene").text().zh()
        .endsWith("5 万吨/年及以下的单套煤焦油加工装置"));
    assertTrue(entry(PREFIX + "petrochem-2-small-phosphate-acid-backward-inorganics").text().zh()
        .startsWith("10 万吨/年以下磷铵（工业级除外）（2025 年 12 月 31 日）"));
  }

  @Test
  void convertersOf30TonnesOrBelowAreEliminatedAndHebeiUses40() {
    assertEquals(Verdict.NON_COMPLIANT, verdict(CHONGQING, "steel-6-converter-30t", data("unit.ratedCapacity", "30 t")));
    assertEquals(Verdict.COMPLIANT, verdict(CHONGQING, "steel-6-converter-30t", data("unit.ratedCapacity", "30.5 t")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(CHONGQING, "steel-6-converter-30t", data()));
    assertEquals(Verdict.NON_COMPLIANT, verdict(HEBEI, "steel-6-converter-40t-hebei", data("unit.ratedCapacity", "40 t")));
    assertEquals(Verdict.COMPLIANT, verdict(HEBEI, "steel-6-converter-40t-hebei", data("unit.ratedCapacity", "41 t")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(HEBEI, "steel-6-converter-40t-hebei", data()));
    // The Hebei limit does not reach a converter outside Hebei.
    assertTrue(UnitProbe.findingIfAny(CHONGQING, entry(PREFIX + "steel-6-converter-40t-hebei"), AS_OF,
        data("unit.ratedCapacity", "35 t")).isEmpty());
  }

  @Test
  void electricArcFurnacesOf30TonnesOrBelowUnlessForCastingOrSpecialAlloys() {
    String eaf = "steel-6-eaf-30t";
    assertEquals(Verdict.NON_COMPLIANT, verdict(CHONGQING, eaf,
        data("unit.ratedCapacity", "30 t", "eaf.castingOrSpecialAlloyUse", false)));
    assertEquals(Verdict.COMPLIANT, verdict(CHONGQING, eaf,
        data("unit.ratedCapacity", "31 t", "eaf.castingOrSpecialAlloyUse", false)));
    assertEquals(Verdict.COMPLIANT, verdict(CHONGQING, eaf,
        data("unit.ratedCapacity", "20 t", "eaf.castingOrSpecialAlloyUse", true)));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(CHONGQING, eaf, data("unit.ratedCapacity", "20 t")));
    assertEquals(Verdict.COMPLIANT, verdict(CHONGQING, eaf, data("unit.ratedCapacity", "50 t")));
  }

  @Test
  void calciumCarbideFurnacesBelow12500KvaOrOpenOrInternalCombustion() {
    String carbide = "petrochem-3-carbide-furnace";
    assertEquals(Verdict.NON_COMPLIANT, verdict(CHONGQING, carbide,
        data("unit.ratedCapacity", "12499 kVA", "carbide.furnaceType", "closed")));
    assertEquals(Verdict.COMPLIANT, verdict(CHONGQING, carbide,
        data("unit.ratedCapacity", "12500 kVA", "carbide.furnaceType", "closed")));
    assertEquals(Verdict.NON_COMPLIANT, verdict(CHONGQING, carbide,
        data("unit.ratedCapacity", "30000 kVA", "carbide.furnaceType", "open")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(CHONGQING, carbide, data("unit.ratedCapacity", "30000 kVA")));
    assertEquals(Verdict.NON_COMPLIANT, verdict(CHONGQING, carbide, data("unit.ratedCapacity", "10000 kVA")));
  }

  @Test
  void atmosphericVacuumUnitsOf2MillionTonnesOrBelowUnlessExcepted() {
    String avdu = "petrochem-1-avdu-2mt";
    assertEquals(Verdict.NON_COMPLIANT, verdict(CHONGQING, avdu,
        data("unit.ratedCapacity", "200 10^4 t/a", "avdu.exceptedCase", false)));
    assertEquals(Verdict.COMPLIANT, verdict(CHONGQING, avdu,
        data("unit.ratedCapacity", "201 10^4 t/a", "avdu.exceptedCase", false)));
    assertEquals(Verdict.COMPLIANT, verdict(CHONGQING, avdu,
        data("unit.ratedCapacity", "100 10^4 t/a", "avdu.exceptedCase", true)));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(CHONGQING, avdu, data("unit.ratedCapacity", "100 10^4 t/a")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(CHONGQING, avdu, data("avdu.exceptedCase", false)));
  }

  @Test
  void manualItemsGiveInsufficientDataForTheirUnits() {
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(CHONGQING, "building-materials-3-flat-drawn-glass",
        data("unit.ratedCapacity", "600 t/d")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(CHONGQING, "steel-4-small-blast-furnaces",
        data("unit.ratedCapacity", "350 m3")));
  }
}
