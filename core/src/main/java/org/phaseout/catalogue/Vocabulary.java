package org.phaseout.catalogue;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.phaseout.capacity.FactValue.FactType;
import org.phaseout.measure.UnitOfMeasure;

/**
 * The shared vocabulary every catalogue entry and every production unit must use (词表): unit kinds, fact attributes,
 * indicators and departments. An id that is not defined here is a load error in a catalogue and an input error in
 * a unit.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Vocabulary {

  private final SortedMap<String, UnitKind> unitKinds;
  private final SortedMap<String, Attribute> attributes;
  private final SortedMap<String, Indicator> indicators;
  private final SortedMap<String, Department> departments;

  private Vocabulary(
      Map<String, UnitKind> unitKinds,
      Map<String, Attribute> attributes,
      Map<String, Indicator> indicators,
      Map<String, Department> departments) {
    this.unitKinds = Collections.unmodifiableSortedMap(new TreeMap<>(unitKinds));
    this.attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
    this.indicators = Collections.unmodifiableSortedMap(new TreeMap<>(indicators));
    this.departments = Collections.unmodifiableSortedMap(new TreeMap<>(departments));
  }

  /**
   * Returns a vocabulary of the given definitions, keyed by their ids.
   *
   * @param unitKinds the unit kinds by id, not null
   * @param attributes the attributes by key, not null
   * @param indicators the indicators by code, not null
   * @param departments the departments by id, not null
   * @return the vocabulary, not null
   * @throws NullPointerException if an argument is null
   */
  public static Vocabulary of(
      Map<String, UnitKind> unitKinds,
      Map<String, Attribute> attributes,
      Map<String, Indicator> indicators,
      Map<String, Department> departments) {
    return new Vocabulary(
        Objects.requireNonNull(unitKinds, "unitKinds"),
        Objects.requireNonNull(attributes, "attributes"),
        Objects.requireNonNull(indicators, "indicators"),
        Objects.requireNonNull(departments, "departments"));
  }

  /** @return the unit kinds by id, in id order */
  public SortedMap<String, UnitKind> unitKinds() {
    return unitKinds;
  }

  /** @return the attributes by key, in key order */
  public SortedMap<String, Attribute> attributes() {
    return attributes;
  }

  /** @return the indicators by code, in code order */
  public SortedMap<String, Indicator> indicators() {
    return indicators;
  }

  /** @return the departments by id, in id order */
  public SortedMap<String, Department> departments() {
    return departments;
  }

  /**
   * Looks up a unit kind.
   *
   * @param id the id, not null
   * @return the kind, or empty if undefined
   */
  public Optional<UnitKind> unitKind(String id) {
    return Optional.ofNullable(unitKinds.get(id));
  }

  /**
   * Looks up an attribute.
   *
   * @param key the key, not null
   * @return the attribute, or empty if undefined
   */
  public Optional<Attribute> attribute(String key) {
    return Optional.ofNullable(attributes.get(key));
  }

  /**
   * Looks up an indicator.
   *
   * @param code the code, not null
   * @return the indicator, or empty if undefined
   */
  public Optional<Indicator> indicator(String code) {
    return Optional.ofNullable(indicators.get(code));
  }

  /**
   * Looks up a department.
   *
   * @param id the id, not null
   * @return the department, or empty if undefined
   */
  public Optional<Department> department(String id) {
    return Optional.ofNullable(departments.get(id));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Vocabulary other
        && unitKinds.equals(other.unitKinds)
        && attributes.equals(other.attributes)
        && indicators.equals(other.indicators)
        && departments.equals(other.departments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unitKinds, attributes, indicators, departments);
  }

  @Override
  public String toString() {
    return "Vocabulary[" + unitKinds.size() + " unit kinds, " + attributes.size() + " attributes, "
        + indicators.size() + " indicators, " + departments.size() + " departments]";
  }

  /**
   * A kind of production unit (产能单元类型), for example {@code coal-fired-boiler} (燃煤锅炉).
   *
   * @param id the id, not null
   * @param name the Chinese and English names, not null
   * @param capacityUnit the unit in which rated capacity must be given, if the kind fixes one; a unit given in a
   *     unit that cannot be converted to it is rejected
   */
  public record UnitKind(String id, LocalizedText name, Optional<UnitOfMeasure> capacityUnit) {
    /** @throws NullPointerException if an argument is null */
    public UnitKind {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(capacityUnit, "capacityUnit");
    }
  }

  /**
   * A fact attribute (属性): its key, type, the unit a quantity must be convertible to, and for text attributes the
   * allowed codes (empty for free text).
   *
   * @param key the key, for example {@code location.industrialPark}, not null
   * @param type the fact type, not null
   * @param unit for quantities, the unit values must be convertible to
   * @param allowedValues for text, the allowed codes; empty means free text
   * @param name the Chinese and English names, not null
   */
  public record Attribute(
      String key, FactType type, Optional<UnitOfMeasure> unit, Set<String> allowedValues, LocalizedText name) {
    /** @throws NullPointerException if an argument is null */
    public Attribute {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(unit, "unit");
      allowedValues = Set.copyOf(allowedValues);
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * A measured indicator (指标), for example 铝液综合交流电耗 in kWh/t.
   *
   * @param code the code, not null
   * @param unit the unit values must be convertible to, not null
   * @param name the Chinese and English names, not null
   */
  public record Indicator(String code, UnitOfMeasure unit, LocalizedText name) {
    /** @throws NullPointerException if an argument is null */
    public Indicator {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * A government department or other responsible body (责任部门), for example 市生态环境局.
   *
   * @param id the id, not null
   * @param name the Chinese and English names, not null
   */
  public record Department(String id, LocalizedText name) {
    /** @throws NullPointerException if an argument is null */
    public Department {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
    }
  }
}
