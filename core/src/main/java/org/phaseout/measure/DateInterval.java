package org.phaseout.measure;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A half-open interval of calendar dates (日期区间), {@code [start, end)}: the start is included, the end excluded, as
 * in ThreeTen-Extra's {@code LocalDateRange}. An absent end means the interval is open-ended ("until further notice").
 *
 * <p>Catalogue editions use it for their validity (effective from inclusive, effective until exclusive) and
 * measurements for their period.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DateInterval {

  private final LocalDate start;
  private final LocalDate end;

  private DateInterval(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Returns the interval {@code [start, end)}.
   *
   * @param start the first day included, not null
   * @param end the first day excluded, not null, after {@code start}
   * @return the interval, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public static DateInterval of(LocalDate start, LocalDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "interval end " + end + " must be after its start " + start + " (the end is excluded)");
    }
    return new DateInterval(start, end);
  }

  /**
   * Returns the open-ended interval {@code [start, ∞)}.
   *
   * @param start the first day included, not null
   * @return the interval, not null
   * @throws NullPointerException if {@code start} is null
   */
  public static DateInterval startingAt(LocalDate start) {
    return new DateInterval(Objects.requireNonNull(start, "start"), null);
  }

  /**
   * Returns the interval from {@code start}, closed at {@code end} when one is given.
   *
   * @param start the first day included, not null
   * @param end the first day excluded, or null for an open-ended interval
   * @return the interval, not null
   * @throws NullPointerException if {@code start} is null
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public static DateInterval of(LocalDate start, Optional<LocalDate> end) {
    return end.isPresent() ? of(start, end.get()) : startingAt(start);
  }

  /** @return the first day included, not null */
  public LocalDate start() {
    return start;
  }

  /** @return the first day excluded, empty when the interval is open-ended */
  public Optional<LocalDate> end() {
    return Optional.ofNullable(end);
  }

  /**
   * Whether the date lies in the interval: on or after the start and before the end.
   *
   * @param date the date, not null
   * @return true if the interval contains the date
   * @throws NullPointerException if {@code date} is null
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start) && (end == null || date.isBefore(end));
  }

  /**
   * Whether the two intervals share at least one day.
   *
   * @param other the other interval, not null
   * @return true if they overlap
   * @throws NullPointerException if {@code other} is null
   */
  public boolean overlaps(DateInterval other) {
    Objects.requireNonNull(other, "other");
    boolean thisStartsBeforeOtherEnds = other.end == null || start.isBefore(other.end);
    boolean otherStartsBeforeThisEnds = end == null || other.start.isBefore(end);
    return thisStartsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  /**
   * Whether the whole interval lies before the date, that is the interval has ended on or before it.
   *
   * @param date the date, not null
   * @return true if the interval has an end on or before {@code date}
   */
  public boolean isBefore(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return end != null && !end.isAfter(date);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof DateInterval other && start.equals(other.start) && Objects.equals(end, other.end);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + Objects.hashCode(end);
  }

  /** @return the ISO-8601 form {@code start/end}, with {@code ..} for an open end */
  @Override
  public String toString() {
    return start + "/" + (end == null ? ".." : end.toString());
  }
}
