package org.phaseout.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.ComplianceReport;
import org.phaseout.Finding;
import org.phaseout.InvalidInputException;
import org.phaseout.ProductionUnits;
import org.phaseout.UnitAssessment;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueException;
import org.phaseout.catalogue.CatalogueSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code phaseout evaluate}: evaluates units as of a date and writes the report. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Evaluate production units as of a date and write the report (JSON) or a readable table.")
final class EvaluateCommand implements Callable<Integer> {

  /** Where the bundled Chongqing dataset lies on the classpath. */
  static final String DATASET = "/org/phaseout/examples/dataset/chongqing-units.json";

  @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD", description = "Which law applies.")
  LocalDate asOf;

  @Option(names = "--known-at", paramLabel = "YYYY-MM-DD",
      description = "Ignore catalogue editions published after this date (default: the as-of date).")
  LocalDate knownAt;

  @Option(names = "--units", paramLabel = "FILE",
      description = "The units file: a units document (docs/units-format.md) or, if its name ends in .ndjson, one unit "
          + "per line with its enterprise object, or if it ends in .csv, a CSV export (docs/units-format.md); default: "
          + "the bundled Chongqing dataset.")
  Path units;

  @Option(names = "--format", defaultValue = "table", paramLabel = "json|ndjson|table",
      description = "Output format: the canonical JSON report, the report as NDJSON (a header line, then one line "
          + "per unit), or a table of units with their status and the entries they fail (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path out;

  @Option(names = "--explain", defaultValue = "FULL", paramLabel = "full|compact",
      description = "Full explanation trees, or compact findings (same verdicts and values; no summary or "
          + "explanation, and no action or departments when compliant: much smaller and faster). "
          + "Default: ${DEFAULT-VALUE}.")
  String explain;

  @Option(names = "--stream",
      description = "Stream NDJSON units (--units FILE.ndjson) to a streamed NDJSON report in bounded memory on "
          + "--threads threads: a header line, one line per unit in input order, a trailer line with the counts and "
          + "the entries cited (docs/report-format.md). Implies --format ndjson.")
  boolean stream;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads for --stream (default: the number of processors). The output does not depend on it.")
  Integer threads;

  @Mixin
  CatalogueOptions catalogues;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!List.of("json", "ndjson", "table").contains(format)) {
      err.println("phaseout evaluate: --format must be json, ndjson or table, not '" + format + "'");
      return PhaseoutCommand.BAD_INPUT;
    }
    CatalogueSet set;
    try {
      set = catalogues.load();
    } catch (CatalogueException e) {
      err.println("phaseout evaluate: " + e.getMessage());
      return PhaseoutCommand.BAD_CATALOGUES;
    }
    if (stream) {
      return stream(set, err);
    }
    try {
      List<ProductionUnit> input = units == null
          ? ProductionUnits.read("classpath:" + DATASET, dataset(), set.vocabulary())
          : units.toString().endsWith(".ndjson")
              ? ProductionUnits.readNdjson(units.toString(), Files.readAllBytes(units), set.vocabulary())
              : units.toString().endsWith(".csv")
                  ? ProductionUnits.readCsv(units.toString(), Files.readAllBytes(units), set.vocabulary())
                  : ProductionUnits.read(units, set.vocabulary());
      org.phaseout.ExplanationLevel level = explanationLevel(err);
      if (level == null) {
        return PhaseoutCommand.BAD_INPUT;
      }
      ProgressBar bar = new ProgressBar(err);
      ComplianceReport report = ComplianceEvaluator.builder().catalogues(set).explanation(level).progress(bar)
          .build().evaluate(input, asOf, knownAt == null ? asOf : knownAt);
      bar.finish();
      byte[] bytes = switch (format) {
        case "json" -> report.toJson();
        case "ndjson" -> report.toNdjson();
        default -> table(report).getBytes(StandardCharsets.UTF_8);
      };
      Output.write(out, bytes, spec.commandLine().getOut());
      return 0;
    } catch (InvalidInputException e) {
      err.println("phaseout evaluate: " + e.getMessage());
      return PhaseoutCommand.BAD_INPUT;
    } catch (IOException e) {
      err.println("phaseout evaluate: cannot read or write " + e.getMessage());
      return PhaseoutCommand.IO_ERROR;
    }
  }

  /** Parses {@code --explain}; prints the error and returns null if it is neither full nor compact. */
  private org.phaseout.ExplanationLevel explanationLevel(PrintWriter err) {
    try {
      return org.phaseout.ExplanationLevel.valueOf(explain.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println("phaseout evaluate: --explain must be full or compact, not '" + explain + "'");
      return null;
    }
  }

  private Integer stream(CatalogueSet set, PrintWriter err) {
    if (units == null || !units.toString().endsWith(".ndjson")) {
      err.println("phaseout evaluate: --stream needs --units FILE.ndjson");
      return PhaseoutCommand.BAD_INPUT;
    }
    org.phaseout.ExplanationLevel level = explanationLevel(err);
    if (level == null) {
      return PhaseoutCommand.BAD_INPUT;
    }
    ComplianceEvaluator.Builder builder = ComplianceEvaluator.builder().catalogues(set).explanation(level);
    if (threads != null) {
      builder.parallelism(threads);
    }
    ComplianceEvaluator evaluator;
    try {
      evaluator = builder.build();
    } catch (IllegalStateException e) {
      err.println("phaseout evaluate: --threads: " + e.getMessage());
      return PhaseoutCommand.BAD_INPUT;
    }
    try (InputStream in = Files.newInputStream(units);
        java.io.OutputStream target = out == null ? new java.io.FilterOutputStream(System.out) {
          @Override
          public void close() throws IOException {
            flush();
          }
        } : Files.newOutputStream(out);
        java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(target, 1 << 16)) {
      org.phaseout.BatchSummary summary = evaluator.evaluateNdjson(units.toString(), in, buffered, asOf,
          knownAt == null ? asOf : knownAt);
      err.println("phaseout evaluate: " + summary.units() + " units; " + summary.byStatus());
      return 0;
    } catch (InvalidInputException e) {
      err.println("phaseout evaluate: " + e.getMessage());
      return PhaseoutCommand.BAD_INPUT;
    } catch (IOException e) {
      err.println("phaseout evaluate: cannot read or write " + e.getMessage());
      return PhaseoutCommand.IO_ERROR;
    }
  }

  private static byte[] dataset() throws IOException {
    try (InputStream in = EvaluateCommand.class.getResourceAsStream(DATASET)) {
      if (in == null) {
        throw new IOException(DATASET + " (not on the classpath)");
      }
      return in.readAllBytes();
    }
  }

  /** One line per unit: id, kind, status, and the entries it fails or cannot be decided on. */
  static String table(ComplianceReport report) {
    StringBuilder sb = new StringBuilder();
    sb.append("as of ").append(report.asOf()).append(", known at ").append(report.knownAt()).append('\n');
    report.catalogues().forEach(c -> sb.append("  ").append(c.catalogueId()).append(": ")
        .append(c.state().name().toLowerCase(java.util.Locale.ROOT))
        .append(c.edition().map(e -> " " + e.edition()).orElse("")).append('\n'));
    sb.append(String.format(java.util.Locale.ROOT, "%-36s %-34s %-24s %s%n", "unit", "kind", "status", "failed"));
    for (UnitAssessment u : report.units()) {
      List<String> failed = u.findings().stream()
          .filter(f -> f.verdict() == org.phaseout.Verdict.NON_COMPLIANT).map(Finding::entry)
          .map(e -> e.entryId()).toList();
      sb.append(String.format(java.util.Locale.ROOT, "%-36s %-34s %-24s %s%n", u.unitId(), u.kind(), u.status(),
          String.join(" ", failed)));
    }
    return sb.toString();
  }
}
