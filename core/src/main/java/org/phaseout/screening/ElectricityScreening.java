package org.phaseout.screening;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.ComplianceReport;
import org.phaseout.capacity.Measurement;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.measure.DateInterval;
import org.phaseout.measure.Quantity;
import org.phaseout.measure.UnitOfMeasure;

/**
 * Screens electricity accounts for consumption that does not fit what the enterprise declares (用电异常筛查), the
 * early warning against 地条钢: 渝制造强市办〔2025〕4号 一、（五）5, "国网重庆电力指导各区县供电部门加强对用电量异常企业的
 * 监测，及时将用电异常企业信息报当地区县政府".
 *
 * <p>The screening rules are catalogue entries like any other, for units of kind {@code electricity-account}: which
 * thresholds flag an account is local policy, loaded as data (no national threshold is known). From an account's
 * months of the calendar year before the as-of date this class derives the indicators those entries read —
 * {@code electricity.max-monthly-consumption} (the largest month), {@code electricity.night-share} (night over total,
 * only when every month records its night part) and {@code electricity.intensity} (total over declared output) —
 * and evaluates them. A month missing from the year leaves the indicators it would change unreported: unknown, never
 * a pass. Each flag is a finding that names the rule, the values compared and the departments to inform.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ElectricityScreening {

  /** The unit kind of electricity accounts in the vocabulary. */
  public static final String ACCOUNT_KIND = "electricity-account";

  private static final UnitOfMeasure KWH = UnitOfMeasure.of("kWh");

  private final ComplianceEvaluator evaluator;

  private ElectricityScreening(CatalogueSet catalogues) {
    this.evaluator = ComplianceEvaluator.of(catalogues);
  }

  /**
   * Returns a screening over catalogues that hold screening rules.
   *
   * @param catalogues the catalogues, not null
   * @return the screening, not null
   */
  public static ElectricityScreening of(CatalogueSet catalogues) {
    return new ElectricityScreening(Objects.requireNonNull(catalogues, "catalogues"));
  }

  /**
   * Screens accounts as of a date, on the calendar year before it.
   *
   * @param accounts the accounts, not null
   * @param asOf the date, not null
   * @return the report: one assessment per account, one finding per screening rule that applies
   */
  public ComplianceReport screen(Collection<ElectricityAccount> accounts, LocalDate asOf) {
    Objects.requireNonNull(accounts, "accounts");
    Objects.requireNonNull(asOf, "asOf");
    int year = asOf.getYear() - 1;
    List<ProductionUnit> units = new ArrayList<>();
    for (ElectricityAccount account : accounts) {
      units.add(unit(account, year));
    }
    return evaluator.evaluate(units, asOf);
  }

  /**
   * Derives the unit an account is evaluated as.
   *
   * @param account the account
   * @param year the calendar year screened
   * @return the unit, with the indicators the year's data allow
   */
  static ProductionUnit unit(ElectricityAccount account, int year) {
    DateInterval window = DateInterval.of(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    String source = "月度用电量 " + year;
    ProductionUnit.Builder unit = ProductionUnit.builder().id(account.id()).enterprise(account.enterprise())
        .kind(ACCOUNT_KIND);
    List<MonthlyConsumption> inYear = account.months().stream().filter(m -> m.month().getYear() == year).toList();
    boolean complete = inYear.stream().map(MonthlyConsumption::month).distinct().count() == 12
        && inYear.size() == 12;
    if (inYear.isEmpty()) {
      return unit.build();
    }
    BigDecimal max = null;
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal night = BigDecimal.ZERO;
    boolean nightKnown = true;
    for (MonthlyConsumption m : inYear) {
      BigDecimal kwh = m.consumption().to(KWH).value();
      max = max == null || kwh.compareTo(max) > 0 ? kwh : max;
      total = total.add(kwh);
      if (m.night().isPresent()) {
        night = night.add(m.night().get().to(KWH).value());
      } else {
        nightKnown = false;
      }
    }
    if (complete) {
      unit.putMeasurements("electricity.max-monthly-consumption",
          Measurement.of(Quantity.of(max, KWH), window, source));
    }
    if (complete && nightKnown && total.signum() > 0) {
      BigDecimal share = night.multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_EVEN);
      unit.putMeasurements("electricity.night-share", Measurement.of(Quantity.of(share, UnitOfMeasure.of("%")),
          window, source));
    }
    Optional<Quantity> output = account.declaredOutput();
    if (complete && output.isPresent() && output.get().value().signum() > 0) {
      BigDecimal tonnes = output.get().to(UnitOfMeasure.of("t")).value();
      BigDecimal intensity = total.divide(tonnes, 2, RoundingMode.HALF_EVEN);
      unit.putMeasurements("electricity.intensity", Measurement.of(Quantity.of(intensity, UnitOfMeasure.of("kWh/t")),
          window, source + "；申报产量"));
    }
    return unit.build();
  }

  /**
   * Returns the months of a year that an account lacks, for a message to the grid company.
   *
   * @param account the account, not null
   * @param year the year
   * @return the missing months, in order
   */
  public static List<YearMonth> missingMonths(ElectricityAccount account, int year) {
    List<YearMonth> missing = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      YearMonth month = YearMonth.of(year, m);
      if (account.months().stream().noneMatch(c -> c.month().equals(month))) {
        missing.add(month);
      }
    }
    return missing;
  }
}
