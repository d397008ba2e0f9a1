package org.phaseout.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.ComplianceReport;
import org.phaseout.ExplanationLevel;
import org.phaseout.Finding;
import org.phaseout.InvalidInputException;
import org.phaseout.ProductionUnits;
import org.phaseout.UnitAssessment;
import org.phaseout.Verdict;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueException;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.catalogue.CatalogueStatus;
import org.phaseout.catalogue.Catalogues;
import org.phaseout.pricing.ElectricityPricing;
import org.phaseout.pricing.PriceMeasure;
import org.phaseout.pricing.PriceNotices;

/**
 * The main job on the bundled data: loads the bundled catalogues, evaluates a units file (by default the bundled
 * Chongqing dataset of about 2,000 units) as of a date, prints a readable summary, writes the report — canonical JSON with
 * full explanations when the file name ends in {@code .json}, or NDJSON with compact findings when it ends in
 * {@code .ndjson} — the electricity-price measures for the grid company as CSV beside it, and, for the bundled dataset
 * or sample, the annual report of their bundled cases as a self-contained HTML page.
 *
 * <pre>
 * EvaluateSample [--as-of 2025-12-31] [--units units.json|--sample] [--out report.json|report.ndjson]
 * </pre>
 *
 * <p>Exit codes: 0 done, 2 bad arguments or input, 3 invalid catalogues.
 */
public final class EvaluateSample {

  /** The as-of date used when none is given: the last day of the Chongqing 2025 plan's year. */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2025, 12, 31);

  private EvaluateSample() {}

  /**
   * Runs the job.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /**
   * Runs the job, writing to the given streams.
   *
   * @param args the arguments
   * @param out where the summary goes
   * @param err where errors go
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    LocalDate asOf = DEFAULT_AS_OF;
    Path units = null;
    boolean sampleUnits = false;
    Path report = Path.of("examples", "target", "phaseout-report.ndjson");
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--as-of" -> asOf = LocalDate.parse(value(args, ++i, "--as-of"));
          case "--units" -> units = Path.of(value(args, ++i, "--units"));
          case "--sample" -> sampleUnits = true;
          case "--out" -> report = Path.of(value(args, ++i, "--out"));
          default -> throw new IllegalArgumentException("unknown argument '" + args[i]
              + "'; usage: EvaluateSample [--as-of YYYY-MM-DD] [--units FILE | --sample] [--out FILE]");
        }
      }
    } catch (IllegalArgumentException | DateTimeParseException e) {
      err.println("phaseout: " + e.getMessage());
      return 2;
    }
    CatalogueSet catalogues;
    try {
      catalogues = Catalogues.loadBundled();
    } catch (CatalogueException e) {
      err.println("phaseout: " + e.getMessage());
      return 3;
    }
    try {
      List<ProductionUnit> input = units != null ? ProductionUnits.read(units, catalogues.vocabulary())
          : sampleUnits
              ? ProductionUnits.read("classpath:sample-units.json", resource("sample-units.json"),
                  catalogues.vocabulary())
              : ProductionUnits.read("classpath:" + DATASET, resource(DATASET), catalogues.vocabulary());
      boolean ndjson = report.toString().endsWith(".ndjson");
      ComplianceReport result = ComplianceEvaluator.builder().catalogues(catalogues)
          .explanation(ndjson ? ExplanationLevel.COMPACT : ExplanationLevel.FULL).build().evaluate(input, asOf);
      print(result, out);
      Path parent = report.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(report, ndjson ? result.toNdjson() : result.toJson());
      out.println("Report written to " + report);
      List<PriceMeasure> prices = ElectricityPricing.of(catalogues).assess(result, input);
      Path pricesCsv = report.resolveSibling("phaseout-price-measures.csv");
      Files.write(pricesCsv, PriceNotices.toCsv(prices));
      out.println("Electricity-price measures for the grid company (" + prices.size() + ") written to " + pricesCsv);
      if (units == null) {
        Path html = report.resolveSibling("phaseout-annual-report.html");
        String cases = sampleUnits ? "sample-cases.json" : "dataset/chongqing-cases.json";
        Files.writeString(html, annualReport(catalogues, input, cases, asOf), java.nio.charset.StandardCharsets.UTF_8);
        out.println("Annual report of the bundled cases written to " + html);
      }
      return 0;
    } catch (InvalidInputException e) {
      err.println("phaseout: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("phaseout: cannot read or write a file: " + e.getMessage());
      return 2;
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static String annualReport(CatalogueSet catalogues, List<ProductionUnit> units, String resource,
      LocalDate asOf) throws IOException {
    byte[] cases = resource(resource);
    java.util.Map<String, org.phaseout.capacity.Enterprise> enterprises = new java.util.TreeMap<>();
    units.forEach(u -> enterprises.put(u.enterprise().creditCode().toString(), u.enterprise()));
    List<org.phaseout.lifecycle.TrackedCase> tracked = org.phaseout.lifecycle.CaseFiles.read(
        "classpath:" + resource, cases, catalogues, enterprises,
        org.phaseout.lifecycle.StatutoryRestDays.loadBundled());
    int year = asOf.getYear();
    ComplianceReport yearEnd = ComplianceEvaluator.of(catalogues).evaluate(units, LocalDate.of(year, 12, 31));
    return org.phaseout.reporting.AnnualReports.toHtml(org.phaseout.reporting.AnnualReports.of(year, catalogues,
        units, tracked, java.util.Optional.of(yearEnd), java.util.Optional.empty()));
  }

  /** The bundled dataset on the classpath. */
  static final String DATASET = "/org/phaseout/examples/dataset/chongqing-units.json";

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = EvaluateSample.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("the bundled " + name + " is missing from the classpath");
      }
      return in.readAllBytes();
    }
  }

  static void print(ComplianceReport report, PrintStream out) {
    header(report, out);
    if (report.units().size() > 50) {
      summary(report, out);
      return;
    }
    report.coverage().forEach(c -> out.println("  coverage " + c.key() + ": " + c.entriesEncoded() + " entries encoded"
        + c.itemsInOfficialText().map(n -> " of " + n + " items in the official text").orElse("")));
    report.units().forEach(u -> printUnit(u, out));
    out.println();
  }

  private static void header(ComplianceReport report, PrintStream out) {
    out.println("Phaseout " + report.receipt().engineVersion() + " — evaluation as of " + report.asOf());
    for (CatalogueStatus s : report.catalogues()) {
      out.println("  catalogue " + s.catalogueId() + ": " + s.state()
          + s.edition().map(e -> " (" + e.edition() + ", " + e.documentNumber() + ")").orElse(""));
    }
  }

  /** For large batches: counts per status and the first units that must exit. */
  private static void summary(ComplianceReport report, PrintStream out) {
    java.util.Map<org.phaseout.UnitStatus, Long> counts = new java.util.EnumMap<>(org.phaseout.UnitStatus.class);
    report.units().forEach(u -> counts.merge(u.status(), 1L, Long::sum));
    out.println();
    out.println(report.units().size() + " units:");
    counts.forEach((status, n) -> out.println("  " + status + ": " + n));
    out.println();
    out.println("First units that must exit:");
    report.units().stream().filter(u -> u.status() == org.phaseout.UnitStatus.EXIT_REQUIRED).limit(5)
        .forEach(u -> printUnit(u, out));
    out.println();
  }

  private static void printUnit(UnitAssessment unit, PrintStream out) {
    out.println();
    out.println(unit.unitId() + " (" + unit.kind() + ", " + unit.enterpriseName() + "): " + unit.status());
    for (Finding f : unit.findings()) {
      if (f.verdict() != Verdict.COMPLIANT) {
        out.println("  - " + f.verdict() + " " + f.entry().entryId());
        out.println("    " + f.summary().zh());
      }
    }
  }
}
