package org.phaseout;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a report was computed from (回执): the engine and format versions, each catalogue edition used with its
 * file's SHA-256, the dates, and the SHA-256 of the canonical input. Two reports with equal receipts are
 * byte-identical.
 *
 * @param engineVersion the Phaseout version, not null
 * @param schemaVersion the catalogue format version, not null
 * @param editions the editions used, in catalogue order, not null
 * @param asOf the as-of date, not null
 * @param knownAt the known-at date, not null
 * @param inputSha256 the SHA-256 of the canonical JSON of the units evaluated, not null
 */
public record Receipt(
    String engineVersion, int schemaVersion, List<EditionUsed> editions, LocalDate asOf, LocalDate knownAt,
    String inputSha256) {

  /** @throws NullPointerException if an argument is null */
  public Receipt {
    Objects.requireNonNull(engineVersion, "engineVersion");
    editions = List.copyOf(editions);
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(knownAt, "knownAt");
    Objects.requireNonNull(inputSha256, "inputSha256");
  }

  /**
   * A catalogue edition used.
   *
   * @param key {@code catalogueId@edition}, not null
   * @param documentNumber the document number, not null
   * @param sha256 the SHA-256 of the edition's file, not null
   * @param overlays the overlays applied to it, in publication order, not null
   */
  public record EditionUsed(String key, String documentNumber, String sha256, List<OverlayUsed> overlays) {
    /** @throws NullPointerException if an argument is null */
    public EditionUsed {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(documentNumber, "documentNumber");
      Objects.requireNonNull(sha256, "sha256");
      overlays = List.copyOf(overlays);
    }
  }

  /**
   * An overlay applied to an edition used.
   *
   * @param id the overlay's id, not null
   * @param sha256 the SHA-256 of the overlay's file, not null
   */
  public record OverlayUsed(String id, String sha256) {
    /** @throws NullPointerException if an argument is null */
    public OverlayUsed {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(sha256, "sha256");
    }
  }
}
