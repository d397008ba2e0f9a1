package org.phaseout.catalogs;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.phaseout.Verdict;

/**
 * The machine-checkable 《产业结构调整指导目录（2024年本）》 淘汰类 items of 一、落后生产工艺装备 of 石化化工, 建材, 民爆和烟花爆竹产品 and 医药 (plants below a
 * capacity, kilns, mills and lines, emulsifiers and detonators), each evaluated on fictitious units: a listed
 * designation, a value just inside the limit or the named type (non-compliant), an unlisted neighbour, a value just
 * outside or another type (compliant), and a unit lacking the data (insufficient data). What holds for every table is
 * in {@link IndustryCatalogueCheckableItemsTest}.
 */
class IndustryCatalogueCheckableChemicalsAndBuildingMaterialsItemsTest {

  /** id | unit data | expected verdict, as {@link CheckableItemsProbe} reads them. */
  static final String CASES = """
      building-materials-8-earth-lime-shaft-kilns | lime-kiln.earthShaftKiln=true | NON_COMPLIANT
      building-materials-8-earth-lime-shaft-kilns | lime-kiln.earthShaftKiln=false | COMPLIANT
      building-materials-6-small-plasterboard-lines | gypsum.plasterboardCapacity=999.99 10^4 m2/a | NON_COMPLIANT
      building-materials-6-small-plasterboard-lines | gypsum.plasterboardCapacity=9999999 m2/a | NON_COMPLIANT
      building-materials-6-small-plasterboard-lines | gypsum.plasterboardCapacity=1000 10^4 m2/a | COMPLIANT
      explosives-13-emulsifier-above-130c | explosives.emulsifierOutletTemperature=130.1 degC | NON_COMPLIANT
      explosives-13-emulsifier-above-130c | explosives.emulsifierOutletTemperature=131 ℃ | NON_COMPLIANT
      explosives-13-emulsifier-above-130c | explosives.emulsifierOutletTemperature=130 degC | COMPLIANT
      explosives-16-detonator-resistance-spread-1.5 | detonator.totalResistanceSpread=1.51 ohm | NON_COMPLIANT
      explosives-16-detonator-resistance-spread-1.5 | detonator.totalResistanceSpread=1.5 ohm | COMPLIANT
      explosives-18-detonator-resistance-spread-1.0 | detonator.totalResistanceSpread=1.01 ohm | NON_COMPLIANT
      explosives-18-detonator-resistance-spread-1.0 | detonator.totalResistanceSpread=1.2 Ω | NON_COMPLIANT
      explosives-18-detonator-resistance-spread-1.0 | detonator.totalResistanceSpread=1.0 ohm | COMPLIANT
      explosives-21-no-fire-current-below-0.25a | detonator.ordinaryMaxNoFireCurrent=0.249 A | NON_COMPLIANT
      explosives-21-no-fire-current-below-0.25a | detonator.ordinaryMaxNoFireCurrent=0.25 A | COMPLIANT
      building-materials-3-flat-drawn-glass | flat-glass.formingProcess=flat-drawn | NON_COMPLIANT
      building-materials-3-flat-drawn-glass | flat-glass.formingProcess=fourcault | NON_COMPLIANT
      building-materials-3-flat-drawn-glass | flat-glass.formingProcess=float | COMPLIANT
      building-materials-5-non-platinum-bushing-drawing | glass-fibre.nonPlatinumBushing=true | NON_COMPLIANT
      building-materials-5-non-platinum-bushing-drawing | glass-fibre.nonPlatinumBushing=false | COMPLIANT
      building-materials-12-hand-cast-gypsum-blocks | gypsum.manualCastBlocks=true | NON_COMPLIANT
      building-materials-12-hand-cast-gypsum-blocks | gypsum.manualCastBlocks=false | COMPLIANT
      building-materials-13-one-step-flame-fused-quartz | quartz-glass.oneStepFlameFusion=true | NON_COMPLIANT
      building-materials-13-one-step-flame-fused-quartz | quartz-glass.oneStepFlameFusion=false | COMPLIANT
      building-materials-14-small-cubic-presses | diamond.cubicPress6x6MN=true | NON_COMPLIANT
      building-materials-14-small-cubic-presses | diamond.cubicPress6x6MN=false | COMPLIANT
      building-materials-15-hand-cut-non-autoclaved-aac | aac.handCutting=true | NON_COMPLIANT
      building-materials-15-hand-cut-non-autoclaved-aac | aac.handCutting=false;aac.nonAutoclavedCuring=true | NON_COMPLIANT
      building-materials-15-hand-cut-non-autoclaved-aac | aac.handCutting=false;aac.nonAutoclavedCuring=false | COMPLIANT
      building-materials-15-hand-cut-non-autoclaved-aac | aac.handCutting=false | INSUFFICIENT_DATA
      building-materials-16-non-fired-non-autoclaved-fly-ash-bricks | fly-ash-brick.nonFiredNonAutoclaved=true | NON_COMPLIANT
      building-materials-16-non-fired-non-autoclaved-fly-ash-bricks | fly-ash-brick.nonFiredNonAutoclaved=false | COMPLIANT
      explosives-1-emulsion-matrix-cooler | explosives.closedPackagedEmulsionMatrixCooler=true | NON_COMPLIANT
      explosives-1-emulsion-matrix-cooler | explosives.closedPackagedEmulsionMatrixCooler=false | COMPLIANT
      explosives-2-emulsion-low-temp-sensitiser | explosives.closedPackagedEmulsionLowTemperatureSensitiser=true | NON_COMPLIANT
      explosives-2-emulsion-low-temp-sensitiser | explosives.closedPackagedEmulsionLowTemperatureSensitiser=false | COMPLIANT
      explosives-3-manual-single-head-cartridger | explosives.smallDiameterManualSingleHeadCartridger=true | NON_COMPLIANT
      explosives-3-manual-single-head-cartridger | explosives.smallDiameterManualSingleHeadCartridger=false | COMPLIANT
      explosives-5-steam-room-drying-primary | explosives.primarySteamRoomDrying=true | NON_COMPLIANT
      explosives-5-steam-room-drying-primary | explosives.primarySteamRoomDrying=false | COMPLIANT
      explosives-6-manual-delay-element-loading | explosives.manualDelayElementLoading=true | NON_COMPLIANT
      explosives-6-manual-delay-element-loading | explosives.manualDelayElementLoading=false | COMPLIANT
      explosives-9-explosive-detonator-lines-no-video | explosives.product=industrial-detonator;explosives.remoteVideoOfHazardousWorkplaces=false | NON_COMPLIANT
      explosives-9-explosive-detonator-lines-no-video | explosives.product=industrial-explosive;explosives.remoteVideoOfHazardousWorkplaces=true | COMPLIANT
      explosives-9-explosive-detonator-lines-no-video | explosives.product=detonating-cord;explosives.remoteVideoOfHazardousWorkplaces=false | COMPLIANT
      explosives-9-explosive-detonator-lines-no-video | explosives.product=industrial-explosive | INSUFFICIENT_DATA
      explosives-10-detonating-cord-no-video | explosives.product=detonating-cord;explosives.remoteVideoOfHazardousWorkplaces=false | NON_COMPLIANT
      explosives-10-detonating-cord-no-video | explosives.product=detonating-cord;explosives.remoteVideoOfHazardousWorkplaces=true | COMPLIANT
      explosives-10-detonating-cord-no-video | explosives.product=industrial-detonator;explosives.remoteVideoOfHazardousWorkplaces=false | COMPLIANT
      explosives-10-detonating-cord-no-video | explosives.remoteVideoOfHazardousWorkplaces=false | INSUFFICIENT_DATA
      explosives-22-detonator-filling-no-isolation | explosives.product=industrial-detonator;detonator.fillingManMachineIsolation=false | NON_COMPLIANT
      explosives-22-detonator-filling-no-isolation | explosives.product=industrial-detonator;detonator.fillingManMachineIsolation=true | COMPLIANT
      explosives-22-detonator-filling-no-isolation | explosives.product=industrial-explosive | COMPLIANT
      explosives-22-detonator-filling-no-isolation | explosives.product=industrial-detonator | INSUFFICIENT_DATA
      explosives-23-manual-transfer-crimp-inspect | explosives.product=paper-shell-detonator;detonator.manualTransferCrimpingToInspection=true | NON_COMPLIANT
      explosives-23-manual-transfer-crimp-inspect | explosives.product=industrial-detonator;detonator.manualTransferCrimpingToInspection=false | COMPLIANT
      explosives-23-manual-transfer-crimp-inspect | explosives.product=safety-fuse | COMPLIANT
      explosives-23-manual-transfer-crimp-inspect | detonator.manualTransferCrimpingToInspection=true | INSUFFICIENT_DATA
      pharma-1-manual-capsule-filling | pharma.manualCapsuleFilling=true | NON_COMPLIANT
      pharma-1-manual-capsule-filling | pharma.manualCapsuleFilling=false | COMPLIANT
      pharma-2-cork-wax-sealing | pharma.corkWaxSealing=true | NON_COMPLIANT
      pharma-2-cork-wax-sealing | pharma.corkWaxSealing=false | COMPLIANT
      pharma-3-tower-redistillation-stills | pharma.towerRedistillationStill=true | NON_COMPLIANT
      pharma-3-tower-redistillation-stills | pharma.towerRedistillationStill=false | COMPLIANT
      pharma-4-hot-air-ovens-without-purification | pharma.hotAirOvenWithoutPurification=true | NON_COMPLIANT
      pharma-4-hot-air-ovens-without-purification | pharma.hotAirOvenWithoutPurification=false | COMPLIANT
      pharma-6-iron-reduction-paracetamol-caffeine | pharma.ironReductionParacetamolOrCaffeine=true | NON_COMPLIANT
      pharma-6-iron-reduction-paracetamol-caffeine | pharma.ironReductionParacetamolOrCaffeine=false | COMPLIANT
      pharma-7-cfc-aerosol-medicines | pharma.cfcPropellant=true | NON_COMPLIANT
      pharma-7-cfc-aerosol-medicines | pharma.cfcPropellant=false | COMPLIANT
      explosives-24-low-level-10kt-lines | explosives.product=industrial-explosive;explosives.industrialExplosiveAnnualCapacity=1 10^4 t/a;explosives.lowLevelLine=true | NON_COMPLIANT
      explosives-24-low-level-10kt-lines | explosives.product=industrial-explosive;explosives.industrialExplosiveAnnualCapacity=1.01 10^4 t/a;explosives.lowLevelLine=true | COMPLIANT
      explosives-24-low-level-10kt-lines | explosives.product=industrial-explosive;explosives.industrialExplosiveAnnualCapacity=1.01 10^4 t/a | COMPLIANT
      explosives-24-low-level-10kt-lines | explosives.product=industrial-explosive;explosives.industrialExplosiveAnnualCapacity=0.5 10^4 t/a;explosives.lowLevelLine=false | COMPLIANT
      explosives-24-low-level-10kt-lines | explosives.product=industrial-explosive;explosives.industrialExplosiveAnnualCapacity=0.5 10^4 t/a | INSUFFICIENT_DATA
      building-materials-4-tile-lines-below-1m-m2 | ceramics.tileLineCapacity=99.9 10^4 m2/a | NON_COMPLIANT
      building-materials-4-tile-lines-below-1m-m2 | ceramics.tileLineCapacity=100 10^4 m2/a | COMPLIANT
      building-materials-7-modified-bitumen-below-5m-m2 | waterproofing.modifiedBitumenMembraneCapacity=499.9 10^4 m2/a | NON_COMPLIANT
      building-materials-7-modified-bitumen-below-5m-m2 | waterproofing.modifiedBitumenMembraneCapacity=500 10^4 m2/a | COMPLIANT
      building-materials-1-cement-mills-below-3m | cement.millDiameter=2.99 m;cement.producesSpecialCement=false | NON_COMPLIANT
      building-materials-1-cement-mills-below-3m | cement.millDiameter=3 m;cement.producesSpecialCement=false | COMPLIANT
      building-materials-1-cement-mills-below-3m | cement.millDiameter=2.2 m;cement.producesSpecialCement=true | COMPLIANT
      building-materials-1-cement-mills-below-3m | cement.millDiameter=2.2 m | INSUFFICIENT_DATA
      building-materials-1-cement-mills-below-3m | cement.millDiameter=3 m | COMPLIANT
      petrochem-1-crude-benzene-refining-50kt | coking-chemicals.crudeBenzeneRefiningUnitCapacity=5 10^4 t/a | NON_COMPLIANT
      petrochem-1-crude-benzene-refining-50kt | coking-chemicals.crudeBenzeneRefiningUnitCapacity=5.1 10^4 t/a | COMPLIANT
      petrochem-1-coal-tar-processing-50kt | coking-chemicals.coalTarProcessingUnitCapacity=5 10^4 t/a | NON_COMPLIANT
      petrochem-1-coal-tar-processing-50kt | coking-chemicals.coalTarProcessingUnitCapacity=5.1 10^4 t/a | COMPLIANT
      petrochem-8-small-saponin-100t | saponin.unitCapacity=100 t/a | NON_COMPLIANT
      petrochem-8-small-saponin-100t | saponin.unitCapacity=101 t/a | COMPLIANT
      petrochem-2-small-ammonium-phosphate-100kt | unit.ratedCapacity=10 10^4 t/a;phosphate.industrialGrade=false | NON_COMPLIANT
      petrochem-2-small-ammonium-phosphate-100kt | unit.ratedCapacity=10.1 10^4 t/a;phosphate.industrialGrade=false | COMPLIANT
      petrochem-2-small-ammonium-phosphate-100kt | unit.ratedCapacity=8 10^4 t/a;phosphate.industrialGrade=true | COMPLIANT
      petrochem-2-small-ammonium-phosphate-100kt | unit.ratedCapacity=8 10^4 t/a | INSUFFICIENT_DATA
      petrochem-5-small-inorganic-salt-plants | inorganic-salt.product=sodium-cyanide;inorganic-salt.lineCapacity=0.3 10^4 t/a | NON_COMPLIANT
      petrochem-5-small-inorganic-salt-plants | inorganic-salt.product=sodium-cyanide;inorganic-salt.lineCapacity=0.31 10^4 t/a | COMPLIANT
      petrochem-5-small-inorganic-salt-plants | inorganic-salt.product=strontium-carbonate-ordinary;inorganic-salt.lineCapacity=1.5 10^4 t/a | NON_COMPLIANT
      petrochem-5-small-inorganic-salt-plants | inorganic-salt.product=strontium-carbonate-ordinary;inorganic-salt.lineCapacity=1.6 10^4 t/a | COMPLIANT
      petrochem-5-small-inorganic-salt-plants | inorganic-salt.product=sodium-sulphate-anhydrous-ordinary;inorganic-salt.lineCapacity=10 10^4 t/a;sodium-sulphate.saltCoproductionOrByproduct=false | NON_COMPLIANT
      petrochem-5-small-inorganic-salt-plants | inorganic-salt.product=sodium-sulphate-anhydrous-ordinary;inorganic-salt.lineCapacity=10 10^4 t/a;sodium-sulphate.saltCoproductionOrByproduct=true | COMPLIANT
      petrochem-5-small-inorganic-salt-plants | inorganic-salt.product=sodium-sulphate-anhydrous-ordinary;inorganic-salt.lineCapacity=10 10^4 t/a | INSUFFICIENT_DATA
      petrochem-5-small-inorganic-salt-plants | inorganic-salt.product=lithium-hydroxide;inorganic-salt.lineCapacity=0.3 10^4 t/a;lithium.spentBatteryRecycling=false | NON_COMPLIANT
      petrochem-5-small-inorganic-salt-plants | inorganic-salt.product=lithium-hydroxide;inorganic-salt.lineCapacity=0.3 10^4 t/a;lithium.spentBatteryRecycling=true | COMPLIANT
      petrochem-5-small-inorganic-salt-plants | inorganic-salt.product=other;inorganic-salt.lineCapacity=0.1 10^4 t/a | COMPLIANT
      """;

  static Stream<Arguments> cases() {
    return CheckableItemsProbe.cases(CASES);
  }

  @ParameterizedTest(name = "{0} [{1}] {2}")
  @MethodSource("cases")
  void eachItemJustInsideJustOutsideAndWithoutItsData(String id, String data, Verdict expected) {
    CheckableItemsProbe.assertVerdict(id, data, expected);
  }
}
