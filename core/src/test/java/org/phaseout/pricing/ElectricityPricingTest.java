package org.phaseout.pricing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.ComplianceReport;
import org.phaseout.InvalidInputException;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.Measurement;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.measure.Quantity;

/** What {@link ElectricityPricing} refuses, with a message that names the unit and the value. */
class ElectricityPricingTest {

  @Test
  void aValueTooLargeToCountInStepsIsRejectedNamingTheUnitAndIndicator() {
    ProductionUnit unit = PricingFixtures.unit("potline", "electrolytic-aluminium-potline", "C3216")
        .putFacts("aluminium.comprehensiveAcExcludesDesulphurisation", FactValue.of(true))
        .putMeasurements("aluminium.liquid-comprehensive-ac-consumption",
            Measurement.of(Quantity.parse("99999999999999 kWh/t")))
        .build();
    ComplianceReport report =
        ComplianceEvaluator.of(PricingFixtures.CATALOGUES).evaluate(unit, LocalDate.of(2025, 6, 30));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> ElectricityPricing.of(PricingFixtures.CATALOGUES).assess(report, List.of(unit)));
    assertTrue(e.getMessage().contains("unit potline")
        && e.getMessage().contains("/measurements/aluminium.liquid-comprehensive-ac-consumption"), e.getMessage());
  }
}
