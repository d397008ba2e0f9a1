package org.phaseout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueException;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.catalogue.Catalogues;
import org.phaseout.catalogue.Criterion;
import org.phaseout.internal.eval.CriterionEvaluation;
import org.phaseout.internal.eval.PreparedEntry;
import org.phaseout.measure.Quantity;

/**
 * The entry index leaves out, for a unit, only entries whose scope is false for it: checked on every bundled entry
 * whose scope requires a text fact (the table rows of the energy-quota standards, selected by product, process or
 * feedstock, and the like), with the fact set to each text an entry names, to a text none names, and left unreported.
 */
class EntryIndexTest {

  private static final CatalogueSet ALL = loadBundledCopies();
  private static final ComplianceEvaluator.Plan PLAN = ComplianceEvaluator.of(ALL)
      .plan(EvaluationFixtures.PLAN_YEAR_END, EvaluationFixtures.PLAN_YEAR_END);
  private static final CriterionEvaluation CRITERIA = new CriterionEvaluation(ALL.vocabulary());

  private static CatalogueSet loadBundledCopies() {
    try {
      return Catalogues.loader().addDirectory(Path.of(EvaluationFixtures.class.getResource(EvaluationFixtures.FOLDER)
          .toURI())).load();
    } catch (CatalogueException | URISyntaxException e) {
      throw new IllegalStateException("the bundled catalogue files load from the test class path", e);
    }
  }

  /** Every (kind, selector fact) pair with its texts, from the bundled entries that have a selector. */
  private record Probe(String kind, Criterion.Operand operand, Set<String> texts) {}

  private static List<Probe> probes() {
    List<Probe> probes = new ArrayList<>();
    for (String kind : ALL.vocabulary().unitKinds().keySet()) {
      List<PreparedEntry> entries = PLAN.index().entriesOf(kind);
      Set<String> operands = new TreeSet<>();
      entries.stream().filter(e -> e.selectorQuantity().isEmpty())
          .forEach(e -> e.selector().ifPresent(o -> operands.add(o.key())));
      for (String key : operands) {
        Set<String> texts = new TreeSet<>();
        Criterion.Operand operand = null;
        for (PreparedEntry e : entries) {
          if (e.selectorQuantity().isEmpty() && e.selector().isPresent() && e.selector().get().key().equals(key)) {
            operand = e.selector().get();
            texts.addAll(e.selectorValues());
          }
        }
        probes.add(new Probe(kind, operand, texts));
      }
    }
    return probes;
  }

  private static ProductionUnit unit(String kind, String factKey, String text) {
    ProductionUnit.Builder b = ProductionUnit.builder().id("probe").kind(kind)
        .enterprise(EvaluationFixtures.chongqingBoilerOwner());
    if (text != null) {
      b.putFacts(factKey, FactValue.of(text));
    }
    return b.build();
  }

  private static void assertOnlyFalseScopesLeftOut(ProductionUnit unit) {
    List<PreparedEntry> all = PLAN.index().entriesOf(unit.kind());
    List<PreparedEntry> candidates = PLAN.index().candidates(unit);
    assertEquals(candidates.stream().sorted(Comparator.comparingInt(PreparedEntry::ordinal)).toList(), candidates,
        "candidates come in entry id order");
    assertEquals(new LinkedHashSet<>(candidates).size(), candidates.size(), "no entry twice");
    assertTrue(all.containsAll(candidates), "candidates are entries of the unit's kind");
    for (PreparedEntry e : all) {
      if (!candidates.contains(e)) {
        Criterion when = e.entry().applicability().when().orElseThrow();
        assertEquals(Truth.FALSE, CRITERIA.evaluate(when, unit).condition().truth(),
            () -> e.entry().id() + " was left out for " + unit.facts() + " but its scope is not false");
      }
    }
  }

  @Test
  void theBundledCataloguesHaveEntriesTheIndexSelectsByText() {
    List<Probe> probes = probes();
    assertFalse(probes.isEmpty());
    assertTrue(probes.size() >= 40, "energy-quota table rows select by product, process, feedstock: " + probes);
    assertTrue(probes.stream().mapToInt(p -> p.texts().size()).sum() >= 150, () -> probes.toString());
  }

  @Test
  void rowsOfATableAreSelectedByTheRatedSizeTheUnitReports() {
    // GB 18613-2020 motors and GB 20052-2024 transformers: one entry per rated power or capacity
    Map<String, Set<Quantity>> sizes = new TreeMap<>();
    for (String kind : List.of("motor", "transformer")) {
      for (PreparedEntry e : PLAN.index().entriesOf(kind)) {
        if (e.selector().map(o -> o.key().equals("unit.ratedCapacity")).orElse(false)) {
          e.selectorQuantity().ifPresent(q -> sizes.computeIfAbsent(kind, k -> new TreeSet<>(
              Comparator.comparing(PreparedEntry::quantityKey))).add(q));
        }
      }
    }
    assertTrue(sizes.getOrDefault("motor", Set.of()).size() >= 30, () -> "motor sizes " + sizes.get("motor"));
    assertTrue(sizes.getOrDefault("transformer", Set.of()).size() >= 15, () -> "transformer sizes " + sizes);
    for (Map.Entry<String, Set<Quantity>> kind : sizes.entrySet()) {
      List<Quantity> values = new ArrayList<>(kind.getValue());
      values.add(Quantity.of("0.001", values.get(0).unit().symbol()));
      for (Quantity size : values) {
        ProductionUnit unit = ProductionUnit.builder().id("probe").kind(kind.getKey()).ratedCapacity(size)
            .enterprise(EvaluationFixtures.chongqingBoilerOwner()).build();
        assertOnlyFalseScopesLeftOut(unit);
        assertTrue(PLAN.index().candidates(unit).size() < PLAN.index().entriesOf(kind.getKey()).size(),
            () -> "a " + kind.getKey() + " of " + size + " meets fewer entries than its kind has");
      }
    }
    Quantity inMegawatts = Quantity.of("0.000120", "MW");
    ProductionUnit motor = ProductionUnit.builder().id("probe").kind("motor").ratedCapacity(inMegawatts)
        .enterprise(EvaluationFixtures.chongqingBoilerOwner()).build();
    assertTrue(PLAN.index().candidates(motor).stream()
        .anyMatch(e -> e.entry().id().equals("gb18613-2020.motor.0p12kw.grade3")), "0.000120 MW is the 0.12 kW row");
  }

  @Test
  void anEntryIsLeftOutOnlyWhenItsScopeIsFalse() {
    for (Probe p : probes()) {
      List<String> values = new ArrayList<>(p.texts());
      values.add("型号不在任何目录中");
      for (String text : values) {
        assertOnlyFalseScopesLeftOut(unit(p.kind(), p.operand().key(), text));
      }
    }
  }

  @Test
  void aUnitThatDoesNotReportTheFactMeetsEveryEntryOfItsKind() {
    for (Probe p : probes()) {
      ProductionUnit unit = unit(p.kind(), p.operand().key(), null);
      assertEquals(PLAN.index().entriesOf(p.kind()), PLAN.index().candidates(unit));
    }
  }

  @Test
  void aUnitOfAKindNoEntryNamesMeetsNone() {
    assertEquals(List.of(), PLAN.index().candidates(unit("kind-no-entry-names", "k", null)));
  }
}
