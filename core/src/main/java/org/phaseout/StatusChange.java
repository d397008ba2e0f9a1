package org.phaseout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueSet;

/**
 * A unit whose overall status differs between two catalogue snapshots (状态变化), as a catalogue update would change
 * it.
 *
 * @param unitId the unit, not null
 * @param before the status under the old snapshot, not null
 * @param after the status under the new snapshot, not null
 */
public record StatusChange(String unitId, UnitStatus before, UnitStatus after) {

  /** @throws NullPointerException if an argument is null */
  public StatusChange {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /**
   * Evaluates units under both snapshots and returns those whose status changes, in unit id order.
   *
   * @param units the units, not null
   * @param before the old snapshot, not null
   * @param after the new snapshot, not null
   * @param asOf the as-of date, not null
   * @return the changes, not null
   * @throws InvalidInputException if the units do not fit either vocabulary
   */
  public static List<StatusChange> between(Collection<ProductionUnit> units, CatalogueSet before, CatalogueSet after,
      java.time.LocalDate asOf) {
    Map<String, UnitStatus> old = statuses(ComplianceEvaluator.of(before).evaluate(units, asOf));
    Map<String, UnitStatus> neu = statuses(ComplianceEvaluator.of(after).evaluate(units, asOf));
    List<StatusChange> changes = new ArrayList<>();
    old.forEach((id, status) -> {
      UnitStatus now = neu.get(id);
      if (now != status) {
        changes.add(new StatusChange(id, status, now));
      }
    });
    return List.copyOf(changes);
  }

  private static Map<String, UnitStatus> statuses(ComplianceReport report) {
    Map<String, UnitStatus> map = new TreeMap<>();
    report.units().forEach(u -> map.put(u.unitId(), u.status()));
    return map;
  }
}
