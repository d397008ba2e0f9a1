package org.phaseout.internal.json;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.phaseout.catalogue.Surcharge;
import org.phaseout.catalogue.Vocabulary;
import org.phaseout.measure.Quantity;
import org.phaseout.measure.QuantityKind;

/** Reads the {@code surcharge} of a price-measure consequence against a vocabulary. */
final class SurchargeJson {

  private final Vocabulary vocabulary;

  SurchargeJson(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * Reads a surcharge.
   *
   * @param c the surcharge object
   * @return the surcharge, or null after reporting
   */
  Surcharge read(Cursor c) {
    if (!c.expectObject(Set.of("method", "indicator", "base", "step", "yuanPerKwh", "billedOn", "wording",
        "latePayment", "renewableOffset"))) {
      return null;
    }
    int before = c.problems().count();
    Cursor m = c.required("method");
    Surcharge.Method method = m == null ? null : m.asEnum(Surcharge.Method.class);
    Optional<String> indicator = Optional.empty();
    Optional<Quantity> base = Optional.empty();
    Optional<Quantity> step = Optional.empty();
    if (method == Surcharge.Method.PER_STEP) {
      Cursor i = c.required("indicator");
      Vocabulary.Indicator defined = i == null ? null : indicator(i, null);
      indicator = Optional.ofNullable(defined).map(Vocabulary.Indicator::code);
      base = Optional.ofNullable(quantity(c.required("base"), defined));
      step = Optional.ofNullable(quantity(c.required("step"), defined));
      step.filter(s -> s.value().signum() <= 0)
          .ifPresent(s -> c.problem("step", "expected a positive step but found " + s));
    } else if (method == Surcharge.Method.FLAT) {
      for (String field : new String[] {"indicator", "base", "step"}) {
        if (c.has(field)) {
          c.problem(field, "a flat surcharge has no '" + field + "'; only method 'per-step' counts steps");
        }
      }
    }
    BigDecimal yuanPerKwh = positive(c.required("yuanPerKwh"));
    Cursor b = c.required("billedOn");
    Vocabulary.Indicator billedOn = b == null ? null : indicator(b, QuantityKind.ELECTRIC_ENERGY);
    String wording = c.text("wording");
    Optional<Surcharge.LatePayment> latePayment = Optional.empty();
    Cursor late = c.optional("latePayment");
    if (late != null) {
      latePayment = Optional.ofNullable(latePayment(late));
    }
    Optional<Surcharge.RenewableOffset> offset = Optional.empty();
    Cursor renewable = c.optional("renewableOffset");
    if (renewable != null) {
      offset = Optional.ofNullable(renewableOffset(renewable));
    }
    if (method == null || yuanPerKwh == null || billedOn == null || wording == null
        || c.problems().count() > before) {
      return null;
    }
    return new Surcharge(method, indicator, base, step, yuanPerKwh, billedOn.code(), wording, latePayment, offset);
  }

  private Surcharge.LatePayment latePayment(Cursor c) {
    if (!c.expectObject(Set.of("afterDays", "multiplier", "wording"))) {
      return null;
    }
    int before = c.problems().count();
    Cursor d = c.required("afterDays");
    Integer days = d == null ? null : d.asInt();
    if (days != null && days <= 0) {
      d.problem("expected a positive number of days but found " + days);
    }
    Cursor m = c.required("multiplier");
    BigDecimal multiplier = m == null ? null : m.asDecimal();
    if (multiplier != null && multiplier.compareTo(BigDecimal.ONE) <= 0) {
      m.problem("expected a multiplier above 1 but found " + multiplier.toPlainString());
    }
    String wording = c.text("wording");
    if (days == null || multiplier == null || wording == null || c.problems().count() > before) {
      return null;
    }
    return new Surcharge.LatePayment(days, multiplier, wording);
  }

  private Surcharge.RenewableOffset renewableOffset(Cursor c) {
    if (!c.expectObject(Set.of("indicator", "shareAbove", "wording"))) {
      return null;
    }
    int before = c.problems().count();
    Cursor i = c.required("indicator");
    Vocabulary.Indicator indicator = i == null ? null : indicator(i, QuantityKind.RATIO);
    Quantity share = quantity(c.required("shareAbove"), indicator);
    String wording = c.text("wording");
    if (indicator == null || share == null || wording == null || c.problems().count() > before) {
      return null;
    }
    return new Surcharge.RenewableOffset(indicator.code(), share, wording);
  }

  private Vocabulary.Indicator indicator(Cursor c, QuantityKind expected) {
    String code = c.asText();
    if (code == null) {
      return null;
    }
    Optional<Vocabulary.Indicator> found = vocabulary.indicator(code);
    if (found.isEmpty()) {
      c.problem("unknown indicator '" + code + "': it is not defined in the vocabulary");
      return null;
    }
    if (expected != null && found.get().unit().quantityKind() != expected) {
      c.problem("expected an indicator measured as " + expected.name().toLowerCase(Locale.ROOT)
          .replace('_', ' ') + " but '" + code + "' is measured in " + found.get().unit());
      return null;
    }
    return found.get();
  }

  private static Quantity quantity(Cursor c, Vocabulary.Indicator indicator) {
    if (c == null) {
      return null;
    }
    Quantity q = c.asQuantity();
    if (q != null && indicator != null && !q.unit().isConvertibleTo(indicator.unit())) {
      c.problem("unit '" + q.unit() + "' cannot be compared with '" + indicator.unit() + "', the unit of '"
          + indicator.code() + "'");
      return null;
    }
    return q;
  }

  private static BigDecimal positive(Cursor c) {
    BigDecimal d = c == null ? null : c.asDecimal();
    if (d != null && d.signum() <= 0) {
      c.problem("expected a positive amount in yuan per kWh but found " + d.toPlainString());
      return null;
    }
    return d;
  }
}
