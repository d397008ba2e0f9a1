package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.QuotaStandardProbe.BATCH;
import static org.phaseout.catalogs.QuotaStandardProbe.END_OF_2025;
import static org.phaseout.catalogs.QuotaStandardProbe.assertGrade3;
import static org.phaseout.catalogs.QuotaStandardProbe.assertManual;
import static org.phaseout.catalogs.QuotaStandardProbe.rowsOf;
import static org.phaseout.catalogs.UnitProbe.data;
import static org.phaseout.catalogs.UnitProbe.explains;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.phaseout.Finding;
import org.phaseout.UnitAssessment;
import org.phaseout.UnitStatus;
import org.phaseout.Verdict;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.measure.Quantity;

/**
 * The energy-quota standards (单位产品能源消耗限额) of building materials (建材), carbon products (炭素) and mining
 * (采矿) — cement and clinker, glass, ceramics, wall materials, gypsum, graphite electrodes, coal and iron-ore mines —
 * as shipped: their grade-3 values pinned to the reference (shared/reference/04), and kilns, glass and tile lines and
 * mines judged only on the row of their product, capacity, altitude or mining method.
 */
class BuildingMaterialsQuotaTest {

  @Test
  void gb16780Grade3ValuesOfCementAndClinker() {
    // GB 16780-2021 表1–表3, reference 04 §2.1
    assertManual("gb16780-2021.cement.comprehensive-energy.grade3", "1级 80，2级 87，3级 94");
    assertGrade3("gb16780-2021.clinker.comprehensive-energy.grade3", "117 kgce/t");
    assertGrade3("gb16780-2021.clinker.comprehensive-power.grade3", "61 kWh/t");
    assertGrade3("gb16780-2021.clinker.comprehensive-coal.grade3", "109 kgce/t");
    assertGrade3("gb16780-2021.cement.preparation-power.grade3", "34 kWh/t");
    assertEquals(5, edition("gb-16780@2021").entries().size());
  }

  @Test
  void gb21340Grade3ValuesOfGlassAndCastStone() {
    // GB 21340-2019 表1, 表3–表5, reference 04 §2.3
    assertManual("gb21340-2019.flat-glass-le500td.comprehensive-energy.grade3", "3级 14.0", "重量箱");
    assertManual("gb21340-2019.flat-glass-500-800td.comprehensive-energy.grade3", "1级 9.5，2级 11.5，3级 13.5");
    assertManual("gb21340-2019.flat-glass-gt800td.comprehensive-energy.grade3", "1级 8.0，2级 10.0，3级 12.0");
    assertManual("gb21340-2019.tempered-flat-ordinary.power.grade3",
        "3级 3 mm 3.46，4 mm 3.58，5 mm 3.98，6 mm 4.39，8 mm 5.95，10 mm 7.43，12 mm 8.51，15 mm 10.01，19 mm 14.22");
    assertManual("gb21340-2019.tempered-flat-low-e.power.grade3",
        "3级 3 mm 4.29，4 mm 4.44，5 mm 4.94，6 mm 5.44，8 mm 7.38，10 mm 9.21，12 mm 10.55，15 mm 12.41，19 mm 17.63");
    assertManual("gb21340-2019.tempered-curved-ordinary.power.grade3",
        "3级 3 mm 4.53，4 mm 4.69，5 mm 5.21，6 mm 5.75，8 mm 7.79，10 mm 9.73，12 mm 11.15，15 mm 13.11，19 mm 18.63");
    assertManual("gb21340-2019.tempered-curved-low-e.power.grade3",
        "3级 3 mm 5.61，4 mm 5.80，5 mm 6.45，6 mm 7.11，8 mm 9.64，10 mm 12.04，12 mm 13.79，15 mm 16.22，19 mm 23.04");
    assertGrade3("gb21340-2019.pv-rolled-glass-le300td.comprehensive-energy.grade3", "400 kgce/t");
    assertGrade3("gb21340-2019.pv-rolled-glass-gt300td.comprehensive-energy.grade3", "370 kgce/t");
    assertGrade3("gb21340-2019.cast-stone.comprehensive-energy.grade3", "800 kgce/t");
    assertEquals(10, edition("gb-21340@2019").entries().size());
  }

  @Test
  void gb21252Grade3ValuesOfCeramicsAndAluminaBalls() {
    // GB 21252-2023 表1–表6, reference 04 §2.2
    assertManual("gb21252-2023.tile-absorption-le0.2.comprehensive-energy.grade3", "3级 7.0");
    assertManual("gb21252-2023.tile-absorption-0.2-0.5.comprehensive-energy.grade3", "3级 6.5");
    assertManual("gb21252-2023.tile-absorption-0.5-10.comprehensive-energy.grade3", "3级 4.6");
    assertManual("gb21252-2023.tile-absorption-gt10.comprehensive-energy.grade3", "3级 4.5");
    assertManual("gb21252-2023.ceramic-panel.comprehensive-energy.grade3", "1级 6.0，2级 8.7，3级 13.2");
    assertGrade3("gb21252-2023.extruded.comprehensive-energy.grade3", "253 kgce/t");
    assertGrade3("gb21252-2023.sanitary-absorption-le0.3.comprehensive-energy.grade3", "630 kgce/t");
    assertGrade3("gb21252-2023.sanitary-absorption-gt0.3.comprehensive-energy.grade3", "610 kgce/t");
    assertGrade3("gb21252-2023.alumina-ball-90.comprehensive-energy.grade3", "370 kgce/t");
    assertEquals(9, edition("gb-21252@2023").entries().size());
  }

  @Test
  void gb30526Grade3ValuesOfSinteredWallMaterialsAndFoamGlass() {
    // GB 30526-2019 表1、表2, reference 04 §2.4
    assertGrade3("gb30526-2019.wall-perforated.comprehensive-energy.grade3", "53 kgce/t");
    assertGrade3("gb30526-2019.wall-hollow.comprehensive-energy.grade3", "55 kgce/t");
    assertGrade3("gb30526-2019.wall-insulating.comprehensive-energy.grade3", "57 kgce/t");
    assertGrade3("gb30526-2019.wall-solid.comprehensive-energy.grade3", "51 kgce/t");
    assertManual("gb30526-2019.foam-glass-purchased-melt.comprehensive-energy.grade3", "1级 360，2级 425，3级 480");
    assertManual("gb30526-2019.foam-glass-own-melt.comprehensive-energy.grade3", "1级 520，2级 635，3级 730");
    assertManual("gb30526-2019.foam-glass-type-ii.comprehensive-energy.grade3", "1级 250，2级 280，3级 300");
    assertEquals(7, edition("gb-30526@2019").entries().size());
  }

  @Test
  void grade3ValuesOfBuildingMaterialsCarbonAndMining() {
    // reference 04 §2.5 (GB 33654-2017), §2.6 (GB 36888-2018), §2.7 (GB 38263-2019), §2.8 (GB 30183-2013,
    // GB 30184-2013), §3.4 (GB 21370-2017), §5.7 (GB 29438-2012), §6.1 (GB 29445-2025), §6.3 (GB 31335-2024),
    // §8.2 (GB 32047-2025)
    String[][] rows = {
        {"gb33654-2017.building-gypsum", "43.0 kgce/t"},
        {"gb30183-2013.comparable-comprehensive-energy", "490.0 kgce/t"},
        {"gb30183-2013.comparable-melting-coke", "260.0 kgce/t"},
        {"gb29438-2012.polyoxymethylene", "2800 kgce/t"},
        {"gb21370-2017.graphite-electrode-regular.comprehensive-energy", "2410 kgce/t"},
        {"gb21370-2017.graphite-electrode-regular.power", "6440 kWh/t"},
        {"gb21370-2017.graphite-electrode-high.comprehensive-energy", "3050 kgce/t"},
        {"gb21370-2017.graphite-electrode-high.power", "6820 kWh/t"},
        {"gb21370-2017.graphite-electrode-ultra-high.comprehensive-energy", "3780 kgce/t"},
        {"gb21370-2017.graphite-electrode-ultra-high.power", "7260 kWh/t"},
        {"gb21370-2017.carbon-block-semi-graphitic.comprehensive-energy", "1330 kgce/t"},
        {"gb21370-2017.carbon-block-microporous.comprehensive-energy", "1500 kgce/t"},
        {"gb21370-2017.graphitization-regular.comprehensive-energy", "1170 kgce/t"},
        {"gb21370-2017.graphitization-regular.power", "4770 kWh/t"},
        {"gb21370-2017.graphitization-high.comprehensive-energy", "1285 kgce/t"},
        {"gb21370-2017.graphitization-high.power", "4970 kWh/t"},
        {"gb21370-2017.graphitization-ultra-high.comprehensive-energy", "1345 kgce/t"},
        {"gb21370-2017.graphitization-ultra-high.power", "5480 kWh/t"},
        {"gb31335-2024.roasting-rotary-kiln", "54.30 kgce/t"}, {"gb31335-2024.roasting-shaft-furnace", "45.60 kgce/t"},
        {"gb31335-2024.roasting-fluidized-bed", "45.00 kgce/t"}};
    for (String[] row : rows) {
      assertGrade3(row[0] + ".grade3", row[1]);
    }
    String[][] manual = {
        {"gb21370-2017.carbon-electrode-le1000mm.comprehensive-energy", "3级 895"},
        {"gb21370-2017.carbon-electrode-gt1000mm.comprehensive-energy", "3级 1575"},
        {"gb21370-2017.baking-le500mm.comprehensive-energy", "3级 530"},
        {"gb21370-2017.baking-500-1000mm.comprehensive-energy", "3级 610"},
        {"gb21370-2017.baking-gt1000mm.comprehensive-energy", "3级 1260"},
        {"gb31335-2024.open-pit-medium-and-above", "3级 0.69"}, {"gb31335-2024.open-pit-small", "3级 0.90"},
        {"gb31335-2024.underground-medium-and-above", "3级 3.36"}, {"gb31335-2024.underground-small", "3级 4.37"},
        {"gb31335-2024.weak-magnetic-separation", "3级 3.46"}, {"gb31335-2024.combined-separation", "3级 5.70"},
        {"gb30184-2013.reinforced", "1级 180，2级 200，3级 220"}, {"gb30184-2013.unreinforced", "1级 90，2级 100，3级 130"},
        {"gb36888-2018.production", "3级 1.10"}, {"gb36888-2018.transport", "3级 2.90"},
        {"gb38263-2019.precast-concrete-piles", "3级 56.6"}, {"gb38263-2019.spun-concrete-poles", "3级 72.2"},
        {"gb38263-2019.drainage-pipes", "3级 49.5"}, {"gb38263-2019.pccp", "3级 66.4"},
        {"gb38263-2019.aerated-concrete", "3级 37.3"}, {"gb38263-2019.calcium-silicate-boards", "3级 131.0"},
        {"gb38263-2019.tunnel-lining-segments", "3级 21.0"},
        {"gb32047-2025.beer", "1级 26，2级 35，3级 60"},
        {"gb29445-2025.underground", "1级 2.5，2级 6.2，3级 10.8"}, {"gb29445-2025.open-pit", "1级 3.0，2级 5.4，3级 8.0"}};
    for (String[] row : manual) {
      assertManual(row[0] + ".grade3", row[1]);
    }
    for (CatalogueEntry e : edition("gb-30183@2013").entries()) {
      assertTrue(e.provenance().note().orElseThrow().contains("p.4") && e.provenance().note().orElseThrow()
          .contains("p.2"), e.id() + " keeps the page conflict");
    }
  }

  @Test
  void aClinkerLineBelow1500MetresIsJudgedOnThePlainGrade3Values() {
    String id = "gb16780-2021.clinker.comprehensive-energy.grade3";
    assertEquals(Verdict.COMPLIANT, BATCH.verdict(id, data("cement.clinker-comprehensive-energy", "117 kgce/t",
        "cement.altitudeCorrection", false)));
    Finding failing = BATCH.finding(id, data("cement.clinker-comprehensive-energy", "117.01 kgce/t",
        "cement.altitudeCorrection", false));
    assertEquals(Verdict.NON_COMPLIANT, failing.verdict());
    assertEquals(Optional.of(Quantity.parse("117 kgce/t")), failing.threshold());
    assertEquals(Optional.of("超过"), failing.thresholdWording());
    assertEquals("市经济信息委", failing.departments().lead().get(0).zh());
    assertTrue(failing.deadline().isEmpty(), "the six months run from a rectification notice, which is not known");
    assertTrue(failing.deadlineRule().contains("6个月内整改"));
    assertEquals(Verdict.INSUFFICIENT_DATA, BATCH.verdict(id, data("cement.clinker-comprehensive-energy", "130 kgce/t")),
        "the altitude case must be reported");
    assertEquals(Verdict.INSUFFICIENT_DATA, BATCH.verdict(id, data("cement.clinker-comprehensive-energy", "130 kgce/t",
        "cement.altitudeCorrection", true)), "above 1500 m the limit is corrected, which the entry does not compute");
    Finding high = BATCH.finding(id, data("cement.clinker-comprehensive-energy", "100 kgce/t",
        "cement.altitudeCorrection", true));
    assertEquals(Verdict.INSUFFICIENT_DATA, high.verdict(), "never compliant outside the plain case, even far below");
    assertTrue(explains(high.explanation(), "本条目所编码的情形"), "the explanation names the encoded case");
  }

  @Test
  void aClinkerLineFailingTwoIndicatorsMustRectifyUnderBoth() {
    UnitAssessment a = BATCH.assess("clinker-line", END_OF_2025, data(
        "cement.altitudeCorrection", false,
        "cement.clinker-comprehensive-energy", "120 kgce/t",
        "cement.clinker-comprehensive-power", "61 kWh/t",
        "cement.clinker-comprehensive-coal", "110 kgce/t"));
    assertEquals(UnitStatus.RECTIFICATION_REQUIRED, a.status());
    List<String> failed = a.findings().stream().filter(f -> f.verdict() == Verdict.NON_COMPLIANT)
        .map(f -> f.entry().entryId()).sorted().toList();
    assertEquals(List.of("gb16780-2021.clinker.comprehensive-coal.grade3",
        "gb16780-2021.clinker.comprehensive-energy.grade3"), failed);
  }

  @Test
  void photovoltaicGlassLinesOf300TonnesADayAreInTheSmallerBand() {
    String small = "gb21340-2019.pv-rolled-glass-le300td.comprehensive-energy.grade3";
    String large = "gb21340-2019.pv-rolled-glass-gt300td.comprehensive-energy.grade3";
    Map<String, Object> at300 = data("unit.ratedCapacity", "300 t/d", "glass.pv-rolled-comprehensive-energy",
        "380 kgce/t");
    assertEquals(Verdict.COMPLIANT, BATCH.verdict(small, at300), "380 is within 400");
    BATCH.assertNoFinding(large, at300, "the >300 t/d band does not cover 300 t/d");
    Map<String, Object> at320 = data("unit.ratedCapacity", "320 t/d", "glass.pv-rolled-comprehensive-energy",
        "380 kgce/t");
    assertEquals(Verdict.NON_COMPLIANT, BATCH.verdict(large, at320), "380 exceeds 370");
    BATCH.assertNoFinding(small, at320, "the ≤300 t/d band does not cover 320 t/d");
  }

  @Test
  void sanitaryCeramicsOf0Point3PercentAbsorptionAreJudgedOn630() {
    String low = "gb21252-2023.sanitary-absorption-le0.3.comprehensive-energy.grade3";
    String high = "gb21252-2023.sanitary-absorption-gt0.3.comprehensive-energy.grade3";
    Map<String, Object> at620 = data("ceramics.waterAbsorption", "0.3 %", "ceramics.sanitary-comprehensive-energy",
        "620 kgce/t");
    assertEquals(Verdict.COMPLIANT, BATCH.verdict(low, at620));
    BATCH.assertNoFinding(high, at620, "0.3% is not above 0.3%");
    Map<String, Object> above = data("ceramics.waterAbsorption", "0.31 %", "ceramics.sanitary-comprehensive-energy",
        "620 kgce/t");
    assertEquals(Verdict.NON_COMPLIANT, BATCH.verdict(high, above), "620 exceeds 610 above 0.3%");
    BATCH.assertNoFinding(low, above, "0.31% is past the ≤0.3% band");
  }

  @Test
  void aBrickLineIsJudgedOnlyOnTheRowOfItsProduct() {
    UnitAssessment a = BATCH.assess("sintered-wall-material-line", END_OF_2025, data(
        "wallmaterial.product", "hollow", "wallmaterial.sintered-comprehensive-energy", "54 kgce/t"));
    Map<String, Verdict> byEntry = new LinkedHashMap<>();
    a.findings().forEach(f -> byEntry.put(f.entry().entryId(), f.verdict()));
    assertEquals(Verdict.COMPLIANT, byEntry.get("gb30526-2019.wall-hollow.comprehensive-energy.grade3"),
        "54 is within the 55 of hollow bricks");
    assertFalse(byEntry.containsKey("gb30526-2019.wall-perforated.comprehensive-energy.grade3"),
        "the 53 of perforated bricks does not apply to a hollow-brick line");
    assertFalse(byEntry.containsKey("gb30526-2019.foam-glass-own-melt.comprehensive-energy.grade3"),
        "foam-glass rows apply to foam-glass lines only");
    assertEquals(Verdict.INSUFFICIENT_DATA, BATCH.assess("sintered-wall-material-line", END_OF_2025, data(
        "wallmaterial.sintered-comprehensive-energy", "54 kgce/t")).findings().stream()
        .filter(f -> f.entry().entryId().equals("gb30526-2019.wall-perforated.comprehensive-energy.grade3"))
        .findFirst().orElseThrow().verdict(), "the product must be reported");
  }

  @Test
  void aFlatGlassLineIsLeftToManualAssessmentOnTheRowOfItsCapacityOnly() {
    String prefix = "gb21340-2019.flat-glass-";
    Map<String, List<String>> expected = Map.of(
        "500 t/d", List.of("gb21340-2019.flat-glass-le500td.comprehensive-energy.grade3"),
        "500.1 t/d", List.of("gb21340-2019.flat-glass-500-800td.comprehensive-energy.grade3"),
        "800 t/d", List.of("gb21340-2019.flat-glass-500-800td.comprehensive-energy.grade3"),
        "800.1 t/d", List.of("gb21340-2019.flat-glass-gt800td.comprehensive-energy.grade3"));
    expected.forEach((capacity, rows) -> assertEquals(rows, rowsOf(BATCH.assess("flat-glass-line", END_OF_2025,
        data("unit.ratedCapacity", capacity)), prefix), capacity));
    assertEquals(3, rowsOf(BATCH.assess("flat-glass-line", END_OF_2025, data()), prefix).size(),
        "without the capacity every band asks for assessment");
  }

  @Test
  void aTileLineIsLeftToManualAssessmentOnTheRowOfItsWaterAbsorptionOnly() {
    String prefix = "gb21252-2023.";
    assertEquals(List.of("gb21252-2023.tile-absorption-0.2-0.5.comprehensive-energy.grade3"),
        rowsOf(BATCH.assess("building-ceramics-line", END_OF_2025, data("ceramics.buildingProduct", "dry-pressed-tile",
            "ceramics.waterAbsorption", "0.5 %")), prefix));
    assertEquals(List.of("gb21252-2023.tile-absorption-le0.2.comprehensive-energy.grade3"),
        rowsOf(BATCH.assess("building-ceramics-line", END_OF_2025, data("ceramics.buildingProduct", "dry-pressed-tile",
            "ceramics.waterAbsorption", "0.2 %")), prefix));
    assertEquals(List.of("gb21252-2023.ceramic-panel.comprehensive-energy.grade3"),
        rowsOf(BATCH.assess("building-ceramics-line", END_OF_2025, data("ceramics.buildingProduct", "ceramic-panel",
            "ceramics.waterAbsorption", "0.2 %")), prefix));
  }

  @Test
  void mineRowsAreChosenByTheMiningMethodButNotByTheUndefinedSizeClass() {
    assertEquals(List.of("gb29445-2025.underground.grade3"), rowsOf(BATCH.assess("coal-mine", LocalDate.of(2026, 8, 1),
        data("mining.mineType", "underground")), "gb29445-2025."));
    assertEquals(List.of("gb31335-2024.open-pit-medium-and-above.grade3", "gb31335-2024.open-pit-small.grade3"),
        rowsOf(BATCH.assess("iron-ore-mine", END_OF_2025, data("mining.mineType", "open-pit")), "gb31335-2024."));
    assertEquals(List.of("gb31335-2024.roasting-rotary-kiln.grade3"), rowsOf(BATCH.assess("iron-ore-beneficiation-plant",
        END_OF_2025, data("ironore.beneficiationMethod", "roasting-separation", "ironore.roastingFurnace",
            "rotary-kiln")), "gb31335-2024."));
  }
}
