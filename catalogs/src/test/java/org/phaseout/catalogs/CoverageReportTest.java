package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.phaseout.Coverage;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.VerificationLevel;

/**
 * {@code catalogs/COVERAGE.md} is generated from the bundled catalogues and checked in; this test fails when it is
 * stale. Regenerate with {@code mvn -B -ntp -pl catalogs -am test -Dtest=CoverageReportTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dphaseout.updateCoverage=true}.
 */
class CoverageReportTest {

  private static final Path FILE = Path.of("COVERAGE.md");

  @Test
  void coverageMdIsCurrent() throws IOException {
    String expected = render();
    if (Boolean.getBoolean("phaseout.updateCoverage")) {
      Files.writeString(FILE, expected, StandardCharsets.UTF_8);
    }
    String actual = Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : "";
    assertEquals(expected, actual, "catalogs/COVERAGE.md is stale; regenerate it with -Dphaseout.updateCoverage=true"
        + " (see this test's javadoc)");
  }

  static String render() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Coverage of the bundled catalogues\n\n")
        .append("Generated from the files in `src/main/resources/org/phaseout/catalogs/` by `CoverageReportTest`; ")
        .append("do not edit by hand.\n\n")
        .append("*Items in the official text* is the count the official text has, where a source gives it; ")
        .append("*items encoded* counts the distinct items the entries encode (an item split into several entries ")
        .append("counts once), where every entry names its item. ")
        .append("*Encoded* entries are machine-checkable (they have a criterion) or manual (they need a person's ")
        .append("assessment and always report insufficient data). Verification levels: official text, official text ")
        .append("from a reprint, secondary transcription, unverified. What a catalogue leaves out is said in its ")
        .append("edition's source note and in each entry's provenance note.\n\n")
        .append("| catalogue edition | document | in force | items in official text | items encoded | entries ")
        .append("| machine | manual | official | reprint | secondary | unverified |\n")
        .append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    int encoded = 0;
    int machine = 0;
    int manual = 0;
    Map<VerificationLevel, Integer> totals = new EnumMap<>(VerificationLevel.class);
    for (CatalogueEdition edition : BundledData.catalogues().editions()) {
      Coverage c = Coverage.of(edition);
      sb.append("| ").append(edition.key())
          .append(" | ").append(edition.documentNumber())
          .append(" | ").append(edition.validity().start()).append(" – ")
          .append(edition.validity().end().map(d -> d + " (excl.)").orElse("open"))
          .append(" | ").append(c.itemsInOfficialText().map(String::valueOf).orElse("unknown"))
          .append(" | ").append(c.itemsEncoded().map(String::valueOf).orElse("—"))
          .append(" | ").append(c.entriesEncoded())
          .append(" | ").append(c.machineCheckable())
          .append(" | ").append(c.manual());
      for (VerificationLevel level : VerificationLevel.values()) {
        int n = c.byVerification().getOrDefault(level, 0);
        totals.merge(level, n, Integer::sum);
        sb.append(" | ").append(n);
      }
      sb.append(" |\n");
      encoded += c.entriesEncoded();
      machine += c.machineCheckable();
      manual += c.manual();
    }
    sb.append("| **total** | | | | | ").append(encoded).append(" | ").append(machine).append(" | ").append(manual);
    for (VerificationLevel level : VerificationLevel.values()) {
      sb.append(" | ").append(totals.getOrDefault(level, 0));
    }
    sb.append(" |\n");
    appendKnownGaps(sb);
    return sb.toString();
  }

  /** The documents bundled in part or not at all, from {@code known-gaps.json} beside this test. */
  private static void appendKnownGaps(StringBuilder sb) {
    JsonNode gaps = knownGaps().get("gaps");
    sb.append("\n## Known gaps: bundled in part or not at all\n\n")
        .append("Documents the policy and the Chongqing plan name whose text or values could not be sourced (from ")
        .append("`src/test/resources/org/phaseout/catalogs/known-gaps.json`). The reference section records the ")
        .append("search; an agency that holds the official text can add what is missing as an overlay.\n\n")
        .append("| document | bundled as | missing | reference |\n|---|---|---|---|\n");
    for (JsonNode gap : gaps) {
      sb.append("| ").append(gap.get("document").asText())
          .append(" | ").append(gap.get("bundled").isNull() ? "not bundled" : "`" + gap.get("bundled").asText() + "`")
          .append(" | ").append(gap.get("missing").asText())
          .append(" | ").append(gap.get("reference").asText()).append(" |\n");
    }
  }

  static JsonNode knownGaps() {
    try (java.io.InputStream in = CoverageReportTest.class.getResourceAsStream("known-gaps.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void everyKnownGapNamesABundledCatalogueOrNone() {
    java.util.Set<String> bundled = new java.util.TreeSet<>();
    BundledData.catalogues().editions().forEach(e -> bundled.add(e.catalogueId()));
    java.util.List<String> unknown = new java.util.ArrayList<>();
    for (JsonNode gap : knownGaps().get("gaps")) {
      if (!gap.get("bundled").isNull() && !bundled.contains(gap.get("bundled").asText())) {
        unknown.add(gap.get("bundled").asText());
      }
    }
    assertEquals(java.util.List.of(), unknown, "a known gap names a catalogue that is not bundled");
  }
}
