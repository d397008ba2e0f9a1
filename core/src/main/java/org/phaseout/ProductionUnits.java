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
