package org.phaseout.catalogue;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found while loading catalogue files (加载问题): the file, the JSON Pointer (RFC 6901) to the offending
 * value, and what was expected.
 *
 * @param origin the file or resource name, not null
 * @param pointer the JSON Pointer, {@code ""} for the whole document, not null
 * @param message what was expected and what was found, not null
 */
public record CatalogueProblem(String origin, String pointer, String message) implements Comparable<CatalogueProblem> {

  private static final Comparator<CatalogueProblem> ORDER =
      Comparator.comparing(CatalogueProblem::origin)
          .thenComparing(CatalogueProblem::pointer)
          .thenComparing(CatalogueProblem::message);

  /** @throws NullPointerException if an argument is null */
  public CatalogueProblem {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public int compareTo(CatalogueProblem other) {
    return ORDER.compare(this, other);
  }

  /** @return {@code origin at pointer: message}, the one-line form for logs and command lines */
  @Override
  public String toString() {
    return origin + " at " + (pointer.isEmpty() ? "/" : pointer) + ": " + message;
  }
}
