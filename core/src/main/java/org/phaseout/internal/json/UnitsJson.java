package org.phaseout.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.capacity.Measurement;
import org.phaseout.capacity.OperatingStatus;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.Vocabulary;
import org.phaseout.internal.eval.UnitValidation;
import org.phaseout.measure.DateInterval;
import org.phaseout.measure.Quantity;

/** The JSON form of enterprises and production units: reading with every problem reported, canonical writing. */
public final class UnitsJson {

  private static final Set<String> TOP = Set.of("type", "enterprises", "units");
  private static final Set<String> ENTERPRISE = Set.of("creditCode", "name", "division", "industry", "facts");
  private static final Set<String> UNIT = Set.of("id", "enterprise", "kind", "ratedCapacity", "commissioned",
      "status", "facts", "measurements");

  private UnitsJson() {}

  /**
   * Reads a units document.
   *
   * @param root the document root
   * @param vocabulary the vocabulary facts are typed and checked by
   * @return the units, in document order (problems are in the cursor's collector)
   */
  public static List<ProductionUnit> read(Cursor root, Vocabulary vocabulary) {
    if (!root.expectObject(TOP)) {
      return List.of();
    }
    Cursor type = root.required("type");
    if (type != null && !"units".equals(type.asText())) {
      type.problem("expected \"units\"");
    }
    UnitValidation validation = UnitValidation.of(vocabulary);
    Map<String, Enterprise> enterprises = new TreeMap<>();
    root.array("enterprises", true, c -> {
      Enterprise e = enterprise(c, vocabulary);
      if (e != null) {
        validation.checkFacts(e.facts(), c.problems(), c.pointer() + "/facts", true);
        if (enterprises.putIfAbsent(e.creditCode().toString(), e) != null) {
          c.problem("creditCode", "enterprise " + e.creditCode() + " is listed twice");
        }
      }
      return null;
    });
    Set<String> ids = new java.util.HashSet<>();
    List<ProductionUnit> units = root.array("units", true, c -> {
      ProductionUnit unit = unit(c, vocabulary, enterprises);
      if (unit != null) {
        if (!ids.add(unit.id())) {
          c.problem("id", "unit id '" + unit.id() + "' is used twice");
        }
        validation.checkWithoutEnterprise(unit, c.problems(), c.pointer());
      }
      return unit;
    });
    return units == null ? List.of() : units;
  }

  private static Enterprise enterprise(Cursor c, Vocabulary vocabulary) {
    if (!c.expectObject(ENTERPRISE)) {
      return null;
    }
    int before = c.problems().count();
    CreditCode code = parse(c, "creditCode", CreditCode::parse);
    String name = c.text("name");
    DivisionCode division = parse(c, "division", DivisionCode::parse);
    IndustryCode industry = parse(c, "industry", IndustryCode::parse);
    Map<String, FactValue> facts = facts(c.optional("facts"), vocabulary);
    if (c.problems().count() > before) {
      return null;
    }
    return Enterprise.builder().creditCode(code).name(name).division(division).industry(industry).putAllFacts(facts)
        .build();
  }

  private static ProductionUnit unit(Cursor c, Vocabulary vocabulary, Map<String, Enterprise> enterprises) {
    if (!c.expectObject(UNIT)) {
      return null;
    }
    int before = c.problems().count();
    String id = c.text("id");
    String enterpriseCode = c.text("enterprise");
    Enterprise enterprise = enterpriseCode == null ? null : enterprises.get(enterpriseCode.strip());
    if (enterpriseCode != null && enterprise == null) {
      c.problem("enterprise", "no enterprise with credit code '" + enterpriseCode + "' is listed in /enterprises");
    }
    String kind = c.text("kind");
    Cursor cap = c.optional("ratedCapacity");
    Quantity capacity = cap == null ? null : cap.asQuantity();
    Cursor com = c.optional("commissioned");
    LocalDate commissioned = com == null ? null : com.asDate();
    Cursor st = c.optional("status");
    OperatingStatus status = st == null ? null : st.asEnum(OperatingStatus.class);
    Map<String, FactValue> facts = facts(c.optional("facts"), vocabulary);
    Map<String, Measurement> measurements = new TreeMap<>();
    Cursor ms = c.optional("measurements");
    if (ms != null) {
      List<Map.Entry<String, Measurement>> read = ms.asFields((code, m) -> measurement(m));
      if (read != null) {
        read.forEach(e -> measurements.put(e.getKey(), e.getValue()));
      }
    }
    if (c.problems().count() > before) {
      return null;
    }
    return ProductionUnit.builder().id(id).enterprise(enterprise).kind(kind)
        .ratedCapacity(Optional.ofNullable(capacity)).commissioned(Optional.ofNullable(commissioned))
        .status(Optional.ofNullable(status)).putAllFacts(facts).putAllMeasurements(measurements).build();
  }

  private static Measurement measurement(Cursor m) {
    if (!m.expectObject(Set.of("value", "period", "source"))) {
      return null;
    }
    Cursor v = m.required("value");
    Quantity value = v == null ? null : v.asQuantity();
    DateInterval period = null;
    Cursor p = m.optional("period");
    if (p != null && p.expectObject(Set.of("from", "until"))) {
      LocalDate from = p.date("from");
      LocalDate until = p.date("until");
      if (from != null && until != null) {
        if (until.isAfter(from)) {
          period = DateInterval.of(from, until);
        } else {
          p.problem("until", "expected 'until' (exclusive) after 'from' " + from + " but found " + until);
        }
      }
    }
    Optional<String> source = m.optionalText("source");
    return value == null ? null : Measurement.of(value, period, source.orElse(null));
  }

  private static Map<String, FactValue> facts(Cursor c, Vocabulary vocabulary) {
    Map<String, FactValue> facts = new TreeMap<>();
    if (c == null) {
      return facts;
    }
    List<Map.Entry<String, FactValue>> read = c.asFields((key, v) -> fact(key, v, vocabulary));
    if (read != null) {
      read.forEach(e -> facts.put(e.getKey(), e.getValue()));
    }
    return facts;
  }

  private static FactValue fact(String key, Cursor v, Vocabulary vocabulary) {
    Optional<Vocabulary.Attribute> attribute = vocabulary.attribute(key);
    if (attribute.isEmpty()) {
      v.problem("unknown attribute '" + key + "': it is not defined in the vocabulary");
      return null;
    }
    return switch (attribute.get().type()) {
      case BOOLEAN -> {
        Boolean b = v.asBoolean();
        yield b == null ? null : FactValue.of(b);
      }
      case QUANTITY -> {
        Quantity q = v.asQuantity();
        yield q == null ? null : FactValue.of(q);
      }
      case DATE -> {
        LocalDate d = v.asDate();
        yield d == null ? null : FactValue.of(d);
      }
      case TEXT -> {
        String t = v.asText();
        yield t == null ? null : FactValue.of(t);
      }
    };
  }

  private static <T> T parse(Cursor c, String field, java.util.function.Function<String, T> parser) {
    Cursor f = c.required(field);
    String text = f == null ? null : f.asText();
    if (text == null) {
      return null;
    }
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      f.problem(e.getMessage());
      return null;
    }
  }

  /**
   * Writes units and their enterprises as a canonical units document: enterprises by credit code, units by id.
   *
   * @param units the units
   * @return the document tree
   */
  public static ObjectNode write(Collection<ProductionUnit> units) {
    ObjectNode root = CanonicalJson.object();
    root.put("type", "units");
    Map<String, Enterprise> enterprises = new TreeMap<>();
    units.forEach(u -> enterprises.putIfAbsent(u.enterprise().creditCode().toString(), u.enterprise()));
    ArrayNode es = root.putArray("enterprises");
    enterprises.values().forEach(e -> es.add(enterprise(e)));
    ArrayNode us = root.putArray("units");
    List<ProductionUnit> sorted = new ArrayList<>(units);
    sorted.sort(Comparator.comparing(ProductionUnit::id));
    sorted.forEach(u -> us.add(unit(u)));
    return root;
  }

  private static ObjectNode enterprise(Enterprise e) {
    ObjectNode node = CanonicalJson.object();
    node.put("creditCode", e.creditCode().toString());
    node.put("name", e.name());
    node.put("division", e.division().toString());
    node.put("industry", e.industry().toString());
    node.set("facts", facts(e.facts()));
    return node;
  }

  private static ObjectNode unit(ProductionUnit u) {
    ObjectNode node = CanonicalJson.object();
    node.put("id", u.id());
    node.put("enterprise", u.enterprise().creditCode().toString());
    node.put("kind", u.kind());
    u.ratedCapacity().ifPresent(q -> node.put("ratedCapacity", q.toString()));
    u.commissioned().ifPresent(d -> node.put("commissioned", d.toString()));
    u.status().ifPresent(s -> node.put("status", Cursor.jsonName(s)));
    node.set("facts", facts(u.facts()));
    ObjectNode ms = node.putObject("measurements");
    u.measurements().forEach((code, m) -> {
      ObjectNode mn = ms.putObject(code);
      mn.put("value", m.value().toString());
      m.period().ifPresent(p -> {
        ObjectNode pn = mn.putObject("period");
        pn.put("from", p.start().toString());
        p.end().ifPresent(end -> pn.put("until", end.toString()));
      });
      m.source().ifPresent(s -> mn.put("source", s));
    });
    return node;
  }

  private static ObjectNode facts(Map<String, FactValue> facts) {
    ObjectNode node = CanonicalJson.object();
    facts.forEach((k, v) -> {
      if (v instanceof FactValue.BooleanFact b) {
        node.put(k, b.value());
      } else {
        node.put(k, v.toString());
      }
    });
    return node;
  }

  /**
   * Returns the tree of a fact value as written.
   *
   * @param value the value
   * @return the node
   */
  public static JsonNode factNode(FactValue value) {
    return value instanceof FactValue.BooleanFact b
        ? CanonicalJson.nodes().booleanNode(b.value())
        : CanonicalJson.nodes().textNode(value.toString());
  }
}
