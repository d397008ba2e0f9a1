package org.phaseout.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogue.CatalogueFixtures.CHONGQING_2025;
import static org.phaseout.catalogue.CatalogueFixtures.GB_21346_2022;
import static org.phaseout.catalogue.CatalogueFixtures.INDUSTRY_CATALOGUE_2024;
import static org.phaseout.catalogue.CatalogueFixtures.VOCABULARY;
import static org.phaseout.catalogue.CatalogueFixtures.edit;
import static org.phaseout.catalogue.CatalogueFixtures.loaderWith;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaseout.EvaluationFixtures;
import org.phaseout.StatusChange;
import org.phaseout.UnitStatus;
import org.phaseout.capacity.Measurement;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.measure.Quantity;

/** What a catalogue update changes: entries added, removed and changed, editions, and unit statuses. */
class CatalogueDiffTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  @Test
  void anIdenticalSnapshotHasNoDifference() throws Exception {
    CatalogueSet a = loaderWith(VOCABULARY, CHONGQING_2025, GB_21346_2022).load();
    CatalogueSet b = loaderWith(VOCABULARY, GB_21346_2022, CHONGQING_2025).load();
    assertTrue(CatalogueDiff.between(a, b, AS_OF).isEmpty());
  }

  @Test
  void reportsEntriesAddedRemovedAndChangedAndEditionsThatDiffer() throws Exception {
    CatalogueSet before = loaderWith(VOCABULARY, CHONGQING_2025, GB_21346_2022).load();
    byte[] corrected = edit(CHONGQING_2025).setText("/entries/1/provenance/note", "checked again (test)").bytes();
    CatalogueSet after = loaderWith(VOCABULARY, INDUSTRY_CATALOGUE_2024).addJson(CHONGQING_2025, corrected).load();
    CatalogueDiff diff = CatalogueDiff.between(before, after, AS_OF);
    assertEquals(List.of("cq-2025.environment.coal-boiler-10th"), diff.changed());
    assertTrue(diff.removed().contains("gb21346-2022.aluminium.liquid-ac.grade3"));
    assertTrue(diff.added().contains("cn-isac-2024.eliminated.coal-boiler-10th"));
    assertEquals(List.of("gb-21346@2022", "not loaded"), diff.editions().get("gb-21346"));
    assertEquals(List.of("not loaded", "cn-industry-structure-adjustment-eliminated@2024"),
        diff.editions().get("cn-industry-structure-adjustment-eliminated"));
  }

  @Test
  void tellsWhichUnitsAnUpdateWouldChange() throws Exception {
    CatalogueSet before = loaderWith(VOCABULARY, CHONGQING_2025, GB_21346_2022).load();
    CatalogueSet after = loaderWith(VOCABULARY, CHONGQING_2025).load();
    ProductionUnit potline = EvaluationFixtures.potline("p-1")
        .putMeasurements("aluminium.liquid-ac-consumption", Measurement.of(Quantity.parse("13400 kWh/t"))).build();
    ProductionUnit boiler = EvaluationFixtures.coalBoiler("b-1", "6 t/h").build();
    assertEquals(List.of(new StatusChange("p-1", UnitStatus.RECTIFICATION_REQUIRED, UnitStatus.NOT_COVERED)),
        StatusChange.between(List.of(potline, boiler), before, after, AS_OF));
  }
}
