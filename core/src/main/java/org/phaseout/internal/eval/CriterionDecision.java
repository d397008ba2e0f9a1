package org.phaseout.internal.eval;

import java.math.BigDecimal;
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
 * {@code all} and {@code any} stopping as soon as the rest can change neither. Pure: no clock, no locale, no hash
 * order.
 */
final class CriterionDecision {

  private CriterionDecision() {}

  /** The first quantity comparison met while evaluating: the finding's measured value and threshold. */
  static final class Deciding {
    Quantity measured;
    Quantity threshold;
    String wording;
    boolean set;

    void offer(Quantity measured, Quantity threshold, String wording) {
      if (!set) {
        set = true;
        this.measured = measured;
        this.threshold = threshold;
        this.wording = wording;
      }
    }
  }

  /**
   * Decides a criterion without recording the explanation: the truth of {@link #evaluate} and the same deciding
   * comparison, offered to {@code deciding} when it is not null, with no explanation nodes or optional values built.
   *
   * @param criterion the criterion
   * @param unit the unit
   * @param deciding receives the first quantity comparison met, or null when not wanted
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
   * @param deciding receives the first quantity comparison met, or null when not wanted
   * @param findings decides each {@link Criterion.FindingOf} of the criterion; null when it has none
   * @return the truth
   */
  static Truth decide(Criterion criterion, ProductionUnit unit, Deciding deciding, FindingsReader findings) {
    if (criterion instanceof Criterion.Comparison c) {
      FactValue value = FactLookup.valueOrNull(unit, c.operand());
      if (deciding != null && c.value() instanceof FactValue.QuantityFact threshold) {
        deciding.offer(value == null ? null : ((FactValue.QuantityFact) value).value(), threshold.value(),
            c.wording().map(LimitWording::word).orElse(null));
      }
      return value == null ? Truth.UNKNOWN : Truth.of(c.operator().test(Comparisons.compare(value, c.value())));
    }
    if (criterion instanceof Criterion.All all) {
      Truth truth = Truth.TRUE;
      for (Criterion part : all.parts()) {
        truth = truth.and(decide(part, unit, deciding, findings));
        if (truth == Truth.FALSE && settled(deciding)) {
          return truth;
        }
      }
      return truth;
    }
    if (criterion instanceof Criterion.Any any) {
      Truth truth = Truth.FALSE;
      for (Criterion part : any.parts()) {
        truth = truth.or(decide(part, unit, deciding, findings));
        if (truth == Truth.TRUE && settled(deciding)) {
          return truth;
        }
      }
      return truth;
    }
    if (criterion instanceof Criterion.Not not) {
      return decide(not.part(), unit, deciding, findings).not();
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
   * Whether the parts left can change nothing but the truth already decided: no deciding comparison is wanted, or
   * the first one has been met. Stopping then gives the same truth and the same measured value as going on.
   */
  private static boolean settled(Deciding deciding) {
    return deciding == null || deciding.set;
  }
}
