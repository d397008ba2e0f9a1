package org.phaseout.internal.eval;

import org.phaseout.capacity.FactValue;

/** Compares fact values of one type; quantities across units by exact conversion, throwing on incompatible units. */
final class Comparisons {

  private Comparisons() {}

  static int compare(FactValue actual, FactValue threshold) {
    if (actual instanceof FactValue.QuantityFact a && threshold instanceof FactValue.QuantityFact t) {
      return a.value().compareValue(t.value());
    }
    if (actual instanceof FactValue.DateFact a && threshold instanceof FactValue.DateFact t) {
      return a.value().compareTo(t.value());
    }
    if (actual instanceof FactValue.BooleanFact a && threshold instanceof FactValue.BooleanFact t) {
      return Boolean.compare(a.value(), t.value());
    }
    if (actual instanceof FactValue.TextFact a && threshold instanceof FactValue.TextFact t) {
      return a.value().compareTo(t.value());
    }
    throw new IllegalArgumentException("cannot compare a " + actual.type().jsonName() + " with a "
        + threshold.type().jsonName());
  }
}
