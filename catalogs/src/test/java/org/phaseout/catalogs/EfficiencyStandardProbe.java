package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.CriterionShapes.quantity;
import static org.phaseout.catalogs.UnitProbe.plus;
import static org.phaseout.catalogs.UnitProbe.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.catalogue.Action;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.DeadlineRule;
import org.phaseout.catalogue.LimitWording;
import org.phaseout.catalogue.Operator;
import org.phaseout.catalogue.VerificationLevel;
import org.phaseout.measure.Quantity;

/**
 * How the tests of the mandatory equipment energy-efficiency standards (能效限定值及能效等级) probe them: a fictitious
 * Chongqing enterprise, units evaluated on the bundled catalogues on the day an edition is in force, the limits and
 * members read from an entry's criterion and scope, and editions dated from their first day only.
 */
final class EfficiencyStandardProbe {

  private EfficiencyStandardProbe() {}

  static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

  static final Enterprise ENTERPRISE = Enterprise.builder()
      .creditCode(CreditCode.parse("91500101PH0000005G")).name("示例机电设备有限公司（虚构）")
      .division(DivisionCode.parse("500101")).industry(IndustryCode.parse("C3411")).build();

  static Optional<Finding> findingIfAny(String entryId, LocalDate asOf, Map<String, Object> data) {
    return UnitProbe.findingIfAny(ENTERPRISE, entry(entryId), asOf, data);
  }

  /** 1 January 2026, or the edition's first day when it comes into force later. */
  static LocalDate asOfFor(String entryId) {
    CatalogueEdition e = BundledData.catalogues().editions().stream()
        .filter(x -> x.entries().stream().anyMatch(y -> y.id().equals(entryId))).findFirst().orElseThrow();
    return e.validity().start().isAfter(AS_OF) ? e.validity().start() : AS_OF;
  }

  static Verdict verdict(String entryId, Map<String, Object> data) {
    return findingIfAny(entryId, asOfFor(entryId), data)
        .orElseThrow(() -> new AssertionError(entryId + " gave no finding for " + data)).verdict();
  }

  static void assertNoFinding(String entryId, Map<String, Object> data, String why) {
    Optional<Finding> f = findingIfAny(entryId, asOfFor(entryId), data);
    assertTrue(f.isEmpty(), entryId + " should give no finding (" + why + ") but gave " + f.map(Finding::verdict));
  }

  /** The ids of the edition's entries, in file order. */
  static List<String> ids(String editionKey) {
    return edition(editionKey).entries().stream().map(CatalogueEntry::id).toList();
  }

  static Map<String, Object> with(Map<String, Object> base, Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>(base);
    m.putAll(data(keyValues));
    return m;
  }

  static Map<String, Object> without(Map<String, Object> base, String key) {
    Map<String, Object> m = new LinkedHashMap<>(base);
    m.remove(key);
    return m;
  }

  /** The comparisons of the entry's criterion and scope (any depth) on this operand, in order. */
  static List<Criterion.Comparison> comparisons(String entryId, String key) {
    CatalogueEntry e = entry(entryId);
    List<Criterion.Comparison> out = new ArrayList<>();
    e.applicability().when().ifPresent(c -> collect(c, key, out));
    e.criterion().ifPresent(c -> collect(c, key, out));
    return out;
  }

  static void collect(Criterion c, String key, List<Criterion.Comparison> out) {
    if (c instanceof Criterion.All all) {
      all.parts().forEach(p -> collect(p, key, out));
    } else if (c instanceof Criterion.Any any) {
      any.parts().forEach(p -> collect(p, key, out));
    } else if (c instanceof Criterion.Comparison cmp && cmp.operand().key().equals(key)) {
      out.add(cmp);
    }
  }

  static Object onlyValue(String entryId, String key) {
    List<Criterion.Comparison> found = comparisons(entryId, key);
    assertEquals(1, found.size(), entryId + ": one comparison on " + key);
    FactValue v = found.get(0).value();
    if (v instanceof FactValue.QuantityFact q) {
      return q.value();
    }
    return v instanceof FactValue.TextFact t ? t.value() : ((FactValue.BooleanFact) v).value();
  }

  static Set<String> members(String entryId, String key) {
    Criterion when = entry(entryId).applicability().when().orElseThrow();
    return ((Criterion.All) when).parts().stream().filter(p -> p instanceof Criterion.Membership m
        && m.operand().key().equals(key)).map(p -> ((Criterion.Membership) p).values()).findFirst()
        .orElseThrow(() -> new AssertionError(entryId + ": no membership on " + key));
  }

  /** The grade-3 limit of the entry on this indicator, checked to be an exclusive bound with its source word. */
  static Quantity limit(String entryId, String indicator, Operator op, LimitWording word) {
    List<Criterion.Comparison> found = comparisons(entryId, indicator);
    assertEquals(1, found.size(), entryId + ": one limit on " + indicator);
    Criterion.Comparison c = found.get(0);
    assertEquals(op, c.operator(), entryId + ": the grade-3 value itself meets the limit");
    assertEquals(Optional.of(word), c.wording(), entryId + ": limit word");
    return quantity(c);
  }

  /** A quantity given as itself or as text ("0.08 kW"). */
  static Quantity quantityOf(Object value) {
    return value instanceof Quantity q ? q : Quantity.parse((String) value);
  }

  /** The lower limits of the entry on this indicator, in order, each failed only below the value (低于). */
  static List<Quantity> lowerLimits(String entryId, String indicator) {
    List<Criterion.Comparison> found = comparisons(entryId, indicator);
    for (Criterion.Comparison c : found) {
      assertEquals(Operator.LT, c.operator(), entryId + ": the limit value itself is met");
      assertEquals(Optional.of(LimitWording.LOWER_THAN), c.wording(), entryId + ": limit word");
    }
    return found.stream().map(CriterionShapes::quantity).toList();
  }

  /**
   * The grade-3 efficiency of each number of poles a motor-table row gives, in the table's column order, each failed
   * only below the value (低于); those numbers of poles are the row's scope.
   */
  static Map<String, Quantity> limitsByPoles(String entryId) {
    List<Criterion.Comparison> poles = comparisons(entryId, "motor.poles");
    List<Quantity> limits = lowerLimits(entryId, "motor.efficiency");
    assertEquals(poles.size(), limits.size(), entryId);
    Map<String, Quantity> m = new LinkedHashMap<>();
    for (int i = 0; i < poles.size(); i++) {
      m.put(((FactValue.TextFact) poles.get(i).value()).value(), limits.get(i));
    }
    assertEquals(m.keySet(), members(entryId, "motor.poles"), entryId + ": the row's columns are its scope");
    return m;
  }

  /**
   * For each number of poles of a motor-table row, a motor of the row (built by {@code motor} from the poles and an
   * efficiency, or none) fails 0.1 percentage point below the grade-3 value, meets it at and 0.1 above it, and lacks
   * data without an efficiency.
   */
  static void assertGrade3PerPoles(String entryId, BiFunction<String, Object, Map<String, Object>> motor) {
    for (Map.Entry<String, Quantity> column : limitsByPoles(entryId).entrySet()) {
      String poles = column.getKey();
      Quantity g3 = column.getValue();
      assertEquals(Verdict.NON_COMPLIANT, verdict(entryId, motor.apply(poles, plus(g3, "-0.1"))), entryId + " " + poles);
      assertEquals(Verdict.COMPLIANT, verdict(entryId, motor.apply(poles, g3)), entryId + " " + poles + " at grade 3");
      assertEquals(Verdict.COMPLIANT, verdict(entryId, motor.apply(poles, plus(g3, "0.1"))), entryId + " " + poles);
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(entryId, motor.apply(poles, null)),
          entryId + " " + poles + " without the efficiency");
    }
  }

  /**
   * The edition has the number and first day the repository manifest gives, is SECONDARY and open-ended, is taken as
   * published on that day (no publication date is sourced), has one entry per encoded row, its source note says what it
   * leaves out, and the entry fails the unit that day but not the day before.
   */
  static void assertInForceFromItsFirstDayOnly(String key, String number, LocalDate start, int rows,
      String noteSays, String entryId, Map<String, Object> failing) {
    assertEquals(start, edition(key).published(), key + ": the publication date is not sourced, so the start is used");
    assertEquals(VerificationLevel.SECONDARY, edition(key).source().verification(), key);
    assertDatedEdition(key, number, start, rows, noteSays, entryId, failing);
  }

  /** The edition's number, start, rows and note; the entry fails the unit from its first day, not the day before. */
  static void assertDatedEdition(String key, String number, LocalDate start, int rows, String noteSays,
      String entryId, Map<String, Object> failing) {
    CatalogueEdition gb = edition(key);
    assertEquals(rows, gb.entries().size(), key + ": one entry per row");
    assertTrue(gb.source().note().orElseThrow().contains(noteSays), key + ": the note says " + noteSays);
    assertEquals(number, gb.documentNumber(), key);
    assertEquals(start, gb.validity().start(), key);
    assertEquals(Optional.empty(), gb.validity().end(), key + ": no successor is known");
    assertTrue(findingIfAny(entryId, start.minusDays(1), failing).isEmpty(),
        entryId + ": not in force before " + start);
    assertEquals(Verdict.NON_COMPLIANT, findingIfAny(entryId, start, failing).orElseThrow().verdict(),
        entryId + ": in force on " + start);
  }

  static void assertEliminatedInChongqingAsGb18613(CatalogueEntry x) {
    assertEquals(Action.ELIMINATE, x.consequence().action(), x.id());
    assertTrue(x.consequence().deadline() instanceof DeadlineRule.NotStated, x.id() + ": no deadline is sourced");
    assertEquals(List.of("cq.development-reform", "cq.economy-it"), x.departments().get(0).lead(), x.id());
    assertTrue(x.citations().stream().anyMatch(c -> c.document().contains("127号")), x.id() + " cites 127号");
    assertEquals(VerificationLevel.UNVERIFIED, x.provenance().verification(), x.id());
    assertTrue(x.provenance().note().orElseThrow().contains("reads grade 3 as the 限定值"), x.id());
    assertTrue(x.provenance().source().contains("a1643ed38e0b934bbc7562348883b8a8bd4badc5"), x.id());
    assertTrue(x.assumes().isEmpty(), x.id());
  }
}
