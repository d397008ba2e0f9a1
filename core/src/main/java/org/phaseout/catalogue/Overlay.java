package org.phaseout.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An overlay (补充修正文件): a small file, with its own provenance, that adds entries to a bundled catalogue edition
 * or corrects them, loaded beside the bundled set without rebuilding the jar. Typically an agency holding the
 * official PDF completes or corrects what the bundled data lacks.
 *
 * <p>A conflict with an entry of the target edition is resolved by the rule the overlay states, never by file
 * order: with {@link ConflictRule#REPLACE} an entry with the id of a target entry replaces it; with
 * {@link ConflictRule#REJECT} such an entry is a load error. Two overlays that touch the same entry id are a load
 * error whatever their rules. An overlay counts from its publication date: for a known-at date before it, the target
 * edition is used without it.
 *
 * @param id the overlay's id, not null
 * @param target the edition it applies to, {@code catalogueId@edition}, not null
 * @param title what the overlay is, in Chinese and English, not null
 * @param published the date the overlay was issued, not null
 * @param onConflict the rule for entries whose id the target already has, not null
 * @param source where the overlay's text was read and how far it is verified, not null
 * @param entries the entries added or replacing, not null
 * @param origin the file it was loaded from, not null
 * @param sha256 the SHA-256 of the file's bytes, not null
 */
public record Overlay(
    String id,
    String target,
    LocalizedText title,
    LocalDate published,
    ConflictRule onConflict,
    Provenance source,
    List<CatalogueEntry> entries,
    String origin,
    String sha256) {

  /** @throws NullPointerException if an argument is null */
  public Overlay {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(onConflict, "onConflict");
    Objects.requireNonNull(source, "source");
    entries = List.copyOf(entries);
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(sha256, "sha256");
  }

  /** How an overlay treats an entry whose id its target edition already has. */
  public enum ConflictRule {
    /** The overlay's entry replaces the target's (更正). */
    REPLACE,
    /** Such an entry is a load error: the overlay only adds (仅补充). */
    REJECT
  }
}
