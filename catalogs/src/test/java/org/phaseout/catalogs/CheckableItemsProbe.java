package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.phaseout.catalogs.BundledData.entry;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.IndustryCode;

/**
 * How the case tables of the 《产业结构调整指导目录（2024年本）》 淘汰类 items made machine-checkable are read and run, one
 * table a part of the catalogue: a row is {@code id | unit data as key=value;… ({@code -} for none) | expected verdict},
 * where values that read as a number, a space and a unit are quantities, {@code true}/{@code false} are booleans and
 * anything else is text; each unit is evaluated for a fictitious Chongqing enterprise.
 */
final class CheckableItemsProbe {

  static final String PREFIX = "cn-isac-2024.eliminated.";
  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  static final Enterprise ENTERPRISE = Enterprise.builder().creditCode(CreditCode.parse("91500101PH00000027"))
      .name("示例印刷机械有限公司（虚构）").division(DivisionCode.parse("500101")).industry(IndustryCode.parse("C2319"))
      .build();

  private CheckableItemsProbe() {}

  /** The rows of the tables, each split into id, unit data and expected verdict. */
  static List<String[]> rows(String... tables) {
    return Stream.of(tables).flatMap(String::lines).filter(l -> !l.isBlank())
        .map(l -> Arrays.stream(l.split("\\|")).map(String::strip).toArray(String[]::new)).toList();
  }

  /** The entries the rows cover: every id of them. */
  static Set<String> ids(List<String[]> rows) {
    return rows.stream().map(r -> r[0]).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The rows of one table, then for every entry of it a unit of its kind that reports nothing the criterion reads. */
  static Stream<Arguments> cases(String table) {
    List<String[]> rows = rows(table);
    Stream<Arguments> listed = rows.stream().map(r -> Arguments.of(r[0], r[1], Verdict.valueOf(r[2])));
    Stream<Arguments> bare = ids(rows).stream().map(id -> Arguments.of(id, "-", Verdict.INSUFFICIENT_DATA));
    return Stream.concat(listed, bare);
  }

  /** The entry's finding for a unit with the data is the expected verdict. */
  static void assertVerdict(String id, String data, Verdict expected) {
    Finding f = UnitProbe.findingIfAny(ENTERPRISE, entry(PREFIX + id), AS_OF, UnitProbe.spec(data))
        .orElseThrow(() -> new AssertionError(id + " gave no finding"));
    assertEquals(expected, f.verdict(), id + " " + data);
  }
}
