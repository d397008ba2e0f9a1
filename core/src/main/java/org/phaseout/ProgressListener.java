package org.phaseout;

/**
 * Told how far an evaluation has come (进度), for example to draw a progress bar. Called on the evaluating thread
 * after each unit; it must be quick and must not throw. It cannot change the result.
 */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that does nothing. */
  ProgressListener NONE = (done, total) -> { };

  /**
   * Reports progress.
   *
   * @param done the units evaluated so far
   * @param total the units of the evaluation
   */
  void unitsDone(int done, int total);
}
