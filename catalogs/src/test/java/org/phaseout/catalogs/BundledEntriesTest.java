package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.Finding;
import org.phaseout.UnitAssessment;
import org.phaseout.UnitStatus;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.capacity.Measurement;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.measure.Quantity;

/**
 * Every bundled entry evaluated end to end on realistic units: just at and just past each threshold, and without
 * the data it needs. Enterprises are fictitious; their credit codes are valid.
 */
class BundledEntriesTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static final ComplianceEvaluator EVALUATOR = ComplianceEvaluator.of(BundledData.catalogues());
  private static final Enterprise CHONGQING = Enterprise.builder()
      .creditCode(CreditCode.parse("91500101PH00000014")).name("示例热力有限公司（虚构）")
      .division(DivisionCode.parse("500101")).industry(IndustryCode.parse("D4430")).build();

  private static Verdict verdict(String entryId, String kind, Consumer<ProductionUnit.Builder> setup) {
    ProductionUnit.Builder b = ProductionUnit.builder().id("u").enterprise(CHONGQING).kind(kind);
    setup.accept(b);
    UnitAssessment a = EVALUATOR.evaluate(b.build(), AS_OF).units().get(0);
    return a.findings().stream().filter(f -> f.entry().entryId().equals(entryId)).map(Finding::verdict).findFirst()
        .orElseThrow(() -> new AssertionError(entryId + " gave no finding"));
  }

  private static Consumer<ProductionUnit.Builder> boiler(String capacity, Map<String, Boolean> facts) {
    return b -> {
      if (capacity != null) {
        b.ratedCapacity(Quantity.parse(capacity));
      }
      facts.forEach((k, v) -> b.putFacts(k, FactValue.of(v)));
    };
  }

  private static Consumer<ProductionUnit.Builder> measured(String indicator, String value, Map<String, String> text) {
    return b -> {
      if (value != null) {
        b.putMeasurements(indicator, Measurement.of(Quantity.parse(value)));
      }
      text.forEach((k, v) -> b.putFacts(k, FactValue.of(v)));
    };
  }

  @Test
  void chongqing10TonneRuleCatchesTheLimitItselfAndNothingAbove() {
    String id = "cq-2025.environment.coal-boiler-10th";
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, "coal-fired-boiler", boiler("10 t/h", Map.of())));
    assertEquals(Verdict.COMPLIANT, verdict(id, "coal-fired-boiler", boiler("10.01 t/h", Map.of())));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "coal-fired-boiler", boiler(null, Map.of())));
  }

  @Test
  void chongqing35TonneRuleNeedsAnUrbanBuiltUpAreaOrIndustrialPark() {
    String id = "cq-2025.environment.coal-boiler-35th-urban-park";
    Map<String, Boolean> park = Map.of("location.industrialPark", true);
    Map<String, Boolean> neither = Map.of("location.industrialPark", false, "location.urbanBuiltUpArea", false);
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, "coal-fired-boiler", boiler("35 t/h", park)));
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, "coal-fired-boiler",
        boiler("35 t/h", Map.of("location.urbanBuiltUpArea", true))));
    assertEquals(Verdict.COMPLIANT, verdict(id, "coal-fired-boiler", boiler("35.1 t/h", park)));
    assertEquals(Verdict.COMPLIANT, verdict(id, "coal-fired-boiler", boiler("35 t/h", neither)));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "coal-fired-boiler", boiler("35 t/h", Map.of())));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "coal-fired-boiler", boiler(null, park)));
  }

  @Test
  void chongqingHeatNetworkRuleHasNoCapacityLimit() {
    String id = "cq-2025.environment.coal-boiler-heat-network";
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, "coal-fired-boiler",
        boiler("130 t/h", Map.of("location.heatNetworkCoverage", true))));
    assertEquals(Verdict.COMPLIANT, verdict(id, "coal-fired-boiler",
        boiler("130 t/h", Map.of("location.heatNetworkCoverage", false))));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "coal-fired-boiler", boiler("130 t/h", Map.of())));
  }

  @Test
  void nationalBoilerItemsAtAndPastTheirLimits() {
    String coal = "cn-isac-2024.eliminated.coal-boiler-10th";
    assertEquals(Verdict.NON_COMPLIANT, verdict(coal, "coal-fired-boiler", boiler("10 t/h", Map.of())));
    assertEquals(Verdict.COMPLIANT, verdict(coal, "coal-fired-boiler", boiler("10.5 t/h", Map.of())));
    String biomass = "cn-isac-2024.eliminated.biomass-boiler-2th";
    assertEquals(Verdict.NON_COMPLIANT, verdict(biomass, "biomass-boiler", boiler("2 t/h", Map.of())));
    assertEquals(Verdict.COMPLIANT, verdict(biomass, "biomass-boiler", boiler("2.1 t/h", Map.of())));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(biomass, "biomass-boiler", boiler(null, Map.of())));
    String key = "cn-isac-2024.eliminated.coal-boiler-35th-key-region";
    Map<String, Boolean> inKeyRegion = Map.of("location.airPollutionKeyRegion", true);
    assertEquals(Verdict.NON_COMPLIANT, verdict(key, "coal-fired-boiler", boiler("35 t/h", inKeyRegion)));
    assertEquals(Verdict.COMPLIANT, verdict(key, "coal-fired-boiler", boiler("35.1 t/h", inKeyRegion)));
    assertEquals(Verdict.COMPLIANT, verdict(key, "coal-fired-boiler",
        boiler("20 t/h", Map.of("location.airPollutionKeyRegion", false))));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(key, "coal-fired-boiler", boiler("20 t/h", Map.of())));
  }

  @Test
  void nationalCategoricalBoilerItems() {
    String grate = "cn-isac-2024.eliminated.coal-boiler-fixed-grate";
    assertEquals(Verdict.NON_COMPLIANT, verdict(grate, "coal-fired-boiler",
        boiler("75 t/h", Map.of("boiler.fixedGrate", true))));
    assertEquals(Verdict.COMPLIANT, verdict(grate, "coal-fired-boiler",
        boiler("75 t/h", Map.of("boiler.fixedGrate", false))));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(grate, "coal-fired-boiler", boiler("75 t/h", Map.of())));
    String oil = "cn-isac-2024.eliminated.oil-boiler-power-generation";
    assertEquals(Verdict.NON_COMPLIANT, verdict(oil, "oil-fired-boiler",
        boiler("20 t/h", Map.of("boiler.mainlyPowerGeneration", true))));
    assertEquals(Verdict.COMPLIANT, verdict(oil, "oil-fired-boiler",
        boiler("20 t/h", Map.of("boiler.mainlyPowerGeneration", false))));
  }

  @Test
  void everyGb21346LimitIsMetAtTheValueAndFailedJustAboveIt() {
    for (CatalogueEntry entry : BundledData.catalogues().editions().stream()
        .filter(e -> e.catalogueId().equals("gb-21346")).findFirst().orElseThrow().entries()) {
      String kind = new TreeSet<>(entry.applicability().unitKinds()).first();
      String indicator = indicatorOf(entry);
      Quantity limit = limitOf(entry);
      Map<String, String> process = kind.equals("alumina-refinery")
          ? Map.of("alumina.process", entry.id().contains(".bayer-") ? "bayer" : "other")
          : Map.of();
      String at = limit.toString();
      String above = Quantity.of(limit.value().add(new BigDecimal("0.1")), limit.unit()).toString();
      assertEquals(Verdict.COMPLIANT, verdict(entry.id(), kind, measured(indicator, at, process)), entry.id());
      assertEquals(Verdict.NON_COMPLIANT, verdict(entry.id(), kind, measured(indicator, above, process)), entry.id());
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(entry.id(), kind, measured(indicator, null, process)),
          entry.id());
      if (!process.isEmpty()) {
        assertEquals(Verdict.INSUFFICIENT_DATA, verdict(entry.id(), kind, measured(indicator, above, Map.of())),
            entry.id() + " without the process");
      }
    }
  }

  @Test
  void aBoilerOf6TonnesInAnIndustrialParkMustExitUnderThreeEntries() {
    ProductionUnit unit = ProductionUnit.builder().id("boiler-1").enterprise(CHONGQING).kind("coal-fired-boiler")
        .ratedCapacity(Quantity.parse("6 t/h")).putFacts("location.industrialPark", FactValue.of(true)).build();
    UnitAssessment a = EVALUATOR.evaluate(unit, AS_OF).units().get(0);
    assertEquals(UnitStatus.EXIT_REQUIRED, a.status());
    assertEquals(3, a.findings().stream().filter(f -> f.verdict() == Verdict.NON_COMPLIANT).count());
    Finding cq = a.findings().stream().filter(f -> f.entry().entryId().equals("cq-2025.environment.coal-boiler-10th"))
        .findFirst().orElseThrow();
    assertEquals("市生态环境局", cq.departments().lead().get(0).zh());
    assertTrue(cq.deadline().isEmpty(), "the plan sets no date and none is invented");
    assertTrue(cq.deadlineRule().contains("未规定"));
  }

  private static String indicatorOf(CatalogueEntry entry) {
    return comparison(entry).operand().key();
  }

  private static Quantity limitOf(CatalogueEntry entry) {
    return ((FactValue.QuantityFact) comparison(entry).value()).value();
  }

  private static org.phaseout.catalogue.Criterion.Comparison comparison(CatalogueEntry entry) {
    org.phaseout.catalogue.Criterion c = entry.criterion().orElseThrow();
    if (c instanceof org.phaseout.catalogue.Criterion.All all) {
      c = all.parts().get(all.parts().size() - 1);
    }
    return (org.phaseout.catalogue.Criterion.Comparison) c;
  }
}
