package org.phaseout.catalogs;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.phaseout.Verdict;

/**
 * The machine-checkable 《产业结构调整指导目录（2024年本）》 淘汰类 items of 一、落后生产工艺装备 of 机械, 建筑, 船舶, 农林牧渔业, 消防 and 其他 (furnaces, welders
 * and hoists, site processes and equipment, shipyards and gins), each evaluated on fictitious units: a listed
 * designation, a value just inside the limit or the named type (non-compliant), an unlisted neighbour, a value just
 * outside or another type (compliant), and a unit lacking the data (insufficient data). What holds for every table is
 * in {@link IndustryCatalogueCheckableItemsTest}.
 */
class IndustryCatalogueCheckableMachineryConstructionAndOtherItemsTest {

  /** id | unit data | expected verdict, as {@link CheckableItemsProbe} reads them. */
  static final String CASES = """
      machinery-5-kj1600-1220-hoist | equipment.model=KJ1600/1220 | NON_COMPLIANT
      machinery-5-kj1600-1220-hoist | equipment.model=KJ1600/1500 | COMPLIANT
      construction-1-site-made-cover-spacers | construction.process=site-made-rebar-cover-spacer | NON_COMPLIANT
      construction-1-site-made-cover-spacers | construction.process=other | COMPLIANT
      construction-2-winch-rebar-straightening | construction.process=winch-rebar-straightening | NON_COMPLIANT
      construction-2-winch-rebar-straightening | construction.process=site-made-rebar-cover-spacer | COMPLIANT
      construction-3-tiles-cement-mortar | construction.process=tile-cement-mortar-bonding | NON_COMPLIANT
      construction-3-tiles-cement-mortar | construction.process=other | COMPLIANT
      construction-4-bamboo-timber-scaffolding | construction.equipment=bamboo-or-timber-scaffold | NON_COMPLIANT
      construction-4-bamboo-timber-scaffolding | construction.equipment=portal-steel-tube-shoring | COMPLIANT
      construction-5-jack-formwork-lowering | construction.process=cap-beam-jack-lowering-without-leak-safety | NON_COMPLIANT
      construction-5-jack-formwork-lowering | construction.process=other | COMPLIANT
      construction-6-airbag-inner-forms | construction.process=hollow-slab-box-girder-airbag-inner-form | NON_COMPLIANT
      construction-6-airbag-inner-forms | construction.process=brick-sewer-manhole | COMPLIANT
      construction-7-brick-sewer-manholes | construction.process=brick-sewer-manhole | NON_COMPLIANT
      construction-7-brick-sewer-manholes | construction.process=other | COMPLIANT
      construction-8-counterweight-form-travellers | construction.equipment=counterweight-form-traveller | NON_COMPLIANT
      construction-8-counterweight-form-travellers | construction.equipment=other | COMPLIANT
      machinery-18-contactor-temperature-cabinet | furnace.onOffContactorTemperatureControl=true | NON_COMPLIANT
      machinery-18-contactor-temperature-cabinet | furnace.onOffContactorTemperatureControl=false | COMPLIANT
      machinery-21-magnetic-amplifier-welders | welder.magneticAmplifier=true | NON_COMPLIANT
      machinery-21-magnetic-amplifier-welders | welder.magneticAmplifier=false | COMPLIANT
      machinery-26-cupolas-5th | melting-furnace.cupola=true;melting-furnace.meltingRate=5 t/h (product) | NON_COMPLIANT
      machinery-26-cupolas-5th | melting-furnace.cupola=true;melting-furnace.meltingRate=5000 kg/h | NON_COMPLIANT
      machinery-26-cupolas-5th | melting-furnace.cupola=true;melting-furnace.meltingRate=5.1 t/h (product) | COMPLIANT
      machinery-26-cupolas-5th | melting-furnace.cupola=false;melting-furnace.meltingRate=3 t/h (product) | COMPLIANT
      machinery-26-cupolas-5th | melting-furnace.meltingRate=3 t/h (product) | INSUFFICIENT_DATA
      machinery-24-coreless-power-frequency-furnace | induction-furnace.coreless=true;induction-furnace.frequency=power-frequency | NON_COMPLIANT
      machinery-24-coreless-power-frequency-furnace | induction-furnace.coreless=true;induction-furnace.frequency=medium-frequency | COMPLIANT
      machinery-24-coreless-power-frequency-furnace | induction-furnace.coreless=false;induction-furnace.frequency=power-frequency | COMPLIANT
      machinery-24-coreless-power-frequency-furnace | induction-furnace.frequency=power-frequency | INSUFFICIENT_DATA
      machinery-14-heavy-brick-bogie-furnace | furnace.heavyBrickLinedBogieHearth=true | NON_COMPLIANT
      machinery-14-heavy-brick-bogie-furnace | furnace.heavyBrickLinedBogieHearth=false | COMPLIANT
      machinery-19-immersed-electrode-salt-bath | salt-bath.immersedElectrode=true | NON_COMPLIANT
      machinery-19-immersed-electrode-salt-bath | salt-bath.immersedElectrode=false | COMPLIANT
      machinery-15-mf-generator-induction-power | induction-heating.mfMotorGenerator=true | NON_COMPLIANT
      machinery-15-mf-generator-induction-power | induction-heating.mfMotorGenerator=false | COMPLIANT
      machinery-20-moving-coil-tapped-rectifier-welders | arc-welder.type=moving-coil-silicon-rectifier | NON_COMPLIANT
      machinery-20-moving-coil-tapped-rectifier-welders | arc-welder.type=tapped-silicon-rectifier | NON_COMPLIANT
      machinery-20-moving-coil-tapped-rectifier-welders | arc-welder.type=other | COMPLIANT
      machinery-12-coke-furnace-nonferrous-melting | melting-furnace.cokeFired=true;melting-furnace.meltsNonferrous=true | NON_COMPLIANT
      machinery-12-coke-furnace-nonferrous-melting | melting-furnace.cokeFired=true;melting-furnace.meltsNonferrous=false | COMPLIANT
      machinery-12-coke-furnace-nonferrous-melting | melting-furnace.cokeFired=false;melting-furnace.meltsNonferrous=true | COMPLIANT
      machinery-12-coke-furnace-nonferrous-melting | melting-furnace.meltsNonferrous=true | INSUFFICIENT_DATA
      machinery-16-coal-fired-reverberatory-heating | industrial-kiln.coalFiredFlameReverberatoryHeating=true | NON_COMPLIANT
      machinery-16-coal-fired-reverberatory-heating | industrial-kiln.coalFiredFlameReverberatoryHeating=false | COMPLIANT
      other-8-single-stage-fixed-gas-producer | gas-producer.singleStageFixed=true | NON_COMPLIANT
      other-8-single-stage-fixed-gas-producer | gas-producer.singleStageFixed=false | COMPLIANT
      fire-1-manual-insertion-soldering | fire-detector.manualInsertionSoldering=true | NON_COMPLIANT
      fire-1-manual-insertion-soldering | fire-detector.manualInsertionSoldering=false | COMPLIANT
      machinery-10-cfc-tobacco-expansion | tobacco.cfcExpansion=true | NON_COMPLIANT
      machinery-10-cfc-tobacco-expansion | tobacco.cfcExpansion=false | COMPLIANT
      machinery-11-clay-dried-moulds-cores | foundry.clayDriedMouldsAndCores=true | NON_COMPLIANT
      machinery-11-clay-dried-moulds-cores | foundry.clayDriedMouldsAndCores=false | COMPLIANT
      machinery-13-oil-sand-cores | foundry.oilSandCores=true | NON_COMPLIANT
      machinery-13-oil-sand-cores | foundry.oilSandCores=false | COMPLIANT
      machinery-25-phosphating-drill-tool-threads | surface-treatment.drillToolThreadPhosphating=true | NON_COMPLIANT
      machinery-25-phosphating-drill-tool-threads | surface-treatment.drillToolThreadPhosphating=false | COMPLIANT
      shipbuilding-1-beach-breaking | shipyard.beachBreaking=true | NON_COMPLIANT
      shipbuilding-1-beach-breaking | shipyard.beachBreaking=false | COMPLIANT
      other-7-plastics-from-medical-waste | plastics.medicalWasteFeedstock=true | NON_COMPLIANT
      other-7-plastics-from-medical-waste | plastics.medicalWasteFeedstock=false | COMPLIANT
      agri-1-wet-process-fibreboard | wood.wetProcessFibreboard=true | NON_COMPLIANT
      agri-1-wet-process-fibreboard | wood.wetProcessFibreboard=false | COMPLIANT
      agri-2-drip-process-rosin | rosin.dripProcess=true | NON_COMPLIANT
      agri-2-drip-process-rosin | rosin.dripProcess=false | COMPLIANT
      machinery-6-brown-corundum-furnace-3000kva | corundum.product=brown-fused;corundum.smeltingFurnaceRating=3000 kVA | NON_COMPLIANT
      machinery-6-brown-corundum-furnace-3000kva | corundum.product=brown-fused;corundum.smeltingFurnaceRating=3001 kVA | COMPLIANT
      machinery-6-brown-corundum-furnace-3000kva | corundum.product=white-fused;corundum.smeltingFurnaceRating=2500 kVA | COMPLIANT
      machinery-6-brown-corundum-furnace-3000kva | corundum.smeltingFurnaceRating=2500 kVA | INSUFFICIENT_DATA
      machinery-7-fixed-brown-corundum-furnace-4000kva | corundum.product=brown-fused;corundum.fixedFurnace=true;corundum.smeltingFurnaceRating=4000 kVA | NON_COMPLIANT
      machinery-7-fixed-brown-corundum-furnace-4000kva | corundum.product=brown-fused;corundum.fixedFurnace=true;corundum.smeltingFurnaceRating=4001 kVA | COMPLIANT
      machinery-7-fixed-brown-corundum-furnace-4000kva | corundum.product=brown-fused;corundum.fixedFurnace=false;corundum.smeltingFurnaceRating=3000 kVA | COMPLIANT
      machinery-7-fixed-brown-corundum-furnace-4000kva | corundum.product=brown-fused;corundum.smeltingFurnaceRating=3000 kVA | INSUFFICIENT_DATA
      agri-9-small-gins-and-lint-presses | cotton.machineType=roller-gin;cotton.rollerLength=1000 mm | NON_COMPLIANT
      agri-9-small-gins-and-lint-presses | cotton.machineType=roller-gin;cotton.rollerLength=1001 mm | COMPLIANT
      agri-9-small-gins-and-lint-presses | cotton.machineType=saw-gin;cotton.sawCount=80 1 | NON_COMPLIANT
      agri-9-small-gins-and-lint-presses | cotton.machineType=saw-gin;cotton.sawCount=81 1 | COMPLIANT
      agri-9-small-gins-and-lint-presses | cotton.machineType=lint-press;cotton.pressForce=400 t | NON_COMPLIANT
      agri-9-small-gins-and-lint-presses | cotton.machineType=lint-press;cotton.pressForce=401 t | COMPLIANT
      agri-9-small-gins-and-lint-presses | cotton.machineType=other;cotton.pressForce=200 t | COMPLIANT
      shipbuilding-2-single-piece-assembly-large-ships | shipyard.singlePieceAssemblySeagoingShipLength=91 m | NON_COMPLIANT
      shipbuilding-2-single-piece-assembly-large-ships | shipyard.singlePieceAssemblySeagoingShipLength=90 m;shipyard.singlePieceAssemblyInlandShipLength=120 m | COMPLIANT
      shipbuilding-2-single-piece-assembly-large-ships | shipyard.singlePieceAssemblyInlandShipLength=121 m | NON_COMPLIANT
      shipbuilding-2-single-piece-assembly-large-ships | shipyard.singlePieceAssemblyInlandShipLength=120 m | INSUFFICIENT_DATA
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
