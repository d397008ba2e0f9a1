package org.phaseout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.Vocabulary;
import org.phaseout.internal.json.CanonicalJson;
import org.phaseout.internal.json.Cursor;
import org.phaseout.internal.json.Json;
import org.phaseout.internal.json.Problems;
import org.phaseout.internal.json.UnitsJson;

/**
 * Reads and writes the JSON form of production units and their enterprises (产能单元数据文件), documented in
 * {@code docs/units-format.md}: {@code {"type": "units", "enterprises": [...], "units": [...]}}. Facts are typed by
 * the vocabulary, so reading needs the vocabulary of the catalogues the units will be evaluated against.
 */
public final class ProductionUnits {

  private ProductionUnits() {}

  /**
   * Reads a units document.
   *
   * @param origin the name problems are reported under, not null
   * @param json the UTF-8 JSON bytes, not null
   * @param vocabulary the vocabulary, not null
   * @return the units in document order, not null
   * @throws InvalidInputException listing every problem found, each with its JSON Pointer
   * @throws NullPointerException if an argument is null
   */
  public static List<ProductionUnit> read(String origin, byte[] json, Vocabulary vocabulary) {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(vocabulary, "vocabulary");
    Problems problems = new Problems(origin);
    com.fasterxml.jackson.databind.JsonNode root = Json.parse(json, problems);
    List<ProductionUnit> units = root == null ? List.of() : UnitsJson.read(Cursor.root(problems, root), vocabulary);
    if (problems.any()) {
      throw new InvalidInputException(problems.list().stream()
          .map(p -> new InvalidInputException.Problem(p.origin(), p.pointer(), p.message())).toList());
    }
    return units;
  }

  /**
   * Reads a units file.
   *
   * @param file the file, not null
   * @param vocabulary the vocabulary, not null
   * @return the units in document order, not null
   * @throws IOException if the file cannot be read
   * @throws InvalidInputException listing every problem found
   */
  public static List<ProductionUnit> read(Path file, Vocabulary vocabulary) throws IOException {
    return read(file.toString(), Files.readAllBytes(file), vocabulary);
  }

  /**
   * Reads units as NDJSON (newline-delimited JSON): one unit per line, in the unit form of the units document except
   * that {@code "enterprise"} is the enterprise object itself rather than its credit code. Problems are reported with
   * the line number in the origin and a JSON Pointer within that line.
   *
   * @param origin the name problems are reported under, not null
   * @param ndjson the UTF-8 bytes, not null
   * @param vocabulary the vocabulary, not null
   * @return the units in line order, not null
   * @throws InvalidInputException listing every problem found
   */
  public static List<ProductionUnit> readNdjson(String origin, byte[] ndjson, Vocabulary vocabulary) {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(ndjson, "ndjson");
    Objects.requireNonNull(vocabulary, "vocabulary");
    String text = new String(ndjson, StandardCharsets.UTF_8);
    String[] lines = text.split("\n", -1);
    List<ProductionUnit> units = new java.util.ArrayList<>();
    List<InvalidInputException.Problem> problems = new java.util.ArrayList<>();
    java.util.Map<String, org.phaseout.capacity.Enterprise> enterprises = new java.util.HashMap<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = origin + " line " + (i + 1);
      Problems lineProblems = new Problems(where);
      List<ProductionUnit> read = readNdjsonLine(line, vocabulary, lineProblems);
      for (ProductionUnit u : read) {
        org.phaseout.capacity.Enterprise known = enterprises.putIfAbsent(u.enterprise().creditCode().toString(),
            u.enterprise());
        if (known != null && !known.equals(u.enterprise())) {
          lineProblems.add("/enterprise", "enterprise " + u.enterprise().creditCode()
              + " is given differently on an earlier line");
        } else if (!ids.add(u.id())) {
          lineProblems.add("/id", "unit id '" + u.id() + "' is used on an earlier line");
        } else {
          units.add(u);
        }
      }
      lineProblems.list().forEach(p -> problems.add(new InvalidInputException.Problem(p.origin(), p.pointer(),
          p.message())));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return List.copyOf(units);
  }

  /**
   * Reads one NDJSON line (already stripped, not empty) into at most one unit, adding problems with pointers within
   * the line.
   */
  static List<ProductionUnit> readNdjsonLine(String line, Vocabulary vocabulary, Problems lineProblems) {
    String where = lineProblems.origin();
    com.fasterxml.jackson.databind.JsonNode node = Json.parse(line.getBytes(StandardCharsets.UTF_8), lineProblems);
    List<ProductionUnit> read = List.of();
    if (node != null && node.isObject() && node.path("enterprise").isObject()) {
      // the tree was parsed for this call alone, so it is changed in place rather than copied
      com.fasterxml.jackson.databind.node.ObjectNode unit = (com.fasterxml.jackson.databind.node.ObjectNode) node;
      com.fasterxml.jackson.databind.JsonNode enterprise = unit.get("enterprise");
      unit.set("enterprise", enterprise.path("creditCode"));
      com.fasterxml.jackson.databind.node.ObjectNode doc = CanonicalJson.object();
      doc.put("type", "units");
      doc.putArray("enterprises").add(enterprise);
      doc.putArray("units").add(unit);
      Problems inner = new Problems(where);
      read = UnitsJson.read(Cursor.root(inner, doc), vocabulary);
      for (Problems.Problem p : inner.list()) {
        String pointer = p.pointer().startsWith("/units/0") ? p.pointer().substring("/units/0".length())
            : p.pointer().startsWith("/enterprises/0") ? "/enterprise" + p.pointer().substring(14) : p.pointer();
        lineProblems.add(pointer, p.message());
      }
    } else if (node != null) {
      lineProblems.add("", "expected a unit object whose \"enterprise\" is the enterprise object");
    }
    return read;
  }

  /**
   * Reads units from CSV (RFC 4180, UTF-8, an optional byte-order mark, a header row): columns {@code id},
   * {@code kind}, {@code creditCode}, {@code enterpriseName}, {@code division}, {@code industry}, optionally
   * {@code ratedCapacity}, {@code commissioned}, {@code status}, and any number of {@code fact:KEY} (unit or
   * enterprise facts, by vocabulary key) and {@code indicator:CODE} columns (measured values such as
   * {@code 13400 kWh/t}). An empty cell means not reported. Problems name the row and the column.
   *
   * @param origin the name problems are reported under, not null
   * @param csv the UTF-8 bytes, not null
   * @param vocabulary the vocabulary, not null
   * @return the units in row order, not null
   * @throws InvalidInputException listing every problem found
   */
  public static List<ProductionUnit> readCsv(String origin, byte[] csv, Vocabulary vocabulary) {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(vocabulary, "vocabulary");
    List<List<String>> rows = CsvRows.parse(new String(csv, StandardCharsets.UTF_8));
    if (rows.isEmpty()) {
      throw new InvalidInputException(List.of(new InvalidInputException.Problem(origin, "", "expected a header row")));
    }
    List<String> header = rows.get(0);
    StringBuilder ndjson = new StringBuilder();
    List<InvalidInputException.Problem> problems = new java.util.ArrayList<>();
    for (String required : List.of("id", "kind", "creditCode", "enterpriseName", "division", "industry")) {
      if (!header.contains(required)) {
        problems.add(new InvalidInputException.Problem(origin + " row 1", "", "missing column '" + required + "'"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      com.fasterxml.jackson.databind.node.ObjectNode unit = CanonicalJson.object();
      com.fasterxml.jackson.databind.node.ObjectNode enterprise = CanonicalJson.object();
      com.fasterxml.jackson.databind.node.ObjectNode facts = CanonicalJson.object();
      com.fasterxml.jackson.databind.node.ObjectNode enterpriseFacts = CanonicalJson.object();
      com.fasterxml.jackson.databind.node.ObjectNode measurements = CanonicalJson.object();
      for (int c = 0; c < header.size() && c < row.size(); c++) {
        String column = header.get(c);
        String value = row.get(c).strip();
        if (value.isEmpty()) {
          continue;
        }
        switch (column) {
          case "id", "kind", "ratedCapacity", "commissioned", "status" -> unit.put(column, value);
          case "creditCode", "division", "industry" -> enterprise.put(column, value);
          case "enterpriseName" -> enterprise.put("name", value);
          default -> {
            if (column.startsWith("fact:")) {
              String key = column.substring(5);
              com.fasterxml.jackson.databind.node.ObjectNode target = key.startsWith("enterprise.") ? enterpriseFacts
                  : facts;
              boolean isBoolean = vocabulary.attribute(key).map(a -> a.type()
                  == org.phaseout.capacity.FactValue.FactType.BOOLEAN).orElse(false);
              if (isBoolean && (value.equals("true") || value.equals("false"))) {
                target.put(key, Boolean.parseBoolean(value));
              } else {
                target.put(key, value);
              }
            } else if (column.startsWith("indicator:")) {
              measurements.putObject(column.substring(10)).put("value", value);
            } else {
              problems.add(new InvalidInputException.Problem(origin + " row " + (r + 1), "/" + column,
                  "unknown column '" + column + "'; expected id, kind, creditCode, enterpriseName, division, "
                      + "industry, ratedCapacity, commissioned, status, fact:KEY or indicator:CODE"));
            }
          }
        }
      }
      enterprise.set("facts", enterpriseFacts);
      unit.set("enterprise", enterprise);
      unit.set("facts", facts);
      unit.set("measurements", measurements);
      ndjson.append(new String(CanonicalJson.writeLine(unit), StandardCharsets.UTF_8));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    try {
      return readNdjson(origin, ndjson.toString().getBytes(StandardCharsets.UTF_8), vocabulary);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(e.problems().stream().map(p -> new InvalidInputException.Problem(
          shiftRow(p.origin().replace(" line ", " row ")), p.pointer(), p.message())).toList());
    }
  }

  /** Data line N of the NDJSON is row N + 1 of the CSV (the header is row 1). */
  private static String shiftRow(String origin) {
    int at = origin.lastIndexOf(" row ");
    if (at < 0) {
      return origin;
    }
    try {
      return origin.substring(0, at) + " row " + (Integer.parseInt(origin.substring(at + 5)) + 1);
    } catch (NumberFormatException e) {
      return origin;
    }
  }

  /**
   * Writes units and their enterprises as a canonical units document: enterprises by credit code, units by id.
   * Reading the result with the same vocabulary gives equal units.
   *
   * @param units the units, not null
   * @return the UTF-8 JSON bytes, not null
   */
  public static byte[] write(Collection<ProductionUnit> units) {
    return CanonicalJson.write(UnitsJson.write(Objects.requireNonNull(units, "units")));
  }

  /**
   * Writes units as a string.
   *
   * @param units the units, not null
   * @return the JSON text, not null
   */
  public static String writeString(Collection<ProductionUnit> units) {
    return new String(write(units), StandardCharsets.UTF_8);
  }
}
