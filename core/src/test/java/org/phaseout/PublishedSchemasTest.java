package org.phaseout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.Measurement;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.measure.Quantity;

/** The JSON Schemas are published twice, in the jar and under docs/schema; the report conforms to its schema. */
class PublishedSchemasTest {

  private static byte[] fromJar(String name) throws IOException {
    try (InputStream in = PublishedSchemasTest.class.getResourceAsStream("/org/phaseout/schema/" + name)) {
      assertNotNull(in, name + " is in the jar");
      return in.readAllBytes();
    }
  }

  @Test
  void theSchemasUnderDocsAreTheOnesInTheJar() throws IOException {
    Path docs = Path.of("..", "docs", "schema");
    List<Path> files;
    try (Stream<Path> list = Files.list(docs)) {
      files = list.filter(p -> p.toString().endsWith(".schema.json")).sorted().toList();
    }
    assertEquals(List.of("catalogue.schema.json", "overlay.schema.json", "price-measures.schema.json",
        "report.schema.json", "statutory-rest-days.schema.json", "units.schema.json", "vocabulary.schema.json"),
        files.stream().map(p -> p.getFileName().toString()).toList());
    for (Path file : files) {
      assertArrayEquals(fromJar(file.getFileName().toString()), Files.readAllBytes(file),
          file + " equals the jar's copy; copy core/src/main/resources/org/phaseout/schema/ to docs/schema/");
    }
  }

  @ParameterizedTest
  @EnumSource(ExplanationLevel.class)
  void aReportWithEveryKindOfFindingConformsToTheReportSchema(ExplanationLevel level) throws IOException {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(new String(fromJar("report.schema.json"), StandardCharsets.UTF_8), InputFormat.JSON);
    ProductionUnit boiler = EvaluationFixtures.coalBoiler("b-1", "6 t/h")
        .putFacts("location.industrialPark", FactValue.of(true)).build();
    ProductionUnit unknown = EvaluationFixtures.coalBoiler("b-2", null).build();
    ProductionUnit potline = EvaluationFixtures.potline("p-1")
        .putMeasurements("aluminium.liquid-ac-consumption", Measurement.of(Quantity.parse("13400 kWh/t"))).build();
    ProductionUnit large = EvaluationFixtures.coalBoiler("b-3", "35 t/h").build();
    ProductionUnit refinery = EvaluationFixtures.aluminaRefinery("a-1")
        .putMeasurements("alumina.process-energy", Measurement.of(Quantity.parse("500 kgce/t"))).build();
    ComplianceReport report = ComplianceEvaluator.builder().catalogues(EvaluationFixtures.catalogues())
        .explanation(level).build().evaluate(List.of(boiler, unknown, potline, large, refinery), EvaluationFixtures.PLAN_YEAR_END);
    assertEquals(Set.of(Verdict.values()), report.units().stream().flatMap(u -> u.findings().stream())
        .map(Finding::verdict).collect(Collectors.toSet()), "every kind of finding");
    List<String> errors = schema.validate(report.toJsonString(), InputFormat.JSON).stream().map(Error::toString)
        .toList();
    assertEquals(List.of(), errors);
  }
}
