package org.phaseout.measure;

/**
 * The kind of a physical quantity (量的种类), which decides which units of measure can be converted into each other.
 *
 * <p>Two {@link UnitOfMeasure units} are convertible if and only if they have the same kind. Kinds are deliberately
 * narrow: annual output and daily output, steam evaporation and thermal power, coal equivalent and oil equivalent,
 * and active and apparent power are different kinds, because converting between them would need an assumption
 * (operating days, boiler efficiency, a conversion factor, a power factor) that the policy sources do not supply.
 *
 * <p>This class is immutable and thread-safe.
 */
public enum QuantityKind {

  /** Mass (质量); base unit tonne {@code t}. */
  MASS("质量", "mass"),

  /** Annual output or capacity (年产量 / 年产能); base unit {@code t/a}. */
  MASS_RATE_ANNUAL("年产量", "annual output"),

  /** Daily output or capacity (日产量 / 日产能); base unit {@code t/d}. Not convertible to annual output. */
  MASS_RATE_DAILY("日产量", "daily output"),

  /**
   * Rated steam evaporation of a boiler (额定蒸发量, 蒸吨); base unit {@code t/h}. Not convertible to thermal or
   * electric power.
   */
  STEAM_EVAPORATION("蒸发量", "steam evaporation"),

  /** Energy expressed as standard coal equivalent (标准煤当量); base unit {@code kgce}. */
  ENERGY_COAL_EQUIVALENT("标准煤当量能量", "energy, coal equivalent"),

  /** Energy expressed as standard oil equivalent (标准油当量); base unit {@code kgoe}. */
  ENERGY_OIL_EQUIVALENT("标准油当量能量", "energy, oil equivalent"),

  /** Electric energy (电能, 电量); base unit {@code kWh}. */
  ELECTRIC_ENERGY("电能", "electric energy"),

  /** Energy consumption per unit of product, coal equivalent (单位产品综合能耗); base unit {@code kgce/t}. */
  COAL_EQUIVALENT_PER_MASS("单位产品能耗（标准煤）", "energy intensity, coal equivalent per mass"),

  /** Energy consumption per unit of product, oil equivalent (单位产品能耗（标准油）); base unit {@code kgoe/t}. */
  OIL_EQUIVALENT_PER_MASS("单位产品能耗（标准油）", "energy intensity, oil equivalent per mass"),

  /** Electricity consumption per unit of product (单位产品电耗); base unit {@code kWh/t}. */
  ELECTRIC_ENERGY_PER_MASS("单位产品电耗", "electricity intensity per mass"),

  /** Coal consumption per unit of electricity supplied or generated (供电煤耗 / 发电煤耗); base unit {@code gce/kWh}. */
  COAL_EQUIVALENT_PER_ELECTRIC_ENERGY("供电煤耗", "coal consumption per electric energy"),

  /** Active (real) power (有功功率); base unit {@code kW}. */
  ACTIVE_POWER("有功功率", "active power"),

  /** Apparent power, e.g. transformer or furnace transformer rating (视在功率); base unit {@code kVA}. */
  APPARENT_POWER("视在功率", "apparent power"),

  /** Volume, e.g. blast-furnace useful volume (容积, 体积); base unit {@code m3}. */
  VOLUME("容积", "volume"),

  /** Dimensionless ratio (比率); base unit {@code 1}. */
  RATIO("比率", "ratio"),

  /** Length (长度); base unit {@code m}. */
  LENGTH("长度", "length"),

  /** Electric voltage (电压); base unit {@code V}. */
  VOLTAGE("电压", "voltage"),

  /** Headcount, a number of persons (人数); base unit {@code persons}. */
  HEADCOUNT("人数", "headcount"),

  /**
   * Annual output measured by area, e.g. plasterboard or waterproofing membrane (年产面积, 平方米/年); base unit
   * {@code m2/a}. Not convertible to annual output by mass.
   */
  AREA_RATE_ANNUAL("年产面积", "annual output by area"),

  /**
   * Hourly output or throughput of a product or metal, e.g. a cupola's melting rate or a cartridging machine's charging
   * rate (小时产量, 熔化率, 装药效率); base unit {@code t/h (product)}. Distinct from boiler steam evaporation
   * ({@link #STEAM_EVAPORATION}, symbol {@code t/h}) and not convertible to it.
   */
  MASS_RATE_HOURLY("小时产量", "hourly output by mass"),

  /**
   * Speed, e.g. a paper machine's running speed (速度, 车速); base unit {@code m/min}. Units per second are not defined,
   * because 60 is not a power of ten.
   */
  SPEED("速度", "speed"),

  /** Electric current, e.g. an electrolytic cell's current or a detonator's no-fire current (电流); base unit {@code A}. */
  ELECTRIC_CURRENT("电流", "electric current"),

  /** Electric resistance (电阻); base unit {@code ohm}. */
  ELECTRIC_RESISTANCE("电阻", "electric resistance"),

  /**
   * Temperature on the Celsius scale (摄氏温度); its only unit is {@code degC}. Kelvin is not a unit of this kind,
   * because Celsius differs from it by an offset, not by a power of ten.
   */
  CELSIUS_TEMPERATURE("摄氏温度", "Celsius temperature"),

  /**
   * Volume flow, e.g. a pump's flow at its best-efficiency point (体积流量, 立方米/小时); base unit {@code m3/h}. Cubic
   * metres per second are not a unit of this kind: converting hours to seconds is a factor of 3,600, not a power of
   * ten, so a catalogue formula that needs m³/s divides by 3600 in the open.
   */
  VOLUME_FLOW("体积流量", "volume flow"),

  /** Rotational speed, e.g. a pump's or motor's speed (转速, 转/分); base unit {@code r/min}. */
  ROTATIONAL_SPEED("转速", "rotational speed"),

  /**
   * Energy consumption per unit volume of product, coal equivalent, e.g. fibreboard or particleboard
   * (单位产品能耗（体积）, 千克标准煤/立方米); base unit {@code kgce/m3}. Not convertible to energy per mass, because
   * converting would need the product's density.
   */
  COAL_EQUIVALENT_PER_VOLUME("单位产品能耗（体积）", "energy intensity, coal equivalent per volume"),

  /**
   * Energy consumption per unit area of product, coal equivalent, e.g. aluminium composite panel (单位面积产品能耗,
   * 千克标准煤/万平方米); base unit {@code kgce/m2}. Not convertible to energy per mass or per volume.
   */
  COAL_EQUIVALENT_PER_AREA("单位面积产品能耗", "energy intensity, coal equivalent per area"),

  /**
   * Energy consumption per unit of container throughput, coal equivalent, counted in twenty-foot equivalent units
   * (单位集装箱吞吐量能耗, 吨标准煤/万标准箱); base unit {@code kgce/TEU}. Not convertible to energy per tonne of
   * throughput, because a TEU has no fixed mass.
   */
  COAL_EQUIVALENT_PER_CONTAINER_THROUGHPUT("单位集装箱吞吐量能耗", "energy intensity, coal equivalent per TEU"),

  /**
   * Pressure, e.g. the discharge pressure of an air compressor (压力, 排气压力); base unit {@code MPa}. Gauge and
   * absolute pressure are not told apart: the value means what the source's table means by it.
   */
  PRESSURE("压力", "pressure"),

  /**
   * Specific power of a positive-displacement air compressor (比功率): the package input power per volume flow rate of
   * air delivered, as GB 19153-2019 tabulates it; base unit {@code kW/(m3/min)}. Not convertible to active power or to
   * any energy intensity, because converting would need the flow rate.
   */
  SPECIFIC_POWER("比功率", "specific power, input power per volume flow rate");

  private final String chineseName;
  private final String englishName;

  QuantityKind(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * Returns the Chinese name of this kind (中文名称).
   *
   * @return the Chinese name, never null
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Returns the English name of this kind (英文名称).
   *
   * @return the English name, never null
   */
  public String englishName() {
    return englishName;
  }
}
