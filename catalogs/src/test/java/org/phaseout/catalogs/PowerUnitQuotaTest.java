package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.assertManual;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.g;

import org.junit.jupiter.api.Test;

/**
 * The energy-quota standards of generating units (发电机组): coal-fired units (燃煤发电机组, GB 21258-2024) and
 * combined-cycle gas units (燃气-蒸汽联合循环发电机组, GB 45247-2025), every row manual, with the flagged 2级 values and
 * the merged-cell flag kept as the reference (shared/reference/04) keeps them.
 */
class PowerUnitQuotaTest {

  @Test
  void gb21258CoalUnitsAreManualAndKeepTheFlaggedGrade2Values() {
    // GB 21258-2024 表1 (p.8), reference 04 §7.1
    String[][] rows = {
        {"ultra-supercritical-1000mw", "超超临界 1000 MW", "268,276,283", "40,40.5,42"},
        {"ultra-supercritical-600mw", "超超临界 600 MW", "275,282,291", "40,40.5,42"},
        {"supercritical-600mw", "超临界 600 MW", "286,285,299", "40,40.5,42"},
        {"supercritical-300mw", "超临界 300 MW", "290,285,308", "40,40.5,42"},
        {"subcritical-600mw", "亚临界 600 MW", "303,285,312", "40,40.5,42.5"},
        {"subcritical-300mw", "亚临界 300 MW", "309,285,321", "40,40.5,42.5"}};
    for (String[] r : rows) {
      String id = "gb21258-2024." + r[0] + ".grade3";
      assertManual(id, r[1] + " 供电煤耗率（gce/(kW·h)）：" + g(r[2]) + "；供热煤耗率（kgce/GJ）：" + g(r[3]));
      boolean flagged = r[2].contains(",285,");
      assertEquals(flagged, entry(id).provenance().note().orElseThrow()
          .contains("non_monotonic_source_values_preserved"), id + ": the 2级 flag is kept exactly where 2级 < 1级");
    }
    assertManual("gb21258-2024.ultra-high-pressure-200mw-and-below.grade3",
        "超高压 200 MW及以下 供电煤耗率（gce/(kW·h)）：1级 —，2级 —，3级 352；供热煤耗率：（无此行）");
    assertEquals(7, edition("gb-21258@2024").entries().size());
    assertTrue(edition("gb-21258@2024").source().note().orElseThrow().contains("2级 column is UNVERIFIED"));
  }

  @Test
  void gb45247CombinedCycleUnitsAreManualAndKeepTheMergedCellFlag() {
    // GB 45247-2025 表1 (p.6), reference 04 §7.2
    String[][] rows = {
        {"h-class-500mw", "H级 500 MW", "201,210,215"}, {"f-class-400mw", "F级 400 MW", "203,215,223"},
        {"f-class-300mw", "F级 300 MW", "206,219,227"}, {"f-class-100mw", "F级 100 MW", "220,232,241"},
        {"e-class-100mw", "E级 100 MW", "232,245,259"}};
    for (String[] r : rows) {
      String id = "gb45247-2025." + r[0] + ".grade3";
      assertManual(id, r[1] + " 供电煤耗率（gce/(kW·h)）：" + g(r[2]) + "；供热煤耗率（kgce/GJ）：" + g("38,38.5,39"));
      assertTrue(entry(id).provenance().note().orElseThrow().contains("热耗率合并单元格候选"), id + " keeps the flag");
    }
    assertEquals(5, edition("gb-45247@2025").entries().size());
  }
}
