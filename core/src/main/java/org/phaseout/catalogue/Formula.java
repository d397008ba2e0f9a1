package org.phaseout.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.phaseout.measure.UnitOfMeasure;

/**
 * A limit that a standard gives as a formula of the unit's own values (计算公式), for example the efficiency limit of
 * a centrifugal pump in GB 19762-2025, which depends on its specific speed and flow. A formula is data: a small
 * arithmetic expression tree over exact constants and the unit's reported quantities, with no variables, scripting
 * or reflection.
 *
 * <p>Each step is rounded to 16 significant digits (decimal64, half-even): addition, subtraction, multiplication,
 * division, least and greatest are decimal operations; power, logarithm and square root are computed in double
 * precision with {@link StrictMath}, whose results are the same bits on every platform. So the same inputs give the
 * same limit, digit for digit, everywhere.
 * A reading of a quantity the unit does not report makes the result unknown; a step that is undefined for the values
 * (the logarithm of zero, a division by zero) makes it undefined, and a criterion on it unknown, never false.
 *
 * <p>The JSON form is documented in {@code docs/catalogue-format.md}. Every implementation is immutable and
 * thread-safe.
 */
public sealed interface Formula {

  /**
   * An exact decimal constant. JSON: a string, for example {@code "3.65"} or {@code "-8.44"}.
   *
   * @param value the value, not null
   */
  record Constant(BigDecimal value) implements Formula {
    /** @throws NullPointerException if {@code value} is null */
    public Constant {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return value.toPlainString();
    }
  }

  /**
   * A quantity the unit reports, as a number in a stated unit: a fact or an indicator converted exactly into
   * {@code unit}. JSON: {@code {"fact": "pump.flowAtBestEfficiency", "unit": "m3/h"}}.
   *
   * @param operand the fact or indicator read, not null
   * @param unit the unit the number is expressed in, not null
   */
  record Reading(Criterion.Operand operand, UnitOfMeasure unit) implements Formula {
    /** @throws NullPointerException if an argument is null */
    public Reading {
      Objects.requireNonNull(operand, "operand");
      Objects.requireNonNull(unit, "unit");
    }

    @Override
    public String toString() {
      return operand.key() + "[" + unit.symbol() + "]";
    }
  }

  /**
   * An operation on other formulas. JSON: the operation's name with its arguments, for example
   * {@code {"ln": F}}, {@code {"divide": [F, G]}} or {@code {"add": [F, G, H]}}.
   *
   * @param operation the operation, not null
   * @param arguments its arguments, as many as the operation takes, not null
   */
  record Application(Operation operation, List<Formula> arguments) implements Formula {
    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the number of arguments is not one the operation takes
     */
    public Application {
      Objects.requireNonNull(operation, "operation");
      arguments = List.copyOf(arguments);
      if (!operation.takes(arguments.size())) {
        throw new IllegalArgumentException(operation.jsonName() + " takes " + operation.arity() + " but was given "
            + arguments.size());
      }
    }

    @Override
    public String toString() {
      return operation.render(arguments.stream().map(Object::toString).toList());
    }
  }

  /**
   * A polynomial in one formula, with its coefficients from the highest power down to the constant, as standards
   * print them: {@code c0·x^n + c1·x^(n-1) + … + cn}. JSON:
   * {@code {"polynomial": {"of": F, "coefficients": ["4.7057338e-05", "-0.0066320555", …]}}}.
   *
   * @param of the variable, not null
   * @param coefficients the coefficients, highest power first, at least two, not null
   */
  record Polynomial(Formula of, List<BigDecimal> coefficients) implements Formula {
    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if fewer than two coefficients are given
     */
    public Polynomial {
      Objects.requireNonNull(of, "of");
      coefficients = List.copyOf(coefficients);
      if (coefficients.size() < 2) {
        throw new IllegalArgumentException("a polynomial needs at least two coefficients");
      }
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder("polynomial(" + of + "; ");
      for (int i = 0; i < coefficients.size(); i++) {
        s.append(i == 0 ? "" : ", ").append(coefficients.get(i).toPlainString());
      }
      return s.append(')').toString();
    }
  }

  /** The operations of a formula, each with the number of arguments it takes. */
  enum Operation {
    /** The sum of two or more formulas. */
    ADD("add", 2, Integer.MAX_VALUE),
    /** The first formula less the second. */
    SUBTRACT("subtract", 2, 2),
    /** The product of two or more formulas. */
    MULTIPLY("multiply", 2, Integer.MAX_VALUE),
    /** The first formula divided by the second. */
    DIVIDE("divide", 2, 2),
    /** The first formula raised to the power of the second. */
    POWER("power", 2, 2),
    /** The natural logarithm (ln). */
    LN("ln", 1, 1),
    /** The square root (√). */
    SQRT("sqrt", 1, 1),
    /** The least of two or more formulas, e.g. a flow above 3000 m³/h taken as 3000. */
    MIN("min", 2, Integer.MAX_VALUE),
    /** The greatest of two or more formulas. */
    MAX("max", 2, Integer.MAX_VALUE);

    private final String jsonName;
    private final int least;
    private final int most;

    Operation(String jsonName, int least, int most) {
      this.jsonName = jsonName;
      this.least = least;
      this.most = most;
    }

    /** @return the operation's name in JSON, for example {@code "ln"} */
    public String jsonName() {
      return jsonName;
    }

    /**
     * @param count a number of arguments
     * @return whether the operation takes that many
     */
    public boolean takes(int count) {
      return count >= least && count <= most;
    }

    /** @return the number of arguments taken, in words, for messages */
    public String arity() {
      return least == most
          ? least + (least == 1 ? " argument" : " arguments")
          : "at least " + least + " arguments";
    }

    /**
     * Looks up an operation by its JSON name.
     *
     * @param name the name, not null
     * @return the operation, or null if none has that name
     */
    public static Operation fromJsonName(String name) {
      for (Operation o : values()) {
        if (o.jsonName.equals(name)) {
          return o;
        }
      }
      return null;
    }

    String render(List<String> args) {
      return switch (this) {
        case ADD -> "(" + String.join(" + ", args) + ")";
        case SUBTRACT -> "(" + args.get(0) + " − " + args.get(1) + ")";
        case MULTIPLY -> "(" + String.join(" × ", args) + ")";
        case DIVIDE -> "(" + args.get(0) + " ÷ " + args.get(1) + ")";
        case POWER -> args.get(0) + "^" + args.get(1);
        case LN, SQRT, MIN, MAX -> jsonName + "(" + String.join(", ", args) + ")";
      };
    }
  }
}
