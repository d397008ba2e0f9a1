package org.phaseout;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.VerificationLevel;

/**
 * How much of a catalogue edition is encoded (覆盖情况), so a reader of a report knows what was not checked.
 *
 * @param key the edition, {@code catalogueId@edition}, not null
 * @param itemsInOfficialText how many items the official text has, when known
 * @param itemsEncoded how many distinct items of the official text the entries encode (条目数), when every entry names
 *     its item; an item encoded as several entries counts once
 * @param entriesEncoded how many entries are encoded
 * @param machineCheckable how many of them have a criterion
 * @param manual how many need manual assessment
 * @param byVerification the number of entries per verification level, not null
 */
public record Coverage(
    String key,
    Optional<Integer> itemsInOfficialText,
    Optional<Integer> itemsEncoded,
    int entriesEncoded,
    int machineCheckable,
    int manual,
    SortedMap<VerificationLevel, Integer> byVerification) {

  /** @throws NullPointerException if an argument is null */
  public Coverage {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(itemsInOfficialText, "itemsInOfficialText");
    Objects.requireNonNull(itemsEncoded, "itemsEncoded");
    byVerification = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(byVerification));
  }

  /**
   * Computes the coverage of an edition.
   *
   * @param edition the edition, not null
   * @return the coverage, not null
   */
  public static Coverage of(CatalogueEdition edition) {
    Map<VerificationLevel, Integer> counts = new TreeMap<>();
    int machine = 0;
    // an item is its section path and number; one left unnumbered makes the count of items unknown
    java.util.Set<java.util.List<String>> items = new java.util.HashSet<>();
    boolean everyItemNamed = true;
    for (CatalogueEntry entry : edition.effectiveEntries()) {
      if (entry.item().isPresent()) {
        java.util.List<String> item = new java.util.ArrayList<>(entry.section());
        item.add(entry.item().get());
        items.add(item);
      } else {
        everyItemNamed = false;
      }
      counts.merge(entry.provenance().verification(), 1, Integer::sum);
      if (entry.isMachineCheckable()) {
        machine++;
      }
    }
    int encoded = edition.effectiveEntries().size();
    return new Coverage(edition.key(), edition.itemsInOfficialText(),
        everyItemNamed && encoded > 0 ? Optional.of(items.size()) : Optional.empty(), encoded, machine,
        encoded - machine, new TreeMap<>(counts));
  }
}
