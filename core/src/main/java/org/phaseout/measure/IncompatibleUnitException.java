package org.phaseout.measure;

import java.util.Objects;

/**
 * Thrown when two units of different {@link QuantityKind kinds} are converted or compared (计量单位不可比较).
 *
 * <p>Comparisons never answer "false" for incompatible units: a threshold in {@code MW} can not be checked against a
 * boiler rated in {@code t/h}, and the caller must be told so.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IncompatibleUnitException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Symbol of the left unit; units are stored by symbol so that the exception stays serializable. */
  private final String leftSymbol;

  /** Symbol of the right unit. */
  private final String rightSymbol;

  /**
   * Creates an exception for an attempt to convert or compare {@code left} with {@code right}.
   *
   * @param left the unit of the quantity being converted or compared
   * @param right the target unit, or the unit of the other quantity
   * @throws NullPointerException if {@code left} or {@code right} is null
   */
  public IncompatibleUnitException(UnitOfMeasure left, UnitOfMeasure right) {
    super(message(Objects.requireNonNull(left, "left"), Objects.requireNonNull(right, "right")));
    this.leftSymbol = left.symbol();
    this.rightSymbol = right.symbol();
  }

  private static String message(UnitOfMeasure left, UnitOfMeasure right) {
    return "Unit '" + left.symbol() + "' (" + left.quantityKind().englishName() + ") is not convertible to unit '"
        + right.symbol() + "' (" + right.quantityKind().englishName() + "): the quantity kinds differ";
  }

  /**
   * Returns the unit of the quantity being converted or compared (左侧单位).
   *
   * @return the left unit, never null
   */
  public UnitOfMeasure left() {
    return UnitOfMeasure.of(leftSymbol);
  }

  /**
   * Returns the target unit or the unit of the other quantity (右侧单位).
   *
   * @return the right unit, never null
   */
  public UnitOfMeasure right() {
    return UnitOfMeasure.of(rightSymbol);
  }
}
