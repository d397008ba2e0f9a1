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
    return Optional.ofNullable(valueOrNull(unit, operand));
  }

  /**
   * Returns the value of an operand for a unit, or null; the allocation-free form of {@link #value}.
   *
   * @param unit the unit
   * @param operand the operand
   * @return the value, or null if not reported
   */
  public static FactValue valueOrNull(ProductionUnit unit, Operand operand) {
    String key = operand.key();
    if (operand.source() == Operand.Source.INDICATOR) {
      Measurement m = unit.measurements().get(key);
      return m == null ? null : FactValue.of(m.value());
    }
    return switch (key) {
      case RATED_CAPACITY -> unit.ratedCapacity().map(FactValue::of).orElse(null);
      case COMMISSIONED -> unit.commissioned().map(FactValue::of).orElse(null);
      case STATUS -> unit.status().map(s -> FactValue.of(s.name().toLowerCase(Locale.ROOT).replace('_', '-')))
          .orElse(null);
      default -> key.startsWith(ENTERPRISE_PREFIX) ? unit.enterprise().facts().get(key) : unit.facts().get(key);
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
