package org.phaseout.capacity;

import java.util.SortedMap;
import org.immutables.value.Value;
import org.phaseout.internal.ValueStyle;

/**
 * An enterprise (企业): the legal person that owns production units.
 *
 * <p>Identified by its unified social credit code (统一社会信用代码). Besides name, administrative division
 * (行政区划) and industry (国民经济行业分类), it carries the enterprise-level facts rules need, keyed by vocabulary
 * attribute: for example {@code enterprise.employeeCount}, {@code enterprise.safetyMonitoringConnected},
 * {@code enterprise.emissionPermit}. Facts are held in key order, so iteration is deterministic.
 *
 * <p>Build with {@link #builder()}; {@code build()} rejects a missing credit code, name, division or industry with
 * an {@link IllegalStateException} naming the field. No accessor returns null.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Enterprise {

  Enterprise() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the unified social credit code (统一社会信用代码) */
  public abstract CreditCode creditCode();

  /** @return the registered name (企业名称) */
  public abstract String name();

  /** @return the administrative division where the enterprise operates (所在行政区划, GB/T 2260) */
  public abstract DivisionCode division();

  /** @return the industry (国民经济行业分类, GB/T 4754-2017) */
  public abstract IndustryCode industry();

  /** @return enterprise-level facts keyed by vocabulary attribute, in key order */
  @Value.NaturalOrder
  public abstract SortedMap<String, FactValue> facts();

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalStateException("enterprise " + creditCode() + ": name must not be blank");
    }
  }

  /** Builds an {@link Enterprise}. Not thread-safe. */
  public static final class Builder extends ImmutableEnterprise.Builder {
    Builder() {}
  }
}
