package org.phaseout.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Specification of {@link Quantity}: exact conversion, comparison across units, parsing and formatting. */
class QuantityTest {

  @ParameterizedTest(name = "{0} {1} = {2} {3}")
  @CsvSource(delimiter = '|', value = {
      "1|tce|1000|kgce", "1000|kgce|1.000|tce", "117|kgce|0.117|tce", "1.5|10^4 tce|15000000|kgce",
      "2.5|10^4 tce|25000|tce", "-30|kgce|-0.030|tce",
      "1|t|0.0001|10^4 t", "1.5|10^4 t|15000|t", "120|10^4 t/a|1200000|t/a", "500|kg|0.500|t",
      "1|MW|1000|kW", "12500|kW|12.500|MW", "1.25|MVA|1250|kVA",
      "12.5|%|0.125|1", "0.08|1|8|%", "100|%|1.00|1",
      "1|10^4 kWh|10000|kWh", "13650|kWh|1.3650|10^4 kWh", "2|MWh|2000|kWh",
      "1200|mm|1.200|m", "1.2|m|1200|mm", "3|km|3000|m",
      "1.5|tce/t|1500|kgce/t", "35|kV|35000|V", "1.2|10^4 m3|12000|m3",
      "1000|10^4 m2/a|10000000|m2/a", "4999999|m2/a|499.9999|10^4 m2/a", "1200|kg/h|1.200|t/h (product)",
      "5|t/h (product)|5000|kg/h", "160|kA|160000|A", "0.25|A|0.00025|kA",
      "4.2|kgce/kg|4200|kgce/t", "4200|kgce/t|4.200|kgce/kg", "1.5|tce/t|1.5|kgce/kg", "5.40|kgce/kg|5.40|tce/t",
      "180|kgce/m3|0.180|tce/m3", "0.18|tce/m3|180|kgce/m3",
      "4400|kgce/10^4 m2|0.4400|kgce/m2", "0.44|kgce/m2|4400|kgce/10^4 m2", "4400|kgce/10^4 m2|4.400|tce/10^4 m2",
      "45|tce/10^4 TEU|4.5|kgce/TEU", "4.5|kgce/TEU|45|tce/10^4 TEU"})
  void convertsByExactPowersOfTen(String value, String from, String expectedValue, String to) {
    Quantity converted = Quantity.of(value, from).to(UnitOfMeasure.of(to));
    assertEquals(new BigDecimal(expectedValue), converted.value(), "value and scale");
    assertEquals(UnitOfMeasure.of(to), converted.unit());
  }

  @Test
  void convertingToTheSameUnitReturnsTheSameQuantity() {
    Quantity q = Quantity.parse("10.50 t/h");
    assertSame(q, q.to(UnitOfMeasure.STEAM_TONNES_PER_HOUR));
  }

  @Test
  void conversionKeepsANegativeScaleThatWasGiven() {
    Quantity q = Quantity.of(new BigDecimal("1E+3"), UnitOfMeasure.TCE);
    assertEquals(new BigDecimal("1E+6"), q.to(UnitOfMeasure.KGCE).value());
    assertEquals("1000000 kgce", q.to(UnitOfMeasure.KGCE).toString());
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource(delimiter = '|', value = {
      "10 t/h|7 MW", "1 kWh|1 kgce", "1000 t/d|300000 t/a", "10 kgoe/t|10 kgce/t", "1 kW|1 kVA",
      "1 toe|1 tce", "1 gce/kWh|1 kgce/t", "1 t|1 t/a", "100 persons|100 %",
      "5 t/h|5 t/h (product)", "800 kg/h|1 t/h", "1000 万平方米/年|1000 万立方米", "120 m/min|120 m",
      "160 kA|160 kVA", "1.5 ohm|1.5 V", "130 ℃|130 1", "0.25 A|0.25 V",
      "180 kgce/m3|180 kgce/t", "180 kgce/m3|180 kgce/m2", "4400 kgce/10^4 m2|4400 kgce/t", "4.2 kgce/kg|4.2 kgce/m3",
      "45 tce/10^4 TEU|45 tce/10^4 m2", "4.5 kgce/TEU|4.5 kgce/t", "180 kgce/m3|180 m3", "4400 kgce/10^4 m2|1 10^4 m2/a"})
  void comparingIncompatibleUnitsThrowsInsteadOfAnsweringFalse(String left, String right) {
    Quantity a = Quantity.parse(left);
    Quantity b = Quantity.parse(right);
    IncompatibleUnitException e = assertThrows(IncompatibleUnitException.class, () -> a.compareValue(b));
    assertEquals(a.unit(), e.left());
    assertEquals(b.unit(), e.right());
    assertTrue(e.getMessage().contains("'" + a.unit().symbol() + "' (" + a.unit().quantityKind().englishName()),
        e.getMessage());
    assertTrue(e.getMessage().contains("'" + b.unit().symbol() + "' (" + b.unit().quantityKind().englishName()),
        e.getMessage());
    assertThrows(IncompatibleUnitException.class, () -> a.isLessThan(b));
    assertThrows(IncompatibleUnitException.class, () -> a.isLessThanOrEqualTo(b));
    assertThrows(IncompatibleUnitException.class, () -> a.isGreaterThan(b));
    assertThrows(IncompatibleUnitException.class, () -> a.isGreaterThanOrEqualTo(b));
    assertThrows(IncompatibleUnitException.class, () -> a.isEqualTo(b));
    assertThrows(IncompatibleUnitException.class, () -> b.isEqualTo(a));
    assertThrows(IncompatibleUnitException.class, () -> a.to(b.unit()));
  }

  @Test
  void steamEvaporationIsNeverInferredFromThermalPower() {
    IncompatibleUnitException e = assertThrows(IncompatibleUnitException.class,
        () -> Quantity.parse("10 t/h").to(UnitOfMeasure.MEGAWATT));
    assertEquals("Unit 't/h' (steam evaporation) is not convertible to unit 'MW' (active power):"
        + " the quantity kinds differ", e.getMessage());
    assertInstanceOf(IllegalArgumentException.class, e);
  }

  @Test
  void chineseAliasesParseToTheCanonicalUnit() {
    assertEquals(Quantity.parse("10 t/h"), Quantity.parse("10 蒸吨/小时"));
    assertEquals(Quantity.parse("10 t/h"), Quantity.parse("10 蒸吨"));
    assertEquals(Quantity.of("117", "kgce/t"), Quantity.parse("117 千克标准煤/吨"));
    assertEquals("117 kgce/t", Quantity.parse("117 千克标准煤/吨").toString());
    assertEquals("1.5 10^4 t/a", Quantity.parse("1.5 万吨/年").toString());
    assertEquals("320 gce/kWh", Quantity.parse("320 克标准煤/千瓦时").toString());
    assertEquals("1000 10^4 m2/a", Quantity.parse("1000 万平方米/年").toString());
    assertEquals("130 degC", Quantity.parse("130 ℃").toString());
    assertEquals("1.5 ohm", Quantity.parse("1.5 Ω").toString());
    assertEquals("120 m/min", Quantity.parse("120 米/分").toString());
    assertEquals("5 t/h (product)", Quantity.parse("5 吨/小时（产品）").toString());
    assertEquals(Quantity.parse("5 t/h (product)"), Quantity.parse(" 5 t/h (product) "));
    assertEquals("180 kgce/m3", Quantity.parse("180 千克标准煤/立方米").toString());
    assertEquals("180 kgce/m3", Quantity.parse("180 kgce/m³").toString());
    assertEquals("4400 kgce/10^4 m2", Quantity.parse("4400 千克标准煤/万平方米").toString());
    assertEquals("4400 kgce/10^4 m2", Quantity.parse("4400 kgce/10⁴m²").toString());
    assertEquals("4.2 kgce/kg", Quantity.parse("4.2 千克标准煤/千克").toString());
    assertEquals("45 tce/10^4 TEU", Quantity.parse("45 吨标准煤/万标准箱").toString());
  }

  @Test
  void kilogramsOfCoalEquivalentPerKilogramAreAThousandTimesKilogramsPerTonne() {
    // 1 kgce/kg = 1 kgce / 10^-3 t = 10^3 kgce/t: kgce/kg sits at exponent 3 of the base unit kgce/t, like tce/t
    assertTrue(Quantity.parse("4.2 kgce/kg").isEqualTo(Quantity.parse("4200 kgce/t")));
    assertTrue(Quantity.parse("4200 kgce/t").isEqualTo(Quantity.parse("4.2 kgce/kg")));
    assertTrue(Quantity.parse("4.2 kgce/kg").isEqualTo(Quantity.parse("4.2 tce/t")));
    assertTrue(Quantity.parse("4.2 kgce/kg").isGreaterThan(Quantity.parse("4199.999 kgce/t")));
    assertTrue(Quantity.parse("4.2 kgce/kg").isLessThan(Quantity.parse("4200.001 kgce/t")));
    assertEquals("4200 kgce/t", Quantity.parse("4.2 kgce/kg").to(UnitOfMeasure.KGCE_PER_TONNE).toString());
    assertNotEquals(Quantity.parse("4.2 kgce/kg"), Quantity.parse("4.2 tce/t"));
  }

  @Test
  void boundaryHelpersTreatAnEqualValueAsNotLessThan() {
    Quantity limit = Quantity.parse("10 t/h");
    assertTrue(Quantity.parse("10 t/h").isLessThanOrEqualTo(limit));
    assertFalse(Quantity.parse("10 t/h").isLessThan(limit));
    assertTrue(Quantity.parse("10.00 t/h").isGreaterThanOrEqualTo(limit));
    assertFalse(Quantity.parse("10.00 t/h").isGreaterThan(limit));
    assertTrue(Quantity.parse("9.99 t/h").isLessThan(limit));
    assertTrue(Quantity.parse("10.01 t/h").isGreaterThan(limit));
    assertEquals(0, Quantity.parse("10.0 t/h").compareValue(limit));
  }

  @Test
  void comparesAcrossCompatibleUnits() {
    assertTrue(Quantity.parse("1 tce").isEqualTo(Quantity.parse("1000 kgce")));
    assertTrue(Quantity.parse("1000 kgce").isEqualTo(Quantity.parse("1 tce")));
    assertTrue(Quantity.parse("30 10^4 t/a").isGreaterThan(Quantity.parse("299999 t/a")));
    assertTrue(Quantity.parse("12.5 %").isLessThan(Quantity.parse("0.2 1")));
    assertEquals(-1, Quantity.parse("999 kW").compareValue(Quantity.parse("1 MW")));
    assertEquals(1, Quantity.parse("1.001 MW").compareValue(Quantity.parse("1000 kW")));
    assertTrue(Quantity.parse("-30 kgce/t").isLessThan(Quantity.parse("0 tce/t")));
  }

  @Test
  void equalsRequiresTheSameUnitButIgnoresScale() {
    assertEquals(Quantity.parse("2.50 t"), Quantity.parse("2.5 t"));
    assertEquals(Quantity.parse("2.50 t").hashCode(), Quantity.parse("2.5 t").hashCode());
    assertEquals(Quantity.parse("0.000 t"), Quantity.parse("0 t"));
    assertEquals(Quantity.parse("0.000 t").hashCode(), Quantity.parse("-0 t").hashCode());
    assertEquals(Quantity.of(100, UnitOfMeasure.TONNE), Quantity.of(new BigDecimal("1E+2"), UnitOfMeasure.TONNE));
    assertEquals(Quantity.of(100, UnitOfMeasure.TONNE).hashCode(),
        Quantity.of(new BigDecimal("1E+2"), UnitOfMeasure.TONNE).hashCode());
    assertNotEquals(Quantity.parse("1 tce"), Quantity.parse("1000 kgce"));
    assertNotEquals(Quantity.parse("1 kW"), Quantity.parse("1 kVA"));
    assertNotEquals(Quantity.parse("1 t"), Quantity.parse("2 t"));
    assertNotEquals(Quantity.parse("1 t"), "1 t");
  }

  @Test
  void keepsTheScaleAsGivenAndFormatsInPlainNotation() {
    assertEquals(2, Quantity.parse("1.50 t").value().scale());
    assertEquals("1.50 t", Quantity.parse("1.50 t").toString());
    assertEquals("-30 kgce/t", Quantity.parse("-30 kgce/t").toString());
    assertEquals("30 kgce/t", Quantity.parse("+30 kgce/t").toString());
    assertEquals("13650 kWh/t", Quantity.parse("13650 kWh/t").toString());
    assertEquals("1.5 10^4 t/a", Quantity.parse("  1.5   10^4 t/a  ").toString());
    assertEquals("100 t", Quantity.of(new BigDecimal("1E+2"), UnitOfMeasure.TONNE).toString());
    assertEquals("7 MW", Quantity.of(7, UnitOfMeasure.MEGAWATT).toString());
    assertEquals("35 kV", Quantity.of(" 35 ", "千伏").toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "10", "10t/h", "1e3 t", "1E3 t", "1,000 t", "1 000 t", ".5 t", "5. t",
      "- 5 t", "--5 t", "0x10 t", "ten t", "t 10", "NaN t", "Infinity kW", "١٠ t", "１０ t", "10 t/y", "10 mW"})
  void rejectsMalformedTextWithAnExplanation(String text) {
    QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> Quantity.parse(text));
    assertEquals(text, e.text());
    assertTrue(e.getMessage().startsWith("Cannot parse quantity '" + text + "': "), e.getMessage());
    assertInstanceOf(IllegalArgumentException.class, e);
  }

  @Test
  void unknownUnitInTextIsAFormatErrorCausedByTheUnknownUnit() {
    QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> Quantity.parse("10 mW"));
    UnknownUnitException cause = assertInstanceOf(UnknownUnitException.class, e.getCause());
    assertEquals("mW", cause.symbol());
    assertTrue(e.getMessage().contains("'mW' is not a known unit"), e.getMessage());
  }

  @Test
  void ofWithTextRejectsBadDecimalsAndUnknownUnits() {
    QuantityFormatException bad = assertThrows(QuantityFormatException.class, () -> Quantity.of("1e3", "t"));
    assertEquals("1e3", bad.text());
    assertTrue(bad.getMessage().contains("expected a plain decimal number"), bad.getMessage());
    UnknownUnitException unknown = assertThrows(UnknownUnitException.class, () -> Quantity.of("1", "KW"));
    assertEquals("KW", unknown.symbol());
  }

  @Test
  void nullArgumentsAreRejectedWithTheirParameterNames() {
    Quantity q = Quantity.parse("1 t");
    assertEquals("value", assertThrows(NullPointerException.class,
        () -> Quantity.of((BigDecimal) null, UnitOfMeasure.TONNE)).getMessage());
    assertEquals("unit", assertThrows(NullPointerException.class,
        () -> Quantity.of(BigDecimal.ONE, null)).getMessage());
    assertEquals("unit", assertThrows(NullPointerException.class, () -> Quantity.of(1L, null)).getMessage());
    assertEquals("decimal", assertThrows(NullPointerException.class, () -> Quantity.of(null, "t")).getMessage());
    assertEquals("unitSymbol", assertThrows(NullPointerException.class,
        () -> Quantity.of("1", (String) null)).getMessage());
    assertEquals("text", assertThrows(NullPointerException.class, () -> Quantity.parse(null)).getMessage());
    assertEquals("target", assertThrows(NullPointerException.class, () -> q.to(null)).getMessage());
    assertEquals("other", assertThrows(NullPointerException.class, () -> q.compareValue(null)).getMessage());
    assertEquals("other", assertThrows(NullPointerException.class, () -> q.isLessThan(null)).getMessage());
    assertEquals("other", assertThrows(NullPointerException.class, () -> q.isEqualTo(null)).getMessage());
    assertFalse(q.equals(null));
  }

  @Test
  void doesNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(new Locale("tr", "TR"));
      assertEquals("2.5 kVA", Quantity.of(new BigDecimal("2.5"), UnitOfMeasure.KILOVOLT_AMPERE).toString());
      assertEquals(UnitOfMeasure.KILOVOLT_AMPERE, Quantity.parse("2.5 kVA").unit());
      assertEquals(new BigDecimal("2.5"), Quantity.parse("2.5 kVA").value());
      assertThrows(UnknownUnitException.class, () -> UnitOfMeasure.of("kva"));
      assertEquals(UnitOfMeasure.KILOVOLT_AMPERE, UnitOfMeasure.of("kVA"));
      assertEquals("1234567.125 kWh", Quantity.parse("1234567.125 kWh").toString());
      Locale.setDefault(Locale.GERMANY);
      assertEquals("0.5 %", Quantity.parse("0.5 %").toString());
      assertThrows(QuantityFormatException.class, () -> Quantity.parse("0,5 %"));
    } finally {
      Locale.setDefault(saved);
    }
  }
}
