package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.QuotaStandardProbe.BATCH;
import static org.phaseout.catalogs.QuotaStandardProbe.END_OF_2025;
import static org.phaseout.catalogs.QuotaStandardProbe.assertGrade3;
import static org.phaseout.catalogs.QuotaStandardProbe.assertManual;
import static org.phaseout.catalogs.UnitProbe.data;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.phaseout.InvalidInputException;
import org.phaseout.UnitAssessment;
import org.phaseout.UnitStatus;
import org.phaseout.Verdict;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.measure.Quantity;

/**
 * The energy-quota standards (单位产品能源消耗限额) of chemicals (化工), refining (炼油) and man-made fibres (化学纤维)
 * — carbide, fertilizers, caustic soda, soda ash, methanol, refining and petrochemicals, viscose and the smaller
 * standards — as shipped: their grade-3 values pinned to the reference (shared/reference/04), and plants judged on the
 * rows of their route and feed, in their own energy units, and from the date a new value takes effect.
 */
class ChemicalsQuotaTest {

  @Test
  void gb21343Grade3ValuesOfCarbideAndItsDownstreamProducts() {
    // GB 21343-2023 表1–表6, reference 04 §5.2
    assertGrade3("gb21343-2023.calcium-carbide.comprehensive-energy.grade3", "940 kgce/t");
    assertGrade3("gb21343-2023.calcium-carbide.furnace-power.grade3", "3200 kWh/t");
    assertGrade3("gb21343-2023.vinyl-acetate-acetylene.comprehensive-energy.grade3", "450 kgce/t");
    assertGrade3("gb21343-2023.vinyl-acetate-ethylene.comprehensive-energy.grade3", "410 kgce/t");
    assertGrade3("gb21343-2023.pva-acetylene.comprehensive-energy.grade3", "2500 kgce/t");
    assertGrade3("gb21343-2023.pva-ethylene.comprehensive-energy.grade3", "2230 kgce/t");
    assertGrade3("gb21343-2023.bdo-alkynal.comprehensive-energy.grade3", "1080 kgce/t");
    assertGrade3("gb21343-2023.bdo-maleic-anhydride.comprehensive-energy.grade3", "950 kgce/t");
    assertGrade3("gb21343-2023.bdo-allyl-alcohol.comprehensive-energy.grade3", "1000 kgce/t");
    assertGrade3("gb21343-2023.dicyandiamide.comprehensive-energy.grade3", "350 kgce/t");
    assertGrade3("gb21343-2023.cyanamide-30.comprehensive-energy.grade3", "500 kgce/t");
    assertGrade3("gb21343-2023.cyanamide-50.comprehensive-energy.grade3", "900 kgce/t");
    assertEquals(12, edition("gb-21343@2023").entries().size());
  }

  @Test
  void gb21344Grade3ValuesOfFertilizers() {
    // GB 21344-2023, reference 04 §5.3
    assertGrade3("gb21344-2023.ammonia-premium-anthracite-lump.comprehensive-energy.grade3", "1350 kgce/t");
    assertGrade3("gb21344-2023.ammonia-other-anthracite-lump-or-briquette.comprehensive-energy.grade3", "1520 kgce/t");
    assertGrade3("gb21344-2023.ammonia-pulverized-coal.comprehensive-energy.grade3", "1550 kgce/t");
    assertGrade3("gb21344-2023.ammonia-lignite.comprehensive-energy.grade3", "1900 kgce/t");
    assertGrade3("gb21344-2023.ammonia-natural-gas.comprehensive-energy.grade3", "1200 kgce/t");
    assertGrade3("gb21344-2023.urea-steam-turbine.comprehensive-energy.grade3", "170 kgce/t");
    assertGrade3("gb21344-2023.urea-electric-motor.comprehensive-energy.grade3", "165 kgce/t");
    assertGrade3("gb21344-2023.ammonium-bicarbonate.power.grade3", "30 kWh/t");
    assertGrade3("gb21344-2023.map-traditional-granular.comprehensive-energy.grade3", "275 kgce/t");
    assertGrade3("gb21344-2023.map-traditional-powder.comprehensive-energy.grade3", "260 kgce/t");
    assertGrade3("gb21344-2023.map-slurry-granular.comprehensive-energy.grade3", "190 kgce/t");
    assertGrade3("gb21344-2023.map-slurry-powder.comprehensive-energy.grade3", "185 kgce/t");
    assertGrade3("gb21344-2023.dap-traditional-granular.comprehensive-energy.grade3", "275 kgce/t");
    assertGrade3("gb21344-2023.dap-slurry-granular.comprehensive-energy.grade3", "200 kgce/t");
    assertGrade3("gb21344-2023.potassium-sulphate-potassium-brine.comprehensive-energy.grade3", "320 kgce/t");
    assertGrade3("gb21344-2023.potassium-sulphate-seawater-and-brine.comprehensive-energy.grade3", "450 kgce/t");
    assertGrade3("gb21344-2023.potassium-sulphate-glauber-salt.comprehensive-energy.grade3", "500 kgce/t");
    assertGrade3("gb21344-2023.potassium-sulphate-mannheim.comprehensive-energy.grade3", "120 kgce/t");
    assertEquals(18, edition("gb-21344@2023").entries().size());
  }

  @Test
  void gb21257Grade3ValuesOfCausticSodaPvcAndMethaneChlorides() {
    // GB 21257-2024 表1–表3, reference 04 §5.1
    assertGrade3("gb21257-2024.caustic-soda-liquid-ge30.comprehensive-energy.grade3", "350 kgce/t");
    assertGrade3("gb21257-2024.caustic-soda-liquid-ge45.comprehensive-energy.grade3", "470 kgce/t");
    assertGrade3("gb21257-2024.caustic-soda-solid-ge98.comprehensive-energy.grade3", "685 kgce/t");
    assertGrade3("gb21257-2024.pvc-carbide-general.comprehensive-energy.grade3", "270 kgce/t");
    assertGrade3("gb21257-2024.pvc-carbide-paste.comprehensive-energy.grade3", "480 kgce/t");
    assertGrade3("gb21257-2024.pvc-ethylene-general.comprehensive-energy.grade3", "635 kgce/t");
    assertGrade3("gb21257-2024.pvc-ethylene-paste.comprehensive-energy.grade3", "1100 kgce/t");
    assertGrade3("gb21257-2024.pvc-monomer-general.comprehensive-energy.grade3", "210 kgce/t");
    assertGrade3("gb21257-2024.pvc-monomer-paste.comprehensive-energy.grade3", "415 kgce/t");
    assertGrade3("gb21257-2024.methane-chlorides-ctc-to-other-products.comprehensive-energy.grade3", "290 kgce/t");
    assertGrade3("gb21257-2024.methane-chlorides-ctc-to-methyl-chloride.comprehensive-energy.grade3", "290 kgce/t");
    assertGrade3("gb21257-2024.methane-chlorides-ctc-to-chloroform.comprehensive-energy.grade3", "320 kgce/t");
    assertEquals(12, edition("gb-21257@2024").entries().size());
  }

  @Test
  void gb29140Grade3ValuesOfSodaAsh() {
    // GB 29140-2024 表1, reference 04 §5.4
    assertGrade3("gb29140-2024.ammonia-soda-light.comprehensive-energy.grade3", "370 kgce/t");
    assertGrade3("gb29140-2024.ammonia-soda-dense.comprehensive-energy.grade3", "420 kgce/t");
    assertGrade3("gb29140-2024.combined-light.comprehensive-energy.grade3", "200 kgce/t");
    assertGrade3("gb29140-2024.combined-dense.comprehensive-energy.grade3", "250 kgce/t");
    assertGrade3("gb29140-2024.natural-carbonation-light.comprehensive-energy.grade3", "440 kgce/t");
    assertGrade3("gb29140-2024.natural-carbonation-dense.comprehensive-energy.grade3", "490 kgce/t");
    assertGrade3("gb29140-2024.natural-evaporation-light.comprehensive-energy.grade3", "390 kgce/t");
    assertGrade3("gb29140-2024.natural-evaporation-dense.comprehensive-energy.grade3", "440 kgce/t");
    assertEquals(8, edition("gb-29140@2024").entries().size());
  }

  @Test
  void grade3ValuesOfTheSmallerStandards() {
    // reference 04 §4.2 (GB 21347-2023), §4.6 (GB 29448-2022), §5.6 (GB 29436-2023), §5.8 (GB 29449-2024),
    // §5.9 (GB 29995-2024), §5.10 (GB 30180-2024), §5.12 (GB 46029-2025), §6.2 (GB 29446-2019), §6.4 (GB 45549-2025),
    // §2.9 (GB 36891-2018, GB 36892-2018)
    String[][] rows = {
        {"gb21347-2023.industrial-silicon-charcoal", "3300 kgce/t"},
        {"gb21347-2023.industrial-silicon-petroleum-coke-and-coal", "3500 kgce/t"},
        {"gb21347-2023.industrial-silicon-coal", "3600 kgce/t"}, {"gb21347-2023.magnesium", "5000 kgce/t"},
        {"gb29448-2022.titanium-sponge-full-process", "5080 kgce/t"},
        {"gb29448-2022.titanium-sponge-half-process", "1230 kgce/t"},
        {"gb29448-2022.titanium-ingot-two-var-melts", "580 kgce/t"},
        {"gb29448-2022.titanium-ingot-three-var-melts", "1100 kgce/t"},
        {"gb29436-2023.methanol-bituminous-coal", "1800 kgce/t"}, {"gb29436-2023.methanol-anthracite", "1500 kgce/t"},
        {"gb29436-2023.methanol-lignite", "2000 kgce/t"}, {"gb29436-2023.methanol-natural-gas", "1380 kgce/t"},
        {"gb29436-2023.methanol-coke-oven-gas", "1500 kgce/t"},
        {"gb29436-2023.ethylene-glycol-ethylene", "470 kgce/t"}, {"gb29436-2023.ethylene-glycol-syngas", "1300 kgce/t"},
        {"gb29436-2023.ethylene-glycol-coal", "3100 kgce/t"}, {"gb29436-2023.dimethyl-ether-from-methanol", "1200 kgce/t"},
        {"gb29449-2024.tyre-all-steel-radial", "340 kgce/t"}, {"gb29449-2024.tyre-semi-steel-radial", "430 kgce/t"},
        {"gb29449-2024.tyre-off-the-road", "560 kgce/t"}, {"gb29449-2024.tyre-bias", "515 kgce/t"},
        {"gb29449-2024.carbon-black", "460 kgce/t"},
        {"gb29995-2024.activated-carbon-columnar", "1650 kgce/t"},
        {"gb29995-2024.activated-carbon-briquetted", "1600 kgce/t"},
        {"gb29995-2024.activated-carbon-crushed-raw-coal", "1500 kgce/t"},
        {"gb29995-2024.activated-carbon-activated-coke", "750 kgce/t"},
        {"gb30180-2024.olefins-mto", "1600 kgce/t"}, {"gb30180-2024.olefins-mtp", "3800 kgce/t"},
        {"gb46029-2025.silver", "740 kgce/t"}, {"gb46029-2025.iron-molybdenum", "670 kgce/t"},
        {"gb29446-2019.coking-coal", "8.5 kWh/t"}, {"gb29446-2019.steam-coal", "4.5 kWh/t"},
        {"gb45549-2025.graphite-flake", "215 kgce/t"}, {"gb45549-2025.graphite-microcrystalline", "95 kgce/t"},
        {"gb45549-2025.fluorite-lump-ore", "13 kgce/t"}, {"gb45549-2025.fluorite-fine-ore", "25 kgce/t"},
        {"gb45549-2025.fluorite-concentrate-two-stage-grinding", "32 kgce/t"},
        {"gb45549-2025.fluorite-concentrate-three-stage-grinding", "110 kgce/t"},
        {"gb45549-2025.fluorite-concentrate-comprehensive-utilisation", "75 kgce/t"},
        {"gb36891-2018.sintered-mullite", "252 kgce/t"}, {"gb36891-2018.fused-mullite-power", "1600 kWh/t"},
        {"gb36892-2018.brown-fused-power", "2400 kWh/t"}, {"gb36892-2018.white-fused-power", "1680 kWh/t"},
        {"gb36892-2018.semi-white-fused-power", "2950 kWh/t"}, {"gb36892-2018.dense-fused-power", "2600 kWh/t"},
        {"gb36892-2018.sintered", "202 kgce/t"}};
    for (String[] row : rows) {
      assertGrade3(row[0] + ".grade3", row[1]);
    }
    assertManual("gb30180-2024.coal-to-gas.grade3", "1级 1.1，2级 1.2，3级 1.4", "kgce/m³");
    assertManual("gb30180-2024.coal-direct-liquefaction.grade3", "1级 1150，2级 1300，3级 1500", "kgce/toe");
    assertManual("gb30180-2024.coal-indirect-liquefaction.grade3", "1级 2000，2级 2200，3级 2700", "kgce/toe");
    assertManual("gb29995-2024.semi-coke.grade3", "1级 160，2级 180，3级 210");
  }

  @Test
  void gb30251Grade3ValuesOfRefiningAndPetrochemicalsInTheirOwnEnergyUnits() {
    // GB 30251-2024 表1–表8, reference 04 §5.11: kgoe for refining, ethylene, PP, styrene and PX; kgce for the rest
    assertManual("gb30251-2024.refining-energy-factor.grade3", "1级 6.85，2级 7.50，3级 8.50");
    assertGrade3("gb30251-2024.ethylene.grade3", "640 kgoe/t");
    assertGrade3("gb30251-2024.polypropylene-gas-phase.grade3", "79 kgoe/t");
    assertGrade3("gb30251-2024.polypropylene-liquid-bulk.grade3", "95 kgoe/t");
    assertGrade3("gb30251-2024.styrene-ethylene-dehydrogenation.grade3", "362 kgoe/t");
    assertGrade3("gb30251-2024.styrene-dry-gas.grade3", "545 kgoe/t");
    assertGrade3("gb30251-2024.styrene-co-oxidation.grade3", "320 kgoe/t");
    assertGrade3("gb30251-2024.paraxylene.grade3", "550 kgoe/t");
    assertGrade3("gb30251-2024.pta.grade3", "180 kgce/t");
    assertGrade3("gb30251-2024.propylene-oxide-ethylbenzene-co-oxidation.grade3", "457 kgce/t");
    assertGrade3("gb30251-2024.propylene-oxide-isobutane-co-oxidation.grade3", "390 kgce/t");
    assertGrade3("gb30251-2024.propylene-oxide-hydrogen-peroxide.grade3", "550 kgce/t");
    assertGrade3("gb30251-2024.propylene-oxide-chlorohydrin.grade3", "380 kgce/t");
    assertGrade3("gb30251-2024.phthalic-anhydride.grade3", "-111 kgce/t");
    for (CatalogueEntry e : edition("gb-30251@2024").entries()) {
      assertTrue(e.provenance().note().orElseThrow().contains("第1号修改单"), e.id() + " keeps the amendment flag");
    }
  }

  @Test
  void gb36889Grade3ValuesOfManMadeFibres() {
    // GB 36889-2025 表1–表11, reference 04 §8.3 (48 rows)
    String[][] rows = {
        {"polyester-polymerisation-melt-or-chip", "100"}, {"polyester-ssp-high-viscosity-chip", "45"},
        {"polyester-lpp-high-viscosity-melt", "40"}, {"polyester-direct-spinning-poy", "50"},
        {"polyester-direct-spinning-fdy", "83"}, {"polyester-direct-spinning-industrial-filament", "145"},
        {"polyester-direct-spinning-staple", "110"}, {"polyester-chip-spinning-poy", "95"},
        {"polyester-chip-spinning-fdy", "105"}, {"polyester-chip-spinning-industrial-filament", "165"},
        {"polyester-chip-spinning-staple", "180"}, {"polyester-dty-nozzle-le-0.12mpa", "115"},
        {"polyester-dty-nozzle-0.12-0.35mpa", "140"}, {"polyester-dty-nozzle-ge-0.35mpa", "180"},
        {"recycled-polyester-chip", "75"}, {"recycled-polyester-poy", "120"},
        {"recycled-polyester-fdy-flake-spinning", "150"}, {"recycled-polyester-fdy-chip-spinning", "130"},
        {"recycled-polyester-dty-nozzle-le-0.12mpa", "118"}, {"recycled-polyester-dty-nozzle-0.12-0.35mpa", "145"},
        {"recycled-polyester-dty-nozzle-ge-0.35mpa", "185"}, {"recycled-polyester-staple", "185"},
        {"bottle-grade-polyester-chip", "120"},
        {"viscose-staple", "950"}, {"modal-staple", "1200"}, {"viscose-filament", "3000"},
        {"nylon6-polymerisation-civil-chip", "145"}, {"nylon6-polymerisation-industrial-chip", "190"},
        {"nylon6-spinning-poy-hoy", "200"}, {"nylon6-spinning-fdy", "270"}, {"nylon6-spinning-industrial-filament", "350"},
        {"nylon6-texturing-dty", "285"}, {"spandex", "1300"},
        {"vinylon-high-strength-high-modulus-short-cut", "1200"}, {"vinylon-water-soluble-staple", "1200"},
        {"acrylic-fibre", "1050"}, {"polypropylene-fdy", "200"}, {"polypropylene-bcf", "220"},
        {"polypropylene-staple", "155"}, {"uhmwpe-halogenated-hydrocarbon-extractant", "4000"},
        {"uhmwpe-hydrocarbon-extractant", "8000"}, {"bicomponent-polymer-melt-chip", "150"},
        {"bicomponent-direct-spinning-poy", "70"}, {"bicomponent-direct-spinning-fdy", "80"},
        {"bicomponent-chip-spinning-poy", "180"}, {"bicomponent-chip-spinning-fdy", "190"},
        {"pe-pet-composite-staple", "190"}, {"lmpet-pet-composite-staple", "175"}};
    for (String[] row : rows) {
      assertGrade3("gb36889-2025." + row[0] + ".grade3", row[1] + " kgce/t");
    }
    assertEquals(48, edition("gb-36889@2025").entries().size());
  }

  @Test
  void aCombinedProcessSodaAshPlantIsJudgedOnTheTableValueOnlyWithRefinedSalt() {
    String id = "gb29140-2024.combined-dense.comprehensive-energy.grade3";
    Map<String, Object> refined = data("sodaash.process", "combined", "sodaash.product", "dense",
        "sodaash.combinedProcessSalt", "refined", "sodaash.comprehensive-energy", "260 kgce/t");
    assertEquals(Verdict.NON_COMPLIANT, BATCH.verdict(id, refined), "260 exceeds 250");
    Map<String, Object> solar = new LinkedHashMap<>(refined);
    solar.put("sodaash.combinedProcessSalt", "solar");
    assertEquals(Verdict.INSUFFICIENT_DATA, BATCH.verdict(id, solar),
        "with solar salt (×1.18) the plant falls outside the plain case: its corrected limit is assessed by hand");
    solar.put("sodaash.comprehensive-energy", Quantity.parse("240 kgce/t"));
    assertEquals(Verdict.INSUFFICIENT_DATA, BATCH.verdict(id, solar), "never compliant outside the plain case");
    BATCH.assertNoFinding("gb29140-2024.ammonia-soda-dense.comprehensive-energy.grade3", refined,
        "a combined-process plant is not judged on the ammonia-soda row");
    BATCH.assertNoFinding("gb29140-2024.combined-light.comprehensive-energy.grade3", refined,
        "a dense-ash plant is not judged on the light-ash row");
  }

  @Test
  void aCarbideFurnaceMustMeetBothItsEnergyAndItsPowerLimit() {
    UnitAssessment a = BATCH.assess("calcium-carbide-furnace", END_OF_2025, data(
        "carbide.comprehensive-energy", "940 kgce/t", "carbide.furnace-power", "3250 kWh/t"));
    Map<String, Verdict> byEntry = new LinkedHashMap<>();
    a.findings().forEach(f -> byEntry.put(f.entry().entryId(), f.verdict()));
    assertEquals(Verdict.COMPLIANT, byEntry.get("gb21343-2023.calcium-carbide.comprehensive-energy.grade3"));
    assertEquals(Verdict.NON_COMPLIANT, byEntry.get("gb21343-2023.calcium-carbide.furnace-power.grade3"));
    assertEquals(UnitStatus.RECTIFICATION_REQUIRED, a.status());
  }

  @Test
  void methanolFromAnthraciteByContinuousPressurisedGasificationIsJudgedOnTheBituminousCoalRow() {
    String bituminous = "gb29436-2023.methanol-bituminous-coal.grade3";
    String anthracite = "gb29436-2023.methanol-anthracite.grade3";
    Map<String, Object> pressurised = data("methanol.feedstock", "anthracite",
        "methanol.anthraciteGasification", "continuous-pressurized", "methanol.comprehensive-energy", "1600 kgce/t");
    assertEquals(Verdict.COMPLIANT, BATCH.verdict(bituminous, pressurised), "1600 is within 1800");
    BATCH.assertNoFinding(anthracite, pressurised, "the 1500 row is for fixed-bed gasification");
    Map<String, Object> fixedBed = new LinkedHashMap<>(pressurised);
    fixedBed.put("methanol.anthraciteGasification", "atmospheric-intermittent-fixed-bed");
    assertEquals(Verdict.NON_COMPLIANT, BATCH.verdict(anthracite, fixedBed), "1600 exceeds 1500");
    BATCH.assertNoFinding(bituminous, fixedBed, "fixed-bed anthracite plants have their own row");
    Map<String, Object> unknownGasification = data("methanol.feedstock", "anthracite",
        "methanol.comprehensive-energy", "1900 kgce/t");
    assertEquals(Verdict.INSUFFICIENT_DATA, BATCH.verdict(bituminous, unknownGasification));
    BATCH.assertNoFinding(bituminous, data("methanol.feedstock", "lignite", "methanol.comprehensive-energy",
        "1900 kgce/t"), "a lignite plant is judged on its own row");
    assertEquals(Verdict.NON_COMPLIANT, BATCH.verdict(bituminous, data("methanol.feedstock", "bituminous-coal",
        "methanol.comprehensive-energy", "1800.1 kgce/t")));
  }

  @Test
  void oilEquivalentLimitsAreComparedInOilEquivalent() {
    String id = "gb30251-2024.ethylene.grade3";
    assertEquals(Verdict.COMPLIANT, BATCH.verdict(id, data("petrochem.ethylene-comprehensive-energy", "640 kgoe/t")));
    assertEquals(Verdict.NON_COMPLIANT, BATCH.verdict(id, data("petrochem.ethylene-comprehensive-energy", "640.5 kgoe/t")));
    assertThrows(InvalidInputException.class,
        () -> BATCH.verdict(id, data("petrochem.ethylene-comprehensive-energy", "600 kgce/t")),
        "a coal-equivalent value is never compared with an oil-equivalent limit");
  }

  @Test
  void aViscoseStapleLineIsJudgedOn950FromJune2026() {
    String id = "gb36889-2025.viscose-staple.grade3";
    Map<String, Object> failing = data("chemfibre.product", "viscose-staple", "chemfibre.comprehensive-energy",
        "960 kgce/t");
    assertEquals(Verdict.NON_COMPLIANT, BATCH.verdict(id, failing));
    BATCH.assertNoFinding("gb36889-2025.modal-staple.grade3", failing, "the modal row does not apply to viscose staple");
    assertTrue(BATCH.assess("viscose-fibre-line", LocalDate.of(2026, 5, 31), failing).findings().stream()
        .noneMatch(f -> f.entry().entryId().equals(id)), "GB 36889-2025 takes effect on 1 June 2026");
  }
}
