package org.phaseout.lifecycle;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A dated event of a rectification case (整改案件事件). A case is the fold over its events: the state on a date
 * follows from the events dated on or before it, whatever order they are given in.
 *
 * <p>Every implementation is immutable and thread-safe; every factory rejects {@code null}.
 */
public sealed interface CaseEvent {

  /** @return the date of the event */
  LocalDate date();

  /** @return the order of events of the same day: a notice comes first, an exit last */
  int sameDayRank();

  /**
   * The notice that opens the case (限期整改通知、责令整改决定): the deadline runs from it.
   *
   * @param date the date of the notice, not null
   */
  record NoticeIssued(LocalDate date) implements CaseEvent {
    /** @throws NullPointerException if {@code date} is null */
    public NoticeIssued {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public int sameDayRank() {
      return 0;
    }
  }

  /**
   * An extension of the deadline (延期), as far as the entry's rule allows one.
   *
   * @param date the date it was granted, not null
   * @param period the length of the extension, not null
   */
  record ExtensionGranted(LocalDate date, Period period) implements CaseEvent {
    /** @throws NullPointerException if an argument is null */
    public ExtensionGranted {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(period, "period");
    }

    @Override
    public int sameDayRank() {
      return 1;
    }
  }

  /**
   * Production halted (停产停业整顿).
   *
   * @param date the date, not null
   */
  record ProductionHalted(LocalDate date) implements CaseEvent {
    /** @throws NullPointerException if {@code date} is null */
    public ProductionHalted {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public int sameDayRank() {
      return 2;
    }
  }

  /**
   * The enterprise reports the rectification done (整改完成报告).
   *
   * @param date the date, not null
   */
  record RectificationReported(LocalDate date) implements CaseEvent {
    /** @throws NullPointerException if {@code date} is null */
    public RectificationReported {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public int sameDayRank() {
      return 3;
    }
  }

  /**
   * A re-inspection found the unit still failing (复查仍不达标).
   *
   * @param date the date, not null
   */
  record ReinspectionFailed(LocalDate date) implements CaseEvent {
    /** @throws NullPointerException if {@code date} is null */
    public ReinspectionFailed {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public int sameDayRank() {
      return 4;
    }
  }

  /**
   * A re-inspection found the unit compliant (复查合格).
   *
   * @param date the date, not null
   */
  record ReinspectionPassed(LocalDate date) implements CaseEvent {
    /** @throws NullPointerException if {@code date} is null */
    public ReinspectionPassed {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public int sameDayRank() {
      return 5;
    }
  }

  /**
   * A licence revoked (吊销证照), for example the business licence after the six months of the quality rule.
   *
   * @param date the date, not null
   * @param licence which licence, for example 营业执照, not null
   */
  record LicenceRevoked(LocalDate date, String licence) implements CaseEvent {
    /** @throws NullPointerException if an argument is null */
    public LicenceRevoked {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(licence, "licence");
    }

    @Override
    public int sameDayRank() {
      return 6;
    }
  }

  /**
   * The exit verified on site (退出验收), with the physical evidence found.
   *
   * @param date the date, not null
   * @param evidence what was found, not null
   */
  record ExitVerified(LocalDate date, ExitEvidence evidence) implements CaseEvent {
    /** @throws NullPointerException if an argument is null */
    public ExitVerified {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(evidence, "evidence");
    }

    @Override
    public int sameDayRank() {
      return 7;
    }
  }
}
