package org.phaseout.lifecycle;

/** The state of a rectification case on a date (案件状态). */
public enum CaseState {
  /** Notice issued, deadline not yet passed, not resolved (限期整改中). */
  PENDING_RECTIFICATION,
  /** Deadline passed without a passed re-inspection, or a re-inspection failed: exit is due (逾期/整改仍不达标). */
  OVERDUE,
  /** Production halted (停产停业整顿中). */
  HALTED,
  /** Exit verified on site (已退出). */
  EXITED,
  /** A re-inspection found the unit compliant (整改合格，已销案). */
  RESOLVED
}
