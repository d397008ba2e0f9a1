package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.EfficiencyStandardProbe.comparisons;
import static org.phaseout.catalogs.EfficiencyStandardProbe.findingIfAny;
import static org.phaseout.catalogs.EfficiencyStandardProbe.ids;
import static org.phaseout.catalogs.EfficiencyStandardProbe.members;
import static org.phaseout.catalogs.EfficiencyStandardProbe.onlyValue;
import static org.phaseout.catalogs.EfficiencyStandardProbe.quantityOf;
import static org.phaseout.catalogs.EfficiencyStandardProbe.verdict;
import static org.phaseout.catalogs.UnitProbe.plus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.phaseout.Verdict;
import org.phaseout.capacity.FactValue;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.LimitWording;
import org.phaseout.catalogue.Operator;
import org.phaseout.measure.Quantity;

/**
 * How the GB 30253-2024 tests read the tables graded by rated speed (表8–表29: 变频调速 and 电梯用 motors): the table
 * of an entry, the speed columns of a row with a rated speed in each and its grade-3 efficiency, and a fictitious
 * motor of the row's table and power at a given speed.
 */
final class Gb30253SpeedProbe {

  private Gb30253SpeedProbe() {}

  static final String EDITION = "gb-30253@2024";

  private static final Pattern TABLE = Pattern.compile("^gb30253-2024\\.t(\\d+)\\.");

  /** The table number of a GB 30253 entry id (1 to 29). */
  static int table(String entryId) {
    Matcher m = TABLE.matcher(entryId);
    assertTrue(m.find(), entryId);
    return Integer.parseInt(m.group(1));
  }

  /** The ids of the edition's entries from these tables, in file order. */
  static List<String> idsOfTables(int from, int to) {
    return ids(EDITION).stream().filter(id -> table(id) >= from && table(id) <= to).toList();
  }

  /** The efficiency a row is judged on: at 90 % of rated speed for 变频调速 (表8–表28), rated for 电梯用 (表29). */
  static String indicatorOf(String entryId) {
    return table(entryId) == 29 ? "motor.efficiency" : "motor.efficiencyAt90PercentSpeed";
  }

  /** One speed column of a row: its heading as the repository writes it, a rated speed in it, its grade-3 value. */
  record Column(String heading, Quantity speed, Quantity limit) {}

  /** The heading of a speed condition and a rated speed it holds (a band's upper figure, just above a '>' figure). */
  private static Column column(Criterion speed, Quantity limit) {
    if (speed instanceof Criterion.Range r) {
      assertEquals("motor.ratedSpeed", r.operand().key());
      assertTrue(!r.minInclusive() && r.maxInclusive(), r.wording() + ": above the lower figure, up to the upper");
      return new Column(r.wording(), r.max(), limit);
    }
    Criterion.Comparison c = assertInstanceOf(Criterion.Comparison.class, speed);
    assertEquals("motor.ratedSpeed", c.operand().key());
    Quantity q = ((FactValue.QuantityFact) c.value()).value();
    String figure = q.value().stripTrailingZeros().toPlainString();
    return switch (c.operator()) {
      case EQ -> new Column(figure, q, limit);
      case GT -> {
        assertEquals(Optional.of(LimitWording.GREATER_THAN), c.wording(), "'>' reads 大于");
        yield new Column(">" + figure, plus(q, "0.1"), limit);
      }
      case LE -> {
        assertEquals(Optional.of(LimitWording.NOT_GREATER_THAN), c.wording(), "'≤' reads 不大于");
        yield new Column("≤" + figure, q, limit);
      }
      default -> throw new AssertionError("unexpected speed condition " + c);
    };
  }

  /**
   * The speed columns of a row in the table's order, each failed only below its grade-3 value (低于); the row's scope
   * holds exactly these speed conditions.
   */
  static List<Column> columns(String entryId) {
    Criterion.Any any = assertInstanceOf(Criterion.Any.class, entry(entryId).criterion().orElseThrow());
    List<Column> out = new ArrayList<>();
    List<Criterion> speeds = new ArrayList<>();
    for (Criterion part : any.parts()) {
      List<Criterion> pair = assertInstanceOf(Criterion.All.class, part).parts();
      assertEquals(2, pair.size(), entryId);
      Criterion.Comparison limit = assertInstanceOf(Criterion.Comparison.class, pair.get(1));
      assertEquals(indicatorOf(entryId), limit.operand().key(), entryId);
      assertEquals(Operator.LT, limit.operator(), entryId + ": the grade-3 value itself is met");
      assertEquals(Optional.of(LimitWording.LOWER_THAN), limit.wording(), entryId);
      speeds.add(pair.get(0));
      out.add(column(pair.get(0), CriterionShapes.quantity(limit)));
    }
    List<Criterion> scope = ((Criterion.All) entry(entryId).applicability().when().orElseThrow()).parts();
    Criterion.Any inScope = assertInstanceOf(Criterion.Any.class, scope.get(scope.size() - 1));
    assertEquals(speeds, inScope.parts(), entryId + ": the row's speed columns are its scope");
    return out;
  }

  /** The headings of a row's columns mapped to their grade-3 values as text ("79.3"). */
  static Map<String, String> limitsByHeading(String entryId) {
    Map<String, String> m = new LinkedHashMap<>();
    columns(entryId).forEach(c -> m.put(c.heading(), c.limit().value().toPlainString()));
    return m;
  }

  /** The row's rated power: its step, the upper end of its band, or 1 kW above an open lower bound (P>3150). */
  static Quantity power(String entryId) {
    List<Criterion.Comparison> steps = comparisons(entryId, "unit.ratedCapacity");
    if (steps.isEmpty()) {
      return ((Criterion.All) entry(entryId).applicability().when().orElseThrow()).parts().stream()
          .filter(p -> p instanceof Criterion.Range r && r.operand().key().equals("unit.ratedCapacity"))
          .map(p -> ((Criterion.Range) p).max()).findFirst().orElseThrow();
    }
    Criterion.Comparison c = steps.get(0);
    Quantity q = CriterionShapes.quantity(c);
    return c.operator() == Operator.GT ? plus(q, "1") : q;
  }

  /** A motor in the entry's table (category, voltage group, the first cooling method it names) and row. */
  static Map<String, Object> motor(String entryId, Quantity speed, Object efficiency) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("motor.gb30253Scope", true);
    m.put("motor.gb30253Category", onlyValue(entryId, "motor.gb30253Category"));
    m.put("motor.gb30253VoltageGroup", onlyValue(entryId, "motor.gb30253VoltageGroup"));
    if (hasCooling(entryId)) {
      m.put("motor.coolingMethod", members(entryId, "motor.coolingMethod").stream().sorted().findFirst().orElseThrow());
    }
    m.put("unit.ratedCapacity", power(entryId));
    m.put("motor.ratedSpeed", speed);
    if (efficiency != null) {
      m.put(indicatorOf(entryId), quantityOf(efficiency));
    }
    return m;
  }

  /** Whether the row's scope names cooling methods (the high-voltage tables do, 表10 and 表29 do not). */
  static boolean hasCooling(String entryId) {
    return ((Criterion.All) entry(entryId).applicability().when().orElseThrow()).parts().stream()
        .anyMatch(p -> p instanceof Criterion.Membership ms && ms.operand().key().equals("motor.coolingMethod"));
  }

  /** The GB 30253 entries (all 29 tables) that a motor fails on 1 January 2026, in file order. */
  static List<String> rowsFailing(Map<String, Object> motor) {
    return idsOfTables(1, 29).stream()
        .filter(id -> findingIfAny(id, LocalDate.of(2026, 1, 1), motor)
            .filter(f -> f.verdict() == Verdict.NON_COMPLIANT).isPresent())
        .toList();
  }

  /** A motor of the row at a speed of the column with this heading. */
  static Map<String, Object> motorAt(String entryId, String heading, Object efficiency) {
    Column c = columns(entryId).stream().filter(x -> x.heading().equals(heading)).findFirst()
        .orElseThrow(() -> new AssertionError(entryId + " has no column " + heading));
    return motor(entryId, c.speed(), efficiency);
  }

  /**
   * For each column of a row, a motor of the row at a speed of the column fails 0.1 percentage point below the
   * grade-3 value, meets it at and 0.1 above it, and lacks data without the efficiency.
   */
  static void assertGrade3PerSpeed(String entryId) {
    for (Column c : columns(entryId)) {
      String at = entryId + " " + c.heading() + " r/min";
      assertEquals(Verdict.NON_COMPLIANT, verdict(entryId, motor(entryId, c.speed(), plus(c.limit(), "-0.1"))), at);
      assertEquals(Verdict.COMPLIANT, verdict(entryId, motor(entryId, c.speed(), c.limit())), at + " at grade 3");
      assertEquals(Verdict.COMPLIANT, verdict(entryId, motor(entryId, c.speed(), plus(c.limit(), "0.1"))), at);
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(entryId, motor(entryId, c.speed(), null)),
          at + " without the efficiency");
    }
  }
}
