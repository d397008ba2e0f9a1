package org.phaseout.examples.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.Finding;
import org.phaseout.UnitAssessment;
import org.phaseout.Verdict;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.catalogue.Catalogues;
import org.phaseout.measure.Quantity;

/**
 * The generated Chongqing dataset has units at, just below and just above every limit GB 19762-2025 gives as a
 * formula of the pump's own flow, head, speed and stages, and without the efficiency, each in the entry's scope
 * (including its specific-speed band). Evaluated on the day the standard takes effect, since before it no pump is
 * judged by it. The generator's output is checked here; {@link ChongqingDatasetTest} checks that the committed file
 * is that output.
 */
class ChongqingFormulaCasesTest {

  private static CatalogueSet catalogues;
  private static List<CatalogueEntry> formulaEntries;
  private static List<Finding> findings;

  @BeforeAll
  static void generateAndEvaluate() throws Exception {
    catalogues = Catalogues.loadBundled();
    CatalogueEdition gb19762 = catalogues.editions().stream()
        .filter(e -> e.documentNumber().equals("GB 19762-2025")).findFirst().orElseThrow();
    formulaEntries = gb19762.effectiveEntries().stream()
        .filter(e -> e.criterion().filter(FormulaCases::isFormulaLimit).isPresent()).toList();
    LocalDate inForce = gb19762.validity().start().isAfter(gb19762.published()) ? gb19762.validity().start()
        : gb19762.published();
    List<ProductionUnit> units = ChongqingDataset.generate(catalogues);
    findings = new ArrayList<>();
    for (UnitAssessment a : ComplianceEvaluator.of(catalogues).evaluate(units, inForce).units()) {
      findings.addAll(a.findings());
    }
  }

  @Test
  void gb19762GivesItsEfficiencyLimitsAsFormulas() {
    // 44 entries: two rows above 3000 m³/h without a formula are manual, the other 42 compare with a formula
    assertEquals(42, formulaEntries.size());
  }

  @Test
  void exactlyAtEveryFormulaLimitAPumpIsCompliant() {
    for (CatalogueEntry e : formulaEntries) {
      assertHasFinding(e, Verdict.COMPLIANT, f -> f.measured().get().isEqualTo(f.threshold().get()),
          "a unit exactly at the limit (低于 excludes it)");
    }
  }

  @Test
  void justBelowEveryFormulaLimitAPumpIsNonCompliant() {
    for (CatalogueEntry e : formulaEntries) {
      assertHasFinding(e, Verdict.NON_COMPLIANT,
          f -> f.measured().get().isEqualTo(Solver.shift(f.threshold().get(), -1)), "a unit just below the limit");
    }
  }

  @Test
  void justAboveEveryFormulaLimitAPumpIsCompliant() {
    for (CatalogueEntry e : formulaEntries) {
      assertHasFinding(e, Verdict.COMPLIANT,
          f -> f.measured().get().isEqualTo(Solver.shift(f.threshold().get(), 1)), "a unit just above the limit");
    }
  }

  @Test
  void withoutTheEfficiencyAPumpInScopeIsInsufficientData() {
    for (CatalogueEntry e : formulaEntries) {
      List<Finding> missing = findings.stream()
          .filter(f -> f.entry().entryId().equals(e.id()) && f.measured().isEmpty() && f.threshold().isPresent())
          .toList();
      assertFalse(missing.isEmpty(), e.id() + ": no unit in scope without the efficiency");
      missing.forEach(f -> assertEquals(Verdict.INSUFFICIENT_DATA, f.verdict(), e.id()));
    }
  }

  @Test
  void justBelowAndAboveIsOneUnitInTheDecimalPlaceAfterTheLimitsLastDigit() {
    Quantity limit = Quantity.of("56.7588907402484", "%");
    assertEquals(new BigDecimal("56.75889074024839"), Solver.shift(limit, -1).value());
    assertEquals(new BigDecimal("56.75889074024841"), Solver.shift(limit, 1).value());
  }

  @Test
  void generatingTwiceGivesTheSameBytes() {
    assertArrayEquals(ChongqingDataset.bytes(catalogues), ChongqingDataset.bytes(catalogues));
  }

  private static void assertHasFinding(CatalogueEntry e, Verdict verdict, Predicate<Finding> at, String what) {
    List<Finding> matching = findings.stream()
        .filter(f -> f.entry().entryId().equals(e.id()) && f.measured().isPresent() && f.threshold().isPresent())
        .filter(at).toList();
    assertFalse(matching.isEmpty(), e.id() + ": no " + what);
    for (Finding f : matching) {
      assertEquals(verdict, f.verdict(), e.id() + ": " + what + ", " + f.measured().get() + " against "
          + f.threshold().get());
    }
  }
}
