package org.phaseout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.BundledEntryProbe.CQ_10TH;
import static org.phaseout.BundledEntryProbe.CQ_35TH_URBAN_PARK;
import static org.phaseout.BundledEntryProbe.GB_BAYER_PROCESS;
import static org.phaseout.BundledEntryProbe.GB_LIQUID_AC;
import static org.phaseout.BundledEntryProbe.assess;
import static org.phaseout.BundledEntryProbe.finding;
import static org.phaseout.EvaluationFixtures.aluminaRefinery;
import static org.phaseout.EvaluationFixtures.coalBoiler;
import static org.phaseout.EvaluationFixtures.fact;
import static org.phaseout.EvaluationFixtures.measured;
import static org.phaseout.EvaluationFixtures.potline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.phaseout.capacity.ProductionUnit;

/**
 * Specification of a finding's explanation ({@link Condition} tree) and summary: every node says which
 * sub-condition was true, false or unknown, with the value found and the value expected, in Chinese and English.
 */
class ExplanationTest {

  private static final ProductionUnit PARK_BOILER = coalBoiler("cq-boiler-6th", "6 t/h")
      .putFacts("location.industrialPark", fact(true))
      .build();

  private static Condition explanation(ProductionUnit unit, String entryId) {
    return finding(assess(unit), entryId).explanation();
  }

  private static void assertBilingual(Condition c) {
    assertFalse(c.text().zh().isBlank(), "zh text");
    assertFalse(c.text().en().isBlank(), "en text");
    assertTrue(c.text().zh().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp)
        == Character.UnicodeScript.HAN), "the zh text is Chinese: " + c.text().zh());
    c.parts().forEach(ExplanationTest::assertBilingual);
  }

  @Test
  void aSingleComparisonIsOneLeafWithTheValueFoundAndTheLimitExpected() {
    Condition c = explanation(PARK_BOILER, CQ_10TH);
    assertEquals(Truth.TRUE, c.truth());
    assertTrue(c.parts().isEmpty());
    assertEquals(Optional.of("6 t/h"), c.actual());
    assertEquals(Optional.of("10 t/h"), c.expected());
    assertEquals("额定产能或规模（unit.ratedCapacity）<= 10 t/h（以下，含本数）：报告值 6 t/h → 成立", c.text().zh());
    assertEquals("rated capacity or size (unit.ratedCapacity) <= 10 t/h (以下: the limit itself is included): "
        + "reported 6 t/h → true", c.text().en());
  }

  @Test
  void aCombinationShowsEachSubConditionTrueFalseOrUnknown() {
    Condition root = explanation(PARK_BOILER, CQ_35TH_URBAN_PARK);
    assertBilingual(root);
    assertEquals(Truth.TRUE, root.truth());
    assertEquals("以下条件全部成立：成立", root.text().zh());
    assertEquals("all of the following hold: true", root.text().en());
    assertEquals(Optional.empty(), root.actual(), "a combination compares nothing itself");
    assertEquals(2, root.parts().size());

    Condition capacity = root.parts().get(0);
    assertEquals(Truth.TRUE, capacity.truth());
    assertEquals(Optional.of("6 t/h"), capacity.actual());
    assertEquals(Optional.of("35 t/h"), capacity.expected());

    Condition areas = root.parts().get(1);
    assertEquals(Truth.TRUE, areas.truth());
    assertEquals("以下条件至少一项成立：成立", areas.text().zh());
    assertEquals("at least one of the following holds: true", areas.text().en());

    Condition urban = areas.parts().get(0);
    assertEquals(Truth.UNKNOWN, urban.truth());
    assertEquals(Optional.empty(), urban.actual(), "nothing was reported");
    assertEquals(Optional.of("true"), urban.expected());
    assertTrue(urban.text().zh().startsWith("位于城市建成区（location.urbanBuiltUpArea）"), urban.text().zh());
    assertTrue(urban.text().zh().endsWith("未报告 → 无法判断（数据不足）"), urban.text().zh());
    assertTrue(urban.text().en().endsWith("not reported → unknown (data missing)"), urban.text().en());

    Condition park = areas.parts().get(1);
    assertEquals(Truth.TRUE, park.truth());
    assertEquals(Optional.of("true"), park.actual());
    assertTrue(park.text().zh().contains("位于工业园区（location.industrialPark）"), park.text().zh());
    assertTrue(park.text().en().contains("located in an industrial park (location.industrialPark)"),
        park.text().en());
  }

  @Test
  void aFalseSubConditionIsShownFalseWithTheValueThatMadeItSo() {
    ProductionUnit large = coalBoiler("large", "35.1 t/h").putFacts("location.industrialPark", fact(true)).build();
    Condition root = explanation(large, CQ_35TH_URBAN_PARK);
    assertEquals(Truth.FALSE, root.truth());
    assertEquals("以下条件全部成立：不成立", root.text().zh());
    Condition capacity = root.parts().get(0);
    assertEquals(Truth.FALSE, capacity.truth());
    assertEquals(Optional.of("35.1 t/h"), capacity.actual());
    assertTrue(capacity.text().zh().endsWith("报告值 35.1 t/h → 不成立"), capacity.text().zh());
    assertTrue(capacity.text().en().endsWith("reported 35.1 t/h → false"), capacity.text().en());
    assertEquals(Truth.TRUE, root.parts().get(1).truth(), "the park condition still holds");
  }

  @Test
  void aMissingValueIsShownUnknownAndNamesTheLimitItWouldBeComparedWith() {
    Condition c = explanation(coalBoiler("bare", null).build(), CQ_10TH);
    assertEquals(Truth.UNKNOWN, c.truth());
    assertEquals(Optional.empty(), c.actual());
    assertEquals(Optional.of("10 t/h"), c.expected());
    assertTrue(c.text().zh().contains("未报告"), c.text().zh());
    assertTrue(c.text().en().contains("not reported"), c.text().en());
  }

  @Test
  void anExclusiveLimitWordIsExplainedAsExcludingTheLimit() {
    ProductionUnit unit = potline("p").putMeasurements("aluminium.liquid-ac-consumption", measured("13350 kWh/t"))
        .build();
    Condition c = explanation(unit, GB_LIQUID_AC);
    assertEquals(Truth.FALSE, c.truth());
    assertEquals(Optional.of("13350 kWh/t"), c.actual());
    assertEquals(Optional.of("13350 kWh/t"), c.expected());
    assertTrue(c.text().zh().contains("（超过，不含本数）"), c.text().zh());
    assertTrue(c.text().zh().startsWith("铝液交流电耗（aluminium.liquid-ac-consumption）"), c.text().zh());
    assertTrue(c.text().en().contains("(超过: the limit itself is excluded)"), c.text().en());
  }

  @Test
  void anUnknownProcessAndAKnownEnergyShowWhichPartIsMissing() {
    ProductionUnit unit = aluminaRefinery("a").putMeasurements("alumina.process-energy", measured("500 kgce/t"))
        .build();
    Condition root = explanation(unit, GB_BAYER_PROCESS);
    assertEquals(Truth.UNKNOWN, root.truth());
    assertEquals("条目判定：无法判断（数据不足）", root.text().zh());
    assertEquals("entry: unknown (data insufficient)", root.text().en());
    assertEquals(List.of(Truth.UNKNOWN, Truth.TRUE), root.parts().stream().map(Condition::truth).toList());
    assertTrue(root.parts().get(0).text().en().startsWith("scope: "), root.parts().get(0).text().en());
    assertTrue(root.parts().get(1).text().en().startsWith("criterion: "), root.parts().get(1).text().en());
    assertEquals(Optional.of("bayer"), root.parts().get(0).expected());
    assertEquals(Optional.of("500 kgce/t"), root.parts().get(1).actual());
    assertEquals(Optional.of("430 kgce/t"), root.parts().get(1).expected());
  }

  @Test
  void theSummaryStatesVerdictEntryValuesBasisActionAndLeadInBothLanguages() {
    Finding f = finding(assess(PARK_BOILER), CQ_10TH);
    String zh = f.summary().zh();
    String en = f.summary().en();
    assertTrue(zh.startsWith("不达标：加快淘汰10蒸吨/小时以下的燃煤锅炉"), zh);
    assertTrue(zh.contains("实测/限值 6 t/h / 10 t/h（以下）"), zh);
    assertTrue(zh.contains("依据：渝制造强市办〔2025〕4号 一、主要任务"), zh);
    assertTrue(zh.contains("处置：淘汰"), zh);
    assertTrue(zh.contains("牵头部门：市生态环境局"), zh);
    assertTrue(en.startsWith("Non-compliant: Accelerate the elimination of coal-fired boilers"), en);
    assertTrue(en.contains("Measured / threshold 6 t/h / 10 t/h (以下)"), en);
    assertTrue(en.contains("Action: eliminate"), en);
    assertTrue(en.contains("Lead: Chongqing Municipal Ecology and Environment Bureau"), en);
  }

  @Test
  void theSummaryOfAnUndecidedFindingSaysDataIsMissingAndProposesNoAction() {
    Finding f = finding(assess(coalBoiler("bare", null).build()), CQ_10TH);
    assertTrue(f.summary().zh().startsWith("数据不足，无法判定："), f.summary().zh());
    assertTrue(f.summary().en().startsWith("Insufficient data to decide: "), f.summary().en());
    assertFalse(f.summary().zh().contains("处置"), f.summary().zh());
  }

  @Test
  void theReportJsonCarriesTheExplanationTreeWithTruthsAndValues() throws IOException {
    JsonNode report = new ObjectMapper().readTree(
        EvaluationFixtures.evaluator().evaluate(PARK_BOILER, EvaluationFixtures.PLAN_YEAR_END).toJson());
    JsonNode finding = null;
    for (JsonNode f : report.get("units").get(0).get("findings")) {
      if (f.get("entryId").asText().equals(CQ_35TH_URBAN_PARK)) {
        finding = f;
      }
    }
    assertNotNull(finding, "finding present");
    JsonNode explanation = finding.get("explanation");
    assertEquals("true", explanation.get("truth").asText());
    assertEquals("6 t/h", explanation.get("parts").get(0).get("actual").asText());
    assertEquals("35 t/h", explanation.get("parts").get(0).get("expected").asText());
    JsonNode urban = explanation.get("parts").get(1).get("parts").get(0);
    assertEquals("unknown", urban.get("truth").asText());
    assertFalse(urban.has("actual"), "an unreported value is absent, not null");
    assertTrue(urban.get("text").get("zh").asText().contains("未报告"));
    assertTrue(urban.get("text").get("en").asText().contains("not reported"));
    assertEquals("non-compliant", finding.get("verdict").asText());
    assertEquals("以下", finding.get("thresholdWording").asText());
    assertTrue(finding.get("deadline").isNull());
  }
}
