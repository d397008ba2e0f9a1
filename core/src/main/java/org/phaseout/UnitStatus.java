package org.phaseout;

/** The overall status of a production unit across all applicable entries (总体状态). */
public enum UnitStatus {
  /** At least one non-compliant finding requires the capacity to exit (应退出). */
  EXIT_REQUIRED,
  /** Non-compliant findings require rectification, none requires exit (应整改). */
  RECTIFICATION_REQUIRED,
  /** No entry fails, but at least one lacks the data to decide (待定). */
  INDETERMINATE,
  /** Every applicable entry was decided and none fails (达标). */
  COMPLIANT,
  /**
   * No loaded entry applies to the unit (未覆盖): nothing was checked, which is not the same as compliant; the
   * report's coverage says what the loaded catalogues leave out.
   */
  NOT_COVERED
}
