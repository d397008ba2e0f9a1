package org.phaseout.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.phaseout.catalogue.LocalizedText;
import org.phaseout.catalogue.Provenance;

/**
 * One year of the statutory rest-day calendar: the State Council General Office's notice on that year's public
 * holiday arrangements (国务院办公厅关于某年部分节假日安排的通知), with its rest days (放假) and adjusted working days
 * (调休上班) as the notice lists them.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param year the year the notice arranges, for example 2025
 * @param title the notice's title, not null
 * @param documentNumber the notice's number (文号), for example {@code 国办发明电〔2024〕12号}, not null
 * @param published the date of the notice, not null
 * @param url the official page of the notice, not null
 * @param source where the dates were read and how far they are verified (来源与核实程度), not null
 * @param holidays the holidays in the order of the notice, not null
 */
public record RestDayNotice(int year, String title, String documentNumber, LocalDate published, String url,
    Provenance source, List<Holiday> holidays) {

  /** @throws NullPointerException if an argument is null */
  public RestDayNotice {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(documentNumber, "documentNumber");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(source, "source");
    holidays = List.copyOf(holidays);
  }

  /**
   * One holiday of a notice (节假日安排): its days off, from the first to the last inclusive, and the weekend days that
   * become working days for it.
   *
   * <p>This record is immutable and thread-safe.
   *
   * @param name the holiday, for example 春节 Spring Festival, not null
   * @param clause the notice's clause in its official wording, not null
   * @param restFrom the first day off (放假), not null
   * @param restTo the last day off, not before {@code restFrom}, not null
   * @param workingDays the Saturdays and Sundays that are working days (调休上班), not null
   */
  public record Holiday(LocalizedText name, String clause, LocalDate restFrom, LocalDate restTo,
      List<LocalDate> workingDays) {

    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code restTo} is before {@code restFrom}
     */
    public Holiday {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(clause, "clause");
      Objects.requireNonNull(restFrom, "restFrom");
      Objects.requireNonNull(restTo, "restTo");
      workingDays = List.copyOf(workingDays);
      if (restTo.isBefore(restFrom)) {
        throw new IllegalArgumentException("the rest ends on " + restTo + ", before it starts on " + restFrom);
      }
    }
  }
}
