package org.phaseout.examples.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
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
import org.phaseout.BatchSummary;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.ExplanationLevel;
import org.phaseout.catalogue.CatalogueException;
import org.phaseout.catalogue.Catalogues;

/**
 * NDJSON in to NDJSON out ({@code evaluateNdjson}) with compact findings on every processor, the report written to a
 * discarding stream, so the score is parsing, evaluation and serialisation without disk: units per second for
 * 100,000 units of the dataset's mix per operation, and seconds for 1,000,000 generated units. The same million
 * written to a file is the CLI command in {@code docs/benchmarks.md}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@State(Scope.Benchmark)
public class NdjsonStreamBenchmark {

  static final int UNITS = 100_000;
  static final int MILLION = 1_000_000;

  private byte[] input;
  private ComplianceEvaluator evaluator;

  @Setup(Level.Trial)
  public void setUp() throws CatalogueException, IOException {
    input = BundledDataset.ndjson(UNITS);
    evaluator = ComplianceEvaluator.builder().catalogues(Catalogues.loadBundled())
        .explanation(ExplanationLevel.COMPACT).build();
  }

  /**
   * The end-to-end run inside the suite: 1,000,000 units made on the fly ({@link GeneratedNdjson}), evaluated
   * into a discarded streamed report with {@code -Xmx512m}; the score is seconds for the million.
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 2)
  public BatchSummary ndjsonToNdjsonMillion() throws IOException {
    BatchSummary summary = evaluator.evaluateNdjson("units.ndjson", GeneratedNdjson.of(MILLION),
        OutputStream.nullOutputStream(), EvaluationBenchmark.AS_OF, EvaluationBenchmark.AS_OF);
    if (summary.units() != MILLION) {
      throw new IllegalStateException("evaluated " + summary.units() + " units, not " + MILLION);
    }
    return summary;
  }

  @Benchmark
  @OperationsPerInvocation(UNITS)
  public BatchSummary ndjsonToNdjson() throws IOException {
    return evaluator.evaluateNdjson("units.ndjson", new ByteArrayInputStream(input), OutputStream.nullOutputStream(),
        EvaluationBenchmark.AS_OF, EvaluationBenchmark.AS_OF);
  }
}
