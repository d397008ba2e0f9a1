package org.phaseout.examples.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.phaseout.catalogue.CatalogueException;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.catalogue.Catalogues;

/** Loading the bundled catalogues (加载内置目录): parse, validate and index every file. Target ≤ 300 ms. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CatalogueLoadBenchmark {

  /** Warmed: the JVM has loaded the bundle before. */
  @Benchmark
  public CatalogueSet loadBundled() throws CatalogueException {
    return Catalogues.loadBundled();
  }

  /** Cold: the first load in a fresh JVM, as an embedding service sees it at start-up. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(5)
  public CatalogueSet loadBundledCold() throws CatalogueException {
    return Catalogues.loadBundled();
  }
}
