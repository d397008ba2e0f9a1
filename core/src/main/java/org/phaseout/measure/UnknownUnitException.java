package org.phaseout.measure;

import java.util.Objects;

/**
 * Thrown when text does not name a known unit of measure (未知计量单位).
 *
 * <p>The known units and their accepted aliases are listed by {@link UnitOfMeasure#all()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UnknownUnitException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The text that was looked up. */
  private final String symbol;

  /**
   * Creates an exception for an unrecognised unit symbol.
   *
   * @param symbol the text that was looked up, exactly as given
   * @throws NullPointerException if {@code symbol} is null
   */
  public UnknownUnitException(String symbol) {
    super("'" + Objects.requireNonNull(symbol, "symbol") + "' is not a known unit of measure;"
        + " UnitOfMeasure.all() lists the known units and their aliases");
    this.symbol = symbol;
  }

  /**
   * Returns the text that was looked up (所查符号), exactly as given.
   *
   * @return the symbol, never null
   */
  public String symbol() {
    return symbol;
  }
}
