package org.phaseout.internal.eval;

import java.util.Locale;
import java.util.Optional;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.Measurement;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.Criterion.Operand;

/** Resolves the operands of criteria against a unit: built-in fields, enterprise facts, unit facts, indicators. */
public final class FactLookup {

  /** The built-in attribute of a unit's rated capacity. */
  public static final String RATED_CAPACITY = "unit.ratedCapacity";
  /** The built-in attribute of a unit's commissioning date. */
  public static final String COMMISSIONED = "unit.commissioned";
  /** The built-in attribute of a unit's operating status. */
  public static final String STATUS = "unit.status";
  /** The prefix of enterprise-level facts. */
  public static final String ENTERPRISE_PREFIX = "enterprise.";

  private FactLookup() {}

  /**
   * Returns the value of an operand for a unit.
   *
   * @param unit the unit
   * @param operand the operand
   * @return the value, or empty if not reported
   */
  public static Optional<FactValue> value(ProductionUnit unit, Operand operand) {
    if (operand.source() == Operand.Source.INDICATOR) {
      return Optional.ofNullable(unit.measurements().get(operand.key())).map(Measurement::value).map(FactValue::of);
    }
    String key = operand.key();
    return switch (key) {
      case RATED_CAPACITY -> unit.ratedCapacity().map(FactValue::of);
      case COMMISSIONED -> unit.commissioned().map(FactValue::of);
      case STATUS -> unit.status().map(s -> FactValue.of(s.name().toLowerCase(Locale.ROOT).replace('_', '-')));
      default -> key.startsWith(ENTERPRISE_PREFIX)
          ? Optional.ofNullable(unit.enterprise().facts().get(key))
          : Optional.ofNullable(unit.facts().get(key));
    };
  }

  /**
   * Whether a key is a built-in field rather than a entry of a facts map.
   *
   * @param key the attribute key
   * @return whether built in
   */
  public static boolean isBuiltIn(String key) {
    return key.equals(RATED_CAPACITY) || key.equals(COMMISSIONED) || key.equals(STATUS);
  }
}
