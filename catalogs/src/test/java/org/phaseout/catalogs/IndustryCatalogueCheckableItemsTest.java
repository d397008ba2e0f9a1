package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.entry;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
 * t/h of molten metal, 轻工 12–13 in m/min, 建材 6 in 万平方米/年, 民爆 13 in °C, 16 and 18 in Ω, 21 in A). Each is evaluated on fictitious units: a listed designation or a value just
 * inside the limit (non-compliant), an unlisted neighbour or a value just outside (compliant), and a unit lacking the
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
      """;

  private static List<String[]> rows() {
    return CASES.lines().filter(l -> !l.isBlank())
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

  private static Map<String, Object> unit(String spec) {
    Map<String, Object> data = new LinkedHashMap<>();
    if (!spec.equals("-")) {
      for (String pair : spec.split(";")) {
        String[] kv = pair.split("=", 2);
        Object value = switch (kv[1]) {
          case "true" -> Boolean.TRUE;
          case "false" -> Boolean.FALSE;
          default -> UnitProbe.data(kv[0], kv[1]).get(kv[0]);
        };
        data.put(kv[0], value);
      }
    }
    return data;
  }

  @ParameterizedTest(name = "{0} [{1}] {2}")
  @MethodSource("cases")
  void eachItemJustInsideJustOutsideAndWithoutItsData(String id, String data, Verdict expected) {
    Finding f = UnitProbe.findingIfAny(ENTERPRISE, entry(PREFIX + id), AS_OF, unit(data))
        .orElseThrow(() -> new AssertionError(id + " gave no finding"));
    assertEquals(expected, f.verdict(), id + " " + data);
  }

  @Test
  void everyEntryOfTheTableIsMachineCheckableAndItsNoteSaysWhatTheCriterionReads() {
    Set<String> ids = ids();
    assertEquals(75, ids.size());
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
        Map.entry("explosives-21-no-fire-current-below-0.25a", "小于"));
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
