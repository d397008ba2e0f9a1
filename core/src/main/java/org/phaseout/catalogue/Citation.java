package org.phaseout.catalogue;

import java.util.Objects;
import java.util.Optional;

/**
 * A citation of a legal or policy basis (依据): the document, the clause within it and where it can be read.
 *
 * @param document the document title or number, for example 渝制造强市办〔2025〕4号, not null
 * @param clause the clause, section or table cited, not null (may be empty when the whole document is meant)
 * @param url where the text can be read, if known
 */
public record Citation(String document, String clause, Optional<String> url) {
  /** @throws NullPointerException if an argument is null */
  public Citation {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(url, "url");
  }

  @Override
  public String toString() {
    return clause.isEmpty() ? document : document + " " + clause;
  }
}
