package org.phaseout.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code phaseout} command line: evaluate units, validate catalogue files, show coverage, write the public
 * lists and the annual report.
 *
 * <p>Exit codes: 0 done; 2 bad arguments or input; 3 invalid catalogues; 4 a file could not be read or written.
 */
@Command(name = "phaseout", mixinStandardHelpOptions = true, versionProvider = Versions.class,
    description = "Decide, with the legal basis cited, whether production capacity must be rectified or must exit "
        + "(利用综合标准依法依规推动落后产能退出).",
    subcommands = {EvaluateCommand.class, ValidateCommand.class, CoverageCommand.class, ListsCommand.class,
        ReportCommand.class, DiffCommand.class, PricesCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "2:bad arguments or input", "3:invalid catalogues", "4:a file could not be read or written"})
public final class PhaseoutCommand implements Runnable {

  /** Exit code: bad arguments or input. */
  static final int BAD_INPUT = 2;
  /** Exit code: invalid catalogues. */
  static final int BAD_CATALOGUES = 3;
  /** Exit code: a file could not be read or written. */
  static final int IO_ERROR = 4;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(commandLine(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)).execute(args));
  }

  /**
   * Builds the command line writing to the given streams.
   *
   * @param out standard output
   * @param err standard error
   * @return the command line
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new PhaseoutCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler((e, args) -> {
      e.getCommandLine().getErr().println("phaseout: " + e.getMessage());
      e.getCommandLine().getErr().println("Try 'phaseout " + e.getCommandLine().getCommandName() + " --help'.");
      return BAD_INPUT;
    });
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
