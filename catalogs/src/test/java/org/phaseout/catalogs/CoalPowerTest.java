package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.Action;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.LocalizedText;
import org.phaseout.catalogue.VerificationLevel;
import org.phaseout.measure.Quantity;

/**
 * Coal power: the only sourced unit rule, 发改能源〔2017〕1404号 “依法依规关停不符合强制性标准的机组”, names no standard
 * and no threshold, so it is a manual entry; no capacity, age or coal-consumption criterion is sourced.
 */
class CoalPowerTest {

  private static final String ENTRY = "cn-coal-1404-2017.close-units-failing-mandatory-standards";
  private static final ComplianceEvaluator EVALUATOR = ComplianceEvaluator.of(BundledData.catalogues());
  private static final Enterprise CHONGQING = Enterprise.builder()
      .creditCode(CreditCode.parse("91500101QA00000239")).name("渝东示例发电有限公司（虚构）")
      .division(DivisionCode.parse("500101")).industry(IndustryCode.parse("D4411")).build();

  private static Finding finding(String capacity) {
    ProductionUnit.Builder b = ProductionUnit.builder().id("unit-3").enterprise(CHONGQING)
        .kind("coal-fired-generating-unit");
    if (capacity != null) {
      b.ratedCapacity(Quantity.parse(capacity));
    }
    return EVALUATOR.evaluate(b.build(), LocalDate.of(2025, 12, 31)).units().get(0).findings().stream()
        .filter(f -> f.entry().entryId().equals(ENTRY)).findFirst()
        .orElseThrow(() -> new AssertionError(ENTRY + " gave no finding"));
  }

  @Test
  void everyCoalUnitNeedsAManualAssessmentWhateverItsSize() {
    for (String capacity : new String[] {"25 MW", "300 MW", "1000 MW", null}) {
      Finding f = finding(capacity);
      assertEquals(Verdict.INSUFFICIENT_DATA, f.verdict(), String.valueOf(capacity));
      assertTrue(f.explanation().text().zh().contains("人工研判"));
      assertEquals(Action.CLOSE, f.action());
      assertTrue(f.deadline().isEmpty());
    }
  }

  @Test
  void chongqingAssignsCoalPowerExitToTheEconomyCommissionWithTheDistricts() {
    Finding f = finding("300 MW");
    assertEquals(List.of("市经济信息委"), f.departments().lead().stream().map(LocalizedText::zh).toList());
    assertTrue(f.departments().basis().orElseThrow().contains("一、（五）4"));
    assertEquals(1, f.departments().implementing().size());
  }

  @Test
  void theOpinionIsDatedAndItsEntryHasNoCriterion() {
    CatalogueEntry entry = BundledData.catalogues().entry(ENTRY).orElseThrow();
    assertTrue(entry.criterion().isEmpty());
    assertEquals("依法依规关停不符合强制性标准的机组", entry.text().zh());
    assertEquals(VerificationLevel.SECONDARY, entry.provenance().verification());
    assertTrue(entry.provenance().note().orElseThrow().contains("431号"), "the missing criteria are named");
    CatalogueEdition opinion = BundledData.catalogues().editions().stream()
        .filter(e -> e.key().equals("cn-coal-power-overcapacity-opinion@2017")).findFirst().orElseThrow();
    assertEquals("发改能源〔2017〕1404号", opinion.documentNumber());
    assertEquals(LocalDate.of(2017, 8, 14), opinion.published());
    assertEquals(Optional.empty(), opinion.validity().end());
  }
}
