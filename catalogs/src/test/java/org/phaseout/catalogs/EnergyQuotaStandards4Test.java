package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.entry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.phaseout.UnitAssessment;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.measure.Quantity;

/**
 * The fourth batch of mandatory unit-product energy-consumption quota standards (单位产品能源消耗限额) as shipped: GB
 * 40877-2021 (硅酸铝纤维及制品), its grade values from the public repository adgo07/ECQuota-Insight
 * (tools/refine_gb40877_rule.py, commit 16c6d6fd…) and its dates from the cover page a translation seller reproduces
 * (SECONDARY). The other refine_gb* standards of that repository with values (GB 29450-2012, GB 30182-2013, GB
 * 32044-2015, GB 36890-2018, GB 40878-2021, and GB 36887-2018 with its units kgce/tsl and kgce/tdmf) are not bundled:
 * no text read gives both their publication and implementation dates. Every value and date is pinned, and each entry
 * is evaluated end to end on a fictitious Chongqing plant: at and just past its limit, and without the data it needs.
 */
class EnergyQuotaStandards4Test {

  private static final Set<String> CATALOGUES = Set.of("gb-40877");

  private static final LocalDate END_OF_2025 = LocalDate.of(2025, 12, 31);
  private static final Enterprise ENTERPRISE = Enterprise.builder()
      .creditCode(CreditCode.parse("91500101PH00000014")).name("示例耐火纤维有限公司（虚构）")
      .division(DivisionCode.parse("500101")).industry(IndustryCode.parse("C3089")).build();

  private static final String KIND = "aluminium-silicate-wool-plant";
  private static final String PRODUCT = "aluminiumsilicatewool.product";
  private static final String INDICATOR = "aluminiumsilicatewool.comprehensive-energy";

  /** Product value → grade-3 value in kgce/t, as tools/refine_gb40877_rule.py (commit 16c6d6fd…) gives 表1. */
  private static final Map<String, String> GRADE3 = new LinkedHashMap<>();

  static {
    GRADE3.put("fibre-1000-1250", "263"); // 硅酸铝纤维（1000℃、1200℃、1250℃）: 208 / 228 / 263
    GRADE3.put("fibre-1350-1500", "311"); // 硅酸铝纤维（1350℃、1400℃、1500℃）: 245 / 256 / 311
    GRADE3.put("needle-punched-blanket", "85"); // 硅酸铝纤维制品—针刺毯: 65 / 77 / 85
    GRADE3.put("wet-formed-continuous-rolled", "486"); // 湿法制品（连续轧制）: 410 / 465 / 486
    GRADE3.put("wet-formed-vacuum-formed", "836"); // 湿法制品（真空吸滤）: 750 / 780 / 836
  }

  private static String id(String product) {
    return "gb40877-2021." + product + ".comprehensive-energy.grade3";
  }

  private static List<CatalogueEdition> topicEditions() {
    return BundledData.catalogues().editions().stream().filter(e -> CATALOGUES.contains(e.catalogueId())).toList();
  }

  private static Verdict verdict(String entryId, Map<String, Object> data) {
    return UnitProbe.findingIfAny(ENTERPRISE, entry(entryId), END_OF_2025, data)
        .orElseThrow(() -> new AssertionError(entryId + " gave no finding")).verdict();
  }

  // ------------------------------------------------------------------------------------------------ edition

  @Test
  void gb40877IsDatedAsTheTranslationSellersCoverPageDatesIt() {
    // https://www.chinesestandard.us/products/gb40877-2021: ISSUED ON OCTOBER 11, 2021; IMPLEMENTED ON NOVEMBER 01, 2022
    CatalogueEdition e = QuotaEntries.assertSecondaryEdition("gb-40877@2021", "GB 40877-2021", LocalDate.of(2021, 10, 11),
        LocalDate.of(2022, 11, 1), "https://www.chinesestandard.us/products/gb40877-2021", 5);
    assertTrue(e.source().note().orElseThrow().contains("the standard's own Chinese title was not read"));
    assertEquals(1, topicEditions().size());
  }

  // ------------------------------------------------------------------------------------------------ pins

  @Test
  void gb40877Grade3ValuesAreThoseOfTheScript() {
    for (Map.Entry<String, String> row : GRADE3.entrySet()) {
      CatalogueEntry x = entry(id(row.getKey()));
      QuotaEntries.assertExceeding(x, INDICATOR, row.getValue() + " kgce/t");
      assertEquals(Set.of(KIND), x.applicability().unitKinds(), x.id());
      assertTrue(x.text().zh().endsWith("3级 " + row.getValue()), x.id() + " text " + x.text().zh());
    }
    assertEquals("硅酸铝纤维（1000℃、1200℃、1250℃） 单位产品综合能耗（kgce/t）：1级 208，2级 228，3级 263",
        entry(id("fibre-1000-1250")).text().zh());
    assertEquals("硅酸铝纤维制品—湿法制品（真空吸滤） 单位产品综合能耗（kgce/t）：1级 750，2级 780，3级 836",
        entry(id("wet-formed-vacuum-formed")).text().zh());
  }

  @Test
  void everyEntryIsUnverifiedRectifiesWithinSixMonthsAndNamesTheChongqingEconomyCommission() {
    for (CatalogueEdition e : topicEditions()) {
      for (CatalogueEntry x : e.entries()) {
        QuotaEntries.assertUnverifiedGrade3RectifiedInChongqing(e, x);
        assertTrue(x.provenance().note().orElseThrow().contains("requires_independent_review"),
            x.id() + " says why it is unverified");
        assertTrue(x.provenance().source().contains("tools/refine_gb40877_rule.py, commit "
            + "16c6d6fddb755619891ec558563e92340d86b84b"), x.id() + " names the script and its commit");
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ end to end

  @Test
  void aPlantAtEachLimitIsCompliantAndJustPastItIsNot() {
    for (Map.Entry<String, String> row : GRADE3.entrySet()) {
      String entryId = id(row.getKey());
      String limit = row.getValue() + " kgce/t";
      Quantity past = UnitProbe.plus(Quantity.parse(limit), "0.1");
      assertEquals(Verdict.COMPLIANT, verdict(entryId, UnitProbe.data(PRODUCT, row.getKey(), INDICATOR, limit)),
          entryId + ": the limit itself is within the limit (超过)");
      QuotaEntries.assertFailsPastLimit(UnitProbe.findingIfAny(ENTERPRISE, entry(entryId), END_OF_2025,
          UnitProbe.data(PRODUCT, row.getKey(), INDICATOR, past)), entryId, limit);
    }
  }

  @Test
  void aPlantWithoutItsEnergyValueIsUndecided() {
    for (String product : GRADE3.keySet()) {
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id(product), UnitProbe.data(PRODUCT, product)), product);
    }
  }

  @Test
  void aRowSpeaksOnlyAboutItsOwnProduct() {
    UnitAssessment blanket = UnitProbe.assess(ENTERPRISE, KIND, END_OF_2025,
        UnitProbe.data(PRODUCT, "needle-punched-blanket", INDICATOR, "200 kgce/t"));
    assertTrue(blanket.findings().stream().anyMatch(f -> f.entry().entryId().equals(id("needle-punched-blanket"))
        && f.verdict() == Verdict.NON_COMPLIANT), "200 exceeds the blanket's 85");
    assertTrue(blanket.findings().stream().noneMatch(f -> f.entry().entryId().equals(id("fibre-1000-1250"))),
        "the wool rows do not judge a blanket");
  }

  @Test
  void theStandardIsNotInForceBeforeNovember2022() {
    String blanket = id("needle-punched-blanket");
    Map<String, Object> data = UnitProbe.data(PRODUCT, "needle-punched-blanket", INDICATOR, "200 kgce/t");
    UnitAssessment before = UnitProbe.assess(ENTERPRISE, KIND, LocalDate.of(2022, 10, 31), data);
    assertTrue(before.findings().stream().noneMatch(f -> f.entry().entryId().equals(blanket)),
        "not in force on 31 October 2022");
    UnitAssessment from = UnitProbe.assess(ENTERPRISE, KIND, LocalDate.of(2022, 11, 1), data);
    assertTrue(from.findings().stream().anyMatch(f -> f.entry().entryId().equals(blanket)
        && f.verdict() == Verdict.NON_COMPLIANT), "in force that day");
  }
}
