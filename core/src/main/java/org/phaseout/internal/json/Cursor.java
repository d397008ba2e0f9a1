package org.phaseout.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.phaseout.measure.Quantity;

/**
 * A position in a JSON tree that knows its JSON Pointer and reports what it expected to a {@link Problems}
 * collector instead of throwing, so one pass finds every problem. Accessors return null (or empty) after reporting.
 */
public final class Cursor {

  /** The most digits a decimal may have in plain notation, the same bound as the length of a JSON number. */
  public static final int MAX_PLAIN_DIGITS = 64;

  private final Problems problems;
  private final JsonNode node;
  private final String pointer;

  private Cursor(Problems problems, JsonNode node, String pointer) {
    this.problems = problems;
    this.node = node;
    this.pointer = pointer;
  }

  /**
   * Returns a cursor at the root of a document.
   *
   * @param problems the collector
   * @param root the root node
   * @return the cursor
   */
  public static Cursor root(Problems problems, JsonNode root) {
    return new Cursor(problems, root, "");
  }

  /** @return the JSON Pointer of this position */
  public String pointer() {
    return pointer;
  }

  /** @return the node at this position */
  public JsonNode node() {
    return node;
  }

  /** @return the collector */
  public Problems problems() {
    return problems;
  }

  /**
   * Records a problem at this position.
   *
   * @param message what was expected
   */
  public void problem(String message) {
    problems.add(pointer, message);
  }

  /**
   * Records a problem at a field of this position.
   *
   * @param field the field name
   * @param message what was expected
   */
  public void problem(String field, String message) {
    problems.add(childPointer(field), message);
  }

  private String childPointer(String field) {
    return pointer + "/" + field.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Checks this is an object whose fields are all among the allowed names; reports each unknown field.
   *
   * @param allowed the allowed field names
   * @return whether this is an object
   */
  public boolean expectObject(Set<String> allowed) {
    if (!node.isObject()) {
      problem("expected an object but found " + describe(node));
      return false;
    }
    Iterator<String> names = node.fieldNames();
    List<String> unknown = new ArrayList<>();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        unknown.add(name);
      }
    }
    unknown.sort(null);
    for (String name : unknown) {
      problem(name, "unknown field '" + name + "'; expected one of " + new java.util.TreeSet<>(allowed));
    }
    return true;
  }

  /**
   * Whether the object has the field (with any value but null).
   *
   * @param field the field name
   * @return whether present
   */
  public boolean has(String field) {
    JsonNode child = node.get(field);
    return child != null && !child.isNull();
  }

  /**
   * Returns the cursor at a required field, reporting it if missing.
   *
   * @param field the field name
   * @return the cursor, or null if missing
   */
  public Cursor required(String field) {
    JsonNode child = node.get(field);
    if (child == null || child.isNull()) {
      problem(field, "required field '" + field + "' is missing");
      return null;
    }
    return new Cursor(problems, child, childPointer(field));
  }

  /**
   * Returns the cursor at an optional field.
   *
   * @param field the field name
   * @return the cursor, or null if absent or null
   */
  public Cursor optional(String field) {
    JsonNode child = node.get(field);
    if (child == null || child.isNull()) {
      return null;
    }
    return new Cursor(problems, child, childPointer(field));
  }

  /** @return the text value, or null after reporting that a non-empty string was expected */
  public String asText() {
    if (!node.isTextual()) {
      problem("expected a string but found " + describe(node));
      return null;
    }
    if (node.textValue().isBlank()) {
      problem("expected a non-empty string");
      return null;
    }
    return node.textValue();
  }

  /**
   * Reads a required non-empty string field.
   *
   * @param field the field
   * @return the text, or null after reporting
   */
  public String text(String field) {
    Cursor c = required(field);
    return c == null ? null : c.asText();
  }

  /**
   * Reads an optional non-empty string field.
   *
   * @param field the field
   * @return the text if present and valid
   */
  public Optional<String> optionalText(String field) {
    Cursor c = optional(field);
    return c == null ? Optional.empty() : Optional.ofNullable(c.asText());
  }

  /** @return the ISO date, or null after reporting */
  public LocalDate asDate() {
    String text = asText();
    if (text == null) {
      return null;
    }
    try {
      if (text.length() != 10) {
        throw new DateTimeParseException("length", text, 0);
      }
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problem("expected an ISO-8601 date such as 2025-12-31 but found '" + text + "'");
      return null;
    }
  }

  /**
   * Reads a required date field.
   *
   * @param field the field
   * @return the date, or null after reporting
   */
  public LocalDate date(String field) {
    Cursor c = required(field);
    return c == null ? null : c.asDate();
  }

  /** @return the ISO-8601 period such as P6M, or null after reporting */
  public Period asPeriod() {
    String text = asText();
    if (text == null) {
      return null;
    }
    try {
      Period p = Period.parse(text);
      if (p.isNegative() || p.isZero()) {
        problem("expected a positive period but found '" + text + "'");
        return null;
      }
      return p;
    } catch (DateTimeParseException e) {
      problem("expected an ISO-8601 period such as P6M or P3M but found '" + text + "'");
      return null;
    }
  }

  /** @return the boolean, or null after reporting */
  public Boolean asBoolean() {
    if (!node.isBoolean()) {
      problem("expected true or false but found " + describe(node));
      return null;
    }
    return node.booleanValue();
  }

  /** @return the integer, or null after reporting */
  public Integer asInt() {
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      problem("expected an integer but found " + describe(node));
      return null;
    }
    return node.intValue();
  }

  /**
   * Reads a decimal. Exponent notation is accepted, but not a value of more than {@value #MAX_PLAIN_DIGITS} digits in
   * plain notation, the form in which quantities are written and explained: {@code 1e999999999} is rejected.
   *
   * @return the decimal, or null after reporting
   */
  public BigDecimal asDecimal() {
    BigDecimal decimal = null;
    if (node.isNumber()) {
      decimal = node.decimalValue();
    } else if (node.isTextual()) {
      try {
        decimal = new BigDecimal(node.textValue().trim());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    if (decimal == null) {
      problem("expected a decimal number but found " + describe(node));
      return null;
    }
    long integerDigits = Math.max((long) decimal.precision() - decimal.scale(), 1);
    if (integerDigits + Math.max(decimal.scale(), 0) > MAX_PLAIN_DIGITS) {
      problem("expected a decimal number of at most " + MAX_PLAIN_DIGITS + " digits in plain notation but found "
          + describe(node));
      return null;
    }
    return decimal;
  }

  /**
   * Reads a quantity written as a string such as {@code "10 t/h"}, or as {@code {"value": 10, "unit": "t/h"}}.
   *
   * @return the quantity, or null after reporting
   */
  public Quantity asQuantity() {
    try {
      if (node.isTextual()) {
        return Quantity.parse(node.textValue());
      }
      if (node.isObject()) {
        if (!expectObject(Set.of("value", "unit"))) {
          return null;
        }
        Cursor value = required("value");
        String unit = text("unit");
        BigDecimal decimal = value == null ? null : value.asDecimal();
        if (decimal == null || unit == null) {
          return null;
        }
        return Quantity.of(decimal, org.phaseout.measure.UnitOfMeasure.of(unit));
      }
      problem("expected a quantity such as \"10 t/h\" or {\"value\": 10, \"unit\": \"t/h\"} but found "
          + describe(node));
      return null;
    } catch (IllegalArgumentException e) {
      problem("expected a quantity such as \"10 t/h\": " + e.getMessage());
      return null;
    }
  }

  /**
   * Maps each element of a required array.
   *
   * @param field the field
   * @param allowEmpty whether an empty array is valid
   * @param reader reads one element; may return null after reporting
   * @param <T> the element type
   * @return the elements read (failed ones omitted), or null if the field is missing or not an array
   */
  public <T> List<T> array(String field, boolean allowEmpty, Function<Cursor, T> reader) {
    Cursor c = required(field);
    return c == null ? null : c.asArray(allowEmpty, reader);
  }

  /**
   * Maps each element of an optional array; absent means empty.
   *
   * @param field the field
   * @param reader reads one element
   * @param <T> the element type
   * @return the elements read, never null
   */
  public <T> List<T> optionalArray(String field, Function<Cursor, T> reader) {
    Cursor c = optional(field);
    if (c == null) {
      return List.of();
    }
    List<T> list = c.asArray(true, reader);
    return list == null ? List.of() : list;
  }

  /**
   * Maps each element of this array.
   *
   * @param allowEmpty whether an empty array is valid
   * @param reader reads one element
   * @param <T> the element type
   * @return the elements read, or null after reporting that an array was expected
   */
  public <T> List<T> asArray(boolean allowEmpty, Function<Cursor, T> reader) {
    if (!node.isArray()) {
      problem("expected an array but found " + describe(node));
      return null;
    }
    if (!allowEmpty && node.isEmpty()) {
      problem("expected a non-empty array");
    }
    List<T> out = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      T value = reader.apply(new Cursor(problems, node.get(i), pointer + "/" + i));
      if (value != null) {
        out.add(value);
      }
    }
    return out;
  }

  /**
   * Maps each field of this object, in field-name order.
   *
   * @param reader reads one value given its name
   * @param <T> the value type
   * @return the name-value pairs read, or null after reporting that an object was expected
   */
  public <T> List<Map.Entry<String, T>> asFields(java.util.function.BiFunction<String, Cursor, T> reader) {
    if (!node.isObject()) {
      problem("expected an object but found " + describe(node));
      return null;
    }
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    names.sort(null);
    List<Map.Entry<String, T>> out = new ArrayList<>();
    for (String name : names) {
      T value = reader.apply(name, new Cursor(problems, node.get(name), childPointer(name)));
      if (value != null) {
        out.add(Map.entry(name, value));
      }
    }
    return out;
  }

  /**
   * Reads an enum constant written exactly as its JSON name: lower case with hyphens, e.g. {@code under-construction}.
   *
   * @param type the enum type
   * @param <E> the enum
   * @return the constant, or null after reporting the allowed values
   */
  public <E extends Enum<E>> E asEnum(Class<E> type) {
    String text = asText();
    if (text == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (jsonName(constant).equals(text)) {
        return constant;
      }
    }
    List<String> allowed = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      allowed.add(jsonName(constant));
    }
    problem("expected one of " + allowed + " but found '" + text + "'");
    return null;
  }

  /**
   * Returns the JSON name of an enum constant: lower case with hyphens.
   *
   * @param constant the constant
   * @return the name
   */
  public static String jsonName(Enum<?> constant) {
    return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /**
   * Describes a node for a message: its JSON type and a short excerpt.
   *
   * @param node the node
   * @return the description
   */
  public static String describe(JsonNode node) {
    String type = switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "the string";
      case NUMBER -> "the number";
      case BOOLEAN -> "the boolean";
      case NULL -> "null";
      default -> "a value";
    };
    if (node.isValueNode() && !node.isNull()) {
      String text = node.isTextual() ? "'" + node.textValue() + "'" : node.toString();
      if (text.length() > 60) {
        text = text.substring(0, 57) + "...";
      }
      return type + " " + text;
    }
    return type;
  }
}
