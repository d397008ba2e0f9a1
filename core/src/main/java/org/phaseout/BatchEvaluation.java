package org.phaseout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.Vocabulary;
import org.phaseout.internal.json.CanonicalJson;
import org.phaseout.internal.json.Problems;
import org.phaseout.internal.json.ReportJson;
import org.phaseout.internal.json.UnitLines;

/**
 * The streaming batch pipeline behind {@link ComplianceEvaluator#evaluateEach} and
 * {@link ComplianceEvaluator#evaluateNdjson}: input is cut into chunks, at most {@code 2 × parallelism} chunks are in
 * flight, and results are handed on strictly in input order, so the output does not depend on the thread count.
 */
final class BatchEvaluation {

  /** Units per chunk: large enough to amortise hand-over, small enough to keep memory bounded. */
  static final int CHUNK = 256;

  private final ComplianceEvaluator evaluator;
  private final ComplianceEvaluator.Plan plan;
  private final int parallelism;

  BatchEvaluation(ComplianceEvaluator evaluator, ComplianceEvaluator.Plan plan, int parallelism) {
    this.evaluator = evaluator;
    this.plan = plan;
    this.parallelism = parallelism;
  }

  /** A chunk of work whose result is handed on in order. */
  private interface Chunk<R> extends Callable<R> {}

  /** Evaluates units in order, handing each assessment to {@code sink} on the calling thread. */
  void each(Iterator<? extends ProductionUnit> units, Consumer<? super UnitAssessment> sink) {
    Iterator<Chunk<List<UnitAssessment>>> chunks = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return units.hasNext();
      }

      @Override
      public Chunk<List<UnitAssessment>> next() {
        List<ProductionUnit> batch = new ArrayList<>(CHUNK);
        while (batch.size() < CHUNK && units.hasNext()) {
          batch.add(java.util.Objects.requireNonNull(units.next(), "units must not contain null"));
        }
        return () -> {
          List<InvalidInputException.Problem> problems = new ArrayList<>();
          List<UnitAssessment> out = new ArrayList<>(batch.size());
          for (ProductionUnit u : batch) {
            evaluator.validate(u, "unit " + u.id(), problems);
            if (problems.isEmpty()) {
              out.add(evaluator.assess(plan, u, problems));
            }
          }
          if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
          }
          return out;
        };
      }
    };
    run(chunks, list -> list.forEach(sink));
  }

  /** Reads NDJSON units, writes the streamed NDJSON report; returns its summary. */
  BatchSummary ndjson(String origin, InputStream in, OutputStream out) throws IOException {
    MessageDigest digest = sha256();
    NdjsonLines bytes = new NdjsonLines(new DigestInputStream(in, digest));
    Vocabulary vocabulary = evaluator.catalogues().vocabulary();
    ComplianceReport empty = new ComplianceReport(plan.asOf(), plan.knownAt(), plan.statuses(),
        plan.coverage(), List.of(), evaluator.receipt(plan, "-"),
        evaluator.explanationLevel());
    out.write(CanonicalJson.writeLine(ReportJson.streamHeader(empty)));

    Map<UnitStatus, Long> byStatus = new EnumMap<>(UnitStatus.class);
    SortedMap<String, CitedEntry> cited = new TreeMap<>();
    long[] count = {0};
    Iterator<Chunk<ChunkResult>> chunks = new Iterator<>() {
      private long lineNumber;
      private byte[] pending = readLine();

      /** Reads the next line's bytes without its line feed, or null at the end; lines are decoded in the chunks. */
      private byte[] readLine() {
        try {
          byte[] line = bytes.next();
          if (line != null) {
            lineNumber++;
          }
          return line;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public boolean hasNext() {
        return pending != null;
      }

      @Override
      public Chunk<ChunkResult> next() {
        List<byte[]> lines = new ArrayList<>(CHUNK);
        long first = lineNumber;
        while (lines.size() < CHUNK && pending != null) {
          lines.add(pending);
          pending = readLine();
        }
        return () -> evaluateLines(origin, first, lines, vocabulary);
      }
    };
    try {
      run(chunks, r -> {
        try {
          out.write(r.bytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        count[0] += r.units().size();
        for (UnitAssessment u : r.units()) {
          byStatus.merge(u.status(), 1L, Long::sum);
          u.findings().forEach(f -> cited.putIfAbsent(f.entry().entryId(), f.entry()));
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    String inputSha = HexFormat.of().formatHex(digest.digest());
    out.write(CanonicalJson.writeLine(ReportJson.streamTrailer(count[0], byStatus, inputSha, cited)));
    out.flush();
    return new BatchSummary(count[0], byStatus, inputSha);
  }

  private ChunkResult evaluateLines(String origin, long firstLine, List<byte[]> lines, Vocabulary vocabulary) {
    List<InvalidInputException.Problem> problems = new ArrayList<>();
    List<UnitAssessment> assessed = new ArrayList<>(lines.size());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(lines.size() * 512);
    for (int i = 0; i < lines.size(); i++) {
      String where = origin + " line " + (firstLine + i);
      String line;
      try {
        line = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(lines.get(i))).toString().strip();
      } catch (CharacterCodingException e) {
        problems.add(new InvalidInputException.Problem(where, "", "is not valid UTF-8"));
        continue;
      }
      if (line.isEmpty()) {
        continue;
      }
      Problems lineProblems = new Problems(where);
      List<ProductionUnit> read = ProductionUnits.readNdjsonLine(line, vocabulary, lineProblems);
      lineProblems.list().forEach(p -> problems.add(new InvalidInputException.Problem(p.origin(), p.pointer(),
          p.message())));
      if (lineProblems.any()) {
        continue;
      }
      // the line was checked against the evaluator's vocabulary as it was read: no second validation
      for (ProductionUnit u : read) {
        List<InvalidInputException.Problem> unitProblems = new ArrayList<>();
        UnitAssessment a = evaluator.assess(plan, u, unitProblems);
        if (unitProblems.isEmpty()) {
          assessed.add(a);
          UnitLines.write(a, evaluator.explanationLevel(), bytes);
        }
        problems.addAll(unitProblems);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new ChunkResult(assessed, bytes.toByteArray());
  }

  private record ChunkResult(List<UnitAssessment> units, byte[] bytes) {}

  /**
   * Runs chunks with at most {@code 2 × parallelism} in flight and hands their results to {@code consumer} in input
   * order on the calling thread; the first failure, in input order, is rethrown as it was.
   */
  private <R> void run(Iterator<? extends Chunk<R>> chunks, Consumer<R> consumer) {
    if (parallelism == 1) {
      while (chunks.hasNext()) {
        consumer.accept(call(chunks.next()));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(parallelism, r -> {
      Thread t = new Thread(r, "phaseout-batch");
      t.setDaemon(true);
      return t;
    });
    try {
      ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();
      while (chunks.hasNext() || !inFlight.isEmpty()) {
        while (inFlight.size() < 2 * parallelism && chunks.hasNext()) {
          inFlight.add(pool.submit(chunks.next()));
        }
        consumer.accept(await(inFlight.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R call(Chunk<R> chunk) {
    try {
      return chunk.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static <R> R await(Future<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while evaluating a batch", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
