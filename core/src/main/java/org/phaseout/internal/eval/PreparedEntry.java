package org.phaseout.internal.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.phaseout.CitedEntry;
import org.phaseout.Finding;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.FactValue;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.Operator;
import org.phaseout.measure.Quantity;

/**
 * An entry of an edition in force, prepared once per evaluation plan: what every finding of the entry shares (the
 * cited entry, the deadline for the plan's as-of date, the departments per division, computed on first use) and the
 * text condition of its scope that an index can select it by.
 *
 * <p>Thread-safe: the department cache is a concurrent map of values that depend only on the entry and the division.
 */
public final class PreparedEntry {

  private final CatalogueEdition edition;
  private final CatalogueEntry entry;
  private final int ordinal;
  private final CitedEntry cited;
  private final Optional<LocalDate> deadlineIfNonCompliant;
  private final Criterion.Operand selector;
  private final Set<String> selectorValues;
  private final Quantity selectorQuantity;
  private final boolean readsFindings;
  private final ConcurrentMap<DivisionCode, Finding.Departments> departments = new ConcurrentHashMap<>();
  /** The division asked for last, with its departments: consecutive units mostly share an enterprise. */
  private volatile Routed last;

  private record Routed(DivisionCode division, Finding.Departments departments) {}

  /**
   * @param edition the entry's edition
   * @param entry the entry
   * @param ordinal the entry's position among the plan's entries in id order
   * @param asOf the plan's as-of date
   */
  public PreparedEntry(CatalogueEdition edition, CatalogueEntry entry, int ordinal, LocalDate asOf) {
    this.edition = edition;
    this.entry = entry;
    this.ordinal = ordinal;
    this.cited = new CitedEntry(entry.id(), edition.catalogueId(), edition.edition(), edition.documentNumber(),
        entry.section(), entry.item(), entry.text(), entry.citations(), entry.provenance().verification());
    this.deadlineIfNonCompliant = entry.consequence().deadline().deadline(asOf);
    this.readsFindings = entry.criterion().map(PreparedEntry::criterionReadsFindings).orElse(false);
    Criterion.Comparison size = entry.applicability().when().map(PreparedEntry::quantitySelector).orElse(null);
    Criterion.Comparison eq = entry.applicability().when().map(PreparedEntry::textSelector).orElse(null);
    Criterion.Membership in = entry.applicability().when().map(PreparedEntry::membershipSelector).orElse(null);
    if (size != null) {
      // a quantity equality (one row of a table by rated power or capacity) selects more narrowly than a text
      this.selector = size.operand();
      this.selectorValues = Set.of();
      this.selectorQuantity = ((FactValue.QuantityFact) size.value()).value();
    } else if (eq != null) {
      this.selector = eq.operand();
      this.selectorValues = Set.of(((FactValue.TextFact) eq.value()).value());
      this.selectorQuantity = null;
    } else if (in != null) {
      this.selector = in.operand();
      this.selectorValues = in.values();
      this.selectorQuantity = null;
    } else {
      this.selector = null;
      this.selectorValues = Set.of();
      this.selectorQuantity = null;
    }
  }

  /**
   * @return whether the entry's criterion reads the unit's other findings ({@link Criterion.FindingOf}), so that it is
   *     decided after them
   */
  public boolean readsFindings() {
    return readsFindings;
  }

  /**
   * Finds a text equality that the scope condition needs to hold: the condition itself or one conjunct of it. When the
   * unit reports another text for that fact, the condition is false in three-valued logic whatever the rest, so the
   * entry does not apply.
   */
  private static Criterion.Comparison textSelector(Criterion when) {
    if (when instanceof Criterion.Comparison c && c.operator() == Operator.EQ
        && c.operand().source() == Criterion.Operand.Source.FACT && c.value() instanceof FactValue.TextFact) {
      return c;
    }
    if (when instanceof Criterion.All all) {
      for (Criterion part : all.parts()) {
        Criterion.Comparison c = textSelector(part);
        if (c != null) {
          return c;
        }
      }
    }
    return null;
  }

  /**
   * Finds a quantity equality of a fact that the scope condition needs to hold (for example {@code unit.ratedCapacity =
   * 0.12 kW}, one row of an efficiency table): the condition itself or one conjunct of it.
   */
  private static Criterion.Comparison quantitySelector(Criterion when) {
    List<Criterion.Comparison> found = new ArrayList<>();
    quantityEqualities(when, found);
    // the rated size names the row most narrowly; otherwise the first equality met
    return found.stream().filter(c -> c.operand().key().equals("unit.ratedCapacity")).findFirst()
        .orElse(found.isEmpty() ? null : found.get(0));
  }

  private static void quantityEqualities(Criterion when, List<Criterion.Comparison> found) {
    if (when instanceof Criterion.Comparison c && c.operator() == Operator.EQ
        && c.operand().source() == Criterion.Operand.Source.FACT && c.value() instanceof FactValue.QuantityFact) {
      found.add(c);
    } else if (when instanceof Criterion.All all) {
      all.parts().forEach(part -> quantityEqualities(part, found));
    }
  }

  /**
   * Returns the key under which a quantity is equal to every other of the same key and to no other (数值相等键): its
   * kind and its value in the kind's base unit, without trailing zeros, as every conversion is an exact decimal shift.
   *
   * @param quantity the quantity, not null
   * @return the key, not null
   */
  public static String quantityKey(Quantity quantity) {
    return quantity.unit().quantityKind().name() + " "
        + quantity.value().scaleByPowerOfTen(quantity.unit().exponent()).stripTrailingZeros().toPlainString();
  }

  private static Criterion.Membership membershipSelector(Criterion when) {
    if (when instanceof Criterion.Membership m && m.operand().source() == Criterion.Operand.Source.FACT) {
      return m;
    }
    if (when instanceof Criterion.All all) {
      for (Criterion part : all.parts()) {
        if (part instanceof Criterion.Membership m && m.operand().source() == Criterion.Operand.Source.FACT) {
          return m;
        }
      }
    }
    return null;
  }

  /** @return the edition */
  public CatalogueEdition edition() {
    return edition;
  }

  /** @return the entry */
  public CatalogueEntry entry() {
    return entry;
  }

  /** @return the position among the plan's entries in id order */
  public int ordinal() {
    return ordinal;
  }

  /** @return the entry as findings cite it */
  public CitedEntry cited() {
    return cited;
  }

  /** @return the deadline a non-compliant finding gets on the plan's as-of date */
  public Optional<LocalDate> deadlineIfNonCompliant() {
    return deadlineIfNonCompliant;
  }

  /**
   * @return the fact whose reported value decides whether the scope can hold — a text fact, or a quantity fact that
   *     the scope requires to equal {@link #selectorQuantity()} — or empty when the scope has no such condition
   */
  public Optional<Criterion.Operand> selector() {
    return Optional.ofNullable(selector);
  }

  /**
   * @return the texts of the selector fact for which the scope can hold when the unit reports it as text; empty when
   *     there is no selector
   */
  public Set<String> selectorValues() {
    return selectorValues;
  }

  /**
   * @return the quantity the selector fact must equal for the scope to hold, when the selector is a quantity equality;
   *     empty for a text selector or none
   */
  public Optional<Quantity> selectorQuantity() {
    return Optional.ofNullable(selectorQuantity);
  }

  /**
   * Returns the departments of this entry for a division, computed once per division.
   *
   * @param division the enterprise's division
   * @param routing the routing that computes them
   * @return the departments
   */
  public Finding.Departments departments(DivisionCode division, DepartmentRouting routing) {
    Routed r = last;
    if (r != null && r.division() == division) {
      return r.departments();
    }
    Finding.Departments d = departments.get(division);
    if (d == null) {
      d = departments.computeIfAbsent(division, x -> routing.departments(entry, x));
    }
    last = new Routed(division, d);
    return d;
  }

  /**
   * @param criterion a criterion
   * @return whether it reads the unit's other findings somewhere in its tree
   */
  static boolean criterionReadsFindings(Criterion criterion) {
    if (criterion instanceof Criterion.FindingOf) {
      return true;
    }
    if (criterion instanceof Criterion.All all) {
      return all.parts().stream().anyMatch(PreparedEntry::criterionReadsFindings);
    }
    if (criterion instanceof Criterion.Any any) {
      return any.parts().stream().anyMatch(PreparedEntry::criterionReadsFindings);
    }
    return criterion instanceof Criterion.Not not && criterionReadsFindings(not.part());
  }
}
