package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.Finding;
import org.phaseout.UnitAssessment;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.capacity.Measurement;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.DeadlineRule;
import org.phaseout.catalogue.LimitWording;
import org.phaseout.catalogue.Operator;
import org.phaseout.measure.Quantity;

/**
 * How the tests of the eliminated energy-using equipment (高耗能落后机电设备（产品）淘汰目录, the 2024 industry
 * catalogue's machinery fragments and GB 18613-2020) read entries and probe them: an entry's conditions, members,
 * ranges and dates, and fictitious Chongqing units described by their models, series, facts and capacity.
 */
final class EliminatedEquipmentProbe {

  private EliminatedEquipmentProbe() {}

  static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  static final ComplianceEvaluator EVALUATOR = ComplianceEvaluator.of(BundledData.catalogues());

  static final Enterprise WORKS = Enterprise.builder()
      .creditCode(CreditCode.parse("91500101PH00000014")).name("示例机械制造有限公司（虚构）")
      .division(DivisionCode.parse("500101")).industry(IndustryCode.parse("C3130")).build();

  static List<Criterion> leaves(Criterion c) {
    List<Criterion> out = new ArrayList<>();
    if (c instanceof Criterion.All all) {
      all.parts().forEach(p -> out.addAll(leaves(p)));
    } else if (c instanceof Criterion.Any any) {
      any.parts().forEach(p -> out.addAll(leaves(p)));
    } else if (c instanceof Criterion.Not not) {
      out.addAll(leaves(not.part()));
    } else {
      out.add(c);
    }
    return out;
  }

  /** Every condition of an entry: its scope (applies.when), its criterion and its assumed case. */
  static List<Criterion> conditions(String entryId) {
    CatalogueEntry e = entry(entryId);
    List<Criterion> out = new ArrayList<>();
    e.applicability().when().ifPresent(w -> out.addAll(leaves(w)));
    out.addAll(leaves(e.criterion().orElseThrow()));
    e.assumes().ifPresent(a -> out.addAll(leaves(a)));
    return out;
  }

  static Set<String> members(String entryId, String key) {
    return conditions(entryId).stream()
        .filter(c -> c instanceof Criterion.Membership m && m.operand().key().equals(key))
        .flatMap(c -> ((Criterion.Membership) c).values().stream()).collect(Collectors.toCollection(TreeSet::new));
  }

  static List<Criterion.Comparison> comparisons(String entryId, String key) {
    return conditions(entryId).stream()
        .filter(c -> c instanceof Criterion.Comparison cmp && cmp.operand().key().equals(key))
        .map(c -> (Criterion.Comparison) c).toList();
  }

  static Criterion.Range range(String entryId, String key) {
    return conditions(entryId).stream()
        .filter(c -> c instanceof Criterion.Range r && r.operand().key().equals(key))
        .map(c -> (Criterion.Range) c).findFirst().orElseThrow(() -> new AssertionError(entryId + " has no range"));
  }

  static void assertDateLimit(String entryId, String key, String date) {
    Criterion.Comparison c = comparisons(entryId, key).get(0);
    assertEquals(FactValue.of(LocalDate.parse(date)), c.value(), entryId);
    assertEquals(Operator.LE, c.operator(), entryId);
    assertEquals(Optional.of(LimitWording.INCLUSIVE_BELOW), c.wording(), entryId + ": （含）前 counts the year itself");
  }

  static LocalDate fixedDeadline(String entryId) {
    return assertInstanceOf(DeadlineRule.FixedDate.class, entry(entryId).consequence().deadline(), entryId).date();
  }

  /** The entry's finding for the unit, or empty when the entry does not speak about it (its scope is false). */
  static Optional<Finding> findingIfAny(String entryId, String kind, Consumer<ProductionUnit.Builder> setup) {
    ProductionUnit.Builder b = ProductionUnit.builder().id("u-1").enterprise(WORKS).kind(kind);
    setup.accept(b);
    UnitAssessment a = EVALUATOR.evaluate(b.build(), AS_OF).units().get(0);
    return a.findings().stream().filter(f -> f.entry().entryId().equals(entryId)).findFirst();
  }

  static Finding finding(String entryId, String kind, Consumer<ProductionUnit.Builder> setup) {
    return findingIfAny(entryId, kind, setup).orElseThrow(() -> new AssertionError(entryId + " gave no finding"));
  }

  static void assertNoFinding(String entryId, String kind, Consumer<ProductionUnit.Builder> setup,
      String why) {
    Optional<Finding> f = findingIfAny(entryId, kind, setup);
    assertTrue(f.isEmpty(), entryId + " should give no finding (" + why + ") but gave " + f.map(Finding::verdict));
  }

  static Verdict verdict(String entryId, String kind, Consumer<ProductionUnit.Builder> setup) {
    return finding(entryId, kind, setup).verdict();
  }

  /** A unit described by text facts and, when not null, a manufacture date. */
  static Consumer<ProductionUnit.Builder> unit(Map<String, String> text, String manufactured) {
    return b -> {
      text.forEach((k, v) -> b.putFacts(k, FactValue.of(v)));
      if (manufactured != null) {
        b.putFacts("equipment.manufactured", FactValue.of(LocalDate.parse(manufactured)));
      }
    };
  }

  static Consumer<ProductionUnit.Builder> model(String model, String manufactured) {
    return unit(model == null ? Map.of() : Map.of("equipment.model", model), manufactured);
  }

  static Consumer<ProductionUnit.Builder> series(String series) {
    return unit(series == null ? Map.of() : Map.of("equipment.series", series), null);
  }

  static Consumer<ProductionUnit.Builder> and(Consumer<ProductionUnit.Builder> first,
      Consumer<ProductionUnit.Builder> second) {
    return first.andThen(second);
  }

  static Consumer<ProductionUnit.Builder> quantity(String key, String value) {
    return b -> b.putFacts(key, FactValue.of(Quantity.parse(value)));
  }

  static Consumer<ProductionUnit.Builder> flag(String key, boolean value) {
    return b -> b.putFacts(key, FactValue.of(value));
  }

  static Consumer<ProductionUnit.Builder> capacity(String value) {
    return b -> b.ratedCapacity(Quantity.parse(value));
  }

  static Consumer<ProductionUnit.Builder> motor(String kw, String poles, String efficiency) {
    return b -> {
      b.ratedCapacity(Quantity.parse(kw + " kW"));
      b.putFacts("motor.gb18613Scope", FactValue.of(true));
      if (poles != null) {
        b.putFacts("motor.poles", FactValue.of(poles));
      }
      if (efficiency != null) {
        b.putMeasurements("motor.efficiency", Measurement.of(Quantity.parse(efficiency + " %")));
      }
    };
  }
}
