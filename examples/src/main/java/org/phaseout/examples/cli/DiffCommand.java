package org.phaseout.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.phaseout.InvalidInputException;
import org.phaseout.ProductionUnits;
import org.phaseout.StatusChange;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueDiff;
import org.phaseout.catalogue.CatalogueException;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.catalogue.Catalogues;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code phaseout diff}: what changes between two catalogue sets, and which units would change status. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Compare two catalogue sets as of a date: entries added, removed and changed among the editions in "
        + "force, editions that differ, and (with --units) the units whose status would change.")
final class DiffCommand implements Callable<Integer> {

  @Option(names = "--old", required = true, paramLabel = "PATH",
      description = "A catalogue file or directory of the old set, or 'bundled' (repeatable).")
  List<String> old = new ArrayList<>();

  @Option(names = "--new", required = true, paramLabel = "PATH",
      description = "A catalogue file or directory of the new set, or 'bundled' (repeatable).")
  List<String> neu = new ArrayList<>();

  @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD", description = "The date compared.")
  LocalDate asOf;

  @Option(names = "--units", paramLabel = "FILE", description = "Units whose status changes are listed.")
  Path units;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CatalogueSet before;
    CatalogueSet after;
    try {
      before = load(old);
      after = load(neu);
    } catch (CatalogueException e) {
      err.println("phaseout diff: " + e.getMessage());
      return PhaseoutCommand.BAD_CATALOGUES;
    }
    CatalogueDiff diff = CatalogueDiff.between(before, after, asOf);
    diff.editions().forEach((id, change) -> out.println("edition  " + id + ": " + change.get(0) + " -> "
        + change.get(1)));
    diff.added().forEach(id -> out.println("added    " + id));
    diff.removed().forEach(id -> out.println("removed  " + id));
    diff.changed().forEach(id -> out.println("changed  " + id));
    if (units != null) {
      try {
        List<ProductionUnit> list = ProductionUnits.read(units.toString(), Files.readAllBytes(units),
            after.vocabulary());
        for (StatusChange c : StatusChange.between(list, before, after, asOf)) {
          out.println("unit     " + c.unitId() + ": " + c.before() + " -> " + c.after());
        }
      } catch (InvalidInputException e) {
        err.println("phaseout diff: " + e.getMessage());
        return PhaseoutCommand.BAD_INPUT;
      } catch (IOException e) {
        err.println("phaseout diff: cannot read " + e.getMessage());
        return PhaseoutCommand.IO_ERROR;
      }
    }
    if (diff.isEmpty()) {
      out.println("no differences as of " + asOf);
    }
    out.flush();
    return 0;
  }

  private static CatalogueSet load(List<String> paths) throws CatalogueException {
    Catalogues.Loader loader = Catalogues.loader();
    for (String p : paths) {
      if (p.equals("bundled")) {
        loader.addBundled();
      } else if (Files.isDirectory(Path.of(p))) {
        loader.addDirectory(Path.of(p));
      } else {
        loader.addFile(Path.of(p));
      }
    }
    return loader.load();
  }
}
