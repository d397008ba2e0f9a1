package org.phaseout.catalogs;

import static org.phaseout.catalogs.BundledData.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.Finding;
import org.phaseout.UnitAssessment;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.LocalizedText;

/**
 * How the quality and licensing tests (产品质量与生产许可) probe the bundled catalogues: fictitious enterprises with
 * valid credit codes and the enterprise facts they report, their sites and units, and the findings of an assessment.
 */
final class QualityEnterpriseProbe {

  private QualityEnterpriseProbe() {}

  static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  static final ComplianceEvaluator EVALUATOR = ComplianceEvaluator.of(BundledData.catalogues());

  static Enterprise enterprise(String creditCode, String division, String industry,
      Map<String, FactValue> facts) {
    return Enterprise.builder().creditCode(CreditCode.parse(creditCode)).name("渝州示例钢铁有限公司（虚构）")
        .division(DivisionCode.parse(division)).industry(IndustryCode.parse(industry)).putAllFacts(facts).build();
  }

  static Enterprise chongqingSteel(Map<String, FactValue> facts) {
    return enterprise("91500101QA00000213", "500101", "C3130", facts);
  }

  static UnitAssessment assess(ProductionUnit unit, LocalDate asOf) {
    return EVALUATOR.evaluate(unit, asOf).units().get(0);
  }

  static ProductionUnit site(Enterprise e) {
    return ProductionUnit.builder().id("site").enterprise(e).kind("enterprise-site").build();
  }

  static ProductionUnit unit(Enterprise e, String kind, Consumer<ProductionUnit.Builder> setup) {
    ProductionUnit.Builder b = ProductionUnit.builder().id("u1").enterprise(e).kind(kind);
    setup.accept(b);
    return b.build();
  }

  static Optional<Finding> finding(UnitAssessment a, String entryId) {
    return a.findings().stream().filter(f -> f.entry().entryId().equals(entryId)).findFirst();
  }

  static Finding required(UnitAssessment a, String entryId) {
    return finding(a, entryId).orElseThrow(() -> new AssertionError(entryId + " gave no finding"));
  }

  static List<String> zh(List<LocalizedText> names) {
    return names.stream().map(LocalizedText::zh).toList();
  }

  static final Verdict NC = Verdict.NON_COMPLIANT;

  static final Verdict OK = Verdict.COMPLIANT;

  static final Verdict NA = Verdict.INSUFFICIENT_DATA;
}
