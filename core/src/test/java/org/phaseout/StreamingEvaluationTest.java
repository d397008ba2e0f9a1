package org.phaseout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.phaseout.capacity.ProductionUnit;

/**
 * Streaming batch evaluation (流式批量评估): units in input order, in bounded memory, on several threads, with the
 * same assessments as the batch {@code evaluate} and the same bytes for any thread count.
 */
class StreamingEvaluationTest {

  /** More than four chunks, so several are in flight at once and the last is partial. */
  private static final int UNITS = 4 * BatchEvaluation.CHUNK + 37;

  private static ComplianceEvaluator evaluator(int threads) {
    return ComplianceEvaluator.builder().catalogues(EvaluationFixtures.catalogues()).parallelism(threads).build();
  }

  /**
   * Coal-fired boilers of 1–40 t/h (the plan's 10 t/h and 35 t/h limits both fall inside), every seventh without a
   * rated capacity, in Wanzhou and in Beijing (where Chongqing's plan does not apply).
   */
  private static String units(int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      String division = i % 5 == 0 ? EvaluationFixtures.DONGCHENG_BEIJING : EvaluationFixtures.WANZHOU;
      String code = EvaluationFixtures.creditCode(division, i / 3).toString();
      out.append(String.format(Locale.ROOT, "{\"id\": \"b-%05d\", \"enterprise\": {\"creditCode\": \"%s\", "
          + "\"name\": \"示例热力有限公司%d（虚构）\", \"division\": \"%s\", \"industry\": \"D4430\"}, "
          + "\"kind\": \"coal-fired-boiler\"%s}\n", i, code, i / 3, division,
          i % 7 == 0 ? "" : ", \"ratedCapacity\": \"" + (1 + i % 40) + " t/h\""));
    }
    return out.toString();
  }

  private static byte[] stream(int threads, byte[] input) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    evaluator(threads).evaluateNdjson("units.ndjson", new ByteArrayInputStream(input), out,
        EvaluationFixtures.PLAN_YEAR_END, EvaluationFixtures.PLAN_YEAR_END);
    return out.toByteArray();
  }

  @Test
  void assessmentsComeInInputOrderAndEqualTheBatchEvaluation() {
    List<ProductionUnit> units = ProductionUnits.readNdjson("units.ndjson",
        units(UNITS).getBytes(StandardCharsets.UTF_8), EvaluationFixtures.catalogues().vocabulary());
    List<UnitAssessment> batch = evaluator(1).evaluate(units, EvaluationFixtures.PLAN_YEAR_END).units();
    for (int threads : new int[] {1, 2, 5}) {
      List<UnitAssessment> streamed = new ArrayList<>();
      evaluator(threads).evaluateEach(units.iterator(), EvaluationFixtures.PLAN_YEAR_END,
          EvaluationFixtures.PLAN_YEAR_END, streamed::add);
      assertEquals(batch, streamed, "threads " + threads);
    }
    assertTrue(batch.stream().anyMatch(u -> u.status() == UnitStatus.EXIT_REQUIRED), "some 10 t/h or smaller");
    assertTrue(batch.stream().anyMatch(u -> u.status() == UnitStatus.INDETERMINATE), "no rated capacity");
  }

  @Test
  void theStreamedReportIsByteIdenticalForAnyThreadCount() throws IOException {
    byte[] input = units(UNITS).getBytes(StandardCharsets.UTF_8);
    byte[] one = stream(1, input);
    assertArrayEquals(one, stream(2, input));
    assertArrayEquals(one, stream(7, input));
  }

  @Test
  void theStreamedReportHasAHeaderTheBatchUnitLinesAndATrailerThatClosesIt() throws Exception {
    byte[] input = units(UNITS).getBytes(StandardCharsets.UTF_8);
    List<String> lines = new String(stream(2, input), StandardCharsets.UTF_8).lines().toList();
    assertEquals(UNITS + 2, lines.size());
    assertTrue(lines.get(0).startsWith("{\"type\":\"compliance-stream-header\""), lines.get(0));
    assertFalse(lines.get(0).contains("inputSha256"), "the header cannot know the input's hash");

    ComplianceReport batch = evaluator(1).evaluate(ProductionUnits.readNdjson("units.ndjson", input,
        EvaluationFixtures.catalogues().vocabulary()), EvaluationFixtures.PLAN_YEAR_END);
    List<String> batchLines = new String(batch.toNdjson(), StandardCharsets.UTF_8).lines().toList();
    assertEquals(batchLines.subList(1, batchLines.size()), lines.subList(1, UNITS + 1),
        "ids are in sorted order, so the unit lines equal the batch report's");

    String trailer = lines.get(UNITS + 1);
    assertTrue(trailer.startsWith("{\"type\":\"compliance-stream-trailer\",\"units\":" + UNITS + ","), trailer);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input));
    assertTrue(trailer.contains("\"inputSha256\":\"" + sha + "\""), trailer);
    int entriesAt = batchLines.get(0).indexOf("\"entries\":");
    String batchEntries = batchLines.get(0).substring(entriesAt, batchLines.get(0).length() - 1);
    assertTrue(trailer.endsWith(batchEntries + "}"), "the trailer cites the same entries as the batch header");
  }

  @Test
  void theSummaryCountsUnitsByStatus() throws IOException {
    byte[] input = units(UNITS).getBytes(StandardCharsets.UTF_8);
    BatchSummary summary = evaluator(3).evaluateNdjson("units.ndjson", new ByteArrayInputStream(input),
        new ByteArrayOutputStream(), EvaluationFixtures.PLAN_YEAR_END, EvaluationFixtures.PLAN_YEAR_END);
    ComplianceReport batch = evaluator(1).evaluate(ProductionUnits.readNdjson("units.ndjson", input,
        EvaluationFixtures.catalogues().vocabulary()), EvaluationFixtures.PLAN_YEAR_END);
    assertEquals(UNITS, summary.units());
    for (UnitStatus s : UnitStatus.values()) {
      assertEquals(batch.units().stream().filter(u -> u.status() == s).count(), summary.count(s), s.name());
    }
  }

  @Test
  void aBadLineStopsTheStreamNamingTheLineAndPointerAndLeavesNoTrailer() {
    String good = units(600);
    List<String> lines = new ArrayList<>(Arrays.asList(good.split("\n")));
    lines.set(400, lines.get(400).replace("\"coal-fired-boiler\"", "\"steam-engine\""));
    byte[] input = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> evaluator(2).evaluateNdjson(
        "units.ndjson", new ByteArrayInputStream(input), out, EvaluationFixtures.PLAN_YEAR_END,
        EvaluationFixtures.PLAN_YEAR_END));
    assertEquals(1, e.problems().size(), e.getMessage());
    assertEquals("units.ndjson line 401", e.problems().get(0).origin());
    assertEquals("/kind", e.problems().get(0).pointer());
    String written = out.toString(StandardCharsets.UTF_8);
    assertFalse(written.contains("compliance-stream-trailer"), "an incomplete stream has no trailer");
    assertEquals(1 + BatchEvaluation.CHUNK, written.lines().count(), "the header and the chunk before the bad one");
  }

  @Test
  void invalidUtf8NamesItsLine() {
    byte[] input = "{\"id\": \"x\"}\n\u00ff\n".getBytes(StandardCharsets.ISO_8859_1);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> stream(1, input));
    assertTrue(e.problems().stream().anyMatch(p -> p.origin().equals("units.ndjson line 2")
        && p.message().contains("UTF-8")), e.getMessage());
  }

  @Test
  void anEmptyStreamIsAHeaderAndATrailerOfNoUnits() throws IOException {
    List<String> lines = new String(stream(2, new byte[0]), StandardCharsets.UTF_8).lines().toList();
    assertEquals(2, lines.size());
    assertTrue(lines.get(1).startsWith("{\"type\":\"compliance-stream-trailer\",\"units\":0,"), lines.get(1));
  }

  @Test
  void theBuilderRejectsAParallelismBelowOne() {
    ComplianceEvaluator.Builder builder = ComplianceEvaluator.builder().catalogues(EvaluationFixtures.catalogues())
        .parallelism(0);
    IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);
    assertTrue(e.getMessage().contains("was 0"), e.getMessage());
  }

  @Test
  void aNullUnitIsRejected() {
    List<ProductionUnit> units = new ArrayList<>();
    units.add(null);
    assertThrows(NullPointerException.class, () -> evaluator(2).evaluateEach(units.iterator(),
        EvaluationFixtures.PLAN_YEAR_END, EvaluationFixtures.PLAN_YEAR_END, u -> { }));
  }
}
