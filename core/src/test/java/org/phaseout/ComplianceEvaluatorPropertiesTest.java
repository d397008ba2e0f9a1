package org.phaseout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.UnitGenerators.between;
import static org.phaseout.UnitGenerators.flip;
import static org.phaseout.UnitGenerators.pick;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.Measurement;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.Criterion.Operand;
import org.phaseout.catalogue.Vocabulary;
import org.phaseout.measure.Quantity;
import org.phaseout.measure.UnitOfMeasure;
import org.quicktheories.core.Gen;

/**
 * Properties of {@link ComplianceEvaluator} that hold for every unit: determinism under permutation, missing data
 * never passing, and monotonicity against upper limits. Each property runs at most 200 examples.
 */
class ComplianceEvaluatorPropertiesTest {

  private static final int EXAMPLES = 200;
  private static final CatalogueSet CATALOGUES = EvaluationFixtures.catalogues();
  private static final ComplianceEvaluator EVALUATOR = EvaluationFixtures.evaluator();
  private static final Vocabulary VOCABULARY = CATALOGUES.vocabulary();

  /** As-of dates from before any edition to after the Chongqing plan year. */
  private static Gen<LocalDate> asOfDates() {
    return integers().between(0, 5 * 366).map(d -> LocalDate.of(2022, 1, 1).plusDays(d));
  }

  private static <T> List<T> shuffled(List<T> list, long seed) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, new Random(seed));
    return copy;
  }

  /** Collects the operands a criterion reads. */
  static Set<Operand> operands(Criterion c) {
    Set<Operand> out = new java.util.HashSet<>();
    collect(c, out);
    return out;
  }

  private static void collect(Criterion c, Set<Operand> out) {
    if (c instanceof Criterion.All all) {
      all.parts().forEach(p -> collect(p, out));
    } else if (c instanceof Criterion.Any any) {
      any.parts().forEach(p -> collect(p, out));
    } else if (c instanceof Criterion.Not not) {
      collect(not.part(), out);
    } else if (c instanceof Criterion.Comparison x) {
      out.add(x.operand());
    } else if (c instanceof Criterion.Membership x) {
      out.add(x.operand());
    } else if (c instanceof Criterion.Range x) {
      out.add(x.operand());
    } else if (c instanceof Criterion.Presence x) {
      out.add(x.operand());
    }
  }

  private static boolean isSingleLeaf(Criterion c) {
    return c instanceof Criterion.Comparison || c instanceof Criterion.Membership || c instanceof Criterion.Range;
  }

  /** The finding's criterion; empty for a manual entry, which lacks data whatever the unit reports. */
  private static Optional<Criterion> criterion(Finding f) {
    return CATALOGUES.entry(f.entry().entryId()).flatMap(CatalogueEntry::criterion);
  }

  // (a) determinism -----------------------------------------------------------------------------------------------

  @Test
  void theReportDoesNotDependOnTheOrderOfUnits() {
    qt().withExamples(EXAMPLES)
        .forAll(UnitGenerators.batches(6), longs().all(), asOfDates())
        .checkAssert((units, seed, asOf) -> {
          byte[] expected = EVALUATOR.evaluate(units, asOf).toJson();
          assertArrayEquals(expected, EVALUATOR.evaluate(shuffled(units, seed), asOf).toJson());
        });
  }

  @Test
  void theReportDoesNotDependOnTheOrderInWhichCatalogueFilesAreAdded() {
    qt().withExamples(100)
        .forAll(UnitGenerators.batches(4), longs().all(), asOfDates())
        .checkAssert((units, seed, asOf) -> {
          byte[] expected = EVALUATOR.evaluate(units, asOf).toJson();
          ComplianceEvaluator permuted = ComplianceEvaluator.of(
              EvaluationFixtures.load(shuffled(EvaluationFixtures.FILES, seed)));
          assertArrayEquals(expected, permuted.evaluate(shuffled(units, ~seed), asOf).toJson());
        });
  }

  @Test
  void theInputHashDoesNotDependOnTheOrderOfUnits() {
    qt().withExamples(EXAMPLES)
        .forAll(UnitGenerators.batches(6), longs().all())
        .checkAssert((units, seed) -> assertEquals(
            EVALUATOR.evaluate(units, EvaluationFixtures.PLAN_YEAR_END).receipt().inputSha256(),
            EVALUATOR.evaluate(shuffled(units, seed), EvaluationFixtures.PLAN_YEAR_END).receipt().inputSha256()));
  }

  // (b) missing data ----------------------------------------------------------------------------------------------

  /** A unit of a kind some entry covers, in or outside Chongqing, with every fact and indicator reported. */
  private static Gen<ProductionUnit> fullyReportedUnits() {
    return in -> {
      String kind = pick(in, List.of("coal-fired-boiler", "biomass-boiler", "oil-fired-boiler",
          "electrolytic-aluminium-potline", "alumina-refinery"));
      ProductionUnit.Builder b = ProductionUnit.builder().id("full")
          .enterprise(flip(in) ? EvaluationFixtures.chongqingBoilerOwner() : EvaluationFixtures.beijingBoilerOwner())
          .kind(kind);
      UnitOfMeasure capacityUnit = VOCABULARY.unitKind(kind).orElseThrow().capacityUnit().orElseThrow();
      b.ratedCapacity(Quantity.of(UnitGenerators.decimal(in, 0, 100_000, 0, 3), capacityUnit));
      for (Vocabulary.Attribute a : UnitGenerators.unitAttributes()) {
        b.putFacts(a.key(), UnitGenerators.factValue(in, a));
      }
      for (Vocabulary.Indicator i : VOCABULARY.indicators().values()) {
        b.putMeasurements(i.code(), UnitGenerators.measurement(in, i));
      }
      return b.build();
    };
  }

  /** The operands a unit may lack: its capacity, each unit fact and each indicator. */
  private static List<Operand> droppable() {
    List<Operand> all = new ArrayList<>();
    all.add(new Operand(Operand.Source.FACT, "unit.ratedCapacity"));
    UnitGenerators.unitAttributes().forEach(a -> all.add(new Operand(Operand.Source.FACT, a.key())));
    VOCABULARY.indicators().keySet().forEach(k -> all.add(new Operand(Operand.Source.INDICATOR, k)));
    return all;
  }

  private static Gen<Set<Operand>> droppedOperands() {
    List<Operand> all = droppable();
    return in -> {
      Set<Operand> dropped = new java.util.HashSet<>();
      for (Operand o : all) {
        if (between(in, 0, 2) == 0) {
          dropped.add(o);
        }
      }
      return dropped;
    };
  }

  private static ProductionUnit drop(ProductionUnit unit, Set<Operand> dropped) {
    List<String> facts = new ArrayList<>();
    List<String> indicators = new ArrayList<>();
    boolean capacity = false;
    for (Operand o : dropped) {
      if (o.source() == Operand.Source.INDICATOR) {
        indicators.add(o.key());
      } else if (o.key().equals("unit.ratedCapacity")) {
        capacity = true;
      } else {
        facts.add(o.key());
      }
    }
    return UnitGenerators.without(unit, capacity, facts, indicators);
  }

  private static Map<String, Verdict> verdicts(ProductionUnit unit) {
    Map<String, Verdict> out = new HashMap<>();
    EVALUATOR.evaluate(unit, EvaluationFixtures.PLAN_YEAR_END).units().get(0).findings().stream()
        .filter(f -> criterion(f).isPresent())
        .forEach(f -> out.put(f.entry().entryId(), f.verdict()));
    return out;
  }

  @Test
  void aSingleConditionWhoseFactIsMissingIsInsufficientDataNeverCompliant() {
    AtomicInteger checked = new AtomicInteger();
    qt().withExamples(EXAMPLES)
        .forAll(fullyReportedUnits(), droppedOperands())
        .checkAssert((full, dropped) -> {
          ProductionUnit reduced = drop(full, dropped);
          for (Finding f : EVALUATOR.evaluate(reduced, EvaluationFixtures.PLAN_YEAR_END).units().get(0)
              .findings()) {
            Criterion c = criterion(f).orElse(null);
            if (c != null && isSingleLeaf(c) && dropped.containsAll(operands(c))) {
              assertEquals(Verdict.INSUFFICIENT_DATA, f.verdict(), f.entry().entryId() + " without " + dropped);
              assertTrue(f.measured().isEmpty(), f.entry().entryId());
              assertTrue(f.deadline().isEmpty(), f.entry().entryId());
              checked.incrementAndGet();
            }
          }
        });
    assertTrue(checked.get() > 0, "the property was exercised");
  }

  @Test
  void removingDataNeverChangesADecidedVerdictItOnlyMakesItUndecided() {
    qt().withExamples(EXAMPLES)
        .forAll(fullyReportedUnits(), droppedOperands())
        .checkAssert((full, dropped) -> {
          Map<String, Verdict> complete = verdicts(full);
          complete.forEach((id, v) -> assertNotEquals(Verdict.INSUFFICIENT_DATA, v, id + " has all its data"));
          Map<String, Verdict> partial = verdicts(drop(full, dropped));
          assertTrue(partial.keySet().containsAll(complete.keySet()), "removing data never removes a finding");
          partial.forEach((id, v) -> {
            if (!complete.containsKey(id)) {
              assertNotEquals(Verdict.NON_COMPLIANT, v, id + ": an entry whose scope became unknown cannot fail");
            }
          });
          partial.forEach((id, v) -> {
            if (v != Verdict.INSUFFICIENT_DATA && complete.containsKey(id)) {
              assertEquals(complete.get(id), v, id + " without " + dropped);
            }
          });
        });
  }

  @Test
  void anEntryThatReadsAMissingFactIsCompliantOnlyWhenAnotherReportedConditionIsFalse() {
    AtomicInteger checked = new AtomicInteger();
    qt().withExamples(EXAMPLES)
        .forAll(fullyReportedUnits(), droppedOperands())
        .checkAssert((full, dropped) -> {
          ProductionUnit reduced = drop(full, dropped);
          for (Finding f : EVALUATOR.evaluate(reduced, EvaluationFixtures.PLAN_YEAR_END).units().get(0)
              .findings()) {
            if (criterion(f).isEmpty()) {
              continue;
            }
            Set<Operand> read = operands(criterion(f).get());
            if (f.verdict() == Verdict.COMPLIANT && read.stream().anyMatch(dropped::contains)) {
              assertFalse(dropped.containsAll(read), f.entry().entryId() + " decided with none of its data");
              assertTrue(hasReportedFalseLeaf(f.explanation()), f.entry().entryId() + ": " + f.explanation());
              checked.incrementAndGet();
            }
          }
        });
    assertTrue(checked.get() > 0, "the property was exercised");
  }

  private static boolean hasReportedFalseLeaf(Condition c) {
    if (c.parts().isEmpty()) {
      return c.truth() == Truth.FALSE && c.actual().isPresent();
    }
    return c.parts().stream().anyMatch(ComplianceEvaluatorPropertiesTest::hasReportedFalseLeaf);
  }

  // (c) monotonicity against upper limits ---------------------------------------------------------------------

  /** The upper limits GB 21346-2022 states, by indicator, read from the catalogue file. */
  private static Map<String, List<Quantity>> gbLimits() {
    Map<String, List<Quantity>> limits = new HashMap<>();
    for (CatalogueEntry e : CATALOGUES.editions().stream().filter(x -> x.catalogueId().equals("gb-21346"))
        .flatMap(x -> x.entries().stream()).toList()) {
      collectLimits(e.criterion().orElseThrow(), limits);
    }
    return limits;
  }

  private static void collectLimits(Criterion c, Map<String, List<Quantity>> limits) {
    if (c instanceof Criterion.All all) {
      all.parts().forEach(p -> collectLimits(p, limits));
    } else if (c instanceof Criterion.Comparison x && x.operand().source() == Operand.Source.INDICATOR
        && x.value() instanceof FactValue.QuantityFact q) {
      limits.computeIfAbsent(x.operand().key(), k -> new ArrayList<>()).add(q.value());
    }
  }

  private static final Map<String, List<Quantity>> GB_LIMITS = gbLimits();

  /** A measured value: near or at one of the file's limits for the indicator, or anywhere in a broad range. */
  private static Quantity energyValue(org.quicktheories.core.RandomnessSource in, Vocabulary.Indicator indicator) {
    Quantity q;
    List<Quantity> limits = GB_LIMITS.getOrDefault(indicator.code(), List.of());
    if (!limits.isEmpty() && flip(in)) {
      Quantity limit = pick(in, limits).to(indicator.unit());
      q = Quantity.of(limit.value().add(BigDecimal.valueOf(between(in, -100, 100), between(in, 0, 3))),
          indicator.unit());
    } else {
      q = Quantity.of(UnitGenerators.decimal(in, 0, 2_000_000, 0, 2), indicator.unit());
    }
    return q.to(UnitGenerators.sameKind(in, indicator.unit()));
  }

  private record Raise(ProductionUnit before, ProductionUnit after) {}

  private static Gen<Raise> raisedEnergyIntensities() {
    return in -> {
      boolean potline = flip(in);
      ProductionUnit.Builder b = potline ? EvaluationFixtures.potline("energy") : EvaluationFixtures
          .aluminaRefinery("energy");
      if (!potline && between(in, 0, 2) > 0) {
        b.putFacts("alumina.process", FactValue.of(flip(in) ? "bayer" : "other"));
      }
      ProductionUnit before = b.build();
      ProductionUnit.Builder raised = ProductionUnit.builder().from(before);
      ProductionUnit.Builder lower = ProductionUnit.builder().from(before);
      List<String> prefixes = potline ? List.of("aluminium.") : List.of("alumina.");
      for (Vocabulary.Indicator i : VOCABULARY.indicators().values()) {
        if (prefixes.stream().noneMatch(i.code()::startsWith) || between(in, 0, 4) == 0) {
          continue;
        }
        Quantity value = energyValue(in, i);
        BigDecimal increase = between(in, 0, 3) == 0
            ? BigDecimal.ZERO
            : BigDecimal.valueOf(between(in, 1, 200_000), between(in, 0, 4));
        lower.putMeasurements(i.code(), Measurement.of(value));
        raised.putMeasurements(i.code(), Measurement.of(Quantity.of(value.value().add(increase), value.unit())));
      }
      return new Raise(lower.build(), raised.build());
    };
  }

  @Test
  void raisingAMeasuredEnergyIntensityNeverTurnsANonCompliantFindingCompliant() {
    AtomicInteger failing = new AtomicInteger();
    AtomicInteger passing = new AtomicInteger();
    qt().withExamples(EXAMPLES).forAll(raisedEnergyIntensities()).checkAssert(raise -> {
      Map<String, Verdict> before = verdicts(raise.before());
      Map<String, Verdict> after = verdicts(raise.after());
      before.forEach((id, v) -> {
        if (v == Verdict.NON_COMPLIANT) {
          assertEquals(Verdict.NON_COMPLIANT, after.get(id), id + ": " + raise);
          failing.incrementAndGet();
        }
      });
      after.forEach((id, v) -> {
        if (v == Verdict.COMPLIANT) {
          assertEquals(Verdict.COMPLIANT, before.get(id), "lowering never fails a passing unit: " + id);
          passing.incrementAndGet();
        }
      });
    });
    assertTrue(failing.get() > 0 && passing.get() > 0, "both sides of the limits were exercised");
  }

  @Test
  void theGb21346LimitsUsedByTheMonotonicityPropertyAreReadFromTheCatalogue() {
    assertEquals(new TreeSet<>(List.of("alumina.comprehensive-energy", "alumina.process-energy",
        "aluminium.ingot-comprehensive-ac-consumption", "aluminium.ingot-comprehensive-energy",
        "aluminium.liquid-ac-consumption", "aluminium.liquid-comprehensive-ac-consumption")),
        new TreeSet<>(GB_LIMITS.keySet()));
  }
}
