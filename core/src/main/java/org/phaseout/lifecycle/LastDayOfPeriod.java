package org.phaseout.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The last day of a period after 《民法典》第二百零三条 (期间的最后一日): the day counted by 第二百零一条 and 第二百零二条, and
 * the day it became under the statutory rest-day rule.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param counted the last day as counted without the rest-day rule, not null
 * @param lastDay the last day of the period: the day after the rest ends when {@code check} is
 *     {@link RestDayCheck#EXTENDED}, otherwise {@code counted}; not null
 * @param check what the rule did, not null
 * @param notices the document numbers (文号) of the notices consulted, in date order, not null (empty when no covered
 *     year was consulted)
 * @param uncoveredYear the year the calendar does not cover, when {@code check} is {@link RestDayCheck#NOT_COVERED}
 */
public record LastDayOfPeriod(LocalDate counted, LocalDate lastDay, RestDayCheck check, List<String> notices,
    Optional<Integer> uncoveredYear) {

  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code uncoveredYear} is present exactly when the check is not
   *     {@link RestDayCheck#NOT_COVERED}, or the last day is before the counted day
   */
  public LastDayOfPeriod {
    Objects.requireNonNull(counted, "counted");
    Objects.requireNonNull(lastDay, "lastDay");
    Objects.requireNonNull(check, "check");
    notices = List.copyOf(notices);
    Objects.requireNonNull(uncoveredYear, "uncoveredYear");
    if (uncoveredYear.isPresent() != (check == RestDayCheck.NOT_COVERED)) {
      throw new IllegalArgumentException("an uncovered year is given exactly when the check is NOT_COVERED");
    }
    if (lastDay.isBefore(counted)) {
      throw new IllegalArgumentException("the last day " + lastDay + " is before the counted day " + counted);
    }
  }
}
