package org.phaseout.examples.benchmarks;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.ExplanationLevel;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.Action;
import org.phaseout.catalogue.CatalogueException;
import org.phaseout.catalogue.CatalogueSet;

/**
 * The shared rule spec ({@code ../shared/perf/RULESPEC.md}: 103 synthetic rules, 100,000 generated units), one
 * thread. Before timing, each engine's findings must give the spec's checksum; the score is units per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class RuleSpecBenchmark {

  static final int UNITS = 100_000;
  static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  /** The spec's figures for 100,000 units: the number of findings and the SHA-256 of the sorted lines. */
  static final String CHECKSUM = "48609 e7a5fd7227775ea5c1179e8720418281a9cead83bb5968023dffae6df826d41e";

  private List<RuleSpecUnits.SpecUnit> units;
  private List<ProductionUnit> productionUnits;
  private ComplianceEvaluator compact;
  private ComplianceEvaluator full;

  @Setup(Level.Trial)
  public void setUp() throws CatalogueException, IOException {
    units = RuleSpecUnits.generate(UNITS);
    check("hand-written Java", HandWrittenRules.checksum(HandWrittenRules.lines(units)));
    productionUnits = units.stream().map(RuleSpecCatalogue::unit).toList();
    CatalogueSet catalogues = RuleSpecCatalogue.load();
    compact = ComplianceEvaluator.builder().catalogues(catalogues).explanation(ExplanationLevel.COMPACT)
        .parallelism(1).build();
    full = ComplianceEvaluator.builder().catalogues(catalogues).explanation(ExplanationLevel.FULL)
        .parallelism(1).build();
    check("Phaseout compact", HandWrittenRules.checksum(phaseoutLines(compact)));
    check("Phaseout full", HandWrittenRules.checksum(phaseoutLines(full)));
  }

  static void check(String engine, String checksum) {
    if (!checksum.equals(CHECKSUM)) {
      throw new IllegalStateException(engine + " gives " + checksum + ", the spec " + CHECKSUM);
    }
  }

  /** Phaseout's findings as checksum lines: non-compliant findings by their action, undecided ones, no passes. */
  private List<String> phaseoutLines(ComplianceEvaluator evaluator) {
    List<String> lines = new ArrayList<>();
    evaluator.evaluateEach(productionUnits.iterator(), AS_OF, AS_OF, a -> a.findings().forEach(f -> {
      String rule = f.entry().entryId().substring(RuleSpecCatalogue.PREFIX.length());
      switch (f.verdict()) {
        case NON_COMPLIANT -> lines.add(a.unitId() + " " + rule + " "
            + (f.action() == Action.RECTIFY ? "RECTIFY" : "EXIT"));
        case INSUFFICIENT_DATA -> lines.add(a.unitId() + " " + rule + " INSUFFICIENT_DATA");
        default -> { }
      }
    }));
    return lines;
  }

  /** Phaseout with compact findings (verdict, cited entry, measured against threshold), one thread. */
  @Benchmark
  @OperationsPerInvocation(UNITS)
  public void phaseoutCompact(Blackhole hole) {
    compact.evaluateEach(productionUnits.iterator(), AS_OF, AS_OF, hole::consume);
  }

  /** Phaseout with the full explanation trace, one thread. */
  @Benchmark
  @OperationsPerInvocation(UNITS)
  public void phaseoutFull(Blackhole hole) {
    full.evaluateEach(productionUnits.iterator(), AS_OF, AS_OF, hole::consume);
  }

  /** Hand-written if/else Java, bare findings: the practical limit. */
  @Benchmark
  @OperationsPerInvocation(UNITS)
  public int handWritten() {
    List<String> findings = new ArrayList<>(4);
    int fired = 0;
    for (RuleSpecUnits.SpecUnit u : units) {
      findings.clear();
      fired += HandWrittenRules.evaluate(u, findings);
    }
    return fired;
  }
}
