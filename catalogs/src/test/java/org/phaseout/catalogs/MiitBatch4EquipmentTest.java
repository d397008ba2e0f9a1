package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.and;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.assertDateLimit;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.capacity;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.comparisons;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.finding;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.fixedDeadline;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.members;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.model;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.motor;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.quantity;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.series;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.unit;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.verdict;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.measure.Quantity;

/**
 * Batch 4 of the MIIT 《高耗能落后机电设备（产品）淘汰目录》 (第四批) as shipped: the 52 transformers and the motors it
 * lists with their deadlines, and transformers, high-voltage motors and welders evaluated end to end on fictitious
 * Chongqing units by series, listed capacity, commissioning year and rated voltage.
 */
class MiitBatch4EquipmentTest {

  @Test
  void batch4ListsThe52TransformersAndTheMotorsWithTheirDeadlines() {
    List<String> s = List.of("30", "50", "63", "80", "100", "125", "160", "200", "250", "315", "400", "500", "630",
        "800", "1000", "1250", "1600");
    List<String> sg = List.of("30", "50", "63", "80", "100", "125", "160", "200", "315", "400", "500", "630", "800",
        "1000", "1250", "1600", "2000", "2500");
    Map<String, List<String>> transformers = Map.of(
        "miit-eme-batch-4.1-1.s8-oil-immersed-transformers", s,
        "miit-eme-batch-4.1-2.s9-oil-immersed-transformers-commissioned-1997-or-earlier", s,
        "miit-eme-batch-4.1-3.sgb8-dry-transformers", sg);
    int total = 0;
    for (Map.Entry<String, List<String>> t : transformers.entrySet()) {
      List<Quantity> caps = comparisons(t.getKey(), "unit.ratedCapacity").stream()
          .map(c -> ((FactValue.QuantityFact) c.value()).value()).toList();
      assertEquals(t.getValue().size(), caps.size(), t.getKey());
      for (int i = 0; i < caps.size(); i++) {
        assertTrue(caps.get(i).isEqualTo(Quantity.parse(t.getValue().get(i) + " kVA")), t.getKey() + " " + i);
      }
      total += caps.size();
    }
    assertEquals(52, total, "三相配电变压器52项");
    assertEquals(Set.of("S8"), members("miit-eme-batch-4.1-1.s8-oil-immersed-transformers", "equipment.series"));
    assertEquals(Set.of("S9"), members(
        "miit-eme-batch-4.1-2.s9-oil-immersed-transformers-commissioned-1997-or-earlier", "equipment.series"));
    assertEquals(Set.of("SG(B)8", "SG8", "SGB8"),
        members("miit-eme-batch-4.1-3.sgb8-dry-transformers", "equipment.series"));
    assertDateLimit("miit-eme-batch-4.1-2.s9-oil-immersed-transformers-commissioned-1997-or-earlier",
        "unit.commissioned", "1997-12-31");
    assertEquals(LocalDate.of(2016, 12, 31), fixedDeadline("miit-eme-batch-4.1-1.s8-oil-immersed-transformers"));

    assertEquals(Set.of("JK111-2", "JK112-2", "JK113-2", "JK122-2", "JK123-2", "JK124-2"),
        members("miit-eme-batch-4.2-1.jk-series-motors", "equipment.model"));
    assertEquals(Set.of("JK133-2", "JK134-2", "JK500-2", "JK630-2", "JK800-2", "JK850-2", "JK900-2"),
        members("miit-eme-batch-4.2-2.jk-series-high-voltage-motors", "equipment.model"));
    assertEquals(Set.of("JS114-4", "JS115-4", "JS115-6", "JS116-4", "JS116-6", "JS117-4", "JS117-6", "JS125-6",
        "JS126-4", "JS126-6", "JS127-4", "JS127-6", "JS128-4", "JS128-6", "JS136-6", "JS137-6"),
        members("miit-eme-batch-4.2-3.js-series-motors", "equipment.model"));
    assertEquals(Set.of("JS136-4", "JS137-4", "JS138-4", "JS147-4", "JS147-8", "JS148-4", "JS148-6", "JS148-8",
        "JS1410-4", "JS1410-6", "JS1410-8", "JS1410-10", "JS157-4", "JS157-6", "JS157-8", "JS157-10", "JS158-4",
        "JS158-6", "JS158-8", "JS158-10", "JS1510-4", "JS1510-6", "JS1510-8", "JS1510-10", "JS1510-12",
        "JS1512-4", "JS1512-6", "JS1512-8", "JS1512-10", "JS1512-12"),
        members("miit-eme-batch-4.2-4.js-series-high-voltage-motors", "equipment.model"));
    for (String hv : List.of("miit-eme-batch-4.2-2.jk-series-high-voltage-motors",
        "miit-eme-batch-4.2-4.js-series-high-voltage-motors")) {
      assertEquals(FactValue.of(Quantity.parse("6 kV")), comparisons(hv, "equipment.ratedVoltage").get(0).value());
    }
    for (String id : List.of("1-2.s9-oil-immersed-transformers-commissioned-1997-or-earlier",
        "1-3.sgb8-dry-transformers", "2-1.jk-series-motors", "2-2.jk-series-high-voltage-motors",
        "2-3.js-series-motors", "2-4.js-series-high-voltage-motors", "3-1.nsa-magnetic-amplifier-argon-arc-welders",
        "3-2.zx5-thyristor-arc-welders", "3-3.zx6-tapped-rectifier-arc-welders")) {
      assertEquals(LocalDate.of(2017, 12, 31), fixedDeadline("miit-eme-batch-4." + id), "最迟应于 2017 年底前停止使用");
    }
  }

  @Test
  void aTransformerIsMatchedBySeriesAndListedCapacity() {
    String s8 = "miit-eme-batch-4.1-1.s8-oil-immersed-transformers";
    Finding f = finding(s8, "transformer", and(series("S8"), capacity("315 kVA")));
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertEquals(Optional.of(LocalDate.of(2016, 12, 31)), f.deadline());
    assertEquals(Verdict.COMPLIANT, verdict(s8, "transformer", and(series("S8"), capacity("2000 kVA"))));
    assertEquals(Verdict.COMPLIANT, verdict(s8, "transformer", and(series("S11"), capacity("315 kVA"))));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(s8, "transformer", series("S8")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(s8, "transformer", capacity("315 kVA")));
  }

  @Test
  void anS9TransformerMustGoOnlyIfCommissionedIn1997OrEarlier() {
    String s9 = "miit-eme-batch-4.1-2.s9-oil-immersed-transformers-commissioned-1997-or-earlier";
    Consumer<ProductionUnit.Builder> s9of200 = and(series("S9"), capacity("200 kVA"));
    assertEquals(Verdict.NON_COMPLIANT, verdict(s9, "transformer",
        and(s9of200, b -> b.commissioned(LocalDate.of(1997, 12, 31)))));
    assertEquals(Verdict.COMPLIANT, verdict(s9, "transformer",
        and(s9of200, b -> b.commissioned(LocalDate.of(1998, 1, 1)))));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(s9, "transformer", s9of200));
  }

  @Test
  void aHighVoltageMotorMustBeListedAndRatedAt6Kilovolts() {
    String js = "miit-eme-batch-4.2-4.js-series-high-voltage-motors";
    Consumer<ProductionUnit.Builder> js157 = model("JS157-10", null);
    assertEquals(Verdict.NON_COMPLIANT, verdict(js, "motor", and(js157, quantity("equipment.ratedVoltage",
        "6 kV"))));
    assertEquals(Verdict.NON_COMPLIANT, verdict(js, "motor", and(js157, quantity("equipment.ratedVoltage",
        "6000 V"))));
    assertEquals(Verdict.COMPLIANT, verdict(js, "motor", and(js157, quantity("equipment.ratedVoltage", "10 kV"))));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(js, "motor", js157));
  }

  @Test
  void weldersLimitedByRatedCurrentNeedManualAssessmentWhateverIsReported() {
    for (String id : List.of("miit-eme-batch-4.3-1.nsa-magnetic-amplifier-argon-arc-welders",
        "miit-eme-batch-4.3-2.zx5-thyristor-arc-welders", "miit-eme-batch-4.3-3.zx6-tapped-rectifier-arc-welders")) {
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "arc-welder", and(series("NSA"), capacity("30 kVA"))),
          id);
      Finding f = finding(id, "arc-welder", series("ZX5"));
      assertTrue(f.deadline().isEmpty(), id + ": a deadline is computed only for a non-compliant finding");
      assertTrue(f.deadlineRule().contains("2017 年底前"), id + " shows the source's deadline to the assessor");
    }
    assertEquals(Verdict.INSUFFICIENT_DATA,
        verdict("miit-eme-batch-1.1-2.jw-jlo-2jcl-motors", "motor", series("JW")));
  }
}
