package org.phaseout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.measure.Quantity;

/** Units from a spreadsheet export: CSV with typed fact and indicator columns. */
class CsvUnitsTest {

  private static List<ProductionUnit> read(String csv) {
    return ProductionUnits.readCsv("units.csv", csv.getBytes(StandardCharsets.UTF_8),
        EvaluationFixtures.catalogues().vocabulary());
  }

  private static final String HEADER = "\uFEFFid,kind,creditCode,enterpriseName,division,industry,ratedCapacity,"
      + "fact:location.industrialPark,indicator:aluminium.liquid-ac-consumption\r\n";

  @Test
  void readsRowsWithTypedFactsAndIndicatorsAndEmptyCellsAsUnreported() {
    List<ProductionUnit> units = read(HEADER
        + "b-1,coal-fired-boiler,91500101PH00000014,\"示例热力有限公司（虚构）\",500101,D4430,6 t/h,true,\r\n"
        + "p-1,electrolytic-aluminium-potline,91500102PH0000003Q,\"示例铝业有限公司（虚构）\",500102,C3216,,,13400 kWh/t\r\n");
    assertEquals(2, units.size());
    assertEquals(FactValue.of(true), units.get(0).facts().get("location.industrialPark"));
    assertTrue(units.get(1).ratedCapacity().isEmpty());
    assertEquals(Quantity.parse("13400 kWh/t"),
        units.get(1).measurements().get("aluminium.liquid-ac-consumption").value());
    ComplianceReport report = EvaluationFixtures.evaluator().evaluate(units, EvaluationFixtures.PLAN_YEAR_END);
    assertEquals(UnitStatus.EXIT_REQUIRED, report.unit("b-1").orElseThrow().status());
    assertEquals(UnitStatus.RECTIFICATION_REQUIRED, report.unit("p-1").orElseThrow().status());
  }

  @Test
  void problemsNameTheRowAndColumn() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(HEADER
        + "b-1,coal-fired-boiler,91500101PH00000014,示例（虚构）,500101,D4430,6 MW,true,\n"
        + "b-2,coal-fired-boiler,91500101PH00000014,示例（虚构）,500101,D4430,6 t/h,yes,\n"));
    List<String> where = e.problems().stream().map(p -> p.origin() + " " + p.pointer()).toList();
    assertTrue(where.contains("units.csv row 2 /ratedCapacity"), where.toString());
    assertTrue(where.contains("units.csv row 3 /facts/location.industrialPark"), where.toString());
    InvalidInputException header = assertThrows(InvalidInputException.class, () -> read("id,kind\nb-1,motor\n"));
    assertTrue(header.getMessage().contains("missing column 'creditCode'"), header.getMessage());
  }
}
