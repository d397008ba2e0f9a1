package org.phaseout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaseout.capacity.ProductionUnit;

/** Properties of the units document format that hold for every batch of valid units. */
class ProductionUnitsPropertiesTest {

  private static final int EXAMPLES = 200;

  private static List<ProductionUnit> byId(List<ProductionUnit> units) {
    List<ProductionUnit> sorted = new ArrayList<>(units);
    sorted.sort(Comparator.comparing(ProductionUnit::id));
    return sorted;
  }

  @Test
  void readingWhatWasWrittenGivesEqualUnitsInIdOrder() {
    qt().withExamples(EXAMPLES).forAll(UnitGenerators.batches(6)).checkAssert(units -> {
      byte[] written = ProductionUnits.write(units);
      List<ProductionUnit> read = ProductionUnits.read("written.json", written, UnitGenerators.vocabulary());
      assertEquals(byId(units), read, ProductionUnits.writeString(units));
    });
  }

  @Test
  void writingWhatWasReadGivesTheSameBytes() {
    qt().withExamples(EXAMPLES).forAll(UnitGenerators.batches(6)).checkAssert(units -> {
      byte[] written = ProductionUnits.write(units);
      List<ProductionUnit> read = ProductionUnits.read("written.json", written, UnitGenerators.vocabulary());
      assertArrayEquals(written, ProductionUnits.write(read), ProductionUnits.writeString(units));
    });
  }

  @Test
  void generatedUnitsAreValidInputForTheEvaluator() {
    qt().withExamples(EXAMPLES).forAll(UnitGenerators.batches(6)).checkAssert(units -> {
      ComplianceReport report = EvaluationFixtures.evaluator().evaluate(units, EvaluationFixtures.PLAN_YEAR_END);
      assertEquals(units.size(), report.units().size());
    });
  }
}
