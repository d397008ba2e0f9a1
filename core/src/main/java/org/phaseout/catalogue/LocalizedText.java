package org.phaseout.catalogue;

import java.util.Objects;

/**
 * A text in Chinese with its English rendering (中英文本). The Chinese text is authoritative; the English one is a
 * gloss.
 *
 * @param zh the Chinese text, not null
 * @param en the English gloss, not null
 */
public record LocalizedText(String zh, String en) {
  /** @throws NullPointerException if an argument is null */
  public LocalizedText {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }

  /**
   * Returns the text for a language: {@code zh} for Chinese, anything else for English.
   *
   * @param language a language tag such as {@code zh-CN} or {@code en}, not null
   * @return the text, not null
   */
  public String in(String language) {
    return language.startsWith("zh") ? zh : en;
  }
}
