package org.phaseout.internal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.phaseout.Condition;
import org.phaseout.EvaluationFixtures;
import org.phaseout.Truth;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.Criterion.Operand;
import org.phaseout.measure.Quantity;

/**
 * Specification of {@link CriterionEvaluation}: Kleene three-valued logic over the criteria of the real entries, and
 * over combinations of their own leaves for the node kinds the bundled entries do not use yet.
 */
class CriterionEvaluationTest {

  private static final CatalogueSet CATALOGUES = EvaluationFixtures.catalogues();
  private static final CriterionEvaluation EVALUATION = new CriterionEvaluation(CATALOGUES.vocabulary());

  private static Criterion criterion(String entryId) {
    return CATALOGUES.entry(entryId).flatMap(CatalogueEntry::criterion).orElseThrow();
  }

  /** The 以下 10 t/h comparison of the Chongqing plan. */
  private static final Criterion TEN_TONNES = criterion("cq-2025.environment.coal-boiler-10th");
  /** The heat-network comparison of the Chongqing plan. */
  private static final Criterion HEAT_NETWORK = criterion("cq-2025.environment.coal-boiler-heat-network");

  private static ProductionUnit boiler(String capacity, Boolean heatNetwork) {
    ProductionUnit.Builder b = EvaluationFixtures.coalBoiler("b", capacity);
    if (heatNetwork != null) {
      b.putFacts("location.heatNetworkCoverage", FactValue.of(heatNetwork));
    }
    return b.build();
  }

  private static Truth truth(Criterion c, ProductionUnit unit) {
    return EVALUATION.evaluate(c, unit).condition().truth();
  }

  @Test
  void allIsFalseAsSoonAsOnePartIsFalseEvenIfAnotherIsUnknown() {
    Criterion all = new Criterion.All(List.of(TEN_TONNES, HEAT_NETWORK));
    assertEquals(Truth.FALSE, truth(all, boiler(null, false)));
    assertEquals(Truth.UNKNOWN, truth(all, boiler(null, true)));
    assertEquals(Truth.TRUE, truth(all, boiler("6 t/h", true)));
    assertEquals(Truth.FALSE, truth(all, boiler("11 t/h", null)));
  }

  @Test
  void anyIsTrueAsSoonAsOnePartIsTrueEvenIfAnotherIsUnknown() {
    Criterion any = new Criterion.Any(List.of(TEN_TONNES, HEAT_NETWORK));
    assertEquals(Truth.TRUE, truth(any, boiler(null, true)));
    assertEquals(Truth.UNKNOWN, truth(any, boiler(null, false)));
    assertEquals(Truth.FALSE, truth(any, boiler("11 t/h", false)));
  }

  @Test
  void notKeepsUnknownUnknown() {
    Criterion not = new Criterion.Not(TEN_TONNES);
    assertEquals(Truth.UNKNOWN, truth(not, boiler(null, null)));
    assertEquals(Truth.FALSE, truth(not, boiler("6 t/h", null)));
    Condition c = EVALUATION.evaluate(not, boiler("6 t/h", null)).condition();
    assertEquals("以下条件不成立：不成立", c.text().zh());
    assertEquals(Truth.TRUE, c.parts().get(0).truth());
  }

  @Test
  void presenceIsNeverUnknown() {
    Criterion present = new Criterion.Presence(new Operand(Operand.Source.FACT, "unit.ratedCapacity"));
    assertEquals(Truth.FALSE, truth(present, boiler(null, null)));
    assertEquals(Truth.TRUE, truth(present, boiler("6 t/h", null)));
    Criterion indicator = new Criterion.Presence(new Operand(Operand.Source.INDICATOR,
        "aluminium.liquid-ac-consumption"));
    assertEquals(Truth.FALSE, truth(indicator, boiler("6 t/h", null)));
  }

  @Test
  void membershipReadsATextFactAndIsUnknownWithoutIt() {
    Set<String> processes = CATALOGUES.vocabulary().attribute("alumina.process").orElseThrow().allowedValues();
    Criterion in = new Criterion.Membership(new Operand(Operand.Source.FACT, "alumina.process"), processes);
    ProductionUnit none = EvaluationFixtures.aluminaRefinery("r").build();
    ProductionUnit bayer = EvaluationFixtures.aluminaRefinery("r").putFacts("alumina.process",
        FactValue.of("bayer")).build();
    assertEquals(Truth.UNKNOWN, truth(in, none));
    assertEquals(Truth.TRUE, truth(in, bayer));
    Condition c = EVALUATION.evaluate(in, bayer).condition();
    assertEquals(Optional.of("{bayer, other}"), c.expected(), "codes listed in sorted order");
    assertEquals(Optional.of("bayer"), c.actual());
  }

  @Test
  void aRangeHonoursTheInclusivenessOfEachBound() {
    // the bounds are the two limits the Chongqing plan states, combined only to exercise the range node
    Quantity ten = Quantity.parse("10 t/h");
    Quantity thirtyFive = Quantity.parse("35 t/h");
    Operand capacity = new Operand(Operand.Source.FACT, "unit.ratedCapacity");
    Criterion between = new Criterion.Range(capacity, ten, false, thirtyFive, true, "10（不含）至35（含）蒸吨/小时");
    assertEquals(Truth.FALSE, truth(between, boiler("10 t/h", null)));
    assertEquals(Truth.TRUE, truth(between, boiler("10.1 t/h", null)));
    assertEquals(Truth.TRUE, truth(between, boiler("35 t/h", null)));
    assertEquals(Truth.FALSE, truth(between, boiler("35.1 t/h", null)));
    assertEquals(Truth.UNKNOWN, truth(between, boiler(null, null)));
    Condition c = EVALUATION.evaluate(between, boiler("20 t/h", null)).condition();
    assertEquals(Optional.of("(10 t/h, 35 t/h]"), c.expected());
    assertTrue(c.text().en().contains("lies in (10 t/h, 35 t/h]"), c.text().en());
  }

  /** An activated-carbon plant of the 2024 淘汰类 item 煤炭 13, making one product at one rated capacity. */
  private static ProductionUnit carbonPlant(String product, String capacity) {
    return ProductionUnit.builder().id("ac-1").kind("activated-carbon-plant")
        .enterprise(EvaluationFixtures.enterprise("示例活性炭有限公司（虚构）", EvaluationFixtures.WANZHOU, "C2662", 7))
        .ratedCapacity(Quantity.parse(capacity)).putFacts("activatedcarbon.product", FactValue.of(product)).build();
  }

  @Test
  void theDecidingComparisonIsTheOneThatMadeTheBranchHoldNotTheFirstMet() {
    // 煤炭 13: "产能 5000 吨以下煤制活性炭，5 万吨以下煤制活性焦" — any[all[炭, ≤5000], all[焦, ≤50000]]
    Criterion item = criterion("cn-isac-2024.eliminated.coal-13-small-coal-activated-carbon-coke");
    CriterionEvaluation.Outcome coke = EVALUATION.evaluate(item, carbonPlant("activated-coke", "50000 t/a"));
    assertEquals(Truth.TRUE, coke.condition().truth(), "5 万吨以下 includes 50,000 t/a");
    assertEquals(Optional.of(Quantity.parse("50000 t/a")), coke.threshold(), "the coke limit decided, not 5000 t/a");
    assertEquals(Optional.of(Quantity.parse("50000 t/a")), coke.measured());
    CriterionEvaluation.Outcome carbon = EVALUATION.evaluate(item, carbonPlant("columnar", "4100 t/a"));
    assertEquals(Optional.of(Quantity.parse("5000 t/a")), carbon.threshold());
    CriterionEvaluation.Outcome bigCoke = EVALUATION.evaluate(item, carbonPlant("activated-coke", "60000 t/a"));
    assertEquals(Truth.FALSE, bigCoke.condition().truth());
    assertEquals(Optional.of(Quantity.parse("5000 t/a")), bigCoke.threshold(),
        "neither branch holds: the first part with a comparison that fails it");
    CriterionDecision.Deciding compact = new CriterionDecision.Deciding();
    assertEquals(Truth.TRUE, CriterionDecision.decide(item, carbonPlant("activated-coke", "50000 t/a"), compact));
    assertEquals(Quantity.parse("50000 t/a"), compact.threshold, "compact decides the same comparison");
  }

  @Test
  void anAllFailedByAPartWithoutAQuantityShowsNoComparison() {
    Criterion all = new Criterion.All(List.of(TEN_TONNES, HEAT_NETWORK));
    CriterionEvaluation.Outcome byNetwork = EVALUATION.evaluate(all, boiler("6 t/h", false));
    assertEquals(Truth.FALSE, byNetwork.condition().truth());
    assertEquals(Optional.empty(), byNetwork.threshold(), "6 t/h met its limit and did not decide");
    assertEquals(Optional.of(Quantity.parse("10 t/h")), EVALUATION.evaluate(all, boiler("6 t/h", true)).threshold());
  }

  @Test
  void anUnknownWholeShowsTheComparisonThatHeldWhenNoUnknownPartHasOne() {
    CriterionEvaluation.Outcome outcome = EVALUATION.evaluate(
        criterion("cq-2025.environment.coal-boiler-35th-urban-park"), boiler("6 t/h", null));
    assertEquals(Optional.of(Quantity.parse("6 t/h")), outcome.measured());
    assertEquals(Optional.of(Quantity.parse("35 t/h")), outcome.threshold());
    assertEquals(Optional.of("以下"), outcome.wording());
    CriterionEvaluation.Outcome bool = EVALUATION.evaluate(HEAT_NETWORK, boiler("6 t/h", true));
    assertEquals(Optional.empty(), bool.measured());
    assertEquals(Optional.empty(), bool.threshold());
  }
}
