package org.phaseout.examples.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The grid of values the generator tries for the quantities a formula reads that the entry does not bound. */
class FormulaCasesGridTest {

  @Test
  void theGridIsTheOneTwoFiveSeriesFromOneTo5000() {
    assertEquals(List.of("1", "2", "5", "10", "20", "50", "100", "200", "500", "1000", "2000", "5000"),
        FormulaCases.SERIES.stream().map(BigDecimal::toPlainString).toList());
  }

  @Test
  void everyPointOfTheGridIsTriedOnce() {
    List<int[]> points = FormulaCases.points(3, null);
    Set<String> distinct = points.stream().map(Arrays::toString).collect(Collectors.toSet());
    assertEquals(12 * 12 * 12, points.size());
    assertEquals(points.size(), distinct.size());
  }

  @Test
  void withoutAnEarlierHitThePointsNearestTheMiddleOfTheSeriesComeFirst() {
    // the middle of twelve values lies between the sixth (50) and the seventh (100)
    List<int[]> points = FormulaCases.points(2, null);
    assertArrayEquals(new int[] {5, 5}, points.get(0));
    assertArrayEquals(new int[] {5, 6}, points.get(1));
    assertArrayEquals(new int[] {6, 5}, points.get(2));
    assertArrayEquals(new int[] {6, 6}, points.get(3));
    assertArrayEquals(new int[] {4, 5}, points.get(4));
  }

  @Test
  void afterAHitThePointsNearestItComeFirst() {
    List<int[]> points = FormulaCases.points(2, new int[] {3, 7});
    assertArrayEquals(new int[] {3, 7}, points.get(0));
    assertArrayEquals(new int[] {2, 7}, points.get(1));
    assertArrayEquals(new int[] {3, 6}, points.get(2));
    assertArrayEquals(new int[] {3, 8}, points.get(3));
    assertArrayEquals(new int[] {4, 7}, points.get(4));
  }
}
