package org.phaseout.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.phaseout.InvalidInputException;

/** What a reader that rejects its input must say: every problem names the file, a JSON Pointer and a plain message. */
final class ReportedProblems {

  /** A Java class name ending in Exception or Error, or a stack frame: internals, not a message for the user. */
  private static final Pattern INTERNALS =
      Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b|^\\s*at [\\w$.]+\\(",
          Pattern.MULTILINE);

  private ReportedProblems() {}

  /**
   * Checks an exception's problems: at least one; each under {@code origin}, at an empty pointer or one starting with
   * a slash, with a non-blank message that carries no exception class name or stack frame.
   *
   * @param e the exception
   * @param origin the file name the reader was given
   */
  static void assertNamesFileAndPointer(InvalidInputException e, String origin) {
    assertFalse(e.problems().isEmpty());
    for (InvalidInputException.Problem p : e.problems()) {
      assertEquals(origin, p.origin(), p.toString());
      assertTrue(p.pointer().isEmpty() || p.pointer().startsWith("/"), p.toString());
      assertFalse(p.message().isBlank(), p.toString());
      assertFalse(INTERNALS.matcher(p.message()).find(), "an internal exception as the message: " + p);
    }
    assertTrue(e.getMessage().contains(e.problems().get(0).toString()), e.getMessage());
  }
}
