package org.phaseout.examples.benchmarks;

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

  /** The spec's figures for 100,000 units: the number of findings and the SHA-256 of the sorted lines. */
  static final String CHECKSUM = "48609 e7a5fd7227775ea5c1179e8720418281a9cead83bb5968023dffae6df826d41e";

  private List<RuleSpecUnits.SpecUnit> units;

  @Setup(Level.Trial)
  public void setUp() {
    units = RuleSpecUnits.generate(UNITS);
    String handWritten = HandWrittenRules.checksum(HandWrittenRules.lines(units));
    if (!handWritten.equals(CHECKSUM)) {
      throw new IllegalStateException("hand-written Java gives " + handWritten + ", the spec " + CHECKSUM);
    }
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
