package org.phaseout.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a command's result to a file, or to standard output when no file is given. */
final class Output {

  private Output() {}

  static void write(Path file, byte[] bytes, PrintWriter stdout) throws IOException {
    if (file == null) {
      stdout.print(new String(bytes, StandardCharsets.UTF_8));
      stdout.flush();
    } else {
      Files.write(file, bytes);
    }
  }
}
