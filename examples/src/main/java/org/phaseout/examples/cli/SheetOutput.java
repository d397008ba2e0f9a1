package org.phaseout.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** The options of a command that writes a sheet as CSV or JSON, to a file or standard output. */
final class SheetOutput {

  @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|json",
      description = "CSV (UTF-8 with BOM, opens in Excel) or JSON (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path out;

  /** @return whether the format is one of csv and json */
  boolean isValid() {
    return format.equals("csv") || format.equals("json");
  }

  /** Writes the CSV or the JSON form, whichever was asked for. */
  void write(Supplier<byte[]> csv, Supplier<byte[]> json, PrintWriter stdout) throws IOException {
    Output.write(out, format.equals("csv") ? csv.get() : json.get(), stdout);
  }
}
