package org.phaseout.catalogue;

import java.util.Optional;

/**
 * The words Chinese legal texts use for a limit (限值用语), each with the comparison it means.
 *
 * <p>以上, 以下, 以内 and 届满 include the number itself; 不满, 超过 and 以外 exclude it (《民法典》第一千二百五十九条;
 * 《刑法》第九十九条). Every quantitative comparison in a catalogue names the word its source uses, and the loader
 * rejects an operator that disagrees with it. Where a source says "(不含)" or "(含)" beside the word, the
 * {@link #EXCLUSIVE_BELOW} or {@link #INCLUSIVE_BELOW} forms record it.
 */
public enum LimitWording {
  /** 以下: at or below; includes the limit. */
  BELOW("以下", Operator.LE),
  /** 及以下: at or below; includes the limit. */
  AND_BELOW("及以下", Operator.LE),
  /** （含）以下: at or below, inclusion stated. */
  INCLUSIVE_BELOW("（含）以下", Operator.LE),
  /** （不含）以下: strictly below, exclusion stated. */
  EXCLUSIVE_BELOW("（不含）以下", Operator.LT),
  /** 以上: at or above; includes the limit. */
  ABOVE("以上", Operator.GE),
  /** 及以上: at or above; includes the limit. */
  AND_ABOVE("及以上", Operator.GE),
  /** 以内: within; includes the limit. */
  WITHIN("以内", Operator.LE),
  /** 范围内: within the range; includes the limit. */
  WITHIN_RANGE("范围内", Operator.LE),
  /** 届满: reached; includes the day itself. */
  EXPIRED("届满", Operator.GE),
  /** 不满: short of; excludes the limit. */
  SHORT_OF("不满", Operator.LT),
  /** 超过: exceeding; excludes the limit. */
  EXCEEDING("超过", Operator.GT),
  /** 以外: beyond; excludes the limit. */
  BEYOND("以外", Operator.GT),
  /** 不超过: not exceeding; includes the limit. */
  NOT_EXCEEDING("不超过", Operator.LE),
  /** 不大于: not greater than; includes the limit. */
  NOT_GREATER_THAN("不大于", Operator.LE),
  /** 不高于: not higher than; includes the limit. */
  NOT_HIGHER_THAN("不高于", Operator.LE),
  /** 大于: greater than; excludes the limit. */
  GREATER_THAN("大于", Operator.GT),
  /** 高于: higher than; excludes the limit. */
  HIGHER_THAN("高于", Operator.GT),
  /** 低于: lower than; excludes the limit. */
  LOWER_THAN("低于", Operator.LT),
  /** 小于: less than; excludes the limit. */
  LESS_THAN("小于", Operator.LT),
  /** 不低于: not lower than; includes the limit. */
  NOT_LOWER_THAN("不低于", Operator.GE),
  /** 不小于: not less than; includes the limit. */
  NOT_LESS_THAN("不小于", Operator.GE);

  private final String word;
  private final Operator operator;

  LimitWording(String word, Operator operator) {
    this.word = word;
    this.operator = operator;
  }

  /** @return the Chinese word, as written in catalogue JSON */
  public String word() {
    return word;
  }

  /** @return the comparison the word means, applied as {@code value OP limit} */
  public Operator operator() {
    return operator;
  }

  /** @return whether the limit value itself satisfies the comparison */
  public boolean includesLimit() {
    return operator == Operator.LE || operator == Operator.GE;
  }

  /**
   * Looks a word up, accepting half-width brackets for the bracketed forms.
   *
   * @param word the Chinese word, not null
   * @return the wording, or empty if the word is not known
   */
  public static Optional<LimitWording> fromWord(String word) {
    String normalized = word.replace('(', '（').replace(')', '）');
    for (LimitWording w : values()) {
      if (w.word.equals(normalized)) {
        return Optional.of(w);
      }
    }
    return Optional.empty();
  }
}
