package org.phaseout.lifecycle;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.phaseout.Finding;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.catalogue.LocalizedText;
import org.phaseout.internal.eval.DepartmentRouting;

/**
 * Routes tip-offs to the departments responsible for them (举报线索分办), 渝制造强市办〔2025〕4号 三、（四）: "及时将…
 * 举报线索信息按职责分工推送有关市级部门核实查处". The division of responsibilities is the one the catalogues record: a
 * tip-off goes to the departments that the entries in force on the day it was received assign, in its district, for
 * its dimension (and its unit kind and sector, where given). The entries that routed it are named, so every routing
 * can be traced to its clause. The same tip-off and catalogues always give the same routing.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TipOffRouting {

  private final CatalogueSet catalogues;
  private final DepartmentRouting routing;

  private TipOffRouting(CatalogueSet catalogues) {
    this.catalogues = catalogues;
    this.routing = new DepartmentRouting(catalogues.vocabulary());
  }

  /**
   * Returns a router over catalogues.
   *
   * @param catalogues the catalogues, not null
   * @return the router, not null
   */
  public static TipOffRouting of(CatalogueSet catalogues) {
    return new TipOffRouting(Objects.requireNonNull(catalogues, "catalogues"));
  }

  /**
   * The departments a tip-off goes to, and why.
   *
   * @param tipOff the tip-off id, not null
   * @param lead the departments to verify and handle it (牵头), in the order the routing entries name them, not null
   * @param supporting the supporting departments (配合), not null
   * @param implementing the local departments that implement (具体落实), not null
   * @param entries the ids of the entries whose assignments routed it, in id order, not null
   * @param bases the clauses that make those assignments, not null
   */
  public record Routed(String tipOff, List<LocalizedText> lead, List<LocalizedText> supporting,
      List<LocalizedText> implementing, List<String> entries, List<String> bases) {
    /** @throws NullPointerException if an argument is null */
    public Routed {
      Objects.requireNonNull(tipOff, "tipOff");
      lead = List.copyOf(lead);
      supporting = List.copyOf(supporting);
      implementing = List.copyOf(implementing);
      entries = List.copyOf(entries);
      bases = List.copyOf(bases);
    }

    /** @return whether any department was found; if not, the tip-off needs routing by hand */
    public boolean isRouted() {
      return !lead.isEmpty();
    }
  }

  /**
   * Routes a tip-off.
   *
   * @param tipOff the tip-off, not null
   * @return the routing, not null; without departments when the catalogues assign none for it
   */
  public Routed route(TipOff tipOff) {
    Objects.requireNonNull(tipOff, "tipOff");
    List<CatalogueEntry> matching = new ArrayList<>();
    for (var status : catalogues.select(tipOff.received())) {
      if (status.edition().isEmpty()) {
        continue;
      }
      CatalogueEdition edition = status.edition().get();
      for (CatalogueEntry entry : edition.effectiveEntries()) {
        if (matches(entry, tipOff)) {
          matching.add(entry);
        }
      }
    }
    matching.sort(java.util.Comparator.comparing(CatalogueEntry::id));
    Set<LocalizedText> lead = new LinkedHashSet<>();
    Set<LocalizedText> supporting = new LinkedHashSet<>();
    Set<LocalizedText> implementing = new LinkedHashSet<>();
    List<String> entries = new ArrayList<>();
    Set<String> bases = new LinkedHashSet<>();
    for (CatalogueEntry entry : matching) {
      Finding.Departments d = routing.departments(entry, tipOff.district());
      if (d.lead().isEmpty()) {
        continue;
      }
      lead.addAll(d.lead());
      supporting.addAll(d.supporting());
      implementing.addAll(d.implementing());
      entries.add(entry.id());
      d.basis().ifPresent(bases::add);
    }
    supporting.removeAll(lead);
    return new Routed(tipOff.id(), List.copyOf(lead), List.copyOf(supporting), List.copyOf(implementing), entries,
        List.copyOf(bases));
  }

  private static boolean matches(CatalogueEntry entry, TipOff tipOff) {
    if (entry.dimension() != tipOff.dimension()) {
      return false;
    }
    if (tipOff.unitKind().isPresent() && !entry.applicability().unitKinds().contains(tipOff.unitKind().get())) {
      return false;
    }
    if (tipOff.industry().isPresent() && !entry.applicability().industries().isEmpty()
        && entry.applicability().industries().stream().noneMatch(i -> tipOff.industry().get().isWithin(i))) {
      return false;
    }
    return entry.applicability().regions().isEmpty()
        || entry.applicability().regions().stream().anyMatch(r -> tipOff.district().isWithin(r));
  }
}
