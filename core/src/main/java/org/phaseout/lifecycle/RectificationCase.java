package org.phaseout.lifecycle;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.DeadlineRule;
import org.phaseout.catalogue.LocalizedText;

/**
 * A rectification case (整改案件) opened on a non-compliant finding: one unit, one catalogue entry, and the entry's
 * deadline rule. Its state on a date is the fold over its events dated on or before that date, in date order (events
 * of one day in a fixed order: notice, extension, halt, report, failed and passed re-inspections, revocation, exit),
 * so the same events in any order give the same state.
 *
 * <p>Deadlines count as the Civil Code says: the day of the notice is not counted (《民法典》第二百零一条) and a period
 * of months ends on the corresponding day of the last month, or on its last day if it has none (第二百零二条): a
 * six-month period from a notice of 2025-08-31 ends on 2026-02-28. The deadline day itself is still within time; the
 * case is overdue from the next day.
 *
 * <p>A case opened with a {@link StatutoryRestDays} calendar ({@link #of(String, CatalogueEntry, StatutoryRestDays)})
 * also applies 第二百零三条: when the last day of the period, or of an extension, is a statutory rest day (法定休息日),
 * the day after the rest ends is the last day. A six-month period from a notice of 2025-04-01 counts to 2025-10-01,
 * the first day of the 2025 National Day holiday (国办发明电〔2024〕12号: 10月1日至8日放假), and ends on 2025-10-09. An
 * extension runs from that last day. Where the calendar does not cover the year concerned, the deadline stays as
 * counted and {@link CaseStatus#restDayCheck()} is {@link RestDayCheck#NOT_COVERED}: the extension could not be
 * checked, and the deadline must be checked by hand once that year's notice is known. Fixed-date and immediate
 * deadlines are dates, not periods, and are never moved. A case opened without a calendar ({@link #of(String,
 * CatalogueEntry)}) counts by 第二百零一条 and 第二百零二条 alone, and its status says {@link RestDayCheck#NOT_APPLIED}.
 *
 * <p>Null arguments are rejected with {@link NullPointerException}. This class is immutable and thread-safe.
 */
public final class RectificationCase {

  private static final Comparator<CaseEvent> ORDER =
      Comparator.comparing(CaseEvent::date).thenComparingInt(CaseEvent::sameDayRank);

  private final String unitId;
  private final CatalogueEntry entry;
  private final StatutoryRestDays restDays;

  private RectificationCase(String unitId, CatalogueEntry entry, StatutoryRestDays restDays) {
    this.unitId = unitId;
    this.entry = entry;
    this.restDays = restDays;
  }

  /**
   * Opens a case.
   *
   * @param unitId the unit, not null
   * @param entry the entry it failed, not null
   * @return the case, not null
   * @throws NullPointerException if an argument is null
   */
  public static RectificationCase of(String unitId, CatalogueEntry entry) {
    return new RectificationCase(Objects.requireNonNull(unitId, "unitId"), Objects.requireNonNull(entry, "entry"),
        null);
  }

  /**
   * Opens a case whose period deadlines apply 《民法典》第二百零三条 with a statutory rest-day calendar.
   *
   * @param unitId the unit, not null
   * @param entry the entry it failed, not null
   * @param restDays the calendar of statutory rest days, for example {@link StatutoryRestDays#loadBundled()}, not null
   * @return the case, not null
   * @throws NullPointerException if an argument is null
   */
  public static RectificationCase of(String unitId, CatalogueEntry entry, StatutoryRestDays restDays) {
    return new RectificationCase(Objects.requireNonNull(unitId, "unitId"), Objects.requireNonNull(entry, "entry"),
        Objects.requireNonNull(restDays, "restDays"));
  }

  /** @return the unit */
  public String unitId() {
    return unitId;
  }

  /** @return the entry the case is about */
  public CatalogueEntry entry() {
    return entry;
  }

  /** @return the statutory rest-day calendar the case's deadlines apply, or empty if it was opened without one */
  public Optional<StatutoryRestDays> restDays() {
    return Optional.ofNullable(restDays);
  }

  /**
   * Computes the state on a date from the events known by then.
   *
   * @param events the events, in any order, not null; those dated after {@code asOf} are ignored
   * @param asOf the date, not null
   * @return the status, not null
   * @throws InvalidCaseHistoryException if the events cannot have happened
   * @throws NullPointerException if an argument or an event is null
   */
  public CaseStatus state(Collection<CaseEvent> events, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<CaseEvent> sorted = new ArrayList<>(Objects.requireNonNull(events, "events"));
    sorted.forEach(e -> Objects.requireNonNull(e, "events must not contain null"));
    sorted.sort(ORDER);
    DeadlineRule rule = entry.consequence().deadline();
    List<LocalizedText> steps = new ArrayList<>();
    CaseState state = null;
    boolean rectificationFailed = false;
    LocalDate deadline = null;
    RestDayCheck check = RestDayCheck.NOT_APPLIED;
    boolean extended = false;
    for (CaseEvent event : sorted) {
      if (event.date().isAfter(asOf)) {
        break;
      }
      if (state == null && !(event instanceof CaseEvent.NoticeIssued)) {
        throw new InvalidCaseHistoryException(event, "a case starts with its notice; no notice precedes this event");
      }
      if (state == CaseState.EXITED || state == CaseState.RESOLVED) {
        throw new InvalidCaseHistoryException(event, "the case was already " + state + "; no event may follow");
      }
      if (state == CaseState.PENDING_RECTIFICATION && deadline != null && event.date().isAfter(deadline)) {
        state = CaseState.OVERDUE;
        rectificationFailed = true;
        steps.add(overdue(deadline));
      }
      if (event instanceof CaseEvent.NoticeIssued notice) {
        if (state != null) {
          throw new InvalidCaseHistoryException(event, "the case already has its notice");
        }
        state = CaseState.PENDING_RECTIFICATION;
        if (rule instanceof DeadlineRule.AfterTrigger after) {
          LastDayOfPeriod last = lastDay(after.deadlineAfter(notice.date()));
          deadline = last.lastDay();
          check = last.check();
          steps.add(new LocalizedText("整改通知 " + notice.date() + "，期限 " + describe(deadline, rule),
              "notice of " + notice.date() + ", deadline " + describeEn(deadline, rule)));
          restDayStep(last).ifPresent(steps::add);
        } else {
          deadline = rule.deadline(notice.date()).orElse(null);
          steps.add(new LocalizedText("整改通知 " + notice.date() + "，期限 " + describe(deadline, rule),
              "notice of " + notice.date() + ", deadline " + describeEn(deadline, rule)));
        }
      } else if (event instanceof CaseEvent.ExtensionGranted extension) {
        LastDayOfPeriod last = lastDay(extend(extension, rule, deadline, extended));
        deadline = last.lastDay();
        check = last.check();
        extended = true;
        steps.add(new LocalizedText("准予延期 " + extension.period() + "，期限延至 " + deadline,
            "extension of " + extension.period() + " granted, deadline now " + deadline));
        restDayStep(last).ifPresent(steps::add);
      } else if (event instanceof CaseEvent.ProductionHalted halted) {
        state = CaseState.HALTED;
        steps.add(new LocalizedText("停产停业整顿 " + halted.date(), "production halted on " + halted.date()));
      } else if (event instanceof CaseEvent.RectificationReported reported) {
        steps.add(new LocalizedText("报告整改完成 " + reported.date(), "rectification reported on " + reported.date()));
      } else if (event instanceof CaseEvent.ReinspectionFailed failed) {
        state = CaseState.OVERDUE;
        rectificationFailed = true;
        steps.add(new LocalizedText("复查仍不达标 " + failed.date() + "：经整改仍未达标，应依法关停退出",
            "re-inspection on " + failed.date() + " still failing: the unit must close and exit"));
      } else if (event instanceof CaseEvent.ReinspectionPassed passed) {
        state = CaseState.RESOLVED;
        steps.add(new LocalizedText("复查合格 " + passed.date(), "re-inspection passed on " + passed.date()));
      } else if (event instanceof CaseEvent.LicenceRevoked revoked) {
        if (state == CaseState.PENDING_RECTIFICATION) {
          state = CaseState.HALTED;
        }
        steps.add(new LocalizedText("吊销" + revoked.licence() + " " + revoked.date() + "（退出尚待验收）",
            revoked.licence() + " revoked on " + revoked.date() + " (exit still to be verified)"));
      } else if (event instanceof CaseEvent.ExitVerified exit) {
        if (!exit.evidence().isSufficient()) {
          throw new InvalidCaseHistoryException(event, "an exit needs " + exit.evidence().missing());
        }
        state = CaseState.EXITED;
        steps.add(new LocalizedText("退出验收 " + exit.date(), "exit verified on " + exit.date()));
      }
    }
    if (state == null) {
      throw new IllegalArgumentException("no event of the case is dated on or before " + asOf
          + "; a case starts with its notice");
    }
    if (state == CaseState.PENDING_RECTIFICATION && deadline != null && asOf.isAfter(deadline)) {
      state = CaseState.OVERDUE;
      rectificationFailed = true;
      steps.add(overdue(deadline));
    }
    Optional<LocalDate> next = switch (state) {
      case PENDING_RECTIFICATION, HALTED -> Optional.ofNullable(deadline);
      case OVERDUE -> Optional.of(asOf);
      case EXITED, RESOLVED -> Optional.empty();
    };
    return new CaseStatus(state, asOf, next, Optional.ofNullable(deadline), rule.wording(), rectificationFailed,
        steps, check);
  }

  private LastDayOfPeriod lastDay(LocalDate counted) {
    if (restDays == null) {
      return new LastDayOfPeriod(counted, counted, RestDayCheck.NOT_APPLIED, List.of(), Optional.empty());
    }
    return restDays.lastDayOfPeriod(counted);
  }

  private static Optional<LocalizedText> restDayStep(LastDayOfPeriod last) {
    return switch (last.check()) {
      case NOT_APPLIED, WORKING_DAY -> Optional.empty();
      case EXTENDED -> Optional.of(new LocalizedText(
          "期间末日 " + last.counted() + " 为法定休息日（" + String.join("、", last.notices())
              + "），依《民法典》第二百零三条以法定休息日结束的次日 " + last.lastDay() + " 为期间的最后一日",
          "the period's last day " + last.counted() + " is a statutory rest day (" + String.join(", ", last.notices())
              + "); by Civil Code art. 203 the day after the rest ends, " + last.lastDay() + ", is the last day"));
      case NOT_COVERED -> Optional.of(new LocalizedText(
          "法定休息日历未载 " + last.uncoveredYear().orElseThrow() + " 年节假日安排，期间末日 " + last.counted()
              + " 未能依《民法典》第二百零三条核对，须待该年通知公布后人工核对",
          "the statutory rest-day calendar does not cover " + last.uncoveredYear().orElseThrow() + ": whether the "
              + "last day " + last.counted() + " moves under Civil Code art. 203 could not be checked and must be "
              + "checked by hand once that year's notice is known"));
    };
  }

  private static LocalizedText overdue(LocalDate deadline) {
    return new LocalizedText("期限 " + deadline + " 已过，未经复查合格：逾期未整改，应依法关停退出",
        "deadline " + deadline + " passed without a passed re-inspection: the unit must close and exit");
  }

  private LocalDate extend(CaseEvent.ExtensionGranted extension, DeadlineRule rule, LocalDate deadline,
      boolean extended) {
    if (!(rule instanceof DeadlineRule.AfterTrigger after) || after.extension().isEmpty()) {
      throw new InvalidCaseHistoryException(extension, "the rule of " + entry.id() + " allows no extension");
    }
    if (extended) {
      throw new InvalidCaseHistoryException(extension, "the rule allows one extension, already granted");
    }
    Period allowed = after.extension().get();
    LocalDate longest = deadline.plus(allowed);
    LocalDate extendedTo;
    try {
      extendedTo = deadline.plus(extension.period());
    } catch (DateTimeException | ArithmeticException e) {
      extendedTo = null; // a period such as P999999999Y runs past the last date there is: longer than any rule allows
    }
    if (extendedTo == null || extendedTo.isAfter(longest)) {
      throw new InvalidCaseHistoryException(extension, "the extension " + extension.period()
          + " is longer than the rule allows (" + allowed + ")");
    }
    if (extension.date().isAfter(deadline)) {
      throw new InvalidCaseHistoryException(extension, "an extension must be granted by the deadline " + deadline);
    }
    return extendedTo;
  }

  private static String describe(LocalDate deadline, DeadlineRule rule) {
    return deadline == null ? "未定（" + rule.wording() + "）" : deadline + "（" + rule.wording() + "）";
  }

  private static String describeEn(LocalDate deadline, DeadlineRule rule) {
    return deadline == null ? "not fixed (" + rule.wording() + ")" : deadline + " (" + rule.wording() + ")";
  }

  /**
   * Two cases are equal when they are about the same unit and the same catalogue entry and count deadlines with equal
   * rest-day calendars (or both without one).
   *
   * @param other the other object, may be null
   * @return whether equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof RectificationCase c && unitId.equals(c.unitId) && entry.equals(c.entry)
        && java.util.Objects.equals(restDays, c.restDays);
  }

  @Override
  public int hashCode() {
    return unitId.hashCode() * 31 + entry.id().hashCode();
  }

  @Override
  public String toString() {
    return "RectificationCase[" + unitId + ", " + entry.id() + "]";
  }
}
