package org.phaseout.internal.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.Measurement;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.Vocabulary;
import org.phaseout.internal.json.Problems;
import org.phaseout.measure.Quantity;
import org.phaseout.measure.UnitOfMeasure;

/**
 * Checks a production unit against the vocabulary: its kind, every fact key and type, every indicator code, and
 * that every quantity's unit can be converted to the unit the vocabulary fixes.
 */
public final class UnitValidation {

  private final Vocabulary vocabulary;
  // hash lookups of the vocabulary's sorted maps: validation runs once per unit
  private final Map<String, Vocabulary.UnitKind> kinds;
  private final Map<String, Vocabulary.Attribute> attributes;
  private final Map<String, Vocabulary.Indicator> indicators;

  /** The validation made last: readers of units ask for one per document or line, mostly for the same vocabulary. */
  private static volatile UnitValidation last;

  /**
   * Returns a validation for a vocabulary, the one made last when it is for the same vocabulary object.
   *
   * @param vocabulary the vocabulary of the loaded catalogues
   * @return the validation
   */
  public static UnitValidation of(Vocabulary vocabulary) {
    UnitValidation v = last;
    if (v == null || v.vocabulary != vocabulary) {
      v = new UnitValidation(vocabulary);
      last = v;
    }
    return v;
  }

  /** @param vocabulary the vocabulary of the loaded catalogues */
  public UnitValidation(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.kinds = interned(vocabulary.unitKinds());
    this.attributes = interned(vocabulary.attributes());
    this.indicators = interned(vocabulary.indicators());
  }

  /**
   * Copies a map with its keys interned: keys in code are literals and Jackson interns field names, so a lookup of
   * such a key is decided by identity.
   */
  private static <V> Map<String, V> interned(Map<String, V> map) {
    Map<String, V> copy = new HashMap<>();
    map.forEach((k, v) -> copy.put(k.intern(), v));
    return copy;
  }

  /**
   * Checks one unit.
   *
   * @param unit the unit
   * @param problems where problems are reported
   * @param pointer the JSON Pointer of the unit in its document, {@code ""} for a unit given as an object
   */
  public void check(ProductionUnit unit, Problems problems, String pointer) {
    check(unit, problems, pointer, true);
  }

  /**
   * Checks one unit but not its enterprise's facts, for a units document where the enterprise is listed, and its
   * facts checked, once under {@code /enterprises}.
   *
   * @param unit the unit
   * @param problems where problems are reported
   * @param pointer the JSON Pointer of the unit in its document
   */
  public void checkWithoutEnterprise(ProductionUnit unit, Problems problems, String pointer) {
    check(unit, problems, pointer, false);
  }

  private void check(ProductionUnit unit, Problems problems, String pointer, boolean enterpriseFacts) {
    Optional<Vocabulary.UnitKind> kind = Optional.ofNullable(kinds.get(unit.kind()));
    if (kind.isEmpty()) {
      problems.add(pointer + "/kind", "unknown unit kind '" + unit.kind() + "'; expected one of "
          + vocabulary.unitKinds().keySet());
    }
    Optional<UnitOfMeasure> capacityUnit = kind.flatMap(Vocabulary.UnitKind::capacityUnit);
    if (unit.ratedCapacity().isPresent() && capacityUnit.isPresent()) {
      checkUnit(unit.ratedCapacity().get(), capacityUnit.get(), problems, pointer + "/ratedCapacity",
          "the rated capacity of a " + unit.kind());
    }
    if (enterpriseFacts && !unit.enterprise().facts().isEmpty()) {
      checkFacts(unit.enterprise().facts(), problems, pointer + "/enterprise/facts", true);
    }
    if (!unit.facts().isEmpty()) {
      checkFacts(unit.facts(), problems, pointer + "/facts", false);
    }
    for (Map.Entry<String, Measurement> m : unit.measurements().entrySet()) {
      Vocabulary.Indicator indicator = indicators.get(m.getKey());
      if (indicator == null) {
        problems.add(pointer + "/measurements/" + escape(m.getKey()),
            "unknown indicator '" + m.getKey() + "': it is not defined in the vocabulary");
      } else if (!m.getValue().value().unit().isConvertibleTo(indicator.unit())) {
        checkUnit(m.getValue().value(), indicator.unit(), problems,
            pointer + "/measurements/" + escape(m.getKey()) + "/value", "indicator " + m.getKey());
      }
    }
  }

  /**
   * Checks facts against the vocabulary.
   *
   * @param facts the facts
   * @param problems where problems are reported
   * @param pointer the JSON Pointer of the facts object
   * @param enterprise whether these are enterprise facts, whose keys must start with {@code enterprise.}
   */
  public void checkFacts(Map<String, FactValue> facts, Problems problems, String pointer, boolean enterprise) {
    // forEach, not an entry iterator: no wrapper objects per fact of an unmodifiable sorted map
    facts.forEach((key, value) -> checkFact(key, value, problems, pointer, enterprise));
  }

  private void checkFact(String key, FactValue value, Problems problems, String pointer, boolean enterprise) {
    Vocabulary.Attribute a = attributes.get(key);
    if (a == null) {
      problems.add(where(pointer, key), "unknown attribute '" + key + "': it is not defined in the vocabulary");
      return;
    }
    if (FactLookup.isBuiltIn(key)) {
      problems.add(where(pointer, key), "'" + key + "' is a field of the unit itself; give it as such, not as a fact");
      return;
    }
    if (enterprise != key.startsWith(FactLookup.ENTERPRISE_PREFIX)) {
      problems.add(where(pointer, key), enterprise
          ? "enterprise facts have keys starting with 'enterprise.' but found '" + key + "'"
          : "'" + key + "' is an enterprise fact; give it on the enterprise");
      return;
    }
    if (value.type() != a.type()) {
      problems.add(where(pointer, key),
          "expected a " + a.type().jsonName() + " but found a " + value.type().jsonName());
    } else if (value instanceof FactValue.QuantityFact q && a.unit().isPresent()) {
      if (!q.value().unit().isConvertibleTo(a.unit().get())) {
        checkUnit(q.value(), a.unit().get(), problems, where(pointer, key), "'" + key + "'");
      }
    } else if (value instanceof FactValue.TextFact t && !a.allowedValues().isEmpty()
        && !a.allowedValues().contains(t.value())) {
      problems.add(where(pointer, key),
          "'" + t.value() + "' is not an allowed value; expected one of " + a.allowedValues());
    }
  }

  private static void checkUnit(Quantity q, UnitOfMeasure expected, Problems problems, String where, String what) {
    if (!q.unit().isConvertibleTo(expected)) {
      problems.add(where, what + " must be in a unit convertible to '" + expected + "' (" + expected.quantityKind()
          .chineseName() + ") but is in '" + q.unit() + "' (" + q.unit().quantityKind().chineseName() + ")");
    }
  }

  /** The JSON Pointer of a fact, built only when a problem is reported. */
  private static String where(String pointer, String key) {
    return pointer + "/" + escape(key);
  }

  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
