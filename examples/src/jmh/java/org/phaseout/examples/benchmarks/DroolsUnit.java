package org.phaseout.examples.benchmarks;

/**
 * A rule-spec unit as a Drools fact: the fields of {@link RuleSpecUnits.SpecUnit} behind JavaBean getters, in a
 * public class, because Drools reads facts through the getters from the classes it generates in its own class loader.
 */
public final class DroolsUnit {

  private final String id;
  private final String kind;
  private final double capacity;
  private final boolean inBuiltUpArea;
  private final boolean inIndustrialPark;
  private final boolean inHeatNetwork;
  private final Double indicator;
  private final String model;

  DroolsUnit(RuleSpecUnits.SpecUnit u) {
    id = u.id();
    kind = u.kind();
    capacity = u.capacity();
    inBuiltUpArea = u.inBuiltUpArea();
    inIndustrialPark = u.inIndustrialPark();
    inHeatNetwork = u.inHeatNetwork();
    indicator = u.indicator();
    model = u.model();
  }

  public String getId() {
    return id;
  }

  public String getKind() {
    return kind;
  }

  public double getCapacity() {
    return capacity;
  }

  public boolean isInBuiltUpArea() {
    return inBuiltUpArea;
  }

  public boolean isInIndustrialPark() {
    return inIndustrialPark;
  }

  public boolean isInHeatNetwork() {
    return inHeatNetwork;
  }

  /** Energy per unit product, or null when missing. */
  public Double getIndicator() {
    return indicator;
  }

  /** The series name for motors and pumps, otherwise null. */
  public String getModel() {
    return model;
  }
}
