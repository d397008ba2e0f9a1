package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Optional;
import org.phaseout.capacity.FactValue;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.Criterion;
import org.phaseout.measure.Quantity;

/** Reads the shape of an entry's criteria, for the tests that pin table rows and limits. */
final class CriterionShapes {

  private CriterionShapes() {}

  /** The entry's criterion as one indicator comparison: the limit; fails the test otherwise. */
  static Criterion.Comparison limitOf(CatalogueEntry entry) {
    Criterion c = entry.criterion().orElseThrow(() -> new AssertionError(entry.id() + " is manual"));
    Criterion.Comparison cmp = assertInstanceOf(Criterion.Comparison.class, c,
        entry.id() + ": the criterion is the limit comparison alone");
    assertEquals(Criterion.Operand.Source.INDICATOR, cmp.operand().source(), entry.id() + " compares an indicator");
    return cmp;
  }

  /** The parts of a conjunction, the criterion alone if it is not one, or nothing. */
  static List<Criterion> conjuncts(Optional<Criterion> c) {
    return c.map(x -> x instanceof Criterion.All all ? all.parts() : List.of(x)).orElse(List.of());
  }

  /** The conditions of the entry's scope ({@code applies.when}). */
  static List<Criterion> scopeOf(CatalogueEntry entry) {
    return conjuncts(entry.applicability().when());
  }

  /** The conditions the entry assumes ({@code assumes}). */
  static List<Criterion> assumptionsOf(CatalogueEntry entry) {
    return conjuncts(entry.assumes());
  }

  /** The quantity a comparison compares with. */
  static Quantity quantity(Criterion.Comparison c) {
    return ((FactValue.QuantityFact) c.value()).value();
  }
}
