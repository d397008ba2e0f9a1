package org.phaseout.internal.json;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems found in one JSON document, each with its JSON Pointer. Not thread-safe. */
public final class Problems {

  /** One problem: where and what. */
  public record Problem(String origin, String pointer, String message) {}

  private final String origin;
  private final List<Problem> found = new ArrayList<>();

  /** @param origin the file or resource name */
  public Problems(String origin) {
    this.origin = origin;
  }

  /** @return the file or resource name */
  public String origin() {
    return origin;
  }

  /**
   * Records a problem.
   *
   * @param pointer the JSON Pointer
   * @param message what was expected
   */
  public void add(String pointer, String message) {
    found.add(new Problem(origin, pointer, message));
  }

  /** @return whether any problem was found */
  public boolean any() {
    return !found.isEmpty();
  }

  /** @return the problems in the order found */
  public List<Problem> list() {
    return List.copyOf(found);
  }

  /** @return how many problems were found */
  public int count() {
    return found.size();
  }
}
