package org.phaseout.catalogue;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.phaseout.measure.Quantity;

/**
 * An electricity-price surcharge (电价加价标准) that a price-measure entry sets, as its source words it: how many
 * yuan per kWh are added, and on which consumption. Amounts are data of a dated catalogue edition, never constants:
 * the electrolytic-aluminium tiered price of 发改价格〔2021〕1239号, for example, lowers its 分档标准 from 13650 to 13450
 * kWh/t in 2023, which is a new edition.
 *
 * <ul>
 *   <li>{@link Method#FLAT}: a fixed amount per kWh, for example "+0.02 元/千瓦时" for a band of 发改价格〔2013〕2530号.
 *   <li>{@link Method#PER_STEP}: an amount per step by which an indicator exceeds a base, for example "每超过20千瓦时，
 *       铝液生产用电量每千瓦时加价0.01元，不足20千瓦时的，按20千瓦时计算": a part step counts as a whole step.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param method how the amount per kWh is computed, not null
 * @param indicator for {@link Method#PER_STEP}, the indicator whose excess over the base is counted in steps
 * @param base for {@link Method#PER_STEP}, the value the steps count from (分档标准), in the indicator's quantity kind
 * @param step for {@link Method#PER_STEP}, the step (每超过…), positive, in the same kind as the base
 * @param yuanPerKwh the amount in yuan per kWh: the whole surcharge for {@link Method#FLAT}, per step for {@link
 *     Method#PER_STEP}; positive, not null
 * @param billedOn the indicator code of the consumption the surcharge is charged on (for example 铝液生产用电量), an
 *     electric energy, not null
 * @param wording the source's wording of the surcharge rule, not null
 * @param latePayment the rule for a surcharge paid late, if the source gives one
 * @param renewableOffset the reduction for non-hydro renewable electricity, if the source gives one
 */
public record Surcharge(
    Method method,
    Optional<String> indicator,
    Optional<Quantity> base,
    Optional<Quantity> step,
    BigDecimal yuanPerKwh,
    String billedOn,
    String wording,
    Optional<LatePayment> latePayment,
    Optional<RenewableOffset> renewableOffset) {

  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the amount or step is not positive, or the per-step parts are missing for
   *     {@link Method#PER_STEP} or present for {@link Method#FLAT}
   */
  public Surcharge {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(yuanPerKwh, "yuanPerKwh");
    Objects.requireNonNull(billedOn, "billedOn");
    Objects.requireNonNull(wording, "wording");
    Objects.requireNonNull(latePayment, "latePayment");
    Objects.requireNonNull(renewableOffset, "renewableOffset");
    if (yuanPerKwh.signum() <= 0) {
      throw new IllegalArgumentException("yuanPerKwh must be positive: " + yuanPerKwh);
    }
    boolean perStep = method == Method.PER_STEP;
    if (perStep != indicator.isPresent() || perStep != base.isPresent() || perStep != step.isPresent()) {
      throw new IllegalArgumentException(perStep
          ? "a per-step surcharge needs its indicator, base and step"
          : "a flat surcharge has no indicator, base or step");
    }
    if (step.isPresent() && step.get().value().signum() <= 0) {
      throw new IllegalArgumentException("step must be positive: " + step.get());
    }
  }

  /** How the amount per kWh is computed. */
  public enum Method {
    /** A fixed amount per kWh (固定加价). */
    FLAT,
    /** An amount per step of excess over a base, a part step counting as a whole one (每超过…加价). */
    PER_STEP
  }

  /**
   * A surcharge still unpaid some days after the grid company's payment notice is charged at a multiple of the rate,
   * for example "对收到电网企业加价电费缴纳通知单90天后仍未缴纳的…应缴纳加价电费按原加价标准的1.5倍执行".
   *
   * @param afterDays the days after the payment notice, positive
   * @param multiplier the multiple of the original rate, greater than one, not null
   * @param wording the source wording, not null
   */
  public record LatePayment(int afterDays, BigDecimal multiplier, String wording) {
    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the days are not positive or the multiplier not above one
     */
    public LatePayment {
      Objects.requireNonNull(multiplier, "multiplier");
      Objects.requireNonNull(wording, "wording");
      if (afterDays <= 0) {
        throw new IllegalArgumentException("afterDays must be positive: " + afterDays);
      }
      if (multiplier.compareTo(BigDecimal.ONE) <= 0) {
        throw new IllegalArgumentException("multiplier must be above one: " + multiplier);
      }
    }
  }

  /**
   * A reduction of the surcharge for non-hydro renewable electricity, for example "非水可再生能源电量在全部用电量中的占比
   * 超过15%，且不小于所在省（自治区、直辖市）上年度非水电消纳责任权重激励值的，占比每增加1个百分点，阶梯电价加价标准相应降低1%".
   * The second condition reads a provincial weight that no bundled catalogue holds, so a share above the threshold
   * is reported for assessment, never applied silently.
   *
   * @param indicator the indicator code of the renewable share, a ratio, not null
   * @param shareAbove the share the unit's share must exceed (超过, exclusive) before any reduction, not null
   * @param wording the source wording, not null
   */
  public record RenewableOffset(String indicator, Quantity shareAbove, String wording) {
    /** @throws NullPointerException if an argument is null */
    public RenewableOffset {
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(shareAbove, "shareAbove");
      Objects.requireNonNull(wording, "wording");
    }
  }
}
