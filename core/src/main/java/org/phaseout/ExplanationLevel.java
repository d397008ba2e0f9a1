package org.phaseout;

/** How much of the reasoning a finding carries (说明详略). */
public enum ExplanationLevel {
  /** The whole evaluated criterion, node by node, with the values compared and texts in Chinese and English. */
  FULL,
  /**
   * Only the verdict, the cited entry and the measured value against the threshold: the explanation is a single node.
   * Verdicts, statuses, values, deadlines, departments and {@link Finding#summary() summaries} are exactly those of
   * {@link #FULL}; evaluation is faster. Written reports are much smaller: a compact finding has no summary or
   * explanation, and a compliant one no action, deadline or departments (see {@code docs/report-format.md}).
   */
  COMPACT
}
