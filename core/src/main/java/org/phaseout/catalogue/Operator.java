package org.phaseout.catalogue;

/** A comparison operator of the criterion language, written in JSON as {@code < <= > >= = !=}. */
public enum Operator {
  /** Less than. */
  LT("<"),
  /** Less than or equal to. */
  LE("<="),
  /** Greater than. */
  GT(">"),
  /** Greater than or equal to. */
  GE(">="),
  /** Equal to. */
  EQ("="),
  /** Not equal to. */
  NE("!=");

  private final String symbol;

  Operator(String symbol) {
    this.symbol = symbol;
  }

  /** @return the JSON symbol, for example {@code <=} */
  public String symbol() {
    return symbol;
  }

  /**
   * Returns the operator for a JSON symbol.
   *
   * @param symbol the symbol, not null
   * @return the operator, or null if the symbol is not one of {@code < <= > >= = !=}
   */
  public static Operator fromSymbol(String symbol) {
    for (Operator op : values()) {
      if (op.symbol.equals(symbol)) {
        return op;
      }
    }
    return null;
  }

  /**
   * Applies the operator to the result of a {@code compareTo}.
   *
   * @param comparison negative, zero or positive
   * @return whether the comparison satisfies the operator
   */
  public boolean test(int comparison) {
    return switch (this) {
      case LT -> comparison < 0;
      case LE -> comparison <= 0;
      case GT -> comparison > 0;
      case GE -> comparison >= 0;
      case EQ -> comparison == 0;
      case NE -> comparison != 0;
    };
  }
}
