package org.phaseout.catalogue;

import java.util.List;
import java.util.Objects;
import org.phaseout.capacity.DivisionCode;

/**
 * The departments responsible for an entry within a region (责任分工): who leads (牵头/负责), who supports (配合) and
 * who implements locally (具体落实), with the clause that assigns them.
 *
 * @param region the region the assignment holds in, for example 500000 (重庆市), not null
 * @param lead ids of the lead departments, from the vocabulary, not null
 * @param supporting ids of the supporting departments, not null
 * @param implementing ids of the departments that implement locally, not null
 * @param basis the clause that assigns them, not null
 */
public record DepartmentAssignment(
    DivisionCode region, List<String> lead, List<String> supporting, List<String> implementing, Citation basis) {
  /** @throws NullPointerException if an argument is null */
  public DepartmentAssignment {
    Objects.requireNonNull(region, "region");
    lead = List.copyOf(lead);
    supporting = List.copyOf(supporting);
    implementing = List.copyOf(implementing);
    Objects.requireNonNull(basis, "basis");
  }
}
