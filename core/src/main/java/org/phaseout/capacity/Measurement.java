package org.phaseout.capacity;

import java.util.Objects;
import java.util.Optional;
import org.phaseout.measure.DateInterval;
import org.phaseout.measure.Quantity;

/**
 * A measured indicator value (指标测量值): the quantity, the period it covers and where it came from (for example an
 * energy audit, an online monitoring system, a statistical report).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Measurement {

  private final Quantity value;
  private final DateInterval period;
  private final String source;

  private Measurement(Quantity value, DateInterval period, String source) {
    this.value = value;
    this.period = period;
    this.source = source;
  }

  /**
   * Returns a measurement.
   *
   * @param value the measured quantity, not null
   * @param period the period measured, closed at its end, or null when not reported
   * @param source the data source, not blank, or null when not reported
   * @return the measurement, not null
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code period} is open-ended or {@code source} is blank, which the units
   *     format cannot carry
   */
  public static Measurement of(Quantity value, DateInterval period, String source) {
    Objects.requireNonNull(value, "value");
    if (period != null && period.end().isEmpty()) {
      throw new IllegalArgumentException("a measurement period must end: " + period + " has no end");
    }
    if (source != null && source.isBlank()) {
      throw new IllegalArgumentException("a measurement source must not be blank; give null when not reported");
    }
    return new Measurement(value, period, source);
  }

  /**
   * Returns a measurement without period or source.
   *
   * @param value the measured quantity, not null
   * @return the measurement, not null
   * @throws NullPointerException if {@code value} is null
   */
  public static Measurement of(Quantity value) {
    return of(value, null, null);
  }

  /** @return the measured quantity, not null */
  public Quantity value() {
    return value;
  }

  /** @return the period measured, if reported */
  public Optional<DateInterval> period() {
    return Optional.ofNullable(period);
  }

  /** @return the data source (数据来源), if reported */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Measurement other
        && value.equals(other.value)
        && Objects.equals(period, other.period)
        && Objects.equals(source, other.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, period, source);
  }

  @Override
  public String toString() {
    return value + (period == null ? "" : " over " + period) + (source == null ? "" : " from " + source);
  }
}
