package org.phaseout.examples;

import java.time.LocalDate;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.ComplianceReport;
import org.phaseout.Finding;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueException;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.catalogue.Catalogues;
import org.phaseout.measure.Quantity;

/** The usage example of README.md, compiled and run by {@code ReadmeExampleTest} so it stays true. */
public final class ReadmeExample {

  private ReadmeExample() {}

  /**
   * Evaluates a 6 t/h coal-fired boiler in an industrial park and prints its findings.
   *
   * @param args ignored
   * @throws CatalogueException if the bundled catalogues are invalid
   */
  public static void main(String[] args) throws CatalogueException {
    // readme-example:start
    CatalogueSet catalogues = Catalogues.loadBundled();
    ComplianceEvaluator evaluator = ComplianceEvaluator.of(catalogues);

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

    ComplianceReport report = evaluator.evaluate(boiler, LocalDate.of(2025, 12, 31));
    for (Finding finding : report.units().get(0).findings()) {
      System.out.println(finding.verdict() + " " + finding.entry().reference());
      System.out.println("  " + finding.entry().text().zh());
      System.out.println("  measured " + finding.measured().orElse(null)
          + " against " + finding.threshold().orElse(null) + " " + finding.thresholdWording().orElse(""));
      System.out.println("  action " + finding.actionText().zh() + ", deadline "
          + finding.deadline().map(Object::toString).orElse(finding.deadlineRule()));
      System.out.println("  lead " + finding.departments().lead().stream().map(d -> d.zh()).toList());
    }
    System.out.println(report.units().get(0).status()); // EXIT_REQUIRED
    // readme-example:end
  }
}
