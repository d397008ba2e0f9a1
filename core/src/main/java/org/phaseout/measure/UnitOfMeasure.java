package org.phaseout.measure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A unit of measure (计量单位) from the closed set used by the comprehensive standards for the exit of backward
 * capacity.
 *
 * <p>Every unit belongs to one {@link QuantityKind} and sits at an exact power of ten from that kind's base unit, so
 * every permitted conversion is a decimal shift: no division, no rounding and no conversion factor is ever applied.
 * Units of different kinds are never convertible, even where a physical relation exists (for example {@code t/h}
 * steam evaporation and {@code MW} power, or {@code t/d} and {@code t/a}), because the sources do not permit inferring
 * one from the other. The symbol {@code t/h} is steam evaporation (蒸吨/小时); the hourly output of a product or metal
 * (小时产量) is {@code t/h (product)} or {@code kg/h}, a different kind.
 *
 * <p>Units are obtained from the constants or by {@link #of(String)}, which accepts the canonical ASCII
 * {@linkplain #symbol() symbol} (used in JSON) and the accepted {@linkplain #aliases() aliases}, including the
 * Chinese names. Matching is exact and case-sensitive ({@code MW} is not {@code mW}); only surrounding whitespace is
 * removed. There is exactly one instance per unit; equality is nevertheless defined by symbol.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UnitOfMeasure {

  /** 千克 kilogram: mass, 10^-3 t. */
  public static final UnitOfMeasure KILOGRAM = new UnitOfMeasure("kg", "千克", "kilogram", QuantityKind.MASS, -3,
      "千克", "公斤");
  /** 吨 tonne: mass, base unit. */
  public static final UnitOfMeasure TONNE = new UnitOfMeasure("t", "吨", "tonne", QuantityKind.MASS, 0, "吨");
  /** 万吨 ten thousand tonnes: mass, 10^4 t. */
  public static final UnitOfMeasure TEN_THOUSAND_TONNES = new UnitOfMeasure("10^4 t", "万吨", "ten thousand tonnes",
      QuantityKind.MASS, 4, "万吨", "10^4t");
  /** 吨/年 tonnes per year: annual output, base unit. */
  public static final UnitOfMeasure TONNES_PER_YEAR = new UnitOfMeasure("t/a", "吨/年", "tonnes per year",
      QuantityKind.MASS_RATE_ANNUAL, 0, "吨/年");
  /** 万吨/年 ten thousand tonnes per year: annual output, 10^4 t/a. */
  public static final UnitOfMeasure TEN_THOUSAND_TONNES_PER_YEAR = new UnitOfMeasure("10^4 t/a", "万吨/年",
      "ten thousand tonnes per year", QuantityKind.MASS_RATE_ANNUAL, 4, "万吨/年", "10^4t/a");
  /** 吨/日 tonnes per day: daily output, base unit; not convertible to {@code t/a}. */
  public static final UnitOfMeasure TONNES_PER_DAY = new UnitOfMeasure("t/d", "吨/日", "tonnes per day",
      QuantityKind.MASS_RATE_DAILY, 0, "吨/日", "吨/天");
  /** 蒸吨/小时 tonnes of steam per hour: boiler steam evaporation, base unit; not convertible to {@code MW}. */
  public static final UnitOfMeasure STEAM_TONNES_PER_HOUR = new UnitOfMeasure("t/h", "蒸吨/小时",
      "tonnes of steam per hour", QuantityKind.STEAM_EVAPORATION, 0, "蒸吨/小时", "蒸吨");
  /** 千克标准煤 kilogram of coal equivalent: coal-equivalent energy, base unit. */
  public static final UnitOfMeasure KGCE = new UnitOfMeasure("kgce", "千克标准煤", "kilogram of coal equivalent",
      QuantityKind.ENERGY_COAL_EQUIVALENT, 0, "千克标准煤");
  /** 吨标准煤 tonne of coal equivalent: coal-equivalent energy, 10^3 kgce. */
  public static final UnitOfMeasure TCE = new UnitOfMeasure("tce", "吨标准煤", "tonne of coal equivalent",
      QuantityKind.ENERGY_COAL_EQUIVALENT, 3, "吨标准煤");
  /** 万吨标准煤 ten thousand tonnes of coal equivalent: coal-equivalent energy, 10^7 kgce. */
  public static final UnitOfMeasure TEN_THOUSAND_TCE = new UnitOfMeasure("10^4 tce", "万吨标准煤",
      "ten thousand tonnes of coal equivalent", QuantityKind.ENERGY_COAL_EQUIVALENT, 7, "万吨标准煤", "10^4tce");
  /** 千克标准油 kilogram of oil equivalent: oil-equivalent energy, base unit; not convertible to coal equivalent. */
  public static final UnitOfMeasure KGOE = new UnitOfMeasure("kgoe", "千克标准油", "kilogram of oil equivalent",
      QuantityKind.ENERGY_OIL_EQUIVALENT, 0, "千克标准油");
  /** 吨标准油 tonne of oil equivalent: oil-equivalent energy, 10^3 kgoe. */
  public static final UnitOfMeasure TOE = new UnitOfMeasure("toe", "吨标准油", "tonne of oil equivalent",
      QuantityKind.ENERGY_OIL_EQUIVALENT, 3, "吨标准油");
  /** 千瓦时 kilowatt-hour: electric energy, base unit. */
  public static final UnitOfMeasure KILOWATT_HOUR = new UnitOfMeasure("kWh", "千瓦时", "kilowatt-hour",
      QuantityKind.ELECTRIC_ENERGY, 0, "千瓦时");
  /** 兆瓦时 megawatt-hour: electric energy, 10^3 kWh. */
  public static final UnitOfMeasure MEGAWATT_HOUR = new UnitOfMeasure("MWh", "兆瓦时", "megawatt-hour",
      QuantityKind.ELECTRIC_ENERGY, 3, "兆瓦时");
  /** 万千瓦时 ten thousand kilowatt-hours: electric energy, 10^4 kWh. */
  public static final UnitOfMeasure TEN_THOUSAND_KILOWATT_HOURS = new UnitOfMeasure("10^4 kWh", "万千瓦时",
      "ten thousand kilowatt-hours", QuantityKind.ELECTRIC_ENERGY, 4, "万千瓦时", "10^4kWh");
  /** 千克标准煤/吨 kilograms of coal equivalent per tonne: energy intensity, base unit. */
  public static final UnitOfMeasure KGCE_PER_TONNE = new UnitOfMeasure("kgce/t", "千克标准煤/吨",
      "kilograms of coal equivalent per tonne", QuantityKind.COAL_EQUIVALENT_PER_MASS, 0, "千克标准煤/吨");
  /** 吨标准煤/吨 tonnes of coal equivalent per tonne: energy intensity, 10^3 kgce/t. */
  public static final UnitOfMeasure TCE_PER_TONNE = new UnitOfMeasure("tce/t", "吨标准煤/吨",
      "tonnes of coal equivalent per tonne", QuantityKind.COAL_EQUIVALENT_PER_MASS, 3, "吨标准煤/吨");
  /**
   * 千克标准煤/千克 kilograms of coal equivalent per kilogram: energy intensity, 10^3 kgce/t, e.g. gold refining. It is
   * the same magnitude as {@code tce/t}, spelt as the sources spell it; both convert to each other with no change of
   * value.
   */
  public static final UnitOfMeasure KGCE_PER_KILOGRAM = new UnitOfMeasure("kgce/kg", "千克标准煤/千克",
      "kilograms of coal equivalent per kilogram", QuantityKind.COAL_EQUIVALENT_PER_MASS, 3, "千克标准煤/千克",
      "千克标准煤/公斤");
  /** 千克标准油/吨 kilograms of oil equivalent per tonne: oil-equivalent energy intensity, base unit. */
  public static final UnitOfMeasure KGOE_PER_TONNE = new UnitOfMeasure("kgoe/t", "千克标准油/吨",
      "kilograms of oil equivalent per tonne", QuantityKind.OIL_EQUIVALENT_PER_MASS, 0, "千克标准油/吨");
  /** 千瓦时/吨 kilowatt-hours per tonne: electricity intensity, base unit. */
  public static final UnitOfMeasure KILOWATT_HOURS_PER_TONNE = new UnitOfMeasure("kWh/t", "千瓦时/吨",
      "kilowatt-hours per tonne", QuantityKind.ELECTRIC_ENERGY_PER_MASS, 0, "千瓦时/吨");
  /** 克标准煤/千瓦时 grams of coal equivalent per kilowatt-hour (供电煤耗, 发电煤耗), base unit. */
  public static final UnitOfMeasure GCE_PER_KILOWATT_HOUR = new UnitOfMeasure("gce/kWh", "克标准煤/千瓦时",
      "grams of coal equivalent per kilowatt-hour", QuantityKind.COAL_EQUIVALENT_PER_ELECTRIC_ENERGY, 0,
      "克标准煤/千瓦时", "g/kWh");
  /** 千瓦 kilowatt: active power, base unit. */
  public static final UnitOfMeasure KILOWATT = new UnitOfMeasure("kW", "千瓦", "kilowatt",
      QuantityKind.ACTIVE_POWER, 0, "千瓦");
  /** 兆瓦 megawatt: active power, 10^3 kW. */
  public static final UnitOfMeasure MEGAWATT = new UnitOfMeasure("MW", "兆瓦", "megawatt",
      QuantityKind.ACTIVE_POWER, 3, "兆瓦");
  /** 千伏安 kilovolt-ampere: apparent power, base unit; not convertible to {@code kW}. */
  public static final UnitOfMeasure KILOVOLT_AMPERE = new UnitOfMeasure("kVA", "千伏安", "kilovolt-ampere",
      QuantityKind.APPARENT_POWER, 0, "千伏安");
  /** 兆伏安 megavolt-ampere: apparent power, 10^3 kVA. */
  public static final UnitOfMeasure MEGAVOLT_AMPERE = new UnitOfMeasure("MVA", "兆伏安", "megavolt-ampere",
      QuantityKind.APPARENT_POWER, 3, "兆伏安");
  /** 立方米 cubic metre: volume, base unit. */
  public static final UnitOfMeasure CUBIC_METRE = new UnitOfMeasure("m3", "立方米", "cubic metre",
      QuantityKind.VOLUME, 0, "立方米", "m³", "m^3");
  /** 万立方米 ten thousand cubic metres: volume, 10^4 m3. */
  public static final UnitOfMeasure TEN_THOUSAND_CUBIC_METRES = new UnitOfMeasure("10^4 m3", "万立方米",
      "ten thousand cubic metres", QuantityKind.VOLUME, 4, "万立方米", "10^4m3", "10^4 m³", "10^4 m^3");
  /** 百分比 percent: ratio, 10^-2. */
  public static final UnitOfMeasure PERCENT = new UnitOfMeasure("%", "百分比", "percent", QuantityKind.RATIO, -2);
  /** 一（无量纲） one: dimensionless ratio, base unit. */
  public static final UnitOfMeasure ONE = new UnitOfMeasure("1", "一（无量纲）", "one (dimensionless)",
      QuantityKind.RATIO, 0);
  /** 毫米 millimetre: length, 10^-3 m. */
  public static final UnitOfMeasure MILLIMETRE = new UnitOfMeasure("mm", "毫米", "millimetre",
      QuantityKind.LENGTH, -3, "毫米");
  /** 米 metre: length, base unit. */
  public static final UnitOfMeasure METRE = new UnitOfMeasure("m", "米", "metre", QuantityKind.LENGTH, 0, "米");
  /** 千米（公里） kilometre: length, 10^3 m. */
  public static final UnitOfMeasure KILOMETRE = new UnitOfMeasure("km", "千米", "kilometre",
      QuantityKind.LENGTH, 3, "千米", "公里");
  /** 伏 volt: voltage, base unit. */
  public static final UnitOfMeasure VOLT = new UnitOfMeasure("V", "伏", "volt", QuantityKind.VOLTAGE, 0,
      "伏", "伏特");
  /** 千伏 kilovolt: voltage, 10^3 V. */
  public static final UnitOfMeasure KILOVOLT = new UnitOfMeasure("kV", "千伏", "kilovolt",
      QuantityKind.VOLTAGE, 3, "千伏");
  /** 人 persons: headcount, base unit. */
  public static final UnitOfMeasure PERSONS = new UnitOfMeasure("persons", "人", "persons",
      QuantityKind.HEADCOUNT, 0, "人");
  /** 平方米/年 square metres per year: annual output by area, base unit. */
  public static final UnitOfMeasure SQUARE_METRES_PER_YEAR = new UnitOfMeasure("m2/a", "平方米/年",
      "square metres per year", QuantityKind.AREA_RATE_ANNUAL, 0, "平方米/年", "m²/a", "m^2/a");
  /** 万平方米/年 ten thousand square metres per year: annual output by area, 10^4 m2/a. */
  public static final UnitOfMeasure TEN_THOUSAND_SQUARE_METRES_PER_YEAR = new UnitOfMeasure("10^4 m2/a", "万平方米/年",
      "ten thousand square metres per year", QuantityKind.AREA_RATE_ANNUAL, 4, "万平方米/年", "10^4m2/a",
      "10^4 m²/a", "10^4 m^2/a");
  /** 千克/小时 kilograms per hour: hourly output of a product or metal, 10^-3 {@code t/h (product)}; not steam. */
  public static final UnitOfMeasure KILOGRAMS_PER_HOUR = new UnitOfMeasure("kg/h", "千克/小时", "kilograms per hour",
      QuantityKind.MASS_RATE_HOURLY, -3, "千克/小时", "公斤/小时");
  /**
   * 吨/小时（产品） tonnes of product per hour: hourly output of a product or metal, base unit. Its symbol is
   * {@code t/h (product)} because {@code t/h} is boiler steam evaporation; not convertible to it.
   */
  public static final UnitOfMeasure TONNES_OF_PRODUCT_PER_HOUR = new UnitOfMeasure("t/h (product)", "吨/小时（产品）",
      "tonnes of product per hour", QuantityKind.MASS_RATE_HOURLY, 0, "吨/小时（产品）");
  /** 米/分 metres per minute: speed, base unit. */
  public static final UnitOfMeasure METRES_PER_MINUTE = new UnitOfMeasure("m/min", "米/分", "metres per minute",
      QuantityKind.SPEED, 0, "米/分", "米/分钟");
  /** 安 ampere: electric current, base unit. */
  public static final UnitOfMeasure AMPERE = new UnitOfMeasure("A", "安", "ampere", QuantityKind.ELECTRIC_CURRENT, 0,
      "安", "安培");
  /** 千安 kiloampere: electric current, 10^3 A. */
  public static final UnitOfMeasure KILOAMPERE = new UnitOfMeasure("kA", "千安", "kiloampere",
      QuantityKind.ELECTRIC_CURRENT, 3, "千安", "千安培");
  /** 欧 ohm: electric resistance, base unit. */
  public static final UnitOfMeasure OHM = new UnitOfMeasure("ohm", "欧", "ohm", QuantityKind.ELECTRIC_RESISTANCE, 0,
      "Ω", "\u2126", "欧", "欧姆");
  /** 摄氏度 degree Celsius: Celsius temperature, the kind's only unit; no conversion to kelvin. */
  public static final UnitOfMeasure DEGREE_CELSIUS = new UnitOfMeasure("degC", "摄氏度", "degree Celsius",
      QuantityKind.CELSIUS_TEMPERATURE, 0, "°C", "℃", "摄氏度");
  /** 立方米/小时 cubic metres per hour: volume flow, base unit. */
  public static final UnitOfMeasure CUBIC_METRES_PER_HOUR = new UnitOfMeasure("m3/h", "立方米/小时",
      "cubic metres per hour", QuantityKind.VOLUME_FLOW, 0, "m³/h", "m^3/h", "立方米/小时", "立方米/时");
  /** 转/分 revolutions per minute: rotational speed, base unit. */
  public static final UnitOfMeasure REVOLUTIONS_PER_MINUTE = new UnitOfMeasure("r/min", "转/分",
      "revolutions per minute", QuantityKind.ROTATIONAL_SPEED, 0, "rpm", "转/分", "转/分钟");
  /** 千克标准煤/立方米 kilograms of coal equivalent per cubic metre: energy intensity by volume, base unit. */
  public static final UnitOfMeasure KGCE_PER_CUBIC_METRE = new UnitOfMeasure("kgce/m3", "千克标准煤/立方米",
      "kilograms of coal equivalent per cubic metre", QuantityKind.COAL_EQUIVALENT_PER_VOLUME, 0, "千克标准煤/立方米",
      "kgce/m³", "kgce/m^3");
  /** 吨标准煤/立方米 tonnes of coal equivalent per cubic metre: energy intensity by volume, 10^3 kgce/m3. */
  public static final UnitOfMeasure TCE_PER_CUBIC_METRE = new UnitOfMeasure("tce/m3", "吨标准煤/立方米",
      "tonnes of coal equivalent per cubic metre", QuantityKind.COAL_EQUIVALENT_PER_VOLUME, 3, "吨标准煤/立方米",
      "tce/m³", "tce/m^3");
  /**
   * 千克标准煤/万平方米 kilograms of coal equivalent per ten thousand square metres: energy intensity by area,
   * 10^-4 kgce/m2.
   */
  public static final UnitOfMeasure KGCE_PER_TEN_THOUSAND_SQUARE_METRES = new UnitOfMeasure("kgce/10^4 m2",
      "千克标准煤/万平方米", "kilograms of coal equivalent per ten thousand square metres",
      QuantityKind.COAL_EQUIVALENT_PER_AREA, -4, "千克标准煤/万平方米", "kgce/10^4m2", "kgce/10^4 m²",
      "kgce/10^4 m^2", "kgce/10⁴m²");
  /**
   * 吨标准煤/万平方米 tonnes of coal equivalent per ten thousand square metres: energy intensity by area,
   * 10^-1 kgce/m2.
   */
  public static final UnitOfMeasure TCE_PER_TEN_THOUSAND_SQUARE_METRES = new UnitOfMeasure("tce/10^4 m2",
      "吨标准煤/万平方米", "tonnes of coal equivalent per ten thousand square metres",
      QuantityKind.COAL_EQUIVALENT_PER_AREA, -1, "吨标准煤/万平方米", "tce/10^4m2", "tce/10^4 m²", "tce/10^4 m^2",
      "tce/10⁴m²");
  /** 千克标准煤/平方米 kilograms of coal equivalent per square metre: energy intensity by area, base unit. */
  public static final UnitOfMeasure KGCE_PER_SQUARE_METRE = new UnitOfMeasure("kgce/m2", "千克标准煤/平方米",
      "kilograms of coal equivalent per square metre", QuantityKind.COAL_EQUIVALENT_PER_AREA, 0, "千克标准煤/平方米",
      "kgce/m²", "kgce/m^2");
  /**
   * 吨标准煤/万标准箱 tonnes of coal equivalent per ten thousand TEU: energy intensity of container throughput,
   * 10^-1 kgce/TEU.
   */
  public static final UnitOfMeasure TCE_PER_TEN_THOUSAND_TEU = new UnitOfMeasure("tce/10^4 TEU", "吨标准煤/万标准箱",
      "tonnes of coal equivalent per ten thousand TEU", QuantityKind.COAL_EQUIVALENT_PER_CONTAINER_THROUGHPUT, -1,
      "吨标准煤/万标准箱", "tce/10^4TEU", "tce/10⁴TEU", "吨标准煤/万TEU");
  /**
   * 千克标准煤/标准箱 kilograms of coal equivalent per TEU (twenty-foot equivalent unit): energy intensity of container
   * throughput, base unit.
   */
  public static final UnitOfMeasure KGCE_PER_TEU = new UnitOfMeasure("kgce/TEU", "千克标准煤/标准箱",
      "kilograms of coal equivalent per TEU", QuantityKind.COAL_EQUIVALENT_PER_CONTAINER_THROUGHPUT, 0,
      "千克标准煤/标准箱", "千克标准煤/TEU");
  /** 兆帕 megapascal: pressure, base unit. */
  public static final UnitOfMeasure MEGAPASCAL = new UnitOfMeasure("MPa", "兆帕", "megapascal",
      QuantityKind.PRESSURE, 0, "兆帕");
  /**
   * 千瓦/(立方米/分钟) kilowatts per cubic metre per minute: specific power of an air compressor (比功率), base unit; not
   * convertible to {@code kW}.
   */
  public static final UnitOfMeasure KILOWATTS_PER_CUBIC_METRE_PER_MINUTE = new UnitOfMeasure("kW/(m3/min)",
      "千瓦/(立方米/分钟)", "kilowatts per cubic metre per minute", QuantityKind.SPECIFIC_POWER, 0, "kW/(m³/min)",
      "kW/(m^3/min)", "千瓦/(立方米/分钟)", "千瓦/（立方米/分钟）");

  private static final List<UnitOfMeasure> ALL = List.of(
      KILOGRAM, TONNE, TEN_THOUSAND_TONNES,
      TONNES_PER_YEAR, TEN_THOUSAND_TONNES_PER_YEAR,
      TONNES_PER_DAY,
      STEAM_TONNES_PER_HOUR,
      KGCE, TCE, TEN_THOUSAND_TCE,
      KGOE, TOE,
      KILOWATT_HOUR, MEGAWATT_HOUR, TEN_THOUSAND_KILOWATT_HOURS,
      KGCE_PER_TONNE, TCE_PER_TONNE, KGCE_PER_KILOGRAM,
      KGOE_PER_TONNE,
      KILOWATT_HOURS_PER_TONNE,
      GCE_PER_KILOWATT_HOUR,
      KILOWATT, MEGAWATT,
      KILOVOLT_AMPERE, MEGAVOLT_AMPERE,
      CUBIC_METRE, TEN_THOUSAND_CUBIC_METRES,
      PERCENT, ONE,
      MILLIMETRE, METRE, KILOMETRE,
      VOLT, KILOVOLT,
      PERSONS,
      SQUARE_METRES_PER_YEAR, TEN_THOUSAND_SQUARE_METRES_PER_YEAR,
      KILOGRAMS_PER_HOUR, TONNES_OF_PRODUCT_PER_HOUR,
      METRES_PER_MINUTE,
      AMPERE, KILOAMPERE,
      OHM,
      DEGREE_CELSIUS,
      CUBIC_METRES_PER_HOUR,
      REVOLUTIONS_PER_MINUTE,
      KGCE_PER_CUBIC_METRE, TCE_PER_CUBIC_METRE,
      KGCE_PER_TEN_THOUSAND_SQUARE_METRES, TCE_PER_TEN_THOUSAND_SQUARE_METRES, KGCE_PER_SQUARE_METRE,
      TCE_PER_TEN_THOUSAND_TEU, KGCE_PER_TEU,
      MEGAPASCAL,
      KILOWATTS_PER_CUBIC_METRE_PER_MINUTE);

  private static final Map<String, UnitOfMeasure> BY_NAME = index(ALL);

  private final String symbol;
  private final String chineseName;
  private final String englishName;
  private final QuantityKind quantityKind;
  private final int exponent;
  private final List<String> aliases;

  private UnitOfMeasure(String symbol, String chineseName, String englishName, QuantityKind quantityKind,
      int exponent, String... aliases) {
    this.symbol = symbol;
    this.chineseName = chineseName;
    this.englishName = englishName;
    this.quantityKind = quantityKind;
    this.exponent = exponent;
    this.aliases = List.of(aliases);
  }

  private static Map<String, UnitOfMeasure> index(List<UnitOfMeasure> units) {
    Map<String, UnitOfMeasure> byName = new LinkedHashMap<>();
    for (UnitOfMeasure unit : units) {
      register(byName, unit.symbol, unit);
      for (String alias : unit.aliases) {
        register(byName, alias, unit);
      }
    }
    return Map.copyOf(byName);
  }

  private static void register(Map<String, UnitOfMeasure> byName, String name, UnitOfMeasure unit) {
    UnitOfMeasure previous = byName.putIfAbsent(name, unit);
    if (previous != null) {
      throw new IllegalStateException("Unit name '" + name + "' is claimed by both " + previous.symbol
          + " and " + unit.symbol);
    }
  }

  /**
   * Looks up a unit by its canonical symbol or by one of its accepted aliases (按符号或别名查找计量单位).
   *
   * <p>Surrounding whitespace is removed; otherwise matching is exact and case-sensitive.
   *
   * @param symbol the canonical symbol or an accepted alias, such as {@code "kgce/t"} or {@code "千克标准煤/吨"}
   * @return the unit, never null
   * @throws NullPointerException if {@code symbol} is null
   * @throws UnknownUnitException if no unit has that symbol or alias
   */
  public static UnitOfMeasure of(String symbol) {
    Objects.requireNonNull(symbol, "symbol");
    UnitOfMeasure unit = BY_NAME.get(symbol.strip());
    if (unit == null) {
      throw new UnknownUnitException(symbol);
    }
    return unit;
  }

  /**
   * Parses a unit from text (解析计量单位); equivalent to {@link #of(String)}.
   *
   * @param text the canonical symbol or an accepted alias, optionally surrounded by whitespace
   * @return the unit, never null
   * @throws NullPointerException if {@code text} is null
   * @throws UnknownUnitException if no unit has that symbol or alias
   */
  public static UnitOfMeasure parse(String text) {
    Objects.requireNonNull(text, "text");
    return of(text);
  }

  /**
   * Returns every known unit (全部计量单位), grouped by {@link QuantityKind} in the order of that enum and, within a
   * kind, in non-decreasing order of {@link #exponent()}. Two units of one kind share an exponent only when they are
   * the same magnitude spelt two ways, as {@code tce/t} and {@code kgce/kg}; the one added later comes second. The
   * order is stable across releases except for additions.
   *
   * @return an unmodifiable list, never null
   */
  public static List<UnitOfMeasure> all() {
    return ALL;
  }

  /**
   * Returns the canonical symbol (标准符号), the ASCII-oriented spelling used in JSON catalogues.
   *
   * @return the symbol, never null
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Returns the Chinese name (中文名称), such as {@code 千克标准煤/吨}.
   *
   * @return the Chinese name, never null
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Returns the English name (英文名称), such as {@code kilograms of coal equivalent per tonne}.
   *
   * @return the English name, never null
   */
  public String englishName() {
    return englishName;
  }

  /**
   * Returns the kind of quantity this unit measures (量的种类).
   *
   * @return the kind, never null
   */
  public QuantityKind quantityKind() {
    return quantityKind;
  }

  /**
   * Returns the power of ten relating this unit to its kind's base unit (相对基准单位的十的幂): a value {@code v} in
   * this unit equals {@code v × 10^exponent} in the base unit. For example {@code tce} has exponent 3 because the base
   * unit of coal-equivalent energy is {@code kgce}.
   *
   * @return the exponent
   */
  public int exponent() {
    return exponent;
  }

  /**
   * Returns the accepted alternative spellings (别名) that {@link #of(String)} also recognises, excluding the
   * canonical symbol.
   *
   * @return an unmodifiable list, possibly empty, never null
   */
  public List<String> aliases() {
    return aliases;
  }

  /**
   * Tells whether a quantity in this unit can be converted exactly into {@code other} (是否可换算), which holds if
   * and only if both units have the same {@link QuantityKind}.
   *
   * @param other the target unit
   * @return true if the units are of the same kind
   * @throws NullPointerException if {@code other} is null
   */
  public boolean isConvertibleTo(UnitOfMeasure other) {
    Objects.requireNonNull(other, "other");
    return quantityKind == other.quantityKind;
  }

  /**
   * Compares this unit with another object for equality; two units are equal if their symbols are equal.
   *
   * @param obj the other object, null returns false
   * @return true if {@code obj} is a unit with the same symbol
   */
  @Override
  public boolean equals(Object obj) {
    return this == obj || (obj instanceof UnitOfMeasure && symbol.equals(((UnitOfMeasure) obj).symbol));
  }

  /**
   * Returns a hash code derived from the symbol.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return symbol.hashCode();
  }

  /**
   * Returns the canonical {@linkplain #symbol() symbol}.
   *
   * @return the symbol, never null
   */
  @Override
  public String toString() {
    return symbol;
  }
}
