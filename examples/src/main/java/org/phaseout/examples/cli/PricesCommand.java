package org.phaseout.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.ComplianceReport;
import org.phaseout.ExplanationLevel;
import org.phaseout.ProductionUnits;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.pricing.ElectricityPricing;
import org.phaseout.pricing.PriceMeasure;
import org.phaseout.pricing.PriceNotices;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code phaseout prices}: the electricity-price measures of evaluated units, for the grid company. */
@Command(name = "prices", mixinStandardHelpOptions = true,
    description = "Evaluate units and write their electricity-price measures (差别电价, 阶梯电价): the surcharge per "
        + "kWh, the consumption it is charged on, the amount and the arithmetic, as CSV or JSON.")
final class PricesCommand implements Callable<Integer> {

  @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD",
      description = "A day of the period whose consumption is priced: it selects the bases in force.")
  LocalDate asOf;

  @Option(names = "--units", required = true, paramLabel = "FILE",
      description = "The units file (docs/units-format.md).")
  Path units;

  @Mixin
  SheetOutput output;

  @Mixin
  CatalogueOptions catalogues;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!output.isValid()) {
      err.println("phaseout prices: --format must be csv or json");
      return PhaseoutCommand.BAD_INPUT;
    }
    return CommandFailures.run("prices", err, () -> {
      CatalogueSet set = catalogues.load();
      List<ProductionUnit> read = ProductionUnits.read(units, set.vocabulary());
      // compact findings decide exactly as full ones; the measures carry their own arithmetic
      ComplianceReport report = ComplianceEvaluator.builder().catalogues(set)
          .explanation(ExplanationLevel.COMPACT).build().evaluate(read, asOf);
      List<PriceMeasure> measures = ElectricityPricing.of(set).assess(report, read);
      output.write(() -> PriceNotices.toCsv(measures), () -> PriceNotices.toJson(asOf, measures),
          spec.commandLine().getOut());
      return 0;
    });
  }
}
