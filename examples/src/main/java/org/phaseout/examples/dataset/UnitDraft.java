package org.phaseout.examples.dataset;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.Measurement;
import org.phaseout.capacity.OperatingStatus;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.Criterion.Operand;
import org.phaseout.measure.DateInterval;
import org.phaseout.measure.Quantity;

/**
 * A production unit being generated: its kind, the values chosen so far, the operands fixed by an edge case (which
 * the random filling leaves alone) and the operands deliberately left unreported.
 */
final class UnitDraft {

  final String kind;
  /** The industry an entry restricts the enterprise to, or null. */
  String requiredIndustry;
  /** The county-level division an entry restricts the enterprise to, or null. */
  String requiredRegion;
  Quantity capacity;
  LocalDate commissioned;
  OperatingStatus status;
  final SortedMap<String, FactValue> facts = new TreeMap<>();
  final SortedMap<String, FactValue> enterpriseFacts = new TreeMap<>();
  final SortedMap<String, Quantity> indicators = new TreeMap<>();
  private final SortedSet<String> fixed = new TreeSet<>();
  private final SortedSet<String> missing = new TreeSet<>();

  UnitDraft(String kind) {
    this.kind = kind;
  }

  /** @return whether the operand's value was fixed, or fixed as missing */
  boolean isFixed(Operand operand) {
    String k = Operands.key(operand);
    return fixed.contains(k) || missing.contains(k);
  }

  /** Fixes the operand as not reported. */
  void fixMissing(Operand operand) {
    missing.add(Operands.key(operand));
    clear(operand);
  }

  /** Fixes the operand's value. */
  void fix(Operand operand, FactValue value) {
    set(operand, value);
    fixed.add(Operands.key(operand));
  }

  /** Sets the operand's value unless it is fixed. */
  void fill(Operand operand, FactValue value) {
    if (!isFixed(operand)) {
      set(operand, value);
    }
  }

  /** @return the current value of an operand, if any */
  Optional<FactValue> value(Operand operand) {
    if (operand.source() == Operand.Source.INDICATOR) {
      return Optional.ofNullable(indicators.get(operand.key())).map(FactValue::of);
    }
    return switch (operand.key()) {
      case "unit.ratedCapacity" -> Optional.ofNullable(capacity).map(FactValue::of);
      case "unit.commissioned" -> Optional.ofNullable(commissioned).map(FactValue::of);
      case "unit.status" -> Optional.ofNullable(status).map(s -> FactValue.of(code(s)));
      default -> Optional.ofNullable(operand.key().startsWith("enterprise.")
          ? enterpriseFacts.get(operand.key()) : facts.get(operand.key()));
    };
  }

  private void set(Operand operand, FactValue value) {
    if (operand.source() == Operand.Source.INDICATOR) {
      indicators.put(operand.key(), ((FactValue.QuantityFact) value).value());
      return;
    }
    switch (operand.key()) {
      case "unit.ratedCapacity" -> capacity = ((FactValue.QuantityFact) value).value();
      case "unit.commissioned" -> commissioned = ((FactValue.DateFact) value).value();
      case "unit.status" -> status = OperatingStatus.valueOf(
          ((FactValue.TextFact) value).value().toUpperCase(Locale.ROOT).replace('-', '_'));
      default -> (operand.key().startsWith("enterprise.") ? enterpriseFacts : facts).put(operand.key(), value);
    }
  }

  private void clear(Operand operand) {
    if (operand.source() == Operand.Source.INDICATOR) {
      indicators.remove(operand.key());
      return;
    }
    switch (operand.key()) {
      case "unit.ratedCapacity" -> capacity = null;
      case "unit.commissioned" -> commissioned = null;
      case "unit.status" -> status = null;
      default -> (operand.key().startsWith("enterprise.") ? enterpriseFacts : facts).remove(operand.key());
    }
  }

  /** @return everything the draft reports and the restrictions of its enterprise, as text: equal for equal drafts */
  String content() {
    return kind + " " + requiredIndustry + " " + requiredRegion + " " + capacity + " " + commissioned + " " + status
        + " " + facts + " " + enterpriseFacts + " " + indicators;
  }

  static String code(OperatingStatus s) {
    return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Builds the unit.
   *
   * @param id the unit id
   * @param enterprise its enterprise
   * @param sourceIndex which measurement source to cite; negative for measurements without period and source
   * @return the unit
   */
  ProductionUnit build(String id, Enterprise enterprise, int sourceIndex) {
    ProductionUnit.Builder b = ProductionUnit.builder().id(id).enterprise(enterprise).kind(kind);
    if (capacity != null) {
      b.ratedCapacity(capacity);
    }
    if (commissioned != null) {
      b.commissioned(commissioned);
    }
    if (status != null) {
      b.status(status);
    }
    b.putAllFacts(facts);
    DateInterval period = DateInterval.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1));
    for (var m : indicators.entrySet()) {
      b.putMeasurements(m.getKey(), sourceIndex < 0 ? Measurement.of(m.getValue())
          : Measurement.of(m.getValue(), period, SOURCES[sourceIndex % SOURCES.length]));
    }
    return b.build();
  }

  /** Where measured values come from; all fictitious. */
  static final String[] SOURCES = {
    "2024年度能源利用状况报告（虚构示例）",
    "2024年度节能监察报告（虚构示例）",
    "能耗在线监测系统2024年数据（虚构示例）",
    "2024年度能源审计报告（虚构示例）"
  };
}
