package org.phaseout.catalogue;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which edition of a catalogue is used for an as-of date, or why none is (目录版本选择结果). A catalogue with no edition
 * in force, or whose last edition has ended, is reported as such and never silently extended.
 *
 * @param catalogueId the catalogue, not null
 * @param state the outcome, not null
 * @param edition the edition in force, present only when {@code state} is {@link State#IN_FORCE}
 * @param asOf the as-of date, not null
 * @param knownAt the known-at date, not null
 */
public record CatalogueStatus(
    String catalogueId, State state, Optional<CatalogueEdition> edition, LocalDate asOf, LocalDate knownAt) {

  /** @throws NullPointerException if an argument is null */
  public CatalogueStatus {
    Objects.requireNonNull(catalogueId, "catalogueId");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(knownAt, "knownAt");
    if (edition.isPresent() != (state == State.IN_FORCE)) {
      throw new IllegalArgumentException("an edition is given exactly when the state is IN_FORCE");
    }
  }

  /** The outcome of selecting an edition. */
  public enum State {
    /** An edition is in force on the as-of date (现行有效). */
    IN_FORCE,
    /** Every edition known by the known-at date takes effect after the as-of date (尚未施行). */
    NOT_YET_IN_FORCE,
    /** The last edition known by the known-at date ended on or before the as-of date, with no successor known (已失效). */
    ENDED,
    /** The editions known leave a gap around the as-of date: one ended and the next has not started (版本空档). */
    GAP,
    /** No edition of the catalogue had been published by the known-at date (截至知悉日尚未发布). */
    NOT_PUBLISHED_BY_KNOWN_AT
  }
}
