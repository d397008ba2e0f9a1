package org.phaseout;

/** The verdict of one catalogue entry on one production unit (判定结论). */
public enum Verdict {
  /** The unit falls under the entry: it must act (不达标). */
  NON_COMPLIANT,
  /** The unit does not fall under the entry (达标). */
  COMPLIANT,
  /** The data needed to decide is missing, or the entry needs manual assessment (数据不足). Never a pass. */
  INSUFFICIENT_DATA
}
