package org.phaseout.catalogue;

import java.util.Objects;
import java.util.Optional;

/**
 * What follows from non-compliance with an entry (后果): the action required, its deadline rule and, for a price
 * measure, the surcharge.
 *
 * @param action the action, not null
 * @param text the source's wording of the action and its English gloss, not null
 * @param deadline the deadline rule, not null
 * @param surcharge the electricity-price surcharge (加价标准) a price measure sets, if the source gives its amount;
 *     only with {@link Action#APPLY_PRICE_MEASURE}
 */
public record Consequence(Action action, LocalizedText text, DeadlineRule deadline, Optional<Surcharge> surcharge) {
  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a surcharge is given with an action other than a price measure
   */
  public Consequence {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(surcharge, "surcharge");
    if (surcharge.isPresent() && action != Action.APPLY_PRICE_MEASURE) {
      throw new IllegalArgumentException("a surcharge belongs to a price measure, not to " + action);
    }
  }

  /**
   * Creates a consequence without a surcharge.
   *
   * @param action the action, not null
   * @param text the source's wording of the action, not null
   * @param deadline the deadline rule, not null
   */
  public Consequence(Action action, LocalizedText text, DeadlineRule deadline) {
    this(action, text, deadline, Optional.empty());
  }
}
