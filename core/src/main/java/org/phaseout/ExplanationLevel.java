package org.phaseout;

/** How much of the reasoning a finding carries (说明详略). */
public enum ExplanationLevel {
  /** The whole evaluated criterion, node by node, with the values compared and texts in Chinese and English. */
  FULL,
  /**
   * Only the verdict, the cited entry, the measured value against the threshold and the summary: the explanation is
   * a single node. Verdicts, statuses, values and deadlines are exactly those of {@link #FULL}; reports are smaller
   * and faster to compute.
   */
  COMPACT
}
