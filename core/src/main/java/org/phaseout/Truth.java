package org.phaseout;

/**
 * A truth value of three-valued logic (三值逻辑): true, false or unknown, combined by Kleene's strong rules. Unknown
 * arises when a fact or measurement a condition needs is not reported; it is never read as compliant.
 */
public enum Truth {
  /** The condition holds. */
  TRUE,
  /** The condition does not hold. */
  FALSE,
  /** The data needed to decide is missing. */
  UNKNOWN;

  /**
   * Returns the truth of a Java boolean.
   *
   * @param value the boolean
   * @return TRUE or FALSE
   */
  public static Truth of(boolean value) {
    return value ? TRUE : FALSE;
  }

  /**
   * Kleene conjunction: false dominates, then unknown.
   *
   * @param other the other operand, not null
   * @return the conjunction
   */
  public Truth and(Truth other) {
    if (this == FALSE || other == FALSE) {
      return FALSE;
    }
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : TRUE;
  }

  /**
   * Kleene disjunction: true dominates, then unknown.
   *
   * @param other the other operand, not null
   * @return the disjunction
   */
  public Truth or(Truth other) {
    if (this == TRUE || other == TRUE) {
      return TRUE;
    }
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : FALSE;
  }

  /** @return the negation; unknown stays unknown */
  public Truth not() {
    return switch (this) {
      case TRUE -> FALSE;
      case FALSE -> TRUE;
      case UNKNOWN -> UNKNOWN;
    };
  }
}
