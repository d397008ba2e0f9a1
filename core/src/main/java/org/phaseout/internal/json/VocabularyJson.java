package org.phaseout.internal.json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.phaseout.capacity.FactValue.FactType;
import org.phaseout.catalogue.LocalizedText;
import org.phaseout.catalogue.Vocabulary;
import org.phaseout.catalogue.Vocabulary.Attribute;
import org.phaseout.catalogue.Vocabulary.Department;
import org.phaseout.catalogue.Vocabulary.Indicator;
import org.phaseout.catalogue.Vocabulary.UnitKind;
import org.phaseout.measure.UnitOfMeasure;

/** Reads a vocabulary document ({@code "type": "vocabulary"}) and merges several into one. */
public final class VocabularyJson {

  private static final Set<String> TOP =
      Set.of("type", "schemaVersion", "id", "description", "unitKinds", "attributes", "indicators", "departments");

  /** The definitions of one vocabulary file, by id, in file order. */
  public record Part(
      String origin,
      Map<String, UnitKind> unitKinds,
      Map<String, Attribute> attributes,
      Map<String, Indicator> indicators,
      Map<String, Department> departments) {}

  private VocabularyJson() {}

  /**
   * Reads one vocabulary document.
   *
   * @param root the cursor at the document root
   * @return the definitions read (those with problems omitted)
   */
  public static Part read(Cursor root) {
    root.expectObject(TOP);
    Map<String, UnitKind> kinds = new LinkedHashMap<>();
    Map<String, Attribute> attributes = new LinkedHashMap<>();
    Map<String, Indicator> indicators = new LinkedHashMap<>();
    Map<String, Department> departments = new LinkedHashMap<>();
    root.text("id");
    Cursor version = root.required("schemaVersion");
    Integer schemaVersion = version == null ? null : version.asInt();
    if (schemaVersion != null && schemaVersion != CatalogueJson.SCHEMA_VERSION) {
      version.problem("this engine reads vocabulary format version " + CatalogueJson.SCHEMA_VERSION + " but found "
          + schemaVersion);
    }
    root.optionalArray("unitKinds", c -> {
      if (!c.expectObject(Set.of("id", "zh", "en", "capacityUnit"))) {
        return null;
      }
      String id = c.text("id");
      LocalizedText name = name(c);
      Optional<UnitOfMeasure> unit = unit(c, "capacityUnit");
      if (id != null && name != null && unique(c, kinds.containsKey(id), id)) {
        kinds.put(id, new UnitKind(id, name, unit));
      }
      return null;
    });
    root.optionalArray("attributes", c -> {
      if (!c.expectObject(Set.of("key", "type", "unit", "values", "zh", "en"))) {
        return null;
      }
      String key = c.text("key");
      Cursor typeCursor = c.required("type");
      FactType type = typeCursor == null ? null : typeCursor.asEnum(FactType.class);
      Optional<UnitOfMeasure> unit = unit(c, "unit");
      Set<String> values = new TreeSet<>(c.optionalArray("values", Cursor::asText));
      LocalizedText name = name(c);
      if (type != null && type != FactType.QUANTITY && c.has("unit")) {
        c.problem("unit", "only quantity attributes have a unit; this one is " + type.jsonName());
      }
      if (type != null && type != FactType.TEXT && c.has("values")) {
        c.problem("values", "only text attributes list allowed values; this one is " + type.jsonName());
      }
      if (key != null && type != null && name != null && unique(c, attributes.containsKey(key), key)) {
        attributes.put(key, new Attribute(key, type, unit, values, name));
      }
      return null;
    });
    root.optionalArray("indicators", c -> {
      if (!c.expectObject(Set.of("code", "unit", "zh", "en"))) {
        return null;
      }
      String code = c.text("code");
      Optional<UnitOfMeasure> unit = unit(c, "unit");
      if (!c.has("unit")) {
        c.problem("unit", "required field 'unit' is missing");
      }
      LocalizedText name = name(c);
      if (code != null && unit.isPresent() && name != null && unique(c, indicators.containsKey(code), code)) {
        indicators.put(code, new Indicator(code, unit.get(), name));
      }
      return null;
    });
    root.optionalArray("departments", c -> {
      if (!c.expectObject(Set.of("id", "zh", "en"))) {
        return null;
      }
      String id = c.text("id");
      LocalizedText name = name(c);
      if (id != null && name != null && unique(c, departments.containsKey(id), id)) {
        departments.put(id, new Department(id, name));
      }
      return null;
    });
    return new Part(root.problems().origin(), kinds, attributes, indicators, departments);
  }

  /**
   * Merges vocabulary parts. The same id defined twice identically is accepted (files may repeat a definition);
   * defined twice differently is a problem reported against the later origin in name order, so the outcome does not
   * depend on load order.
   *
   * @param parts the parts, in any order
   * @param problems where conflicts are reported, by origin
   * @return the merged vocabulary
   */
  public static Vocabulary merge(java.util.List<Part> parts, java.util.function.Function<String, Problems> problems) {
    java.util.List<Part> sorted = new java.util.ArrayList<>(parts);
    sorted.sort(java.util.Comparator.comparing(Part::origin));
    Map<String, UnitKind> kinds = new LinkedHashMap<>();
    Map<String, Attribute> attributes = new LinkedHashMap<>();
    Map<String, Indicator> indicators = new LinkedHashMap<>();
    Map<String, Department> departments = new LinkedHashMap<>();
    Map<String, String> definedIn = new java.util.HashMap<>();
    for (Part part : sorted) {
      Problems p = problems.apply(part.origin());
      mergeInto(kinds, part.unitKinds(), p, "/unitKinds", "unit kind", definedIn);
      mergeInto(attributes, part.attributes(), p, "/attributes", "attribute", definedIn);
      mergeInto(indicators, part.indicators(), p, "/indicators", "indicator", definedIn);
      mergeInto(departments, part.departments(), p, "/departments", "department", definedIn);
    }
    return Vocabulary.of(kinds, attributes, indicators, departments);
  }

  private static <T> void mergeInto(
      Map<String, T> into, Map<String, T> from, Problems p, String where, String what, Map<String, String> definedIn) {
    for (Map.Entry<String, T> e : from.entrySet()) {
      T existing = into.putIfAbsent(e.getKey(), e.getValue());
      if (existing == null) {
        definedIn.put(where + "/" + e.getKey(), p.origin());
      } else if (!existing.equals(e.getValue())) {
        p.add(where, what + " '" + e.getKey() + "' is already defined differently in "
            + definedIn.get(where + "/" + e.getKey()));
      }
    }
  }

  private static boolean unique(Cursor c, boolean duplicate, String id) {
    if (duplicate) {
      c.problem("'" + id + "' is defined twice in this file");
      return false;
    }
    return true;
  }

  static LocalizedText name(Cursor c) {
    String zh = c.text("zh");
    String en = c.text("en");
    return zh == null || en == null ? null : new LocalizedText(zh, en);
  }

  private static Optional<UnitOfMeasure> unit(Cursor c, String field) {
    Cursor u = c.optional(field);
    if (u == null) {
      return Optional.empty();
    }
    String symbol = u.asText();
    if (symbol == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(UnitOfMeasure.of(symbol));
    } catch (IllegalArgumentException e) {
      u.problem("expected a unit symbol such as t/h or kWh/t but found '" + symbol + "'");
      return Optional.empty();
    }
  }
}
