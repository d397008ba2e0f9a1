package org.phaseout.internal.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.phaseout.Condition;
import org.phaseout.Truth;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.Criterion.Operand;
import org.phaseout.catalogue.Formula;
import org.phaseout.catalogue.LimitWording;
import org.phaseout.catalogue.LocalizedText;
import org.phaseout.catalogue.Vocabulary;
import org.phaseout.internal.eval.CriterionDecision.Deciding;
import org.phaseout.measure.Quantity;

/**
 * Evaluates a criterion on a unit in Kleene three-valued logic and records every node with the values compared.
 * Pure: no clock, no locale, no hash order.
 */
public final class CriterionEvaluation {

  /** The outcome: the explanation tree and the deciding comparison, for the finding's measured value and threshold. */
  public record Outcome(Condition condition, Optional<Quantity> measured, Optional<Quantity> threshold,
      Optional<String> wording) {}

  private static final Condition TRUE_NODE = bare(Truth.TRUE);
  private static final Condition FALSE_NODE = bare(Truth.FALSE);
  private static final Condition UNKNOWN_NODE = bare(Truth.UNKNOWN);

  private final Vocabulary vocabulary;
  private final boolean trace;
  /** The unit-independent texts of each leaf evaluated, by criterion identity; bounded by the catalogues' leaves. */
  private final java.util.concurrent.ConcurrentMap<Identity, LeafTexts> leaves =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** @param vocabulary the vocabulary, for the names of attributes and indicators */
  public CriterionEvaluation(Vocabulary vocabulary) {
    this(vocabulary, true);
  }

  /**
   * @param vocabulary the vocabulary, for the names of attributes and indicators
   * @param trace whether to record every node with its texts and values, or only the truth of each node
   */
  public CriterionEvaluation(Vocabulary vocabulary, boolean trace) {
    this.vocabulary = vocabulary;
    this.trace = trace;
  }

  private static Condition bare(Truth truth) {
    return new Condition(new LocalizedText(truthZh(truth), truthEn(truth)), truth, Optional.empty(), Optional.empty(),
        List.of());
  }

  /**
   * Returns the node of a truth value without texts or values, as compact explanations use.
   *
   * @param truth the truth
   * @return the shared node
   */
  public static Condition bareNode(Truth truth) {
    return switch (truth) {
      case TRUE -> TRUE_NODE;
      case FALSE -> FALSE_NODE;
      case UNKNOWN -> UNKNOWN_NODE;
    };
  }

  /**
   * Evaluates a criterion.
   *
   * @param criterion the criterion
   * @param unit the unit
   * @return the outcome
   */
  public Outcome evaluate(Criterion criterion, ProductionUnit unit) {
    return evaluate(criterion, unit, null);
  }

  /**
   * Evaluates a criterion that may read the unit's other findings.
   *
   * @param criterion the criterion
   * @param unit the unit
   * @param findings decides each {@link Criterion.FindingOf} of the criterion; null when it has none
   * @return the outcome
   */
  public Outcome evaluate(Criterion criterion, ProductionUnit unit, FindingsReader findings) {
    Deciding deciding = new Deciding();
    Condition condition = node(criterion, unit, deciding, findings);
    return new Outcome(condition, Optional.ofNullable(deciding.measured), Optional.ofNullable(deciding.threshold),
        Optional.ofNullable(deciding.wording));
  }

  private Condition node(Criterion criterion, ProductionUnit unit, Deciding deciding, FindingsReader findings) {
    if (criterion instanceof Criterion.All all) {
      List<Condition> parts = nodes(all.parts(), Truth.FALSE, unit, deciding, findings);
      Truth truth = parts.stream().map(Condition::truth).reduce(Truth.TRUE, Truth::and);
      return combination("以下条件全部成立", "all of the following hold", truth, parts);
    }
    if (criterion instanceof Criterion.Any any) {
      List<Condition> parts = nodes(any.parts(), Truth.TRUE, unit, deciding, findings);
      Truth truth = parts.stream().map(Condition::truth).reduce(Truth.FALSE, Truth::or);
      return combination("以下条件至少一项成立", "at least one of the following holds", truth, parts);
    }
    if (criterion instanceof Criterion.Not not) {
      Condition c = node(not.part(), unit, deciding, findings);
      return combination("以下条件不成立", "the following does not hold", c.truth().not(), List.of(c));
    }
    if (!(criterion instanceof Criterion.Comparison) && !(criterion instanceof Criterion.Range)
        && !(criterion instanceof Criterion.Calculation)) {
      deciding.none();
    }
    if (criterion instanceof Criterion.Unconditional) {
      return new Condition(new LocalizedText("本条目适用于该类型的全部单元：成立", "the entry applies to every unit of its kind: true"),
          Truth.TRUE, Optional.empty(), Optional.empty(), List.of());
    }
    if (criterion instanceof Criterion.Presence presence) {
      Optional<FactValue> value = FactLookup.value(unit, presence.operand());
      Truth truth = Truth.of(value.isPresent());
      if (!trace) {
        return bareNode(truth);
      }
      return leaf(texts(presence, () -> test(presence.operand(), "已报告", "is reported", Optional.empty())), truth,
          value.map(Object::toString));
    }
    if (criterion instanceof Criterion.Membership m) {
      Optional<FactValue> value = FactLookup.value(unit, m.operand());
      Truth truth = value.map(v -> Truth.of(m.values().contains(v.toString()))).orElse(Truth.UNKNOWN);
      if (!trace) {
        return bareNode(truth);
      }
      return leaf(texts(m, () -> {
        String expected = m.values().stream().sorted().collect(Collectors.joining(", ", "{", "}"));
        return test(m.operand(), "属于 " + expected, "is one of " + expected, Optional.of(expected));
      }), truth, value.map(Object::toString));
    }
    if (criterion instanceof Criterion.Range r) {
      return range(r, unit, deciding);
    }
    if (criterion instanceof Criterion.FindingOf of) {
      return read(findings, of);
    }
    if (criterion instanceof Criterion.Calculation calc) {
      return calculation(calc, unit, deciding);
    }
    return comparison((Criterion.Comparison) criterion, unit, deciding);
  }

  /**
   * Evaluates every part of an {@code all} (settled by a false part) or an {@code any} (settled by a true one) and
   * leaves the whole's deciding comparison in {@code deciding}, chosen as {@link CriterionDecision} chooses it.
   */
  private List<Condition> nodes(List<Criterion> criteria, Truth stopping, ProductionUnit unit, Deciding deciding,
      FindingsReader findings) {
    List<Condition> parts = new ArrayList<>(criteria.size());
    CriterionDecision.Choice choice = new CriterionDecision.Choice(stopping);
    Truth truth = stopping.not();
    for (Criterion part : criteria) {
      Condition c = node(part, unit, deciding, findings);
      parts.add(c);
      truth = stopping == Truth.FALSE ? truth.and(c.truth()) : truth.or(c.truth());
      choice.add(c.truth(), deciding.save());
    }
    deciding.restore(choice.of(truth));
    return parts;
  }

  /** Decides a {@link Criterion.FindingOf} on the unit's findings decided before it. */
  @FunctionalInterface
  public interface FindingsReader {
    /**
     * @param of the criterion
     * @return its node, with its truth
     */
    Condition read(Criterion.FindingOf of);
  }

  static Condition read(FindingsReader findings, Criterion.FindingOf of) {
    if (findings == null) {
      throw new IllegalStateException("a findingOf criterion is decided after the unit's other findings");
    }
    return findings.read(of);
  }

  /** A key compared by identity: criteria are immutable and live as long as their catalogue snapshot. */
  private record Identity(Object criterion) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Identity i && i.criterion == criterion;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(criterion);
    }
  }

  private Condition comparison(Criterion.Comparison c, ProductionUnit unit, Deciding deciding) {
    Optional<FactValue> value = FactLookup.value(unit, c.operand());
    Truth truth = value.map(v -> Truth.of(c.operator().test(Comparisons.compare(v, c.value())))).orElse(Truth.UNKNOWN);
    if (c.value() instanceof FactValue.QuantityFact threshold) {
      deciding.offer(value.map(v -> ((FactValue.QuantityFact) v).value()).orElse(null), threshold.value(),
          c.wording().map(LimitWording::word).orElse(null));
    } else {
      deciding.none();
    }
    if (!trace) {
      return bareNode(truth);
    }
    return leaf(texts(c, () -> {
      String symbol = c.operator().symbol();
      String zh = symbol + " " + c.value() + c.wording().map(w -> "（" + w.word() + "，" + (w.includesLimit()
          ? "含本数" : "不含本数") + "）").orElse("");
      String en = symbol + " " + c.value() + c.wording().map(w -> " (" + w.word() + ": the limit itself is "
          + (w.includesLimit() ? "included" : "excluded") + ")").orElse("");
      return test(c.operand(), zh, en, Optional.of(c.value().toString()));
    }), truth, value.map(Object::toString));
  }

  private Condition calculation(Criterion.Calculation calc, ProductionUnit unit, Deciding deciding) {
    FormulaComputation computation = new FormulaComputation();
    BigDecimal[] values = new BigDecimal[2];
    Truth truth = computation.compare(calc, unit, values);
    FormulaComputation.offer(deciding, calc, values);
    if (!trace) {
      return bareNode(truth);
    }
    String unitSuffix = calc.left() instanceof Formula.Reading r ? " " + r.unit().symbol() : "";
    Optional<String> actual = Optional.ofNullable(values[0]).map(v -> v.toPlainString() + unitSuffix);
    Optional<String> expected = Optional.ofNullable(values[1]).map(v -> v.toPlainString() + unitSuffix);
    LeafTexts texts = texts(calc, () -> {
      LocalizedText left = calc.left() instanceof Formula.Reading r
          ? new LocalizedText(name(r.operand()).zh() + "（" + r.operand().key() + "）",
              name(r.operand()).en() + " (" + r.operand().key() + ")")
          : new LocalizedText("计算值 " + calc.left(), "the value of " + calc.left());
      String symbol = calc.operator().symbol();
      String zh = left.zh() + " " + symbol + " 公式 " + calc.right() + calc.wording().map(w -> "（" + w.word() + "，"
          + (w.includesLimit() ? "含本数" : "不含本数") + "）").orElse("") + "：";
      String en = left.en() + " " + symbol + " the formula " + calc.right() + calc.wording().map(w -> " (" + w.word()
          + ": the limit itself is " + (w.includesLimit() ? "included" : "excluded") + ")").orElse("") + ": ";
      return new LeafTexts(zh, en, Optional.empty());
    });
    LocalizedText computed = computation.describe(actual, expected);
    return new Condition(new LocalizedText(texts.zh() + computed.zh() + " → " + truthZh(truth),
        texts.en() + computed.en() + " → " + truthEn(truth)), truth, actual, expected, List.of());
  }

  private Condition range(Criterion.Range r, ProductionUnit unit, Deciding deciding) {
    Optional<FactValue> value = FactLookup.value(unit, r.operand());
    Truth truth = value.map(v -> Truth.of(r.contains(((FactValue.QuantityFact) v).value()))).orElse(Truth.UNKNOWN);
    deciding.offer(value.map(v -> ((FactValue.QuantityFact) v).value()).orElse(null), null, r.wording());
    if (!trace) {
      return bareNode(truth);
    }
    return leaf(texts(r, () -> {
      String interval = (r.minInclusive() ? "[" : "(") + r.min() + ", " + r.max() + (r.maxInclusive() ? "]" : ")");
      return test(r.operand(), "在 " + interval + " 内（" + r.wording() + "）",
          "lies in " + interval + " (" + r.wording() + ")", Optional.of(interval));
    }), truth, value.map(Object::toString));
  }

  private Condition combination(String zh, String en, Truth truth, List<Condition> parts) {
    if (!trace) {
      return bareNode(truth);
    }
    return new Condition(new LocalizedText(zh + "：" + truthZh(truth), en + ": " + truthEn(truth)), truth,
        Optional.empty(), Optional.empty(), parts);
  }

  /**
   * The texts of a leaf that do not depend on the unit: the operand's name and key with the test, and the expected
   * value. Computed once per criterion.
   */
  private record LeafTexts(String zh, String en, Optional<String> expected) {}

  private LeafTexts texts(Criterion leaf, java.util.function.Supplier<LeafTexts> make) {
    Identity key = new Identity(leaf);
    LeafTexts t = leaves.get(key);
    return t != null ? t : leaves.computeIfAbsent(key, k -> make.get());
  }

  private LeafTexts test(Operand operand, String zhTest, String enTest, Optional<String> expected) {
    LocalizedText name = name(operand);
    return new LeafTexts(name.zh() + "（" + operand.key() + "）" + zhTest + "：",
        name.en() + " (" + operand.key() + ") " + enTest + ": ", expected);
  }

  private Condition leaf(LeafTexts texts, Truth truth, Optional<String> actual) {
    String zhActual = actual.map(a -> "报告值 " + a).orElse("未报告");
    String enActual = actual.map(a -> "reported " + a).orElse("not reported");
    LocalizedText text = new LocalizedText(texts.zh() + zhActual + " → " + truthZh(truth),
        texts.en() + enActual + " → " + truthEn(truth));
    return new Condition(text, truth, actual, texts.expected(), List.of());
  }

  private LocalizedText name(Operand operand) {
    if (operand.source() == Operand.Source.INDICATOR) {
      return vocabulary.indicator(operand.key()).map(Vocabulary.Indicator::name)
          .orElse(new LocalizedText(operand.key(), operand.key()));
    }
    return vocabulary.attribute(operand.key()).map(Vocabulary.Attribute::name)
        .orElse(new LocalizedText(operand.key(), operand.key()));
  }

  private static String truthZh(Truth truth) {
    return switch (truth) {
      case TRUE -> "成立";
      case FALSE -> "不成立";
      case UNKNOWN -> "无法判断（数据不足）";
    };
  }

  private static String truthEn(Truth truth) {
    return switch (truth) {
      case TRUE -> "true";
      case FALSE -> "false";
      case UNKNOWN -> "unknown (data missing)";
    };
  }
}
