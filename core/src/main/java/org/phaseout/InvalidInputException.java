package org.phaseout;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when units or enterprises given for evaluation are invalid (输入数据无效): an unknown unit kind, a fact key
 * not in the vocabulary, a value of the wrong type, a quantity in a unit that cannot be converted, a bad credit code,
 * a duplicate unit id. It carries every problem found, each naming where (the file or unit, and a JSON Pointer) and
 * what was expected. Nothing is evaluated when it is thrown.
 */
public final class InvalidInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * Creates an exception for the problems found.
   *
   * @param problems the problems, not empty
   */
  public InvalidInputException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** @return the problems, in the order found, never empty */
  public List<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
    }
    StringBuilder sb = new StringBuilder();
    sb.append(problems.size() == 1 ? "1 problem" : problems.size() + " problems").append(" in the input:");
    int shown = 0;
    for (Problem p : problems) {
      if (shown++ == 50) {
        sb.append("\n  - ... and ").append(problems.size() - 50).append(" more");
        break;
      }
      sb.append("\n  - ").append(p);
    }
    return sb.toString();
  }

  /**
   * One input problem.
   *
   * @param origin the file, or {@code unit <id>} for units given as objects, not null
   * @param pointer the JSON Pointer to the offending value, not null
   * @param message what was expected, not null
   */
  public record Problem(String origin, String pointer, String message) {
    /** @throws NullPointerException if an argument is null */
    public Problem {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      return origin + " at " + (pointer.isEmpty() ? "/" : pointer) + ": " + message;
    }
  }
}
