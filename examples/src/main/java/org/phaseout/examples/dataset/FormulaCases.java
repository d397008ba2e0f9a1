package org.phaseout.examples.dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.ExplanationLevel;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.Criterion.Operand;
import org.phaseout.catalogue.Formula;
import org.phaseout.catalogue.Operator;
import org.phaseout.measure.Quantity;
import org.phaseout.measure.UnitOfMeasure;

/**
 * The edge cases of a limit given as a formula: a {@link Criterion.Calculation} whose left side reads a reported
 * quantity, for example a pump's efficiency against the GB 19762-2025 formula of its flow, head and speed. The limit
 * depends on the unit's own values, so it is not read from the entry but computed by the engine for a unit in the
 * entry's scope.
 *
 * <p>Candidate units are built from a small grid derived from the entry. Each quantity its formulas read (in the
 * criterion, the scope and the assumption) takes:
 * <ul>
 *   <li>the middle of the range the entry bounds it with, if any (a flow band);</li>
 *   <li>the value the {@link Solver} gives it when another leaf compares it with a value (a flow above a limit, a
 *       single stage);</li>
 *   <li>otherwise a value of the 1-2-5 series 1 … 5000 in the reading's own unit (a head, a speed, a stage count).
 *       The series is a search grid, not a limit: what is kept is decided by the entry.</li>
 * </ul>
 * The candidates are tried nearest the middle of the series first, or nearest the point where the last search over
 * the same readings succeeded, since neighbouring entries of a standard are usually neighbouring rows (the next
 * specific-speed band); at most {@value #MAX_CANDIDATES} an entry. The first candidate for which the
 * {@link ComplianceEvaluator}, on the day the entry's edition is in force and known, gives the entry a decided finding
 * (so that its scope, including calculations of its own such as a specific-speed band, holds) with a positive limit
 * is kept; the limit is the finding's threshold. The edge cases are then that candidate with the quantity on the left
 * exactly at the limit, one unit below and above it in the decimal place after the limit's last digit
 * ({@link Solver#shift}), and not reported. When no candidate qualifies, or the criterion compares another quantity
 * as well (the finding reports the comparison that decided it, which might be that one), there are none, and
 * the entry gets ordinary units instead.
 *
 * <p>Only the evaluation of candidates is costly, so the limits found on a candidate are remembered for every entry
 * it decides (entries that differ only in a band try the same candidates), and a candidate reports a code no entry
 * names for each free text code of its kind the entry does not read (an equipment model), which the engine decides
 * at once; the edge cases themselves get their other facts like any unit.
 *
 * <p>Deterministic: the grid and its order are fixed, operands are taken in key order, the maps here are only looked
 * up, and the evaluator is pure.
 */
final class FormulaCases {

  /** The 1-2-5 series 1 … 5000, the grid of a reading the entry neither bounds nor compares. */
  static final List<BigDecimal> SERIES = series();

  /** The most candidates tried for one entry, so that a formula the grid does not fit costs a fraction of a second. */
  static final int MAX_CANDIDATES = 500;

  private final ComplianceEvaluator evaluator;
  private final Solver solver;
  private final Operands operands;
  /** Where the last search over the same readings succeeded, by their keys; only looked up, never iterated. */
  private final Map<String, int[]> lastHit = new HashMap<>();
  /** The limits found on each candidate tried, by its content; only looked up, never iterated. */
  private final Map<String, Map<String, Quantity>> tried = new HashMap<>();

  FormulaCases(CatalogueSet catalogues, Operands operands, Solver solver) {
    this.operands = operands;
    this.evaluator = ComplianceEvaluator.builder().catalogues(catalogues).explanation(ExplanationLevel.COMPACT)
        .build();
    this.solver = solver;
  }

  /**
   * @param leaf a leaf of a criterion
   * @return whether it is an ordering comparison of a reported quantity with a formula, which this class handles
   */
  static boolean isFormulaLimit(Criterion leaf) {
    return leaf instanceof Criterion.Calculation calc && calc.left() instanceof Formula.Reading
        && calc.operator() != Operator.EQ && calc.operator() != Operator.NE;
  }

  /**
   * The edge cases of one formula limit of an entry, one draft per {@link Solver.Edge}, in that order.
   *
   * @param edition the entry's edition, whose dates say when the entry is evaluated
   * @param e the entry
   * @param kind the unit kind of the drafts, one the entry applies to
   * @param focal the calculation, a leaf of the entry's criterion accepted by {@link #isFormulaLimit}
   * @return the drafts, or empty when no candidate of the grid gives the entry a decided finding, or when the
   *     criterion compares another quantity too (whose limit the finding might report instead)
   */
  List<UnitDraft> edges(CatalogueEdition edition, CatalogueEntry e, String kind, Criterion.Calculation focal) {
    Operand measured = ((Formula.Reading) focal.left()).operand();
    SortedMap<String, Formula.Reading> readings = new TreeMap<>();
    List<Criterion> leaves = new ArrayList<>();
    e.criterion().ifPresent(c -> Operands.leaves(c, leaves));
    if (leaves.stream().anyMatch(leaf -> leaf != focal && offersThreshold(leaf))) {
      // the finding's threshold is the first quantity comparison the engine meets, which might be another one
      return List.of();
    }
    e.applicability().when().ifPresent(c -> Operands.leaves(c, leaves));
    e.assumes().ifPresent(c -> Operands.leaves(c, leaves));
    SortedMap<String, Quantity> middles = new TreeMap<>();
    SortedSet<String> compared = new TreeSet<>();
    SortedSet<String> read = new TreeSet<>();
    for (Criterion leaf : leaves) {
      Operands.operandOf(leaf).ifPresent(o -> read.add(Operands.key(o)));
      if (leaf instanceof Criterion.Calculation calc) {
        readings(calc.left(), readings);
        readings(calc.right(), readings);
      } else if (leaf instanceof Criterion.Range r) {
        middles.putIfAbsent(Operands.key(r.operand()), middle(r));
      } else {
        Operands.operandOf(leaf).ifPresent(o -> compared.add(Operands.key(o)));
      }
    }
    readings.remove(Operands.key(measured));
    SortedMap<String, Formula.Reading> gridded = new TreeMap<>(readings);
    gridded.keySet().removeAll(middles.keySet());
    gridded.keySet().removeAll(compared);
    LocalDate day = edition.published().isAfter(edition.validity().start()) ? edition.published()
        : edition.validity().start();
    Formula.Reading left = (Formula.Reading) focal.left();
    String dimensions = String.join(" ", gridded.keySet());
    List<int[]> points = points(gridded.size(), lastHit.get(dimensions));
    for (int[] point : points.subList(0, Math.min(points.size(), MAX_CANDIDATES))) {
      SortedMap<String, Quantity> values = new TreeMap<>();
      middles.forEach((key, middle) -> {
        if (readings.containsKey(key)) {
          values.put(key, middle);
        }
      });
      int i = 0;
      for (var g : gridded.entrySet()) {
        values.put(g.getKey(), Quantity.of(SERIES.get(point[i++]), g.getValue().unit()));
      }
      UnitDraft probe = candidate(e, kind, focal, readings, values,
          Optional.of(Quantity.of(BigDecimal.ZERO, left.unit())));
      for (Operands.Info info : operands.of(kind).values()) {
        if (info.type() == FactValue.FactType.TEXT && info.allowed().isEmpty() && !probe.isFixed(info.operand())
            && !read.contains(Operands.key(info.operand()))) {
          probe.fill(info.operand(), FactValue.of(Solver.UNNAMED));
        }
      }
      Quantity limit = limits(probe, day).get(e.id());
      if (limit != null) {
        lastHit.put(dimensions, point);
        List<UnitDraft> drafts = new ArrayList<>();
        for (Solver.Edge edge : Solver.Edge.values()) {
          Optional<Quantity> v = switch (edge) {
            case AT -> Optional.of(limit);
            case BELOW -> Optional.of(Solver.shift(limit, -1));
            case ABOVE -> Optional.of(Solver.shift(limit, 1));
            case MISSING -> Optional.empty();
          };
          drafts.add(candidate(e, kind, focal, readings, values, v));
        }
        return drafts;
      }
    }
    return List.of();
  }

  /**
   * A draft in the entry's scope with the readings at the candidate values, the quantity on the left of the focal
   * calculation at a value or not reported, and the rest of the criterion set so that the calculation decides it.
   */
  private UnitDraft candidate(CatalogueEntry e, String kind, Criterion.Calculation focal,
      SortedMap<String, Formula.Reading> readings, SortedMap<String, Quantity> values, Optional<Quantity> left) {
    UnitDraft d = ChongqingDataset.draft(e, kind);
    values.forEach((key, v) -> d.fix(readings.get(key).operand(), FactValue.of(v)));
    Operand measured = ((Formula.Reading) focal.left()).operand();
    if (left.isPresent()) {
      d.fix(measured, FactValue.of(left.get()));
    } else {
      d.fixMissing(measured);
    }
    solver.enable(d, e.criterion().orElseThrow(), focal);
    ChongqingDataset.scope(solver, d, e);
    return d;
  }

  /**
   * The positive limits the engine computes on a candidate, by entry id, for the entries it decides; remembered by
   * the candidate's content, since the entries that differ only in a band of a formula (the specific speed bands of
   * GB 19762-2025) try the same candidates.
   */
  private Map<String, Quantity> limits(UnitDraft probe, LocalDate day) {
    String key = day + " " + probe.content();
    Map<String, Quantity> known = tried.get(key);
    if (known != null) {
      return known;
    }
    Map<String, Quantity> limits = new HashMap<>();
    ProductionUnit unit = probe.build("probe", probeEnterprise(probe), -1);
    for (Finding f : evaluator.evaluate(unit, day).units().get(0).findings()) {
      if (f.verdict() != Verdict.INSUFFICIENT_DATA && f.threshold().isPresent()
          && f.threshold().get().value().signum() > 0) {
        limits.put(f.entry().entryId(), f.threshold().get());
      }
    }
    tried.put(key, limits);
    return limits;
  }

  /** An enterprise of the industry and district the entry restricts the draft to, carrying its enterprise facts. */
  private static Enterprise probeEnterprise(UnitDraft d) {
    String division = d.requiredRegion != null ? d.requiredRegion
        : Divisions.chongqing().keySet().iterator().next();
    String industry = d.requiredIndustry != null ? d.requiredIndustry : Industries.GENERAL.get(0);
    String body = "91" + division + "CQ0000000";
    return Enterprise.builder().creditCode(CreditCode.of(body + CreditCode.checkCharacterFor(body)))
        .name("示例企业（虚构）").division(DivisionCode.of(division)).industry(IndustryCode.of(industry))
        .putAllFacts(d.enterpriseFacts).build();
  }

  /** @return whether a leaf compares a quantity with a limit, which a finding may report as its threshold */
  private static boolean offersThreshold(Criterion leaf) {
    return leaf instanceof Criterion.Range
        || leaf instanceof Criterion.Comparison c && c.value() instanceof FactValue.QuantityFact
        || leaf instanceof Criterion.Calculation calc && calc.left() instanceof Formula.Reading;
  }

  /** Collects the readings of a formula, by operand key. */
  static void readings(Formula f, SortedMap<String, Formula.Reading> out) {
    if (f instanceof Formula.Reading r) {
      out.putIfAbsent(Operands.key(r.operand()), r);
    } else if (f instanceof Formula.Application a) {
      a.arguments().forEach(x -> readings(x, out));
    } else if (f instanceof Formula.Polynomial p) {
      readings(p.of(), out);
    }
  }

  /** The middle of a range, in the unit of its lower end. */
  private static Quantity middle(Criterion.Range r) {
    UnitOfMeasure unit = r.min().unit();
    BigDecimal sum = r.min().value().add(r.max().to(unit).value());
    BigDecimal middle = sum.divide(BigDecimal.valueOf(2), Math.max(sum.scale(), 0) + 1, RoundingMode.HALF_UP)
        .stripTrailingZeros();
    return Quantity.of(middle.scale() < 0 ? middle.setScale(0) : middle, unit);
  }

  /**
   * Every point of the grid in {@code dimensions} readings, as indices into {@link #SERIES}, nearest a start first
   * (by the sum of the distances from it, in steps of the series), then in index order.
   *
   * @param dimensions the number of readings
   * @param start the point to start from, or null to start from the middle of the series in every reading
   * @return the points
   */
  static List<int[]> points(int dimensions, int[] start) {
    int n = SERIES.size();
    int total = 1;
    for (int i = 0; i < dimensions; i++) {
      total *= n;
    }
    // point k has the digits of k in base n as its indices, so k is the index order; a point's key is its distance
    // from the start (doubled, so that the middle of an even number of values is a whole number), then k
    long[] keys = new long[total];
    for (int k = 0; k < total; k++) {
      int[] p = point(k, dimensions);
      int distance = 0;
      for (int i = 0; i < dimensions; i++) {
        distance += Math.abs(2 * p[i] - (start == null ? n - 1 : 2 * start[i]));
      }
      keys[k] = (long) distance * total + k;
    }
    Arrays.sort(keys);
    List<int[]> points = new ArrayList<>(total);
    for (long key : keys) {
      points.add(point((int) (key % total), dimensions));
    }
    return points;
  }

  /** The point whose indices are the digits of {@code k} in base {@code SERIES.size()}, the first the highest. */
  private static int[] point(int k, int dimensions) {
    int[] p = new int[dimensions];
    for (int i = dimensions - 1, rest = k; i >= 0; i--, rest /= SERIES.size()) {
      p[i] = rest % SERIES.size();
    }
    return p;
  }

  private static List<BigDecimal> series() {
    List<BigDecimal> s = new ArrayList<>();
    for (int power = 0; power <= 3; power++) {
      for (int m : new int[] {1, 2, 5}) {
        s.add(BigDecimal.valueOf(m).scaleByPowerOfTen(power).setScale(0, RoundingMode.UNNECESSARY));
      }
    }
    return List.copyOf(s);
  }
}
