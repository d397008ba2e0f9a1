package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.ComplianceReport;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.catalogue.Catalogues;
import org.phaseout.measure.Quantity;

class SmokeTest {
  @Test
  void smoke() throws Exception {
    CatalogueSet set = Catalogues.loadBundled();
    Enterprise e = Enterprise.builder().creditCode(CreditCode.parse("91500101MAABXQBG7Q")).name("示例企业（虚构）")
        .division(DivisionCode.parse("500101")).industry(IndustryCode.parse("C1310")).build();
    ProductionUnit u = ProductionUnit.builder().id("b1").enterprise(e).kind("coal-fired-boiler")
        .ratedCapacity(Quantity.parse("6 t/h")).putFacts("location.industrialPark", FactValue.of(true)).build();
    ComplianceReport r = ComplianceEvaluator.of(set).evaluate(u, LocalDate.of(2025, 12, 31));
    System.out.println(r.toJsonString());
    assertNotNull(r);
  }
}
