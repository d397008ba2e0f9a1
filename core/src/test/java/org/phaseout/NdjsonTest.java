package org.phaseout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaseout.capacity.ProductionUnit;

/** Units in and reports out as newline-delimited JSON. */
class NdjsonTest {

  private static final String ENTERPRISE = "{\"creditCode\": \"91500101PH00000014\", \"name\": \"示例热力有限公司（虚构）\", "
      + "\"division\": \"500101\", \"industry\": \"D4430\"}";

  private static List<ProductionUnit> read(String text) {
    return ProductionUnits.readNdjson("units.ndjson", text.getBytes(StandardCharsets.UTF_8),
        EvaluationFixtures.catalogues().vocabulary());
  }

  @Test
  void readsOneUnitPerLineWithItsEnterprise() {
    List<ProductionUnit> units = read("{\"id\": \"b-1\", \"enterprise\": " + ENTERPRISE
        + ", \"kind\": \"coal-fired-boiler\", \"ratedCapacity\": \"6 t/h\"}\n\n{\"id\": \"b-2\", \"enterprise\": "
        + ENTERPRISE + ", \"kind\": \"coal-fired-boiler\"}\n");
    assertEquals(List.of("b-1", "b-2"), units.stream().map(ProductionUnit::id).toList());
    assertEquals(units.get(0).enterprise(), units.get(1).enterprise());
  }

  @Test
  void problemsNameTheLineAndThePointerWithinIt() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("{\"id\": \"b-1\", \"enterprise\": "
        + ENTERPRISE + ", \"kind\": \"coal-fired-boiler\"}\n{\"id\": \"b-1\", \"enterprise\": " + ENTERPRISE
        + ", \"kind\": \"steam-engine\"}\nnot json\n"));
    List<String> where = e.problems().stream().map(p -> p.origin() + " " + p.pointer()).toList();
    assertEquals(List.of("units.ndjson line 2 /kind", "units.ndjson line 2 /id", "units.ndjson line 3 "), where,
        e.getMessage());
  }

  @Test
  void theReportAsNdjsonHasAHeaderThenOneLinePerUnitInIdOrder() {
    List<ProductionUnit> units = read("{\"id\": \"b-2\", \"enterprise\": " + ENTERPRISE
        + ", \"kind\": \"coal-fired-boiler\", \"ratedCapacity\": \"20 t/h\"}\n{\"id\": \"b-1\", \"enterprise\": "
        + ENTERPRISE + ", \"kind\": \"coal-fired-boiler\", \"ratedCapacity\": \"6 t/h\"}\n");
    ComplianceReport report = EvaluationFixtures.evaluator().evaluate(units, EvaluationFixtures.PLAN_YEAR_END);
    byte[] ndjson = report.toNdjson();
    List<String> lines = new String(ndjson, StandardCharsets.UTF_8).lines().toList();
    assertEquals(3, lines.size());
    assertTrue(lines.get(0).startsWith("{\"type\":\"compliance-report-header\""), lines.get(0));
    assertTrue(lines.get(1).startsWith("{\"unitId\":\"b-1\""), lines.get(1));
    assertTrue(lines.get(2).startsWith("{\"unitId\":\"b-2\""), lines.get(2));
    assertArrayEquals(ndjson, EvaluationFixtures.evaluator().evaluate(List.of(units.get(1), units.get(0)),
        EvaluationFixtures.PLAN_YEAR_END).toNdjson());
  }
}
