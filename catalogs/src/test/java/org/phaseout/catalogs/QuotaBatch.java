package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.phaseout.Finding;
import org.phaseout.UnitAssessment;
import org.phaseout.Verdict;
import org.phaseout.capacity.Enterprise;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;

/**
 * A batch of bundled energy-quota standards (单位产品能源消耗限额) and the fictitious enterprise whose units probe them:
 * each entry is evaluated at the end of 2025, or on its edition's first day when that is later.
 *
 * @param catalogues the catalogue ids of the batch
 * @param enterprise the enterprise the probe units belong to
 */
record QuotaBatch(Set<String> catalogues, Enterprise enterprise) {

  static final LocalDate END_OF_2025 = LocalDate.of(2025, 12, 31);

  /** @return the bundled editions of the batch */
  List<CatalogueEdition> editions() {
    return BundledData.catalogues().editions().stream().filter(e -> catalogues.contains(e.catalogueId())).toList();
  }

  LocalDate asOfFor(CatalogueEntry entry) {
    CatalogueEdition e = editions().stream().filter(x -> x.entries().contains(entry)).findFirst().orElseThrow();
    return e.validity().start().isAfter(END_OF_2025) ? e.validity().start() : END_OF_2025;
  }

  UnitAssessment assess(String kind, LocalDate asOf, Map<String, Object> data) {
    return UnitProbe.assess(enterprise, kind, asOf, data);
  }

  /** The entry's finding for a unit of its kind, or empty when the entry does not speak about the unit. */
  Optional<Finding> findingIfAny(String entryId, Map<String, Object> data) {
    CatalogueEntry e = entry(entryId);
    return UnitProbe.findingIfAny(enterprise, e, asOfFor(e), data);
  }

  Finding finding(String entryId, Map<String, Object> data) {
    return findingIfAny(entryId, data).orElseThrow(() -> new AssertionError(entryId + " gave no finding"));
  }

  void assertNoFinding(String entryId, Map<String, Object> data, String why) {
    Optional<Finding> f = findingIfAny(entryId, data);
    assertTrue(f.isEmpty(), entryId + " should give no finding (" + why + ") but gave " + f.map(Finding::verdict));
  }

  Verdict verdict(String entryId, Map<String, Object> data) {
    return finding(entryId, data).verdict();
  }
}
