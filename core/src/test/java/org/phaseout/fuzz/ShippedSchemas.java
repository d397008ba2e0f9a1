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

  /** @return the violations of a catalogue or vocabulary document, chosen by its {@code type} */
  static List<String> catalogueViolations(String json) {
    Schema schema = json.contains("\"vocabulary\"") ? VOCABULARY : CATALOGUE;
    List<String> asCatalogue = schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    if (asCatalogue.isEmpty() || schema == VOCABULARY) {
      return asCatalogue;
    }
    List<String> asVocabulary = VOCABULARY.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    return asVocabulary.isEmpty() ? asVocabulary : asCatalogue;
  }

  /** @return the violations of a units document */
  static List<String> unitsViolations(String json) {
    return UNITS.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }
}
