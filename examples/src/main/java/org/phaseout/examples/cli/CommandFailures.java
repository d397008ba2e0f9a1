package org.phaseout.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.phaseout.InvalidInputException;
import org.phaseout.catalogue.CatalogueException;

/**
 * Runs a command's work and turns its failures into one line on standard error and the documented exit code:
 * invalid catalogues 3, bad input 2, a file that cannot be read or written 4. No stack trace reaches the user.
 */
final class CommandFailures {

  /** A command's work, returning its exit code. */
  @FunctionalInterface
  interface Work {
    int run() throws CatalogueException, IOException;
  }

  private CommandFailures() {}

  static int run(String command, PrintWriter err, Work work) {
    try {
      return work.run();
    } catch (CatalogueException e) {
      err.println("phaseout " + command + ": " + e.getMessage());
      return PhaseoutCommand.BAD_CATALOGUES;
    } catch (InvalidInputException e) {
      err.println("phaseout " + command + ": " + e.getMessage());
      return PhaseoutCommand.BAD_INPUT;
    } catch (IOException e) {
      err.println("phaseout " + command + ": cannot read or write " + e.getMessage());
      return PhaseoutCommand.IO_ERROR;
    }
  }
}
