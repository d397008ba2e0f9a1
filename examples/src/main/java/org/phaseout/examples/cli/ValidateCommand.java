package org.phaseout.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.phaseout.catalogue.CatalogueException;
import org.phaseout.catalogue.CatalogueProblem;
import org.phaseout.catalogue.CatalogueSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code phaseout validate}: loads catalogue, vocabulary or overlay files and reports every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Validate catalogue, vocabulary or overlay files (beside the bundled catalogues unless "
        + "--no-bundled): every problem is printed as 'file at /json/pointer: what was expected'.")
final class ValidateCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "The files to validate.")
  List<Path> files = new ArrayList<>();

  @Mixin
  CatalogueOptions catalogues;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    catalogues.files.addAll(files);
    try {
      CatalogueSet set = catalogues.load();
      spec.commandLine().getOut().println("valid: " + set.editions().size() + " editions, "
          + set.editions().stream().mapToInt(e -> e.effectiveEntries().size()).sum() + " entries");
      return 0;
    } catch (CatalogueException e) {
      for (CatalogueProblem p : e.problems()) {
        spec.commandLine().getErr().println(p);
      }
      spec.commandLine().getErr().println(e.problems().size() + " problem(s)");
      return PhaseoutCommand.BAD_CATALOGUES;
    }
  }
}
