package org.phaseout.examples.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The shared rule spec on Drools 10.2.0 (classic engine): one stateful KieSession per trial, each unit inserted,
 * fired and deleted, one thread, 100,000 units. Before timing, the session's findings must give the spec's checksum.
 * Drools needs seconds of JIT warm-up before it settles, so this runs more warm-up iterations and forks than
 * {@link RuleSpecBenchmark}; the score is units per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
@State(Scope.Benchmark)
public class RuleSpecDroolsBenchmark {

  private List<DroolsUnit> units;
  private final List<String> findings = new ArrayList<>(4);
  private KieSession session;

  @Setup(Level.Trial)
  public void setUp() {
    units = RuleSpecUnits.generate(RuleSpecBenchmark.UNITS).stream().map(DroolsUnit::new).toList();
    long start = System.nanoTime();
    KieBase base = DroolsRules.kieBase();
    System.out.printf("Drools rule base built in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    session = DroolsRules.session(base, findings);
    RuleSpecBenchmark.check("Drools session", HandWrittenRules.checksum(DroolsRules.lines(session, findings, units)));
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    session.dispose();
  }

  /** Drools 10.2.0, one stateful session: insert, fireAllRules, delete per unit; bare findings as strings. */
  @Benchmark
  @OperationsPerInvocation(RuleSpecBenchmark.UNITS)
  public int droolsSession() {
    int fired = 0;
    for (DroolsUnit u : units) {
      findings.clear();
      fired += DroolsRules.evaluate(session, u);
    }
    return fired;
  }
}
