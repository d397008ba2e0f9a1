package org.phaseout.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.capacity.ProductionUnit;

/**
 * Which production units a catalogue entry speaks about (适用范围): by unit kind, and optionally by the enterprise's
 * industry and region. An empty list of industries or regions means no restriction. Applicability is decided from
 * identity data that every unit carries, so it is never unknown; conditions on reported facts belong in the
 * {@link Criterion}.
 *
 * <p>{@code when} narrows the scope by reported facts, for the rows of a table that each cover a band (for example a
 * motor efficiency row for 4-pole motors of 7.5 kW): where it is false the entry does not speak about the unit and
 * gives no finding; where it is unknown the finding is insufficient data unless the criterion is false anyway.
 *
 * @param unitKinds the unit kinds, not empty
 * @param industries industry codes (a unit's enterprise must be within one), not null
 * @param regions division codes (a unit's enterprise must be within one), not null
 * @param when the condition on reported facts under which the entry applies, if any
 */
public record Applicability(
    Set<String> unitKinds, List<IndustryCode> industries, List<DivisionCode> regions, Optional<Criterion> when) {
  /** @throws NullPointerException if an argument is null */
  public Applicability {
    unitKinds = Set.copyOf(unitKinds);
    industries = List.copyOf(industries);
    regions = List.copyOf(regions);
    Objects.requireNonNull(when, "when");
  }

  /**
   * An applicability without a condition on facts.
   *
   * @param unitKinds the unit kinds, not empty
   * @param industries industry codes, not null
   * @param regions division codes, not null
   */
  public Applicability(Set<String> unitKinds, List<IndustryCode> industries, List<DivisionCode> regions) {
    this(unitKinds, industries, regions, Optional.empty());
  }

  /**
   * Whether the entry speaks about the unit by its kind, industry and region; the {@code when} condition is evaluated
   * with the criterion.
   *
   * @param unit the unit, not null
   * @return true if the unit's kind, industry and region match
   */
  public boolean appliesTo(ProductionUnit unit) {
    Objects.requireNonNull(unit, "unit");
    if (!unitKinds.contains(unit.kind())) {
      return false;
    }
    if (!industries.isEmpty() && industries.stream().noneMatch(i -> unit.enterprise().industry().isWithin(i))) {
      return false;
    }
    return regions.isEmpty() || regions.stream().anyMatch(r -> unit.enterprise().division().isWithin(r));
  }
}
