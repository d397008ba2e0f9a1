package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.and;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.comparisons;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.phaseout.Verdict;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.LimitWording;
import org.phaseout.catalogue.Operator;
import org.phaseout.catalogue.VerificationLevel;
import org.phaseout.measure.Quantity;

/**
 * The machinery fragments of the 2024 industry catalogue (产业结构调整指导目录（2024年本） 淘汰类 机械) as shipped:
 * their frames, voltages, models and series pinned, and flameproof motors, compressors, pumps and fans matched on them
 * end to end on fictitious Chongqing units.
 */
class IndustryCatalogueMachineryTest {

  @Test
  void industryCatalogue2024MachineryFragments() {
    // 《产业结构调整指导目录（2024年本）》 淘汰类 fragments, PDF pp.134–136 (GitHub adgo07/EquipEffi, SECONDARY)
    String yb = "cn-isac-2024.eliminated.motor-yb-flameproof";
    String ybf = "cn-isac-2024.eliminated.motor-ybf-flameproof";
    String ybk = "cn-isac-2024.eliminated.motor-ybk-flameproof";
    assertEquals(Set.of("YB"), members(yb, "equipment.series"));
    assertEquals(Set.of("YBF"), members(ybf, "equipment.series"));
    assertEquals(Set.of("YBK"), members(ybk, "equipment.series"));
    assertFrame(yb, "63 mm", "355 mm");
    assertFrame(ybf, "63 mm", "160 mm");
    assertFrame(ybk, "100 mm", "355 mm");
    Criterion.Comparison v = comparisons(yb, "equipment.ratedVoltage").get(0);
    assertEquals(FactValue.of(Quantity.parse("660 V")), v.value());
    assertEquals(Operator.LE, v.operator());
    assertEquals(Optional.of(LimitWording.AND_BELOW), v.wording(), "660V及以下 includes 660 V");
    assertEquals(Set.of("380V", "660V", "380/660V"), members(ybf, "motor.ratedVoltageMarking"));
    assertEquals(Set.of("380/660V", "660/1140V"), members(ybk, "motor.ratedVoltageMarking"));
    assertEquals(Set.of("B", "BA"), members("cn-isac-2024.eliminated.pump-b-ba-cantilever", "equipment.series"));
    assertEquals(Set.of("F"), members("cn-isac-2024.eliminated.pump-f-corrosion-resistant", "equipment.series"));
    assertEquals(Set.of("JD"), members("cn-isac-2024.eliminated.pump-jd-long-shaft-deep-well", "equipment.series"));
    assertEquals(Set.of("3W-0.9/7"), members("cn-isac-2024.eliminated.compressor-3w-0.9-7", "equipment.model"));
    assertEquals(Set.of("GC"), members("cn-isac-2024.eliminated.pump-boiler-feed-gc-dg", "equipment.series"));
    assertEquals(Set.of("DG270-140", "DG500-140", "DG375-185"),
        members("cn-isac-2024.eliminated.pump-boiler-feed-gc-dg", "equipment.model"));
    assertEquals(Set.of("L-10/8", "L-10/7"), members("cn-isac-2024.eliminated.compressor-l-10", "equipment.model"));
    assertEquals(Set.of("8-18", "9-27"),
        members("cn-isac-2024.eliminated.fan-8-18-9-27-high-pressure", "equipment.series"));
    for (String id : List.of(yb, ybf, ybk)) {
      assertEquals(VerificationLevel.UNVERIFIED, entry(id).provenance().verification(),
          id + ": the two renderings of the fragment differ (reference 14 item 1)");
    }
  }

  private void assertFrame(String id, String min, String max) {
    Criterion.Range r = range(id, "motor.frameSize");
    assertTrue(r.min().isEqualTo(Quantity.parse(min)) && r.minInclusive(), id);
    assertTrue(r.max().isEqualTo(Quantity.parse(max)) && r.maxInclusive(), id);
  }

  @Test
  void a2024FlameproofYbMotorNeedsItsFrameAndVoltageWithinTheFragmentsLimits() {
    String id = "cn-isac-2024.eliminated.motor-yb-flameproof";
    Consumer<ProductionUnit.Builder> yb = series("YB");
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, "motor", and(and(yb, quantity("motor.frameSize", "63 mm")),
        quantity("equipment.ratedVoltage", "660 V"))));
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, "motor", and(and(yb, quantity("motor.frameSize", "355 mm")),
        quantity("equipment.ratedVoltage", "0.38 kV"))));
    assertEquals(Verdict.COMPLIANT, verdict(id, "motor", and(and(yb, quantity("motor.frameSize", "356 mm")),
        quantity("equipment.ratedVoltage", "380 V"))));
    assertEquals(Verdict.COMPLIANT, verdict(id, "motor", and(and(yb, quantity("motor.frameSize", "62 mm")),
        quantity("equipment.ratedVoltage", "380 V"))));
    assertEquals(Verdict.COMPLIANT, verdict(id, "motor", and(and(yb, quantity("motor.frameSize", "200 mm")),
        quantity("equipment.ratedVoltage", "661 V"))));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "motor", and(yb, quantity("equipment.ratedVoltage",
        "380 V"))));
    String ybf = "cn-isac-2024.eliminated.motor-ybf-flameproof";
    Consumer<ProductionUnit.Builder> marked = unit(Map.of("equipment.series", "YBF",
        "motor.ratedVoltageMarking", "380/660V"), null);
    assertEquals(Verdict.NON_COMPLIANT, verdict(ybf, "motor", and(marked, quantity("motor.frameSize", "160 mm"))));
    assertEquals(Verdict.COMPLIANT, verdict(ybf, "motor", and(marked, quantity("motor.frameSize", "180 mm"))));
    assertEquals(Verdict.COMPLIANT, verdict(ybf, "motor", and(unit(Map.of("equipment.series", "YBF",
        "motor.ratedVoltageMarking", "660/1140V"), null), quantity("motor.frameSize", "160 mm"))));
  }

  @Test
  void a2024CompressorPumpAndFanItemAreMatchedOnTheirModelsAndSeries() {
    String w3 = "cn-isac-2024.eliminated.compressor-3w-0.9-7";
    assertEquals(Verdict.NON_COMPLIANT, verdict(w3, "air-compressor",
        and(model("3W-0.9/7", null), flag("compressor.ringValve", true))));
    assertEquals(Verdict.COMPLIANT, verdict(w3, "air-compressor",
        and(model("3W-0.9/7", null), flag("compressor.ringValve", false))));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(w3, "air-compressor", model("3W-0.9/7", null)));
    String feed = "cn-isac-2024.eliminated.pump-boiler-feed-gc-dg";
    assertEquals(Verdict.NON_COMPLIANT, verdict(feed, "pump", model("DG270-140", null)));
    assertEquals(Verdict.NON_COMPLIANT, verdict(feed, "pump", series("GC")));
    assertEquals(Verdict.COMPLIANT, verdict(feed, "pump",
        unit(Map.of("equipment.series", "DG", "equipment.model", "DG280-100"), null)));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(feed, "pump", series("DG")));
    String fan = "cn-isac-2024.eliminated.fan-8-18-9-27-high-pressure";
    assertEquals(Verdict.NON_COMPLIANT, verdict(fan, "fan", series("9-27")));
    assertEquals(Verdict.COMPLIANT, verdict(fan, "fan", series("9-19")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(fan, "fan", series(null)));
  }
}
