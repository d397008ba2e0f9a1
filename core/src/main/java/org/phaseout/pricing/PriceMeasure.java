package org.phaseout.pricing;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.phaseout.CitedEntry;
import org.phaseout.Finding;
import org.phaseout.catalogue.LocalizedText;
import org.phaseout.measure.Quantity;

/**
 * The electricity-price measure that applies to one unit under one catalogue entry (电价措施认定), in the form a grid
 * company applies: the surcharge per kWh, the consumption it is charged on, the amount, the rule for late payment,
 * the basis, the departments and the arithmetic, step by step.
 *
 * <p>Immutable and thread-safe.
 *
 * @param unitId the unit, not null
 * @param creditCode the enterprise's unified social credit code, not null
 * @param enterpriseName the enterprise's name, not null
 * @param entry the price-measure entry cited, not null
 * @param status whether the surcharge was determined, not null
 * @param measured the value of the indicator the steps count on, for a per-step surcharge
 * @param base the base the steps count from (分档标准), for a per-step surcharge
 * @param steps the number of steps, a part step counted as a whole one, for a per-step surcharge
 * @param yuanPerKwh the surcharge in yuan per kWh, when determined
 * @param billed the consumption the surcharge is charged on, in kWh, when reported
 * @param amountYuan the surcharge in yuan (rate × billed consumption), exact, when both are known
 * @param latePayment the late-payment rule and the rate it gives, when the source has one and the rate is known
 * @param renewableOffset what the source's renewable-electricity reduction means for this unit, not null
 * @param surchargeWording the source's wording of the surcharge, empty when the loaded catalogues hold no amount
 * @param departments the departments responsible, as the finding names them, not null
 * @param arithmetic how the amount was reached, in Chinese and English, not null
 */
public record PriceMeasure(
    String unitId,
    String creditCode,
    String enterpriseName,
    CitedEntry entry,
    Status status,
    Optional<Quantity> measured,
    Optional<Quantity> base,
    Optional<Integer> steps,
    Optional<BigDecimal> yuanPerKwh,
    Optional<Quantity> billed,
    Optional<BigDecimal> amountYuan,
    Optional<LateRate> latePayment,
    RenewableOffsetStatus renewableOffset,
    Optional<String> surchargeWording,
    Finding.Departments departments,
    LocalizedText arithmetic) {

  /** @throws NullPointerException if an argument is null */
  public PriceMeasure {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(creditCode, "creditCode");
    Objects.requireNonNull(enterpriseName, "enterpriseName");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(measured, "measured");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(steps, "steps");
    Objects.requireNonNull(yuanPerKwh, "yuanPerKwh");
    Objects.requireNonNull(billed, "billed");
    Objects.requireNonNull(amountYuan, "amountYuan");
    Objects.requireNonNull(latePayment, "latePayment");
    Objects.requireNonNull(renewableOffset, "renewableOffset");
    Objects.requireNonNull(surchargeWording, "surchargeWording");
    Objects.requireNonNull(departments, "departments");
    Objects.requireNonNull(arithmetic, "arithmetic");
  }

  /** Whether the surcharge was determined. */
  public enum Status {
    /** The measure applies and the surcharge per kWh was computed (加价标准已确定). */
    SURCHARGE("加价标准已确定", "surcharge determined"),
    /**
     * The measure applies but the loaded catalogues hold no amount for it (措施适用，加价标准未载入), as for the
     * crypto-mining 淘汰类 price in Chongqing: the grid company applies the tariff it holds.
     */
    AMOUNT_NOT_LOADED("措施适用，加价标准未载入", "measure applies, no amount loaded"),
    /** Whether the measure applies could not be decided: data are missing (数据不足). Never a pass. */
    INSUFFICIENT_DATA("数据不足", "insufficient data");

    private final String chineseName;
    private final String englishName;

    Status(String chineseName, String englishName) {
      this.chineseName = chineseName;
      this.englishName = englishName;
    }

    /** @return the Chinese name */
    public String chineseName() {
      return chineseName;
    }

    /** @return the English name */
    public String englishName() {
      return englishName;
    }
  }

  /** What a source's reduction for non-hydro renewable electricity means for the unit. */
  public enum RenewableOffsetStatus {
    /** The source has no such reduction. */
    NONE,
    /** The unit reported no renewable share: no reduction is applied. */
    NOT_REPORTED,
    /** The share does not exceed the source's threshold: no reduction. */
    NOT_ELIGIBLE,
    /**
     * The share exceeds the threshold: a reduction may apply, but it also depends on a provincial weight the loaded
     * catalogues do not hold; the amount shown is before any reduction and is to be assessed (待核定).
     */
    TO_ASSESS
  }

  /**
   * The rate after late payment (逾期缴纳).
   *
   * @param afterDays the days after the grid company's payment notice, positive
   * @param multiplier the multiple of the original rate, not null
   * @param yuanPerKwh the late rate in yuan per kWh, not null
   * @param wording the source wording, not null
   */
  public record LateRate(int afterDays, BigDecimal multiplier, BigDecimal yuanPerKwh, String wording) {
    /** @throws NullPointerException if an argument is null */
    public LateRate {
      Objects.requireNonNull(multiplier, "multiplier");
      Objects.requireNonNull(yuanPerKwh, "yuanPerKwh");
      Objects.requireNonNull(wording, "wording");
    }
  }
}
