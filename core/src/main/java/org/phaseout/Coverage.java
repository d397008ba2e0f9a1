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
 * @param entriesEncoded how many entries are encoded
 * @param machineCheckable how many of them have a criterion
 * @param manual how many need manual assessment
 * @param byVerification the number of entries per verification level, not null
 */
public record Coverage(
    String key,
    Optional<Integer> itemsInOfficialText,
    int entriesEncoded,
    int machineCheckable,
    int manual,
    SortedMap<VerificationLevel, Integer> byVerification) {

  /** @throws NullPointerException if an argument is null */
  public Coverage {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(itemsInOfficialText, "itemsInOfficialText");
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
    for (CatalogueEntry entry : edition.effectiveEntries()) {
      counts.merge(entry.provenance().verification(), 1, Integer::sum);
      if (entry.isMachineCheckable()) {
        machine++;
      }
    }
    int encoded = edition.effectiveEntries().size();
    return new Coverage(edition.key(), edition.itemsInOfficialText(), encoded, machine, encoded - machine,
        new TreeMap<>(counts));
  }
}
