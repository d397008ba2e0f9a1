package org.phaseout.screening;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.phaseout.measure.Quantity;

/**
 * One month of an account's electricity consumption (月度用电量), as the grid company records it.
 *
 * @param month the month, not null
 * @param consumption the electricity consumed, in a unit convertible to kWh, not null
 * @param night the part consumed at night (夜间用电量), if recorded
 */
public record MonthlyConsumption(YearMonth month, Quantity consumption, Optional<Quantity> night) {
  /** @throws NullPointerException if an argument is null */
  public MonthlyConsumption {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(consumption, "consumption");
    Objects.requireNonNull(night, "night");
  }
}
