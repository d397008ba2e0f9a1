package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.EliminatedEquipmentExtractionProbe.and;
import static org.phaseout.catalogs.EliminatedEquipmentExtractionProbe.byItem;
import static org.phaseout.catalogs.EliminatedEquipmentExtractionProbe.capacity;
import static org.phaseout.catalogs.EliminatedEquipmentExtractionProbe.findingIfAny;
import static org.phaseout.catalogs.EliminatedEquipmentExtractionProbe.flag;
import static org.phaseout.catalogs.EliminatedEquipmentExtractionProbe.model;
import static org.phaseout.catalogs.EliminatedEquipmentExtractionProbe.quantity;
import static org.phaseout.catalogs.EliminatedEquipmentExtractionProbe.series;
import static org.phaseout.catalogs.EliminatedEquipmentExtractionProbe.verdict;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueEntry;

/**
 * The rows of the MIIT 《高耗能落后机电设备（产品）淘汰目录》 batches 1 and 2 read from the EquipEffi extraction (GitHub
 * adgo07/EquipEffi, commit a1643ed3), each kind of entry evaluated end to end on fictitious Chongqing units — a listed
 * designation, another designation, and the designation missing. Which rows are encoded, and the provenance they carry,
 * is in {@link EliminatedEquipmentExtractionRowsTest}.
 */
class EliminatedEquipmentExtractionVerdictsTest {

  // ---------------------------------------------------------------------------------------------------------------
  // end to end, one test per kind of entry
  // ---------------------------------------------------------------------------------------------------------------

  @Test
  void aListedBoilerModelIsEliminatedAnotherIsNotAndWithoutAModelTheFindingIsInsufficient() {
    CatalogueEntry e = byItem(1, "4-7");
    assertEquals(Verdict.NON_COMPLIANT, verdict(e, "coal-fired-boiler", model("LSG0.1-5")));
    assertEquals(Verdict.NON_COMPLIANT, verdict(e, "biomass-boiler", model("LSG0.1-5")));
    assertEquals(Verdict.COMPLIANT, verdict(e, "coal-fired-boiler", model("LSG0.5-7")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(e, "coal-fired-boiler", model(null)));
    assertTrue(findingIfAny(e, "motor", model("LSG0.1-5")).isEmpty(), "a motor is not a boiler");
    Finding f = findingIfAny(e, "coal-fired-boiler", model("LSG0.1-5")).orElseThrow();
    assertTrue(f.deadline().isEmpty() && f.deadlineRule().contains("未载明"), "no deadline is invented");
  }

  @Test
  void aSeriesRowCatchesEveryMotorOfTheSeriesAndNoOther() {
    CatalogueEntry e = byItem(1, "1-14");
    assertEquals(Verdict.NON_COMPLIANT, verdict(e, "motor", series("JLB2")));
    assertEquals(Verdict.COMPLIANT, verdict(e, "motor", series("YLB")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(e, "motor", series(null)));
  }

  @Test
  void aRowNamingAModelAndASeriesCatchesEither() {
    CatalogueEntry e = byItem(1, "1-19");
    assertEquals(Verdict.NON_COMPLIANT, verdict(e, "motor", model("JZD3-112S-4")));
    assertEquals(Verdict.NON_COMPLIANT, verdict(e, "motor", series("JZO2")));
    assertEquals(Verdict.COMPLIANT, verdict(e, "motor", and(model("YEJ2-112M-4"), series("YEJ2"))));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(e, "motor", series("YEJ2")), "the model is not reported");
  }

  @Test
  void aRingValveCompressorNeedsBothItsModelAndItsValves() {
    CatalogueEntry e = byItem(1, "7-8");
    assertEquals(Verdict.NON_COMPLIANT, verdict(e, "air-compressor", and(model("2V-0.3/7"),
        flag("compressor.ringValve", true))));
    assertEquals(Verdict.COMPLIANT, verdict(e, "air-compressor", and(model("2V-0.3/7"), flag("compressor.ringValve", false))));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(e, "air-compressor", model("2V-0.3/7")));
    assertEquals(Verdict.COMPLIANT, verdict(e, "air-compressor", model("2V-0.6/8")), "another model, valves unknown");
    assertEquals(Verdict.NON_COMPLIANT, verdict(byItem(1, "7-11"), "air-compressor", model("2V-0.3/7")),
        "item 7-11 names 2V-0.3/7 whatever its valves");
  }

  @Test
  void aMachineToolUpgradedAfter2000IsExcluded() {
    CatalogueEntry e = byItem(2, "6-3");
    assertEquals(Verdict.NON_COMPLIANT, verdict(e, "machine-tool", and(model("X62"),
        flag("machineTool.upgradedAfter2000", false))));
    assertEquals(Verdict.COMPLIANT, verdict(e, "machine-tool", and(model("X62"),
        flag("machineTool.upgradedAfter2000", true))));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(e, "machine-tool", model("X62")), "the upgrade is not reported");
    assertEquals(Verdict.COMPLIANT, verdict(e, "machine-tool", model("X6132")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(e, "machine-tool", model(null)));
    assertEquals(Verdict.NON_COMPLIANT, verdict(byItem(2, "6-6"), "machine-tool", model("T4240")),
        "rows without the exclusion need no upgrade fact");
  }

  @Test
  void aRowAskingAFactOfItsOwnIsDecidedByThatFact() {
    CatalogueEntry cfc = byItem(2, "9-1");
    assertEquals(Verdict.NON_COMPLIANT, verdict(cfc, "refrigerating-machine", flag("refrigeration.cfcRefrigerant", true)));
    assertEquals(Verdict.COMPLIANT, verdict(cfc, "refrigerating-machine", flag("refrigeration.cfcRefrigerant", false)));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(cfc, "refrigerating-machine", model("LSBLG-500")));
    CatalogueEntry paper = byItem(2, "3-55");
    assertEquals(Verdict.NON_COMPLIANT, verdict(paper, "electrical-apparatus", and(series("BW"),
        flag("capacitor.allPaperDielectric", true))));
    assertEquals(Verdict.COMPLIANT, verdict(paper, "electrical-apparatus", and(series("BW"),
        flag("capacitor.allPaperDielectric", false))), "a film capacitor of the same letters");
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(paper, "electrical-apparatus", series("BW")));
    CatalogueEntry fans = byItem(1, "5-3");
    assertEquals(Verdict.NON_COMPLIANT, verdict(fans, "fan", and(series("4-72"),
        flag("fan.smallFertiliserSeriesPair", true))));
    assertEquals(Verdict.COMPLIANT, verdict(fans, "fan", and(series("4-72"), flag("fan.smallFertiliserSeriesPair", false))));
    assertEquals(Verdict.COMPLIANT, verdict(fans, "fan", series("T35")), "another series, use unknown");
  }

  @Test
  void sl7AndS7TransformersFrom30To1600KvaAt10KilovoltsAreEliminated() {
    CatalogueEntry e = byItem(1, "3-3");
    Consumer<ProductionUnit.Builder> s7at10kV = and(series("S7"), quantity("transformer.ratedHighVoltage", "10 kV"));
    assertEquals(Verdict.NON_COMPLIANT, verdict(e, "transformer", and(s7at10kV, capacity("30 kVA"))), "the lower end");
    assertEquals(Verdict.NON_COMPLIANT, verdict(e, "transformer", and(s7at10kV, capacity("1600 kVA"))), "the upper end");
    assertEquals(Verdict.COMPLIANT, verdict(e, "transformer", and(s7at10kV, capacity("1601 kVA"))), "just past it");
    assertEquals(Verdict.COMPLIANT, verdict(e, "transformer", and(s7at10kV, capacity("29 kVA"))), "just below it");
    assertEquals(Verdict.COMPLIANT, verdict(e, "transformer", and(series("S7"), capacity("800 kVA"),
        quantity("transformer.ratedHighVoltage", "35 kV"))));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(e, "transformer", s7at10kV), "the capacity is not reported");
  }

  @Test
  void shfBoilersFrom6To35TonnesPerHourAreEliminated() {
    CatalogueEntry e = byItem(2, "2-8");
    assertEquals(Verdict.NON_COMPLIANT, verdict(e, "coal-fired-boiler", and(series("SHF"), capacity("6 t/h"))));
    assertEquals(Verdict.NON_COMPLIANT, verdict(e, "coal-fired-boiler", and(series("SHF"), capacity("35 t/h"))));
    assertEquals(Verdict.COMPLIANT, verdict(e, "coal-fired-boiler", and(series("SHF"), capacity("35.1 t/h"))));
    assertEquals(Verdict.COMPLIANT, verdict(e, "coal-fired-boiler", and(series("SHF"), capacity("5.9 t/h"))));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(e, "coal-fired-boiler", capacity("10 t/h")));
  }

  @Test
  void oilAndGasBoilersMatchTheirFuelSuffixes() {
    CatalogueEntry e = byItem(2, "2-2");
    assertEquals(Verdict.NON_COMPLIANT, verdict(e, "gas-fired-boiler", model("LHS1-0.7-Q")));
    assertEquals(Verdict.NON_COMPLIANT, verdict(e, "oil-fired-boiler", model("LHS2-1.0-Y")));
    assertEquals(Verdict.COMPLIANT, verdict(e, "oil-fired-boiler", model("WNS2-1.0-Y")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(e, "gas-fired-boiler", model(null)));
  }

  @Test
  void rowsThatCannotBeDecidedFromDataAlwaysNeedManualAssessment() {
    for (CatalogueEntry e : List.of(byItem(2, "7-19"), byItem(2, "7-20"), byItem(2, "12-2"))) {
      assertFalse(e.isMachineCheckable(), e.id());
      String kind = e.applicability().unitKinds().iterator().next();
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(e, kind, model("ANY-1")), e.id());
      assertTrue(e.provenance().note().orElseThrow().contains("Manual assessment"), e.id());
    }
  }

  @Test
  void lancashireCochranAndCornishBoilersAreDecidedOnTheReportedDesign() {
    CatalogueEntry e = byItem(1, "4-5");
    java.util.function.Function<String, Verdict> design = d -> {
      org.phaseout.capacity.Enterprise ent = org.phaseout.capacity.Enterprise.builder()
          .creditCode(org.phaseout.capacity.CreditCode.parse("91500101PH00000014")).name("示例（虚构）")
          .division(org.phaseout.capacity.DivisionCode.parse("500101"))
          .industry(org.phaseout.capacity.IndustryCode.parse("D4430")).build();
      org.phaseout.capacity.ProductionUnit.Builder b = org.phaseout.capacity.ProductionUnit.builder().id("b")
          .enterprise(ent).kind("coal-fired-boiler");
      if (d != null) {
        b.putFacts("boiler.design", org.phaseout.capacity.FactValue.of(d));
      }
      return org.phaseout.ComplianceEvaluator.of(BundledData.catalogues()).evaluate(b.build(),
          java.time.LocalDate.of(2025, 12, 31)).units().get(0).findings().stream()
          .filter(f -> f.entry().entryId().equals(e.id())).findFirst().orElseThrow().verdict();
    };
    assertEquals(Verdict.NON_COMPLIANT, design.apply("cochran"));
    assertEquals(Verdict.COMPLIANT, design.apply("other"));
    assertEquals(Verdict.INSUFFICIENT_DATA, design.apply(null));
  }
}
