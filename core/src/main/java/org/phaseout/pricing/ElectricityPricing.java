package org.phaseout.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.phaseout.ComplianceReport;
import org.phaseout.Finding;
import org.phaseout.InvalidInputException;
import org.phaseout.UnitAssessment;
import org.phaseout.Verdict;
import org.phaseout.capacity.Measurement;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.Action;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.catalogue.CatalogueStatus;
import org.phaseout.catalogue.LocalizedText;
import org.phaseout.catalogue.Surcharge;
import org.phaseout.catalogue.Vocabulary;
import org.phaseout.measure.Quantity;
import org.phaseout.measure.UnitOfMeasure;

/**
 * Works out the electricity-price measures of evaluated units (电价措施核算): for every price-measure finding
 * ({@link Action#APPLY_PRICE_MEASURE}) that is non-compliant or undecided, the surcharge its entry sets, applied to
 * the unit's reported facts, with the arithmetic shown. The policy is 渝制造强市办〔2025〕4号 二、（三）, "水泥、电解铝行业
 * 综合电耗水平不达标的企业，落实差别电价、阶梯电价等政策"; the amounts are those of the catalogue editions the report used.
 *
 * <p>A per-step surcharge counts the excess of its indicator over the base in steps, a part step as a whole one
 * ({@code ceil((measured − base) ÷ step)}), and multiplies the steps by the amount per step; a flat one is its
 * amount. The amount in yuan is that rate times the billed consumption, exact. A compliant finding gives no measure;
 * an undecided one gives {@link PriceMeasure.Status#INSUFFICIENT_DATA}, never a silent pass; a non-compliant one
 * whose entry holds no amount gives {@link PriceMeasure.Status#AMOUNT_NOT_LOADED}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ElectricityPricing {

  private final Vocabulary vocabulary;

  private ElectricityPricing(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * Creates a pricing whose arithmetic names indicators as the catalogues' vocabulary does.
   *
   * @param catalogues the loaded catalogues, not null
   * @return the pricing, not null
   * @throws NullPointerException if {@code catalogues} is null
   */
  public static ElectricityPricing of(CatalogueSet catalogues) {
    return new ElectricityPricing(Objects.requireNonNull(catalogues, "catalogues").vocabulary());
  }

  /**
   * Works out the price measures of a report's units.
   *
   * @param report the evaluation report, not null; its editions supply the surcharges
   * @param units the units the report evaluated, in any order, not null; each reported unit must be among them
   * @return the measures, by unit id and then entry id, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a unit with a price-measure finding is not among {@code units}, or two
   *     units share an id
   */
  public List<PriceMeasure> assess(ComplianceReport report, Collection<? extends ProductionUnit> units) {
    Objects.requireNonNull(report, "report");
    Map<String, ProductionUnit> byId = new TreeMap<>();
    for (ProductionUnit unit : Objects.requireNonNull(units, "units")) {
      if (byId.put(unit.id(), unit) != null) {
        throw new IllegalArgumentException("two units have the id '" + unit.id() + "'");
      }
    }
    Map<String, CatalogueEntry> entries = new TreeMap<>();
    for (CatalogueStatus status : report.catalogues()) {
      status.edition().ifPresent(e -> e.effectiveEntries().forEach(entry -> entries.put(entry.id(), entry)));
    }
    List<PriceMeasure> measures = new ArrayList<>();
    for (UnitAssessment assessment : report.units()) {
      for (Finding finding : assessment.findings()) {
        if (finding.action() != Action.APPLY_PRICE_MEASURE || finding.verdict() == Verdict.COMPLIANT) {
          continue;
        }
        ProductionUnit unit = byId.get(assessment.unitId());
        if (unit == null) {
          throw new IllegalArgumentException("the report's unit '" + assessment.unitId()
              + "' has a price-measure finding but is not among the units given");
        }
        CatalogueEntry entry = entries.get(finding.entry().entryId());
        Optional<Surcharge> surcharge = entry == null ? Optional.empty() : entry.consequence().surcharge();
        measures.add(measure(unit, assessment, finding, surcharge));
      }
    }
    return List.copyOf(measures);
  }

  private PriceMeasure measure(
      ProductionUnit unit, UnitAssessment assessment, Finding finding, Optional<Surcharge> surcharge) {
    Calculation c = new Calculation(assessment, finding, vocabulary);
    if (finding.verdict() == Verdict.INSUFFICIENT_DATA) {
      c.line("是否适用该电价措施无法判定：" + finding.summary().zh(),
          "Whether the price measure applies cannot be decided: " + finding.summary().en());
      return c.result(PriceMeasure.Status.INSUFFICIENT_DATA);
    }
    if (surcharge.isEmpty()) {
      c.line("适用该电价措施（" + finding.actionText().zh() + "）；已载入的目录未列明加价标准，按电网企业执行的标准收取。",
          "The price measure applies (" + finding.actionText().en() + "); the loaded catalogues hold no amount, so "
              + "the grid company charges the tariff it holds.");
      return c.result(PriceMeasure.Status.AMOUNT_NOT_LOADED);
    }
    Surcharge s = surcharge.get();
    c.surchargeWording = Optional.of(s.wording());
    BigDecimal rate;
    if (s.method() == Surcharge.Method.PER_STEP) {
      String indicator = s.indicator().orElseThrow();
      // The criterion read the same indicator to find the unit non-compliant, so it is reported.
      Quantity measured = measurement(unit, indicator).orElseThrow(() -> new IllegalStateException(
          "entry " + finding.entry().entryId() + " is non-compliant without a value of " + indicator));
      Quantity base = s.base().orElseThrow();
      Quantity value = measured.to(base.unit());
      BigDecimal step = s.step().orElseThrow().to(base.unit()).value();
      BigDecimal excess = value.value().subtract(base.value());
      c.measured = Optional.of(value);
      c.base = Optional.of(base);
      if (excess.signum() <= 0) {
        // The loader only accepts a per-step surcharge whose entry tests "indicator > base".
        throw new IllegalStateException("entry " + finding.entry().entryId() + " is non-compliant at " + value
            + ", not above its surcharge base " + base);
      }
      BigDecimal counted = excess.divide(step, 0, RoundingMode.CEILING);
      if (counted.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
        throw new InvalidInputException(List.of(new InvalidInputException.Problem("unit " + unit.id(),
            "/measurements/" + indicator, "expected a value a tiered price can count in steps but found " + value
            + ", more than " + Integer.MAX_VALUE + " steps of " + plain(step) + " " + base.unit() + " above " + base)));
      }
      int steps = counted.intValue();
      rate = s.yuanPerKwh().multiply(BigDecimal.valueOf(steps));
      c.steps = Optional.of(steps);
      c.perStepLine(c.name(indicator), value, base, excess, step, steps, s.yuanPerKwh(), rate);
    } else {
      rate = s.yuanPerKwh();
      c.line("加价 " + plain(rate) + " 元/千瓦时。", "Surcharge " + plain(rate) + " yuan/kWh.");
    }
    c.rate = Optional.of(rate);
    Optional<Quantity> billed = measurement(unit, s.billedOn()).map(q -> q.to(UnitOfMeasure.KILOWATT_HOUR));
    c.billed = billed;
    if (billed.isPresent()) {
      BigDecimal amount = rate.multiply(billed.get().value());
      c.amount = Optional.of(amount);
      LocalizedText name = c.name(s.billedOn());
      c.line(plain(rate) + " 元/千瓦时 × " + name.zh() + " " + billed.get() + " = " + plain(amount) + " 元。",
          plain(rate) + " yuan/kWh × " + name.en() + " " + billed.get() + " = " + plain(amount) + " yuan.");
    } else {
      c.line("未报送" + c.name(s.billedOn()).zh() + "，加价金额未计算。",
          "No " + c.name(s.billedOn()).en() + " is reported, so the amount is not computed.");
    }
    s.latePayment().ifPresent(late -> {
      BigDecimal lateRate = rate.multiply(late.multiplier());
      c.late = Optional.of(new PriceMeasure.LateRate(late.afterDays(), late.multiplier(), lateRate, late.wording()));
      c.line("收到缴费通知单 " + late.afterDays() + " 天后仍未缴纳的，按 " + plain(rate) + " × " + plain(late.multiplier())
              + " = " + plain(lateRate) + " 元/千瓦时执行。",
          "Unpaid " + late.afterDays() + " days after the payment notice: " + plain(rate) + " × "
              + plain(late.multiplier()) + " = " + plain(lateRate) + " yuan/kWh.");
    });
    s.renewableOffset().ifPresent(offset -> c.renewable(unit, offset));
    return c.result(PriceMeasure.Status.SURCHARGE);
  }

  private static Optional<Quantity> measurement(ProductionUnit unit, String indicator) {
    return Optional.ofNullable(unit.measurements().get(indicator)).map(Measurement::value);
  }

  private static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  /** The parts of one measure as they are worked out. */
  private static final class Calculation {
    private final UnitAssessment assessment;
    private final Finding finding;
    private final Vocabulary vocabulary;
    private final StringBuilder zh = new StringBuilder();
    private final StringBuilder en = new StringBuilder();
    private Optional<Quantity> measured = Optional.empty();
    private Optional<Quantity> base = Optional.empty();
    private Optional<Integer> steps = Optional.empty();
    private Optional<BigDecimal> rate = Optional.empty();
    private Optional<Quantity> billed = Optional.empty();
    private Optional<BigDecimal> amount = Optional.empty();
    private Optional<PriceMeasure.LateRate> late = Optional.empty();
    private PriceMeasure.RenewableOffsetStatus renewable = PriceMeasure.RenewableOffsetStatus.NONE;
    private Optional<String> surchargeWording = Optional.empty();

    Calculation(UnitAssessment assessment, Finding finding, Vocabulary vocabulary) {
      this.assessment = assessment;
      this.finding = finding;
      this.vocabulary = vocabulary;
    }

    /** The indicator's name, or its code where the vocabulary given does not define it. */
    LocalizedText name(String indicator) {
      return vocabulary.indicator(indicator).map(Vocabulary.Indicator::name)
          .orElse(new LocalizedText(indicator, indicator));
    }

    void line(String chinese, String english) {
      zh.append(zh.length() == 0 ? "" : "\n").append(chinese);
      en.append(en.length() == 0 ? "" : "\n").append(english);
    }

    void perStepLine(LocalizedText name, Quantity value, Quantity base, BigDecimal excess, BigDecimal step, int steps,
        BigDecimal perStep, BigDecimal rate) {
      String unit = " " + base.unit().symbol();
      String division = "⌈" + plain(excess) + " ÷ " + plain(step) + "⌉ = " + steps;
      String product = steps + " × " + plain(perStep) + " = " + plain(rate);
      line(name.zh() + " " + value + " − 分档标准 " + base + " = " + plain(excess) + unit + "；每 " + plain(step) + unit
              + " 为一档，不足一档按一档计：" + division + " 档；" + product + " 元/千瓦时。",
          name.en() + " " + value + " − base " + base + " = " + plain(excess) + unit + "; one step per " + plain(step)
              + unit + ", a part step counting as a whole: " + division + " steps; " + product + " yuan/kWh.");
    }

    void renewable(ProductionUnit unit, Surcharge.RenewableOffset offset) {
      Optional<Quantity> share = measurement(unit, offset.indicator());
      LocalizedText name = name(offset.indicator());
      if (share.isEmpty()) {
        renewable = PriceMeasure.RenewableOffsetStatus.NOT_REPORTED;
        line("未报送" + name.zh() + "，不予降低加价标准。", "No " + name.en() + " is reported: no reduction.");
      } else if (share.get().isGreaterThan(offset.shareAbove())) {
        renewable = PriceMeasure.RenewableOffsetStatus.TO_ASSESS;
        line(name.zh() + " " + share.get() + " 超过 " + offset.shareAbove()
                + "：可否降低加价标准还取决于所在省上年度非水电消纳责任权重激励值，已载入的目录未列明，以上为降低前的金额，待核定。",
            "The " + name.en() + " " + share.get() + " exceeds " + offset.shareAbove() + ": whether the surcharge is "
                + "reduced also depends on the province's previous-year incentive weight, which the loaded catalogues "
                + "do not hold; the amount above is before any reduction, to be assessed.");
      } else {
        renewable = PriceMeasure.RenewableOffsetStatus.NOT_ELIGIBLE;
        line(name.zh() + " " + share.get() + " 未超过 " + offset.shareAbove() + "，不降低加价标准。",
            "The " + name.en() + " " + share.get() + " does not exceed " + offset.shareAbove() + ": no reduction.");
      }
    }

    PriceMeasure result(PriceMeasure.Status status) {
      return new PriceMeasure(assessment.unitId(), assessment.creditCode(), assessment.enterpriseName(),
          finding.entry(), status, measured, base, steps, rate, billed, amount, late, renewable, surchargeWording,
          finding.departments(), new LocalizedText(zh.toString(), en.toString()));
    }
  }
}
