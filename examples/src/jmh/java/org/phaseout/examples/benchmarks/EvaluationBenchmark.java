package org.phaseout.examples.benchmarks;

import java.io.IOException;
import java.time.LocalDate;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.ComplianceReport;
import org.phaseout.ExplanationLevel;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueException;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.catalogue.Catalogues;

/**
 * Evaluation on the bundled catalogues and the bundled dataset's unit mix (2,000 units or more, every unit kind an
 * entry applies to: its units at every limit are never thinned out, so it grows with the catalogues), with compact
 * findings and with the full trace.
 */
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class EvaluationBenchmark {

  static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  /** The dataset's size when its edge cases fit: it has at least this many units. */
  static final int DATASET_UNITS = 2000;

  @Param({"COMPACT", "FULL"})
  public ExplanationLevel level;

  private List<ProductionUnit> units;
  private ComplianceEvaluator oneThread;
  private ComplianceEvaluator allCores;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws CatalogueException, IOException {
    CatalogueSet catalogues = Catalogues.loadBundled();
    units = BundledDataset.units(catalogues.vocabulary());
    if (units.size() < DATASET_UNITS) {
      throw new IllegalStateException("the bundled dataset has " + units.size() + " units, fewer than "
          + DATASET_UNITS);
    }
    oneThread = ComplianceEvaluator.builder().catalogues(catalogues).explanation(level).parallelism(1).build();
    allCores = ComplianceEvaluator.builder().catalogues(catalogues).explanation(level).build();
  }

  /** One unit per call, as an embedding system evaluates per request: the whole report with its receipt. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public ComplianceReport singleUnit() {
    ProductionUnit unit = units.get(next);
    next = (next + 1) % units.size();
    return oneThread.evaluate(unit, AS_OF);
  }

  /** The dataset's unit mix streamed through {@code evaluateEach} on one thread; the score is units per second. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(DATASET_UNITS)
  public void throughputOneThread(Blackhole hole) {
    oneThread.evaluateEach(units.iterator(), AS_OF, AS_OF, hole::consume);
  }

  /** The same on every processor. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(DATASET_UNITS)
  public void throughputAllCores(Blackhole hole) {
    allCores.evaluateEach(units.iterator(), AS_OF, AS_OF, hole::consume);
  }
}
