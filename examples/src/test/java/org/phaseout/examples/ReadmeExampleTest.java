package org.phaseout.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's usage example is this module's {@link ReadmeExample}, word for word, and it prints what README says. */
class ReadmeExampleTest {

  private static final String START = "// readme-example:start";
  private static final String END = "// readme-example:end";

  @Test
  void readmeShowsTheCompiledExampleVerbatim() throws Exception {
    List<String> source = Files.readAllLines(Path.of("src/main/java/org/phaseout/examples/ReadmeExample.java"),
        StandardCharsets.UTF_8);
    List<String> snippet = source.subList(source.indexOf("    " + START) + 1, source.indexOf("    " + END)).stream()
        .map(line -> line.length() >= 4 ? line.substring(4) : line.strip())
        .toList();
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains(String.join("\n", snippet)), "README.md contains the example of ReadmeExample.java:\n"
        + String.join("\n", snippet));
  }

  @Test
  void theExamplePrintsTheFindingsWithCitationAndDeadline() throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      ReadmeExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String printed = buffer.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("NON_COMPLIANT 渝制造强市办〔2025〕4号"), printed);
    assertTrue(printed.contains("加快淘汰10蒸吨/小时以下的燃煤锅炉"), printed);
    assertTrue(printed.contains("measured 6 t/h against 10 t/h 以下"), printed);
    assertTrue(printed.contains("deadline 方案未规定完成日期"), printed);
    assertTrue(printed.contains("lead [市生态环境局]"), printed);
    assertTrue(printed.strip().endsWith("EXIT_REQUIRED"), printed);
  }
}
