package org.phaseout;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.phaseout.catalogue.CatalogueStatus;
import org.phaseout.internal.json.CanonicalJson;
import org.phaseout.internal.json.ReportJson;
import org.phaseout.internal.json.UnitLines;

/**
 * The result of an evaluation (评估报告): one assessment per unit in unit id order, the status of every catalogue
 * (which edition was used, or why none was), the coverage of the editions used, and a {@link Receipt}.
 *
 * <p>The canonical JSON form ({@link #toJson()}) is byte-identical for the same units in any order, the same
 * catalogue files in any load order and the same dates.
 *
 * @param asOf which law applies, not null
 * @param knownAt which editions had been published, not null
 * @param catalogues the status of every loaded catalogue, in catalogue id order, not null
 * @param coverage the coverage of each edition used, not null
 * @param units the assessments, in unit id order, not null
 * @param receipt what the report was computed from, not null
 * @param explanationLevel how much of the reasoning the findings carry, and so how they are written, not null
 */
public record ComplianceReport(
    LocalDate asOf,
    LocalDate knownAt,
    List<CatalogueStatus> catalogues,
    List<Coverage> coverage,
    List<UnitAssessment> units,
    Receipt receipt,
    ExplanationLevel explanationLevel) {

  /** @throws NullPointerException if an argument is null */
  public ComplianceReport {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(knownAt, "knownAt");
    catalogues = List.copyOf(catalogues);
    coverage = List.copyOf(coverage);
    units = List.copyOf(units);
    Objects.requireNonNull(receipt, "receipt");
    Objects.requireNonNull(explanationLevel, "explanationLevel");
  }

  /**
   * Looks up the assessment of a unit.
   *
   * @param unitId the unit id, not null
   * @return the assessment, or empty if the unit was not evaluated
   */
  public Optional<UnitAssessment> unit(String unitId) {
    Objects.requireNonNull(unitId, "unitId");
    return units.stream().filter(u -> u.unitId().equals(unitId)).findFirst();
  }

  /** @return the canonical JSON form, UTF-8, documented in {@code docs/report-format.md} */
  public byte[] toJson() {
    return CanonicalJson.write(ReportJson.write(this));
  }

  /**
   * Returns the NDJSON form (newline-delimited JSON): a header line with the dates, receipt, catalogues and coverage
   * ({@code "type": "compliance-report-header"}), then one line per unit assessment in unit id order. Canonical and
   * byte-identical like {@link #toJson()}; convenient for large batches and line-oriented tools.
   *
   * @return the UTF-8 bytes, not null
   */
  public byte[] toNdjson() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.writeBytes(CanonicalJson.writeLine(ReportJson.header(this)));
    for (UnitAssessment u : units) {
      UnitLines.write(u, explanationLevel, out);
    }
    return out.toByteArray();
  }

  /** @return the canonical JSON form as a string */
  public String toJsonString() {
    return new String(toJson(), StandardCharsets.UTF_8);
  }
}
