package org.phaseout.catalogs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.Condition;
import org.phaseout.Finding;
import org.phaseout.UnitAssessment;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.Measurement;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.measure.Quantity;

/**
 * Builds one unit from a map of attribute keys, indicator codes and {@code unit.ratedCapacity} to values and evaluates
 * it on the bundled catalogues: the probe the catalogue tests share.
 */
final class UnitProbe {

  private static final ComplianceEvaluator EVALUATOR = ComplianceEvaluator.of(BundledData.catalogues());

  private UnitProbe() {}

  /** Evaluates a unit of a kind whose data are given as key → Quantity, Boolean, LocalDate or String. */
  static UnitAssessment assess(Enterprise enterprise, String kind, LocalDate asOf, Map<String, Object> data) {
    ProductionUnit.Builder b = ProductionUnit.builder().id("u").enterprise(enterprise).kind(kind);
    data.forEach((key, value) -> {
      if (key.equals("unit.ratedCapacity")) {
        b.ratedCapacity((Quantity) value);
      } else if (BundledData.catalogues().vocabulary().indicator(key).isPresent()) {
        b.putMeasurements(key, Measurement.of((Quantity) value));
      } else if (value instanceof Quantity q) {
        b.putFacts(key, FactValue.of(q));
      } else if (value instanceof Boolean bool) {
        b.putFacts(key, FactValue.of(bool));
      } else if (value instanceof LocalDate date) {
        b.putFacts(key, FactValue.of(date));
      } else {
        b.putFacts(key, FactValue.of((String) value));
      }
    });
    return EVALUATOR.evaluate(b.build(), asOf).units().get(0);
  }

  /** The entry's finding for a unit of its first kind, or empty when the entry does not speak about the unit. */
  static Optional<Finding> findingIfAny(Enterprise enterprise, CatalogueEntry entry, LocalDate asOf,
      Map<String, Object> data) {
    String kind = new TreeSet<>(entry.applicability().unitKinds()).first();
    return assess(enterprise, kind, asOf, data).findings().stream()
        .filter(f -> f.entry().entryId().equals(entry.id())).findFirst();
  }

  /** Whether an explanation, or any part of it, says so. */
  static boolean explains(Condition c, String zh) {
    return c.text().zh().contains(zh) || c.parts().stream().anyMatch(p -> explains(p, zh));
  }

  /** Key-value pairs; strings that read as quantities ("117 kgce/t") become quantities. */
  static Map<String, Object> data(Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      Object v = keyValues[i + 1];
      m.put((String) keyValues[i], v instanceof String s && s.matches("^-?[0-9.]+ .*") ? Quantity.parse(s) : v);
    }
    return m;
  }

  /**
   * Unit data written as {@code key=value;…} ({@code -} for none): {@code true}/{@code false} are booleans, values that
   * read as a number, a space and a unit are quantities, anything else is text.
   */
  static Map<String, Object> spec(String spec) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (!spec.equals("-")) {
      for (String pair : spec.split(";")) {
        String[] kv = pair.split("=", 2);
        Object value = switch (kv[1]) {
          case "true" -> Boolean.TRUE;
          case "false" -> Boolean.FALSE;
          default -> data(kv[0], kv[1]).get(kv[0]);
        };
        m.put(kv[0], value);
      }
    }
    return m;
  }

  /** A quantity plus a decimal in its own unit. */
  static Quantity plus(Quantity q, String delta) {
    return Quantity.of(q.value().add(new BigDecimal(delta)), q.unit());
  }
}
