package org.phaseout.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The data of the annual written report on backward-capacity exit (年度落后产能退出情况书面报告), 渝制造强市办〔2025〕4号
 * 三、（三）: case counts overall and by district, dimension, sector and lead department, the capacity exited in its
 * units, and the change against the previous year when one is given. Build it with {@link AnnualReports}.
 *
 * @param year the reporting year, not null
 * @param totals all cases, not null
 * @param byDistrict by the enterprise's division code, in code order, not null
 * @param byDimension by dimension JSON name, not null
 * @param bySector by the enterprise's industry division (GB/T 4754 两位大类, e.g. C31), not null
 * @param byDepartment by lead department (Chinese name), not null
 * @param exitedCapacity rated capacity exited during the year, summed per unit symbol (a unit without a reported
 *     capacity is counted under {@code "unreported"} with its count), not null
 * @param unitStatuses the number of evaluated units per overall status at the year's end, not null
 * @param changeSincePreviousYear the change of the totals against the previous year, when given
 */
public record AnnualReport(
    int year,
    CaseCounts totals,
    SortedMap<String, CaseCounts> byDistrict,
    SortedMap<String, CaseCounts> byDimension,
    SortedMap<String, CaseCounts> bySector,
    SortedMap<String, CaseCounts> byDepartment,
    SortedMap<String, BigDecimal> exitedCapacity,
    SortedMap<String, Integer> unitStatuses,
    Optional<CaseCounts> changeSincePreviousYear) {

  /** @throws NullPointerException if an argument is null */
  public AnnualReport {
    Objects.requireNonNull(totals, "totals");
    byDistrict = copy(byDistrict);
    byDimension = copy(byDimension);
    bySector = copy(bySector);
    byDepartment = copy(byDepartment);
    exitedCapacity = copy(exitedCapacity);
    unitStatuses = copy(unitStatuses);
    Objects.requireNonNull(changeSincePreviousYear, "changeSincePreviousYear");
  }

  private static <V> SortedMap<String, V> copy(SortedMap<String, V> map) {
    return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(map, "map")));
  }

  /** @return the first day of the year */
  public LocalDate start() {
    return LocalDate.of(year, 1, 1);
  }

  /** @return the last day of the year, the date the states are read on */
  public LocalDate end() {
    return LocalDate.of(year, 12, 31);
  }
}
