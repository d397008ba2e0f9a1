package org.phaseout.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress bar stays silent on short runs. */
class ProgressBarTest {

  @Test
  void aShortRunDrawsNothing() {
    StringWriter err = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(err, true));
    for (int i = 1; i <= 100; i++) {
      bar.unitsDone(i, 100);
    }
    bar.finish();
    assertEquals("", err.toString());
  }

  @Test
  void anEvaluationReportsEveryUnitToItsListener() throws Exception {
    int[] calls = new int[2];
    org.phaseout.ComplianceEvaluator.builder()
        .catalogues(org.phaseout.catalogue.Catalogues.loadBundled())
        .progress((done, total) -> {
          calls[0]++;
          calls[1] = total;
        })
        .build()
        .evaluate(org.phaseout.ProductionUnits.read("sample",
            java.nio.file.Files.readAllBytes(java.nio.file.Path.of(
                "src/main/resources/org/phaseout/examples/sample-units.json")),
            org.phaseout.catalogue.Catalogues.loadBundled().vocabulary()), java.time.LocalDate.of(2025, 12, 31));
    assertEquals(calls[1], calls[0]);
    assertTrue(calls[0] > 0);
  }
}
