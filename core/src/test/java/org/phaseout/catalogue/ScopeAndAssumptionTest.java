package org.phaseout.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogue.CatalogueFixtures.CHONGQING_2025;
import static org.phaseout.catalogue.CatalogueFixtures.VOCABULARY;
import static org.phaseout.catalogue.CatalogueFixtures.assertSays;
import static org.phaseout.catalogue.CatalogueFixtures.edit;
import static org.phaseout.catalogue.CatalogueFixtures.loadFails;
import static org.phaseout.catalogue.CatalogueFixtures.loaderWith;
import static org.phaseout.catalogue.CatalogueFixtures.problemAt;

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
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.measure.Quantity;

/**
 * {@code applies.when} narrows an entry to the units it speaks about (false: no finding), and {@code assumes} marks
 * the case a criterion encodes (not true: insufficient data, never compliant). The entry used is the real Chongqing
 * 10 t/h boiler task; the scope and assumption added to it are test variants built from vocabulary facts, not
 * catalogue content.
 */
class ScopeAndAssumptionTest {

  private static final String ID = "cq-2025.environment.coal-boiler-10th";
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  private static ComplianceEvaluator evaluator(String pointer, String json) throws CatalogueException {
    byte[] plan = edit(CHONGQING_2025).set(pointer, json).bytes();
    return ComplianceEvaluator.of(loaderWith(VOCABULARY).addJson(CHONGQING_2025, plan).load());
  }

  private static Optional<Finding> finding(ComplianceEvaluator evaluator, String capacity, Boolean park) {
    Enterprise e = Enterprise.builder().creditCode(CreditCode.parse("91500101PH00000014")).name("示例（虚构）")
        .division(DivisionCode.parse("500101")).industry(IndustryCode.parse("D4430")).build();
    ProductionUnit.Builder b = ProductionUnit.builder().id("b").enterprise(e).kind("coal-fired-boiler");
    if (capacity != null) {
      b.ratedCapacity(Quantity.parse(capacity));
    }
    if (park != null) {
      b.putFacts("location.industrialPark", FactValue.of(park));
    }
    return evaluator.evaluate(b.build(), AS_OF).units().get(0).findings().stream()
        .filter(f -> f.entry().entryId().equals(ID)).findFirst();
  }

  private static final String IN_PARK = "{\"fact\": \"location.industrialPark\", \"op\": \"=\", \"value\": true}";

  @Test
  void anEntryWhoseScopeIsFalseGivesNoFinding() throws Exception {
    ComplianceEvaluator evaluator = evaluator("/entries/1/applies/when", IN_PARK);
    assertTrue(finding(evaluator, "6 t/h", false).isEmpty(), "outside the scope the entry does not speak");
    assertEquals(Verdict.NON_COMPLIANT, finding(evaluator, "6 t/h", true).orElseThrow().verdict());
    assertEquals(Verdict.COMPLIANT, finding(evaluator, "20 t/h", true).orElseThrow().verdict());
  }

  @Test
  void anUnknownScopeIsInsufficientDataUnlessTheCriterionIsFalseAnyway() throws Exception {
    ComplianceEvaluator evaluator = evaluator("/entries/1/applies/when", IN_PARK);
    Finding unknown = finding(evaluator, "6 t/h", null).orElseThrow();
    assertEquals(Verdict.INSUFFICIENT_DATA, unknown.verdict());
    assertEquals(List.of("scope", "criterion"), unknown.explanation().parts().stream()
        .map(p -> p.text().en().substring(0, p.text().en().indexOf(':'))).toList());
    assertEquals(Verdict.COMPLIANT, finding(evaluator, "20 t/h", null).orElseThrow().verdict(),
        "a 20 t/h boiler passes the 10 t/h rule whether or not the rule applies to it");
  }

  @Test
  void outsideTheEncodedCaseTheFindingIsNeverCompliant() throws Exception {
    ComplianceEvaluator evaluator = evaluator("/entries/1/assumes", IN_PARK);
    assertEquals(Verdict.NON_COMPLIANT, finding(evaluator, "6 t/h", true).orElseThrow().verdict());
    assertEquals(Verdict.COMPLIANT, finding(evaluator, "20 t/h", true).orElseThrow().verdict());
    Finding outside = finding(evaluator, "20 t/h", false).orElseThrow();
    assertEquals(Verdict.INSUFFICIENT_DATA, outside.verdict(), "the limit is adjusted outside the encoded case");
    assertTrue(outside.explanation().parts().get(0).text().zh().startsWith("本条目所编码的情形"));
    assertEquals(Verdict.INSUFFICIENT_DATA, finding(evaluator, "20 t/h", null).orElseThrow().verdict());
  }

  @Test
  void aManualEntryCannotCarryAnAssumption() throws Exception {
    byte[] plan = edit(CHONGQING_2025).remove("/entries/1/criterion").set("/entries/1/assumes", IN_PARK).bytes();
    CatalogueException e = loadFails(loaderWith(VOCABULARY).addJson(CHONGQING_2025, plan));
    assertSays(problemAt(e.problems(), CHONGQING_2025, "/entries/1/assumes"), "manual");
  }

  @Test
  void scopeAndAssumptionUseTheVocabularyLikeAnyCriterion() throws Exception {
    byte[] plan = edit(CHONGQING_2025).set("/entries/1/applies/when",
        "{\"fact\": \"location.nowhere\", \"op\": \"=\", \"value\": true}").bytes();
    CatalogueException e = loadFails(loaderWith(VOCABULARY).addJson(CHONGQING_2025, plan));
    assertSays(problemAt(e.problems(), CHONGQING_2025, "/entries/1/applies/when/fact"), "location.nowhere");
  }
}
