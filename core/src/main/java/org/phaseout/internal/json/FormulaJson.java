package org.phaseout.internal.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.phaseout.catalogue.Criterion.Operand;
import org.phaseout.catalogue.Formula;
import org.phaseout.measure.UnitOfMeasure;

/**
 * Reads the formula language of limits a standard gives as a formula: decimal constants (strings or numbers),
 * readings of a quantity fact or indicator in a stated unit, and operations ({@code add}, {@code subtract},
 * {@code multiply}, {@code divide}, {@code power}, {@code ln}, {@code sqrt}, {@code min}, {@code max},
 * {@code polynomial}). Every reading must name a quantity defined in the vocabulary whose unit converts to the unit
 * stated; every operation must have as many arguments as it takes. Nesting is bounded.
 */
final class FormulaJson {

  /** The deepest nesting of a formula: deeper than any standard's formula, shallow enough never to exhaust a stack. */
  static final int MAX_DEPTH = 32;

  private final Function<Cursor, Operand> operands;
  private final Function<Operand, List<UnitOfMeasure>> units;

  /**
   * @param operands reads the fact or indicator of a reading and checks it is defined, or reports and returns null
   * @param units the units an operand's values may be given in
   */
  FormulaJson(Function<Cursor, Operand> operands, Function<Operand, List<UnitOfMeasure>> units) {
    this.operands = operands;
    this.units = units;
  }

  /**
   * Reads a formula.
   *
   * @param c the cursor on it
   * @return the formula, or null after reporting
   */
  Formula read(Cursor c) {
    return read(c, 1);
  }

  private Formula read(Cursor c, int depth) {
    if (depth > MAX_DEPTH) {
      c.problem("a formula may nest at most " + MAX_DEPTH + " levels deep");
      return null;
    }
    if (c.node().isTextual() || c.node().isNumber()) {
      BigDecimal value = c.asDecimal();
      return value == null ? null : new Formula.Constant(value);
    }
    if (!c.node().isObject() || c.node().size() == 0) {
      c.problem("expected a formula: a decimal such as \"3.65\", a reading {\"fact\": …, \"unit\": …}, or an "
          + "operation such as {\"ln\": …} but found " + Cursor.describe(c.node()));
      return null;
    }
    if (c.has("fact") || c.has("indicator")) {
      return reading(c);
    }
    if (c.has("polynomial")) {
      return polynomial(c, depth);
    }
    String name = c.node().fieldNames().next();
    Formula.Operation operation = Formula.Operation.fromJsonName(name);
    if (operation == null || c.node().size() != 1) {
      c.problem("expected one operation of add, subtract, multiply, divide, power, ln, sqrt, min, max or "
          + "polynomial, but found the fields " + fieldNames(c));
      return null;
    }
    Cursor arguments = c.required(name);
    List<Formula> read;
    if (operation.takes(1) && !arguments.node().isArray()) {
      Formula one = read(arguments, depth + 1);
      read = one == null ? null : List.of(one);
    } else {
      read = arguments.asArray(false, a -> read(a, depth + 1));
      if (read != null && read.size() != arguments.node().size()) {
        return null;
      }
    }
    if (read == null) {
      return null;
    }
    if (!operation.takes(read.size())) {
      c.problem(name, "'" + name + "' takes " + operation.arity() + " but was given " + read.size());
      return null;
    }
    return new Formula.Application(operation, read);
  }

  private Formula reading(Cursor c) {
    if (!c.expectObject(Set.of("fact", "indicator", "unit"))) {
      return null;
    }
    Operand operand = operands.apply(c);
    String symbol = c.text("unit");
    if (operand == null || symbol == null) {
      return null;
    }
    UnitOfMeasure unit;
    try {
      unit = UnitOfMeasure.of(symbol);
    } catch (IllegalArgumentException e) {
      c.problem("unit", e.getMessage());
      return null;
    }
    List<UnitOfMeasure> allowed = units.apply(operand);
    if (allowed.isEmpty()) {
      c.problem("'" + operand.key() + "' is not a quantity with a unit, so a formula cannot read it");
      return null;
    }
    for (UnitOfMeasure expected : allowed) {
      if (!unit.isConvertibleTo(expected)) {
        c.problem("unit", "unit '" + unit + "' cannot be converted from '" + expected + "', the unit of '"
            + operand.key() + "'");
        return null;
      }
    }
    return new Formula.Reading(operand, unit);
  }

  private Formula polynomial(Cursor c, int depth) {
    if (!c.expectObject(Set.of("polynomial"))) {
      return null;
    }
    Cursor p = c.required("polynomial");
    if (!p.expectObject(Set.of("of", "coefficients"))) {
      return null;
    }
    Cursor of = p.required("of");
    Formula variable = of == null ? null : read(of, depth + 1);
    List<BigDecimal> coefficients = p.array("coefficients", false, Cursor::asDecimal);
    if (variable == null || coefficients == null
        || coefficients.size() != p.node().get("coefficients").size()) {
      return null;
    }
    if (coefficients.size() < 2) {
      p.problem("coefficients", "a polynomial needs at least two coefficients, highest power first");
      return null;
    }
    return new Formula.Polynomial(variable, coefficients);
  }

  private static String fieldNames(Cursor c) {
    List<String> names = new java.util.ArrayList<>();
    c.node().fieldNames().forEachRemaining(names::add);
    return names.toString();
  }
}
