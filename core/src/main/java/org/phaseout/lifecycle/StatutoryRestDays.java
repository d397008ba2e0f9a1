package org.phaseout.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.phaseout.InvalidInputException;
import org.phaseout.catalogue.LocalizedText;
import org.phaseout.catalogue.Provenance;
import org.phaseout.catalogue.VerificationLevel;
import org.phaseout.internal.json.Cursor;
import org.phaseout.internal.json.Json;
import org.phaseout.internal.json.Problems;

/**
 * The statutory rest-day calendar (法定休息日历) that 《民法典》第二百零三条 needs: 期间的最后一日是法定休息日的，以法定休息日
 * 结束的次日为期间的最后一日. It is data, one State Council notice per year (国务院办公厅关于某年部分节假日安排的通知), read
 * from a {@code statutory-rest-days} document (format in {@code docs/lifecycle.md}, JSON Schema
 * {@code org/phaseout/schema/statutory-rest-days.schema.json}); {@code phaseout-catalogs} bundles the sourced years.
 *
 * <p>In a year the calendar covers, a day is a statutory rest day if a notice lists it as a day off (放假), or if it is
 * a Saturday or Sunday that no notice lists as an adjusted working day (调休上班). A year without a notice is not
 * covered: {@link #isRestDay} answers nothing for its days and {@link #lastDayOfPeriod} says
 * {@link RestDayCheck#NOT_COVERED}, rather than treating them as ordinary days.
 *
 * <p>Null arguments are rejected with {@link NullPointerException}. This class is immutable and thread-safe.
 */
public final class StatutoryRestDays {

  /** The classpath resource of the calendar bundled in {@code phaseout-catalogs}. */
  public static final String BUNDLED_RESOURCE = "org/phaseout/calendars/cn-statutory-rest-days.json";

  private static final Set<String> TOP = Set.of("type", "schemaVersion", "id", "title", "rule", "notes", "years");
  private static final Set<String> YEAR = Set.of("year", "title", "documentNumber", "published", "url", "source",
      "holidays");
  private static final Set<String> SOURCE = Set.of("source", "verification", "note");
  private static final Set<String> HOLIDAY = Set.of("name", "clause", "rest", "days", "work");
  private static final Set<String> RANGE = Set.of("from", "to");
  private static final Set<String> LOCALIZED = Set.of("zh", "en");

  private final String id;
  private final List<RestDayNotice> notices;
  private final Map<Integer, RestDayNotice> byYear;
  private final Set<LocalDate> restDays;
  private final Set<LocalDate> workingDays;

  private StatutoryRestDays(String id, List<RestDayNotice> notices) {
    this.id = id;
    List<RestDayNotice> sorted = new ArrayList<>(notices);
    sorted.sort(Comparator.comparingInt(RestDayNotice::year));
    this.notices = List.copyOf(sorted);
    Map<Integer, RestDayNotice> years = new TreeMap<>();
    Set<LocalDate> rest = new HashSet<>();
    Set<LocalDate> work = new HashSet<>();
    for (RestDayNotice notice : sorted) {
      years.put(notice.year(), notice);
      for (RestDayNotice.Holiday holiday : notice.holidays()) {
        holiday.restFrom().datesUntil(holiday.restTo().plusDays(1)).forEach(rest::add);
        work.addAll(holiday.workingDays());
      }
    }
    this.byYear = Map.copyOf(years);
    this.restDays = Set.copyOf(rest);
    this.workingDays = Set.copyOf(work);
  }

  /**
   * Reads a {@code statutory-rest-days} document. Besides its form, the reader checks what the notices themselves
   * guarantee: each year appears once; a day off range does not end before it starts and has as many days as the
   * notice's 共N天 says; an adjusted working day is a Saturday or Sunday and not a day off; every date lies in the
   * notice's year or the year either side.
   *
   * @param origin the file or resource name problems are reported under, not null
   * @param json the UTF-8 JSON bytes, not null
   * @return the calendar, not null
   * @throws InvalidInputException listing every problem found, each with the origin and its JSON Pointer
   * @throws NullPointerException if an argument is null
   */
  public static StatutoryRestDays read(String origin, byte[] json) {
    Problems problems = new Problems(Objects.requireNonNull(origin, "origin"));
    JsonNode root = Json.parse(Objects.requireNonNull(json, "json"), problems);
    String id = null;
    List<RestDayNotice> notices = new ArrayList<>();
    if (root != null) {
      Cursor top = Cursor.root(problems, root);
      if (top.expectObject(TOP)) {
        Cursor type = top.required("type");
        if (type != null && !"statutory-rest-days".equals(type.asText())) {
          type.problem("expected \"statutory-rest-days\"");
        }
        Cursor version = top.required("schemaVersion");
        Integer v = version == null ? null : version.asInt();
        if (v != null && v != 1) {
          version.problem("expected schema version 1 but found " + v);
        }
        id = top.text("id");
        Cursor title = top.required("title");
        if (title != null) {
          localized(title);
        }
        Cursor rule = top.optional("rule");
        if (rule != null) {
          localized(rule);
        }
        top.optionalArray("notes", Cursor::asText);
        List<RestDayNotice> read = top.array("years", false, StatutoryRestDays::notice);
        if (read != null) {
          notices.addAll(read);
        }
        if (!problems.any()) {
          crossCheck(problems, notices);
        }
      }
    }
    if (problems.any()) {
      throw new InvalidInputException(problems.list().stream()
          .map(p -> new InvalidInputException.Problem(p.origin(), p.pointer(), p.message())).toList());
    }
    return new StatutoryRestDays(id, notices);
  }

  /**
   * Loads the calendar bundled in {@code phaseout-catalogs} ({@value #BUNDLED_RESOURCE}) with the class loader of
   * this class.
   *
   * @return the calendar, not null
   * @throws IllegalStateException if {@code phaseout-catalogs} is not on the classpath
   * @throws InvalidInputException if the bundled file is invalid
   */
  public static StatutoryRestDays loadBundled() {
    return loadBundled(StatutoryRestDays.class.getClassLoader());
  }

  /**
   * Loads the calendar bundled in {@code phaseout-catalogs} ({@value #BUNDLED_RESOURCE}) with a class loader.
   *
   * @param classLoader the class loader to find the resource with, not null
   * @return the calendar, not null
   * @throws IllegalStateException if the resource is not on its classpath
   * @throws InvalidInputException if the bundled file is invalid
   * @throws NullPointerException if {@code classLoader} is null
   */
  public static StatutoryRestDays loadBundled(ClassLoader classLoader) {
    try (InputStream in = Objects.requireNonNull(classLoader, "classLoader").getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no bundled statutory rest days (" + BUNDLED_RESOURCE
            + ") on the classpath; add the dependency org.phaseout:phaseout-catalogs");
      }
      return read(BUNDLED_RESOURCE, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BUNDLED_RESOURCE, e);
    }
  }

  /** @return the id of the calendar document, for example {@code cn-statutory-rest-days}, not null */
  public String id() {
    return id;
  }

  /** @return the notices, one per covered year, in year order, not null */
  public List<RestDayNotice> notices() {
    return notices;
  }

  /**
   * Returns the notice of a year.
   *
   * @param year the year
   * @return the notice, or empty if the calendar does not cover the year
   */
  public Optional<RestDayNotice> notice(int year) {
    return Optional.ofNullable(byYear.get(year));
  }

  /**
   * Whether the calendar covers a year, that is has its notice.
   *
   * @param year the year
   * @return whether covered
   */
  public boolean covers(int year) {
    return byYear.containsKey(year);
  }

  /**
   * Returns the calendar as it was known on a date: only the notices published on or before it. Deadlines computed
   * with it are those that could have been computed that day.
   *
   * @param knownAt the date, not null
   * @return the calendar, not null
   * @throws NullPointerException if {@code knownAt} is null
   */
  public StatutoryRestDays knownAt(LocalDate knownAt) {
    Objects.requireNonNull(knownAt, "knownAt");
    return new StatutoryRestDays(id, notices.stream().filter(n -> !n.published().isAfter(knownAt)).toList());
  }

  /**
   * Whether a day is a statutory rest day (法定休息日).
   *
   * @param date the day, not null
   * @return true for a day off the notice of its year lists, or a Saturday or Sunday it does not list as a working
   *     day; false for any other day of a covered year; empty if the calendar does not cover the day's year
   * @throws NullPointerException if {@code date} is null
   */
  public Optional<Boolean> isRestDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (!covers(date.getYear())) {
      return Optional.empty();
    }
    if (restDays.contains(date)) {
      return Optional.of(true);
    }
    if (workingDays.contains(date)) {
      return Optional.of(false);
    }
    DayOfWeek day = date.getDayOfWeek();
    return Optional.of(day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY);
  }

  /**
   * Applies 《民法典》第二百零三条 to the last day of a period as counted by 第二百零一条 and 第二百零二条: if it is a statutory
   * rest day, the last day becomes the day after the rest ends, the first day that is not a rest day.
   *
   * <p>If the calendar does not cover the counted day's year, or the rest running from it reaches a year it does not
   * cover, the check is {@link RestDayCheck#NOT_COVERED} and the last day stays as counted: it is neither moved by a
   * guess nor declared a working day.
   *
   * @param counted the last day as counted, not null
   * @return the last day of the period, not null
   * @throws NullPointerException if {@code counted} is null
   */
  public LastDayOfPeriod lastDayOfPeriod(LocalDate counted) {
    Objects.requireNonNull(counted, "counted");
    List<String> consulted = new ArrayList<>();
    LocalDate day = counted;
    while (true) {
      Optional<Boolean> rest = isRestDay(day);
      if (rest.isEmpty()) {
        return new LastDayOfPeriod(counted, counted, RestDayCheck.NOT_COVERED, consulted,
            Optional.of(day.getYear()));
      }
      String number = byYear.get(day.getYear()).documentNumber();
      if (!consulted.contains(number)) {
        consulted.add(number);
      }
      if (!rest.get()) {
        return new LastDayOfPeriod(counted, day,
            day.equals(counted) ? RestDayCheck.WORKING_DAY : RestDayCheck.EXTENDED, consulted, Optional.empty());
      }
      day = day.plusDays(1);
    }
  }

  @Override
  public String toString() {
    return "StatutoryRestDays[" + id + ", years " + byYear.keySet().stream().sorted().toList() + "]";
  }

  private static LocalizedText localized(Cursor c) {
    if (!c.expectObject(LOCALIZED)) {
      return null;
    }
    String zh = c.text("zh");
    String en = c.text("en");
    return zh == null || en == null ? null : new LocalizedText(zh, en);
  }

  private static RestDayNotice notice(Cursor c) {
    if (!c.expectObject(YEAR)) {
      return null;
    }
    int before = c.problems().count();
    Cursor yearCursor = c.required("year");
    Integer year = yearCursor == null ? null : yearCursor.asInt();
    if (year != null && (year < 1949 || year > 9999)) {
      yearCursor.problem("expected a year from 1949 to 9999 but found " + year);
      year = null;
    }
    String title = c.text("title");
    String number = c.text("documentNumber");
    LocalDate published = c.date("published");
    String url = c.text("url");
    if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
      c.problem("url", "expected an http(s) address of the official notice but found '" + url + "'");
    }
    Cursor sourceCursor = c.required("source");
    Provenance source = sourceCursor == null ? null : provenance(sourceCursor);
    Integer y = year;
    List<RestDayNotice.Holiday> holidays = c.array("holidays", false, h -> holiday(h, y));
    if (c.problems().count() > before || year == null) {
      return null;
    }
    return new RestDayNotice(year, title, number, published, url, source, holidays);
  }

  private static Provenance provenance(Cursor c) {
    if (!c.expectObject(SOURCE)) {
      return null;
    }
    String source = c.text("source");
    Cursor level = c.required("verification");
    VerificationLevel verification = level == null ? null : level.asEnum(VerificationLevel.class);
    Optional<String> note = c.optionalText("note");
    if (verification != null && verification != VerificationLevel.OFFICIAL && note.isEmpty()) {
      c.problem("note", "a year verified below official must say in 'note' what remains to be checked");
    }
    return source == null || verification == null ? null : new Provenance(source, verification, note);
  }

  private static RestDayNotice.Holiday holiday(Cursor c, Integer year) {
    if (!c.expectObject(HOLIDAY)) {
      return null;
    }
    int before = c.problems().count();
    Cursor nameCursor = c.required("name");
    LocalizedText name = nameCursor == null ? null : localized(nameCursor);
    String clause = c.text("clause");
    Cursor rest = c.required("rest");
    LocalDate from = null;
    LocalDate to = null;
    if (rest != null && rest.expectObject(RANGE)) {
      from = inYear(rest.required("from"), year);
      to = inYear(rest.required("to"), year);
      if (from != null && to != null && to.isBefore(from)) {
        rest.problem("to", "expected a day on or after 'from' (" + from + ") but found " + to);
      }
    }
    Cursor days = c.optional("days");
    Integer count = days == null ? null : days.asInt();
    if (count != null && from != null && to != null && !to.isBefore(from)) {
      long actual = from.datesUntil(to.plusDays(1)).count();
      if (actual != count) {
        days.problem("the notice's count of " + count + " days does not match the " + actual + " days from " + from
            + " to " + to);
      }
    }
    LocalDate first = from;
    LocalDate last = to;
    List<LocalDate> work = c.array("work", true, w -> {
      LocalDate date = inYear(w, year);
      if (date == null) {
        return null;
      }
      DayOfWeek day = date.getDayOfWeek();
      if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
        w.problem("an adjusted working day (调休上班) is a Saturday or Sunday, but " + date + " is a " + day);
        return null;
      }
      if (first != null && last != null && !date.isBefore(first) && !date.isAfter(last)) {
        w.problem(date + " is listed both as a day off and as a working day");
        return null;
      }
      return date;
    });
    if (c.problems().count() > before) {
      return null;
    }
    return new RestDayNotice.Holiday(name, clause, from, to, work);
  }

  private static LocalDate inYear(Cursor c, Integer year) {
    LocalDate date = c == null ? null : c.asDate();
    if (date != null && year != null && Math.abs(date.getYear() - year) > 1) {
      c.problem("expected a date of the notice's year " + year + " or the year either side but found " + date);
      return null;
    }
    return date;
  }

  private static void crossCheck(Problems problems, List<RestDayNotice> notices) {
    Map<Integer, Integer> seen = new HashMap<>();
    Map<LocalDate, String> rest = new HashMap<>();
    for (int i = 0; i < notices.size(); i++) {
      RestDayNotice notice = notices.get(i);
      Integer earlier = seen.putIfAbsent(notice.year(), i);
      if (earlier != null) {
        problems.add("/years/" + i + "/year", "the year " + notice.year() + " appears twice (also at /years/" + earlier
            + "); a year has one notice");
      }
      for (RestDayNotice.Holiday h : notice.holidays()) {
        h.restFrom().datesUntil(h.restTo().plusDays(1)).forEach(d -> rest.put(d, notice.documentNumber()));
      }
    }
    for (int i = 0; i < notices.size(); i++) {
      List<RestDayNotice.Holiday> holidays = notices.get(i).holidays();
      for (int j = 0; j < holidays.size(); j++) {
        List<LocalDate> work = holidays.get(j).workingDays();
        for (int k = 0; k < work.size(); k++) {
          String other = rest.get(work.get(k));
          if (other != null) {
            problems.add("/years/" + i + "/holidays/" + j + "/work/" + k, work.get(k)
                + " is listed as a working day but is a day off in " + other);
          }
        }
      }
    }
  }

  /**
   * Two calendars are equal when they have the same id and the same notices.
   *
   * @param other the other object, may be null
   * @return whether equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof StatutoryRestDays c && id.equals(c.id) && notices.equals(c.notices);
  }

  @Override
  public int hashCode() {
    return id.hashCode() * 31 + notices.hashCode();
  }
}
