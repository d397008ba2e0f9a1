package org.phaseout.capacity;

/**
 * The operating status of a production unit (运行状态).
 *
 * <p>The status is a fact like any other: it is reported by the caller and never inferred. Exit verification
 * (退出验收) is a separate step; a unit reported as {@link #DISMANTLED} is still evaluated unless the catalogue entry
 * says otherwise.
 */
public enum OperatingStatus {
  /** In production (在产). */
  OPERATING,
  /** Temporarily not producing (停产). */
  IDLE,
  /** Water and power cut, power units removed, main equipment sealed (断水断电、拆除动力装置、封存主体设备). */
  SEALED,
  /** Main equipment dismantled (主体设备已拆除). */
  DISMANTLED,
  /** Being built (在建). */
  UNDER_CONSTRUCTION
}
