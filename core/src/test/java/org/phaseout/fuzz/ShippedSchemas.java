package org.phaseout.fuzz;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.phaseout.catalogue.Catalogues;

/** The JSON Schemas shipped in phaseout-core, for checking that whatever the loader accepts the schemas accept. */
final class ShippedSchemas {

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema CATALOGUE = load("catalogue.schema.json");
  private static final Schema VOCABULARY = load("vocabulary.schema.json");
  private static final Schema UNITS = load("units.schema.json");
  private static final Schema OVERLAY = load("overlay.schema.json");
  private static final Schema REST_DAYS = load("statutory-rest-days.schema.json");

  private ShippedSchemas() {}

  private static Schema load(String name) {
    try (InputStream in = Catalogues.class.getResourceAsStream("/org/phaseout/schema/" + name)) {
      if (in == null) {
        throw new IllegalStateException("schema " + name + " is not shipped");
      }
      return REGISTRY.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the violations of a catalogue, vocabulary or overlay document, chosen by its {@code type} */
  static List<String> catalogueViolations(String json) {
    String type;
    try {
      com.fasterxml.jackson.databind.JsonNode node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
      type = node.path("type").asText("");
    } catch (IOException e) {
      return List.of("not JSON: " + e.getMessage());
    }
    Schema schema = switch (type) {
      case "vocabulary" -> VOCABULARY;
      case "overlay" -> OVERLAY;
      default -> CATALOGUE;
    };
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  /** @return the violations of a units document */
  static List<String> unitsViolations(String json) {
    return UNITS.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  /** @return the violations of a statutory rest-day calendar */
  static List<String> restDaysViolations(String json) {
    return REST_DAYS.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }
}
