package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.measure.Quantity;

/** 《长江保护法》第二十六条: no new or expanded chemical project within one kilometre (范围内, the limit included). */
class YangtzeRuleTest {

  private static final String ID = "cn-yangtze-2020.art26.chemical-project-1km";
  private static final ComplianceEvaluator EVALUATOR = ComplianceEvaluator.of(BundledData.catalogues());

  private static Optional<Finding> finding(String type, String distance, LocalDate asOf) {
    Enterprise e = Enterprise.builder().creditCode(CreditCode.parse("91500115PH0000006W")).name("示例化工有限公司（虚构）")
        .division(DivisionCode.parse("500115")).industry(IndustryCode.parse("C2614")).build();
    ProductionUnit.Builder b = ProductionUnit.builder().id("p").enterprise(e).kind("chemical-project");
    if (type != null) {
      b.putFacts("project.type", FactValue.of(type));
    }
    if (distance != null) {
      b.putFacts("location.distanceToYangtzeBank", FactValue.of(Quantity.parse(distance)));
    }
    return EVALUATOR.evaluate(b.build(), asOf).units().get(0).findings().stream()
        .filter(f -> f.entry().entryId().equals(ID)).findFirst();
  }

  @Test
  void theLawIsInForceFrom1March2021() {
    CatalogueEdition law = BundledData.catalogues().editions().stream()
        .filter(e -> e.key().equals("cn-yangtze-river-protection-law@2020")).findFirst().orElseThrow();
    assertEquals(LocalDate.of(2020, 12, 26), law.published());
    assertEquals(LocalDate.of(2021, 3, 1), law.validity().start());
    assertTrue(finding("new", "0.5 km", LocalDate.of(2021, 2, 28)).isEmpty(), "not yet in force");
  }

  @Test
  void aNewProjectAtExactlyOneKilometreFallsUnderTheBan() {
    LocalDate asOf = LocalDate.of(2025, 12, 31);
    assertEquals(Verdict.NON_COMPLIANT, finding("new", "1 km", asOf).orElseThrow().verdict(), "范围内 includes 1 km");
    assertEquals(Verdict.NON_COMPLIANT, finding("expansion", "800 m", asOf).orElseThrow().verdict());
    assertEquals(Verdict.COMPLIANT, finding("new", "1.01 km", asOf).orElseThrow().verdict());
    assertEquals(Verdict.INSUFFICIENT_DATA, finding("new", null, asOf).orElseThrow().verdict());
  }

  @Test
  void existingPlantsAreNotJudgedByThisRuleAndAnUnknownTypeIsNotAPass() {
    LocalDate asOf = LocalDate.of(2025, 12, 31);
    assertTrue(finding("existing", "0.2 km", asOf).isEmpty());
    assertEquals(Verdict.INSUFFICIENT_DATA, finding(null, "0.2 km", asOf).orElseThrow().verdict());
    assertEquals(Verdict.COMPLIANT, finding(null, "3 km", asOf).orElseThrow().verdict(),
        "beyond 1 km the ban cannot apply, whatever the project type");
  }
}
