package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.entry;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.Criterion;

/**
 * The 《产业结构调整指导目录（2024年本）》 淘汰类 items that were manual only for want of a vocabulary attribute and are now
 * machine-checkable: designation lists (印刷 10–26, 32, 33, 35, 36 and others), single limits on one attribute or on rated
 * capacity, and process or machine types; and those that waited for a unit of measure (有色金属 4 in kA, 机械 26 in
 * t/h of molten metal, 轻工 12–13 in m/min, 建材 6 in 万平方米/年, 民爆 13 in °C, 16 and 18 in Ω, 21 in A); and 111 whose
 * condition is a named process, product or machine type read from a boolean or text attribute (钢铁 5, 机械 20, 民爆 1–3,
 * 采矿 4, 5 and 7 among them, and 二、落后产品 items at the kind that makes the product or is the product); and 26 whose
 * limit needed a fact of its own (vocabulary-industry-structure-4.json: a furnace rating in kVA, a line capacity where the
 * kind has none or another unit, a mill diameter, a content or thickness), six of them clauses split from an item that
 * stays manual for its other clauses; and 2 more whose clauses are all read by one criterion (有色金属 23, 轻工 25); then 7
 * more read whole by one criterion (钢铁 4, 11, 石化化工 5, 农林牧渔业 9, 船舶 2, and of 二 轻工 21, 铁路 1) and 14 clauses
 * split from items that stay manual for the rest (钢铁 1, 2, 7, 10; 石化化工 1, 2, 8; 纺织 2; 二 石化化工 5, 机械 63), the
 * Hebei blast-furnace limit of 钢铁 4 in a test of its own.
 * Each is evaluated on fictitious units: a listed designation, a value just inside the limit or the named type
 * (non-compliant), an unlisted neighbour, a value just outside or another type (compliant), and a unit lacking the
 * data (insufficient data).
 */
class IndustryCatalogueCheckableItemsTest {

  private static final String PREFIX = "cn-isac-2024.eliminated.";
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private static final Enterprise ENTERPRISE = Enterprise.builder().creditCode(CreditCode.parse("91500101PH00000027"))
      .name("示例印刷机械有限公司（虚构）").division(DivisionCode.parse("500101")).industry(IndustryCode.parse("C2319"))
      .build();

  /**
   * id | unit data as {@code key=value;…} ({@code -} for none) | expected verdict. Values that read as a number, a space
   * and a unit are quantities; {@code true}/{@code false} are booleans; anything else is text.
   */
  private static final String CASES = """
      printing-10-yx-hx-mould-machines | equipment.series=HX04 | NON_COMPLIANT
      printing-10-yx-hx-mould-machines | equipment.series=HX05 | COMPLIANT
      printing-11-lead-plate-casters | equipment.model=PZB401 | NON_COMPLIANT
      printing-11-lead-plate-casters | equipment.series=YZB07 | NON_COMPLIANT
      printing-11-lead-plate-casters | equipment.series=YZB08;equipment.model=PZB402 | COMPLIANT
      printing-11-lead-plate-casters | equipment.series=YZB08 | INSUFFICIENT_DATA
      printing-12-jb01-plate-pourer | equipment.model=JB01 | NON_COMPLIANT
      printing-12-jb01-plate-pourer | equipment.model=JB02 | COMPLIANT
      printing-13-rq-lead-pump-pots | equipment.series=RQ04 | NON_COMPLIANT
      printing-13-rq-lead-pump-pots | equipment.series=RQ05 | COMPLIANT
      printing-14-lead-plate-finishing | equipment.model=YGB05 | NON_COMPLIANT
      printing-14-lead-plate-finishing | equipment.series=YXB302 | NON_COMPLIANT
      printing-14-lead-plate-finishing | equipment.series=YXB303;equipment.model=YGB06 | COMPLIANT
      printing-14-lead-plate-finishing | equipment.model=YGB06 | INSUFFICIENT_DATA
      printing-15-p4-p8-platen-presses | equipment.series=P804 | NON_COMPLIANT
      printing-15-p4-p8-platen-presses | equipment.series=P805 | COMPLIANT
      printing-16-pe802 | equipment.model=PE802 | NON_COMPLIANT
      printing-16-pe802 | equipment.model=PE801 | COMPLIANT
      printing-17-te-two-revolution | equipment.series=TE108 | NON_COMPLIANT
      printing-17-te-two-revolution | equipment.series=TE109 | COMPLIANT
      printing-18-ty-one-revolution | equipment.model=TY401 | NON_COMPLIANT
      printing-18-ty-one-revolution | equipment.model=TY4201 | COMPLIANT
      printing-19-ty4201 | equipment.model=TY4201 | NON_COMPLIANT
      printing-19-ty4201 | equipment.model=TY4202 | COMPLIANT
      printing-20-manual-feed-stop-cylinder | equipment.model=DT201 | NON_COMPLIANT
      printing-20-manual-feed-stop-cylinder | equipment.model=DT202 | COMPLIANT
      printing-21-stop-cylinder-presses | equipment.model=TZS401 | NON_COMPLIANT
      printing-21-stop-cylinder-presses | equipment.model=TZS402 | COMPLIANT
      printing-22-tr801-vertical | equipment.series=TR801 | NON_COMPLIANT
      printing-22-tr801-vertical | equipment.series=TR802 | COMPLIANT
      printing-23-lp-sheet-rotary | equipment.series=LP1103 | NON_COMPLIANT
      printing-23-lp-sheet-rotary | equipment.model=LP4201 | NON_COMPLIANT
      printing-23-lp-sheet-rotary | equipment.series=LP1102;equipment.model=LP1202 | COMPLIANT
      printing-23-lp-sheet-rotary | equipment.model=LP1202 | INSUFFICIENT_DATA
      printing-24-ls-web-book-rotary | equipment.series=LSB201 | NON_COMPLIANT
      printing-24-ls-web-book-rotary | equipment.series=LS204 | NON_COMPLIANT
      printing-24-ls-web-book-rotary | equipment.series=LS203 | COMPLIANT
      printing-25-lb-web-newspaper-rotary | equipment.model=LB4405 | NON_COMPLIANT
      printing-25-lb-web-newspaper-rotary | equipment.model=LB4406 | COMPLIANT
      printing-26-kmt-ph5-typesetters | equipment.model=K.M.T | NON_COMPLIANT
      printing-26-kmt-ph5-typesetters | equipment.model=PH-6 | COMPLIANT
      printing-27-dia-press | printing.equipmentType=ball-grain-proofing-plate-machine | NON_COMPLIANT
      printing-27-dia-press | printing.equipmentType=centrifugal-coater | COMPLIANT
      printing-29-centrifugal-coater | printing.equipmentType=centrifugal-coater | NON_COMPLIANT
      printing-29-centrifugal-coater | printing.equipmentType=other | COMPLIANT
      printing-32-w1101-aj401-gravure | equipment.model=AJ401 | NON_COMPLIANT
      printing-32-w1101-aj401-gravure | equipment.model=AJ402 | COMPLIANT
      printing-33-binding-lines | equipment.model=PRD-02 | NON_COMPLIANT
      printing-33-binding-lines | equipment.model=PRD-03 | COMPLIANT
      printing-35-qz-guillotines | equipment.model=QZ401 | NON_COMPLIANT
      printing-35-qz-guillotines | equipment.model=QZ501 | COMPLIANT
      printing-36-md103a-knife-grinder | equipment.model=MD103A | NON_COMPLIANT
      printing-36-md103a-knife-grinder | equipment.model=MD103 | COMPLIANT
      coal-5-mine-switch-pb2-pb3-pb4 | equipment.model=PB4 | NON_COMPLIANT
      coal-5-mine-switch-pb2-pb3-pb4 | equipment.model=PB5 | COMPLIANT
      coal-6-vacuum-filter-pg27 | equipment.model=PG-27 | NON_COMPLIANT
      coal-6-vacuum-filter-pg27 | equipment.model=PG-28 | COMPLIANT
      machinery-5-kj1600-1220-hoist | equipment.model=KJ1600/1220 | NON_COMPLIANT
      machinery-5-kj1600-1220-hoist | equipment.model=KJ1600/1500 | COMPLIANT
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
      nonferrous-11-secondary-lead-below-10kt | unit.ratedCapacity=1 10^4 t/a | NON_COMPLIANT
      nonferrous-11-secondary-lead-below-10kt | unit.ratedCapacity=1.01 10^4 t/a | COMPLIANT
      coal-12-more-than-two-working-levels | coal-mine.simultaneousProductionLevels=3 1 | NON_COMPLIANT
      coal-12-more-than-two-working-levels | coal-mine.simultaneousProductionLevels=2 1 | COMPLIANT
      light-11-small-recovered-paper-pulp | pulp.type=deinked-recovered-paper;unit.ratedCapacity=1 10^4 t/a | NON_COMPLIANT
      light-11-small-recovered-paper-pulp | pulp.type=non-deinked-recovered-paper;unit.ratedCapacity=1.01 10^4 t/a | COMPLIANT
      light-11-small-recovered-paper-pulp | pulp.type=bleached-chemical-wood;unit.ratedCapacity=0.5 10^4 t/a | COMPLIANT
      light-11-small-recovered-paper-pulp | unit.ratedCapacity=0.5 10^4 t/a | INSUFFICIENT_DATA
      light-11-small-recovered-paper-pulp | pulp.type=deinked-recovered-paper | INSUFFICIENT_DATA
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
      p-machinery-4-small-pneumatic-grabs | mining-machinery.type=pneumatic-rock-grab;rock-grab.bucketVolume=0.35 m3 | NON_COMPLIANT
      p-machinery-4-small-pneumatic-grabs | mining-machinery.type=pneumatic-rock-grab;rock-grab.bucketVolume=0.36 m3 | COMPLIANT
      p-machinery-4-small-pneumatic-grabs | mining-machinery.type=other;rock-grab.bucketVolume=0.2 m3 | COMPLIANT
      p-machinery-4-small-pneumatic-grabs | rock-grab.bucketVolume=0.2 m3 | INSUFFICIENT_DATA
      p-machinery-5-cable-percussion-drills | mining-machinery.type=cable-percussion-drill | NON_COMPLIANT
      p-machinery-5-cable-percussion-drills | mining-machinery.type=pneumatic-rock-grab | COMPLIANT
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
      light-31-elemental-chlorine-bleaching | pulp.elementalChlorineBleaching=true | NON_COMPLIANT
      light-31-elemental-chlorine-bleaching | pulp.elementalChlorineBleaching=false | COMPLIANT
      textile-10-wet-spandex | spandex.spinningProcess=wet-spinning | NON_COMPLIANT
      textile-10-wet-spandex | spandex.spinningProcess=dry-spinning | COMPLIANT
      building-materials-8-earth-lime-shaft-kilns | lime-kiln.earthShaftKiln=true | NON_COMPLIANT
      building-materials-8-earth-lime-shaft-kilns | lime-kiln.earthShaftKiln=false | COMPLIANT
      nonferrous-27-vertical-retort-zinc | zinc.verticalRetort=true | NON_COMPLIANT
      nonferrous-27-vertical-retort-zinc | zinc.verticalRetort=false | COMPLIANT
      p-ships-3-single-hull-tankers | ship.singleHullOilTanker=true | NON_COMPLIANT
      p-ships-3-single-hull-tankers | ship.singleHullOilTanker=false | COMPLIANT
      nonferrous-4-prebake-cells-below-160ka | potline.prebakedAnode=true;potline.cellCurrent=160 kA | NON_COMPLIANT
      nonferrous-4-prebake-cells-below-160ka | potline.prebakedAnode=true;potline.cellCurrent=160000 A | NON_COMPLIANT
      nonferrous-4-prebake-cells-below-160ka | potline.prebakedAnode=true;potline.cellCurrent=160.1 kA | COMPLIANT
      nonferrous-4-prebake-cells-below-160ka | potline.prebakedAnode=false;potline.cellCurrent=100 kA | COMPLIANT
      nonferrous-4-prebake-cells-below-160ka | potline.cellCurrent=100 kA | INSUFFICIENT_DATA
      machinery-26-cupolas-5th | melting-furnace.cupola=true;melting-furnace.meltingRate=5 t/h (product) | NON_COMPLIANT
      machinery-26-cupolas-5th | melting-furnace.cupola=true;melting-furnace.meltingRate=5000 kg/h | NON_COMPLIANT
      machinery-26-cupolas-5th | melting-furnace.cupola=true;melting-furnace.meltingRate=5.1 t/h (product) | COMPLIANT
      machinery-26-cupolas-5th | melting-furnace.cupola=false;melting-furnace.meltingRate=3 t/h (product) | COMPLIANT
      machinery-26-cupolas-5th | melting-furnace.meltingRate=3 t/h (product) | INSUFFICIENT_DATA
      light-12-narrow-slow-cultural-paper-machines | paper.grade=cultural;paper.machineWidth=1.76 m;paper.machineSpeed=120 m/min | NON_COMPLIANT
      light-12-narrow-slow-cultural-paper-machines | paper.grade=cultural;paper.machineWidth=1.77 m;paper.machineSpeed=100 m/min | COMPLIANT
      light-12-narrow-slow-cultural-paper-machines | paper.grade=cultural;paper.machineWidth=1.5 m;paper.machineSpeed=121 m/min | COMPLIANT
      light-12-narrow-slow-cultural-paper-machines | paper.grade=containerboard;paper.machineWidth=1.5 m;paper.machineSpeed=100 m/min | COMPLIANT
      light-12-narrow-slow-cultural-paper-machines | paper.grade=cultural;paper.machineWidth=1.5 m | INSUFFICIENT_DATA
      light-13-narrow-slow-board-machines | paper.grade=corrugating-medium;paper.machineWidth=2 m;paper.machineSpeed=80 m/min | NON_COMPLIANT
      light-13-narrow-slow-board-machines | paper.grade=white-board;paper.machineWidth=2000 mm;paper.machineSpeed=60 m/min | NON_COMPLIANT
      light-13-narrow-slow-board-machines | paper.grade=white-board;paper.machineWidth=2.01 m;paper.machineSpeed=60 m/min | COMPLIANT
      light-13-narrow-slow-board-machines | paper.grade=containerboard;paper.machineWidth=1.8 m;paper.machineSpeed=80.1 m/min | COMPLIANT
      light-13-narrow-slow-board-machines | paper.grade=cultural;paper.machineWidth=1.5 m;paper.machineSpeed=60 m/min | COMPLIANT
      light-13-narrow-slow-board-machines | paper.grade=containerboard;paper.machineSpeed=60 m/min | INSUFFICIENT_DATA
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
      steel-5-induction-furnaces-melting-scrap | induction-furnace.meltsScrapSteel=true;induction-furnace.frequency=medium-frequency | NON_COMPLIANT
      steel-5-induction-furnaces-melting-scrap | induction-furnace.meltsScrapSteel=true;induction-furnace.frequency=power-frequency | NON_COMPLIANT
      steel-5-induction-furnaces-melting-scrap | induction-furnace.meltsScrapSteel=true;induction-furnace.frequency=high-frequency | COMPLIANT
      steel-5-induction-furnaces-melting-scrap | induction-furnace.meltsScrapSteel=false;induction-furnace.frequency=medium-frequency | COMPLIANT
      steel-5-induction-furnaces-melting-scrap | induction-furnace.frequency=medium-frequency | INSUFFICIENT_DATA
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
      p-machinery-25-coke-fired-nonferrous-melting | melting-furnace.cokeFired=true;melting-furnace.meltsNonferrous=true | NON_COMPLIANT
      p-machinery-25-coke-fired-nonferrous-melting | melting-furnace.cokeFired=false;melting-furnace.meltsNonferrous=true | COMPLIANT
      p-machinery-25-coke-fired-nonferrous-melting | melting-furnace.cokeFired=true | INSUFFICIENT_DATA
      nonferrous-12-coal-fired-reverberatory-secondary | industrial-kiln.reverberatory=true;industrial-kiln.directCoalFiring=true;industrial-kiln.secondaryNonferrous=true | NON_COMPLIANT
      nonferrous-12-coal-fired-reverberatory-secondary | industrial-kiln.reverberatory=true;industrial-kiln.directCoalFiring=false;industrial-kiln.secondaryNonferrous=true | COMPLIANT
      nonferrous-12-coal-fired-reverberatory-secondary | industrial-kiln.reverberatory=true;industrial-kiln.directCoalFiring=true;industrial-kiln.secondaryNonferrous=false | COMPLIANT
      nonferrous-12-coal-fired-reverberatory-secondary | industrial-kiln.reverberatory=true;industrial-kiln.secondaryNonferrous=true | INSUFFICIENT_DATA
      steel-18-mno2-reduction-reverberatory | industrial-kiln.reverberatory=true;industrial-kiln.manganeseDioxideReduction=true | NON_COMPLIANT
      steel-18-mno2-reduction-reverberatory | industrial-kiln.reverberatory=false;industrial-kiln.manganeseDioxideReduction=true | COMPLIANT
      steel-18-mno2-reduction-reverberatory | industrial-kiln.reverberatory=true;industrial-kiln.manganeseDioxideReduction=false | COMPLIANT
      steel-18-mno2-reduction-reverberatory | industrial-kiln.reverberatory=true | INSUFFICIENT_DATA
      machinery-16-coal-fired-reverberatory-heating | industrial-kiln.coalFiredFlameReverberatoryHeating=true | NON_COMPLIANT
      machinery-16-coal-fired-reverberatory-heating | industrial-kiln.coalFiredFlameReverberatoryHeating=false | COMPLIANT
      other-8-single-stage-fixed-gas-producer | gas-producer.singleStageFixed=true | NON_COMPLIANT
      other-8-single-stage-fixed-gas-producer | gas-producer.singleStageFixed=false | COMPLIANT
      steel-17-single-stage-fixed-gas-producers | gas-producer.singleStageFixed=true;gas-producer.steelIndustry=true | NON_COMPLIANT
      steel-17-single-stage-fixed-gas-producers | gas-producer.singleStageFixed=false;gas-producer.steelIndustry=true | COMPLIANT
      steel-17-single-stage-fixed-gas-producers | gas-producer.singleStageFixed=true;gas-producer.steelIndustry=false | COMPLIANT
      steel-17-single-stage-fixed-gas-producers | gas-producer.singleStageFixed=true | INSUFFICIENT_DATA
      p-machinery-67-coal-fired-hot-air-furnaces | hot-air-furnace.coalFired=true | NON_COMPLIANT
      p-machinery-67-coal-fired-hot-air-furnaces | hot-air-furnace.coalFired=false | COMPLIANT
      nonferrous-9-crucible-secondary-aluminium-lead | secondary-metal.crucibleMelting=true | NON_COMPLIANT
      nonferrous-9-crucible-secondary-aluminium-lead | secondary-metal.crucibleMelting=false | COMPLIANT
      nonferrous-13-black-copper-rod | copper.blackRod=true | NON_COMPLIANT
      nonferrous-13-black-copper-rod | copper.blackRod=false | COMPLIANT
      p-nonferrous-1-black-copper-rod | copper.blackRod=true | NON_COMPLIANT
      p-nonferrous-1-black-copper-rod | copper.blackRod=false | COMPLIANT
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
      p-building-materials-6-crocidolite | mine.crocidolite=true | NON_COMPLIANT
      p-building-materials-6-crocidolite | mine.crocidolite=false | COMPLIANT
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
      p-steel-1-hot-rolled-silicon-sheet | steel-rolling.hotRolledSiliconSheet=true | NON_COMPLIANT
      p-steel-1-hot-rolled-silicon-sheet | steel-rolling.hotRolledSiliconSheet=false | COMPLIANT
      p-steel-2-normal-relaxation-wire-strand | prestressed-wire.ordinaryRelaxation=true | NON_COMPLIANT
      p-steel-2-normal-relaxation-wire-strand | prestressed-wire.ordinaryRelaxation=false | COMPLIANT
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
      building-materials-3-flat-drawn-glass | flat-glass.formingProcess=flat-drawn | NON_COMPLIANT
      building-materials-3-flat-drawn-glass | flat-glass.formingProcess=fourcault | NON_COMPLIANT
      building-materials-3-flat-drawn-glass | flat-glass.formingProcess=float | COMPLIANT
      building-materials-5-non-platinum-bushing-drawing | glass-fibre.nonPlatinumBushing=true | NON_COMPLIANT
      building-materials-5-non-platinum-bushing-drawing | glass-fibre.nonPlatinumBushing=false | COMPLIANT
      p-building-materials-2-non-platinum-bushing-fibre | glass-fibre.nonPlatinumBushing=true | NON_COMPLIANT
      p-building-materials-2-non-platinum-bushing-fibre | glass-fibre.nonPlatinumBushing=false | COMPLIANT
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
      p-explosives-1-safety-fuse | explosives.product=safety-fuse | NON_COMPLIANT
      p-explosives-1-safety-fuse | explosives.product=industrial-explosive | COMPLIANT
      p-explosives-2-ammonium-nitrate-tnt | explosives.product=ammonium-nitrate-tnt-explosive | NON_COMPLIANT
      p-explosives-2-ammonium-nitrate-tnt | explosives.product=industrial-explosive | COMPLIANT
      p-explosives-3-paper-shell-detonators | explosives.product=paper-shell-detonator | NON_COMPLIANT
      p-explosives-3-paper-shell-detonators | explosives.product=industrial-detonator | COMPLIANT
      fire-1-manual-insertion-soldering | fire-detector.manualInsertionSoldering=true | NON_COMPLIANT
      fire-1-manual-insertion-soldering | fire-detector.manualInsertionSoldering=false | COMPLIANT
      p-fire-1-halon-1211 | fire.halon1211=true | NON_COMPLIANT
      p-fire-1-halon-1211 | fire.halon1211=false | COMPLIANT
      p-fire-3-pvc-lined-hose | fire-hose.pvcLined=true | NON_COMPLIANT
      p-fire-3-pvc-lined-hose | fire-hose.pvcLined=false | COMPLIANT
      p-other-2-zh15-co-filter-self-rescuers | equipment.model=ZH15 | NON_COMPLIANT
      p-other-2-zh15-co-filter-self-rescuers | equipment.model=ZH30;self-rescuer.coFilter=true | NON_COMPLIANT
      p-other-2-zh15-co-filter-self-rescuers | equipment.model=ZH30;self-rescuer.coFilter=false | COMPLIANT
      p-other-2-zh15-co-filter-self-rescuers | equipment.model=ZH30 | INSUFFICIENT_DATA
      machinery-10-cfc-tobacco-expansion | tobacco.cfcExpansion=true | NON_COMPLIANT
      machinery-10-cfc-tobacco-expansion | tobacco.cfcExpansion=false | COMPLIANT
      machinery-11-clay-dried-moulds-cores | foundry.clayDriedMouldsAndCores=true | NON_COMPLIANT
      machinery-11-clay-dried-moulds-cores | foundry.clayDriedMouldsAndCores=false | COMPLIANT
      machinery-13-oil-sand-cores | foundry.oilSandCores=true | NON_COMPLIANT
      machinery-13-oil-sand-cores | foundry.oilSandCores=false | COMPLIANT
      machinery-25-phosphating-drill-tool-threads | surface-treatment.drillToolThreadPhosphating=true | NON_COMPLIANT
      machinery-25-phosphating-drill-tool-threads | surface-treatment.drillToolThreadPhosphating=false | COMPLIANT
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
      shipbuilding-1-beach-breaking | shipyard.beachBreaking=true | NON_COMPLIANT
      shipbuilding-1-beach-breaking | shipyard.beachBreaking=false | COMPLIANT
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
      light-7-benzene-solvent-inks | ink.benzeneSolvent=true | NON_COMPLIANT
      light-7-benzene-solvent-inks | ink.benzeneSolvent=false | COMPLIANT
      light-15-cfc-blown-foams | foam.cfcBlowingAgent=true | NON_COMPLIANT
      light-15-cfc-blown-foams | foam.cfcBlowingAgent=false | COMPLIANT
      light-18-tertiary-amine-oleum-stirred-ethoxylation | surfactant.oleumSulphonation=true | NON_COMPLIANT
      light-18-tertiary-amine-oleum-stirred-ethoxylation | surfactant.fattyAcidTertiaryAmine=false;surfactant.oleumSulphonation=false;surfactant.stirredTankEthoxylation=false | COMPLIANT
      light-18-tertiary-amine-oleum-stirred-ethoxylation | surfactant.fattyAcidTertiaryAmine=false | INSUFFICIENT_DATA
      light-19-tin-soldered-cans | can-making.tinSoldering=true | NON_COMPLIANT
      light-19-tin-soldered-cans | can-making.tinSoldering=false | COMPLIANT
      light-21-mechanical-timing-is-machines | glassware.mechanicalTimingISMachine=true | NON_COMPLIANT
      light-21-mechanical-timing-is-machines | glassware.mechanicalTimingISMachine=false | COMPLIANT
      light-29-manual-slaughter | slaughter.manual=true | NON_COMPLIANT
      light-29-manual-slaughter | slaughter.manual=false | COMPLIANT
      light-30-flour-bleaching-agents | flour.bleachingAgentAddition=true | NON_COMPLIANT
      light-30-flour-bleaching-agents | flour.bleachingAgentAddition=false | COMPLIANT
      light-32-open-lead-pots-oxide-mills | lead-acid.openLeadOxideMill=true | NON_COMPLIANT
      light-32-open-lead-pots-oxide-mills | lead-acid.openLeadMeltingPot=false;lead-acid.openLeadOxideMill=false | COMPLIANT
      light-32-open-lead-pots-oxide-mills | lead-acid.openLeadMeltingPot=false | INSUFFICIENT_DATA
      light-33-dry-filling-tubular-plates | lead-acid.tubularDryFilling=true | NON_COMPLIANT
      light-33-dry-filling-tubular-plates | lead-acid.tubularDryFilling=false | COMPLIANT
      light-8-lime-pit-pulping | pulp.limePitPulping=true;pulp.forXuanPaper=false | NON_COMPLIANT
      light-8-lime-pit-pulping | pulp.limePitPulping=true;pulp.forXuanPaper=true | COMPLIANT
      light-8-lime-pit-pulping | pulp.limePitPulping=false | COMPLIANT
      light-8-lime-pit-pulping | pulp.limePitPulping=true | INSUFFICIENT_DATA
      other-7-plastics-from-medical-waste | plastics.medicalWasteFeedstock=true | NON_COMPLIANT
      other-7-plastics-from-medical-waste | plastics.medicalWasteFeedstock=false | COMPLIANT
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
      agri-1-wet-process-fibreboard | wood.wetProcessFibreboard=true | NON_COMPLIANT
      agri-1-wet-process-fibreboard | wood.wetProcessFibreboard=false | COMPLIANT
      agri-2-drip-process-rosin | rosin.dripProcess=true | NON_COMPLIANT
      agri-2-drip-process-rosin | rosin.dripProcess=false | COMPLIANT
      textile-11-dmf-spandex-acrylic | fibre.spinningSolvent=dmf | NON_COMPLIANT
      textile-11-dmf-spandex-acrylic | fibre.spinningSolvent=dmac | COMPLIANT
      textile-7-open-steam-heated-washers | dyeing.openSteamHeatedWasher=true | NON_COMPLIANT
      textile-7-open-steam-heated-washers | dyeing.openSteamHeatedWasher=false | COMPLIANT
      textile-17-dc-motor-driven-lines | dyeing.dcMotorDrive=true | NON_COMPLIANT
      textile-17-dc-motor-driven-lines | dyeing.dcMotorDrive=false | COMPLIANT
      printing-1-lead-typesetting-letterpress | printing.leadTypesettingOrLetterpress=true | NON_COMPLIANT
      printing-1-lead-typesetting-letterpress | printing.leadTypesettingOrLetterpress=false | COMPLIANT
      printing-3-process-cameras | printing.equipmentType=process-camera | NON_COMPLIANT
      printing-3-process-cameras | printing.equipmentType=centrifugal-coater | COMPLIANT
      machinery-6-brown-corundum-furnace-3000kva | corundum.product=brown-fused;corundum.smeltingFurnaceRating=3000 kVA | NON_COMPLIANT
      machinery-6-brown-corundum-furnace-3000kva | corundum.product=brown-fused;corundum.smeltingFurnaceRating=3001 kVA | COMPLIANT
      machinery-6-brown-corundum-furnace-3000kva | corundum.product=white-fused;corundum.smeltingFurnaceRating=2500 kVA | COMPLIANT
      machinery-6-brown-corundum-furnace-3000kva | corundum.smeltingFurnaceRating=2500 kVA | INSUFFICIENT_DATA
      machinery-7-fixed-brown-corundum-furnace-4000kva | corundum.product=brown-fused;corundum.fixedFurnace=true;corundum.smeltingFurnaceRating=4000 kVA | NON_COMPLIANT
      machinery-7-fixed-brown-corundum-furnace-4000kva | corundum.product=brown-fused;corundum.fixedFurnace=true;corundum.smeltingFurnaceRating=4001 kVA | COMPLIANT
      machinery-7-fixed-brown-corundum-furnace-4000kva | corundum.product=brown-fused;corundum.fixedFurnace=false;corundum.smeltingFurnaceRating=3000 kVA | COMPLIANT
      machinery-7-fixed-brown-corundum-furnace-4000kva | corundum.product=brown-fused;corundum.smeltingFurnaceRating=3000 kVA | INSUFFICIENT_DATA
      light-9-small-chemical-wood-pulp | pulp.fibre=wood;pulp.chemicalPulping=true;unit.ratedCapacity=5.1 10^4 t/a | NON_COMPLIANT
      light-9-small-chemical-wood-pulp | pulp.fibre=wood;pulp.chemicalPulping=true;unit.ratedCapacity=5.11 10^4 t/a | COMPLIANT
      light-9-small-chemical-wood-pulp | pulp.fibre=wood;pulp.chemicalPulping=false;unit.ratedCapacity=3 10^4 t/a | COMPLIANT
      light-9-small-chemical-wood-pulp | pulp.fibre=non-wood;pulp.chemicalPulping=true;unit.ratedCapacity=3 10^4 t/a | COMPLIANT
      light-9-small-chemical-wood-pulp | pulp.fibre=wood;unit.ratedCapacity=3 10^4 t/a | INSUFFICIENT_DATA
      light-10-small-non-wood-pulp | pulp.fibre=non-wood;unit.ratedCapacity=3.4 10^4 t/a | NON_COMPLIANT
      light-10-small-non-wood-pulp | pulp.fibre=non-wood;unit.ratedCapacity=3.41 10^4 t/a | COMPLIANT
      light-10-small-non-wood-pulp | pulp.fibre=recovered-paper;unit.ratedCapacity=2 10^4 t/a | COMPLIANT
      light-10-small-non-wood-pulp | unit.ratedCapacity=2 10^4 t/a | INSUFFICIENT_DATA
      textile-9-small-viscose-staple | viscose.conventionalStaple=true;unit.ratedCapacity=4 10^4 t/a | NON_COMPLIANT
      textile-9-small-viscose-staple | viscose.conventionalStaple=true;unit.ratedCapacity=4.01 10^4 t/a | COMPLIANT
      textile-9-small-viscose-staple | viscose.conventionalStaple=false;unit.ratedCapacity=3 10^4 t/a | COMPLIANT
      textile-9-small-viscose-staple | unit.ratedCapacity=3 10^4 t/a | INSUFFICIENT_DATA
      textile-14-semi-automatic-winders-900mm | polyester.conventionalFilament=true;polyester.semiAutomaticWinder=true;polyester.winderSpindleLength=900 mm | NON_COMPLIANT
      textile-14-semi-automatic-winders-900mm | polyester.conventionalFilament=true;polyester.semiAutomaticWinder=true;polyester.winderSpindleLength=901 mm | COMPLIANT
      textile-14-semi-automatic-winders-900mm | polyester.conventionalFilament=true;polyester.semiAutomaticWinder=false;polyester.winderSpindleLength=600 mm | COMPLIANT
      textile-14-semi-automatic-winders-900mm | polyester.semiAutomaticWinder=true;polyester.winderSpindleLength=600 mm | INSUFFICIENT_DATA
      explosives-24-low-level-10kt-lines | explosives.product=industrial-explosive;explosives.industrialExplosiveAnnualCapacity=1 10^4 t/a;explosives.lowLevelLine=true | NON_COMPLIANT
      explosives-24-low-level-10kt-lines | explosives.product=industrial-explosive;explosives.industrialExplosiveAnnualCapacity=1.01 10^4 t/a;explosives.lowLevelLine=true | COMPLIANT
      explosives-24-low-level-10kt-lines | explosives.product=industrial-explosive;explosives.industrialExplosiveAnnualCapacity=1.01 10^4 t/a | COMPLIANT
      explosives-24-low-level-10kt-lines | explosives.product=industrial-explosive;explosives.industrialExplosiveAnnualCapacity=0.5 10^4 t/a;explosives.lowLevelLine=false | COMPLIANT
      explosives-24-low-level-10kt-lines | explosives.product=industrial-explosive;explosives.industrialExplosiveAnnualCapacity=0.5 10^4 t/a | INSUFFICIENT_DATA
      gold-4-mining-dressing-below-50tpd | gold.miningDressingProject=true;gold.dailyOreCapacity=49.9 t/d | NON_COMPLIANT
      gold-4-mining-dressing-below-50tpd | gold.miningDressingProject=true;gold.dailyOreCapacity=50 t/d | COMPLIANT
      gold-4-mining-dressing-below-50tpd | gold.miningDressingProject=false;gold.dailyOreCapacity=30 t/d | COMPLIANT
      gold-4-mining-dressing-below-50tpd | gold.dailyOreCapacity=30 t/d | INSUFFICIENT_DATA
      light-24-small-ethanol-lines | ethanol.lineCapacity=3 10^4 t/a;ethanol.fromWasteMolasses=false | NON_COMPLIANT
      light-24-small-ethanol-lines | ethanol.lineCapacity=3.01 10^4 t/a;ethanol.fromWasteMolasses=false | COMPLIANT
      light-24-small-ethanol-lines | ethanol.lineCapacity=2 10^4 t/a;ethanol.fromWasteMolasses=true | COMPLIANT
      light-24-small-ethanol-lines | ethanol.lineCapacity=2 10^4 t/a | INSUFFICIENT_DATA
      light-6-small-ink-plants | ink.totalPlantCapacity=300 t/a;ink.highTechPollutionFree=false | NON_COMPLIANT
      light-6-small-ink-plants | ink.totalPlantCapacity=301 t/a;ink.highTechPollutionFree=false | COMPLIANT
      light-6-small-ink-plants | ink.totalPlantCapacity=200 t/a;ink.highTechPollutionFree=true | COMPLIANT
      light-6-small-ink-plants | ink.totalPlantCapacity=200 t/a | INSUFFICIENT_DATA
      nonferrous-17-small-fixed-reverberatory-secondary-copper | copper.feed=scrap;copper.traditionalFixedReverberatory=true;copper.reverberatoryFurnaceCapacity=50 t | NON_COMPLIANT
      nonferrous-17-small-fixed-reverberatory-secondary-copper | copper.feed=scrap;copper.traditionalFixedReverberatory=true;copper.reverberatoryFurnaceCapacity=51 t | COMPLIANT
      nonferrous-17-small-fixed-reverberatory-secondary-copper | copper.feed=concentrate;copper.traditionalFixedReverberatory=true;copper.reverberatoryFurnaceCapacity=30 t | COMPLIANT
      nonferrous-17-small-fixed-reverberatory-secondary-copper | copper.feed=scrap;copper.reverberatoryFurnaceCapacity=30 t | INSUFFICIENT_DATA
      nonferrous-24-small-rare-earth-separation | rare-earth.separationCapacityReo=2000 t/a | NON_COMPLIANT
      nonferrous-24-small-rare-earth-separation | rare-earth.separationCapacityReo=2001 t/a | COMPLIANT
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
      light-4-ultra-thin-plastic-shopping-bags | plastics.shoppingBagThickness=0.024 mm | NON_COMPLIANT
      light-4-ultra-thin-plastic-shopping-bags | plastics.shoppingBagThickness=0.025 mm | COMPLIANT
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
      building-materials-4-tile-lines-below-1m-m2 | ceramics.tileLineCapacity=99.9 10^4 m2/a | NON_COMPLIANT
      building-materials-4-tile-lines-below-1m-m2 | ceramics.tileLineCapacity=100 10^4 m2/a | COMPLIANT
      building-materials-7-modified-bitumen-below-5m-m2 | waterproofing.modifiedBitumenMembraneCapacity=499.9 10^4 m2/a | NON_COMPLIANT
      building-materials-7-modified-bitumen-below-5m-m2 | waterproofing.modifiedBitumenMembraneCapacity=500 10^4 m2/a | COMPLIANT
      building-materials-1-cement-mills-below-3m | cement.millDiameter=2.99 m;cement.producesSpecialCement=false | NON_COMPLIANT
      building-materials-1-cement-mills-below-3m | cement.millDiameter=3 m;cement.producesSpecialCement=false | COMPLIANT
      building-materials-1-cement-mills-below-3m | cement.millDiameter=2.2 m;cement.producesSpecialCement=true | COMPLIANT
      building-materials-1-cement-mills-below-3m | cement.millDiameter=2.2 m | INSUFFICIENT_DATA
      building-materials-1-cement-mills-below-3m | cement.millDiameter=3 m | COMPLIANT
      steel-15-ferrotitanium-furnaces-below-5t | ferrotitanium.outputPerHeat=5 t | NON_COMPLIANT
      steel-15-ferrotitanium-furnaces-below-5t | ferrotitanium.outputPerHeat=5.1 t | COMPLIANT
      p-light-16-ultra-thin-plastic-bags | plastics.bagThickness=0.024 mm | NON_COMPLIANT
      p-light-16-ultra-thin-plastic-bags | plastics.bagThickness=0.025 mm | COMPLIANT
      p-light-16-pe-mulch-film-below-0.01mm | plastics.polyethyleneMulchFilmThickness=0.009 mm | NON_COMPLIANT
      p-light-16-pe-mulch-film-below-0.01mm | plastics.polyethyleneMulchFilmThickness=0.01 mm | COMPLIANT
      nonferrous-23-small-rare-earth-mines | rare-earth.mineOreType=mixed;rare-earth.mineCapacityReo=20000 t/a | NON_COMPLIANT
      nonferrous-23-small-rare-earth-mines | rare-earth.mineOreType=mixed;rare-earth.mineCapacityReo=20001 t/a | COMPLIANT
      nonferrous-23-small-rare-earth-mines | rare-earth.mineOreType=bastnaesite;rare-earth.mineCapacityReo=5000 t/a | NON_COMPLIANT
      nonferrous-23-small-rare-earth-mines | rare-earth.mineOreType=bastnaesite;rare-earth.mineCapacityReo=5001 t/a | COMPLIANT
      nonferrous-23-small-rare-earth-mines | rare-earth.mineOreType=ionic;rare-earth.mineCapacityReo=500 t/a | NON_COMPLIANT
      nonferrous-23-small-rare-earth-mines | rare-earth.mineOreType=ionic;rare-earth.mineCapacityReo=501 t/a | COMPLIANT
      nonferrous-23-small-rare-earth-mines | rare-earth.mineOreType=other;rare-earth.mineCapacityReo=100 t/a | COMPLIANT
      nonferrous-23-small-rare-earth-mines | rare-earth.mineCapacityReo=400 t/a | INSUFFICIENT_DATA
      light-25-isoelectric-ion-exchange-glutamate-small-msg | glutamate.isoelectricIonExchange=true;msg.plantCapacity=10 10^4 t/a | NON_COMPLIANT
      light-25-isoelectric-ion-exchange-glutamate-small-msg | glutamate.isoelectricIonExchange=false;msg.plantCapacity=5 10^4 t/a | NON_COMPLIANT
      light-25-isoelectric-ion-exchange-glutamate-small-msg | glutamate.isoelectricIonExchange=false;msg.plantCapacity=5.01 10^4 t/a | COMPLIANT
      light-25-isoelectric-ion-exchange-glutamate-small-msg | msg.plantCapacity=5.01 10^4 t/a | INSUFFICIENT_DATA
      """;

  /** More rows, in a second block because one string constant is limited to 65 535 bytes. */
  private static final String CASES_2 = """
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
      textile-2-listed-silk-machines | equipment.model=ZD647 | NON_COMPLIANT
      textile-2-listed-silk-machines | equipment.model=K251A | NON_COMPLIANT
      textile-2-listed-silk-machines | equipment.model=K251B | COMPLIANT
      steel-11-graphitisation-and-baking-furnaces | carbon.achesonDcGraphitisationRating=10000 kVA | NON_COMPLIANT
      steel-11-graphitisation-and-baking-furnaces | carbon.achesonDcGraphitisationRating=10001 kVA;carbon.steamHeatedKneading=false;carbon.downdraughtBakingFurnace=false;carbon.achesonAcGraphitisationFurnace=false | COMPLIANT
      steel-11-graphitisation-and-baking-furnaces | carbon.achesonAcGraphitisationFurnace=true | NON_COMPLIANT
      steel-11-graphitisation-and-baking-furnaces | carbon.steamHeatedKneading=true | NON_COMPLIANT
      steel-11-graphitisation-and-baking-furnaces | carbon.downdraughtBakingFurnace=true | NON_COMPLIANT
      steel-11-graphitisation-and-baking-furnaces | carbon.achesonDcGraphitisationRating=10001 kVA | INSUFFICIENT_DATA
      p-railway-1-obsolete-wagons | equipment.model=C62B | NON_COMPLIANT
      p-railway-1-obsolete-wagons | equipment.model=C64;railway-wagon.trackFlatCar=false | COMPLIANT
      p-railway-1-obsolete-wagons | railway-wagon.trackFlatCar=true;unit.ratedCapacity=40 t | NON_COMPLIANT
      p-railway-1-obsolete-wagons | equipment.model=N17A;railway-wagon.trackFlatCar=true;unit.ratedCapacity=41 t | COMPLIANT
      p-railway-1-obsolete-wagons | equipment.model=C64;unit.ratedCapacity=30 t | INSUFFICIENT_DATA
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

  private static List<String[]> rows() {
    return Stream.of(CASES, CASES_2).flatMap(String::lines).filter(l -> !l.isBlank())
        .map(l -> Arrays.stream(l.split("\\|")).map(String::strip).toArray(String[]::new)).toList();
  }

  /** The entries this class covers: every id of the table. */
  private static Set<String> ids() {
    return rows().stream().map(r -> r[0]).collect(Collectors.toCollection(TreeSet::new));
  }

  static Stream<Arguments> cases() {
    Stream<Arguments> table = rows().stream().map(r -> Arguments.of(r[0], r[1], Verdict.valueOf(r[2])));
    // and for every entry, a unit of its kind that reports nothing the criterion reads
    Stream<Arguments> bare = ids().stream().map(id -> Arguments.of(id, "-", Verdict.INSUFFICIENT_DATA));
    return Stream.concat(table, bare);
  }

  @ParameterizedTest(name = "{0} [{1}] {2}")
  @MethodSource("cases")
  void eachItemJustInsideJustOutsideAndWithoutItsData(String id, String data, Verdict expected) {
    Finding f = UnitProbe.findingIfAny(ENTERPRISE, entry(PREFIX + id), AS_OF, UnitProbe.spec(data))
        .orElseThrow(() -> new AssertionError(id + " gave no finding"));
    assertEquals(expected, f.verdict(), id + " " + data);
  }

  @Test
  void everyEntryOfTheTableIsMachineCheckableAndItsNoteSaysWhatTheCriterionReads() {
    Set<String> ids = ids();
    assertEquals(235, ids.size());
    for (String id : ids) {
      CatalogueEntry e = entry(PREFIX + id);
      assertTrue(e.isMachineCheckable(), id);
      String note = e.provenance().note().orElseThrow();
      assertFalse(note.contains("Manual assessment"), id);
      assertTrue(note.contains("Machine-checkable"), id);
      assertTrue(note.contains("Not compared with the official PDF"), id);
    }
  }

  @Test
  void everyTableRowIsJustEitherSideOfItsLimitOrDesignation() {
    // each entry has at least one non-compliant and one compliant unit in the table
    for (String id : ids()) {
      Set<String> verdicts = rows().stream().filter(r -> r[0].equals(id)).map(r -> r[2]).collect(Collectors.toSet());
      assertTrue(verdicts.containsAll(List.of("NON_COMPLIANT", "COMPLIANT")), id);
    }
  }

  @Test
  void limitsKeepTheWordingOfTheirItems() {
    Map<String, String> words = Map.ofEntries(Map.entry("nonferrous-11-secondary-lead-below-10kt", "以下"),
        Map.entry("coal-12-more-than-two-working-levels", "超过"), Map.entry("light-11-small-recovered-paper-pulp", "及以下"),
        Map.entry("steel-20-light-burning-reverberatory-18m3", "及以下"),
        Map.entry("steel-21-dead-burned-magnesia-shaft-30m3", "及以下"),
        Map.entry("nonferrous-18-secondary-aluminium-melting-below-15t", "以下"),
        Map.entry("p-machinery-4-small-pneumatic-grabs", "以下"),
        Map.entry("nonferrous-4-prebake-cells-below-160ka", "以下"), Map.entry("machinery-26-cupolas-5th", "及以下"),
        Map.entry("building-materials-6-small-plasterboard-lines", "（不含）以下"),
        Map.entry("explosives-13-emulsifier-above-130c", "大于"),
        Map.entry("explosives-16-detonator-resistance-spread-1.5", "大于"),
        Map.entry("explosives-18-detonator-resistance-spread-1.0", "大于"),
        Map.entry("explosives-21-no-fire-current-below-0.25a", "小于"),
        Map.entry("machinery-6-brown-corundum-furnace-3000kva", "以下"), Map.entry("textile-9-small-viscose-staple", "及以下"),
        Map.entry("gold-4-mining-dressing-below-50tpd", "（不含）以下"), Map.entry("light-24-small-ethanol-lines", "以下"),
        Map.entry("nonferrous-24-small-rare-earth-separation", "以下"), Map.entry("p-light-5-lead-acid-cadmium-above-0.002", "高于"),
        Map.entry("light-4-ultra-thin-plastic-shopping-bags", "低于"), Map.entry("p-machinery-71-cement-mills-below-3.2m", "以下"),
        Map.entry("building-materials-4-tile-lines-below-1m-m2", "（不含）以下"),
        Map.entry("building-materials-7-modified-bitumen-below-5m-m2", "（不含）以下"),
        Map.entry("building-materials-1-cement-mills-below-3m", "（不含）以下"),
        Map.entry("steel-15-ferrotitanium-furnaces-below-5t", "以下"), Map.entry("p-light-16-ultra-thin-plastic-bags", "低于"),
        Map.entry("p-light-16-pe-mulch-film-below-0.01mm", "低于"),
        Map.entry("steel-7-hot-seamless-tube-mills-below-76mm", "以下"),
        Map.entry("petrochem-1-crude-benzene-refining-50kt", "及以下"), Map.entry("petrochem-1-coal-tar-processing-50kt", "及以下"),
        Map.entry("petrochem-8-small-saponin-100t", "以下"), Map.entry("p-petrochem-5-glyphosate-aqueous-below-30pct", "以下"));
    for (Map.Entry<String, String> w : words.entrySet()) {
      CatalogueEntry e = entry(PREFIX + w.getKey());
      List<Criterion.Comparison> limits = CriterionShapes.conjuncts(e.criterion()).stream()
          .filter(c -> c instanceof Criterion.Comparison cmp && cmp.wording().isPresent())
          .map(c -> (Criterion.Comparison) c).toList();
      assertEquals(1, limits.size(), w.getKey());
      assertEquals(w.getValue(), limits.get(0).wording().orElseThrow().word(), w.getKey());
      assertTrue(e.text().zh().contains(w.getValue()), w.getKey());
    }
    assertEquals("LSB201（880mm×1230mm）及 LS201、LS204（787mm×1092 mm）型系列卷筒纸书刊转轮印刷机",
        entry(PREFIX + "printing-24-ls-web-book-rotary").text().zh());
    assertEquals("同时生产的水平超过 2 个（不含 2 个）的煤矿", entry(PREFIX + "coal-12-more-than-two-working-levels").text().zh());
  }

  @Test
  void hebeiBlastFurnacesForSteelmakingPigIronUse450() {
    Enterprise hebei = Enterprise.builder().creditCode(CreditCode.parse("91500101PH00000027"))
        .name("示例钢铁有限公司（虚构）").division(DivisionCode.parse("130200")).industry(IndustryCode.parse("C3110")).build();
    CatalogueEntry e = entry(PREFIX + "steel-4-steelmaking-bf-450m3-hebei");
    assertTrue(e.provenance().note().orElseThrow().contains("Machine-checkable"));
    assertEquals(Verdict.NON_COMPLIANT, UnitProbe.findingIfAny(hebei, e, AS_OF,
        UnitProbe.spec("blast-furnace.ironUse=steelmaking;unit.ratedCapacity=450 m3")).orElseThrow().verdict());
    assertEquals(Verdict.COMPLIANT, UnitProbe.findingIfAny(hebei, e, AS_OF,
        UnitProbe.spec("blast-furnace.ironUse=steelmaking;unit.ratedCapacity=451 m3")).orElseThrow().verdict());
    assertEquals(Verdict.COMPLIANT, UnitProbe.findingIfAny(hebei, e, AS_OF,
        UnitProbe.spec("blast-furnace.ironUse=foundry;unit.ratedCapacity=300 m3")).orElseThrow().verdict());
    assertEquals(Verdict.INSUFFICIENT_DATA, UnitProbe.findingIfAny(hebei, e, AS_OF,
        UnitProbe.spec("unit.ratedCapacity=450 m3")).orElseThrow().verdict());
    // the Hebei limit does not reach a furnace outside Hebei, where the national 400 立方米 of the item applies
    assertTrue(UnitProbe.findingIfAny(ENTERPRISE, e, AS_OF,
        UnitProbe.spec("blast-furnace.ironUse=steelmaking;unit.ratedCapacity=420 m3")).isEmpty());
  }

  @Test
  void paperMachineItemsJoinWidthAndSpeedEachWithItsOwnWord() {
    // 幅宽在 … 米及以下并且车速为 … 米/分以下: both limits include the number, and both must hold (并且)
    for (String id : List.of("light-12-narrow-slow-cultural-paper-machines", "light-13-narrow-slow-board-machines")) {
      CatalogueEntry e = entry(PREFIX + id);
      assertTrue(e.text().zh().contains("及以下并且车速为"), id);
      Map<String, String> wordByFact = CriterionShapes.conjuncts(e.criterion()).stream()
          .filter(c -> c instanceof Criterion.Comparison cmp && cmp.wording().isPresent())
          .map(c -> (Criterion.Comparison) c)
          .collect(Collectors.toMap(c -> c.operand().key(), c -> c.wording().orElseThrow().word()));
      assertEquals(2, wordByFact.size(), id + " " + wordByFact);
      assertTrue(wordByFact.values().containsAll(List.of("及以下", "以下")), id + " " + wordByFact);
    }
  }
}
