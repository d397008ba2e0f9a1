package org.phaseout.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaseout.examples.dataset.ChongqingDataset;

/** The main job of README's first command, on the bundled sample. */
class EvaluateSampleTest {

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = EvaluateSample.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void evaluatesTheBundledSampleAndWritesTheReport(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.json");
    Run run = run("--sample", "--out", report.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("boiler-6th-industrial-park (coal-fired-boiler, 示例热力有限公司（虚构）): EXIT_REQUIRED"));
    assertTrue(run.out().contains("boiler-40th-location-unreported (coal-fired-boiler, 示例热力有限公司（虚构）): "
        + "INDETERMINATE"));
    assertTrue(run.out().contains("potline-1 (electrolytic-aluminium-potline, 示例铝业有限公司（虚构）): "
        + "RECTIFICATION_REQUIRED"));
    String json = Files.readString(report, StandardCharsets.UTF_8);
    assertTrue(json.startsWith("{\n  \"type\": \"compliance-report\""));
    String html = Files.readString(dir.resolve("phaseout-annual-report.html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("2025年度落后产能退出情况") && html.contains("<svg"), "the annual report page is written");
    String prices = Files.readString(dir.resolve("phaseout-price-measures.csv"), StandardCharsets.UTF_8);
    assertTrue(prices.contains("\"potline-1\",\"cn-al-price-2021-2025.base-13300\""),
        "the sample potline's tiered-price surcharge is written for the grid company");
  }

  @Test
  void theReportIsTheSameOnEveryRun(@TempDir Path dir) throws Exception {
    assertEquals(0, run("--sample", "--out", dir.resolve("a.json").toString()).code());
    assertEquals(0, run("--sample", "--out", dir.resolve("b.json").toString()).code());
    assertArrayEquals(Files.readAllBytes(dir.resolve("a.json")), Files.readAllBytes(dir.resolve("b.json")));
  }

  @Test
  void afterTheChongqingPlanYearItsCatalogueIsReportedAsEnded(@TempDir Path dir) {
    Run run = run("--sample", "--as-of", "2026-03-01", "--out", dir.resolve("r.json").toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("catalogue cq-backward-capacity-plan: ENDED"), run.out());
  }

  @Test
  void badArgumentsGiveAOneLineErrorAndExitCode2() {
    Run unknown = run("--as", "2025-01-01");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().startsWith("phaseout: unknown argument '--as'"), unknown.err());
    Run date = run("--as-of", "2025-13-01");
    assertEquals(2, date.code());
    assertEquals(1, date.err().strip().lines().count(), date.err());
  }

  @Test
  void invalidUnitsNameTheFileAndJsonPointer(@TempDir Path dir) throws Exception {
    Path units = dir.resolve("units.json");
    Files.writeString(units, "{\"type\": \"units\", \"enterprises\": [], \"units\": [{\"id\": \"x\", \"enterprise\": "
        + "\"91500101PH00000014\", \"kind\": \"coal-fired-boiler\"}]}", StandardCharsets.UTF_8);
    Run run = run("--units", units.toString(), "--out", dir.resolve("r.json").toString());
    assertEquals(2, run.code());
    assertTrue(run.err().contains(units + " at /units/0/enterprise: no enterprise with credit code"), run.err());
  }

  @Test
  void byDefaultEvaluatesTheBundledDatasetIntoACompactNdjsonReport(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.ndjson");
    Run run = run("--out", report.toString());
    assertEquals(0, run.code(), run.err());
    java.util.regex.Matcher units = java.util.regex.Pattern.compile("(?m)^(\\d+) units:$").matcher(run.out());
    assertTrue(units.find() && Integer.parseInt(units.group(1)) >= ChongqingDataset.TARGET_UNITS, run.out());
    assertTrue(run.out().contains("  EXIT_REQUIRED: "), run.out());
    String first = Files.readAllLines(report, StandardCharsets.UTF_8).get(0);
    assertTrue(first.startsWith("{\"type\":\"compliance-report-header\""), first);
    String html = Files.readString(dir.resolve("phaseout-annual-report.html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("2025年度落后产能退出情况") && html.contains("<svg"), "annual report of the dataset's cases");
  }
}
