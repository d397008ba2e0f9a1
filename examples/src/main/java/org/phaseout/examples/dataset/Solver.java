package org.phaseout.examples.dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.FactValue.FactType;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.Criterion.Operand;
import org.phaseout.catalogue.Operator;
import org.phaseout.measure.Quantity;
import org.phaseout.measure.QuantityKind;
import org.phaseout.measure.UnitOfMeasure;

/**
 * Chooses values that make parts of a catalogue criterion true or false, and random plausible values for the rest.
 * Every limit and code comes from the criterion itself or from the vocabulary.
 */
final class Solver {

  /** Where an edge-case value lies relative to the limit it is compared with. */
  enum Edge { AT, BELOW, ABOVE, MISSING }

  /** A free text code that no entry names (e.g. a model not in any list of eliminated equipment). */
  static final String UNNAMED = "other";

  private final Operands operands;
  private final SplittableRandom random;

  Solver(Operands operands, SplittableRandom random) {
    this.operands = operands;
    this.random = random;
  }

  /**
   * Sets the focal comparison's operand at, just below or just above its limit, or leaves it unreported, and sets
   * the rest of the criterion so that the focal comparison decides it.
   */
  void edge(UnitDraft d, Criterion root, Criterion.Comparison focal, Edge edge) {
    if (edge == Edge.MISSING) {
      d.fixMissing(focal.operand());
    } else if (focal.value() instanceof FactValue.QuantityFact q) {
      Quantity limit = q.value();
      Quantity v = switch (edge) {
        case AT -> limit;
        case BELOW -> shift(limit, -1);
        default -> shift(limit, 1);
      };
      d.fix(focal.operand(), FactValue.of(inUnitOf(d.kind, focal.operand(), v)));
    } else if (focal.value() instanceof FactValue.DateFact date) {
      LocalDate v = switch (edge) {
        case AT -> date.value();
        case BELOW -> date.value().minusDays(1);
        default -> date.value().plusDays(1);
      };
      d.fix(focal.operand(), FactValue.of(v));
    }
    enable(d, root, focal);
  }

  /** Makes the focal leaf decisive: the other parts of an {@code all} true, those of an {@code any} false. */
  boolean enable(UnitDraft d, Criterion node, Criterion focal) {
    if (node == focal) {
      return true;
    }
    List<Criterion> parts;
    boolean siblings;
    if (node instanceof Criterion.All all) {
      parts = all.parts();
      siblings = true;
    } else if (node instanceof Criterion.Any any) {
      parts = any.parts();
      siblings = false;
    } else if (node instanceof Criterion.Not not) {
      return enable(d, not.part(), focal);
    } else {
      return false;
    }
    for (Criterion part : parts) {
      if (enable(d, part, focal)) {
        for (Criterion other : parts) {
          if (other != part) {
            satisfy(d, other, siblings);
          }
        }
        return true;
      }
    }
    return false;
  }

  /** Sets unfixed operands so that the criterion has the wanted truth, as far as its form allows. */
  void satisfy(UnitDraft d, Criterion c, boolean truth) {
    if (c instanceof Criterion.All all) {
      if (truth) {
        all.parts().forEach(p -> satisfy(d, p, true));
      } else if (!all.parts().isEmpty()) {
        satisfy(d, all.parts().get(0), false);
      }
    } else if (c instanceof Criterion.Any any) {
      if (truth) {
        if (!any.parts().isEmpty()) {
          satisfy(d, any.parts().get(0), true);
        }
      } else {
        any.parts().forEach(p -> satisfy(d, p, false));
      }
    } else if (c instanceof Criterion.Not not) {
      satisfy(d, not.part(), !truth);
    } else if (c instanceof Criterion.Presence p) {
      if (!d.isFixed(p.operand())) {
        if (truth) {
          plausible(d.kind, p.operand()).ifPresent(v -> d.fix(p.operand(), v));
        } else {
          d.fixMissing(p.operand());
        }
      }
    } else if (c instanceof Criterion.Comparison cmp && !d.isFixed(cmp.operand())) {
      comparison(d, cmp, truth);
    } else if (c instanceof Criterion.Membership m && !d.isFixed(m.operand())) {
      List<String> in = new TreeSet<>(m.values()).stream().toList();
      Optional<String> v = truth ? in.stream().findFirst() : outside(d.kind, m.operand(), in);
      v.ifPresent(s -> d.fix(m.operand(), FactValue.of(s)));
    } else if (c instanceof Criterion.Range r && !d.isFixed(r.operand())) {
      Quantity v;
      if (truth) {
        v = r.minInclusive() ? r.min() : Quantity.of(r.min().value().add(r.max().to(r.min().unit()).value())
            .divide(BigDecimal.valueOf(2), RoundingMode.HALF_UP), r.min().unit());
      } else {
        v = r.min().value().signum() > 0 ? shift(r.min(), -1) : shift(r.max(), 1);
      }
      d.fix(r.operand(), FactValue.of(inUnitOf(d.kind, r.operand(), v)));
    }
  }

  private void comparison(UnitDraft d, Criterion.Comparison cmp, boolean truth) {
    FactValue limit = cmp.value();
    Operator op = cmp.operator();
    // the value of a true comparison, or of a false one: =, <=, >= hold at the limit, <, > just beside it
    boolean atLimit = switch (op) {
      case EQ, LE, GE -> truth;
      default -> !truth;
    };
    int side = switch (op) {
      case LT, LE -> truth ? -1 : 1;
      default -> truth ? 1 : -1;
    };
    if (limit instanceof FactValue.QuantityFact q) {
      Quantity v = atLimit ? q.value() : shift(q.value(), side);
      d.fix(cmp.operand(), FactValue.of(inUnitOf(d.kind, cmp.operand(), v)));
    } else if (limit instanceof FactValue.DateFact date) {
      d.fix(cmp.operand(), FactValue.of(atLimit ? date.value() : date.value().plusDays(side)));
    } else if (limit instanceof FactValue.BooleanFact b) {
      d.fix(cmp.operand(), FactValue.of(atLimit == b.value()));
    } else if (limit instanceof FactValue.TextFact t) {
      Optional<String> v = atLimit ? Optional.of(t.value()) : outside(d.kind, cmp.operand(), List.of(t.value()));
      v.ifPresent(s -> d.fix(cmp.operand(), FactValue.of(s)));
    }
  }

  /** A code of the operand other than the given ones, from the vocabulary, or from the catalogue's own codes. */
  private Optional<String> outside(String kind, Operand operand, List<String> excluded) {
    Operands.Info info = operands.info(kind, operand);
    List<String> pool = info == null ? List.of() : info.allowed().isEmpty() ? List.copyOf(info.codes()) : info.allowed();
    return pool.stream().filter(s -> !excluded.contains(s)).findFirst();
  }

  /** A random plausible value of an operand, or empty when the entries give nothing to base one on. */
  Optional<FactValue> plausible(String kind, Operand operand) {
    Operands.Info info = operands.info(kind, operand);
    if (info == null) {
      return Optional.empty();
    }
    if (info.type() == FactType.BOOLEAN) {
      return Optional.of(FactValue.of(random.nextInt(3) == 0));
    }
    if (info.type() == FactType.TEXT) {
      if (info.allowed().isEmpty()) {
        // a free code: one the entries name about half the time, otherwise one they do not name
        List<String> named = List.copyOf(info.codes());
        return Optional.of(FactValue.of(named.isEmpty() || random.nextBoolean()
            ? UNNAMED : named.get(random.nextInt(named.size()))));
      }
      return Optional.of(FactValue.of(info.allowed().get(random.nextInt(info.allowed().size()))));
    }
    if (info.type() == FactType.DATE) {
      if (info.dates().isEmpty()) {
        return Optional.of(FactValue.of(LocalDate.of(1995, 1, 1).plusDays(random.nextInt(30 * 365))));
      }
      List<LocalDate> dates = List.copyOf(info.dates());
      LocalDate base = dates.get(random.nextInt(dates.size()));
      return Optional.of(FactValue.of(base.plusDays(random.nextInt(-3650, 3650))));
    }
    if (info.limits().isEmpty()) {
      return Optional.empty();
    }
    Quantity limit = info.limits().get(random.nextInt(info.limits().size()));
    // somewhere between 80 % and 120 % of a limit the entries use, one decimal finer than the limit
    BigDecimal factor = BigDecimal.valueOf(80 + random.nextInt(41)).movePointLeft(2);
    int scale = limit.unit().quantityKind() == QuantityKind.HEADCOUNT ? 0
        : Math.max(limit.value().stripTrailingZeros().scale(), 0) + 1;
    BigDecimal v = limit.value().multiply(factor).setScale(scale, RoundingMode.HALF_UP);
    return Optional.of(FactValue.of(inUnitOf(kind, operand, Quantity.of(v.abs(), limit.unit()))));
  }

  /**
   * The limit moved by one unit in the decimal place after its last significant digit (by one for a headcount),
   * never below zero.
   */
  static Quantity shift(Quantity limit, int direction) {
    BigDecimal v = limit.value();
    int scale = limit.unit().quantityKind() == QuantityKind.HEADCOUNT ? 0
        : Math.max(v.stripTrailingZeros().scale(), 0) + 1;
    BigDecimal step = BigDecimal.ONE.movePointLeft(scale);
    BigDecimal shifted = v.setScale(Math.max(v.scale(), scale), RoundingMode.UNNECESSARY)
        .add(direction < 0 ? step.negate() : step);
    if (shifted.signum() < 0 && v.signum() >= 0) {
      shifted = BigDecimal.ZERO.setScale(scale);
    }
    return Quantity.of(shifted, limit.unit());
  }

  /** A rated capacity is written in its kind's capacity unit; other quantities keep the unit of their limit. */
  private Quantity inUnitOf(String kind, Operand operand, Quantity v) {
    if (operand.source() == Operand.Source.FACT && operand.key().equals("unit.ratedCapacity")) {
      Operands.Info info = operands.info(kind, operand);
      Optional<UnitOfMeasure> unit = info == null ? Optional.empty() : info.unit();
      if (unit.isPresent() && v.unit().isConvertibleTo(unit.get())) {
        Quantity q = v.to(unit.get());
        return q.value().scale() < 0 ? Quantity.of(q.value().setScale(0), q.unit()) : q;
      }
    }
    return v;
  }
}
