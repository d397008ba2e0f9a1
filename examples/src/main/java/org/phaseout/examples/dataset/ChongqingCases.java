package org.phaseout.examples.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.ComplianceReport;
import org.phaseout.ExplanationLevel;
import org.phaseout.Finding;
import org.phaseout.ProductionUnits;
import org.phaseout.UnitAssessment;
import org.phaseout.Verdict;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.catalogue.Catalogues;
import org.phaseout.catalogue.DeadlineRule;
import org.phaseout.lifecycle.CaseEvent;
import org.phaseout.lifecycle.CaseFiles;
import org.phaseout.lifecycle.ExitEvidence;
import org.phaseout.lifecycle.RectificationCase;
import org.phaseout.lifecycle.TrackedCase;

/**
 * Generates the rectification cases of the bundled dataset, deterministically: for the dataset's non-compliant
 * findings as of {@link #AS_OF}, taken in unit and entry order, every third one gets a case whose events follow one of
 * a fixed list of histories — a deadline just passed, one on the as-of day or about to pass, an extension, a halt, a
 * passed or failed re-inspection, a verified exit, a revoked licence — so that every state and the yellow and red
 * lists and credit records all occur. Deadlines come from each entry's own rule; nothing here sets a period.
 *
 * <p>Regenerate with {@code mvn -B -ntp -q -pl examples test -Dtest=ChongqingDatasetTest
 * -Dphaseout.dataset.regenerate=true} (after {@code mvn -B -ntp -q install -DskipTests -pl core,catalogs -am}).
 */
public final class ChongqingCases {

  /** The date the cases are built around: the last day of the Chongqing 2025 plan's year. */
  public static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  /** Where the generated file lies, from the repository root. */
  public static final String RESOURCE = "examples/src/main/resources/org/phaseout/examples/dataset/chongqing-cases.json";

  /** Where the generated file lies on the classpath. */
  public static final String CLASSPATH_RESOURCE = "/org/phaseout/examples/dataset/chongqing-cases.json";

  private static final int HISTORIES = 8;

  private ChongqingCases() {}

  /**
   * Writes the cases file.
   *
   * @param args optionally the output path
   * @throws Exception if the catalogues, the dataset or the file cannot be read or written
   */
  public static void main(String[] args) throws Exception {
    CatalogueSet catalogues = Catalogues.loadBundled();
    Files.write(Path.of(args.length > 0 ? args[0] : RESOURCE), bytes(catalogues,
        ChongqingDataset.generate(catalogues)));
  }

  /**
   * The cases file for the dataset's units.
   *
   * @param catalogues the bundled catalogues
   * @param units the dataset's units
   * @return the canonical bytes
   */
  public static byte[] bytes(CatalogueSet catalogues, List<ProductionUnit> units) {
    return CaseFiles.write(generate(catalogues, units));
  }

  /**
   * Generates the cases.
   *
   * @param catalogues the bundled catalogues
   * @param units the dataset's units
   * @return the cases, in unit and entry order
   */
  public static List<TrackedCase> generate(CatalogueSet catalogues, List<ProductionUnit> units) {
    ComplianceReport report = ComplianceEvaluator.builder().catalogues(catalogues)
        .explanation(ExplanationLevel.COMPACT).build().evaluate(units, AS_OF);
    java.util.Map<String, ProductionUnit> byId = new java.util.HashMap<>();
    units.forEach(u -> byId.put(u.id(), u));
    List<TrackedCase> cases = new ArrayList<>();
    int n = 0;
    for (UnitAssessment a : report.units()) {
      for (Finding f : a.findings()) {
        if (f.verdict() != Verdict.NON_COMPLIANT || n++ % 3 != 0) {
          continue;
        }
        CatalogueEntry entry = catalogues.entry(f.entry().entryId()).orElseThrow();
        List<CaseEvent> events = history(cases.size() % HISTORIES, entry.consequence().deadline());
        cases.add(new TrackedCase(RectificationCase.of(a.unitId(), entry), byId.get(a.unitId()).enterprise(),
            events));
      }
    }
    return List.copyOf(cases);
  }

  /** The events of history number {@code h}, dated around {@link #AS_OF} by the entry's own deadline rule. */
  static List<CaseEvent> history(int h, DeadlineRule rule) {
    Optional<Period> period = rule instanceof DeadlineRule.AfterTrigger after ? Optional.of(after.period())
        : Optional.empty();
    Optional<Period> extension = rule instanceof DeadlineRule.AfterTrigger after ? after.extension()
        : Optional.empty();
    LocalDate notice = period.map(p -> AS_OF.minus(p)).orElse(LocalDate.of(2025, 6, 1));
    return switch (h) {
      // the deadline just passed
      case 0 -> List.of(new CaseEvent.NoticeIssued(notice.minusDays(1)));
      // the deadline falls on the as-of day or about to pass
      case 1 -> List.of(new CaseEvent.NoticeIssued(notice));
      case 2 -> List.of(new CaseEvent.NoticeIssued(notice.plusDays(10)));
      // an extension, where the rule allows one; otherwise a report awaiting re-inspection
      case 3 -> extension.isPresent()
          ? List.of(new CaseEvent.NoticeIssued(notice), new CaseEvent.ExtensionGranted(notice.plusDays(30),
              extension.get()))
          : List.of(new CaseEvent.NoticeIssued(notice), new CaseEvent.RectificationReported(notice.plusDays(30)));
      case 4 -> List.of(new CaseEvent.NoticeIssued(notice), new CaseEvent.ProductionHalted(notice.plusDays(5)));
      case 5 -> List.of(new CaseEvent.NoticeIssued(notice), new CaseEvent.RectificationReported(notice.plusDays(40)),
          new CaseEvent.ReinspectionPassed(notice.plusDays(60)));
      case 6 -> List.of(new CaseEvent.NoticeIssued(notice), new CaseEvent.ReinspectionFailed(notice.plusDays(60)),
          new CaseEvent.ExitVerified(notice.plusDays(90), ExitEvidence.dismantled()));
      default -> List.of(new CaseEvent.NoticeIssued(notice), new CaseEvent.ReinspectionFailed(notice.plusDays(60)),
          new CaseEvent.LicenceRevoked(notice.plusDays(80), "营业执照"));
    };
  }

  /**
   * Reads the committed cases file against the dataset.
   *
   * @param catalogues the bundled catalogues
   * @param units the dataset's units
   * @param json the file's bytes
   * @return the cases
   */
  public static List<TrackedCase> read(CatalogueSet catalogues, List<ProductionUnit> units, byte[] json) {
    java.util.Map<String, org.phaseout.capacity.Enterprise> enterprises = new java.util.TreeMap<>();
    units.forEach(u -> enterprises.put(u.enterprise().creditCode().toString(), u.enterprise()));
    return CaseFiles.read("chongqing-cases.json", json, catalogues, enterprises);
  }

  static List<ProductionUnit> units(CatalogueSet catalogues, byte[] dataset) {
    return ProductionUnits.read("chongqing-units.json", dataset, catalogues.vocabulary());
  }
}
