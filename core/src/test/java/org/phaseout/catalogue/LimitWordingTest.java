package org.phaseout.catalogue;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogue.CatalogueFixtures.CHONGQING_2025;
import static org.phaseout.catalogue.CatalogueFixtures.VOCABULARY;
import static org.phaseout.catalogue.CatalogueFixtures.assertSays;
import static org.phaseout.catalogue.CatalogueFixtures.edit;
import static org.phaseout.catalogue.CatalogueFixtures.loadFails;
import static org.phaseout.catalogue.CatalogueFixtures.loaderWith;
import static org.phaseout.catalogue.CatalogueFixtures.problemAt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every ordering comparison names the limit word of its source, and the loader accepts exactly the operator that
 * word means. 以上, 以下, 以内 and 届满 include the number itself; 不满, 超过 and 以外 exclude it (《民法典》第一千二百五十九条).
 *
 * <p>The document under test is the real Chongqing task "加快淘汰10蒸吨/小时以下的燃煤锅炉" ({@code /entries/1}) with
 * only its operator and limit word changed; the threshold 10 t/h is the plan's own. Only the consistency of word and
 * operator is tested here, not what the plan says.
 */
class LimitWordingTest {

  private static final String PLAN = "cq-2025-wording.json";
  private static final String CRITERION = "/entries/1/criterion";

  /**
   * What each word means, stated here independently of {@link LimitWording}: the law for the words it defines, the
   * plain meaning of the others.
   */
  private static final Map<String, String> MEANING = new LinkedHashMap<>();

  static {
    // include the limit (民法典 第一千二百五十九条: 以上、以下、以内、届满包括本数)
    MEANING.put("以下", "<=");
    MEANING.put("以上", ">=");
    MEANING.put("以内", "<=");
    MEANING.put("届满", ">=");
    MEANING.put("及以下", "<=");
    MEANING.put("及以上", ">=");
    MEANING.put("（含）以下", "<=");
    MEANING.put("范围内", "<=");
    MEANING.put("不超过", "<=");
    MEANING.put("不大于", "<=");
    MEANING.put("不高于", "<=");
    MEANING.put("不低于", ">=");
    MEANING.put("不小于", ">=");
    // exclude the limit (民法典 第一千二百五十九条: 不满、超过、以外不包括本数)
    MEANING.put("不满", "<");
    MEANING.put("超过", ">");
    MEANING.put("以外", ">");
    MEANING.put("（不含）以下", "<");
    MEANING.put("低于", "<");
    MEANING.put("小于", "<");
    MEANING.put("高于", ">");
    MEANING.put("大于", ">");
  }

  private static final List<String> OPERATORS = List.of("<", "<=", ">", ">=", "=", "!=");

  static Stream<Arguments> words() {
    return MEANING.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  private static byte[] planWith(String op, String word) {
    return edit(CHONGQING_2025).setText(CRITERION + "/op", op).setText(CRITERION + "/wording", word).bytes();
  }

  @ParameterizedTest(name = "{0} means {1}")
  @MethodSource("words")
  void acceptsExactlyTheOperatorTheWordMeans(String word, String meaning) {
    List<Executable> checks = new ArrayList<>();
    for (String op : OPERATORS) {
      Catalogues.Loader loader = loaderWith(VOCABULARY).addJson(PLAN, planWith(op, word));
      if (op.equals(meaning)) {
        checks.add(() -> {
          CatalogueSet set = assertDoesNotThrow(loader::load, () -> word + " with " + op + " must load");
          Criterion.Comparison c = (Criterion.Comparison) set.entry("cq-2025.environment.coal-boiler-10th")
              .orElseThrow().criterion().orElseThrow();
          assertEquals(meaning, c.operator().symbol());
          assertEquals(Optional.of(word), c.wording().map(LimitWording::word));
        });
      } else {
        checks.add(() -> {
          CatalogueException e = assertThrows(CatalogueException.class, loader::load,
              () -> word + " with " + op + " must be rejected");
          assertSays(problemAt(e.problems(), PLAN, CRITERION + "/op"),
              "'" + word + "' means '" + meaning + "'", "op is '" + op + "'");
          assertEquals(1, e.problems().size(), () -> e.problems().toString());
        });
      }
    }
    assertAll(word, checks);
  }

  @ParameterizedTest(name = "{0} means {1}")
  @MethodSource("words")
  void saysWhetherTheLimitItselfIsIncluded(String word, String meaning) {
    LimitWording wording = LimitWording.fromWord(word).orElseThrow();

    assertEquals(meaning, wording.operator().symbol());
    assertEquals(meaning.endsWith("="), wording.includesLimit());
  }

  @Test
  void everyLimitWordingHasItsMeaningSpecifiedHere() {
    Set<LimitWording> specified = EnumSet.noneOf(LimitWording.class);
    MEANING.keySet().forEach(w -> specified.add(LimitWording.fromWord(w).orElseThrow()));

    assertEquals(EnumSet.allOf(LimitWording.class), specified);
  }

  @Test
  void rejectsAnUnknownLimitWordAndListsTheKnownOnes() {
    CatalogueException e = loadFails(loaderWith(VOCABULARY).addJson(PLAN, planWith("<=", "小于等于")));

    CatalogueProblem problem = problemAt(e.problems(), PLAN, CRITERION + "/wording");
    assertSays(problem, "unknown limit word '小于等于'");
    Arrays.stream(LimitWording.values()).forEach(w -> assertSays(problem, w.word()));
  }

  @Test
  void rejectsAnOrderingComparisonWithoutALimitWord() {
    byte[] plan = edit(CHONGQING_2025).remove(CRITERION + "/wording").bytes();

    CatalogueException e = loadFails(loaderWith(VOCABULARY).addJson(PLAN, plan));

    assertSays(problemAt(e.problems(), PLAN, CRITERION + "/wording"), "must name the limit word");
  }

  @Test
  void acceptsHalfWidthBracketsInTheBracketedWords() {
    assertAll(
        () -> assertDoesNotThrow(loaderWith(VOCABULARY).addJson(PLAN, planWith("<=", "(含)以下"))::load),
        () -> assertDoesNotThrow(loaderWith(VOCABULARY).addJson(PLAN, planWith("<", "(不含)以下"))::load));
  }

  @Test
  void rejectsAnUnknownOperatorSymbol() {
    CatalogueException e = loadFails(loaderWith(VOCABULARY).addJson(PLAN, planWith("≤", "以下")));

    assertSays(problemAt(e.problems(), PLAN, CRITERION + "/op"), "expected one of <, <=, >, >=, =, !=", "'≤'");
  }

  @Test
  void theRealPlanUsesTheWordItsTextUses() throws CatalogueException {
    CatalogueEntry entry = loaderWith(VOCABULARY, CHONGQING_2025).load()
        .entry("cq-2025.environment.coal-boiler-10th").orElseThrow();

    assertTrue(entry.text().zh().contains("10蒸吨/小时以下"));
    Criterion.Comparison c = (Criterion.Comparison) entry.criterion().orElseThrow();
    assertEquals(Optional.of(LimitWording.BELOW), c.wording());
  }
}
