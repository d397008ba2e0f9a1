package org.phaseout.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.phaseout.catalogue.CatalogueException;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.catalogue.Catalogues;
import picocli.CommandLine.Option;

/** The options that choose which catalogues are loaded, shared by the commands. */
final class CatalogueOptions {

  @Option(names = "--no-bundled", description = "Do not load the bundled catalogues.")
  boolean noBundled;

  @Option(names = "--catalogues", paramLabel = "DIR",
      description = "Also load every *.json catalogue, vocabulary or overlay file under DIR (repeatable).")
  List<Path> directories = new ArrayList<>();

  @Option(names = "--overlay", paramLabel = "FILE", description = "Also load this file (repeatable).")
  List<Path> files = new ArrayList<>();

  CatalogueSet load() throws CatalogueException {
    Catalogues.Loader loader = Catalogues.loader();
    if (!noBundled) {
      loader.addBundled();
    }
    directories.forEach(loader::addDirectory);
    files.forEach(loader::addFile);
    return loader.load();
  }
}
