package org.phaseout.catalogue;

import java.util.List;

/**
 * Thrown when catalogue files cannot be loaded (目录加载失败). It carries every problem found, not only the first, each
 * naming the file, the JSON Pointer and what was expected. A failed load changes nothing: a previously loaded
 * {@link CatalogueSet} stays as it was.
 *
 * <p>The message is meant for people: one line per problem, no stack trace needed.
 */
public final class CatalogueException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<CatalogueProblem> problems;

  /**
   * Creates an exception for the problems found.
   *
   * @param problems the problems, not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public CatalogueException(List<CatalogueProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems.stream().sorted().toList());
  }

  /** @return the problems, in file and pointer order, never empty */
  public List<CatalogueProblem> problems() {
    return problems;
  }

  private static String describe(List<CatalogueProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a CatalogueException needs at least one problem");
    }
    StringBuilder sb = new StringBuilder();
    sb.append(problems.size() == 1 ? "1 problem" : problems.size() + " problems").append(" loading catalogues:");
    problems.stream().sorted().forEach(p -> sb.append("\n  - ").append(p));
    return sb.toString();
  }
}
