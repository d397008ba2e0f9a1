package org.phaseout.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.phaseout.measure.DateInterval;

/**
 * One edition of a catalogue (目录版本), as loaded from one file: its header, its entries, and the file's name and
 * SHA-256.
 *
 * <p>A catalogue (for example the Industry Structure Adjustment Guidance Catalogue) has editions (2019, 2024). An
 * edition is in force over a half-open interval: from its effective date (inclusive) until the date its successor
 * takes effect or it is repealed (exclusive). An edition counts as known only from its publication date.
 *
 * @param catalogueId the catalogue's id, shared by all its editions, not null
 * @param edition the edition's label, for example {@code 2024}, not null
 * @param title the title (zh and en), not null
 * @param issuers the issuing bodies, not null
 * @param documentNumber the document number (文号), for example 发改产业〔2023〕723号, not null
 * @param published the publication date (发布日期), not null
 * @param validity the period in force (施行期间), not null
 * @param supersededBy the edition that replaces this one, if known
 * @param source where the edition's text was read, with its verification level, not null
 * @param itemsInOfficialText how many items the official text has, when that count is known
 * @param entries the entries of the edition's own file, in file order, not null; see {@link #effectiveEntries()}
 * @param schemaVersion the catalogue format version of the file
 * @param origin the file or resource the edition was loaded from, not null
 * @param sha256 the SHA-256 of the file's bytes, in lower-case hex, not null
 * @param overlays the overlays loaded for this edition, in publication order, not null
 */
public record CatalogueEdition(
    String catalogueId,
    String edition,
    LocalizedText title,
    List<String> issuers,
    String documentNumber,
    LocalDate published,
    DateInterval validity,
    Optional<String> supersededBy,
    Provenance source,
    Optional<Integer> itemsInOfficialText,
    List<CatalogueEntry> entries,
    int schemaVersion,
    String origin,
    String sha256,
    List<Overlay> overlays) {

  /** @throws NullPointerException if an argument is null */
  public CatalogueEdition {
    Objects.requireNonNull(catalogueId, "catalogueId");
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(title, "title");
    issuers = List.copyOf(issuers);
    Objects.requireNonNull(documentNumber, "documentNumber");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(validity, "validity");
    Objects.requireNonNull(supersededBy, "supersededBy");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(itemsInOfficialText, "itemsInOfficialText");
    entries = List.copyOf(entries);
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(sha256, "sha256");
    overlays = List.copyOf(overlays);
  }

  /**
   * Returns this edition as it was known on a date: with only the overlays published by then.
   *
   * @param knownAt the known-at date, not null
   * @return the edition as known then, not null
   */
  public CatalogueEdition asKnownAt(LocalDate knownAt) {
    Objects.requireNonNull(knownAt, "knownAt");
    if (overlays.stream().noneMatch(o -> o.published().isAfter(knownAt))) {
      return this;
    }
    return withOverlays(overlays.stream().filter(o -> !o.published().isAfter(knownAt)).toList());
  }

  /**
   * Returns this edition with other overlays, in publication order.
   *
   * @param overlays the overlays, not null; conflicts must have been checked by the loader
   * @return the edition, not null
   */
  CatalogueEdition withOverlays(List<Overlay> overlays) {
    List<Overlay> sorted = new java.util.ArrayList<>(overlays);
    sorted.sort(java.util.Comparator.comparing(Overlay::published).thenComparing(Overlay::id));
    return new CatalogueEdition(catalogueId, edition, title, issuers, documentNumber, published, validity,
        supersededBy, source, itemsInOfficialText, entries, schemaVersion, origin, sha256, sorted);
  }

  /**
   * Returns the entries in force for this edition: those of its own file, with each overlay applied in publication
   * order (an overlay entry replaces the entry with its id, or is added after the others).
   *
   * @return the effective entries, not null
   */
  public List<CatalogueEntry> effectiveEntries() {
    if (overlays.isEmpty()) {
      return entries;
    }
    List<CatalogueEntry> merged = new java.util.ArrayList<>(entries);
    for (Overlay overlay : overlays) {
      for (CatalogueEntry entry : overlay.entries()) {
        int at = -1;
        for (int i = 0; i < merged.size(); i++) {
          if (merged.get(i).id().equals(entry.id())) {
            at = i;
          }
        }
        if (at >= 0) {
          merged.set(at, entry);
        } else {
          merged.add(entry);
        }
      }
    }
    return List.copyOf(merged);
  }

  /** @return {@code catalogueId@edition}, the key that names the edition in reports */
  public String key() {
    return catalogueId + "@" + edition;
  }
}
