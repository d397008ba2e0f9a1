package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.measure.Quantity;

/**
 * The Chongqing plan's soil task (土壤方面): "以涉及5类重金属（铅、汞、镉、铬、砷）排放行业为监管重点，优化涉重金属企业落后产能淘汰退出工作
 * （市生态环境局负责，各区县政府具体落实）" — a unit that discharges one of the five heavy metals and has capacity of the 淘汰类
 * is a case for the environment authority.
 */
class HeavyMetalEnterprisesTest {

  private static final String ENTRY = "cq-2025.environment.heavy-metal-backward-capacity";
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private static final ComplianceEvaluator EVALUATOR = ComplianceEvaluator.of(BundledData.catalogues());

  /** A secondary-lead plant in 大足区 (铅锌冶炼 C3212) that melts without crucibles. */
  private static Optional<Finding> secondaryLead(String tonnesPerYear, Consumer<ProductionUnit.Builder> data) {
    Enterprise e = Enterprise.builder().creditCode(CreditCode.parse("91500101PH00000014")).name("示例再生铅有限公司（虚构）")
        .division(DivisionCode.parse("500111")).industry(IndustryCode.parse("C3212")).build();
    ProductionUnit.Builder b = ProductionUnit.builder().id("lead-1").enterprise(e).kind("secondary-lead-plant")
        .ratedCapacity(Quantity.parse(tonnesPerYear + " 10^4 t/a"))
        .putFacts("secondary-metal.crucibleMelting", FactValue.of(false));
    data.accept(b);
    return EVALUATOR.evaluate(b.build(), AS_OF).units().get(0).findings().stream()
        .filter(f -> f.entry().entryId().equals(ENTRY)).findFirst();
  }

  private static Consumer<ProductionUnit.Builder> discharges(boolean value) {
    return b -> b.putFacts("environment.fiveHeavyMetalsDischarged", FactValue.of(value));
  }

  @Test
  void aHeavyMetalPlantWithEliminatedCapacityIsACaseForTheEnvironmentBureau() {
    Finding f = secondaryLead("1", discharges(true)).orElseThrow();
    assertEquals(Verdict.NON_COMPLIANT, f.verdict(), "1万吨/年以下再生铅: 以下 includes 1万吨");
    assertEquals(List.of("市生态环境局"), f.departments().lead().stream().map(t -> t.zh()).toList());
    assertEquals(List.of("各区县政府（含两江新区、西部科学城重庆高新区、万盛经开区管委会）"),
        f.departments().implementing().stream().map(t -> t.zh()).toList());
  }

  @Test
  void withoutEliminatedCapacityThereIsNothingToExit() {
    assertEquals(Verdict.COMPLIANT, secondaryLead("1.1", discharges(true)).orElseThrow().verdict(),
        "1.1万吨/年 is above the 淘汰类 limit and melts without crucibles");
  }

  @Test
  void aPlantThatDischargesNoneOfTheFiveIsNotUnderTheTask() {
    assertEquals(Verdict.COMPLIANT, secondaryLead("1", discharges(false)).orElseThrow().verdict());
  }

  @Test
  void whetherThePlantDischargesTheFiveMustBeReported() {
    assertEquals(Verdict.INSUFFICIENT_DATA, secondaryLead("1", b -> { }).orElseThrow().verdict(),
        "not reported is never a pass");
  }

  @Test
  void unitsOfOtherKindsAreNotAsked() {
    Enterprise e = Enterprise.builder().creditCode(CreditCode.parse("91500101PH00000014")).name("示例机械有限公司（虚构）")
        .division(DivisionCode.parse("500111")).industry(IndustryCode.parse("C3411")).build();
    ProductionUnit motor = ProductionUnit.builder().id("m-1").enterprise(e).kind("motor").build();
    assertTrue(EVALUATOR.evaluate(motor, AS_OF).units().get(0).findings().stream()
        .noneMatch(f -> f.entry().entryId().equals(ENTRY)));
  }
}
