package org.phaseout.examples.cli;

import java.io.PrintWriter;
import org.phaseout.ProgressListener;

/**
 * A progress bar on standard error, drawn only once a run has taken two seconds, so short runs print nothing. Reads
 * the clock for display only; the evaluation does not see it.
 */
final class ProgressBar implements ProgressListener {

  private static final long SHOW_AFTER_NANOS = 2_000_000_000L;
  private static final int WIDTH = 40;

  private final PrintWriter err;
  private final long start = System.nanoTime();
  private int lastPercent = -1;
  private boolean shown;

  ProgressBar(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void unitsDone(int done, int total) {
    if (total == 0 || System.nanoTime() - start < SHOW_AFTER_NANOS) {
      return;
    }
    int percent = (int) (100L * done / total);
    if (percent == lastPercent) {
      return;
    }
    lastPercent = percent;
    shown = true;
    int filled = WIDTH * percent / 100;
    err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " units");
    err.flush();
  }

  /** Ends the bar's line, if one was drawn. */
  void finish() {
    if (shown) {
      err.println();
      err.flush();
    }
  }
}
