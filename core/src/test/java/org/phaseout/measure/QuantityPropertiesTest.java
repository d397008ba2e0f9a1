package org.phaseout.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of {@link Quantity} that hold for every unit and every decimal value. */
class QuantityPropertiesTest {

  private static Gen<BigDecimal> decimals() {
    Gen<Long> unscaled = longs().all().mix(longs().between(-1000, 1000), 50);
    return unscaled.zip(integers().between(0, 6), BigDecimal::valueOf);
  }

  private static Gen<UnitOfMeasure> units() {
    return arbitrary().pick(UnitOfMeasure.all());
  }

  private static Gen<Quantity> quantities() {
    return decimals().zip(units(), Quantity::of);
  }

  /** Picks a unit of the same kind as {@code unit}, by an index into that kind's units. */
  private static UnitOfMeasure sameKind(UnitOfMeasure unit, int index) {
    List<UnitOfMeasure> kin = UnitOfMeasure.all().stream()
        .filter(u -> u.quantityKind() == unit.quantityKind())
        .collect(Collectors.toList());
    return kin.get(Math.floorMod(index, kin.size()));
  }

  @Test
  void parsingTheTextFormGivesAnEqualQuantityWithTheSameScale() {
    qt().forAll(quantities()).checkAssert(q -> {
      Quantity parsed = Quantity.parse(q.toString());
      assertEquals(q, parsed);
      assertEquals(q.hashCode(), parsed.hashCode());
      assertEquals(q.value(), parsed.value(), "value including scale");
      assertEquals(q.unit(), parsed.unit());
    });
  }

  @Test
  void convertingThereAndBackGivesANumericallyEqualQuantity() {
    qt().forAll(quantities(), integers().all()).checkAssert((q, index) -> {
      UnitOfMeasure target = sameKind(q.unit(), index);
      Quantity there = q.to(target);
      Quantity back = there.to(q.unit());
      assertTrue(back.isEqualTo(q), q + " -> " + there + " -> " + back);
      assertEquals(q, back);
      assertEquals(0, there.compareValue(q));
      assertEquals(0, q.compareValue(there));
      assertEquals(q.value().signum(), there.value().signum());
    });
  }

  @Test
  void conversionIsAnExactDecimalShift() {
    qt().forAll(quantities(), integers().all()).checkAssert((q, index) -> {
      UnitOfMeasure target = sameKind(q.unit(), index);
      BigDecimal expected = q.value().multiply(BigDecimal.TEN.pow(q.unit().exponent() + 10))
          .divide(BigDecimal.TEN.pow(target.exponent() + 10));
      assertEquals(0, expected.compareTo(q.to(target).value()), q + " in " + target);
    });
  }

  @Test
  void compareValueIsAntisymmetricAndConsistentWithTheHelpers() {
    qt().forAll(quantities(), decimals(), integers().all()).checkAssert((a, value, index) -> {
      Quantity b = Quantity.of(value, sameKind(a.unit(), index));
      int ab = a.compareValue(b);
      assertEquals(-ab, b.compareValue(a));
      assertTrue(ab == -1 || ab == 0 || ab == 1);
      assertEquals(ab < 0, a.isLessThan(b));
      assertEquals(ab <= 0, a.isLessThanOrEqualTo(b));
      assertEquals(ab > 0, a.isGreaterThan(b));
      assertEquals(ab >= 0, a.isGreaterThanOrEqualTo(b));
      assertEquals(ab == 0, a.isEqualTo(b));
      assertEquals(ab, a.to(b.unit()).compareValue(b));
    });
  }

  @Test
  void equalQuantitiesHaveEqualHashCodesWhateverTheScale() {
    qt().forAll(quantities(), integers().between(0, 6)).checkAssert((q, extra) -> {
      Quantity rescaled = Quantity.of(q.value().setScale(q.value().scale() + extra), q.unit());
      assertEquals(q, rescaled);
      assertEquals(q.hashCode(), rescaled.hashCode());
    });
  }

  @Test
  void quantitiesOfDifferentKindsNeverCompare() {
    qt().forAll(quantities(), quantities())
        .assuming((a, b) -> a.unit().quantityKind() != b.unit().quantityKind())
        .checkAssert((a, b) -> {
          IncompatibleUnitException e = org.junit.jupiter.api.Assertions.assertThrows(
              IncompatibleUnitException.class, () -> a.compareValue(b));
          assertEquals(a.unit(), e.left());
          assertEquals(b.unit(), e.right());
        });
  }
}
