package org.phaseout.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.phaseout.capacity.FactValue;
import org.phaseout.measure.Quantity;

/**
 * The machine-checkable condition of a catalogue entry (判定条件): a small expression tree that is <em>true when the
 * unit falls under the entry</em>, that is, when it is non-compliant. It is evaluated in three-valued logic (true,
 * false, unknown) with Kleene's rules: a missing fact or measurement makes a leaf unknown, and unknown is never
 * read as compliant.
 *
 * <p>The JSON form is documented in {@code docs/catalogue-format.md}. There is no scripting and no reflection.
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface Criterion {

  /**
   * Always true: the entry applies to every unit of its kinds, industries and regions, because the kind itself is
   * what the entry names (for example a cryptocurrency-mining facility, charged at the 淘汰类 price whatever its
   * facts). JSON: {@code {"unconditional": true}}.
   */
  record Unconditional() implements Criterion {}

  /**
   * True when every part is true; false when any part is false; unknown otherwise.
   *
   * @param parts the parts, not empty
   */
  record All(List<Criterion> parts) implements Criterion {
    /** @throws NullPointerException if {@code parts} is null */
    public All {
      parts = List.copyOf(parts);
    }
  }

  /**
   * True when any part is true; false when every part is false; unknown otherwise.
   *
   * @param parts the parts, not empty
   */
  record Any(List<Criterion> parts) implements Criterion {
    /** @throws NullPointerException if {@code parts} is null */
    public Any {
      parts = List.copyOf(parts);
    }
  }

  /**
   * The negation: unknown stays unknown.
   *
   * @param part the negated criterion, not null
   */
  record Not(Criterion part) implements Criterion {
    /** @throws NullPointerException if {@code part} is null */
    public Not {
      Objects.requireNonNull(part, "part");
    }
  }

  /**
   * Compares a fact or indicator with a value: {@code operand OP value}. Quantities are converted to a common unit
   * first; incompatible units are an error, never false.
   *
   * @param operand the fact or indicator, not null
   * @param operator the comparison, not null
   * @param value the value compared with, not null
   * @param wording the limit word of the source, required for quantity and date comparisons other than = and !=
   */
  record Comparison(Operand operand, Operator operator, FactValue value, Optional<LimitWording> wording)
      implements Criterion {
    /** @throws NullPointerException if an argument is null */
    public Comparison {
      Objects.requireNonNull(operand, "operand");
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(wording, "wording");
    }
  }

  /**
   * Compares two formulas: {@code left OP right}, each computed from the unit's reported quantities (比较计算值). Its
   * two JSON forms are a fact or indicator compared with a limit the standard gives as a formula, {@code
   * {"indicator": "pump.efficiency", "op": "<", "formula": F, "wording": "低于"}}, where F is in the indicator's unit,
   * and a computed value compared with a number, {@code {"formula": F, "op": ">=", "value": "20", "wording": "以上"}},
   * for example a pump's specific speed against the scope of its standard. Unknown when a quantity read is not
   * reported or a step is undefined for the values.
   *
   * @param left the left formula, not null
   * @param operator the comparison, not null
   * @param right the right formula, not null
   * @param wording the limit word of the source, required for an ordering comparison
   */
  record Calculation(Formula left, Operator operator, Formula right, Optional<LimitWording> wording)
      implements Criterion {
    /** @throws NullPointerException if an argument is null */
    public Calculation {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(right, "right");
      Objects.requireNonNull(wording, "wording");
    }
  }

  /**
   * True when a text fact is one of a set of codes.
   *
   * @param operand the fact, not null
   * @param values the codes, not empty
   */
  record Membership(Operand operand, Set<String> values) implements Criterion {
    /** @throws NullPointerException if an argument is null */
    public Membership {
      Objects.requireNonNull(operand, "operand");
      values = Set.copyOf(values);
    }
  }

  /**
   * True when a quantity lies in a range, each bound included or not as its wording says, for example
   * "机座号63～355mm".
   *
   * @param operand the fact or indicator, not null
   * @param min the lower bound, not null
   * @param minInclusive whether the lower bound is included
   * @param max the upper bound, not null
   * @param maxInclusive whether the upper bound is included
   * @param wording the source's wording of the range, not null
   */
  record Range(Operand operand, Quantity min, boolean minInclusive, Quantity max, boolean maxInclusive, String wording)
      implements Criterion {
    /** @throws NullPointerException if an argument is null */
    public Range {
      Objects.requireNonNull(operand, "operand");
      Objects.requireNonNull(min, "min");
      Objects.requireNonNull(max, "max");
      Objects.requireNonNull(wording, "wording");
    }

    /**
     * Whether a quantity lies in this range, each end included or excluded as the range says.
     *
     * @param value the quantity, not null
     * @return true if it lies in the range
     * @throws org.phaseout.measure.IncompatibleUnitException if its unit cannot be converted to the range's
     */
    public boolean contains(Quantity value) {
      int lo = value.compareValue(min);
      int hi = value.compareValue(max);
      return (minInclusive ? lo >= 0 : lo > 0) && (maxInclusive ? hi <= 0 : hi < 0);
    }
  }

  /**
   * True when the fact or indicator is reported, false when not; never unknown.
   *
   * @param operand the fact or indicator, not null
   */
  record Presence(Operand operand) implements Criterion {
    /** @throws NullPointerException if {@code operand} is null */
    public Presence {
      Objects.requireNonNull(operand, "operand");
    }
  }

  /**
   * True when the unit falls under entries of another catalogue in force (存在…产能): a non-compliant finding on the
   * same unit of that catalogue, or of the named entries of it; unknown when none is non-compliant but one lacks data,
   * or when the catalogue, or a named entry, is not in force on the as-of date; false when every finding read is
   * compliant or none concerns the unit. For example the Chongqing plan's "存在淘汰类产能的企业…落实差别电价" reads the
   * 2024 淘汰类. It belongs in an entry's criterion, alone or within {@code all}, {@code any} and {@code not}, never in
   * a scope or an assumption: it is decided after the unit's other findings. JSON: {@code {"findingOf": "cn-industry-structure-adjustment-eliminated"}}, or
   * with {@code "entries": [ids]}.
   *
   * @param catalogueId the catalogue whose findings are read, not null
   * @param entryIds the entries of it whose findings are read; empty for all of them, not null
   */
  record FindingOf(String catalogueId, Set<String> entryIds) implements Criterion {
    /** @throws NullPointerException if an argument is null */
    public FindingOf {
      Objects.requireNonNull(catalogueId, "catalogueId");
      entryIds = Set.copyOf(entryIds);
    }
  }

  /**
   * What a leaf of the criterion reads: a fact by vocabulary attribute key, or an indicator by code.
   *
   * @param source whether the key names a fact or an indicator, not null
   * @param key the attribute key or indicator code, not null
   */
  record Operand(Source source, String key) {
    /** @throws NullPointerException if an argument is null */
    public Operand {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(key, "key");
    }

    @Override
    public String toString() {
      return source == Source.FACT ? key : "indicator " + key;
    }

    /** What an operand reads. */
    public enum Source {
      /** A fact: a built-in field of the unit or enterprise, or a typed fact (事实). */
      FACT,
      /** A measured indicator (指标). */
      INDICATOR
    }
  }
}
