package org.phaseout.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a catalogue edition (目录条目): a rule with its official text, where it stands in its document, what
 * it applies to, the machine-checkable criterion, the consequence, the departments responsible, citations and
 * provenance.
 *
 * <p>An entry without a criterion needs manual assessment (人工研判): its text cannot be decided from data. It still
 * yields a finding, with verdict insufficient data, so it is never silently passed.
 *
 * @param id the stable id, unique across all loaded catalogues, not null
 * @param section the section path as in the official text, outermost first, not null
 * @param item the item number as in the official text, if the text numbers its items and the number is known
 * @param text the official text (zh) and its English gloss, not null
 * @param dimension the dimension, not null
 * @param category the category, not null
 * @param applicability which units the entry speaks about, not null
 * @param criterion the condition that is true when a unit falls under the entry; empty for manual assessment
 * @param assumes the case the criterion encodes, where the source adjusts its limit in other cases (for example a
 *     site not above 1500 m where an altitude correction applies above it): where it is not true the finding is
 *     insufficient data, never compliant
 * @param consequence the action and deadline rule, not null
 * @param departments the responsible departments, per region, not null
 * @param citations the legal and policy bases, not empty
 * @param provenance where text and values come from, not null
 */
public record CatalogueEntry(
    String id,
    List<String> section,
    Optional<String> item,
    LocalizedText text,
    Dimension dimension,
    EntryCategory category,
    Applicability applicability,
    Optional<Criterion> criterion,
    Optional<Criterion> assumes,
    Consequence consequence,
    List<DepartmentAssignment> departments,
    List<Citation> citations,
    Provenance provenance) {

  /** @throws NullPointerException if an argument is null */
  public CatalogueEntry {
    Objects.requireNonNull(id, "id");
    section = List.copyOf(section);
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(applicability, "applicability");
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(assumes, "assumes");
    Objects.requireNonNull(consequence, "consequence");
    departments = List.copyOf(departments);
    citations = List.copyOf(citations);
    Objects.requireNonNull(provenance, "provenance");
  }

  /** @return whether the entry can be decided from data, that is whether it has a criterion */
  public boolean isMachineCheckable() {
    return criterion.isPresent();
  }
}
