package org.phaseout;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.phaseout.catalogue.Citation;
import org.phaseout.catalogue.LocalizedText;
import org.phaseout.catalogue.VerificationLevel;

/**
 * The catalogue entry a finding cites (所引条目): where it stands and what it says.
 *
 * @param entryId the entry's id, not null
 * @param catalogueId the catalogue, not null
 * @param edition the edition, not null
 * @param documentNumber the edition's document number (文号), not null
 * @param section the section path, not null
 * @param item the item number, if known
 * @param text the official text and its English gloss, not null
 * @param citations the legal and policy bases, not null
 * @param verification how far the entry has been verified against its source, not null
 */
public record CitedEntry(
    String entryId,
    String catalogueId,
    String edition,
    String documentNumber,
    List<String> section,
    Optional<String> item,
    LocalizedText text,
    List<Citation> citations,
    VerificationLevel verification) {

  /** @throws NullPointerException if an argument is null */
  public CitedEntry {
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(catalogueId, "catalogueId");
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(documentNumber, "documentNumber");
    section = List.copyOf(section);
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(text, "text");
    citations = List.copyOf(citations);
    Objects.requireNonNull(verification, "verification");
  }

  /**
   * Returns where the entry stands: the document number, the section path and the item, for example
   * {@code 渝制造强市办〔2025〕4号 一、主要任务 …}; a section part that repeats the document number (a catalogue known by
   * its title) is not written twice.
   *
   * @return the reference, not null
   */
  public String reference() {
    StringBuilder b = new StringBuilder(documentNumber);
    for (String part : section) {
      if (!part.isEmpty() && !part.equals(documentNumber)) {
        b.append(' ').append(part);
      }
    }
    item.ifPresent(i -> b.append(" 第").append(i).append("项"));
    return b.toString();
  }
}
