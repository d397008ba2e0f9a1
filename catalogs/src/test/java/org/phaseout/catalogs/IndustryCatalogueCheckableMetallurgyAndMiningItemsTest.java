package org.phaseout.catalogs;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.phaseout.Verdict;

/**
 * The machine-checkable 《产业结构调整指导目录（2024年本）》 淘汰类 items of 一、落后生产工艺装备 of 钢铁, 有色金属, 黄金, 煤炭 and 采矿 (furnaces, kilns and
 * smelting processes, mines and their working methods), each evaluated on fictitious units: a listed designation, a
 * value just inside the limit or the named type (non-compliant), an unlisted neighbour, a value just outside or another
 * type (compliant), and a unit lacking the data (insufficient data). What holds for every table is in {@link
 * IndustryCatalogueCheckableItemsTest}.
 */
class IndustryCatalogueCheckableMetallurgyAndMiningItemsTest {

  /** id | unit data | expected verdict, as {@link CheckableItemsProbe} reads them. */
  static final String CASES = """
      coal-5-mine-switch-pb2-pb3-pb4 | equipment.model=PB4 | NON_COMPLIANT
      coal-5-mine-switch-pb2-pb3-pb4 | equipment.model=PB5 | COMPLIANT
      coal-6-vacuum-filter-pg27 | equipment.model=PG-27 | NON_COMPLIANT
      coal-6-vacuum-filter-pg27 | equipment.model=PG-28 | COMPLIANT
      nonferrous-11-secondary-lead-below-10kt | unit.ratedCapacity=1 10^4 t/a | NON_COMPLIANT
      nonferrous-11-secondary-lead-below-10kt | unit.ratedCapacity=1.01 10^4 t/a | COMPLIANT
      coal-12-more-than-two-working-levels | coal-mine.simultaneousProductionLevels=3 1 | NON_COMPLIANT
      coal-12-more-than-two-working-levels | coal-mine.simultaneousProductionLevels=2 1 | COMPLIANT
      steel-20-light-burning-reverberatory-18m3 | refractory.kilnType=light-burning-reverberatory;refractory.kilnEffectiveVolume=18 m3 | NON_COMPLIANT
      steel-20-light-burning-reverberatory-18m3 | refractory.kilnType=light-burning-reverberatory;refractory.kilnEffectiveVolume=18.1 m3 | COMPLIANT
      steel-20-light-burning-reverberatory-18m3 | refractory.kilnType=other;refractory.kilnEffectiveVolume=10 m3 | COMPLIANT
      steel-20-light-burning-reverberatory-18m3 | refractory.kilnEffectiveVolume=10 m3 | INSUFFICIENT_DATA
      steel-21-dead-burned-magnesia-shaft-30m3 | refractory.kilnType=dead-burned-magnesia-shaft;refractory.kilnEffectiveVolume=30 m3 | NON_COMPLIANT
      steel-21-dead-burned-magnesia-shaft-30m3 | refractory.kilnType=dead-burned-magnesia-shaft;refractory.kilnEffectiveVolume=30.1 m3 | COMPLIANT
      steel-21-dead-burned-magnesia-shaft-30m3 | refractory.kilnType=light-burning-reverberatory;refractory.kilnEffectiveVolume=10 m3 | COMPLIANT
      steel-21-dead-burned-magnesia-shaft-30m3 | refractory.kilnType=dead-burned-magnesia-shaft | INSUFFICIENT_DATA
      nonferrous-18-secondary-aluminium-melting-below-15t | melting-furnace.forSecondaryAluminium=true;melting-furnace.capacity=15 t | NON_COMPLIANT
      nonferrous-18-secondary-aluminium-melting-below-15t | melting-furnace.forSecondaryAluminium=true;melting-furnace.capacity=15.1 t | COMPLIANT
      nonferrous-18-secondary-aluminium-melting-below-15t | melting-furnace.forSecondaryAluminium=false;melting-furnace.capacity=10 t | COMPLIANT
      nonferrous-18-secondary-aluminium-melting-below-15t | melting-furnace.capacity=10 t | INSUFFICIENT_DATA
      mining-1-manual-loading | mining.manualLoadingInCentralizedLoading=true | NON_COMPLIANT
      mining-1-manual-loading | mining.manualLoadingInCentralizedLoading=false | COMPLIANT
      mining-2-dry-drilling-without-dust-capture | rock-drill.dryDrilling=true;rock-drill.dustCatcher=false | NON_COMPLIANT
      mining-2-dry-drilling-without-dust-capture | rock-drill.dryDrilling=true;rock-drill.dustCatcher=true | COMPLIANT
      mining-2-dry-drilling-without-dust-capture | rock-drill.dryDrilling=false | COMPLIANT
      mining-2-dry-drilling-without-dust-capture | rock-drill.dryDrilling=true | INSUFFICIENT_DATA
      mining-3-manual-or-animal-haulage | mining.manualOrAnimalHaulage=true | NON_COMPLIANT
      mining-3-manual-or-animal-haulage | mining.manualOrAnimalHaulage=false | COMPLIANT
      mining-8-chamber-blasting | mining.mineType=open-pit;mining.chamberBlasting=true | NON_COMPLIANT
      mining-8-chamber-blasting | mining.mineType=underground;mining.chamberBlasting=true | COMPLIANT
      mining-8-chamber-blasting | mining.mineType=open-pit;mining.chamberBlasting=false | COMPLIANT
      mining-8-chamber-blasting | mining.chamberBlasting=true | INSUFFICIENT_DATA
      mining-9-undercutting-single-face | mining.mineType=open-pit;mining.unbenchedSingleWall=true | NON_COMPLIANT
      mining-9-undercutting-single-face | mining.mineType=open-pit;mining.undercutCaving=false;mining.undercutDigging=false;mining.unbenchedSingleWall=false | COMPLIANT
      mining-9-undercutting-single-face | mining.mineType=open-pit;mining.undercutCaving=false | INSUFFICIENT_DATA
      mining-10-secondary-blasting-boulders | mining.mineType=open-pit;mining.secondaryBreakingByBlasting=true | NON_COMPLIANT
      mining-10-secondary-blasting-boulders | mining.mineType=open-pit;mining.secondaryBreakingByBlasting=false | COMPLIANT
      mining-10-secondary-blasting-boulders | mining.secondaryBreakingByBlasting=true | INSUFFICIENT_DATA
      nonferrous-27-vertical-retort-zinc | zinc.verticalRetort=true | NON_COMPLIANT
      nonferrous-27-vertical-retort-zinc | zinc.verticalRetort=false | COMPLIANT
      nonferrous-4-prebake-cells-below-160ka | potline.prebakedAnode=true;potline.cellCurrent=160 kA | NON_COMPLIANT
      nonferrous-4-prebake-cells-below-160ka | potline.prebakedAnode=true;potline.cellCurrent=160000 A | NON_COMPLIANT
      nonferrous-4-prebake-cells-below-160ka | potline.prebakedAnode=true;potline.cellCurrent=160.1 kA | COMPLIANT
      nonferrous-4-prebake-cells-below-160ka | potline.prebakedAnode=false;potline.cellCurrent=100 kA | COMPLIANT
      nonferrous-4-prebake-cells-below-160ka | potline.cellCurrent=100 kA | INSUFFICIENT_DATA
      steel-5-induction-furnaces-melting-scrap | induction-furnace.meltsScrapSteel=true;induction-furnace.frequency=medium-frequency | NON_COMPLIANT
      steel-5-induction-furnaces-melting-scrap | induction-furnace.meltsScrapSteel=true;induction-furnace.frequency=power-frequency | NON_COMPLIANT
      steel-5-induction-furnaces-melting-scrap | induction-furnace.meltsScrapSteel=true;induction-furnace.frequency=high-frequency | COMPLIANT
      steel-5-induction-furnaces-melting-scrap | induction-furnace.meltsScrapSteel=false;induction-furnace.frequency=medium-frequency | COMPLIANT
      steel-5-induction-furnaces-melting-scrap | induction-furnace.frequency=medium-frequency | INSUFFICIENT_DATA
      nonferrous-12-coal-fired-reverberatory-secondary | industrial-kiln.reverberatory=true;industrial-kiln.directCoalFiring=true;industrial-kiln.secondaryNonferrous=true | NON_COMPLIANT
      nonferrous-12-coal-fired-reverberatory-secondary | industrial-kiln.reverberatory=true;industrial-kiln.directCoalFiring=false;industrial-kiln.secondaryNonferrous=true | COMPLIANT
      nonferrous-12-coal-fired-reverberatory-secondary | industrial-kiln.reverberatory=true;industrial-kiln.directCoalFiring=true;industrial-kiln.secondaryNonferrous=false | COMPLIANT
      nonferrous-12-coal-fired-reverberatory-secondary | industrial-kiln.reverberatory=true;industrial-kiln.secondaryNonferrous=true | INSUFFICIENT_DATA
      steel-18-mno2-reduction-reverberatory | industrial-kiln.reverberatory=true;industrial-kiln.manganeseDioxideReduction=true | NON_COMPLIANT
      steel-18-mno2-reduction-reverberatory | industrial-kiln.reverberatory=false;industrial-kiln.manganeseDioxideReduction=true | COMPLIANT
      steel-18-mno2-reduction-reverberatory | industrial-kiln.reverberatory=true;industrial-kiln.manganeseDioxideReduction=false | COMPLIANT
      steel-18-mno2-reduction-reverberatory | industrial-kiln.reverberatory=true | INSUFFICIENT_DATA
      steel-17-single-stage-fixed-gas-producers | gas-producer.singleStageFixed=true;gas-producer.steelIndustry=true | NON_COMPLIANT
      steel-17-single-stage-fixed-gas-producers | gas-producer.singleStageFixed=false;gas-producer.steelIndustry=true | COMPLIANT
      steel-17-single-stage-fixed-gas-producers | gas-producer.singleStageFixed=true;gas-producer.steelIndustry=false | COMPLIANT
      steel-17-single-stage-fixed-gas-producers | gas-producer.singleStageFixed=true | INSUFFICIENT_DATA
      nonferrous-9-crucible-secondary-aluminium-lead | secondary-metal.crucibleMelting=true | NON_COMPLIANT
      nonferrous-9-crucible-secondary-aluminium-lead | secondary-metal.crucibleMelting=false | COMPLIANT
      nonferrous-13-black-copper-rod | copper.blackRod=true | NON_COMPLIANT
      nonferrous-13-black-copper-rod | copper.blackRod=false | COMPLIANT
      nonferrous-15-sinter-blast-furnace-lead | lead.sinterBlastFurnace=true | NON_COMPLIANT
      nonferrous-15-sinter-blast-furnace-lead | lead.sinterBlastFurnace=false | COMPLIANT
      nonferrous-6-dry-cleaning-hot-acid-scrubbing | acid-plant.dryGasCleaning=true | NON_COMPLIANT
      nonferrous-6-dry-cleaning-hot-acid-scrubbing | acid-plant.dryGasCleaning=false;acid-plant.hotConcentratedAcidScrubbing=true | NON_COMPLIANT
      nonferrous-6-dry-cleaning-hot-acid-scrubbing | acid-plant.dryGasCleaning=false;acid-plant.hotConcentratedAcidScrubbing=false | COMPLIANT
      nonferrous-6-dry-cleaning-hot-acid-scrubbing | acid-plant.dryGasCleaning=false | INSUFFICIENT_DATA
      nonferrous-10-wet-fluoride-salts-for-aluminium | fluoride-salt.wetProcessForAluminium=true | NON_COMPLIANT
      nonferrous-10-wet-fluoride-salts-for-aluminium | fluoride-salt.wetProcessForAluminium=false | COMPLIANT
      nonferrous-16-secondary-copper-incineration-no-gas-treatment | copper.secondaryIncineration=true;copper.incinerationFlueGasTreatment=false | NON_COMPLIANT
      nonferrous-16-secondary-copper-incineration-no-gas-treatment | copper.secondaryIncineration=true;copper.incinerationFlueGasTreatment=true | COMPLIANT
      nonferrous-16-secondary-copper-incineration-no-gas-treatment | copper.secondaryIncineration=false | COMPLIANT
      nonferrous-16-secondary-copper-incineration-no-gas-treatment | copper.secondaryIncineration=true | INSUFFICIENT_DATA
      nonferrous-19-ionic-rare-earth-heap-pond-leaching | rare-earth.ionicHeapOrPondLeaching=true | NON_COMPLIANT
      nonferrous-19-ionic-rare-earth-heap-pond-leaching | rare-earth.ionicHeapOrPondLeaching=false | COMPLIANT
      nonferrous-20-monazite-only-projects | rare-earth.monaziteOnlyProject=true | NON_COMPLIANT
      nonferrous-20-monazite-only-projects | rare-earth.monaziteOnlyProject=false | COMPLIANT
      nonferrous-21-rare-earth-chloride-electrolysis | rare-earth.chlorideElectrolysis=true | NON_COMPLIANT
      nonferrous-21-rare-earth-chloride-electrolysis | rare-earth.chlorideElectrolysis=false | COMPLIANT
      nonferrous-22-wet-rare-earth-fluoride | rare-earth.wetFluorideForElectrolysis=true | NON_COMPLIANT
      nonferrous-22-wet-rare-earth-fluoride | rare-earth.wetFluorideForElectrolysis=false | COMPLIANT
      nonferrous-26-primary-mercury-mining | mine.primaryMercury=true | NON_COMPLIANT
      nonferrous-26-primary-mercury-mining | mine.primaryMercury=false | COMPLIANT
      gold-1-mercury-amalgamation | gold.mercuryAmalgamation=true | NON_COMPLIANT
      gold-1-mercury-amalgamation | gold.mercuryAmalgamation=false | COMPLIANT
      gold-5-whole-ore-amalgamation-open-burning | gold.cyanideLeachingOfMercuryAddedMaterial=true | NON_COMPLIANT
      gold-5-whole-ore-amalgamation-open-burning | gold.wholeOreAmalgamation=true | NON_COMPLIANT
      gold-5-whole-ore-amalgamation-open-burning | gold.wholeOreAmalgamation=false;gold.openBurningOfAmalgam=false;gold.burningAmalgamInResidentialAreas=false;gold.cyanideLeachingOfMercuryAddedMaterial=false | COMPLIANT
      gold-5-whole-ore-amalgamation-open-burning | gold.wholeOreAmalgamation=false;gold.openBurningOfAmalgam=false | INSUFFICIENT_DATA
      mining-4-non-flame-retardant-cables-ducts-belts | mining.mineType=underground;mining.nonFlameRetardantAirDucts=true | NON_COMPLIANT
      mining-4-non-flame-retardant-cables-ducts-belts | mining.mineType=underground;mining.nonFlameRetardantCables=false;mining.nonFlameRetardantAirDucts=false;mining.nonFlameRetardantBelts=false | COMPLIANT
      mining-4-non-flame-retardant-cables-ducts-belts | mining.mineType=open-pit;mining.nonFlameRetardantCables=true | COMPLIANT
      mining-4-non-flame-retardant-cables-ducts-belts | mining.mineType=underground;mining.nonFlameRetardantCables=false | INSUFFICIENT_DATA
      mining-5-timber-support-main-openings | mining.mineType=underground;mining.timberSupportInMainOpenings=true | NON_COMPLIANT
      mining-5-timber-support-main-openings | mining.mineType=underground;mining.timberSupportInMainOpenings=false | COMPLIANT
      mining-5-timber-support-main-openings | mining.mineType=open-pit;mining.timberSupportInMainOpenings=true | COMPLIANT
      mining-5-timber-support-main-openings | mining.timberSupportInMainOpenings=true | INSUFFICIENT_DATA
      mining-7-stull-stoping | mining.mineType=underground;mining.stullStoping=true | NON_COMPLIANT
      mining-7-stull-stoping | mining.mineType=underground;mining.stullStoping=false | COMPLIANT
      mining-7-stull-stoping | mining.mineType=open-pit;mining.stullStoping=true | COMPLIANT
      mining-7-stull-stoping | mining.stullStoping=true | INSUFFICIENT_DATA
      steel-13-single-block-wire-drawing-prestressed | prestressed-wire.singleBlockDrawing=true | NON_COMPLIANT
      steel-13-single-block-wire-drawing-prestressed | prestressed-wire.singleBlockDrawing=false | COMPLIANT
      steel-14-lead-quenching-stress-relief | prestressed-steel.leadQuenchingStressRelief=true | NON_COMPLIANT
      steel-14-lead-quenching-stress-relief | prestressed-steel.leadQuenchingStressRelief=false | COMPLIANT
      steel-16-coal-downdraught-refractory-lines | refractory.coalFiredDowndraughtKiln=true | NON_COMPLIANT
      steel-16-coal-downdraught-refractory-lines | refractory.coalFiredDowndraughtKiln=false | COMPLIANT
      steel-19-emm-non-membrane-filter-presses | emm.primaryFilterPress=plate-and-frame | NON_COMPLIANT
      steel-19-emm-non-membrane-filter-presses | emm.primaryFilterPress=chamber | NON_COMPLIANT
      steel-19-emm-non-membrane-filter-presses | emm.primaryFilterPress=high-pressure-membrane | COMPLIANT
      steel-23-dichromate-passivation-emm | emm.dichromatePassivation=true | NON_COMPLIANT
      steel-23-dichromate-passivation-emm | emm.dichromatePassivation=false | COMPLIANT
      gold-4-mining-dressing-below-50tpd | gold.miningDressingProject=true;gold.dailyOreCapacity=49.9 t/d | NON_COMPLIANT
      gold-4-mining-dressing-below-50tpd | gold.miningDressingProject=true;gold.dailyOreCapacity=50 t/d | COMPLIANT
      gold-4-mining-dressing-below-50tpd | gold.miningDressingProject=false;gold.dailyOreCapacity=30 t/d | COMPLIANT
      gold-4-mining-dressing-below-50tpd | gold.dailyOreCapacity=30 t/d | INSUFFICIENT_DATA
      nonferrous-17-small-fixed-reverberatory-secondary-copper | copper.feed=scrap;copper.traditionalFixedReverberatory=true;copper.reverberatoryFurnaceCapacity=50 t | NON_COMPLIANT
      nonferrous-17-small-fixed-reverberatory-secondary-copper | copper.feed=scrap;copper.traditionalFixedReverberatory=true;copper.reverberatoryFurnaceCapacity=51 t | COMPLIANT
      nonferrous-17-small-fixed-reverberatory-secondary-copper | copper.feed=concentrate;copper.traditionalFixedReverberatory=true;copper.reverberatoryFurnaceCapacity=30 t | COMPLIANT
      nonferrous-17-small-fixed-reverberatory-secondary-copper | copper.feed=scrap;copper.reverberatoryFurnaceCapacity=30 t | INSUFFICIENT_DATA
      nonferrous-24-small-rare-earth-separation | rare-earth.separationCapacityReo=2000 t/a | NON_COMPLIANT
      nonferrous-24-small-rare-earth-separation | rare-earth.separationCapacityReo=2001 t/a | COMPLIANT
      coal-13-small-coal-activated-carbon-coke | activatedcarbon.product=columnar;unit.ratedCapacity=5000 t/a | NON_COMPLIANT
      coal-13-small-coal-activated-carbon-coke | activatedcarbon.product=columnar;unit.ratedCapacity=5001 t/a | COMPLIANT
      coal-13-small-coal-activated-carbon-coke | activatedcarbon.product=activated-coke;unit.ratedCapacity=50000 t/a | NON_COMPLIANT
      coal-13-small-coal-activated-carbon-coke | activatedcarbon.product=activated-coke;unit.ratedCapacity=50001 t/a | COMPLIANT
      coal-13-small-coal-activated-carbon-coke | unit.ratedCapacity=5000 t/a | INSUFFICIENT_DATA
      coal-13-small-coal-activated-carbon-coke | unit.ratedCapacity=50001 t/a | COMPLIANT
      steel-12-small-cold-rolled-ribbed-bar-equipment | steel.rolledProduct=cold-rolled-ribbed-rebar;unit.ratedCapacity=3 10^4 t/a;steel.highDuctilityColdRolledRibbedBar=false | NON_COMPLIANT
      steel-12-small-cold-rolled-ribbed-bar-equipment | steel.rolledProduct=cold-rolled-ribbed-rebar;unit.ratedCapacity=3.01 10^4 t/a;steel.highDuctilityColdRolledRibbedBar=false | COMPLIANT
      steel-12-small-cold-rolled-ribbed-bar-equipment | steel.rolledProduct=cold-rolled-ribbed-rebar;unit.ratedCapacity=2 10^4 t/a;steel.highDuctilityColdRolledRibbedBar=true | COMPLIANT
      steel-12-small-cold-rolled-ribbed-bar-equipment | steel.rolledProduct=hot-rolled-rebar;unit.ratedCapacity=2 10^4 t/a | COMPLIANT
      steel-12-small-cold-rolled-ribbed-bar-equipment | steel.rolledProduct=cold-rolled-ribbed-rebar;unit.ratedCapacity=2 10^4 t/a | INSUFFICIENT_DATA
      steel-15-ferrotitanium-furnaces-below-5t | ferrotitanium.outputPerHeat=5 t | NON_COMPLIANT
      steel-15-ferrotitanium-furnaces-below-5t | ferrotitanium.outputPerHeat=5.1 t | COMPLIANT
      nonferrous-23-small-rare-earth-mines | rare-earth.mineOreType=mixed;rare-earth.mineCapacityReo=20000 t/a | NON_COMPLIANT
      nonferrous-23-small-rare-earth-mines | rare-earth.mineOreType=mixed;rare-earth.mineCapacityReo=20001 t/a | COMPLIANT
      nonferrous-23-small-rare-earth-mines | rare-earth.mineOreType=bastnaesite;rare-earth.mineCapacityReo=5000 t/a | NON_COMPLIANT
      nonferrous-23-small-rare-earth-mines | rare-earth.mineOreType=bastnaesite;rare-earth.mineCapacityReo=5001 t/a | COMPLIANT
      nonferrous-23-small-rare-earth-mines | rare-earth.mineOreType=ionic;rare-earth.mineCapacityReo=500 t/a | NON_COMPLIANT
      nonferrous-23-small-rare-earth-mines | rare-earth.mineOreType=ionic;rare-earth.mineCapacityReo=501 t/a | COMPLIANT
      nonferrous-23-small-rare-earth-mines | rare-earth.mineOreType=other;rare-earth.mineCapacityReo=100 t/a | COMPLIANT
      nonferrous-23-small-rare-earth-mines | rare-earth.mineCapacityReo=400 t/a | INSUFFICIENT_DATA
      steel-7-hot-seamless-tube-mills-below-76mm | steel.hotSeamlessTubeMillDiameter=76 mm | NON_COMPLIANT
      steel-7-hot-seamless-tube-mills-below-76mm | steel.hotSeamlessTubeMillDiameter=77 mm | COMPLIANT
      steel-10-ordinary-submerged-arc-12500kva | ferroalloy.ordinarySubmergedArcFurnace=true;unit.ratedCapacity=12500 kVA | NON_COMPLIANT
      steel-10-ordinary-submerged-arc-12500kva | ferroalloy.ordinarySubmergedArcFurnace=true;unit.ratedCapacity=12501 kVA | COMPLIANT
      steel-10-ordinary-submerged-arc-12500kva | ferroalloy.ordinarySubmergedArcFurnace=false;unit.ratedCapacity=6300 kVA | COMPLIANT
      steel-10-ordinary-submerged-arc-12500kva | unit.ratedCapacity=6300 kVA | INSUFFICIENT_DATA
      steel-1-semi-coke-below-75kt-per-furnace | semicoke.singleFurnaceCapacity=7.5 10^4 t/a;semicoke.magnesiumGasSupplyExcepted=false | NON_COMPLIANT
      steel-1-semi-coke-below-75kt-per-furnace | semicoke.singleFurnaceCapacity=7.6 10^4 t/a;semicoke.magnesiumGasSupplyExcepted=false | COMPLIANT
      steel-1-semi-coke-below-75kt-per-furnace | semicoke.singleFurnaceCapacity=6 10^4 t/a;semicoke.magnesiumGasSupplyExcepted=true | COMPLIANT
      steel-1-semi-coke-below-75kt-per-furnace | semicoke.singleFurnaceCapacity=6 10^4 t/a | INSUFFICIENT_DATA
      steel-2-chamber-height-below-4.3m | coke-oven.heightClass=4.2 m;coke-oven.stampCharging=false | NON_COMPLIANT
      steel-2-chamber-height-below-4.3m | coke-oven.heightClass=4.3 m | COMPLIANT
      steel-2-chamber-height-below-4.3m | coke-oven.heightClass=3.8 m;coke-oven.stampCharging=true | COMPLIANT
      steel-2-chamber-height-below-4.3m | coke-oven.heightClass=3.7 m;coke-oven.stampCharging=true | NON_COMPLIANT
      steel-2-chamber-height-below-4.3m | coke-oven.heightClass=4 m | INSUFFICIENT_DATA
      steel-4-small-blast-furnaces | blast-furnace.ironUse=steelmaking;unit.ratedCapacity=400 m3 | NON_COMPLIANT
      steel-4-small-blast-furnaces | blast-furnace.ironUse=steelmaking;unit.ratedCapacity=401 m3 | COMPLIANT
      steel-4-small-blast-furnaces | blast-furnace.ironUse=ferroalloy;unit.ratedCapacity=200 m3 | NON_COMPLIANT
      steel-4-small-blast-furnaces | blast-furnace.ironUse=ferroalloy;unit.ratedCapacity=201 m3 | COMPLIANT
      steel-4-small-blast-furnaces | blast-furnace.ironUse=foundry;unit.ratedCapacity=100 m3 | NON_COMPLIANT
      steel-4-small-blast-furnaces | blast-furnace.ironUse=foundry;unit.ratedCapacity=200 m3;blast-furnace.shortFlowFoundry=false | NON_COMPLIANT
      steel-4-small-blast-furnaces | blast-furnace.ironUse=foundry;unit.ratedCapacity=200 m3;blast-furnace.shortFlowFoundry=true | COMPLIANT
      steel-4-small-blast-furnaces | blast-furnace.ironUse=foundry;unit.ratedCapacity=150 m3 | INSUFFICIENT_DATA
      steel-4-small-blast-furnaces | blast-furnace.ironUse=other;unit.ratedCapacity=100 m3 | COMPLIANT
      steel-11-graphitisation-and-baking-furnaces | carbon.achesonDcGraphitisationRating=10000 kVA | NON_COMPLIANT
      steel-11-graphitisation-and-baking-furnaces | carbon.achesonDcGraphitisationRating=10001 kVA;carbon.steamHeatedKneading=false;carbon.downdraughtBakingFurnace=false;carbon.achesonAcGraphitisationFurnace=false | COMPLIANT
      steel-11-graphitisation-and-baking-furnaces | carbon.achesonAcGraphitisationFurnace=true | NON_COMPLIANT
      steel-11-graphitisation-and-baking-furnaces | carbon.steamHeatedKneading=true | NON_COMPLIANT
      steel-11-graphitisation-and-baking-furnaces | carbon.downdraughtBakingFurnace=true | NON_COMPLIANT
      steel-11-graphitisation-and-baking-furnaces | carbon.achesonDcGraphitisationRating=10001 kVA | INSUFFICIENT_DATA
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
