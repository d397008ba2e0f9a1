package org.phaseout.catalogs;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.phaseout.Verdict;

/**
 * The machine-checkable 《产业结构调整指导目录（2024年本）》 淘汰类 items of 一、落后生产工艺装备 of 轻工, 纺织 and 印刷 (pulp and paper machines, food
 * and salt lines, fibre plants and the listed printing machines), each evaluated on fictitious units: a listed
 * designation, a value just inside the limit or the named type (non-compliant), an unlisted neighbour, a value just
 * outside or another type (compliant), and a unit lacking the data (insufficient data). What holds for every table is
 * in {@link IndustryCatalogueCheckableItemsTest}.
 */
class IndustryCatalogueCheckableLightIndustryTextilesAndPrintingItemsTest {

  /** id | unit data | expected verdict, as {@link CheckableItemsProbe} reads them. */
  static final String CASES = """
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
      light-11-small-recovered-paper-pulp | pulp.type=deinked-recovered-paper;unit.ratedCapacity=1 10^4 t/a | NON_COMPLIANT
      light-11-small-recovered-paper-pulp | pulp.type=non-deinked-recovered-paper;unit.ratedCapacity=1.01 10^4 t/a | COMPLIANT
      light-11-small-recovered-paper-pulp | pulp.type=bleached-chemical-wood;unit.ratedCapacity=0.5 10^4 t/a | COMPLIANT
      light-11-small-recovered-paper-pulp | unit.ratedCapacity=0.5 10^4 t/a | INSUFFICIENT_DATA
      light-11-small-recovered-paper-pulp | pulp.type=deinked-recovered-paper | INSUFFICIENT_DATA
      light-31-elemental-chlorine-bleaching | pulp.elementalChlorineBleaching=true | NON_COMPLIANT
      light-31-elemental-chlorine-bleaching | pulp.elementalChlorineBleaching=false | COMPLIANT
      textile-10-wet-spandex | spandex.spinningProcess=wet-spinning | NON_COMPLIANT
      textile-10-wet-spandex | spandex.spinningProcess=dry-spinning | COMPLIANT
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
      light-24-small-ethanol-lines | ethanol.lineCapacity=3 10^4 t/a;ethanol.fromWasteMolasses=false | NON_COMPLIANT
      light-24-small-ethanol-lines | ethanol.lineCapacity=3.01 10^4 t/a;ethanol.fromWasteMolasses=false | COMPLIANT
      light-24-small-ethanol-lines | ethanol.lineCapacity=2 10^4 t/a;ethanol.fromWasteMolasses=true | COMPLIANT
      light-24-small-ethanol-lines | ethanol.lineCapacity=2 10^4 t/a | INSUFFICIENT_DATA
      light-6-small-ink-plants | ink.totalPlantCapacity=300 t/a;ink.highTechPollutionFree=false | NON_COMPLIANT
      light-6-small-ink-plants | ink.totalPlantCapacity=301 t/a;ink.highTechPollutionFree=false | COMPLIANT
      light-6-small-ink-plants | ink.totalPlantCapacity=200 t/a;ink.highTechPollutionFree=true | COMPLIANT
      light-6-small-ink-plants | ink.totalPlantCapacity=200 t/a | INSUFFICIENT_DATA
      light-4-ultra-thin-plastic-shopping-bags | plastics.shoppingBagThickness=0.024 mm | NON_COMPLIANT
      light-4-ultra-thin-plastic-shopping-bags | plastics.shoppingBagThickness=0.025 mm | COMPLIANT
      light-25-isoelectric-ion-exchange-glutamate-small-msg | glutamate.isoelectricIonExchange=true;msg.plantCapacity=10 10^4 t/a | NON_COMPLIANT
      light-25-isoelectric-ion-exchange-glutamate-small-msg | glutamate.isoelectricIonExchange=false;msg.plantCapacity=5 10^4 t/a | NON_COMPLIANT
      light-25-isoelectric-ion-exchange-glutamate-small-msg | glutamate.isoelectricIonExchange=false;msg.plantCapacity=5.01 10^4 t/a | COMPLIANT
      light-25-isoelectric-ion-exchange-glutamate-small-msg | msg.plantCapacity=5.01 10^4 t/a | INSUFFICIENT_DATA
      textile-2-listed-silk-machines | equipment.model=ZD647 | NON_COMPLIANT
      textile-2-listed-silk-machines | equipment.model=K251A | NON_COMPLIANT
      textile-2-listed-silk-machines | equipment.model=K251B | COMPLIANT
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
