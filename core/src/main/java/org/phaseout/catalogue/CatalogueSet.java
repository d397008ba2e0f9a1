package org.phaseout.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable snapshot of loaded catalogues (目录快照): the vocabulary and every edition, with each file's SHA-256.
 *
 * <p>Editions are selected by date. The <em>as-of</em> date says which law applies: an edition is in force from its
 * effective date (inclusive) until its end (exclusive). The <em>known-at</em> date says what had been published: an
 * edition published after it is ignored, which answers "what would we have decided on that day". By default
 * known-at equals as-of.
 *
 * <p>Loading an update yields a new snapshot through {@link #toLoader()}; a failed load throws and leaves this one
 * as it was. Obtain instances from {@link Catalogues}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CatalogueSet {

  private static final Comparator<CatalogueEdition> EDITION_ORDER =
      Comparator.comparing(CatalogueEdition::catalogueId)
          .thenComparing(e -> e.validity().start())
          .thenComparing(CatalogueEdition::edition);

  private final Vocabulary vocabulary;
  private final List<CatalogueEdition> editions;
  private final SortedMap<String, CatalogueEntry> entries;
  private final SortedMap<String, byte[]> sources;

  CatalogueSet(Vocabulary vocabulary, List<CatalogueEdition> editions, Map<String, byte[]> sources) {
    this.vocabulary = vocabulary;
    List<CatalogueEdition> sorted = new ArrayList<>(editions);
    sorted.sort(EDITION_ORDER);
    this.editions = List.copyOf(sorted);
    SortedMap<String, CatalogueEntry> byId = new TreeMap<>();
    for (CatalogueEdition edition : this.editions) {
      for (CatalogueEntry entry : edition.effectiveEntries()) {
        byId.put(entry.id(), entry);
      }
    }
    this.entries = java.util.Collections.unmodifiableSortedMap(byId);
    SortedMap<String, byte[]> copy = new TreeMap<>();
    sources.forEach((k, v) -> copy.put(k, v.clone()));
    this.sources = copy;
  }

  /** @return the merged vocabulary */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** @return every edition loaded, ordered by catalogue id, then effective date */
  public List<CatalogueEdition> editions() {
    return editions;
  }

  /** @return the ids of the catalogues loaded, in order */
  public List<String> catalogueIds() {
    return editions.stream().map(CatalogueEdition::catalogueId).distinct().toList();
  }

  /**
   * Looks up an entry by id, in any edition.
   *
   * @param id the entry id, not null
   * @return the entry, or empty if no loaded edition has it
   */
  public Optional<CatalogueEntry> entry(String id) {
    return Optional.ofNullable(entries.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Selects, for each catalogue, the edition in force on {@code asOf} among those published by {@code knownAt}.
   *
   * @param asOf which law applies, not null
   * @param knownAt which editions had been published, not null
   * @return one status per catalogue, in catalogue id order
   * @throws NullPointerException if an argument is null
   */
  public List<CatalogueStatus> select(LocalDate asOf, LocalDate knownAt) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(knownAt, "knownAt");
    List<CatalogueStatus> out = new ArrayList<>();
    for (String id : catalogueIds()) {
      List<CatalogueEdition> known = editions.stream()
          .filter(e -> e.catalogueId().equals(id))
          .filter(e -> !e.published().isAfter(knownAt))
          .toList();
      out.add(status(id, known, asOf, knownAt));
    }
    return List.copyOf(out);
  }

  /**
   * Selects editions with known-at equal to as-of.
   *
   * @param asOf which law applies, not null
   * @return one status per catalogue, in catalogue id order
   */
  public List<CatalogueStatus> select(LocalDate asOf) {
    return select(asOf, asOf);
  }

  private static CatalogueStatus status(String id, List<CatalogueEdition> known, LocalDate asOf, LocalDate knownAt) {
    if (known.isEmpty()) {
      return new CatalogueStatus(id, CatalogueStatus.State.NOT_PUBLISHED_BY_KNOWN_AT, Optional.empty(), asOf, knownAt);
    }
    for (CatalogueEdition e : known) {
      if (e.validity().contains(asOf)) {
        return new CatalogueStatus(id, CatalogueStatus.State.IN_FORCE, Optional.of(e.asKnownAt(knownAt)), asOf,
            knownAt);
      }
    }
    boolean anyBefore = known.stream().anyMatch(e -> e.validity().isBefore(asOf) || e.validity().contains(asOf));
    boolean anyAfter = known.stream().anyMatch(e -> e.validity().start().isAfter(asOf));
    CatalogueStatus.State state = anyBefore && anyAfter
        ? CatalogueStatus.State.GAP
        : anyAfter ? CatalogueStatus.State.NOT_YET_IN_FORCE : CatalogueStatus.State.ENDED;
    return new CatalogueStatus(id, state, Optional.empty(), asOf, knownAt);
  }

  /**
   * Returns a loader that starts from this snapshot's files, to which updates or overlays can be added. Loading it
   * yields a new snapshot; this one is unchanged whatever happens.
   *
   * @return a new loader, not null
   */
  public Catalogues.Loader toLoader() {
    Catalogues.Loader loader = Catalogues.loader();
    sources.forEach(loader::addJson);
    return loader;
  }

  @Override
  public String toString() {
    return "CatalogueSet[" + editions.size() + " editions, " + entries.size() + " entries, " + vocabulary + "]";
  }
}
