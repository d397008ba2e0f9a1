package org.phaseout.capacity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.phaseout.measure.Quantity;

/**
 * A typed fact value (事实值): a boolean, a quantity, a date or a text code. Facts are keyed by an attribute of the
 * catalogue vocabulary, which fixes the type a key must carry.
 *
 * <p>All factories reject {@code null} with a {@link NullPointerException}. Every implementation is immutable and
 * thread-safe.
 */
public sealed interface FactValue {

  /** The value's type, as named in the vocabulary ({@code boolean}, {@code quantity}, {@code date}, {@code text}). */
  FactType type();

  /**
   * Returns a boolean fact.
   *
   * @param value the value
   * @return the fact, not null
   */
  static FactValue of(boolean value) {
    return value ? BooleanFact.TRUE : BooleanFact.FALSE;
  }

  /**
   * Returns a quantity fact.
   *
   * @param value the quantity, not null
   * @return the fact, not null
   * @throws NullPointerException if {@code value} is null
   */
  static FactValue of(Quantity value) {
    return new QuantityFact(value);
  }

  /**
   * Returns a date fact.
   *
   * @param value the date, not null
   * @return the fact, not null
   * @throws NullPointerException if {@code value} is null
   */
  static FactValue of(LocalDate value) {
    return new DateFact(value);
  }

  /**
   * Returns a text fact: a code from the vocabulary's list of allowed values, or free text.
   *
   * @param value the text, not null
   * @return the fact, not null
   * @throws NullPointerException if {@code value} is null
   */
  static FactValue of(String value) {
    return new TextFact(value);
  }

  /** A boolean fact. */
  record BooleanFact(boolean value) implements FactValue {
    static final BooleanFact TRUE = new BooleanFact(true);
    static final BooleanFact FALSE = new BooleanFact(false);

    @Override
    public FactType type() {
      return FactType.BOOLEAN;
    }

    @Override
    public String toString() {
      return Boolean.toString(value);
    }
  }

  /** A quantity fact. */
  record QuantityFact(Quantity value) implements FactValue {
    /** @throws NullPointerException if {@code value} is null */
    public QuantityFact {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public FactType type() {
      return FactType.QUANTITY;
    }

    @Override
    public String toString() {
      return value.toString();
    }
  }

  /** A date fact. */
  record DateFact(LocalDate value) implements FactValue {
    /** @throws NullPointerException if {@code value} is null */
    public DateFact {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public FactType type() {
      return FactType.DATE;
    }

    @Override
    public String toString() {
      return value.toString();
    }
  }

  /** A text fact. */
  record TextFact(String value) implements FactValue {
    /** @throws NullPointerException if {@code value} is null */
    public TextFact {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public FactType type() {
      return FactType.TEXT;
    }

    @Override
    public String toString() {
      return value;
    }
  }

  /** The four fact types of the vocabulary. */
  enum FactType {
    /** {@code boolean}: yes or no (是/否). */
    BOOLEAN,
    /** {@code quantity}: a number with a unit of measure (量). */
    QUANTITY,
    /** {@code date}: an ISO-8601 calendar date (日期). */
    DATE,
    /** {@code text}: a code or free text (文本). */
    TEXT;

    /**
     * Returns the name used in JSON: {@code boolean}, {@code quantity}, {@code date} or {@code text}.
     *
     * @return the JSON name, not null
     */
    public String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Returns a quantity fact from a decimal and a unit symbol, a convenience for tests and examples.
   *
   * @param value the decimal value, not null
   * @param unitSymbol the unit symbol, not null
   * @return the fact, not null
   */
  static FactValue ofQuantity(BigDecimal value, String unitSymbol) {
    return of(Quantity.of(value, org.phaseout.measure.UnitOfMeasure.of(unitSymbol)));
  }
}
