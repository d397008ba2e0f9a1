package org.phaseout.examples.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.FactValue.FactType;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.Criterion.Operand;
import org.phaseout.catalogue.Vocabulary;
import org.phaseout.measure.Quantity;
import org.phaseout.measure.UnitOfMeasure;

/**
 * What the loaded catalogue entries read about each unit kind: every fact and indicator their criteria, scope
 * conditions and assumptions name, typed by the vocabulary, with the limits and codes the entries compare them with.
 * Nothing here is a threshold of its own: every value comes from the loaded entries.
 */
final class Operands {

  /**
   * One fact or indicator read by the entries of a kind.
   *
   * @param operand the operand
   * @param type its type
   * @param unit the unit a quantity must be convertible to, if any
   * @param allowed the allowed text codes, sorted, empty when free
   * @param limits the quantities it is compared with, in the order first met
   * @param dates the dates it is compared with, sorted
   * @param codes the text codes it is compared with, sorted
   */
  record Info(Operand operand, FactType type, Optional<UnitOfMeasure> unit, List<String> allowed,
      List<Quantity> limits, SortedSet<LocalDate> dates, SortedSet<String> codes) {}

  private final Vocabulary vocabulary;
  private final SortedMap<String, SortedMap<String, Info>> byKind = new TreeMap<>();

  private Operands(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * Collects the operands of the entries.
   *
   * @param vocabulary the vocabulary of the loaded catalogues
   * @param entries the entries, in a stable order
   * @return the operands per kind
   */
  static Operands collect(Vocabulary vocabulary, List<CatalogueEntry> entries) {
    Operands o = new Operands(vocabulary);
    for (CatalogueEntry e : entries) {
      for (String kind : new TreeSet<>(e.applicability().unitKinds())) {
        SortedMap<String, Info> infos = o.byKind.computeIfAbsent(kind, k -> new TreeMap<>());
        List<Criterion> leaves = new ArrayList<>();
        e.criterion().ifPresent(c -> leaves(c, leaves));
        e.applicability().when().ifPresent(c -> leaves(c, leaves));
        e.assumes().ifPresent(c -> leaves(c, leaves));
        for (Criterion leaf : leaves) {
          o.record(kind, infos, leaf);
        }
      }
    }
    return o;
  }

  /** @return the operands read about a kind, by key, empty if none */
  SortedMap<String, Info> of(String kind) {
    return byKind.getOrDefault(kind, new TreeMap<>());
  }

  /** @return the info of one operand of a kind */
  Info info(String kind, Operand operand) {
    return of(kind).get(key(operand));
  }

  /** @return a stable key of an operand */
  static String key(Operand operand) {
    return (operand.source() == Operand.Source.INDICATOR ? "indicator:" : "fact:") + operand.key();
  }

  /** Appends the leaves of a criterion, depth first. */
  static void leaves(Criterion c, List<Criterion> out) {
    if (c instanceof Criterion.All all) {
      all.parts().forEach(p -> leaves(p, out));
    } else if (c instanceof Criterion.Any any) {
      any.parts().forEach(p -> leaves(p, out));
    } else if (c instanceof Criterion.Not not) {
      leaves(not.part(), out);
    } else {
      out.add(c);
    }
  }

  /** @return the operand a leaf reads, if any */
  static Optional<Operand> operandOf(Criterion leaf) {
    if (leaf instanceof Criterion.Comparison c) {
      return Optional.of(c.operand());
    } else if (leaf instanceof Criterion.Membership m) {
      return Optional.of(m.operand());
    } else if (leaf instanceof Criterion.Range r) {
      return Optional.of(r.operand());
    } else if (leaf instanceof Criterion.Presence p) {
      return Optional.of(p.operand());
    }
    return Optional.empty();
  }

  private void record(String kind, SortedMap<String, Info> infos, Criterion leaf) {
    Optional<Operand> operand = operandOf(leaf);
    if (operand.isEmpty()) {
      return;
    }
    Info info = infos.computeIfAbsent(key(operand.get()), k -> newInfo(kind, operand.get()));
    if (leaf instanceof Criterion.Comparison c) {
      FactValue v = c.value();
      if (v instanceof FactValue.QuantityFact q) {
        addLimit(info.limits(), q.value());
      } else if (v instanceof FactValue.DateFact d) {
        info.dates().add(d.value());
      } else if (v instanceof FactValue.TextFact t) {
        info.codes().add(t.value());
      }
    } else if (leaf instanceof Criterion.Membership m) {
      info.codes().addAll(m.values());
    } else if (leaf instanceof Criterion.Range r) {
      addLimit(info.limits(), r.min());
      addLimit(info.limits(), r.max());
    }
  }

  private static void addLimit(List<Quantity> limits, Quantity q) {
    if (limits.stream().noneMatch(l -> l.toString().equals(q.toString()))) {
      limits.add(q);
    }
  }

  private Info newInfo(String kind, Operand operand) {
    if (operand.source() == Operand.Source.INDICATOR) {
      Vocabulary.Indicator ind = vocabulary.indicator(operand.key()).orElseThrow();
      return info(operand, FactType.QUANTITY, Optional.of(ind.unit()), List.of());
    }
    switch (operand.key()) {
      case "unit.ratedCapacity":
        return info(operand, FactType.QUANTITY,
            vocabulary.unitKind(kind).flatMap(Vocabulary.UnitKind::capacityUnit), List.of());
      case "unit.commissioned":
        return info(operand, FactType.DATE, Optional.empty(), List.of());
      default:
        Vocabulary.Attribute a = vocabulary.attribute(operand.key()).orElseThrow();
        return info(operand, a.type(), a.unit(), a.allowedValues().stream().sorted().toList());
    }
  }

  private static Info info(Operand operand, FactType type, Optional<UnitOfMeasure> unit, List<String> allowed) {
    return new Info(operand, type, unit, allowed, new ArrayList<>(), new TreeSet<>(), new TreeSet<>());
  }

  /** Orders quantities by their text, for stable choices. */
  static final Comparator<Quantity> BY_TEXT = Comparator.comparing(Quantity::toString);

  /** @return the kinds that have operands */
  Map<String, SortedMap<String, Info>> all() {
    return byKind;
  }
}
