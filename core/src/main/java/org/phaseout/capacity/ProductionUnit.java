package org.phaseout.capacity;

import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;
import org.phaseout.internal.ValueStyle;
import org.phaseout.measure.Quantity;

/**
 * A production unit (产能单元): one production line, facility or equipment item whose compliance is judged.
 *
 * <p>A unit has a stable id, its {@link Enterprise}, a {@code kind} from the catalogue vocabulary (for example
 * {@code coal-fired-boiler}, {@code electrolytic-aluminium-potline}), and the facts catalogue criteria refer to:
 * rated capacity (额定产能), commissioning date (投产日期), operating status (运行状态), typed facts keyed by
 * vocabulary attribute (location context such as {@code location.industrialPark} among them) and measured indicators
 * keyed by indicator code. Whatever is not reported stays empty and is judged unknown, never compliant.
 *
 * <p>Build with {@link #builder()}; {@code build()} rejects a missing id, enterprise or kind with an
 * {@link IllegalStateException} naming the field. Whether kind, fact keys, indicator codes and units belong to the
 * vocabulary is checked against the loaded catalogues when the unit is evaluated. No accessor returns null.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class ProductionUnit {

  ProductionUnit() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the stable id of the unit, unique within a batch */
  public abstract String id();

  /** @return the enterprise that owns the unit */
  public abstract Enterprise enterprise();

  /** @return the unit kind, an id from the vocabulary (产能单元类型) */
  public abstract String kind();

  /** @return the rated capacity (额定产能或规模), if reported */
  public abstract Optional<Quantity> ratedCapacity();

  /** @return the commissioning date (投产日期), if reported */
  public abstract Optional<LocalDate> commissioned();

  /** @return the operating status (运行状态), if reported */
  public abstract Optional<OperatingStatus> status();

  /** @return unit-level facts keyed by vocabulary attribute, in key order */
  @Value.NaturalOrder
  public abstract SortedMap<String, FactValue> facts();

  /** @return measured indicators keyed by indicator code, in key order */
  @Value.NaturalOrder
  public abstract SortedMap<String, Measurement> measurements();

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new IllegalStateException("production unit id must not be blank");
    }
    if (kind().isBlank()) {
      throw new IllegalStateException("production unit " + id() + ": kind must not be blank");
    }
  }

  /** Builds a {@link ProductionUnit}. Not thread-safe. */
  public static final class Builder extends ImmutableProductionUnit.Builder {
    Builder() {}
  }
}
