package org.phaseout.internal.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.FactValue.FactType;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.Criterion.Operand;
import org.phaseout.catalogue.Formula;
import org.phaseout.catalogue.LimitWording;
import org.phaseout.catalogue.Operator;
import org.phaseout.catalogue.Vocabulary;
import org.phaseout.measure.Quantity;
import org.phaseout.measure.UnitOfMeasure;

/**
 * Reads the criterion language. Every operand must be defined in the vocabulary; every value must have the operand's
 * type and a unit convertible to the operand's unit; every ordering comparison of a quantity or date must name the
 * limit word of its source, and the operator must be the one that word means. Every limit word means an ordering, so
 * one given with {@code =} or {@code !=} contradicts its operator and is rejected too.
 */
public final class CriterionJson {

  /** The attribute key of a unit's rated capacity, whose unit is fixed per unit kind. */
  public static final String RATED_CAPACITY = "unit.ratedCapacity";

  private static final Set<String> COMPARISON = Set.of("fact", "indicator", "op", "value", "wording", "note");
  private static final Set<String> MEMBERSHIP = Set.of("fact", "in", "note");
  private static final Set<String> RANGE = Set.of("fact", "indicator", "range", "wording", "note");
  private static final Set<String> FORMULA_LIMIT = Set.of("fact", "indicator", "op", "formula", "wording", "note");
  private static final Set<String> COMPUTED_VALUE = Set.of("formula", "op", "value", "wording", "note");

  private final Vocabulary vocabulary;
  private final Set<String> unitKinds;

  /**
   * @param vocabulary the merged vocabulary
   * @param unitKinds the unit kinds of the entry, used to check the unit of rated-capacity comparisons
   */
  public CriterionJson(Vocabulary vocabulary, Set<String> unitKinds) {
    this.vocabulary = vocabulary;
    this.unitKinds = unitKinds;
  }

  /**
   * Reads a criterion of a scope or an assumption, where {@code findingOf} has no place.
   *
   * @param c the cursor
   * @return the criterion, or null after reporting
   */
  public Criterion read(Cursor c) {
    return readTree(c, false);
  }

  /**
   * Reads an entry's criterion: any criterion, where {@code {"findingOf": catalogueId}} may also appear, alone or
   * within {@code all}, {@code any} and {@code not}.
   *
   * @param c the cursor
   * @return the criterion, or null after reporting
   */
  public Criterion readEntryCriterion(Cursor c) {
    return readTree(c, true);
  }

  private Criterion readTree(Cursor c, boolean findings) {
    if (c.node().isObject() && c.has("findingOf")) {
      if (!findings) {
        c.problem("findingOf", "'findingOf' reads the unit's other findings, so it belongs in an entry's criterion "
            + "only, never in a scope or an assumption");
        return null;
      }
      c.expectObject(Set.of("findingOf", "entries", "note"));
      String catalogueId = c.text("findingOf");
      List<String> entries = c.optionalArray("entries", Cursor::asText);
      return catalogueId == null || entries == null
          ? null
          : new Criterion.FindingOf(catalogueId, new java.util.TreeSet<>(entries));
    }
    return readAny(c, findings);
  }

  private Criterion readAny(Cursor c, boolean findings) {
    if (!c.node().isObject()) {
      c.problem("expected a criterion object (all, any, not, present, or a comparison) but found "
          + Cursor.describe(c.node()));
      return null;
    }
    if (c.has("all") || c.has("any")) {
      String op = c.has("all") ? "all" : "any";
      c.expectObject(Set.of(op, "note"));
      List<Criterion> parts = c.array(op, false, p -> readTree(p, findings));
      if (parts == null || parts.size() != c.node().get(op).size()) {
        return null;
      }
      return op.equals("all") ? new Criterion.All(parts) : new Criterion.Any(parts);
    }
    if (c.has("unconditional")) {
      c.expectObject(Set.of("unconditional", "note"));
      Cursor u = c.required("unconditional");
      Boolean value = u == null ? null : u.asBoolean();
      if (value != null && !value) {
        u.problem("expected true: an entry that never applies has no place in a catalogue");
        return null;
      }
      return value == null ? null : new Criterion.Unconditional();
    }
    if (c.has("not")) {
      c.expectObject(Set.of("not", "note"));
      Cursor part = c.required("not");
      Criterion read = part == null ? null : readTree(part, findings);
      return read == null ? null : new Criterion.Not(read);
    }
    if (c.has("present")) {
      c.expectObject(Set.of("present", "note"));
      Cursor p = c.required("present");
      if (!p.expectObject(Set.of("fact", "indicator"))) {
        return null;
      }
      Operand operand = operand(p);
      return operand == null ? null : new Criterion.Presence(operand);
    }
    if (c.has("formula")) {
      return calculation(c);
    }
    if (c.has("in")) {
      return membership(c);
    }
    if (c.has("range")) {
      return range(c);
    }
    return comparison(c);
  }

  private Criterion membership(Cursor c) {
    c.expectObject(MEMBERSHIP);
    Operand operand = operand(c);
    List<String> values = c.array("in", false, Cursor::asText);
    if (operand == null || values == null) {
      return null;
    }
    if (type(operand) != FactType.TEXT) {
      c.problem("in", "membership needs a text fact; '" + operand.key() + "' is " + type(operand).jsonName());
      return null;
    }
    Set<String> allowed = vocabulary.attribute(operand.key()).orElseThrow().allowedValues();
    for (String v : new TreeSet<>(values)) {
      if (!allowed.isEmpty() && !allowed.contains(v)) {
        c.problem("in", "'" + v + "' is not an allowed value of '" + operand.key() + "'; expected one of " + allowed);
      }
    }
    return new Criterion.Membership(operand, new TreeSet<>(values));
  }

  private Criterion range(Cursor c) {
    c.expectObject(RANGE);
    Operand operand = operand(c);
    String wording = c.text("wording");
    Cursor r = c.required("range");
    if (operand == null || r == null || !r.expectObject(Set.of("min", "minInclusive", "max", "maxInclusive"))) {
      return null;
    }
    Quantity min = quantity(r.required("min"), operand);
    Quantity max = quantity(r.required("max"), operand);
    Cursor minInc = r.required("minInclusive");
    Cursor maxInc = r.required("maxInclusive");
    Boolean minInclusive = minInc == null ? null : minInc.asBoolean();
    Boolean maxInclusive = maxInc == null ? null : maxInc.asBoolean();
    if (min == null || max == null || minInclusive == null || maxInclusive == null || wording == null) {
      return null;
    }
    if (min.isGreaterThan(max)) {
      r.problem("expected min " + min + " not to exceed max " + max);
      return null;
    }
    return new Criterion.Range(operand, min, minInclusive, max, maxInclusive, wording);
  }

  private Criterion comparison(Cursor c) {
    if (!c.has("fact") && !c.has("indicator")) {
      c.problem("expected a criterion: one of all, any, not, present, in, range, formula, or a comparison with fact "
          + "or indicator, op and value");
      return null;
    }
    c.expectObject(COMPARISON);
    Operand operand = operand(c);
    String symbol = c.text("op");
    Operator op = symbol == null ? null : Operator.fromSymbol(symbol);
    if (symbol != null && op == null) {
      c.problem("op", "expected one of <, <=, >, >=, =, != but found '" + symbol + "'");
    }
    Cursor valueCursor = c.required("value");
    if (operand == null || op == null || valueCursor == null) {
      return null;
    }
    FactType type = type(operand);
    FactValue value = value(valueCursor, operand, type);
    Optional<LimitWording> wording = wording(c, op, type);
    if (value == null || wording == null) {
      return null;
    }
    if ((type == FactType.BOOLEAN || type == FactType.TEXT) && op != Operator.EQ && op != Operator.NE) {
      c.problem("op", "a " + type.jsonName() + " fact can only be compared with = or !=");
      return null;
    }
    return new Criterion.Comparison(operand, op, value, wording);
  }

  /**
   * Reads a calculation: a quantity against a limit formula, {@code {"indicator": …, "op": …, "formula": F,
   * "wording": …}}, the formula in the quantity's unit; or a computed value against a number, {@code {"formula": F,
   * "op": …, "value": "20", "wording": …}}.
   */
  private Criterion calculation(Cursor c) {
    boolean limit = c.has("fact") || c.has("indicator");
    c.expectObject(limit ? FORMULA_LIMIT : COMPUTED_VALUE);
    FormulaJson formulas = new FormulaJson(this::operand, this::expectedUnits);
    Formula left = null;
    Formula right;
    if (limit) {
      Operand operand = operand(c);
      if (operand != null) {
        List<UnitOfMeasure> units = expectedUnits(operand);
        if (type(operand) != FactType.QUANTITY || units.isEmpty() || units.stream().distinct().count() != 1) {
          c.problem("'" + operand.key() + "' is not a quantity of one unit, so it cannot be compared with a formula");
        } else {
          left = new Formula.Reading(operand, units.get(0));
        }
      }
      Cursor f = c.required("formula");
      right = f == null ? null : formulas.read(f);
    } else {
      Cursor f = c.required("formula");
      left = f == null ? null : formulas.read(f);
      Cursor v = c.required("value");
      BigDecimal value = v == null ? null : v.asDecimal();
      right = value == null ? null : new Formula.Constant(value);
    }
    String symbol = c.text("op");
    Operator op = symbol == null ? null : Operator.fromSymbol(symbol);
    if (symbol != null && op == null) {
      c.problem("op", "expected one of <, <=, >, >=, =, != but found '" + symbol + "'");
    }
    Optional<LimitWording> wording = op == null ? null : wording(c, op, FactType.QUANTITY);
    if (left == null || right == null || op == null || wording == null) {
      return null;
    }
    return new Criterion.Calculation(left, op, right, wording);
  }

  private Optional<LimitWording> wording(Cursor c, Operator op, FactType type) {
    boolean ordering = op != Operator.EQ && op != Operator.NE;
    Cursor w = c.optional("wording");
    if (w == null) {
      if (ordering) {
        c.problem("wording", "an ordering comparison must name the limit word of its source (以下, 以上, 不满, 超过, "
            + "...) so its inclusiveness can be checked");
        return null;
      }
      return Optional.empty();
    }
    String word = w.asText();
    if (word == null) {
      return null;
    }
    Optional<LimitWording> wording = LimitWording.fromWord(word);
    if (wording.isEmpty()) {
      w.problem("unknown limit word '" + word + "'; expected one of " + knownWords());
      return null;
    }
    if (wording.get().operator() != op) {
      c.problem("op", "the limit word '" + word + "' means '" + wording.get().operator().symbol() + "' ("
          + (wording.get().includesLimit() ? "the limit itself included" : "the limit itself excluded")
          + ", 民法典 第一千二百五十九条) but op is '" + op.symbol() + "'");
      return null;
    }
    return wording;
  }

  private static List<String> knownWords() {
    return java.util.Arrays.stream(LimitWording.values()).map(LimitWording::word).toList();
  }

  private FactValue value(Cursor v, Operand operand, FactType type) {
    return switch (type) {
      case QUANTITY -> {
        Quantity q = quantity(v, operand);
        yield q == null ? null : FactValue.of(q);
      }
      case DATE -> {
        java.time.LocalDate d = v.asDate();
        yield d == null ? null : FactValue.of(d);
      }
      case BOOLEAN -> {
        Boolean b = v.asBoolean();
        yield b == null ? null : FactValue.of(b);
      }
      case TEXT -> {
        String t = v.asText();
        Set<String> allowed = vocabulary.attribute(operand.key()).map(a -> a.allowedValues()).orElse(Set.of());
        if (t != null && !allowed.isEmpty() && !allowed.contains(t)) {
          v.problem("'" + t + "' is not an allowed value of '" + operand.key() + "'; expected one of " + allowed);
          yield null;
        }
        yield t == null ? null : FactValue.of(t);
      }
    };
  }

  private Quantity quantity(Cursor v, Operand operand) {
    if (v == null) {
      return null;
    }
    if (type(operand) != FactType.QUANTITY) {
      v.problem("'" + operand.key() + "' is a " + type(operand).jsonName() + ", not a quantity");
      return null;
    }
    Quantity q = v.asQuantity();
    if (q == null) {
      return null;
    }
    for (UnitOfMeasure expected : expectedUnits(operand)) {
      if (!q.unit().isConvertibleTo(expected)) {
        v.problem("unit '" + q.unit() + "' cannot be compared with '" + expected + "', the unit of '"
            + operand.key() + "'");
        return null;
      }
    }
    return q;
  }

  private List<UnitOfMeasure> expectedUnits(Operand operand) {
    if (operand.source() == Operand.Source.INDICATOR) {
      return List.of(vocabulary.indicator(operand.key()).orElseThrow().unit());
    }
    if (operand.key().equals(RATED_CAPACITY)) {
      return unitKinds.stream()
          .sorted()
          .map(k -> vocabulary.unitKind(k).flatMap(u -> u.capacityUnit()))
          .flatMap(Optional::stream)
          .toList();
    }
    return vocabulary.attribute(operand.key()).flatMap(a -> a.unit()).stream().toList();
  }

  private FactType type(Operand operand) {
    return operand.source() == Operand.Source.INDICATOR
        ? FactType.QUANTITY
        : vocabulary.attribute(operand.key()).orElseThrow().type();
  }

  private Operand operand(Cursor c) {
    boolean fact = c.has("fact");
    boolean indicator = c.has("indicator");
    if (fact == indicator) {
      c.problem("expected exactly one of 'fact' or 'indicator'");
      return null;
    }
    String key = c.text(fact ? "fact" : "indicator");
    if (key == null) {
      return null;
    }
    if (fact && vocabulary.attribute(key).isEmpty()) {
      c.problem("fact", "unknown attribute '" + key + "': it is not defined in the vocabulary");
      return null;
    }
    if (indicator && vocabulary.indicator(key).isEmpty()) {
      c.problem("indicator", "unknown indicator '" + key + "': it is not defined in the vocabulary");
      return null;
    }
    return new Operand(fact ? Operand.Source.FACT : Operand.Source.INDICATOR, key);
  }
}
