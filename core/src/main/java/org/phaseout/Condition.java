package org.phaseout;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.phaseout.catalogue.LocalizedText;

/**
 * One node of a finding's explanation (判定过程): a sub-condition of the entry's criterion, whether it was true,
 * false or unknown, and the values compared. Together the nodes say why a unit is or is not non-compliant, and what
 * data is missing.
 *
 * @param text what was checked and what was found, in Chinese and English, not null
 * @param truth the outcome, not null
 * @param actual the value found in the unit's data, if any was reported
 * @param expected the value it was compared with, if the node is a comparison
 * @param parts the sub-conditions of a combination (all, any, not), empty for a leaf
 */
public record Condition(
    LocalizedText text, Truth truth, Optional<String> actual, Optional<String> expected, List<Condition> parts) {

  /** @throws NullPointerException if an argument is null */
  public Condition {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(expected, "expected");
    parts = List.copyOf(parts);
  }
}
