package org.phaseout.internal.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.phaseout.Finding;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.DepartmentAssignment;
import org.phaseout.catalogue.LocalizedText;
import org.phaseout.catalogue.Vocabulary;

/** Finds the departments an entry assigns for a division: those of the most specific region containing it. */
public final class DepartmentRouting {

  private final Vocabulary vocabulary;

  /** @param vocabulary the vocabulary that names the departments */
  public DepartmentRouting(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * Returns the departments of an entry for a division.
   *
   * @param entry the entry
   * @param division the enterprise's division
   * @return the departments, empty lists when the entry assigns none for the division
   */
  public Finding.Departments departments(CatalogueEntry entry, DivisionCode division) {
    int best = -1;
    List<DepartmentAssignment> chosen = new ArrayList<>();
    for (DepartmentAssignment a : entry.departments()) {
      if (!division.isWithin(a.region())) {
        continue;
      }
      int specificity = specificity(a.region());
      if (specificity > best) {
        best = specificity;
        chosen.clear();
      }
      if (specificity == best) {
        chosen.add(a);
      }
    }
    if (chosen.isEmpty()) {
      return new Finding.Departments(List.of(), List.of(), List.of(), Optional.empty());
    }
    List<LocalizedText> lead = new ArrayList<>();
    List<LocalizedText> supporting = new ArrayList<>();
    List<LocalizedText> implementing = new ArrayList<>();
    List<String> basis = new ArrayList<>();
    for (DepartmentAssignment a : chosen) {
      a.lead().forEach(id -> lead.add(name(id)));
      a.supporting().forEach(id -> supporting.add(name(id)));
      a.implementing().forEach(id -> implementing.add(name(id)));
      basis.add(a.basis().toString());
    }
    return new Finding.Departments(lead, supporting, implementing, Optional.of(String.join("; ", basis)));
  }

  private LocalizedText name(String departmentId) {
    return vocabulary.department(departmentId).map(Vocabulary.Department::name)
        .orElse(new LocalizedText(departmentId, departmentId));
  }

  private static int specificity(DivisionCode region) {
    String code = region.toString();
    if (code.endsWith("0000")) {
      return 1;
    }
    return code.endsWith("00") ? 2 : 3;
  }
}
