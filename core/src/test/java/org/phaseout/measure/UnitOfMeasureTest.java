package org.phaseout.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Specification of {@link UnitOfMeasure}: the closed set of units, their lookup and their convertibility. */
class UnitOfMeasureTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "kg|kg", "千克|kg", "公斤|kg", "t|t", "吨|t", "10^4 t|10^4 t", "万吨|10^4 t", "10^4t|10^4 t",
      "t/a|t/a", "吨/年|t/a", "10^4 t/a|10^4 t/a", "万吨/年|10^4 t/a", "10^4t/a|10^4 t/a",
      "t/d|t/d", "吨/日|t/d", "t/h|t/h", "蒸吨/小时|t/h", "蒸吨|t/h",
      "kgce|kgce", "千克标准煤|kgce", "tce|tce", "吨标准煤|tce", "10^4 tce|10^4 tce", "万吨标准煤|10^4 tce",
      "kgoe|kgoe", "toe|toe", "kWh|kWh", "千瓦时|kWh", "MWh|MWh", "10^4 kWh|10^4 kWh", "万千瓦时|10^4 kWh",
      "kgce/t|kgce/t", "千克标准煤/吨|kgce/t", "tce/t|tce/t", "kgoe/t|kgoe/t", "kWh/t|kWh/t", "千瓦时/吨|kWh/t",
      "gce/kWh|gce/kWh", "g/kWh|gce/kWh", "克标准煤/千瓦时|gce/kWh",
      "kW|kW", "千瓦|kW", "MW|MW", "兆瓦|MW", "kVA|kVA", "千伏安|kVA", "MVA|MVA",
      "m3|m3", "m³|m3", "m^3|m3", "立方米|m3", "10^4 m3|10^4 m3", "万立方米|10^4 m3",
      "%|%", "1|1", "mm|mm", "毫米|mm", "m|m", "米|m", "km|km", "千米|km", "公里|km",
      "V|V", "伏|V", "kV|kV", "千伏|kV", "persons|persons", "人|persons",
      "m2/a|m2/a", "平方米/年|m2/a", "m²/a|m2/a", "m^2/a|m2/a", "10^4 m2/a|10^4 m2/a", "万平方米/年|10^4 m2/a",
      "10^4m2/a|10^4 m2/a", "10^4 m²/a|10^4 m2/a", "10^4 m^2/a|10^4 m2/a",
      "kg/h|kg/h", "千克/小时|kg/h", "公斤/小时|kg/h", "t/h (product)|t/h (product)", "吨/小时（产品）|t/h (product)",
      "m/min|m/min", "米/分|m/min", "米/分钟|m/min", "A|A", "安|A", "安培|A", "kA|kA", "千安|kA", "千安培|kA",
      "ohm|ohm", "Ω|ohm", "Ω|ohm", "欧|ohm", "欧姆|ohm", "degC|degC", "°C|degC", "℃|degC", "摄氏度|degC",
      "kgce/kg|kgce/kg", "千克标准煤/千克|kgce/kg", "千克标准煤/公斤|kgce/kg",
      "kgce/m3|kgce/m3", "kgce/m³|kgce/m3", "kgce/m^3|kgce/m3", "千克标准煤/立方米|kgce/m3",
      "tce/m3|tce/m3", "tce/m³|tce/m3", "tce/m^3|tce/m3", "吨标准煤/立方米|tce/m3",
      "kgce/m2|kgce/m2", "kgce/m²|kgce/m2", "kgce/m^2|kgce/m2", "千克标准煤/平方米|kgce/m2",
      "kgce/10^4 m2|kgce/10^4 m2", "千克标准煤/万平方米|kgce/10^4 m2", "kgce/10^4m2|kgce/10^4 m2",
      "kgce/10^4 m²|kgce/10^4 m2", "kgce/10^4 m^2|kgce/10^4 m2", "kgce/10⁴m²|kgce/10^4 m2",
      "tce/10^4 m2|tce/10^4 m2", "吨标准煤/万平方米|tce/10^4 m2", "tce/10^4m2|tce/10^4 m2", "tce/10^4 m²|tce/10^4 m2",
      "tce/10^4 m^2|tce/10^4 m2", "tce/10⁴m²|tce/10^4 m2",
      "kgce/TEU|kgce/TEU", "千克标准煤/标准箱|kgce/TEU", "千克标准煤/TEU|kgce/TEU",
      "tce/10^4 TEU|tce/10^4 TEU", "吨标准煤/万标准箱|tce/10^4 TEU", "tce/10^4TEU|tce/10^4 TEU",
      "tce/10⁴TEU|tce/10^4 TEU", "吨标准煤/万TEU|tce/10^4 TEU",
      "m3/h|m3/h", "m³/h|m3/h", "m^3/h|m3/h", "立方米/小时|m3/h", "立方米/时|m3/h",
      "r/min|r/min", "rpm|r/min", "转/分|r/min", "转/分钟|r/min",
      "MPa|MPa", "兆帕|MPa", "kW/(m3/min)|kW/(m3/min)", "kW/(m³/min)|kW/(m3/min)", "kW/(m^3/min)|kW/(m3/min)",
      "千瓦/(立方米/分钟)|kW/(m3/min)", "千瓦/（立方米/分钟）|kW/(m3/min)"})
  void looksUpCanonicalSymbolsAndAliases(String text, String expectedSymbol) {
    assertEquals(expectedSymbol, UnitOfMeasure.of(text).symbol());
    assertEquals(expectedSymbol, UnitOfMeasure.parse(text).symbol());
  }

  @Test
  void constantsAreTheInstancesReturnedByLookup() {
    assertSame(UnitOfMeasure.KGCE_PER_TONNE, UnitOfMeasure.of("kgce/t"));
    assertSame(UnitOfMeasure.STEAM_TONNES_PER_HOUR, UnitOfMeasure.of("蒸吨/小时"));
    assertSame(UnitOfMeasure.GCE_PER_KILOWATT_HOUR, UnitOfMeasure.of("g/kWh"));
  }

  @Test
  void trimsSurroundingWhitespaceIncludingIdeographicSpace() {
    assertSame(UnitOfMeasure.MEGAWATT, UnitOfMeasure.of("  MW\t"));
    assertSame(UnitOfMeasure.TONNE, UnitOfMeasure.of("\u3000吨\u3000"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"mW", "Mw", "KW", "kw", "KGCE", "T", "v", "", "  ", "10^4  t", "kg ce", "tonne", "t/y",
      "a", "KA", "Ohm", "degc", "C", "K", "m2", "t/h(product)", "t/h  (product)", "t/h (metal)", "吨/小时", "m/s",
      "kgce/KG", "kgce/M3", "kgce/m 3", "kgce/10^4  m2", "kgce/10^4 m 2", "kgce/teu", "tce/10^4 teu", "tce/TEU",
      "kgce/10^4 TEU", "kgce/万平方米", "千克标准煤/万立方米", "mpa", "MPA", "Mpa", "kPa", "kW/m3/min", "kw/(m3/min)",
      "kW/(m3/min )", "kW / (m3/min)", "kW/(m3/h)"})
  void matchingIsExactAndCaseSensitive(String text) {
    UnknownUnitException e = assertThrows(UnknownUnitException.class, () -> UnitOfMeasure.of(text));
    assertEquals(text, e.symbol());
    assertTrue(e.getMessage().contains("'" + text + "' is not a known unit"), e.getMessage());
    assertTrue(e.getMessage().contains("UnitOfMeasure.all()"), e.getMessage());
  }

  @Test
  void unknownUnitExceptionIsAnIllegalArgumentException() {
    assertTrue(IllegalArgumentException.class.isAssignableFrom(UnknownUnitException.class));
  }

  @Test
  void nullSymbolIsRejectedWithParameterName() {
    NullPointerException of = assertThrows(NullPointerException.class, () -> UnitOfMeasure.of(null));
    assertEquals("symbol", of.getMessage());
    NullPointerException parse = assertThrows(NullPointerException.class, () -> UnitOfMeasure.parse(null));
    assertEquals("text", parse.getMessage());
    NullPointerException convertible =
        assertThrows(NullPointerException.class, () -> UnitOfMeasure.TONNE.isConvertibleTo(null));
    assertEquals("other", convertible.getMessage());
  }

  @Test
  void allListsFiftyFiveUnitsGroupedByKindThenExponent() {
    List<UnitOfMeasure> all = UnitOfMeasure.all();
    assertEquals(55, all.size());
    List<String> sameExponent = new ArrayList<>();
    for (int i = 1; i < all.size(); i++) {
      UnitOfMeasure previous = all.get(i - 1);
      UnitOfMeasure current = all.get(i);
      int byKind = previous.quantityKind().compareTo(current.quantityKind());
      assertTrue(byKind < 0 || (byKind == 0 && previous.exponent() <= current.exponent()),
          previous + " should come before " + current);
      if (byKind == 0 && previous.exponent() == current.exponent()) {
        sameExponent.add(previous + " = " + current);
      }
    }
    // the only two spellings of one magnitude: 1 tce/t = 1 kgce/kg = 1000 kgce/t
    assertEquals(List.of("tce/t = kgce/kg"), sameExponent);
    assertThrows(UnsupportedOperationException.class, () -> all.add(UnitOfMeasure.TONNE));
  }

  @Test
  void everyKindHasExactlyOneBaseUnit() {
    for (QuantityKind kind : QuantityKind.values()) {
      long bases = UnitOfMeasure.all().stream()
          .filter(u -> u.quantityKind() == kind && u.exponent() == 0)
          .count();
      assertEquals(1, bases, kind.name());
    }
  }

  @Test
  void everySymbolAndAliasResolvesToItsOwnUnitAndNoNameIsShared() {
    Set<String> names = new HashSet<>();
    List<String> duplicates = new ArrayList<>();
    for (UnitOfMeasure unit : UnitOfMeasure.all()) {
      assertSame(unit, UnitOfMeasure.of(unit.symbol()));
      assertSame(unit, UnitOfMeasure.of(unit.toString()));
      if (!names.add(unit.symbol())) {
        duplicates.add(unit.symbol());
      }
      for (String alias : unit.aliases()) {
        assertSame(unit, UnitOfMeasure.of(alias), alias);
        if (!names.add(alias)) {
          duplicates.add(alias);
        }
      }
    }
    assertEquals(List.of(), duplicates);
  }

  @Test
  void symbolsAreAsciiAndNamesArePresent() {
    for (UnitOfMeasure unit : UnitOfMeasure.all()) {
      assertTrue(unit.symbol().chars().allMatch(c -> c > 0x20 && c < 0x7f || c == ' '), unit.symbol());
      assertEquals(unit.symbol(), unit.symbol().strip());
      assertFalse(unit.chineseName().isBlank(), unit.symbol());
      assertFalse(unit.englishName().isBlank(), unit.symbol());
    }
  }

  @ParameterizedTest(name = "{0} and {1} convertible: {2}")
  @CsvSource(delimiter = '|', value = {
      "kgce|tce|true", "10^4 tce|kgce|true", "t|10^4 t|true", "kg|t|true", "kW|MW|true", "%|1|true",
      "kWh|10^4 kWh|true", "MWh|kWh|true", "mm|m|true", "km|m|true", "kV|V|true", "kgce/t|tce/t|true",
      "kVA|MVA|true", "m3|10^4 m3|true", "t/a|10^4 t/a|true",
      "t/h|MW|false", "kWh|kgce|false", "t/d|t/a|false", "kgoe/t|kgce/t|false", "kW|kVA|false",
      "kgoe|kgce|false", "toe|tce|false", "t|t/a|false", "gce/kWh|kgce/t|false", "kWh/t|kgce/t|false",
      "persons|1|false", "m|m3|false", "kV|kVA|false",
      "m2/a|10^4 m2/a|true", "kg/h|t/h (product)|true", "A|kA|true",
      "t/h|t/h (product)|false", "t/h|kg/h|false", "10^4 m2/a|10^4 t/a|false", "10^4 m2/a|10^4 m3|false",
      "m/min|m|false", "m/min|t/h (product)|false", "kA|kVA|false", "A|V|false", "ohm|V|false", "ohm|A|false",
      "degC|1|false", "degC|%|false", "kg/h|t/d|false",
      "kgce/kg|kgce/t|true", "kgce/kg|tce/t|true", "kgce/m3|tce/m3|true", "kgce/m2|kgce/10^4 m2|true",
      "tce/10^4 m2|kgce/10^4 m2|true", "kgce/TEU|tce/10^4 TEU|true",
      "kgce/m3|kgce/t|false", "kgce/m3|kgce/m2|false", "kgce/10^4 m2|kgce/t|false", "kgce/kg|kgce/m3|false",
      "tce/10^4 TEU|kgce/t|false", "tce/10^4 TEU|tce/10^4 m2|false", "kgce/m3|m3|false", "kgce/kg|kgce|false",
      "kgce/10^4 m2|10^4 m2/a|false", "kgce/m3|kgoe/t|false",
      "MPa|MPa|true", "kW/(m3/min)|kW/(m3/min)|true", "kW/(m3/min)|kW|false", "kW/(m3/min)|m3|false",
      "kW/(m3/min)|kWh/t|false", "MPa|kV|false", "MPa|MW|false", "MPa|kW/(m3/min)|false"})
  void convertibilityIsSameKindSymmetric(String left, String right, boolean expected) {
    UnitOfMeasure a = UnitOfMeasure.of(left);
    UnitOfMeasure b = UnitOfMeasure.of(right);
    assertEquals(expected, a.isConvertibleTo(b));
    assertEquals(expected, b.isConvertibleTo(a));
    assertEquals(expected, a.quantityKind() == b.quantityKind());
  }

  @Test
  void describesKindsExponentsAndNames() {
    assertEquals(QuantityKind.STEAM_EVAPORATION, UnitOfMeasure.STEAM_TONNES_PER_HOUR.quantityKind());
    assertEquals("蒸吨/小时", UnitOfMeasure.STEAM_TONNES_PER_HOUR.chineseName());
    assertEquals(QuantityKind.COAL_EQUIVALENT_PER_ELECTRIC_ENERGY, UnitOfMeasure.GCE_PER_KILOWATT_HOUR.quantityKind());
    assertEquals(7, UnitOfMeasure.TEN_THOUSAND_TCE.exponent());
    assertEquals(-2, UnitOfMeasure.PERCENT.exponent());
    assertEquals(-3, UnitOfMeasure.KILOGRAM.exponent());
    assertEquals("kilograms of coal equivalent per tonne", UnitOfMeasure.KGCE_PER_TONNE.englishName());
    assertEquals("标准煤当量能量", QuantityKind.ENERGY_COAL_EQUIVALENT.chineseName());
    assertEquals("steam evaporation", QuantityKind.STEAM_EVAPORATION.englishName());
  }

  @Test
  void steamTonnesPerHourKeepTheirSymbolBesideHourlyOutputOfAProduct() {
    assertSame(UnitOfMeasure.STEAM_TONNES_PER_HOUR, UnitOfMeasure.of("t/h"));
    assertEquals(QuantityKind.STEAM_EVAPORATION, UnitOfMeasure.of("t/h").quantityKind());
    assertSame(UnitOfMeasure.TONNES_OF_PRODUCT_PER_HOUR, UnitOfMeasure.of("t/h (product)"));
    assertEquals(QuantityKind.MASS_RATE_HOURLY, UnitOfMeasure.TONNES_OF_PRODUCT_PER_HOUR.quantityKind());
    assertEquals(0, UnitOfMeasure.TONNES_OF_PRODUCT_PER_HOUR.exponent());
    assertEquals(-3, UnitOfMeasure.KILOGRAMS_PER_HOUR.exponent());
    assertFalse(UnitOfMeasure.KILOGRAMS_PER_HOUR.isConvertibleTo(UnitOfMeasure.STEAM_TONNES_PER_HOUR));
  }

  @Test
  void describesTheKindsAddedForTheIndustryCatalogue() {
    assertEquals(4, UnitOfMeasure.TEN_THOUSAND_SQUARE_METRES_PER_YEAR.exponent());
    assertEquals("万平方米/年", UnitOfMeasure.TEN_THOUSAND_SQUARE_METRES_PER_YEAR.chineseName());
    assertEquals(3, UnitOfMeasure.KILOAMPERE.exponent());
    assertEquals(QuantityKind.ELECTRIC_CURRENT, UnitOfMeasure.AMPERE.quantityKind());
    assertEquals(QuantityKind.SPEED, UnitOfMeasure.METRES_PER_MINUTE.quantityKind());
    assertEquals(QuantityKind.ELECTRIC_RESISTANCE, UnitOfMeasure.OHM.quantityKind());
    assertEquals("摄氏温度", QuantityKind.CELSIUS_TEMPERATURE.chineseName());
    // Celsius is an offset scale: the kind has no unit but degC, so no conversion is ever offered
    assertEquals(List.of(UnitOfMeasure.DEGREE_CELSIUS), UnitOfMeasure.all().stream()
        .filter(u -> u.quantityKind() == QuantityKind.CELSIUS_TEMPERATURE).toList());
  }

  @Test
  void describesTheEnergyIntensityUnitsOfTheQuotaStandards() {
    assertEquals(QuantityKind.COAL_EQUIVALENT_PER_MASS, UnitOfMeasure.KGCE_PER_KILOGRAM.quantityKind());
    assertEquals(3, UnitOfMeasure.KGCE_PER_KILOGRAM.exponent());
    assertEquals(UnitOfMeasure.TCE_PER_TONNE.exponent(), UnitOfMeasure.KGCE_PER_KILOGRAM.exponent());
    assertEquals(0, UnitOfMeasure.KGCE_PER_TONNE.exponent());
    assertEquals("千克标准煤/千克", UnitOfMeasure.KGCE_PER_KILOGRAM.chineseName());
    assertEquals(QuantityKind.COAL_EQUIVALENT_PER_VOLUME, UnitOfMeasure.KGCE_PER_CUBIC_METRE.quantityKind());
    assertEquals(0, UnitOfMeasure.KGCE_PER_CUBIC_METRE.exponent());
    assertEquals(3, UnitOfMeasure.TCE_PER_CUBIC_METRE.exponent());
    assertEquals("单位产品能耗（体积）", QuantityKind.COAL_EQUIVALENT_PER_VOLUME.chineseName());
    assertEquals(QuantityKind.COAL_EQUIVALENT_PER_AREA, UnitOfMeasure.KGCE_PER_SQUARE_METRE.quantityKind());
    assertEquals(0, UnitOfMeasure.KGCE_PER_SQUARE_METRE.exponent());
    assertEquals(-4, UnitOfMeasure.KGCE_PER_TEN_THOUSAND_SQUARE_METRES.exponent());
    assertEquals(-1, UnitOfMeasure.TCE_PER_TEN_THOUSAND_SQUARE_METRES.exponent());
    assertEquals("千克标准煤/万平方米", UnitOfMeasure.KGCE_PER_TEN_THOUSAND_SQUARE_METRES.chineseName());
    assertEquals("单位面积产品能耗", QuantityKind.COAL_EQUIVALENT_PER_AREA.chineseName());
    assertEquals(QuantityKind.COAL_EQUIVALENT_PER_CONTAINER_THROUGHPUT,
        UnitOfMeasure.TCE_PER_TEN_THOUSAND_TEU.quantityKind());
    assertEquals(-1, UnitOfMeasure.TCE_PER_TEN_THOUSAND_TEU.exponent());
    assertEquals(0, UnitOfMeasure.KGCE_PER_TEU.exponent());
    assertSame(UnitOfMeasure.KGCE_PER_TEN_THOUSAND_SQUARE_METRES, UnitOfMeasure.of("kgce/10^4 m2"));
    assertSame(UnitOfMeasure.KGCE_PER_CUBIC_METRE, UnitOfMeasure.of("kgce/m³"));
  }

  @Test
  void volumeFlowAndRotationalSpeedAreKindsOfTheirOwnWithoutSeconds() {
    assertEquals(QuantityKind.VOLUME_FLOW, UnitOfMeasure.CUBIC_METRES_PER_HOUR.quantityKind());
    assertEquals(0, UnitOfMeasure.CUBIC_METRES_PER_HOUR.exponent());
    assertEquals("体积流量", QuantityKind.VOLUME_FLOW.chineseName());
    assertEquals(QuantityKind.ROTATIONAL_SPEED, UnitOfMeasure.REVOLUTIONS_PER_MINUTE.quantityKind());
    assertEquals("转速", QuantityKind.ROTATIONAL_SPEED.chineseName());
    assertFalse(UnitOfMeasure.CUBIC_METRES_PER_HOUR.isConvertibleTo(UnitOfMeasure.CUBIC_METRE));
    assertFalse(UnitOfMeasure.REVOLUTIONS_PER_MINUTE.isConvertibleTo(UnitOfMeasure.METRES_PER_MINUTE));
    // 1 m³/s = 3,600 m³/h is not a power of ten, so no m³/s unit exists to convert into by accident
    assertThrows(UnknownUnitException.class, () -> UnitOfMeasure.of("m3/s"));
  }

  @Test
  void theUnitsFormatDocumentListsEveryUnitAndAlias() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "units-format.md"), StandardCharsets.UTF_8);
    String table = doc.substring(doc.indexOf("## Units of measure"), doc.indexOf("## The bundled Chongqing dataset"));
    for (UnitOfMeasure unit : UnitOfMeasure.all()) {
      assertTrue(table.contains("`" + unit.symbol() + "` (" + unit.exponent() + ")")
          || table.contains("`" + unit.symbol() + "` (\u2212" + -unit.exponent() + ")"), unit.symbol());
      for (String alias : unit.aliases()) {
        assertTrue(table.contains(alias), unit.symbol() + " alias " + alias);
      }
    }
  }

  @Test
  void equalityAndToStringFollowTheSymbol() {
    assertEquals(UnitOfMeasure.of("万吨/年"), UnitOfMeasure.TEN_THOUSAND_TONNES_PER_YEAR);
    assertEquals(UnitOfMeasure.of("万吨/年").hashCode(), "10^4 t/a".hashCode());
    assertNotEquals(UnitOfMeasure.KILOWATT, UnitOfMeasure.KILOVOLT_AMPERE);
    assertNotEquals(UnitOfMeasure.KILOWATT, "kW");
    assertEquals("10^4 t/a", UnitOfMeasure.TEN_THOUSAND_TONNES_PER_YEAR.toString());
  }
}
