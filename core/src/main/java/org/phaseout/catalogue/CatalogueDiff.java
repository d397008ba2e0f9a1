package org.phaseout.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What changes between two catalogue snapshots for an as-of date (目录差异): entries added, removed and changed
 * among the editions in force, and the catalogues whose edition in force differs. Use it before loading an update:
 * together with {@link org.phaseout.ComplianceEvaluator} it tells which units would change status.
 *
 * @param asOf the date compared, not null
 * @param added ids of entries in force only in the new snapshot, in order, not null
 * @param removed ids of entries in force only in the old snapshot, in order, not null
 * @param changed ids of entries in force in both whose content differs, in order, not null
 * @param editions for each catalogue whose edition in force differs, the old and new edition keys (or the state when
 *     none is in force), not null
 */
public record CatalogueDiff(
    LocalDate asOf, List<String> added, List<String> removed, List<String> changed,
    Map<String, List<String>> editions) {

  /** @throws NullPointerException if an argument is null */
  public CatalogueDiff {
    Objects.requireNonNull(asOf, "asOf");
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
    editions = java.util.Collections.unmodifiableMap(new TreeMap<>(editions));
  }

  /**
   * Compares two snapshots as of a date (known-at equal to as-of).
   *
   * @param before the old snapshot, not null
   * @param after the new snapshot, not null
   * @param asOf the date, not null
   * @return the differences, not null
   */
  public static CatalogueDiff between(CatalogueSet before, CatalogueSet after, LocalDate asOf) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(asOf, "asOf");
    Map<String, CatalogueEntry> old = inForce(before, asOf);
    Map<String, CatalogueEntry> neu = inForce(after, asOf);
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    Set<String> ids = new TreeSet<>(old.keySet());
    ids.addAll(neu.keySet());
    for (String id : ids) {
      CatalogueEntry a = old.get(id);
      CatalogueEntry b = neu.get(id);
      if (a == null) {
        added.add(id);
      } else if (b == null) {
        removed.add(id);
      } else if (!a.equals(b)) {
        changed.add(id);
      }
    }
    Map<String, String> oldEditions = editions(before, asOf);
    Map<String, String> newEditions = editions(after, asOf);
    Map<String, List<String>> editionChanges = new TreeMap<>();
    Set<String> catalogues = new TreeSet<>(oldEditions.keySet());
    catalogues.addAll(newEditions.keySet());
    for (String id : catalogues) {
      String a = oldEditions.getOrDefault(id, "not loaded");
      String b = newEditions.getOrDefault(id, "not loaded");
      if (!a.equals(b)) {
        editionChanges.put(id, List.of(a, b));
      }
    }
    return new CatalogueDiff(asOf, added, removed, changed, editionChanges);
  }

  /** @return whether nothing differs */
  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && editions.isEmpty();
  }

  private static Map<String, CatalogueEntry> inForce(CatalogueSet set, LocalDate asOf) {
    Map<String, CatalogueEntry> entries = new TreeMap<>();
    for (CatalogueStatus status : set.select(asOf)) {
      status.edition().ifPresent(e -> e.effectiveEntries().forEach(x -> entries.put(x.id(), x)));
    }
    return entries;
  }

  private static Map<String, String> editions(CatalogueSet set, LocalDate asOf) {
    Map<String, String> editions = new TreeMap<>();
    for (CatalogueStatus status : set.select(asOf)) {
      editions.put(status.catalogueId(), status.edition().map(CatalogueEdition::key)
          .orElse(status.state().name().toLowerCase(java.util.Locale.ROOT)));
    }
    return editions;
  }
}
