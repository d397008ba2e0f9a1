package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.UnitProbe.plus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.phaseout.capacity.FactValue;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.LimitWording;
import org.phaseout.catalogue.Operator;
import org.phaseout.measure.Quantity;

/**
 * How the tests read a table row whose grade 3 is a value on one indicator plus fixed gates on others (固定门槛), all of
 * which a unit must meet at once: its limits (the row's value first, then each gate, each failed only below it), the
 * unit its scope describes, and its capacity band, which is one bound or a range.
 */
final class GatedRowProbe {

  private GatedRowProbe() {}

  /**
   * The row's limits by indicator, in the order of its criterion: one comparison, or an {@code any} of comparisons; each
   * is an indicator failed only below its value (低于), so the value itself is met.
   */
  static Map<String, Quantity> limits(String entryId) {
    Criterion c = entry(entryId).criterion().orElseThrow(() -> new AssertionError(entryId + " is manual"));
    List<Criterion> parts = c instanceof Criterion.Any any ? any.parts() : List.of(c);
    Map<String, Quantity> m = new LinkedHashMap<>();
    for (Criterion p : parts) {
      Criterion.Comparison cmp = assertInstanceOf(Criterion.Comparison.class, p, entryId + ": a limit comparison");
      assertEquals(Criterion.Operand.Source.INDICATOR, cmp.operand().source(), entryId + " compares an indicator");
      assertEquals(Operator.LT, cmp.operator(), entryId + ": the value itself is met");
      assertEquals(Optional.of(LimitWording.LOWER_THAN), cmp.wording(), entryId + ": limit word");
      assertEquals(null, m.put(cmp.operand().key(), CriterionShapes.quantity(cmp)), entryId + ": one limit an indicator");
    }
    return m;
  }

  /** The row's limits as text, "indicator value; …", for pinning. */
  static String limitsText(String entryId) {
    return String.join("; ", limits(entryId).entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue().value().toPlainString()).toList());
  }

  /** The capacity band of the row's scope: a comparison or a range on a rated capacity; empty if it has none. */
  static Optional<Criterion> band(String entryId) {
    return CriterionShapes.scopeOf(entry(entryId)).stream().filter(p -> capacityKey(p).isPresent()).findFirst();
  }

  static Optional<String> capacityKey(Criterion c) {
    String key = c instanceof Criterion.Comparison cmp ? cmp.operand().key()
        : c instanceof Criterion.Range r ? r.operand().key() : "";
    return key.startsWith("heatPump.rated") ? Optional.of(key) : Optional.empty();
  }

  /**
   * A unit the row's scope describes: each condition's value, the band's upper bound if it includes one, else 0.1 kW
   * above its lower bound, and every limit of the row at its value.
   */
  static Map<String, Object> unit(String entryId) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Criterion p : CriterionShapes.scopeOf(entry(entryId))) {
      if (p instanceof Criterion.Range r) {
        m.put(r.operand().key(), r.maxInclusive() ? r.max() : plus(r.min(), "0.1"));
      } else if (p instanceof Criterion.Comparison c && c.value() instanceof FactValue.QuantityFact q) {
        m.put(c.operand().key(), c.operator() == Operator.LE ? q.value() : plus(q.value(), "0.1"));
      } else if (p instanceof Criterion.Comparison c && c.value() instanceof FactValue.TextFact t) {
        m.put(c.operand().key(), t.value());
      } else if (p instanceof Criterion.Comparison c && c.value() instanceof FactValue.BooleanFact b) {
        m.put(c.operand().key(), b.value());
      } else {
        throw new AssertionError(entryId + ": unexpected scope condition " + p);
      }
    }
    m.putAll(limits(entryId));
    return m;
  }

  /** The unit of the row's scope with each indicator's limit moved by delta (every limit met when delta ≥ 0). */
  static Map<String, Object> unitAll(String entryId, String delta) {
    Map<String, Object> m = unit(entryId);
    limits(entryId).forEach((k, v) -> m.put(k, plus(v, delta)));
    return m;
  }
}
