package org.phaseout.lifecycle;

import java.util.Objects;

/**
 * Thrown when the events of a rectification case cannot have happened (案件事件序列无效): a re-inspection before any
 * notice, two notices, an extension the rule does not allow, an exit without its physical evidence, an event after
 * the case closed. It names the event and what was expected.
 */
public final class InvalidCaseHistoryException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient CaseEvent event;

  /**
   * @param event the offending event, not null
   * @param message what was expected, not null
   */
  public InvalidCaseHistoryException(CaseEvent event, String message) {
    super(Objects.requireNonNull(event, "event") + ": " + Objects.requireNonNull(message, "message"));
    this.event = event;
  }

  /** @return the offending event */
  public CaseEvent event() {
    return event;
  }
}
