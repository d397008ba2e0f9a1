package org.phaseout.reporting;

/**
 * Case counts for one group of an annual report (案件统计): exited during the year, and the state of the others at the
 * year's end.
 *
 * @param exited cases whose exit was verified during the year (年内退出)
 * @param pending cases still within their deadline at the year's end (限期整改中)
 * @param halted cases halted at the year's end (停产整顿中)
 * @param overdue cases past their deadline or failing at the year's end (逾期或整改仍不达标)
 * @param resolved cases resolved by a passed re-inspection during the year (整改合格)
 */
public record CaseCounts(int exited, int pending, int halted, int overdue, int resolved) {

  /** No cases. */
  public static final CaseCounts NONE = new CaseCounts(0, 0, 0, 0, 0);

  /**
   * Adds two counts.
   *
   * @param other the other counts, not null
   * @return the sum
   */
  public CaseCounts plus(CaseCounts other) {
    return new CaseCounts(exited + other.exited, pending + other.pending, halted + other.halted,
        overdue + other.overdue, resolved + other.resolved);
  }

  /**
   * Subtracts counts, for the change against a previous year.
   *
   * @param other the other counts, not null
   * @return the difference, each field possibly negative
   */
  public CaseCounts minus(CaseCounts other) {
    return new CaseCounts(exited - other.exited, pending - other.pending, halted - other.halted,
        overdue - other.overdue, resolved - other.resolved);
  }

  /** @return the total number of cases counted */
  public int total() {
    return exited + pending + halted + overdue + resolved;
  }
}
