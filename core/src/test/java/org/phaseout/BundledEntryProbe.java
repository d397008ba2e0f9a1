package org.phaseout;

import static org.phaseout.EvaluationFixtures.PLAN_YEAR_END;
import static org.phaseout.EvaluationFixtures.coalBoiler;
import static org.phaseout.EvaluationFixtures.fact;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.phaseout.capacity.ProductionUnit;

/**
 * The real bundled entries that the {@link ComplianceEvaluator} specification evaluates — the Chongqing 2025 plan's
 * coal-fired boiler tasks (以下 10 and 35 t/h), the national 2024 catalogue's boiler and prebake-cell items and the GB
 * 21346-2022 energy limits (单位产品能源消耗限额) — by id, and how the specification probes a unit's findings on them.
 */
final class BundledEntryProbe {

  private BundledEntryProbe() {}

  static final String CQ_HEAT_NETWORK = "cq-2025.environment.coal-boiler-heat-network";

  static final String CQ_10TH = "cq-2025.environment.coal-boiler-10th";

  static final String CQ_35TH_URBAN_PARK = "cq-2025.environment.coal-boiler-35th-urban-park";

  static final String CN_10TH = "cn-isac-2024.eliminated.coal-boiler-10th";

  static final String CN_FIXED_GRATE = "cn-isac-2024.eliminated.coal-boiler-fixed-grate";

  static final String CN_35TH_KEY_REGION = "cn-isac-2024.eliminated.coal-boiler-35th-key-region";

  static final String GB_LIQUID_AC = "gb21346-2022.aluminium.liquid-ac.grade3";

  static final String PREBAKE_CELLS_BELOW_160KA = "cn-isac-2024.eliminated.nonferrous-4-prebake-cells-below-160ka";

  static final String GB_BAYER_PROCESS = "gb21346-2022.alumina.bayer-process.grade3";

  static final String GB_BAYER_COMPREHENSIVE = "gb21346-2022.alumina.bayer-comprehensive.grade3";

  static final String GB_OTHER_PROCESS = "gb21346-2022.alumina.other-process.grade3";

  static final String GB_OTHER_COMPREHENSIVE = "gb21346-2022.alumina.other-comprehensive.grade3";

  static final ComplianceEvaluator EVALUATOR = EvaluationFixtures.evaluator();

  static UnitAssessment assess(ProductionUnit unit) {
    return assess(unit, PLAN_YEAR_END);
  }

  static UnitAssessment assess(ProductionUnit unit, LocalDate asOf) {
    return EVALUATOR.evaluate(unit, asOf).unit(unit.id()).orElseThrow();
  }

  static Optional<Finding> find(UnitAssessment assessment, String entryId) {
    return assessment.findings().stream().filter(f -> f.entry().entryId().equals(entryId)).findFirst();
  }

  static Finding finding(UnitAssessment assessment, String entryId) {
    return find(assessment, entryId).orElseThrow(() -> new AssertionError(
        "no finding of " + entryId + " among " + entryIds(assessment)));
  }

  static List<String> entryIds(UnitAssessment assessment) {
    return assessment.findings().stream().map(f -> f.entry().entryId()).toList();
  }

  static Verdict verdict(ProductionUnit unit, String entryId) {
    return finding(assess(unit), entryId).verdict();
  }

  /** A boiler in an industrial park, whose other location facts are reported as false. */
  static ProductionUnit boilerInPark(String capacity, boolean park) {
    return coalBoiler("boiler-1", capacity)
        .putFacts("location.industrialPark", fact(park))
        .putFacts("location.urbanBuiltUpArea", fact(false))
        .putFacts("location.heatNetworkCoverage", fact(false))
        .putFacts("location.airPollutionKeyRegion", fact(false))
        .putFacts("boiler.fixedGrate", fact(false))
        .build();
  }
}
