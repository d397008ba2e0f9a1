package org.phaseout.internal.eval;

import java.math.BigDecimal;
import java.util.List;
import org.phaseout.Truth;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.LimitWording;
import org.phaseout.internal.eval.CriterionEvaluation.FindingsReader;
import org.phaseout.measure.Quantity;

/**
 * Decides a criterion on a unit without recording the explanation, as compact evaluation and scopes use: the same
 * truth and the same deciding comparison as {@link CriterionEvaluation#evaluate}, with no nodes or texts built, and
 * {@code all} and {@code any} stopping as soon as the parts left can change neither. Pure: no clock, no locale, no hash
 * order.
 */
final class CriterionDecision {

  private CriterionDecision() {}

  /**
   * The comparison that decided the criterion (or the part of it) decided last: the finding's measured value,
   * threshold and limit word. A leaf that compares a quantity with a limit is its own deciding comparison; a leaf
   * without one (a membership, a presence, a date) has none. In {@code all} and {@code any} the deciding comparison
   * is that of the first part whose truth is the whole's and that has one: a part that fails an {@code all}, one that
   * makes an {@code any} hold, or, when every part agrees, the first of them; when the whole is unknown and no unknown
   * part has one, that of the first part that agrees with the others; {@code not} keeps its part's. A whole settled
   * by parts without one (an {@code all} failed by a membership) has none: a comparison that did not decide is never
   * shown as the one that did.
   */
  static final class Deciding {
    Quantity measured;
    Quantity threshold;
    String wording;
    boolean set;

    /** A leaf that compares a quantity with a limit. */
    void offer(Quantity measured, Quantity threshold, String wording) {
      set = true;
      this.measured = measured;
      this.threshold = threshold;
      this.wording = wording;
    }

    /** A leaf without a quantity compared with a limit. */
    void none() {
      set = false;
      measured = null;
      threshold = null;
      wording = null;
    }

    /** @return the deciding comparison of the part decided last, or null if it has none */
    Witness save() {
      return set ? new Witness(measured, threshold, wording) : null;
    }

    /** @param w the deciding comparison of the whole, or null for none */
    void restore(Witness w) {
      if (w == null) {
        none();
      } else {
        offer(w.measured(), w.threshold(), w.wording());
      }
    }
  }

  /** A deciding comparison kept while the other parts of an {@code all} or {@code any} are decided. */
  record Witness(Quantity measured, Quantity threshold, String wording) {}

  /**
   * Chooses the deciding comparison of an {@code all} or {@code any} as its parts are decided, in order. {@code
   * stopping} is the truth that settles the whole (false for {@code all}, true for {@code any}): the first part of
   * that truth with a deciding comparison decides, and nothing after it can change the outcome.
   */
  static final class Choice {
    private final Truth stopping;
    private Witness first;
    private Witness unknown;
    private Witness agreeing;

    Choice(Truth stopping) {
      this.stopping = stopping;
    }

    /**
     * @param truth the part's truth
     * @param w the part's deciding comparison, or null
     * @return whether the whole is settled, with its deciding comparison
     */
    boolean add(Truth truth, Witness w) {
      if (w == null) {
        return false;
      }
      if (truth == stopping) {
        first = first == null ? w : first;
        return true;
      }
      if (truth == Truth.UNKNOWN) {
        unknown = unknown == null ? w : unknown;
      } else {
        agreeing = agreeing == null ? w : agreeing;
      }
      return false;
    }

    /**
     * @param truth the whole's truth
     * @return its deciding comparison, or null
     */
    Witness of(Truth truth) {
      if (first != null) {
        return first;
      }
      if (truth == stopping) {
        return null;
      }
      return truth == Truth.UNKNOWN && unknown != null ? unknown : agreeing;
    }
  }

  /**
   * Decides a criterion without recording the explanation: the truth of {@link CriterionEvaluation#evaluate} and
   * the same deciding comparison, offered to {@code deciding} when it is not null, with no explanation nodes or
   * optional values built.
   *
   * @param criterion the criterion
   * @param unit the unit
   * @param deciding receives the deciding comparison (see {@link Deciding}), or null when not wanted
   * @return the truth
   */
  static Truth decide(Criterion criterion, ProductionUnit unit, Deciding deciding) {
    return decide(criterion, unit, deciding, null);
  }

  /**
   * Decides a criterion that may read the unit's other findings, as {@link #decide(Criterion, ProductionUnit,
   * Deciding)} does.
   *
   * @param criterion the criterion
   * @param unit the unit
   * @param deciding receives the deciding comparison (see {@link Deciding}), or null when not wanted
   * @param findings decides each {@link Criterion.FindingOf} of the criterion; null when it has none
   * @return the truth
   */
  static Truth decide(Criterion criterion, ProductionUnit unit, Deciding deciding, FindingsReader findings) {
    if (criterion instanceof Criterion.Comparison c) {
      FactValue value = FactLookup.valueOrNull(unit, c.operand());
      if (deciding != null) {
        if (c.value() instanceof FactValue.QuantityFact threshold) {
          deciding.offer(value == null ? null : ((FactValue.QuantityFact) value).value(), threshold.value(),
              c.wording().map(LimitWording::word).orElse(null));
        } else {
          deciding.none();
        }
      }
      return value == null ? Truth.UNKNOWN : Truth.of(c.operator().test(Comparisons.compare(value, c.value())));
    }
    if (criterion instanceof Criterion.All all) {
      return combine(all.parts(), Truth.FALSE, unit, deciding, findings);
    }
    if (criterion instanceof Criterion.Any any) {
      return combine(any.parts(), Truth.TRUE, unit, deciding, findings);
    }
    if (criterion instanceof Criterion.Not not) {
      return decide(not.part(), unit, deciding, findings).not();
    }
    if (deciding != null && !(criterion instanceof Criterion.Calculation) && !(criterion instanceof Criterion.Range)) {
      deciding.none();
    }
    if (criterion instanceof Criterion.Unconditional) {
      return Truth.TRUE;
    }
    if (criterion instanceof Criterion.Presence presence) {
      return Truth.of(FactLookup.valueOrNull(unit, presence.operand()) != null);
    }
    if (criterion instanceof Criterion.Membership m) {
      FactValue value = FactLookup.valueOrNull(unit, m.operand());
      return value == null ? Truth.UNKNOWN : Truth.of(m.values().contains(value.toString()));
    }
    if (criterion instanceof Criterion.FindingOf of) {
      return CriterionEvaluation.read(findings, of).truth();
    }
    if (criterion instanceof Criterion.Calculation calc) {
      BigDecimal[] values = deciding == null ? null : new BigDecimal[2];
      Truth truth = FormulaComputation.decide(calc, unit, values);
      if (deciding != null) {
        FormulaComputation.offer(deciding, calc, values);
      }
      return truth;
    }
    Criterion.Range r = (Criterion.Range) criterion;
    FactValue value = FactLookup.valueOrNull(unit, r.operand());
    Quantity q = value == null ? null : ((FactValue.QuantityFact) value).value();
    if (deciding != null) {
      deciding.offer(q, null, r.wording());
    }
    return q == null ? Truth.UNKNOWN : Truth.of(r.contains(q));
  }

  /**
   * Decides an {@code all} (settled by a false part) or an {@code any} (settled by a true one), stopping at the first
   * settling part when no deciding comparison is wanted, or at the first settling part that has one.
   */
  private static Truth combine(List<Criterion> parts, Truth stopping, ProductionUnit unit, Deciding deciding,
      FindingsReader findings) {
    Truth truth = stopping.not();
    Choice choice = deciding == null ? null : new Choice(stopping);
    for (Criterion part : parts) {
      Truth t = decide(part, unit, deciding, findings);
      truth = stopping == Truth.FALSE ? truth.and(t) : truth.or(t);
      if (deciding == null) {
        if (truth == stopping) {
          return truth;
        }
      } else if (choice.add(t, deciding.save())) {
        deciding.restore(choice.of(stopping));
        return stopping;
      }
    }
    if (deciding != null) {
      deciding.restore(choice.of(truth));
    }
    return truth;
  }
}
