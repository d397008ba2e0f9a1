package org.phaseout.examples.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The units of the shared rule spec ({@code ../shared/perf/RULESPEC.md}): synthetic, for measuring speed, not law.
 * Generated exactly as the spec says, with {@code java.util.Random(596)} and nine draws per unit in a fixed order, so
 * the first n units of any run are the same.
 */
final class RuleSpecUnits {

  /** The spec's seed. */
  static final long SEED = 596;

  private RuleSpecUnits() {}

  /**
   * One unit of the spec.
   *
   * @param id {@code U000000}, {@code U000001}, …
   * @param kind {@code coal_boiler}, {@code gas_boiler}, {@code k01}..{@code k36}, {@code motor} or {@code pump}
   * @param capacity 0.5–80.0 in steps of 0.1
   * @param inBuiltUpArea in a built-up area
   * @param inIndustrialPark in an industrial park
   * @param inHeatNetwork within a heat network's reach
   * @param indicator energy per unit product, or null when missing
   * @param model the series name for motors and pumps, otherwise null
   */
  record SpecUnit(String id, String kind, double capacity, boolean inBuiltUpArea, boolean inIndustrialPark,
      boolean inHeatNetwork, Double indicator, String model) {}

  /** The baseline of energy kind {@code kNN}: 100 + 10·NN. */
  static double baseline(int nn) {
    return 100 + 10 * nn;
  }

  static List<SpecUnit> generate(int count) {
    Random random = new Random(SEED);
    List<SpecUnit> units = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int kindClass = random.nextInt(100);
      int nn = random.nextInt(36) + 1;
      double capacity = (5 + random.nextInt(796)) / 10.0;
      boolean builtUp = random.nextBoolean();
      boolean park = random.nextBoolean();
      boolean heat = random.nextBoolean();
      boolean missing = random.nextInt(100) < 5;
      int p = random.nextInt(101) + 50;
      int series = random.nextInt(200);
      String kind = kindClass < 10 ? "coal_boiler" : kindClass < 15 ? "gas_boiler"
          : kindClass < 75 ? String.format(Locale.ROOT, "k%02d", nn) : kindClass < 90 ? "motor" : "pump";
      double base = kind.startsWith("k") ? baseline(nn) : 100;
      String model = kind.equals("motor") || kind.equals("pump") ? String.format(Locale.ROOT, "S%03d", series) : null;
      units.add(new SpecUnit(String.format(Locale.ROOT, "U%06d", i), kind, capacity, builtUp, park, heat,
          missing ? null : base * p / 100, model));
    }
    return units;
  }
}
