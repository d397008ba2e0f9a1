package org.phaseout.measure;

import java.util.Objects;

/**
 * Thrown when text can not be parsed as a {@link Quantity} (数量格式错误).
 *
 * <p>The expected form is a plain decimal number (optional sign, no exponent, no digit grouping), one or more
 * whitespace characters, then a unit symbol or alias, such as {@code "10 t/h"} or {@code "1.5 10^4 t/a"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class QuantityFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The text that failed to parse. */
  private final String text;

  /**
   * Creates an exception for unparseable text.
   *
   * @param text the text that failed to parse, exactly as given
   * @param reason what was wrong and what was expected, in English
   * @param cause the underlying failure, or null if there is none
   * @throws NullPointerException if {@code text} or {@code reason} is null
   */
  public QuantityFormatException(String text, String reason, Throwable cause) {
    super("Cannot parse quantity '" + Objects.requireNonNull(text, "text") + "': "
        + Objects.requireNonNull(reason, "reason"), cause);
    this.text = text;
  }

  /**
   * Returns the text that failed to parse (原文), exactly as given.
   *
   * @return the text, never null
   */
  public String text() {
    return text;
  }
}
