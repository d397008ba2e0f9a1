package org.phaseout.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.phaseout.ComplianceReport;
import org.phaseout.UnitAssessment;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.catalogue.LocalizedText;
import org.phaseout.internal.eval.DepartmentRouting;
import org.phaseout.internal.json.Cursor;
import org.phaseout.lifecycle.CaseEvent;
import org.phaseout.lifecycle.CaseStatus;
import org.phaseout.lifecycle.TrackedCase;

/**
 * Aggregates cases and an evaluation into the data of the annual report (年度落后产能退出情况书面报告). Counting is
 * deterministic: the same cases in any order give the same report.
 */
public final class AnnualReports {

  /** The group name for cases whose entry assigns no lead department in the enterprise's region. */
  public static final String UNASSIGNED = "（未分派）";

  private AnnualReports() {}

  /**
   * Builds the report of a year.
   *
   * @param year the year, for example 2025
   * @param catalogues the catalogues (for department names), not null
   * @param units the production units the cases are about (for their capacity), not null
   * @param cases the tracked cases, not null; cases opened after the year are left out
   * @param evaluation the evaluation as of the year's end, for the unit statuses, if any
   * @param previous the previous year's report, for the change in totals, if any
   * @return the report, not null
   */
  public static AnnualReport of(int year, CatalogueSet catalogues, Collection<ProductionUnit> units,
      Collection<TrackedCase> cases, Optional<ComplianceReport> evaluation, Optional<AnnualReport> previous) {
    Objects.requireNonNull(catalogues, "catalogues");
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(cases, "cases");
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(previous, "previous");
    LocalDate start = LocalDate.of(year, 1, 1);
    LocalDate end = LocalDate.of(year, 12, 31);
    DepartmentRouting routing = new DepartmentRouting(catalogues.vocabulary());
    Map<String, ProductionUnit> unitsById = new HashMap<>();
    units.forEach(u -> unitsById.put(u.id(), u));
    CaseCounts totals = CaseCounts.NONE;
    SortedMap<String, CaseCounts> byDistrict = new TreeMap<>();
    SortedMap<String, CaseCounts> byDimension = new TreeMap<>();
    SortedMap<String, CaseCounts> bySector = new TreeMap<>();
    SortedMap<String, CaseCounts> byDepartment = new TreeMap<>();
    SortedMap<String, BigDecimal> capacity = new TreeMap<>();
    for (TrackedCase tracked : cases) {
      if (tracked.events().stream().allMatch(e -> e.date().isAfter(end))) {
        continue;
      }
      CaseStatus status = tracked.rectificationCase().state(tracked.events(), end);
      Optional<CaseCounts> counted = count(status, tracked.events(), start);
      if (counted.isEmpty()) {
        continue;
      }
      CaseCounts c = counted.get();
      totals = totals.plus(c);
      byDistrict.merge(tracked.enterprise().division().toString(), c, CaseCounts::plus);
      byDimension.merge(Cursor.jsonName(tracked.rectificationCase().entry().dimension()), c, CaseCounts::plus);
      String industry = tracked.enterprise().industry().toString();
      bySector.merge(industry.length() > 3 ? industry.substring(0, 3) : industry, c, CaseCounts::plus);
      List<String> lead = routing.departments(tracked.rectificationCase().entry(), tracked.enterprise().division())
          .lead().stream().map(LocalizedText::zh).toList();
      for (String department : lead.isEmpty() ? List.of(UNASSIGNED) : lead) {
        byDepartment.merge(department, c, CaseCounts::plus);
      }
      if (c.exited() > 0) {
        ProductionUnit unit = unitsById.get(tracked.rectificationCase().unitId());
        if (unit != null && unit.ratedCapacity().isPresent()) {
          capacity.merge(unit.ratedCapacity().get().unit().symbol(), unit.ratedCapacity().get().value(),
              BigDecimal::add);
        } else {
          capacity.merge("unreported", BigDecimal.ONE, BigDecimal::add);
        }
      }
    }
    SortedMap<String, Integer> statuses = new TreeMap<>();
    evaluation.ifPresent(r -> {
      for (UnitAssessment a : r.units()) {
        statuses.merge(Cursor.jsonName(a.status()), 1, Integer::sum);
      }
    });
    final CaseCounts total = totals;
    return new AnnualReport(year, totals, byDistrict, byDimension, bySector, byDepartment, capacity, statuses,
        previous.map(p -> total.minus(p.totals())));
  }

  private static Optional<CaseCounts> count(CaseStatus status, List<CaseEvent> events, LocalDate start) {
    return switch (status.state()) {
      case EXITED -> events.stream().filter(e -> e instanceof CaseEvent.ExitVerified)
          .anyMatch(e -> !e.date().isBefore(start)) ? Optional.of(new CaseCounts(1, 0, 0, 0, 0)) : Optional.empty();
      case RESOLVED -> events.stream().filter(e -> e instanceof CaseEvent.ReinspectionPassed)
          .anyMatch(e -> !e.date().isBefore(start) && !e.date().isAfter(status.asOf()))
          ? Optional.of(new CaseCounts(0, 0, 0, 0, 1)) : Optional.empty();
      case PENDING_RECTIFICATION -> Optional.of(new CaseCounts(0, 1, 0, 0, 0));
      case HALTED -> Optional.of(new CaseCounts(0, 0, 1, 0, 0));
      case OVERDUE -> Optional.of(new CaseCounts(0, 0, 0, 1, 0));
    };
  }

  /**
   * Writes a report as canonical JSON.
   *
   * @param report the report, not null
   * @return the UTF-8 bytes, not null
   */
  public static byte[] toJson(AnnualReport report) {
    return AnnualReportRendering.json(Objects.requireNonNull(report, "report"));
  }

  /**
   * Writes a report as a self-contained HTML page: tables and inline SVG charts, no scripts, no external fonts or
   * styles, so it opens offline in any browser.
   *
   * @param report the report, not null
   * @return the HTML text, not null
   */
  public static String toHtml(AnnualReport report) {
    return AnnualReportRendering.html(Objects.requireNonNull(report, "report"));
  }
}
