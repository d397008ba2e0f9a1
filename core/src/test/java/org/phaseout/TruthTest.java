package org.phaseout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Specification of {@link Truth}: Kleene's strong three-valued logic, in which unknown is never read as false. */
class TruthTest {

  @ParameterizedTest(name = "{0} and {1} = {2}")
  @CsvSource({
      "TRUE,TRUE,TRUE", "TRUE,FALSE,FALSE", "TRUE,UNKNOWN,UNKNOWN",
      "FALSE,TRUE,FALSE", "FALSE,FALSE,FALSE", "FALSE,UNKNOWN,FALSE",
      "UNKNOWN,TRUE,UNKNOWN", "UNKNOWN,FALSE,FALSE", "UNKNOWN,UNKNOWN,UNKNOWN"})
  void conjunctionIsFalseWhenEitherIsFalseAndOtherwiseUnknownWhenEitherIsUnknown(Truth a, Truth b, Truth expected) {
    assertEquals(expected, a.and(b));
  }

  @ParameterizedTest(name = "{0} or {1} = {2}")
  @CsvSource({
      "TRUE,TRUE,TRUE", "TRUE,FALSE,TRUE", "TRUE,UNKNOWN,TRUE",
      "FALSE,TRUE,TRUE", "FALSE,FALSE,FALSE", "FALSE,UNKNOWN,UNKNOWN",
      "UNKNOWN,TRUE,TRUE", "UNKNOWN,FALSE,UNKNOWN", "UNKNOWN,UNKNOWN,UNKNOWN"})
  void disjunctionIsTrueWhenEitherIsTrueAndOtherwiseUnknownWhenEitherIsUnknown(Truth a, Truth b, Truth expected) {
    assertEquals(expected, a.or(b));
  }

  @ParameterizedTest
  @EnumSource(Truth.class)
  void negationSwapsTrueAndFalseAndKeepsUnknownAndDeMorganHolds(Truth a) {
    assertEquals(a, a.not().not());
    for (Truth b : Truth.values()) {
      assertEquals(a.and(b).not(), a.not().or(b.not()), a + " " + b);
      assertEquals(a.and(b), b.and(a), "commutative");
    }
    if (a == Truth.UNKNOWN) {
      assertEquals(Truth.UNKNOWN, a.not());
    }
  }
}
