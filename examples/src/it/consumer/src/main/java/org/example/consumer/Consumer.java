package org.example.consumer;

import java.time.LocalDate;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.ComplianceReport;
import org.phaseout.UnitStatus;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueException;
import org.phaseout.catalogue.Catalogues;
import org.phaseout.measure.Quantity;

/** Uses Phaseout as a dependency: loads the bundled catalogues and evaluates one boiler. */
public final class Consumer {

  private Consumer() {}

  public static void main(String[] args) throws CatalogueException {
    Enterprise enterprise = Enterprise.builder()
        .creditCode(CreditCode.parse("91500101PH00000014"))
        .name("示例热力有限公司（虚构）")
        .division(DivisionCode.parse("500101"))
        .industry(IndustryCode.parse("D4430"))
        .build();
    ProductionUnit boiler = ProductionUnit.builder()
        .id("boiler-1")
        .enterprise(enterprise)
        .kind("coal-fired-boiler")
        .ratedCapacity(Quantity.parse("6 t/h"))
        .putFacts("location.industrialPark", FactValue.of(true))
        .build();
    ComplianceReport report = ComplianceEvaluator.of(Catalogues.loadBundled())
        .evaluate(boiler, LocalDate.of(2025, 12, 31));
    UnitStatus status = report.units().get(0).status();
    if (status != UnitStatus.EXIT_REQUIRED) {
      throw new IllegalStateException("expected EXIT_REQUIRED but was " + status);
    }
    System.out.println("phaseout consumer: " + status + ", " + report.units().get(0).findings().size() + " findings");
  }
}
