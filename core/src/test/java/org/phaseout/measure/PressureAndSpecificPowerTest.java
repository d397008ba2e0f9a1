package org.phaseout.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Specification of the two kinds added for the air-compressor standard GB 19153-2019: pressure (压力, {@code MPa}) for
 * the discharge pressure and specific power (比功率, {@code kW/(m3/min)}) for the input power per volume flow rate.
 */
class PressureAndSpecificPowerTest {

  @Test
  void eachKindHasOneUnitWhichIsItsBase() {
    assertEquals(List.of(UnitOfMeasure.MEGAPASCAL), UnitOfMeasure.all().stream()
        .filter(u -> u.quantityKind() == QuantityKind.PRESSURE).toList());
    assertEquals(List.of(UnitOfMeasure.KILOWATTS_PER_CUBIC_METRE_PER_MINUTE), UnitOfMeasure.all().stream()
        .filter(u -> u.quantityKind() == QuantityKind.SPECIFIC_POWER).toList());
    assertEquals(0, UnitOfMeasure.MEGAPASCAL.exponent());
    assertEquals(0, UnitOfMeasure.KILOWATTS_PER_CUBIC_METRE_PER_MINUTE.exponent());
  }

  @Test
  void namesTheKindsAndUnitsInChineseAndEnglish() {
    assertEquals("压力", QuantityKind.PRESSURE.chineseName());
    assertEquals("pressure", QuantityKind.PRESSURE.englishName());
    assertEquals("比功率", QuantityKind.SPECIFIC_POWER.chineseName());
    assertEquals("兆帕", UnitOfMeasure.MEGAPASCAL.chineseName());
    assertEquals("megapascal", UnitOfMeasure.MEGAPASCAL.englishName());
    assertEquals("千瓦/(立方米/分钟)", UnitOfMeasure.KILOWATTS_PER_CUBIC_METRE_PER_MINUTE.chineseName());
    assertEquals("kilowatts per cubic metre per minute",
        UnitOfMeasure.KILOWATTS_PER_CUBIC_METRE_PER_MINUTE.englishName());
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', value = {
      "0.7 MPa|0.7 MPa", "0.7 兆帕|0.7 MPa", " 1.25 MPa |1.25 MPa",
      "7.4 kW/(m3/min)|7.4 kW/(m3/min)", "7.4 kW/(m³/min)|7.4 kW/(m3/min)", "7.4 kW/(m^3/min)|7.4 kW/(m3/min)",
      "7.4 千瓦/(立方米/分钟)|7.4 kW/(m3/min)", "7.4 千瓦/（立方米/分钟）|7.4 kW/(m3/min)"})
  void parsesTheSpellingsAUserTypesToTheCanonicalSymbol(String text, String canonical) {
    assertEquals(canonical, Quantity.parse(text).toString());
    assertEquals(Quantity.parse(canonical), Quantity.parse(text));
  }

  @Test
  void keepsTheScaleGivenAndComparesByValue() {
    Quantity g3 = Quantity.parse("7.4 kW/(m3/min)");
    assertEquals(new BigDecimal("7.4"), g3.value());
    assertTrue(g3.isEqualTo(Quantity.parse("7.40 kW/(m3/min)")));
    assertTrue(Quantity.parse("7.5 kW/(m3/min)").isGreaterThan(g3));
    assertFalse(g3.isGreaterThan(Quantity.parse("7.40 千瓦/(立方米/分钟)")));
    assertTrue(Quantity.parse("0.8 MPa").isGreaterThan(Quantity.parse("0.7 兆帕")));
    assertTrue(Quantity.parse("1.0 MPa").isEqualTo(Quantity.parse("1 MPa")));
  }

  @Test
  void convertingToTheOnlyUnitOfTheKindIsTheIdentity() {
    Quantity q = Quantity.parse("0.8 MPa");
    assertSame(q, q.to(UnitOfMeasure.MEGAPASCAL));
    Quantity sp = Quantity.parse("6.1 kW/(m3/min)");
    assertSame(sp, sp.to(UnitOfMeasure.KILOWATTS_PER_CUBIC_METRE_PER_MINUTE));
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource(delimiter = '|', value = {
      "7.4 kW/(m3/min)|7.4 kW", "7.4 kW/(m3/min)|7.4 m3", "7.4 kW/(m3/min)|7.4 kWh/t", "7.4 kW/(m3/min)|7.4 m/min",
      "0.7 MPa|0.7 kV", "0.7 MPa|0.7 MW", "0.7 MPa|0.7 kW/(m3/min)", "0.7 MPa|0.7 1"})
  void mixingTheNewKindsWithAnyOtherThrows(String left, String right) {
    Quantity a = Quantity.parse(left);
    Quantity b = Quantity.parse(right);
    assertThrows(IncompatibleUnitException.class, () -> a.isGreaterThan(b));
    assertThrows(IncompatibleUnitException.class, () -> b.isEqualTo(a));
    assertThrows(IncompatibleUnitException.class, () -> a.to(b.unit()));
  }

  @Test
  void theMessageNamesBothKinds() {
    IncompatibleUnitException e = assertThrows(IncompatibleUnitException.class,
        () -> Quantity.parse("7.4 kW/(m3/min)").to(UnitOfMeasure.KILOWATT));
    assertEquals("Unit 'kW/(m3/min)' (specific power, input power per volume flow rate) is not convertible to unit"
        + " 'kW' (active power): the quantity kinds differ", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.7 mpa", "0.7 kPa", "0.7 bar", "7.4 kW/m3/min", "7.4 kW/(m3/h)", "7.4 kW / (m3/min)"})
  void otherSpellingsAreNotGuessed(String text) {
    assertThrows(QuantityFormatException.class, () -> Quantity.parse(text));
  }
}
