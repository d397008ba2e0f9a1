package org.phaseout.lifecycle;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.catalogue.Dimension;

/**
 * A tip-off about backward capacity (举报线索), from an association, an enterprise or a citizen: what it is about, where,
 * and optionally which enterprise.
 *
 * @param id the tip-off's id, not null
 * @param received the date it was received, not null
 * @param text the free text of the tip-off, not null
 * @param dimension the dimension it concerns (its category), not null
 * @param unitKind the kind of production unit it names, from the vocabulary, if known
 * @param industry the sector, if known
 * @param district the district it concerns, not null
 * @param enterprise the enterprise named, if any
 */
public record TipOff(
    String id,
    LocalDate received,
    String text,
    Dimension dimension,
    Optional<String> unitKind,
    Optional<IndustryCode> industry,
    DivisionCode district,
    Optional<CreditCode> enterprise) {

  /** @throws NullPointerException if an argument is null */
  public TipOff {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(unitKind, "unitKind");
    Objects.requireNonNull(industry, "industry");
    Objects.requireNonNull(district, "district");
    Objects.requireNonNull(enterprise, "enterprise");
  }
}
