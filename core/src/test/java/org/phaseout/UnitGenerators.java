package org.phaseout;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.capacity.Measurement;
import org.phaseout.capacity.OperatingStatus;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.Vocabulary;
import org.phaseout.measure.DateInterval;
import org.phaseout.measure.Quantity;
import org.phaseout.measure.UnitOfMeasure;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators of synthetic enterprises and production units that fit the vocabulary of the catalogue
 * copies. Enterprise names are fictitious (they end in （虚构）) and credit codes have a valid check character. Values
 * are arbitrary; no generator encodes a catalogue threshold.
 */
public final class UnitGenerators {

  /** Divisions in and outside Chongqing. */
  public static final List<String> DIVISIONS = List.of("500000", "500101", "500112", "110101", "310115", "650102");
  /** Industries of the covered kinds and others. */
  public static final List<String> INDUSTRIES = List.of("D4430", "C3216", "C3110", "C3011", "C2511");

  /** Text for names, ids and sources: ASCII, CJK, JSON-special, full-width, ideographic space, astral. */
  private static final List<String> PIECES = List.of("a", "Z", "0", "-", "_", ".", " ", "/", "~", "\"", "\\", "\t",
      "\n", "\u3000", "锅", "炉", "（", "）", "ü", "İ", "ı", "\uD83C\uDFED", "%", "<", "{", "}");

  private static final Vocabulary VOCABULARY = EvaluationFixtures.catalogues().vocabulary();

  private UnitGenerators() {}

  /** @return the vocabulary the generated units fit */
  public static Vocabulary vocabulary() {
    return VOCABULARY;
  }

  static int between(RandomnessSource in, int min, int max) {
    return integers().between(min, max).generate(in);
  }

  static boolean flip(RandomnessSource in) {
    return booleans().all().generate(in);
  }

  static <T> T pick(RandomnessSource in, List<T> list) {
    return list.get(between(in, 0, list.size() - 1));
  }

  /**
   * A decimal of up to seven significant digits at a scale from {@code minScale} to {@code maxScale}.
   *
   * @param in the randomness
   * @param min the least unscaled value
   * @param max the greatest unscaled value
   * @param minScale the least scale
   * @param maxScale the greatest scale
   * @return the decimal
   */
  static BigDecimal decimal(RandomnessSource in, int min, int max, int minScale, int maxScale) {
    return BigDecimal.valueOf(between(in, min, max), between(in, minScale, maxScale));
  }

  static String text(RandomnessSource in, int minLength, int maxLength) {
    StringBuilder sb = new StringBuilder();
    int n = between(in, minLength, maxLength);
    for (int i = 0; i < n; i++) {
      sb.append(pick(in, PIECES));
    }
    return sb.toString();
  }

  static LocalDate date(RandomnessSource in) {
    return LocalDate.of(1950, 1, 1).plusDays(between(in, 0, 150 * 365));
  }

  /** @return any unit of measure of the same kind as {@code unit} */
  static UnitOfMeasure sameKind(RandomnessSource in, UnitOfMeasure unit) {
    return pick(in, UnitOfMeasure.all().stream().filter(u -> u.isConvertibleTo(unit)).toList());
  }

  /**
   * Generates an enterprise.
   *
   * @param serial makes the credit code unique
   * @return the generator
   */
  public static Gen<Enterprise> enterprises(int serial) {
    return in -> {
      String division = pick(in, DIVISIONS);
      Enterprise.Builder b = Enterprise.builder()
          .creditCode(EvaluationFixtures.creditCode(division, serial))
          .name("示例" + text(in, 0, 6) + "企业（虚构）")
          .division(DivisionCode.of(pick(in, DIVISIONS)))
          .industry(IndustryCode.of(pick(in, INDUSTRIES)));
      for (Vocabulary.Attribute a : VOCABULARY.attributes().values()) {
        if (a.key().startsWith("enterprise.") && flip(in)) {
          b.putFacts(a.key(), factValue(in, a));
        }
      }
      return b.build();
    };
  }

  static FactValue factValue(RandomnessSource in, Vocabulary.Attribute a) {
    return switch (a.type()) {
      case BOOLEAN -> FactValue.of(flip(in));
      case QUANTITY -> FactValue.of(Quantity.of(decimal(in, -1000, 1_000_000, -2, 4),
          sameKind(in, a.unit().orElseThrow())));
      case DATE -> FactValue.of(date(in));
      case TEXT -> FactValue.of(a.allowedValues().isEmpty()
          ? "t" + text(in, 0, 5)
          : pick(in, List.copyOf(new java.util.TreeSet<>(a.allowedValues()))));
    };
  }

  static Measurement measurement(RandomnessSource in, Vocabulary.Indicator indicator) {
    Quantity value = Quantity.of(decimal(in, 0, 2_000_000, -1, 4), sameKind(in, indicator.unit()));
    DateInterval period = null;
    if (flip(in)) {
      LocalDate from = date(in);
      period = DateInterval.of(from, from.plusDays(between(in, 1, 800)));
    }
    String source = flip(in) ? "来源" + text(in, 0, 6) : null;
    return Measurement.of(value, period, source);
  }

  /**
   * Generates a unit of any kind of the vocabulary, with any of the facts and measurements it may carry.
   *
   * @param id the unit id
   * @param owners the enterprises to choose the owner from
   * @return the generator
   */
  public static Gen<ProductionUnit> units(String id, List<Enterprise> owners) {
    return in -> {
      Vocabulary.UnitKind kind = pick(in, List.copyOf(VOCABULARY.unitKinds().values()));
      ProductionUnit.Builder b = ProductionUnit.builder().id(id).enterprise(pick(in, owners)).kind(kind.id());
      if (flip(in)) {
        UnitOfMeasure unit = kind.capacityUnit().map(u -> sameKind(in, u)).orElse(UnitOfMeasure.TONNE);
        b.ratedCapacity(Quantity.of(decimal(in, 0, 500_000, -2, 3), unit));
      }
      if (flip(in)) {
        b.commissioned(date(in));
      }
      if (flip(in)) {
        b.status(pick(in, List.of(OperatingStatus.values())));
      }
      for (Vocabulary.Attribute a : unitAttributes()) {
        if (flip(in)) {
          b.putFacts(a.key(), factValue(in, a));
        }
      }
      for (Vocabulary.Indicator indicator : VOCABULARY.indicators().values()) {
        if (flip(in)) {
          b.putMeasurements(indicator.code(), measurement(in, indicator));
        }
      }
      return b.build();
    };
  }

  /** @return the attributes a unit may carry as facts: neither built-in fields nor enterprise facts */
  public static List<Vocabulary.Attribute> unitAttributes() {
    return VOCABULARY.attributes().values().stream()
        .filter(a -> !a.key().startsWith("enterprise.") && !a.key().startsWith("unit."))
        .toList();
  }

  /**
   * Generates a batch of units with distinct ids, owned by one to three enterprises.
   *
   * @param maxUnits the greatest number of units
   * @return the generator
   */
  public static Gen<List<ProductionUnit>> batches(int maxUnits) {
    return in -> {
      int owners = between(in, 1, 3);
      List<Enterprise> enterprises = new ArrayList<>();
      for (int i = 0; i < owners; i++) {
        enterprises.add(enterprises(100 + i).generate(in));
      }
      int n = between(in, 0, maxUnits);
      List<ProductionUnit> units = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        units.add(units(String.format(java.util.Locale.ROOT, "unit-%02d-", i) + text(in, 0, 4), enterprises)
            .generate(in));
      }
      return units;
    };
  }

  /**
   * Returns a copy of a unit without some of its data.
   *
   * @param unit the unit
   * @param dropCapacity whether to drop the rated capacity
   * @param facts the fact keys to drop
   * @param indicators the indicator codes to drop
   * @return the reduced unit
   */
  public static ProductionUnit without(ProductionUnit unit, boolean dropCapacity, List<String> facts,
      List<String> indicators) {
    Map<String, FactValue> keptFacts = new TreeMap<>(unit.facts());
    facts.forEach(keptFacts::remove);
    Map<String, Measurement> keptMeasurements = new TreeMap<>(unit.measurements());
    indicators.forEach(keptMeasurements::remove);
    ProductionUnit.Builder b = ProductionUnit.builder().from(unit).facts(keptFacts).measurements(keptMeasurements);
    if (dropCapacity) {
      b.ratedCapacity(Optional.empty());
    }
    return b.build();
  }
}
