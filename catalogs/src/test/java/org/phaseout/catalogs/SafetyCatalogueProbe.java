package org.phaseout.catalogs;

import static org.phaseout.catalogs.BundledData.entry;

import java.time.LocalDate;
import java.util.Map;
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
import org.phaseout.measure.Quantity;

/**
 * How the tests of the safety elimination catalogues (淘汰落后安全技术装备、工艺目录) probe them: the editions' keys,
 * fictitious enterprises with valid credit codes in Chongqing and Taiyuan, units described by their facts, and the
 * limits, series and deadlines read from an entry.
 */
final class SafetyCatalogueProbe {

  private SafetyCatalogueProbe() {}

  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  static final ComplianceEvaluator EVALUATOR = ComplianceEvaluator.of(BundledData.catalogues());

  static final Enterprise QIJIANG_MINE = enterprise("91500110MA60000T10", "示例矿业有限公司（虚构）", "500110", "B10");

  static Enterprise enterprise(String code, String name, String division, String industry) {
    return Enterprise.builder().creditCode(CreditCode.parse(code)).name(name).division(DivisionCode.parse(division))
        .industry(IndustryCode.parse(industry)).build();
  }

  /** Facts of a unit: booleans, text codes and quantities; the key {@code capacity} sets the rated capacity. */
  static Consumer<ProductionUnit.Builder> facts(Map<String, ?> facts) {
    return b -> facts.forEach((k, v) -> {
      if (k.equals("capacity")) {
        b.ratedCapacity(Quantity.parse((String) v));
      } else if (v instanceof Boolean flag) {
        b.putFacts(k, FactValue.of(flag));
      } else if (v instanceof Quantity q) {
        b.putFacts(k, FactValue.of(q));
      } else {
        b.putFacts(k, FactValue.of((String) v));
      }
    });
  }

  static Finding finding(String entryId, Enterprise enterprise, String kind, Map<String, ?> unitFacts) {
    ProductionUnit.Builder b = ProductionUnit.builder().id("u").enterprise(enterprise).kind(kind);
    facts(unitFacts).accept(b);
    UnitAssessment a = EVALUATOR.evaluate(b.build(), AS_OF).units().get(0);
    return a.findings().stream().filter(f -> f.entry().entryId().equals(entryId)).findFirst()
        .orElseThrow(() -> new AssertionError(entryId + " gave no finding for a " + kind));
  }

  static Verdict verdict(String entryId, Enterprise enterprise, String kind, Map<String, ?> unitFacts) {
    return finding(entryId, enterprise, kind, unitFacts).verdict();
  }

  static Verdict mine(String entryId, String kind, Map<String, ?> unitFacts) {
    return verdict(entryId, QIJIANG_MINE, kind, unitFacts);
  }

  static Map<String, Object> with(Map<String, ?> base, Object... more) {
    Map<String, Object> m = new java.util.TreeMap<>(base);
    for (int i = 0; i < more.length; i += 2) {
      m.put((String) more[i], more[i + 1]);
    }
    return m;
  }
}
