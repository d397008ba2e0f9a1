package org.phaseout.examples.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.ComplianceReport;
import org.phaseout.ProductionUnits;
import org.phaseout.UnitAssessment;
import org.phaseout.UnitStatus;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.catalogue.Catalogues;

/** The bundled Chongqing dataset: current, evaluable, of the stated size, and only in Chongqing's real divisions. */
class ChongqingDatasetTest {

  /** How to regenerate the committed file, from the repository root. */
  static final String REGENERATE = "mvn -B -ntp -q install -DskipTests -pl core,catalogs -am && "
      + "mvn -B -ntp -q -pl examples test -Dtest=ChongqingDatasetTest -Dphaseout.dataset.regenerate=true";

  private static CatalogueSet catalogues;
  private static byte[] committed;
  private static byte[] committedCases;
  private static List<ProductionUnit> units;

  @BeforeAll
  static void load() throws Exception {
    catalogues = Catalogues.loadBundled();
    if (Boolean.getBoolean("phaseout.dataset.regenerate")) {
      // run by Maven in the examples module: write the source resource, then check it like any other run
      Path file = Path.of("src/main/resources/org/phaseout/examples/dataset/chongqing-units.json");
      ChongqingDataset.write(file);
      committed = Files.readAllBytes(file);
      Path cases = Path.of("src/main/resources/org/phaseout/examples/dataset/chongqing-cases.json");
      Files.write(cases, ChongqingCases.bytes(catalogues, ChongqingDataset.generate(catalogues)));
      committedCases = Files.readAllBytes(cases);
    } else {
      try (InputStream in = ChongqingDataset.class.getResourceAsStream(ChongqingDataset.CLASSPATH_RESOURCE)) {
        committed = in == null ? null : in.readAllBytes();
      }
      try (InputStream in = ChongqingDataset.class.getResourceAsStream(ChongqingCases.CLASSPATH_RESOURCE)) {
        committedCases = in == null ? null : in.readAllBytes();
      }
    }
    units = committed == null ? List.of()
        : ProductionUnits.read("chongqing-units.json", committed, catalogues.vocabulary());
  }

  @Test
  void committedFileIsCurrent() {
    assertNotNull(committed, "the bundled chongqing-units.json is missing; regenerate it with: " + REGENERATE);
    byte[] regenerated = ChongqingDataset.bytes(catalogues);
    assertArrayEquals(regenerated, committed, "the bundled chongqing-units.json is not what the generator produces "
        + "from the bundled catalogues; regenerate it with: " + REGENERATE);
  }

  @Test
  void evaluatesWithoutErrorsAndEveryStatusOccurs() {
    ComplianceReport report = ComplianceEvaluator.of(catalogues).evaluate(units, LocalDate.of(2025, 12, 31));
    assertEquals(units.size(), report.units().size());
    Map<UnitStatus, Long> counts = report.units().stream()
        .collect(Collectors.groupingBy(UnitAssessment::status, () -> new EnumMap<>(UnitStatus.class),
            Collectors.counting()));
    for (UnitStatus status : UnitStatus.values()) {
      assertTrue(counts.getOrDefault(status, 0L) > 0, "no unit is " + status + "; counts: " + counts);
    }
  }

  @Test
  void countsAreInTheStatedRanges() {
    long enterprises = units.stream().map(u -> u.enterprise().creditCode()).distinct().count();
    assertTrue(Math.abs(enterprises - 800) <= 50, "enterprises: " + enterprises);
    // at least the target: the units at and either side of every limit are never thinned out (docs/units-format.md)
    assertTrue(units.size() >= ChongqingDataset.TARGET_UNITS, "units: " + units.size());
  }

  @Test
  void everyDivisionIsACitedChongqingDistrictOrCounty() {
    Set<String> cited = Divisions.chongqing().keySet();
    assertEquals(38, cited.size());
    for (ProductionUnit u : units) {
      String division = u.enterprise().division().toString();
      assertTrue(cited.contains(division), u.id() + " is in " + division);
      CreditCode code = u.enterprise().creditCode();
      assertEquals('9', code.registrationAuthority());
      assertEquals('1', code.organisationCategory());
      assertEquals(division, code.divisionCode().toString());
      assertTrue(u.enterprise().name().contains("（虚构）"), u.enterprise().name());
    }
  }

  @Test
  void everyKindTheEntriesApplyToOccurs() {
    Set<String> kinds = new TreeSet<>();
    for (CatalogueEdition edition : catalogues.editions()) {
      edition.effectiveEntries().forEach(e -> kinds.addAll(e.applicability().unitKinds()));
    }
    Set<String> present = units.stream().map(ProductionUnit::kind).collect(Collectors.toCollection(TreeSet::new));
    kinds.removeAll(present);
    assertTrue(kinds.isEmpty(), "kinds without a unit: " + kinds);
  }

  @Test
  void committedCasesAreCurrentAndCoverEveryStateAndList() {
    assertNotNull(committedCases, "the bundled chongqing-cases.json is missing; regenerate it with: " + REGENERATE);
    assertArrayEquals(ChongqingCases.bytes(catalogues, units), committedCases,
        "the bundled chongqing-cases.json is not current; regenerate it with: " + REGENERATE);
    List<org.phaseout.lifecycle.TrackedCase> cases = ChongqingCases.read(catalogues, units, committedCases);
    java.util.Set<org.phaseout.lifecycle.CaseState> states = java.util.EnumSet.noneOf(
        org.phaseout.lifecycle.CaseState.class);
    for (org.phaseout.lifecycle.TrackedCase c : cases) {
      states.add(c.rectificationCase().state(c.events(), ChongqingCases.AS_OF).state());
    }
    assertEquals(java.util.EnumSet.allOf(org.phaseout.lifecycle.CaseState.class), states);
    org.phaseout.lifecycle.PublicLists lists = org.phaseout.lifecycle.PublicLists.of(catalogues);
    assertFalse(lists.yellow(cases, ChongqingCases.AS_OF).isEmpty(), "yellow list");
    assertFalse(lists.red(cases, ChongqingCases.AS_OF).isEmpty(), "red list");
    assertFalse(lists.creditRecords(cases, ChongqingCases.AS_OF).isEmpty(), "credit records");
  }
}
