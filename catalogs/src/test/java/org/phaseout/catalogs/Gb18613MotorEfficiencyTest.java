package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.AS_OF;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.EVALUATOR;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.WORKS;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.and;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.assertNoFinding;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.capacity;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.comparisons;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.finding;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.flag;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.leaves;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.members;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.motor;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.unit;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.verdict;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.Measurement;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.LimitWording;
import org.phaseout.catalogue.Operator;
import org.phaseout.catalogue.VerificationLevel;
import org.phaseout.measure.Quantity;

/**
 * The grade-3 motor efficiencies of GB 18613-2020 (电动机能效限定值及能效等级) as shipped: lower limits worded 低于,
 * pinned per row and number of poles to the reference (shared/reference/05 §2), every row met at its grade-3 value and
 * failed just below it, and a check that needs the motor's scope, poles and efficiency.
 */
class Gb18613MotorEfficiencyTest {

  /** GB 18613-2020 grade 3 (%) for 2, 4, 6 and 8 poles, per table row (shared/reference/05 §2, SECONDARY). */
  private static final Map<String, List<String>> GB18613_GRADE3 = Map.ofEntries(
      Map.entry("0p12", List.of("60.8", "64.8", "57.7", "50.7")),
      Map.entry("0p18", List.of("65.9", "69.9", "63.9", "58.7")),
      Map.entry("0p2", List.of("67.2", "71.1", "65.4", "60.6")),
      Map.entry("0p25", List.of("69.7", "73.5", "68.6", "64.1")),
      Map.entry("0p37", List.of("73.8", "77.3", "73.5", "69.3")),
      Map.entry("0p4", List.of("74.6", "78.0", "74.4", "70.1")),
      Map.entry("0p55", List.of("77.8", "80.8", "77.2", "73.0")),
      Map.entry("0p75", List.of("80.7", "82.5", "78.9", "75.0")),
      Map.entry("1p1", List.of("82.7", "84.1", "81.0", "77.7")),
      Map.entry("1p5", List.of("84.2", "85.3", "82.5", "79.7")),
      Map.entry("2p2", List.of("85.9", "86.7", "84.3", "81.9")),
      Map.entry("3", List.of("87.1", "87.7", "85.6", "83.5")),
      Map.entry("4", List.of("88.1", "88.6", "86.8", "84.8")),
      Map.entry("5p5", List.of("89.2", "89.6", "88.0", "86.2")),
      Map.entry("7p5", List.of("90.1", "90.4", "89.1", "87.3")),
      Map.entry("11", List.of("91.2", "91.4", "90.3", "88.6")),
      Map.entry("15", List.of("91.9", "92.1", "91.2", "89.6")),
      Map.entry("18p5", List.of("92.4", "92.6", "91.7", "90.1")),
      Map.entry("22", List.of("92.7", "93.0", "92.2", "90.6")),
      Map.entry("30", List.of("93.3", "93.6", "92.9", "91.3")),
      Map.entry("37", List.of("93.7", "93.9", "93.3", "91.8")),
      Map.entry("45", List.of("94.0", "94.2", "93.7", "92.2")),
      Map.entry("55", List.of("94.3", "94.6", "94.1", "92.5")),
      Map.entry("75", List.of("94.7", "95.0", "94.6", "93.1")),
      Map.entry("90", List.of("95.0", "95.2", "94.9", "93.4")),
      Map.entry("110", List.of("95.2", "95.4", "95.1", "93.7")),
      Map.entry("132", List.of("95.4", "95.6", "95.4", "94.0")),
      Map.entry("160", List.of("95.6", "95.8", "95.6", "94.3")),
      Map.entry("200", List.of("95.8", "96.0", "95.8", "94.6")),
      Map.entry("250", List.of("95.8", "96.0", "95.8", "94.6")),
      Map.entry("280-1000", List.of("95.8", "96.0", "95.8", "94.6")));

  private static final List<String> POLES = List.of("2", "4", "6", "8");

  @Test
  void gb18613Grade3EfficienciesAreLowerLimitsWith低于() {
    CatalogueEdition gb = edition("gb-18613@2020");
    assertEquals("GB 18613-2020", gb.documentNumber());
    assertEquals(LocalDate.of(2021, 6, 1), gb.validity().start());
    assertEquals(Optional.empty(), gb.validity().end());
    assertEquals(GB18613_GRADE3.size(), gb.entries().size());
    for (Map.Entry<String, List<String>> row : GB18613_GRADE3.entrySet()) {
      String id = "gb18613-2020.motor." + row.getKey() + "kw.grade3";
      List<Criterion.Comparison> limits = comparisons(id, "motor.efficiency");
      List<Criterion.Comparison> poles = comparisons(id, "motor.poles");
      assertEquals(4, limits.size(), id);
      for (int i = 0; i < 4; i++) {
        assertEquals(FactValue.of(POLES.get(i)), poles.get(i).value(), id);
        Criterion.Comparison c = limits.get(i);
        Quantity value = ((FactValue.QuantityFact) c.value()).value();
        assertTrue(value.isEqualTo(Quantity.parse(row.getValue().get(i) + " %")), id + " " + POLES.get(i) + "极");
        assertEquals(Operator.LT, c.operator(), id);
        assertEquals(Optional.of(LimitWording.LOWER_THAN), c.wording(), id);
      }
      assertEquals(VerificationLevel.UNVERIFIED, entry(id).provenance().verification(),
          id + ": grade 3 = 限定值 is unverified");
      List<Criterion> scope = leaves(entry(id).applicability().when()
          .orElseThrow(() -> new AssertionError(id + ": the row's power and poles are its scope")));
      assertTrue(scope.containsAll(comparisons(id, "unit.ratedCapacity")), id + ": the power chooses the row");
      assertTrue(scope.containsAll(comparisons(id, "motor.gb18613Scope")), id + ": so does the standard's scope");
      assertEquals(FactValue.of(true), comparisons(id, "motor.gb18613Scope").get(0).value(), id);
      assertEquals(Set.copyOf(POLES), members(id, "motor.poles"), id + ": the table's columns are its scope");
      assertTrue(entry(id).assumes().isEmpty(), id);
      if (!row.getKey().equals("280-1000")) {
        assertEquals(FactValue.of(Quantity.parse(row.getKey().replace('p', '.') + " kW")),
            comparisons(id, "unit.ratedCapacity").get(0).value(), id);
      }
    }
    List<Quantity> steps = comparisons("gb18613-2020.motor.280-1000kw.grade3", "unit.ratedCapacity").stream()
        .map(c -> ((FactValue.QuantityFact) c.value()).value()).toList();
    assertEquals(12, steps.size(), "the last row covers 280, 315, … 1000 kW");
    List<String> expected = List.of("280", "315", "355", "400", "450", "500", "560", "630", "710", "800", "900",
        "1000");
    for (int i = 0; i < 12; i++) {
      assertTrue(steps.get(i).isEqualTo(Quantity.parse(expected.get(i) + " kW")), "step " + i);
    }
  }

  @Test
  void everyGb18613RowIsMetAtItsGrade3ValueAndFailedJustBelowIt() {
    for (Map.Entry<String, List<String>> row : GB18613_GRADE3.entrySet()) {
      String id = "gb18613-2020.motor." + row.getKey() + "kw.grade3";
      String power = row.getKey().equals("280-1000") ? "315" : row.getKey().replace('p', '.');
      for (int i = 0; i < 4; i++) {
        BigDecimal limit = new BigDecimal(row.getValue().get(i));
        String poles = POLES.get(i);
        assertEquals(Verdict.COMPLIANT, verdict(id, "motor", motor(power, poles, limit.toPlainString())),
            id + " " + poles);
        assertEquals(Verdict.NON_COMPLIANT,
            verdict(id, "motor", motor(power, poles, limit.subtract(new BigDecimal("0.1")).toPlainString())),
            id + " " + poles);
        assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "motor", motor(power, poles, null)),
            id + " " + poles + " without the efficiency");
      }
      String below = limitsBelow(row.getValue());
      assertNoFinding(id, "motor", motor(power, "12", below), id + ": no column for 12 poles");
      assertNoFinding(id, "motor", motor(power.equals("0.12") ? "0.13" : "0.12", "2", below),
          id + ": another rated power");
      assertNoFinding(id, "motor", and(motor(power, "2", below), flag("motor.gb18613Scope", false)),
          id + ": outside the standard's scope");
    }
  }

  /** An efficiency below every grade-3 value of a row, so that only the scope can keep the motor from failing. */
  private static String limitsBelow(List<String> grade3) {
    return grade3.stream().map(BigDecimal::new).min(BigDecimal::compareTo).orElseThrow()
        .subtract(BigDecimal.ONE).toPlainString();
  }

  @Test
  void aGb18613CheckNeedsScopePolesAndEfficiency() {
    String id = "gb18613-2020.motor.0p75kw.grade3";
    Finding f = finding(id, "motor", motor("0.75", "4", "82.4"));
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertTrue(f.deadline().isEmpty());
    assertEquals(Verdict.COMPLIANT, verdict(id, "motor", motor("0.75", "4", "82.5")));
    assertNoFinding(id, "motor", motor("1.1", "4", "82.4"), "another row's power");
    assertEquals(Verdict.NON_COMPLIANT, verdict("gb18613-2020.motor.1p1kw.grade3", "motor", motor("1.1", "4",
        "82.4")), "a 1.1 kW motor is judged on its own row: 82.4 is below 84.1");
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "motor", motor("0.75", "4", null)));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "motor", motor("0.75", null, "82.4")));
    assertNoFinding(id, "motor", motor("0.75", "10", "70"), "the table has no column for 10 poles");
    assertNoFinding(id, "motor", and(capacity("0.75 kW"), and(flag("motor.gb18613Scope", false),
        b -> b.putMeasurements("motor.efficiency", Measurement.of(Quantity.parse("70 %"))))),
        "outside the scope of the standard");
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "motor", and(capacity("0.75 kW"), and(b -> b.putFacts(
        "motor.poles", FactValue.of("4")), b -> b.putMeasurements("motor.efficiency",
        Measurement.of(Quantity.parse("70 %")))))), "whether the motor is within the scope must be reported");
    List<String> rows = EVALUATOR.evaluate(ProductionUnit.builder().id("m").enterprise(WORKS).kind("motor")
        .ratedCapacity(Quantity.parse("0.75 kW")).putFacts("motor.gb18613Scope", FactValue.of(true))
        .putFacts("motor.poles", FactValue.of("4")).build(), AS_OF).units().get(0).findings().stream()
        .map(x -> x.entry().entryId()).filter(x -> x.startsWith("gb18613-2020.")).toList();
    assertEquals(List.of(id), rows, "a motor gets a finding from the row of its rated power only");
    assertEquals(Verdict.COMPLIANT, verdict("gb18613-2020.motor.280-1000kw.grade3", "motor",
        motor("1000", "2", "95.8")));
    assertEquals(Verdict.NON_COMPLIANT, verdict("gb18613-2020.motor.280-1000kw.grade3", "motor",
        motor("1000", "2", "95.7")));
  }
}
