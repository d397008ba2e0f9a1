package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.QualityEnterpriseProbe.AS_OF;
import static org.phaseout.catalogs.QualityEnterpriseProbe.NA;
import static org.phaseout.catalogs.QualityEnterpriseProbe.NC;
import static org.phaseout.catalogs.QualityEnterpriseProbe.OK;
import static org.phaseout.catalogs.QualityEnterpriseProbe.assess;
import static org.phaseout.catalogs.QualityEnterpriseProbe.chongqingSteel;
import static org.phaseout.catalogs.QualityEnterpriseProbe.enterprise;
import static org.phaseout.catalogs.QualityEnterpriseProbe.required;
import static org.phaseout.catalogs.QualityEnterpriseProbe.site;
import static org.phaseout.catalogs.QualityEnterpriseProbe.unit;
import static org.phaseout.catalogs.QualityEnterpriseProbe.zh;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.phaseout.Finding;
import org.phaseout.UnitAssessment;
import org.phaseout.UnitStatus;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.Action;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.DeadlineRule;
import org.phaseout.catalogue.VerificationLevel;
import org.phaseout.measure.Quantity;

/**
 * The quality sentences of 工信部联产业〔2017〕30号, as specifications: capacity whose products fail mandatory standards
 * (达不到强制性标准) stops and rectifies within six months, and induction furnaces producing 地条钢 are closed and those
 * producing construction steel dismantled, with the wording of 30号 and the definition of 地条钢 and its flag.
 */
class MandatoryStandardsAndDitiaogangTest {

  private static final String BELOW_STANDARD = "cn-cs-2017.quality.below-mandatory-standard";

  private static final String DITIAOGANG = "cn-cs-2017.quality.ditiaogang-production";

  private static final String CONSTRUCTION_STEEL = "cn-cs-2017.quality.construction-steel-induction-furnace";

  @Test
  void capacityWhoseProductsFailMandatoryStandardsStopsAndRectifiesWithinSixMonths() {
    UnitAssessment a = assess(site(chongqingSteel(
        Map.of("enterprise.productBelowMandatoryStandard", FactValue.of(true)))), AS_OF);
    Finding f = required(a, BELOW_STANDARD);
    assertEquals(NC, f.verdict());
    assertEquals(Action.HALT_AND_RECTIFY, f.action());
    assertTrue(f.deadline().isEmpty(), "6 months from the order, whose date the engine is not given");
    assertEquals(List.of("市市场监管局"), zh(f.departments().lead()));
    assertEquals(OK, required(assess(site(chongqingSteel(
        Map.of("enterprise.productBelowMandatoryStandard", FactValue.of(false)))), AS_OF), BELOW_STANDARD).verdict());
    assertEquals(NA, required(assess(site(chongqingSteel(Map.of())), AS_OF), BELOW_STANDARD).verdict());

    DeadlineRule.AfterTrigger rule = assertInstanceOf(DeadlineRule.AfterTrigger.class,
        entry(BELOW_STANDARD).consequence().deadline());
    assertEquals(Period.ofMonths(6), rule.period());
    assertEquals("rectification-order", rule.trigger());
    assertEquals(LocalDate.of(2026, 2, 28), rule.deadlineAfter(LocalDate.of(2025, 8, 31)));
  }

  private static Consumer<ProductionUnit.Builder> furnace(Boolean ditiaogang, Boolean constructionSteel) {
    return b -> {
      b.ratedCapacity(Quantity.parse("5 t"));
      if (ditiaogang != null) {
        b.putFacts("steel.producesDitiaogang", FactValue.of(ditiaogang));
      }
      if (constructionSteel != null) {
        b.putFacts("steel.producesConstructionSteel", FactValue.of(constructionSteel));
      }
    };
  }

  private static UnitAssessment furnaceAssessment(Boolean ditiaogang, Boolean constructionSteel) {
    return assess(unit(chongqingSteel(Map.of()), "induction-furnace", furnace(ditiaogang, constructionSteel)),
        AS_OF);
  }

  @Test
  void anInductionFurnaceProducingDitiaogangIsClosed() {
    UnitAssessment a = furnaceAssessment(true, false);
    Finding f = required(a, DITIAOGANG);
    assertEquals(NC, f.verdict());
    assertEquals(Action.CLOSE, f.action());
    assertEquals(UnitStatus.EXIT_REQUIRED, a.status());
    assertEquals(OK, required(furnaceAssessment(false, false), DITIAOGANG).verdict());
    assertEquals(NA, required(furnaceAssessment(null, false), DITIAOGANG).verdict());
  }

  @Test
  void anInductionFurnaceProducingConstructionSteelIsDismantled() {
    Finding f = required(furnaceAssessment(false, true), CONSTRUCTION_STEEL);
    assertEquals(NC, f.verdict());
    assertEquals(Action.ELIMINATE, f.action());
    assertEquals("依法全面拆除", f.actionText().zh());
    assertTrue(f.deadline().isEmpty(), "30号 sets no date");
    assertEquals(List.of("市市场监管局", "市经济信息委"), zh(f.departments().lead()),
        "both Chongqing tasks on 地条钢 are named: 一、（三）3 and 一、（五）5");
    assertEquals(List.of("各区县政府（含两江新区、西部科学城重庆高新区、万盛经开区管委会）"),
        zh(f.departments().implementing()));
    assertEquals(OK, required(furnaceAssessment(false, false), CONSTRUCTION_STEEL).verdict());
    assertEquals(NA, required(furnaceAssessment(false, null), CONSTRUCTION_STEEL).verdict());
  }

  @Test
  void theDitiaogangEntriesCarryTheWordingOf30号AndTheDefinitionWithItsFlag() {
    assertEquals("严厉打击违法生产和销售“地条钢”行为", entry(DITIAOGANG).text().zh());
    assertEquals("依法全面拆除生产建筑用钢的工频炉、中频炉等装备。", entry(CONSTRUCTION_STEEL).text().zh());
    assertEquals(Set.of("induction-furnace"), entry(DITIAOGANG).applicability().unitKinds());
    String definition = entry(DITIAOGANG).provenance().note().orElseThrow();
    assertTrue(definition.contains("不能有效地进行成分和质量控制生产的钢及以其为原料轧制的钢材"));
    assertTrue(definition.contains("轧制的钢材”而非曾假定的“生产的钢材"), "the 轧制/生产 flag is kept");
    CatalogueEdition guidance = edition("cn-backward-capacity-comprehensive-standards@2017");
    assertEquals("工信部联产业〔2017〕30号", guidance.documentNumber());
    assertEquals(LocalDate.of(2017, 2, 17), guidance.validity().start());
    assertEquals(LocalDate.of(2017, 3, 9), guidance.published());
    assertEquals(16, guidance.issuers().size());
    for (CatalogueEntry e : guidance.entries()) {
      assertEquals(VerificationLevel.OFFICIAL, e.provenance().verification(), e.id());
      assertFalse(e.departments().isEmpty(), e.id());
    }
  }
}
