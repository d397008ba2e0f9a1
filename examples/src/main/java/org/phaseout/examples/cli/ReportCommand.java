package org.phaseout.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.ComplianceReport;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.lifecycle.TrackedCase;
import org.phaseout.reporting.AnnualReport;
import org.phaseout.reporting.AnnualReports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code phaseout report}: the annual report as HTML and JSON. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write the data of the annual report on backward-capacity exit (年度落后产能退出情况书面报告) for a "
        + "year, as a self-contained HTML page and as JSON.")
final class ReportCommand implements Callable<Integer> {

  @Option(names = "--year", required = true, paramLabel = "YYYY", description = "The reporting year.")
  int year;

  @Option(names = "--html", paramLabel = "FILE", description = "Write the HTML page to FILE.")
  Path html;

  @Option(names = "--json", paramLabel = "FILE", description = "Write the JSON data to FILE.")
  Path json;

  @Mixin
  CaseInputs inputs;

  @Mixin
  CatalogueOptions catalogues;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (html == null && json == null) {
      err.println("phaseout report: give --html FILE, --json FILE or both");
      return PhaseoutCommand.BAD_INPUT;
    }
    return CommandFailures.run("report", err, () -> {
      CatalogueSet set = catalogues.load();
      List<ProductionUnit> units = inputs.units(set);
      List<TrackedCase> cases = inputs.cases(set, units);
      ComplianceReport evaluation = ComplianceEvaluator.of(set).evaluate(units, LocalDate.of(year, 12, 31));
      AnnualReport report = AnnualReports.of(year, set, units, cases, Optional.of(evaluation), Optional.empty());
      if (html != null) {
        Files.writeString(html, AnnualReports.toHtml(report), StandardCharsets.UTF_8);
      }
      if (json != null) {
        Files.write(json, AnnualReports.toJson(report));
      }
      spec.commandLine().getOut().println("annual report " + year + ": " + report.totals().total() + " cases");
      return 0;
    });
  }
}
