package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaseout.catalogue.CatalogueException;
import org.phaseout.catalogue.Catalogues;

/** The JSON Schemas shipped in phaseout-core accept every bundled file, and what they reject the loader rejects too. */
class SchemaConformanceTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private static Schema schema(String name) throws IOException {
    try (InputStream in = Catalogues.class.getResourceAsStream("/org/phaseout/schema/" + name)) {
      assertNotNull(in, "schema " + name + " is shipped in phaseout-core");
      return REGISTRY.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    }
  }

  @Test
  void everyBundledFileConformsToItsShippedSchema() throws IOException {
    Schema catalogue = schema("catalogue.schema.json");
    Schema vocabulary = schema("vocabulary.schema.json");
    List<Path> files = BundledData.sourceFiles();
    assertFalse(files.isEmpty());
    for (Path file : files) {
      String json = Files.readString(file, StandardCharsets.UTF_8);
      Schema schema = json.contains("\"type\": \"vocabulary\"") ? vocabulary : catalogue;
      List<Error> errors = schema.validate(json, InputFormat.JSON);
      assertEquals(List.of(), errors.stream().map(Error::toString).toList(), file + " conforms");
    }
  }

  @Test
  void theSampleUnitsOfTheUnitsSchemaFormConform() throws IOException {
    Schema units = schema("units.schema.json");
    String sample = """
        {"type": "units",
         "enterprises": [{"creditCode": "91500101PH00000014", "name": "示例（虚构）", "division": "500101",
                          "industry": "D4430", "facts": {"enterprise.employeeCount": "12 persons"}}],
         "units": [{"id": "b1", "enterprise": "91500101PH00000014", "kind": "coal-fired-boiler",
                    "ratedCapacity": "6 t/h", "status": "operating", "facts": {"location.industrialPark": true},
                    "measurements": {}}]}
        """;
    assertEquals(List.of(), units.validate(sample, InputFormat.JSON).stream().map(Error::toString).toList());
  }

  @Test
  void aComparisonWithoutLimitWordIsRejectedByTheSchemaAndByTheLoader() throws Exception {
    String original = Files.readString(BundledData.SOURCE_DIR.resolve("cq-backward-capacity-plan-2025.json"),
        StandardCharsets.UTF_8);
    ObjectNode tree = (ObjectNode) MAPPER.readTree(original);
    ((ObjectNode) tree.at("/entries/1/criterion")).remove("wording");
    String broken = MAPPER.writeValueAsString(tree);
    assertFalse(schema("catalogue.schema.json").validate(broken, InputFormat.JSON).isEmpty());
    byte[] vocabulary = Files.readAllBytes(BundledData.SOURCE_DIR.resolve("vocabulary.json"));
    CatalogueException e = assertThrows(CatalogueException.class, () -> Catalogues.loader()
        .addJson("vocabulary.json", vocabulary)
        .addJson("broken.json", broken.getBytes(StandardCharsets.UTF_8))
        .load());
    assertEquals("/entries/1/criterion/wording", e.problems().get(0).pointer());
  }

  @Test
  void anUnknownTopLevelFieldIsRejectedByTheSchemaAndByTheLoader() throws Exception {
    String original = Files.readString(BundledData.SOURCE_DIR.resolve("gb-21346-2022.json"), StandardCharsets.UTF_8);
    String broken = original.replaceFirst("\\{", "{\"effectiveTill\": \"2030-01-01\",");
    assertFalse(schema("catalogue.schema.json").validate(broken, InputFormat.JSON).isEmpty());
    byte[] vocabulary = Files.readAllBytes(BundledData.SOURCE_DIR.resolve("vocabulary.json"));
    CatalogueException e = assertThrows(CatalogueException.class, () -> Catalogues.loader()
        .addJson("vocabulary.json", vocabulary)
        .addJson("broken.json", broken.getBytes(StandardCharsets.UTF_8))
        .load());
    assertEquals("/effectiveTill", e.problems().get(0).pointer());
  }
}
