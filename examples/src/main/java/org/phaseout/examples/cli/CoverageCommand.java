package org.phaseout.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.phaseout.Coverage;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueException;
import org.phaseout.catalogue.CatalogueSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code phaseout coverage}: how much of each loaded edition is encoded. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
    description = "Show, per loaded catalogue edition, the items of the official text (where known), the entries "
        + "encoded, how many are machine-checkable and how many need manual assessment.")
final class CoverageCommand implements Callable<Integer> {

  @Mixin
  CatalogueOptions catalogues;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CatalogueSet set;
    try {
      set = catalogues.load();
    } catch (CatalogueException e) {
      spec.commandLine().getErr().println("phaseout coverage: " + e.getMessage());
      return PhaseoutCommand.BAD_CATALOGUES;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%-66s %8s %8s %8s %8s%n", "edition", "official", "encoded", "machine", "manual");
    int encoded = 0;
    int machine = 0;
    for (CatalogueEdition edition : set.editions()) {
      Coverage c = Coverage.of(edition);
      out.printf(Locale.ROOT, "%-66s %8s %8d %8d %8d%n", edition.key(),
          c.itemsInOfficialText().map(String::valueOf).orElse("?"), c.entriesEncoded(), c.machineCheckable(),
          c.manual());
      encoded += c.entriesEncoded();
      machine += c.machineCheckable();
    }
    out.printf(Locale.ROOT, "%-66s %8s %8d %8d %8d%n", "total", "", encoded, machine, encoded - machine);
    out.flush();
    return 0;
  }
}
