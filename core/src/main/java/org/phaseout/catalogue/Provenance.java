package org.phaseout.catalogue;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a catalogue entry's text and values were taken from, and how far they have been verified (来源与核实程度).
 *
 * @param source a URL, or a repository and path, not null
 * @param verification the verification level, not null
 * @param note what remains to be checked, if anything
 */
public record Provenance(String source, VerificationLevel verification, Optional<String> note) {
  /** @throws NullPointerException if an argument is null */
  public Provenance {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(verification, "verification");
    Objects.requireNonNull(note, "note");
  }
}
