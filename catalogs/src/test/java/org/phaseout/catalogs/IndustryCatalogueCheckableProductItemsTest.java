package org.phaseout.catalogs;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.phaseout.Verdict;

/**
 * The machine-checkable 《产业结构调整指导目录（2024年本）》 淘汰类 items of 二、落后产品, every sector (the listed products, read at the kind
 * that makes the product or is the product), each evaluated on fictitious units: a listed designation, a value just
 * inside the limit or the named type (non-compliant), an unlisted neighbour, a value just outside or another type
 * (compliant), and a unit lacking the data (insufficient data). What holds for every table is in {@link
 * IndustryCatalogueCheckableItemsTest}.
 */
class IndustryCatalogueCheckableProductItemsTest {

  /** id | unit data | expected verdict, as {@link CheckableItemsProbe} reads them. */
  static final String CASES = """
      p-machinery-7-cer-capsules | equipment.series=CER | NON_COMPLIANT
      p-machinery-7-cer-capsules | equipment.series=CEP | COMPLIANT
      p-machinery-8-obsolete-thermocouples | instrument.graduationDesignation=EA-2 | NON_COMPLIANT
      p-machinery-8-obsolete-thermocouples | instrument.graduationDesignation=K | COMPLIANT
      p-machinery-9-obsolete-rtds | instrument.graduationDesignation=BA2 | NON_COMPLIANT
      p-machinery-9-obsolete-rtds | instrument.graduationDesignation=Pt100 | COMPLIANT
      p-machinery-14-wdh-py5-thermometers | equipment.model=PY5 | NON_COMPLIANT
      p-machinery-14-wdh-py5-thermometers | equipment.model=PY6 | COMPLIANT
      p-machinery-15-bc-lch-ych-dp-gauges | equipment.series=BC | NON_COMPLIANT
      p-machinery-15-bc-lch-ych-dp-gauges | equipment.model=YCH-511 | NON_COMPLIANT
      p-machinery-15-bc-lch-ych-dp-gauges | equipment.series=BCX;equipment.model=YCH-512 | COMPLIANT
      p-machinery-15-bc-lch-ych-dp-gauges | equipment.model=YCH-512 | INSUFFICIENT_DATA
      p-machinery-45-dd-single-phase-meters | equipment.model=DD5-6 | NON_COMPLIANT
      p-machinery-45-dd-single-phase-meters | equipment.model=DD862 | COMPLIANT
      p-machinery-47-hd-knife-switches | equipment.model=HD3-1500 | NON_COMPLIANT
      p-machinery-47-hd-knife-switches | equipment.model=HD13-1000 | COMPLIANT
      p-machinery-56-e135-4146-diesels | equipment.series=E135 | NON_COMPLIANT
      p-machinery-56-e135-4146-diesels | equipment.model=4146 | NON_COMPLIANT
      p-machinery-56-e135-4146-diesels | equipment.series=6135;equipment.model=4135 | COMPLIANT
      p-machinery-56-e135-4146-diesels | equipment.model=4135 | INSUFFICIENT_DATA
      p-machinery-57-ty1100-diesel | equipment.model=TY1100 | NON_COMPLIANT
      p-machinery-57-ty1100-diesel | equipment.model=TY1105 | COMPLIANT
      p-machinery-58-165-diesel | equipment.model=165 | NON_COMPLIANT
      p-machinery-58-165-diesel | equipment.model=175 | COMPLIANT
      p-other-1-gas-masks-59-69-72-tf3 | equipment.model=TF-3 | NON_COMPLIANT
      p-other-1-gas-masks-59-69-72-tf3 | equipment.model=TF-4 | COMPLIANT
      p-machinery-4-small-pneumatic-grabs | mining-machinery.type=pneumatic-rock-grab;rock-grab.bucketVolume=0.35 m3 | NON_COMPLIANT
      p-machinery-4-small-pneumatic-grabs | mining-machinery.type=pneumatic-rock-grab;rock-grab.bucketVolume=0.36 m3 | COMPLIANT
      p-machinery-4-small-pneumatic-grabs | mining-machinery.type=other;rock-grab.bucketVolume=0.2 m3 | COMPLIANT
      p-machinery-4-small-pneumatic-grabs | rock-grab.bucketVolume=0.2 m3 | INSUFFICIENT_DATA
      p-machinery-5-cable-percussion-drills | mining-machinery.type=cable-percussion-drill | NON_COMPLIANT
      p-machinery-5-cable-percussion-drills | mining-machinery.type=pneumatic-rock-grab | COMPLIANT
      p-ships-3-single-hull-tankers | ship.singleHullOilTanker=true | NON_COMPLIANT
      p-ships-3-single-hull-tankers | ship.singleHullOilTanker=false | COMPLIANT
      p-machinery-25-coke-fired-nonferrous-melting | melting-furnace.cokeFired=true;melting-furnace.meltsNonferrous=true | NON_COMPLIANT
      p-machinery-25-coke-fired-nonferrous-melting | melting-furnace.cokeFired=false;melting-furnace.meltsNonferrous=true | COMPLIANT
      p-machinery-25-coke-fired-nonferrous-melting | melting-furnace.cokeFired=true | INSUFFICIENT_DATA
      p-machinery-67-coal-fired-hot-air-furnaces | hot-air-furnace.coalFired=true | NON_COMPLIANT
      p-machinery-67-coal-fired-hot-air-furnaces | hot-air-furnace.coalFired=false | COMPLIANT
      p-nonferrous-1-black-copper-rod | copper.blackRod=true | NON_COMPLIANT
      p-nonferrous-1-black-copper-rod | copper.blackRod=false | COMPLIANT
      p-building-materials-6-crocidolite | mine.crocidolite=true | NON_COMPLIANT
      p-building-materials-6-crocidolite | mine.crocidolite=false | COMPLIANT
      p-steel-1-hot-rolled-silicon-sheet | steel-rolling.hotRolledSiliconSheet=true | NON_COMPLIANT
      p-steel-1-hot-rolled-silicon-sheet | steel-rolling.hotRolledSiliconSheet=false | COMPLIANT
      p-steel-2-normal-relaxation-wire-strand | prestressed-wire.ordinaryRelaxation=true | NON_COMPLIANT
      p-steel-2-normal-relaxation-wire-strand | prestressed-wire.ordinaryRelaxation=false | COMPLIANT
      p-building-materials-2-non-platinum-bushing-fibre | glass-fibre.nonPlatinumBushing=true | NON_COMPLIANT
      p-building-materials-2-non-platinum-bushing-fibre | glass-fibre.nonPlatinumBushing=false | COMPLIANT
      p-building-materials-1-grc-hollow-panels | grc.hollowPanelsOfNonResistantMaterials=true | NON_COMPLIANT
      p-building-materials-1-grc-hollow-panels | grc.hollowPanelsOfNonResistantMaterials=false | COMPLIANT
      p-building-materials-3-25a-hollow-steel-windows | door-window.hollowSteelWindow25A=true | NON_COMPLIANT
      p-building-materials-3-25a-hollow-steel-windows | door-window.hollowSteelWindow25A=false | COMPLIANT
      p-building-materials-4-s2-concrete-sleepers | concrete-sleeper.typeS2=true | NON_COMPLIANT
      p-building-materials-4-s2-concrete-sleepers | concrete-sleeper.typeS2=false | COMPLIANT
      p-building-materials-9-asbestos-friction-materials | friction-material.asbestos=true | NON_COMPLIANT
      p-building-materials-9-asbestos-friction-materials | friction-material.asbestos=false | COMPLIANT
      p-machinery-62-asbestos-brake-linings | friction-material.asbestosVehicleBrakeLinings=true | NON_COMPLIANT
      p-machinery-62-asbestos-brake-linings | friction-material.asbestosVehicleBrakeLinings=false | COMPLIANT
      p-explosives-1-safety-fuse | explosives.product=safety-fuse | NON_COMPLIANT
      p-explosives-1-safety-fuse | explosives.product=industrial-explosive | COMPLIANT
      p-explosives-2-ammonium-nitrate-tnt | explosives.product=ammonium-nitrate-tnt-explosive | NON_COMPLIANT
      p-explosives-2-ammonium-nitrate-tnt | explosives.product=industrial-explosive | COMPLIANT
      p-explosives-3-paper-shell-detonators | explosives.product=paper-shell-detonator | NON_COMPLIANT
      p-explosives-3-paper-shell-detonators | explosives.product=industrial-detonator | COMPLIANT
      p-fire-1-halon-1211 | fire.halon1211=true | NON_COMPLIANT
      p-fire-1-halon-1211 | fire.halon1211=false | COMPLIANT
      p-fire-3-pvc-lined-hose | fire-hose.pvcLined=true | NON_COMPLIANT
      p-fire-3-pvc-lined-hose | fire-hose.pvcLined=false | COMPLIANT
      p-other-2-zh15-co-filter-self-rescuers | equipment.model=ZH15 | NON_COMPLIANT
      p-other-2-zh15-co-filter-self-rescuers | equipment.model=ZH30;self-rescuer.coFilter=true | NON_COMPLIANT
      p-other-2-zh15-co-filter-self-rescuers | equipment.model=ZH30;self-rescuer.coFilter=false | COMPLIANT
      p-other-2-zh15-co-filter-self-rescuers | equipment.model=ZH30 | INSUFFICIENT_DATA
      p-machinery-59-mercury-switches-relays | electrical-apparatus.mercurySwitchOrRelay=true | NON_COMPLIANT
      p-machinery-59-mercury-switches-relays | electrical-apparatus.mercurySwitchOrRelay=false | COMPLIANT
      p-machinery-60-fuel-mopeds | vehicle.fuelMoped=true | NON_COMPLIANT
      p-machinery-60-fuel-mopeds | vehicle.fuelMoped=false | COMPLIANT
      p-machinery-61-below-china-ii-engines | engine.vehicleEngine=true;engine.emissionStage=china-i | NON_COMPLIANT
      p-machinery-61-below-china-ii-engines | engine.vehicleEngine=true;engine.emissionStage=pre-china-i | NON_COMPLIANT
      p-machinery-61-below-china-ii-engines | engine.vehicleEngine=true;engine.emissionStage=china-ii | COMPLIANT
      p-machinery-61-below-china-ii-engines | engine.vehicleEngine=false;engine.emissionStage=china-i | COMPLIANT
      p-machinery-61-below-china-ii-engines | engine.emissionStage=china-i | INSUFFICIENT_DATA
      p-ships-1-single-piece-assembly-steel-ships | ship.steelTransportShip=true;ship.singlePieceAssemblyBuilt=true | NON_COMPLIANT
      p-ships-1-single-piece-assembly-steel-ships | ship.steelTransportShip=true;ship.singlePieceAssemblyBuilt=false | COMPLIANT
      p-ships-1-single-piece-assembly-steel-ships | ship.steelTransportShip=false;ship.singlePieceAssemblyBuilt=true | COMPLIANT
      p-ships-1-single-piece-assembly-steel-ships | ship.singlePieceAssemblyBuilt=true | INSUFFICIENT_DATA
      p-light-1-mercury-batteries | battery.mercuryBatteries=true | NON_COMPLIANT
      p-light-1-mercury-batteries | battery.mercuryBatteries=false | COMPLIANT
      p-light-3-mercury-paste-paper-zinc-powder | battery.mercuryPastePaperOrZincPowder=true | NON_COMPLIANT
      p-light-3-mercury-paste-paper-zinc-powder | battery.mercuryPastePaperOrZincPowder=false | COMPLIANT
      p-light-7-consumer-nicd | battery.consumerNiCd=true | NON_COMPLIANT
      p-light-7-consumer-nicd | battery.consumerNiCd=false | COMPLIANT
      p-light-8-open-flue-gas-water-heaters | appliance.fluelessGasWaterHeater=true | NON_COMPLIANT
      p-light-8-open-flue-gas-water-heaters | appliance.fluelessGasWaterHeater=false | COMPLIANT
      p-light-10-aniline-gravure-inks | ink.anilineGravure=true | NON_COMPLIANT
      p-light-10-aniline-gravure-inks | ink.anilineGravure=false | COMPLIANT
      p-light-12-cast-iron-globe-valves | valve.castIronGlobe=true | NON_COMPLIANT
      p-light-12-cast-iron-globe-valves | valve.castIronGlobe=false | COMPLIANT
      p-light-24-high-pressure-mercury-lamps | lamp.highPressureMercuryForGeneralLighting=true | NON_COMPLIANT
      p-light-24-high-pressure-mercury-lamps | lamp.highPressureMercuryForGeneralLighting=false | COMPLIANT
      p-light-25-hcfc-141b-foaming | appliance.hcfc141bFoaming=true | NON_COMPLIANT
      p-light-25-hcfc-141b-foaming | appliance.hcfc141bFoaming=false | COMPLIANT
      p-light-26-musk-xylene-fragrances | fragrance.muskXylene=true | NON_COMPLIANT
      p-light-26-musk-xylene-fragrances | fragrance.muskXylene=false | COMPLIANT
      p-light-20-mercury-clinical-thermometers-sphygmomanometers | instrument.mercuryClinicalThermometerOrSphygmomanometer=true | NON_COMPLIANT
      p-light-20-mercury-clinical-thermometers-sphygmomanometers | instrument.mercuryClinicalThermometerOrSphygmomanometer=false | COMPLIANT
      p-machinery-6-water-gas-producer-1.98m | gas-producer.waterGas=true;gas-producer.diameter=1.98 m | NON_COMPLIANT
      p-machinery-6-water-gas-producer-1.98m | gas-producer.waterGas=true;gas-producer.diameter=2.26 m | COMPLIANT
      p-machinery-6-water-gas-producer-1.98m | gas-producer.waterGas=false;gas-producer.diameter=1.98 m | COMPLIANT
      p-machinery-6-water-gas-producer-1.98m | gas-producer.diameter=1.98 m | INSUFFICIENT_DATA
      p-machinery-41-3t-dc-trolley-locomotive | mine-locomotive.dcTrolley=true;unit.ratedCapacity=3 t | NON_COMPLIANT
      p-machinery-41-3t-dc-trolley-locomotive | mine-locomotive.dcTrolley=true;unit.ratedCapacity=7 t | COMPLIANT
      p-machinery-41-3t-dc-trolley-locomotive | mine-locomotive.dcTrolley=false;unit.ratedCapacity=3 t | COMPLIANT
      p-machinery-41-3t-dc-trolley-locomotive | unit.ratedCapacity=3 t | INSUFFICIENT_DATA
      p-machinery-71-cement-mills-below-3.2m | cement.millDiameter=3.2 m | NON_COMPLIANT
      p-machinery-71-cement-mills-below-3.2m | cement.millDiameter=3.21 m | COMPLIANT
      p-light-5-lead-acid-cadmium-above-0.002 | battery.leadAcidCadmiumContent=0.0021 % | NON_COMPLIANT
      p-light-5-lead-acid-cadmium-above-0.002 | battery.leadAcidCadmiumContent=0.002 % | COMPLIANT
      p-light-6-lead-acid-arsenic-above-0.1 | battery.leadAcidArsenicContent=0.11 % | NON_COMPLIANT
      p-light-6-lead-acid-arsenic-above-0.1 | battery.leadAcidArsenicContent=0.1 % | COMPLIANT
      p-light-16-ultra-thin-plastic-bags | plastics.bagThickness=0.024 mm | NON_COMPLIANT
      p-light-16-ultra-thin-plastic-bags | plastics.bagThickness=0.025 mm | COMPLIANT
      p-light-16-pe-mulch-film-below-0.01mm | plastics.polyethyleneMulchFilmThickness=0.009 mm | NON_COMPLIANT
      p-light-16-pe-mulch-film-below-0.01mm | plastics.polyethyleneMulchFilmThickness=0.01 mm | COMPLIANT
      p-machinery-63-non-standard-shaft-cages | mine-shaft-cage.standardized=false | NON_COMPLIANT
      p-machinery-63-non-standard-shaft-cages | mine-shaft-cage.standardized=true | COMPLIANT
      p-machinery-63-person-winches-below-1.2m | mine-hoist.type=winch;mine-hoist.usedForPersons=true;mine-hoist.diameter=1.1 m | NON_COMPLIANT
      p-machinery-63-person-winches-below-1.2m | mine-hoist.type=winch;mine-hoist.usedForPersons=true;mine-hoist.diameter=1.2 m | COMPLIANT
      p-machinery-63-person-winches-below-1.2m | mine-hoist.type=hoist;mine-hoist.usedForPersons=true;mine-hoist.diameter=1.0 m | COMPLIANT
      p-machinery-63-person-winches-below-1.2m | mine-hoist.type=winch;mine-hoist.diameter=1.0 m | INSUFFICIENT_DATA
      p-machinery-63-kj-jka-xkt-jtk-hoists | mine-hoist.series=JKA | NON_COMPLIANT
      p-machinery-63-kj-jka-xkt-jtk-hoists | mine-hoist.series=JTK | NON_COMPLIANT
      p-machinery-63-kj-jka-xkt-jtk-hoists | mine-hoist.series=other | COMPLIANT
      p-machinery-63-band-brake-winches | mine-hoist.type=winch;mine-hoist.bandBrake=true | NON_COMPLIANT
      p-machinery-63-band-brake-winches | mine-hoist.type=winch;mine-hoist.bandBrake=false | COMPLIANT
      p-machinery-63-band-brake-winches | mine-hoist.type=hoist;mine-hoist.bandBrake=true | COMPLIANT
      p-petrochem-5-glyphosate-aqueous-below-30pct | pesticide.glyphosateAqueousContent=30 % | NON_COMPLIANT
      p-petrochem-5-glyphosate-aqueous-below-30pct | pesticide.glyphosateAqueousContent=30.1 % | COMPLIANT
      p-light-21-mercury-batteries-2pct | battery.mercuryContaining=true;battery.buttonCellChemistry=other | NON_COMPLIANT
      p-light-21-mercury-batteries-2pct | battery.mercuryContaining=true;battery.buttonCellChemistry=zinc-air;battery.mercuryContent=2 % | NON_COMPLIANT
      p-light-21-mercury-batteries-2pct | battery.mercuryContaining=true;battery.buttonCellChemistry=zinc-air;battery.mercuryContent=1.9 % | COMPLIANT
      p-light-21-mercury-batteries-2pct | battery.mercuryContaining=false | COMPLIANT
      p-light-21-mercury-batteries-2pct | battery.mercuryContaining=true;battery.buttonCellChemistry=zinc-silver-oxide | INSUFFICIENT_DATA
      p-railway-1-obsolete-wagons | equipment.model=C62B | NON_COMPLIANT
      p-railway-1-obsolete-wagons | equipment.model=C64;railway-wagon.trackFlatCar=false | COMPLIANT
      p-railway-1-obsolete-wagons | railway-wagon.trackFlatCar=true;unit.ratedCapacity=40 t | NON_COMPLIANT
      p-railway-1-obsolete-wagons | equipment.model=N17A;railway-wagon.trackFlatCar=true;unit.ratedCapacity=41 t | COMPLIANT
      p-railway-1-obsolete-wagons | equipment.model=C64;unit.ratedCapacity=30 t | INSUFFICIENT_DATA
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
