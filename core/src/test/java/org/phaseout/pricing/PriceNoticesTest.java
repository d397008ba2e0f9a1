package org.phaseout.pricing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.Measurement;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.measure.Quantity;

/**
 * The notices a grid company takes (电价措施清单): JSON that conforms to its published schema, CSV that Excel opens with
 * its Chinese text, the same bytes whatever the order of the units, on a surcharge determined (the 2025 aluminium
 * tiered price), a measure without an amount (crypto-mining at the 淘汰类 price) and an undecided one (a clinker line
 * whose standard is not loaded).
 */
class PriceNoticesTest {

  private static final LocalDate IN_2025 = LocalDate.of(2025, 6, 30);

  private static final ProductionUnit POTLINE = PricingFixtures.unit("potline", "electrolytic-aluminium-potline", "C3216")
      .putFacts("aluminium.comprehensiveAcExcludesDesulphurisation", FactValue.of(true))
      .putMeasurements("aluminium.liquid-comprehensive-ac-consumption", Measurement.of(Quantity.parse("13471 kWh/t")))
      .putMeasurements("aluminium.liquid-production-electricity", Measurement.of(Quantity.parse("133000 10^4 kWh")))
      .build();
  private static final ProductionUnit RIGS = PricingFixtures.unit("rigs", "crypto-mining-facility", "I6450").build();
  private static final ProductionUnit KILN = PricingFixtures.unit("kiln", "clinker-line", "C3011").build();

  private static List<PriceMeasure> measures(List<ProductionUnit> units) {
    return ElectricityPricing.of(PricingFixtures.CATALOGUES)
        .assess(ComplianceEvaluator.of(PricingFixtures.CATALOGUES).evaluate(units, IN_2025), units);
  }

  @Test
  void theJsonConformsToThePublishedSchemaForEveryStatus() throws IOException {
    List<PriceMeasure> measures = measures(List.of(POTLINE, RIGS, KILN));
    assertEquals(Set.of(PriceMeasure.Status.values()),
        measures.stream().map(PriceMeasure::status).collect(Collectors.toSet()), "every status");
    String schema;
    try (InputStream in = getClass().getResourceAsStream("/org/phaseout/schema/price-measures.schema.json")) {
      schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String json = new String(PriceNotices.toJson(IN_2025, measures), StandardCharsets.UTF_8);
    List<String> errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(schema, InputFormat.JSON).validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    assertEquals(List.of(), errors);
    assertTrue(json.contains("\"amountYuan\": \"119700000.00\""), json);
  }

  @Test
  void theCsvOpensInExcelAndKeepsTheArithmeticInOneQuotedField() {
    String csv = new String(PriceNotices.toCsv(measures(List.of(POTLINE))), StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("\uFEFF\"企业名称\",\"统一社会信用代码\",\"产能单元\""), csv);
    assertTrue(csv.contains("\"0.09\",\"1330000000\",\"119700000.00\",\"0.135\",\"not-reported\""), csv);
    assertTrue(csv.contains("⌈171 ÷ 20⌉ = 9 档；9 × 0.01 = 0.09 元/千瓦时。\n0.09 元/千瓦时 × "), "one field, several lines");
    assertTrue(csv.endsWith("\"\r\n"));
  }

  @Test
  void theBytesDoNotDependOnTheOrderOfTheUnits() {
    assertArrayEquals(PriceNotices.toJson(IN_2025, measures(List.of(POTLINE, RIGS, KILN))),
        PriceNotices.toJson(IN_2025, measures(List.of(KILN, RIGS, POTLINE))));
    assertArrayEquals(PriceNotices.toCsv(measures(List.of(POTLINE, RIGS, KILN))),
        PriceNotices.toCsv(measures(List.of(RIGS, KILN, POTLINE))));
  }
}
