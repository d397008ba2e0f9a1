package org.phaseout;

import java.util.List;
import java.util.Objects;

/**
 * The assessment of one production unit (产能单元评估): its overall status and one finding per applicable entry, in
 * entry id order.
 *
 * @param unitId the unit, not null
 * @param creditCode the enterprise's unified social credit code, not null
 * @param enterpriseName the enterprise's name, not null
 * @param kind the unit kind, not null
 * @param status the overall status, not null
 * @param findings the findings, not null
 */
public record UnitAssessment(
    String unitId, String creditCode, String enterpriseName, String kind, UnitStatus status, List<Finding> findings) {

  /** @throws NullPointerException if an argument is null */
  public UnitAssessment {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(creditCode, "creditCode");
    Objects.requireNonNull(enterpriseName, "enterpriseName");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    findings = List.copyOf(findings);
  }

  /**
   * Derives the overall status from findings: exit if any non-compliant finding requires exit, rectification if any
   * other is non-compliant, indeterminate if any lacks data, compliant if all were decided, not covered if there are
   * none.
   *
   * @param findings the findings, not null
   * @return the status, not null
   */
  public static UnitStatus statusOf(List<Finding> findings) {
    boolean exit = false;
    boolean rectify = false;
    boolean unknown = false;
    for (Finding f : findings) {
      if (f.verdict() == Verdict.NON_COMPLIANT) {
        exit |= f.action().isExit();
        rectify |= !f.action().isExit();
      } else if (f.verdict() == Verdict.INSUFFICIENT_DATA) {
        unknown = true;
      }
    }
    if (exit) {
      return UnitStatus.EXIT_REQUIRED;
    }
    if (rectify) {
      return UnitStatus.RECTIFICATION_REQUIRED;
    }
    if (unknown) {
      return UnitStatus.INDETERMINATE;
    }
    return findings.isEmpty() ? UnitStatus.NOT_COVERED : UnitStatus.COMPLIANT;
  }
}
