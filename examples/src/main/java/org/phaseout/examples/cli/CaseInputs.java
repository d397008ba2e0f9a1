package org.phaseout.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.phaseout.ProductionUnits;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.lifecycle.CaseFiles;
import org.phaseout.lifecycle.StatutoryRestDays;
import org.phaseout.lifecycle.TrackedCase;
import picocli.CommandLine.Option;

/** The options that name a units file and a cases file, shared by {@code lists} and {@code report}. */
final class CaseInputs {

  @Option(names = "--units", required = true, paramLabel = "FILE",
      description = "The units file the cases are about (docs/units-format.md).")
  Path units;

  @Option(names = "--cases", required = true, paramLabel = "FILE",
      description = "The cases file (docs/lifecycle.md).")
  Path cases;

  List<ProductionUnit> units(CatalogueSet catalogues) throws IOException {
    return ProductionUnits.read(units, catalogues.vocabulary());
  }

  List<TrackedCase> cases(CatalogueSet catalogues, List<ProductionUnit> units) throws IOException {
    Map<String, Enterprise> enterprises = new TreeMap<>();
    units.forEach(u -> enterprises.put(u.enterprise().creditCode().toString(), u.enterprise()));
    // deadlines count with 《民法典》第二百零三条 on the bundled State Council rest-day notices
    return CaseFiles.read(cases.toString(), Files.readAllBytes(cases), catalogues, enterprises,
        StatutoryRestDays.loadBundled());
  }
}
