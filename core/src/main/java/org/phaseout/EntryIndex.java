package org.phaseout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.Criterion;
import org.phaseout.internal.eval.FactLookup;
import org.phaseout.internal.eval.PreparedEntry;

/**
 * The entries of a plan indexed so that each unit meets only those that can apply to it (条目索引): by unit kind, and
 * within a kind by the fact value an entry's scope requires — a text (a model series, a process) or a quantity (the
 * rated power of one row of an efficiency table) — the way a rule engine's alpha network indexes equality tests. An entry left out for a unit is one whose scope is false for it in three-valued
 * logic, so the findings are those of checking every entry of the kind; the candidates come in entry id order.
 *
 * <p>Immutable and thread-safe.
 */
final class EntryIndex {

  /** The entries of one unit kind. */
  private record KindEntries(List<PreparedEntry> always, List<Selector> selectors) {}

  /**
   * The entries of one kind whose scope requires one fact to have one of some texts or to equal a quantity; quantities
   * are keyed by {@link PreparedEntry#quantityKey}.
   */
  private record Selector(Criterion.Operand operand, List<PreparedEntry> all,
      Map<String, List<PreparedEntry>> byText) {}

  private final Map<String, KindEntries> byKind;

  /** @param entries the plan's entries in id order */
  EntryIndex(List<PreparedEntry> entries) {
    Map<String, List<PreparedEntry>> kinds = new HashMap<>();
    for (PreparedEntry e : entries) {
      for (String kind : e.entry().applicability().unitKinds()) {
        kinds.computeIfAbsent(kind, k -> new ArrayList<>()).add(e);
      }
    }
    Map<String, KindEntries> index = new HashMap<>();
    kinds.forEach((kind, list) -> index.put(kind, kindEntries(list)));
    this.byKind = Map.copyOf(index);
  }

  private static KindEntries kindEntries(List<PreparedEntry> entries) {
    List<PreparedEntry> always = new ArrayList<>();
    // grouped by operand, in key order, so the selectors are always visited in the same order
    Map<String, List<PreparedEntry>> grouped = new TreeMap<>();
    for (PreparedEntry e : entries) {
      if (e.selector().isPresent()) {
        Criterion.Operand operand = e.selector().get();
        grouped.computeIfAbsent(operand.source() + " " + operand.key(), k -> new ArrayList<>()).add(e);
      } else {
        always.add(e);
      }
    }
    List<Selector> selectors = new ArrayList<>();
    for (List<PreparedEntry> group : grouped.values()) {
      Map<String, List<PreparedEntry>> byText = new HashMap<>();
      for (PreparedEntry e : group) {
        for (String text : e.selectorValues()) {
          byText.computeIfAbsent(text, k -> new ArrayList<>()).add(e);
        }
        e.selectorQuantity().ifPresent(q -> byText.computeIfAbsent(PreparedEntry.quantityKey(q),
            k -> new ArrayList<>()).add(e));
      }
      byText.replaceAll((k, v) -> List.copyOf(v));
      selectors.add(new Selector(group.get(0).selector().get(), List.copyOf(group), Map.copyOf(byText)));
    }
    return new KindEntries(List.copyOf(always), List.copyOf(selectors));
  }

  /**
   * Returns every entry of a unit kind, in entry id order, whatever the unit reports.
   *
   * @param kind the unit kind
   * @return the entries, not null
   */
  List<PreparedEntry> entriesOf(String kind) {
    KindEntries entries = byKind.get(kind);
    if (entries == null) {
      return List.of();
    }
    List<PreparedEntry> all = new ArrayList<>(entries.always());
    entries.selectors().forEach(s -> all.addAll(s.all()));
    all.sort(Comparator.comparingInt(PreparedEntry::ordinal));
    return List.copyOf(all);
  }

  /**
   * Returns the entries that can apply to a unit, in entry id order: every entry of its kind, less those whose scope
   * requires a text or a quantity the unit reports otherwise.
   *
   * @param unit the unit
   * @return the candidates, not null
   */
  List<PreparedEntry> candidates(ProductionUnit unit) {
    KindEntries kind = byKind.get(unit.kind());
    if (kind == null) {
      return List.of();
    }
    if (kind.selectors().isEmpty()) {
      return kind.always();
    }
    List<PreparedEntry> chosen = new ArrayList<>(kind.always());
    for (Selector s : kind.selectors()) {
      FactValue value = FactLookup.valueOrNull(unit, s.operand());
      // unreported: the scope may hold or be unknown, so every entry of the group is checked
      if (value instanceof FactValue.TextFact t) {
        chosen.addAll(s.byText().getOrDefault(t.value(), List.of()));
      } else if (value instanceof FactValue.QuantityFact q) {
        chosen.addAll(s.byText().getOrDefault(PreparedEntry.quantityKey(q.value()), List.of()));
      } else {
        chosen.addAll(s.all());
      }
    }
    if (chosen.size() > 1) {
      chosen.sort(Comparator.comparingInt(PreparedEntry::ordinal));
    }
    return chosen;
  }
}
