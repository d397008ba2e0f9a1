package org.phaseout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.Measurement;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.measure.Quantity;

/** Compact findings decide exactly as full ones; only the explanation is shorter. */
class ExplanationLevelTest {

  private static final ComplianceEvaluator COMPACT = ComplianceEvaluator.builder()
      .catalogues(EvaluationFixtures.catalogues()).explanation(ExplanationLevel.COMPACT).build();

  private static List<ProductionUnit> units() {
    return List.of(
        EvaluationFixtures.coalBoiler("b-1", "6 t/h").putFacts("location.industrialPark", FactValue.of(true)).build(),
        EvaluationFixtures.coalBoiler("b-2", "35 t/h").build(),
        EvaluationFixtures.coalBoiler("b-3", null).build(),
        EvaluationFixtures.potline("p-1")
            .putMeasurements("aluminium.liquid-ac-consumption", Measurement.of(Quantity.parse("13351 kWh/t"))).build(),
        EvaluationFixtures.aluminaRefinery("a-1")
            .putMeasurements("alumina.process-energy", Measurement.of(Quantity.parse("500 kgce/t"))).build());
  }

  @Test
  void compactFindingsHaveTheSameVerdictsValuesAndDeadlinesAsFullOnes() {
    ComplianceReport full = EvaluationFixtures.evaluator().evaluate(units(), EvaluationFixtures.PLAN_YEAR_END);
    ComplianceReport compact = COMPACT.evaluate(units(), EvaluationFixtures.PLAN_YEAR_END);
    assertEquals(full.receipt(), compact.receipt());
    for (int u = 0; u < full.units().size(); u++) {
      UnitAssessment f = full.units().get(u);
      UnitAssessment c = compact.units().get(u);
      assertEquals(f.status(), c.status(), f.unitId());
      assertEquals(f.findings().size(), c.findings().size(), f.unitId());
      for (int i = 0; i < f.findings().size(); i++) {
        Finding ff = f.findings().get(i);
        Finding cf = c.findings().get(i);
        assertEquals(ff.verdict(), cf.verdict(), ff.entry().entryId());
        assertEquals(ff.measured(), cf.measured(), ff.entry().entryId());
        assertEquals(ff.threshold(), cf.threshold(), ff.entry().entryId());
        assertEquals(ff.deadline(), cf.deadline(), ff.entry().entryId());
        assertEquals(ff.summary(), cf.summary(), ff.entry().entryId());
        assertTrue(cf.explanation().parts().isEmpty(), "a compact explanation is one node");
        assertEquals(ff.explanation().truth(), cf.explanation().truth());
      }
    }
    assertTrue(compact.toJson().length < full.toJson().length);
  }

  @Test
  void forAnyUnitsTheCompactDecisionIsTheFullOneWithoutItsTree() {
    // two code paths decide: the compact walk and the traced one; they must agree on everything but the tree
    qt().withExamples(150).forAll(UnitGenerators.batches(4)).checkAssert(units -> {
      ComplianceReport full = EvaluationFixtures.evaluator().evaluate(units, EvaluationFixtures.PLAN_YEAR_END);
      ComplianceReport compact = COMPACT.evaluate(units, EvaluationFixtures.PLAN_YEAR_END);
      for (int u = 0; u < full.units().size(); u++) {
        UnitAssessment f = full.units().get(u);
        UnitAssessment c = compact.units().get(u);
        assertEquals(f.status(), c.status(), f.unitId());
        assertEquals(f.findings().size(), c.findings().size(), f.unitId());
        for (int i = 0; i < f.findings().size(); i++) {
          Finding ff = f.findings().get(i);
          Finding cf = c.findings().get(i);
          assertEquals(ff.explanation().truth(), cf.explanation().truth(), ff.entry().entryId());
          assertEquals(withoutExplanation(ff), withoutExplanation(cf), ff.entry().entryId());
        }
      }
    });
  }

  private static Finding withoutExplanation(Finding f) {
    return new Finding(f.unitId(), f.verdict(), f.dimension(), f.entry(), f.measured(), f.threshold(),
        f.thresholdWording(), f.action(), f.actionText(), f.deadline(), f.deadlineRule(), f.departments(),
        org.phaseout.internal.eval.CriterionEvaluation.bareNode(f.explanation().truth()));
  }

  @Test
  void aCompactReportWritesCompliantFindingsWithoutActionAndNoFindingWithSummaryOrExplanation() throws IOException {
    ComplianceReport compact = COMPACT.evaluate(units(), EvaluationFixtures.PLAN_YEAR_END);
    JsonNode root = new ObjectMapper().readTree(compact.toJson());
    assertEquals("compact", root.get("explanation").asText());
    Set<String> verdicts = new TreeSet<>();
    for (JsonNode unit : root.get("units")) {
      for (JsonNode f : unit.get("findings")) {
        String verdict = f.get("verdict").asText();
        verdicts.add(verdict);
        assertFalse(f.has("summary") || f.has("explanation"), f.toString());
        assertTrue(f.has("measured") && f.has("threshold") && f.has("thresholdWording"), f.toString());
        boolean compliant = verdict.equals("compliant");
        for (String field : List.of("action", "actionText", "deadline", "deadlineRule", "departments")) {
          assertEquals(!compliant, f.has(field), field + " in " + f);
        }
      }
    }
    assertEquals(Set.of("compliant", "non-compliant", "insufficient-data"), verdicts);
    JsonNode fullRoot = new ObjectMapper().readTree(EvaluationFixtures.evaluator()
        .evaluate(units(), EvaluationFixtures.PLAN_YEAR_END).toJson());
    assertEquals("full", fullRoot.get("explanation").asText());
    JsonNode failing = nonCompliant(fullRoot, "b-1");
    JsonNode failingCompact = nonCompliant(root, "b-1");
    for (String field : List.of("entryId", "verdict", "measured", "threshold", "deadline", "departments")) {
      assertEquals(failing.get(field), failingCompact.get(field), field);
    }
  }

  private static JsonNode nonCompliant(JsonNode report, String unitId) {
    for (JsonNode unit : report.get("units")) {
      for (JsonNode f : unit.get("findings")) {
        if (unit.get("unitId").asText().equals(unitId) && f.get("verdict").asText().equals("non-compliant")) {
          return f;
        }
      }
    }
    throw new AssertionError(unitId + " has a non-compliant finding");
  }

  @Test
  void theBuilderRejectsAMissingCatalogueSetAtBuild() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ComplianceEvaluator.builder().build());
    assertTrue(e.getMessage().contains("catalogues"), e.getMessage());
    assertEquals(ExplanationLevel.FULL, ComplianceEvaluator.of(EvaluationFixtures.catalogues()).explanationLevel());
  }
}
