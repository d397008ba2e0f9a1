package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.and;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.capacity;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.comparisons;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.finding;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.flag;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.members;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.model;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.motor;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.quantity;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.range;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.series;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.unit;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.verdict;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.DeadlineRule;
import org.phaseout.measure.Quantity;

/**
 * Batches 1 and 2 of the MIIT 《高耗能落后机电设备（产品）淘汰目录》 (第一批、第二批) as shipped: the series and models
 * their rows name, no deadline stated, and old-series motors, Y-series motors, SCB8 dry transformers and magnetic
 * amplifier welders evaluated end to end on fictitious Chongqing units.
 */
class MiitBatches1And2EquipmentTest {

  @Test
  void batch1MatchesTheSeriesItsRowsName() {
    assertEquals(Set.of("J02", "J03", "JO2", "JO3"), members("miit-eme-batch-1.1-1.jo2-jo3-small-motors",
        "equipment.series"));
    assertEquals(Set.of("JB3"), members("miit-eme-batch-1.1-6.jb3-explosion-proof-motors", "equipment.series"));
    assertEquals(Set.of("BJ02"), members("miit-eme-batch-1.1-7.bj02-explosion-proof-motors", "equipment.series"));
    assertEquals(Set.of("JZR2", "JZ2", "JZ", "JZR", "JZB", "JZRB"),
        members("miit-eme-batch-1.1-8.jz-jzr-crane-motors", "equipment.series"));
    assertEquals(Set.of("J2"), members("miit-eme-batch-1.1-10.j2-drip-proof-motors", "equipment.series"));
    assertEquals(Set.of("JR", "JR2", "JR3"),
        members("miit-eme-batch-1.1-11.jr-jr2-jr3-wound-rotor-motors", "equipment.series"));
    assertEquals(Set.of("JR02"), members("miit-eme-batch-1.1-12.jr02-wound-rotor-motors", "equipment.series"));
    for (String manual : List.of("1-2.jw-jlo-2jcl-motors", "1-3.je-jloe-motors", "1-4.jy-zllor-motors",
        "1-5.jx-jloy-motors", "1-9.fractional-horsepower-motors")) {
      assertFalse(entry("miit-eme-batch-1." + manual).isMachineCheckable(), manual + " needs manual assessment");
    }
  }

  @Test
  void batch2ListsSixtyEightYSeriesModelsAndTheNamedSeries() {
    Set<String> y = members("miit-eme-batch-2.1-1.y-series-motors", "equipment.model");
    assertEquals(68, y.size());
    assertTrue(y.containsAll(Set.of("Y80M1-2", "Y90S-4", "Y160M-4", "Y315L1-2", "Y355L-6")));
    assertFalse(y.contains("Y112M-2"), "batch 2 lists no Y112M model");
    assertEquals(Set.of("SCB8"), members("miit-eme-batch-2.4-1.scb8-dry-transformers", "equipment.series"));
    Criterion.Range scb8 = range("miit-eme-batch-2.4-1.scb8-dry-transformers", "unit.ratedCapacity");
    assertTrue(scb8.min().isEqualTo(Quantity.parse("30 kVA")) && scb8.minInclusive());
    assertTrue(scb8.max().isEqualTo(Quantity.parse("2500 kVA")) && scb8.maxInclusive());
    assertEquals(FactValue.of(Quantity.parse("10 kV")),
        comparisons("miit-eme-batch-2.4-1.scb8-dry-transformers", "transformer.ratedHighVoltage").get(0).value());
    assertEquals(Set.of("ZXG", "MZ"),
        members("miit-eme-batch-2.5-1.magnetic-amplifier-dc-arc-welders", "equipment.series"));
    assertEquals(Set.of("12JD"), members("miit-eme-batch-2.11-1.12jd-deep-well-pumps", "equipment.series"));
    assertEquals(Set.of("GC"), members("miit-eme-batch-2.11-2.gc-boiler-feed-pumps", "equipment.series"));
  }

  @Test
  void batches1And2StateNoDeadline() {
    for (String id : List.of("miit-eme-batch-1.1-6.jb3-explosion-proof-motors",
        "miit-eme-batch-2.1-1.y-series-motors")) {
      assertInstanceOf(DeadlineRule.NotStated.class, entry(id).consequence().deadline(), id);
    }
  }

  @Test
  void anOldSeriesMotorFallsUnderBatch1InEitherSpellingAndWithoutADeadline() {
    String id = "miit-eme-batch-1.1-1.jo2-jo3-small-motors";
    Finding f = finding(id, "motor", series("JO2"));
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertTrue(f.deadline().isEmpty(), "no deadline is invented");
    assertTrue(f.deadlineRule().contains("未载明"), f.deadlineRule());
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, "motor", series("J02")));
    assertEquals(Verdict.COMPLIANT, verdict(id, "motor", series("Y2")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "motor", series(null)));
    String crane = "miit-eme-batch-1.1-8.jz-jzr-crane-motors";
    assertEquals(Verdict.NON_COMPLIANT, verdict(crane, "motor", series("JZR2")));
    assertEquals(Verdict.COMPLIANT, verdict(crane, "motor", series("YZR")));
  }

  @Test
  void theYSeriesOfBatch2IsEliminatedWithoutADateCondition() {
    String id = "miit-eme-batch-2.1-1.y-series-motors";
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, "motor", model("Y160M-4", "2010-01-01")));
    assertEquals(Verdict.COMPLIANT, verdict(id, "motor", model("Y2-160M-4", "1999-01-01")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "motor", model(null, "1999-01-01")));
  }

  @Test
  void scb8DryTransformersFrom30To2500KvaAt10KilovoltsAreEliminated() {
    String id = "miit-eme-batch-2.4-1.scb8-dry-transformers";
    Consumer<ProductionUnit.Builder> at10kV = and(series("SCB8"),
        quantity("transformer.ratedHighVoltage", "10 kV"));
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, "transformer", and(at10kV, capacity("30 kVA"))));
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, "transformer", and(at10kV, capacity("2500 kVA"))));
    assertEquals(Verdict.COMPLIANT, verdict(id, "transformer", and(at10kV, capacity("2500.1 kVA"))));
    assertEquals(Verdict.COMPLIANT, verdict(id, "transformer", and(at10kV, capacity("29.9 kVA"))));
    assertEquals(Verdict.COMPLIANT, verdict(id, "transformer", and(and(series("SCB8"), capacity("1000 kVA")),
        quantity("transformer.ratedHighVoltage", "35 kV"))));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "transformer", and(series("SCB8"), capacity("1000 kVA"))));
  }

  @Test
  void aMagneticAmplifierWelderIsCaughtOnlyWhenItsTypeIsStated() {
    String id = "miit-eme-batch-2.5-1.magnetic-amplifier-dc-arc-welders";
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, "arc-welder",
        and(series("ZXG"), flag("welder.magneticAmplifier", true))));
    assertEquals(Verdict.COMPLIANT, verdict(id, "arc-welder",
        and(series("MZ"), flag("welder.magneticAmplifier", false))));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "arc-welder", series("MZ")));
  }
}
