package org.phaseout.measure;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact amount in a {@link UnitOfMeasure} (数量, 量值), such as {@code 10 t/h} or {@code -30 kgce/t}.
 *
 * <p>The value is a {@link BigDecimal} kept at the scale it was given; no {@code double} is ever involved. Conversion
 * with {@link #to(UnitOfMeasure)} is an exact decimal shift between units of the same {@link QuantityKind}. Converting
 * or comparing across kinds throws {@link IncompatibleUnitException}; comparisons never answer {@code false} for
 * quantities that can not be compared.
 *
 * <p>{@link #equals(Object)} requires the same unit and a numerically equal value, so {@code 1.0 t} equals {@code 1 t}
 * but {@code 1 tce} does not equal {@code 1000 kgce}; use {@link #isEqualTo(Quantity)} to compare across compatible
 * units. This class deliberately does not implement {@link Comparable}, since its ordering is partial.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Quantity {

  private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?[0-9]+(?:\\.[0-9]+)?");

  private static final String EXPECTED = "expected a plain decimal number (optional sign, no exponent, no digit"
      + " grouping), one or more spaces, then a unit symbol, e.g. '10 t/h' or '-30 kgce/t'";

  private final BigDecimal value;
  private final UnitOfMeasure unit;

  private Quantity(BigDecimal value, UnitOfMeasure unit) {
    this.value = value;
    this.unit = unit;
  }

  /**
   * Obtains a quantity from a decimal value and a unit (由数值和单位构造数量). The value keeps its scale.
   *
   * @param value the numeric value
   * @param unit the unit of measure
   * @return the quantity, never null
   * @throws NullPointerException if {@code value} or {@code unit} is null
   */
  public static Quantity of(BigDecimal value, UnitOfMeasure unit) {
    return new Quantity(Objects.requireNonNull(value, "value"), Objects.requireNonNull(unit, "unit"));
  }

  /**
   * Obtains a quantity from a whole number and a unit (由整数和单位构造数量).
   *
   * @param value the numeric value
   * @param unit the unit of measure
   * @return the quantity with scale 0, never null
   * @throws NullPointerException if {@code unit} is null
   */
  public static Quantity of(long value, UnitOfMeasure unit) {
    return of(BigDecimal.valueOf(value), unit);
  }

  /**
   * Obtains a quantity from decimal text and a unit symbol or alias (由数值文本和单位符号构造数量).
   *
   * <p>The decimal must be plain: optional sign, ASCII digits, optional fraction, no exponent, no grouping. Both
   * arguments may be surrounded by whitespace. The value keeps the scale written, so {@code "1.50"} has scale 2.
   *
   * @param decimal the value, such as {@code "-30"} or {@code "1.5"}
   * @param unitSymbol the unit symbol or alias, such as {@code "kgce/t"} or {@code "蒸吨/小时"}
   * @return the quantity, never null
   * @throws NullPointerException if {@code decimal} or {@code unitSymbol} is null
   * @throws QuantityFormatException if {@code decimal} is not a plain decimal number
   * @throws UnknownUnitException if {@code unitSymbol} is not a known unit
   */
  public static Quantity of(String decimal, String unitSymbol) {
    Objects.requireNonNull(decimal, "decimal");
    Objects.requireNonNull(unitSymbol, "unitSymbol");
    String number = decimal.strip();
    if (!PLAIN_DECIMAL.matcher(number).matches()) {
      throw new QuantityFormatException(decimal, "'" + number + "' is not a plain decimal number; " + EXPECTED,
          null);
    }
    return of(new BigDecimal(number), UnitOfMeasure.of(unitSymbol));
  }

  /**
   * Parses a quantity written as a number, whitespace and a unit (解析数量文本), such as {@code "10 t/h"},
   * {@code "-30 kgce/t"}, {@code "13650 kWh/t"}, {@code "1.5 10^4 t/a"} or {@code "10 蒸吨/小时"}.
   *
   * <p>Surrounding whitespace is ignored. The number is a plain decimal (optional sign, ASCII digits, optional
   * fraction, no exponent, no grouping) and keeps its written scale. Everything after the first run of whitespace is
   * the unit symbol or alias, matched as by {@link UnitOfMeasure#of(String)}. {@code parse(q.toString())} returns a
   * quantity equal to {@code q}.
   *
   * @param text the text to parse
   * @return the quantity, never null
   * @throws NullPointerException if {@code text} is null
   * @throws QuantityFormatException if the text is not of the expected form or names no known unit; in the latter
   *     case the cause is an {@link UnknownUnitException}
   */
  public static Quantity parse(String text) {
    Objects.requireNonNull(text, "text");
    String trimmed = text.strip();
    int space = 0;
    while (space < trimmed.length() && !Character.isWhitespace(trimmed.charAt(space))) {
      space++;
    }
    String number = trimmed.substring(0, space);
    String symbol = trimmed.substring(space).strip();
    if (trimmed.isEmpty()) {
      throw new QuantityFormatException(text, "the text is blank; " + EXPECTED, null);
    }
    if (!PLAIN_DECIMAL.matcher(number).matches()) {
      throw new QuantityFormatException(text, "'" + number + "' is not a plain decimal number; " + EXPECTED,
          null);
    }
    if (symbol.isEmpty()) {
      throw new QuantityFormatException(text, "the unit is missing; " + EXPECTED, null);
    }
    UnitOfMeasure unit;
    try {
      unit = UnitOfMeasure.of(symbol);
    } catch (UnknownUnitException e) {
      throw new QuantityFormatException(text, e.getMessage(), e);
    }
    return new Quantity(new BigDecimal(number), unit);
  }

  /**
   * Returns the numeric value (数值) at the scale it was given or produced by conversion.
   *
   * @return the value, never null
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * Returns the unit of measure (计量单位).
   *
   * @return the unit, never null
   */
  public UnitOfMeasure unit() {
    return unit;
  }

  /**
   * Converts this quantity exactly into another unit of the same kind (单位换算), by shifting the decimal point; it
   * never divides or rounds. If this quantity's scale is not negative, the result's scale is the original scale
   * minus the power-of-ten difference, but not below zero: {@code 1 tce} becomes {@code 1000 kgce} and
   * {@code 1000 kgce} becomes {@code 1.000 tce}. Converting to the same unit returns this quantity.
   *
   * @param target the unit to convert into
   * @return the converted quantity, never null
   * @throws NullPointerException if {@code target} is null
   * @throws IncompatibleUnitException if {@code target} is of a different {@link QuantityKind}
   */
  public Quantity to(UnitOfMeasure target) {
    Objects.requireNonNull(target, "target");
    if (unit.equals(target)) {
      return this;
    }
    if (!unit.isConvertibleTo(target)) {
      throw new IncompatibleUnitException(unit, target);
    }
    BigDecimal converted = value.scaleByPowerOfTen(unit.exponent() - target.exponent());
    if (converted.scale() < 0 && value.scale() >= 0) {
      converted = converted.setScale(0);
    }
    return new Quantity(converted, target);
  }

  /**
   * Compares the magnitude of this quantity with another of a compatible unit (比较大小), after exactly converting
   * {@code other} into this quantity's unit. The scale of the values does not matter.
   *
   * @param other the quantity to compare with
   * @return -1, 0 or 1 as this quantity is less than, equal to or greater than {@code other}
   * @throws NullPointerException if {@code other} is null
   * @throws IncompatibleUnitException if the units are of different kinds
   */
  public int compareValue(Quantity other) {
    Objects.requireNonNull(other, "other");
    if (!unit.isConvertibleTo(other.unit)) {
      throw new IncompatibleUnitException(unit, other.unit);
    }
    BigDecimal otherValue = other.value.scaleByPowerOfTen(other.unit.exponent() - unit.exponent());
    return Integer.signum(value.compareTo(otherValue));
  }

  /**
   * Tells whether this quantity is less than {@code other} (小于).
   *
   * @param other the quantity to compare with
   * @return true if this is strictly less than {@code other}
   * @throws NullPointerException if {@code other} is null
   * @throws IncompatibleUnitException if the units are of different kinds
   */
  public boolean isLessThan(Quantity other) {
    return compareValue(other) < 0;
  }

  /**
   * Tells whether this quantity is less than or equal to {@code other} (小于等于, 不高于).
   *
   * @param other the quantity to compare with
   * @return true if this is less than or numerically equal to {@code other}
   * @throws NullPointerException if {@code other} is null
   * @throws IncompatibleUnitException if the units are of different kinds
   */
  public boolean isLessThanOrEqualTo(Quantity other) {
    return compareValue(other) <= 0;
  }

  /**
   * Tells whether this quantity is greater than {@code other} (大于).
   *
   * @param other the quantity to compare with
   * @return true if this is strictly greater than {@code other}
   * @throws NullPointerException if {@code other} is null
   * @throws IncompatibleUnitException if the units are of different kinds
   */
  public boolean isGreaterThan(Quantity other) {
    return compareValue(other) > 0;
  }

  /**
   * Tells whether this quantity is greater than or equal to {@code other} (大于等于, 不低于).
   *
   * @param other the quantity to compare with
   * @return true if this is greater than or numerically equal to {@code other}
   * @throws NullPointerException if {@code other} is null
   * @throws IncompatibleUnitException if the units are of different kinds
   */
  public boolean isGreaterThanOrEqualTo(Quantity other) {
    return compareValue(other) >= 0;
  }

  /**
   * Tells whether this quantity is numerically equal to {@code other} after exact conversion (数值相等), so
   * {@code 1 tce} is equal to {@code 1000 kgce}.
   *
   * @param other the quantity to compare with
   * @return true if the magnitudes are equal
   * @throws NullPointerException if {@code other} is null
   * @throws IncompatibleUnitException if the units are of different kinds
   */
  public boolean isEqualTo(Quantity other) {
    return compareValue(other) == 0;
  }

  /**
   * Compares this quantity with another object for equality: equal if it is a quantity in the same unit with a
   * numerically equal value, whatever the scales. {@code 2.50 t} equals {@code 2.5 t}, but {@code 1 tce} does not
   * equal {@code 1000 kgce} (see {@link #isEqualTo(Quantity)}).
   *
   * @param obj the other object, null returns false
   * @return true if {@code obj} has the same unit and a numerically equal value
   */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Quantity)) {
      return false;
    }
    Quantity other = (Quantity) obj;
    return unit.equals(other.unit) && value.compareTo(other.value) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}: it ignores the scale of the value.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int valueHash = value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
    return 31 * valueHash + unit.hashCode();
  }

  /**
   * Returns the value in plain notation, a space and the unit symbol, such as {@code "10 t/h"} or
   * {@code "1.5 10^4 t/a"}; {@link #parse(String)} accepts the result.
   *
   * @return the text form, never null
   */
  @Override
  public String toString() {
    return value.toPlainString() + " " + unit.symbol();
  }
}
