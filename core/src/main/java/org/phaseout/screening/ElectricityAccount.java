package org.phaseout.screening;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.phaseout.capacity.Enterprise;
import org.phaseout.measure.Quantity;

/**
 * An enterprise's electricity account with its monthly consumption and, if declared, its output over the same time
 * (用电户及申报产量).
 *
 * @param id the account id, unique in a batch, not null
 * @param enterprise the enterprise, with its declared industry, not null
 * @param declaredOutput the output the enterprise declared for the previous calendar year, in tonnes, if any
 * @param months the monthly consumption, in any order, not null
 */
public record ElectricityAccount(
    String id, Enterprise enterprise, Optional<Quantity> declaredOutput, List<MonthlyConsumption> months) {
  /** @throws NullPointerException if an argument is null */
  public ElectricityAccount {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(enterprise, "enterprise");
    Objects.requireNonNull(declaredOutput, "declaredOutput");
    months = List.copyOf(months);
  }
}
