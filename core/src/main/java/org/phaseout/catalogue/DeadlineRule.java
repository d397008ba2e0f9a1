package org.phaseout.catalogue;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * How a catalogue entry sets the deadline for its action (期限规则). Every rule keeps the wording of its source.
 *
 * <ul>
 *   <li>{@link FixedDate}: a calendar date, for example the 2025-12-31 of "2025年底前". The date is the last day on
 *       which the action may still be completed.
 *   <li>{@link Immediate}: no grace period (立即); the deadline is the as-of date of the evaluation.
 *   <li>{@link AfterTrigger}: a period that starts at an event, for example six months after a rectification notice
 *       (整改通知). Without the event's date the deadline is not computed.
 *   <li>{@link NotStated}: the source sets no deadline; the finding says so rather than inventing one.
 * </ul>
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface DeadlineRule {

  /** @return the wording of the source that sets the deadline, not null */
  String wording();

  /**
   * Computes the deadline for an evaluation as of a date.
   *
   * @param asOf the as-of date, not null
   * @return the deadline, or empty when the rule needs an event date or states none
   */
  Optional<LocalDate> deadline(LocalDate asOf);

  /**
   * A fixed calendar deadline.
   *
   * @param date the last day on which the action may be completed, not null
   * @param wording the source wording, not null
   */
  record FixedDate(LocalDate date, String wording) implements DeadlineRule {
    /** @throws NullPointerException if an argument is null */
    public FixedDate {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(wording, "wording");
    }

    @Override
    public Optional<LocalDate> deadline(LocalDate asOf) {
      return Optional.of(date);
    }
  }

  /**
   * An immediate deadline (立即).
   *
   * @param wording the source wording, not null
   */
  record Immediate(String wording) implements DeadlineRule {
    /** @throws NullPointerException if an argument is null */
    public Immediate {
      Objects.requireNonNull(wording, "wording");
    }

    @Override
    public Optional<LocalDate> deadline(LocalDate asOf) {
      return Optional.of(Objects.requireNonNull(asOf, "asOf"));
    }
  }

  /**
   * A period after a triggering event.
   *
   * @param trigger what starts the period, for example {@code rectification-notice} (整改通知), not null
   * @param period the length of the period, not null
   * @param extension the longest extension the source allows, if any (延期)
   * @param wording the source wording, not null
   */
  record AfterTrigger(String trigger, Period period, Optional<Period> extension, String wording)
      implements DeadlineRule {
    /** @throws NullPointerException if an argument is null */
    public AfterTrigger {
      Objects.requireNonNull(trigger, "trigger");
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(extension, "extension");
      Objects.requireNonNull(wording, "wording");
    }

    @Override
    public Optional<LocalDate> deadline(LocalDate asOf) {
      return Optional.empty();
    }

    /**
     * Computes the deadline from the date of the triggering event: the event date plus the period. A period of months
     * ending on a day the month lacks ends on the month's last day (2025-08-31 plus six months is 2026-02-28).
     *
     * @param eventDate the date of the event, not null
     * @return the deadline, not null
     */
    public LocalDate deadlineAfter(LocalDate eventDate) {
      return Objects.requireNonNull(eventDate, "eventDate").plus(period);
    }
  }

  /**
   * No deadline stated by the source.
   *
   * @param wording why there is none, or the wording that leaves it open, not null
   */
  record NotStated(String wording) implements DeadlineRule {
    /** @throws NullPointerException if an argument is null */
    public NotStated {
      Objects.requireNonNull(wording, "wording");
    }

    @Override
    public Optional<LocalDate> deadline(LocalDate asOf) {
      return Optional.empty();
    }
  }
}
