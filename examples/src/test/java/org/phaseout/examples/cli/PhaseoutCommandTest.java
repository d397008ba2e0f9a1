package org.phaseout.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code phaseout} command line: help on every command, documented exit codes, one-line errors. */
class PhaseoutCommandTest {

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = PhaseoutCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void everyCommandExplainsItselfWithHelp() {
    for (String command : new String[] {"evaluate", "validate", "coverage", "lists", "report", "diff", "prices"}) {
      Run help = run(command, "--help");
      assertEquals(0, help.code(), command);
      assertTrue(help.out().startsWith("Usage: phaseout " + command), help.out());
    }
    Run top = run("--help");
    assertTrue(top.out().contains("Exit codes:"), top.out());
  }

  @Test
  void evaluatesTheBundledDatasetAsATableOrTheJsonReport(@TempDir Path dir) throws Exception {
    Run table = run("evaluate", "--as-of", "2025-12-31");
    assertEquals(0, table.code(), table.err());
    assertTrue(table.out().contains("cq-backward-capacity-plan: in_force 2025"), table.out());
    assertTrue(table.out().contains("EXIT_REQUIRED"), "the dataset has units that must exit");
    Path report = dir.resolve("report.json");
    Run json = run("evaluate", "--as-of", "2025-12-31", "--format", "json", "--out", report.toString(),
        "--units", "src/main/resources/org/phaseout/examples/sample-units.json");
    assertEquals(0, json.code(), json.err());
    assertTrue(Files.readString(report, StandardCharsets.UTF_8).startsWith("{\n  \"type\": \"compliance-report\""));
  }

  @Test
  void badArgumentsAndBadInputExitWith2AndAOneLineReason(@TempDir Path dir) throws Exception {
    Run date = run("evaluate", "--as-of", "2025-13-01");
    assertEquals(2, date.code());
    assertTrue(date.err().startsWith("phaseout: Invalid value for option '--as-of'"), date.err());
    Path units = dir.resolve("units.json");
    Files.writeString(units, "{\"type\": \"units\", \"enterprises\": [], \"units\": [1]}", StandardCharsets.UTF_8);
    Run input = run("evaluate", "--as-of", "2025-12-31", "--units", units.toString());
    assertEquals(2, input.code());
    assertTrue(input.err().contains(units + " at /units/0: expected an object"), input.err());
  }

  @Test
  void validateListsEveryProblemWithFileAndPointerAndExitsWith3(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"type\": \"catalogue\", \"schemaVersion\": 1}", StandardCharsets.UTF_8);
    Run run = run("validate", bad.toString());
    assertEquals(3, run.code());
    assertTrue(run.err().contains(bad + " at /catalogueId: required field 'catalogueId' is missing"), run.err());
    Run ok = run("validate");
    assertEquals(0, ok.code(), ok.err());
    assertTrue(ok.out().startsWith("valid: "), ok.out());
  }

  @Test
  void coverageTotalsTheEncodedEntries() {
    Run run = run("coverage");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("cn-industry-structure-adjustment-eliminated@2024"), run.out());
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("total")), run.out());
  }

  private static final String UNITS = "src/main/resources/org/phaseout/examples/sample-units.json";
  private static final String CASES = "src/main/resources/org/phaseout/examples/sample-cases.json";

  @Test
  void writesTheYellowListAsCsvForExcel() {
    Run run = run("lists", "--as-of", "2025-12-31", "--list", "yellow", "--units", UNITS, "--cases", CASES);
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("\uFEFF\"企业名称\""), run.out());
    assertTrue(run.out().contains("\"potline-1\""), "the potline is within its extended deadline");
    assertTrue(run.out().contains("\"boiler-20th-urban\""), "a halted boiler is still under rectification");
    assertTrue(!run.out().contains("boiler-6th-industrial-park"), "an exited boiler is not on the yellow list");
  }

  @Test
  void writesTheAluminiumTieredPriceSurchargeWithItsArithmeticForTheGridCompany() {
    Run csv = run("prices", "--as-of", "2025-06-30", "--units", UNITS);
    assertEquals(0, csv.code(), csv.err());
    assertTrue(csv.out().startsWith("\uFEFF\"企业名称\""), csv.out());
    // 13690 kWh/t is 390 over the 2025 base 13300: ⌈390 ÷ 20⌉ = 20 steps × 0.01 = 0.2 yuan/kWh on 3,422,500,000 kWh
    assertTrue(csv.out().contains("\"potline-1\",\"cn-al-price-2021-2025.base-13300\",\"发改价格〔2021〕1239号\","
        + "\"加价标准已确定\",\"0.20\",\"3422500000\",\"684500000.00\",\"0.300\""), csv.out());
    Run json = run("prices", "--as-of", "2025-06-30", "--units", UNITS, "--format", "json");
    assertEquals(0, json.code(), json.err());
    assertTrue(json.out().contains("\"type\": \"price-measures\""), json.out());
    assertTrue(json.out().contains("⌈390 ÷ 20⌉ = 20 档"), json.out());
  }

  @Test
  void writesTheAnnualReportAsHtmlAndJson(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("report.html");
    Path json = dir.resolve("report.json");
    Run run = run("report", "--year", "2025", "--units", UNITS, "--cases", CASES, "--html", html.toString(),
        "--json", json.toString());
    assertEquals(0, run.code(), run.err());
    assertEquals("annual report 2025: 3 cases", run.out().strip());
    assertTrue(Files.readString(html, StandardCharsets.UTF_8).contains("<svg"));
    assertTrue(Files.readString(json, StandardCharsets.UTF_8).contains("\"exited\": 1"));
  }

  @Test
  void diffShowsWhatAnOverlayChangesAndWhichUnitsItAffects(@TempDir Path dir) throws Exception {
    Run same = run("diff", "--old", "bundled", "--new", "bundled", "--as-of", "2025-12-31");
    assertEquals(0, same.code(), same.err());
    assertEquals("no differences as of 2025-12-31", same.out().strip());
    Path overlay = dir.resolve("overlay.json");
    Files.writeString(overlay, """
        {"type": "overlay", "schemaVersion": 1, "id": "test-overlay", "target": "cq-backward-capacity-plan@2025",
         "title": {"zh": "测试", "en": "test"}, "published": "2025-06-01", "onConflict": "replace",
         "source": {"source": "test", "verification": "unverified", "note": "test overlay"},
         "entries": [{"id": "cq-2025.environment.coal-boiler-10th", "section": ["测试"],
           "text": {"zh": "测试条目", "en": "test entry"}, "dimension": "environment",
           "category": "eliminated-process-or-equipment", "applies": {"unitKinds": ["coal-fired-boiler"]},
           "consequence": {"action": "eliminate", "text": {"zh": "淘汰", "en": "eliminate"},
             "deadline": {"rule": "not-stated", "wording": "test"}},
           "citations": [{"document": "test"}],
           "provenance": {"source": "test", "verification": "unverified", "note": "manual in this test"}}]}
        """, StandardCharsets.UTF_8);
    Run run = run("diff", "--old", "bundled", "--new", "bundled", "--new", overlay.toString(), "--as-of",
        "2025-12-31", "--units", UNITS);
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("changed  cq-2025.environment.coal-boiler-10th"), run.out());
  }

  @Test
  void evaluatesNdjsonUnitsIntoAnNdjsonReport(@TempDir Path dir) throws Exception {
    Path units = dir.resolve("units.ndjson");
    Files.writeString(units, "{\"id\": \"b-1\", \"kind\": \"coal-fired-boiler\", \"ratedCapacity\": \"6 t/h\", "
        + "\"enterprise\": {\"creditCode\": \"91500101PH00000014\", \"name\": \"示例（虚构）\", "
        + "\"division\": \"500101\", \"industry\": \"D4430\"}}\n", StandardCharsets.UTF_8);
    Run run = run("evaluate", "--as-of", "2025-12-31", "--units", units.toString(), "--format", "ndjson");
    assertEquals(0, run.code(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(2, lines.size());
    assertTrue(lines.get(1).contains("\"status\":\"exit-required\""), lines.get(1));
  }

  @Test
  void streamsNdjsonUnitsToAStreamedReportWithATrailer(@TempDir Path dir) throws Exception {
    Path units = dir.resolve("units.ndjson");
    Files.writeString(units, "{\"id\": \"b-1\", \"kind\": \"coal-fired-boiler\", \"ratedCapacity\": \"6 t/h\", "
        + "\"enterprise\": {\"creditCode\": \"91500101PH00000014\", \"name\": \"示例（虚构）\", "
        + "\"division\": \"500101\", \"industry\": \"D4430\"}}\n", StandardCharsets.UTF_8);
    Path report = dir.resolve("report.ndjson");
    Run run = run("evaluate", "--as-of", "2025-12-31", "--units", units.toString(), "--stream", "--threads", "2",
        "--explain", "compact", "--out", report.toString());
    assertEquals(0, run.code(), run.err());
    List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
    assertEquals(3, lines.size());
    assertTrue(lines.get(1).contains("\"status\":\"exit-required\""), lines.get(1));
    assertTrue(lines.get(2).startsWith("{\"type\":\"compliance-stream-trailer\",\"units\":1,"), lines.get(2));
    assertTrue(run.err().contains("1 units"), run.err());

    Run noFile = run("evaluate", "--as-of", "2025-12-31", "--stream");
    assertEquals(PhaseoutCommand.BAD_INPUT, noFile.code());
    assertEquals("phaseout evaluate: --stream needs --units FILE.ndjson", noFile.err().strip());
    Run zero = run("evaluate", "--as-of", "2025-12-31", "--units", units.toString(), "--stream", "--threads", "0");
    assertEquals(PhaseoutCommand.BAD_INPUT, zero.code());
    assertTrue(zero.err().contains("parallelism must be at least 1, was 0"), zero.err());
  }
}
