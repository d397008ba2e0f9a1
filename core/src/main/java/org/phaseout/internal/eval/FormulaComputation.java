package org.phaseout.internal.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.phaseout.Truth;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.Formula;
import org.phaseout.catalogue.LimitWording;
import org.phaseout.catalogue.LocalizedText;
import org.phaseout.measure.Quantity;

/**
 * Computes formulas on a unit and decides {@link Criterion.Calculation} leaves. Addition, subtraction,
 * multiplication, division, least and greatest are decimal operations rounded to 16 significant digits
 * ({@link MathContext#DECIMAL64}, half-even); power, logarithm and square root are computed with {@link StrictMath}
 * in double precision, and the double's exact value is rounded the same way. Pure: no clock, no locale, and the same bits on every platform.
 */
final class FormulaComputation {

  private static final MathContext PRECISION = MathContext.DECIMAL64;

  /** The keys of the quantities a formula read that the unit does not report, sorted. */
  final SortedSet<String> missing = new TreeSet<>();
  /** Whether a step was undefined for the values (a logarithm of zero or less, a division by zero). */
  boolean undefined;

  /**
   * Decides a calculation leaf on a unit.
   *
   * @param c the leaf
   * @param unit the unit
   * @param values receives the left and right values computed, either null when unknown; may be null
   * @return the truth, unknown when either side is
   */
  static Truth decide(Criterion.Calculation c, ProductionUnit unit, BigDecimal[] values) {
    return new FormulaComputation().compare(c, unit, values);
  }

  /**
   * Decides a calculation leaf on a unit, recording in this object what was missing or undefined.
   *
   * @param c the leaf
   * @param unit the unit
   * @param values receives the left and right values computed, either null when unknown; may be null
   * @return the truth, unknown when either side is
   */
  Truth compare(Criterion.Calculation c, ProductionUnit unit, BigDecimal[] values) {
    BigDecimal left = value(c.left(), unit);
    BigDecimal right = value(c.right(), unit);
    if (values != null) {
      values[0] = left;
      values[1] = right;
    }
    return left == null || right == null ? Truth.UNKNOWN : Truth.of(c.operator().test(left.compareTo(right)));
  }

  /**
   * Offers a calculation that compares a reported quantity with a limit formula as the finding's measured value and
   * threshold, both in the quantity's unit; a calculation of two formulas offers nothing.
   *
   * @param deciding receives the comparison
   * @param calc the leaf
   * @param values its left and right values, either null when unknown
   */
  static void offer(CriterionDecision.Deciding deciding, Criterion.Calculation calc, BigDecimal[] values) {
    if (calc.left() instanceof Formula.Reading r) {
      deciding.offer(values[0] == null ? null : Quantity.of(values[0], r.unit()),
          values[1] == null ? null : Quantity.of(values[1], r.unit()),
          calc.wording().map(LimitWording::word).orElse(null));
    } else {
      deciding.none();
    }
  }

  /**
   * Says what this computation found, for a leaf's text: the values compared, the quantities not reported, or that
   * a step was undefined.
   *
   * @param actual the left value with its unit, if computed
   * @param expected the right value with its unit, if computed
   * @return the text
   */
  LocalizedText describe(java.util.Optional<String> actual, java.util.Optional<String> expected) {
    if (!missing.isEmpty()) {
      return new LocalizedText("未报告 " + String.join("、", missing), "not reported: " + String.join(", ", missing));
    }
    if (undefined) {
      return new LocalizedText("公式对报告值无定义", "the formula is undefined for the values reported");
    }
    return new LocalizedText("计算值 " + actual.orElseThrow() + " 与 " + expected.orElseThrow(),
        "computed " + actual.orElseThrow() + " against " + expected.orElseThrow());
  }

  /**
   * Computes a formula.
   *
   * @param formula the formula
   * @param unit the unit whose quantities it reads
   * @return its value, or null when a quantity read is missing or a step is undefined (recorded in this object)
   */
  BigDecimal value(Formula formula, ProductionUnit unit) {
    if (formula instanceof Formula.Constant c) {
      return c.value();
    }
    if (formula instanceof Formula.Reading r) {
      FactValue v = FactLookup.valueOrNull(unit, r.operand());
      if (v == null) {
        missing.add(r.operand().key());
        return null;
      }
      return ((FactValue.QuantityFact) v).value().to(r.unit()).value();
    }
    if (formula instanceof Formula.Polynomial p) {
      BigDecimal x = value(p.of(), unit);
      if (x == null) {
        return null;
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (BigDecimal coefficient : p.coefficients()) {
        sum = sum.multiply(x, PRECISION).add(coefficient, PRECISION);
      }
      return sum;
    }
    Formula.Application a = (Formula.Application) formula;
    List<BigDecimal> args = new java.util.ArrayList<>(a.arguments().size());
    for (Formula argument : a.arguments()) {
      args.add(value(argument, unit));
    }
    if (args.contains(null)) {
      return null;
    }
    return apply(a.operation(), args);
  }

  private BigDecimal apply(Formula.Operation operation, List<BigDecimal> args) {
    BigDecimal first = args.get(0);
    switch (operation) {
      case ADD:
        return args.stream().skip(1).reduce(first, (x, y) -> x.add(y, PRECISION));
      case MULTIPLY:
        return args.stream().skip(1).reduce(first, (x, y) -> x.multiply(y, PRECISION));
      case SUBTRACT:
        return first.subtract(args.get(1), PRECISION);
      case DIVIDE:
        return args.get(1).signum() == 0 ? undefined() : first.divide(args.get(1), PRECISION);
      case MIN:
        return args.stream().reduce(first, BigDecimal::min);
      case MAX:
        return args.stream().reduce(first, BigDecimal::max);
      case LN:
        return first.signum() <= 0 ? undefined() : ofDouble(StrictMath.log(toDouble(first)));
      case SQRT:
        return first.signum() < 0 ? undefined() : ofDouble(StrictMath.sqrt(toDouble(first)));
      case POWER:
        return ofDouble(StrictMath.pow(toDouble(first), toDouble(args.get(1))));
      default:
        throw new AssertionError(operation);
    }
  }

  /** The double nearest a decimal: parsing is correctly rounded on every Java version. */
  private static double toDouble(BigDecimal x) {
    return Double.parseDouble(x.toString());
  }

  /** The exact binary value of a double, rounded to the working precision: the same on every Java version. */
  private BigDecimal ofDouble(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return undefined();
    }
    return new BigDecimal(d).round(PRECISION);
  }

  private BigDecimal undefined() {
    undefined = true;
    return null;
  }
}
