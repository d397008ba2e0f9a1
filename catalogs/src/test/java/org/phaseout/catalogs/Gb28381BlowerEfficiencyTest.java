package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.EfficiencyStandardProbe.assertInForceFromItsFirstDayOnly;
import static org.phaseout.catalogs.EfficiencyStandardProbe.assertNoFinding;
import static org.phaseout.catalogs.EfficiencyStandardProbe.ids;
import static org.phaseout.catalogs.EfficiencyStandardProbe.limit;
import static org.phaseout.catalogs.EfficiencyStandardProbe.lowerLimits;
import static org.phaseout.catalogs.EfficiencyStandardProbe.onlyValue;
import static org.phaseout.catalogs.EfficiencyStandardProbe.quantityOf;
import static org.phaseout.catalogs.EfficiencyStandardProbe.verdict;
import static org.phaseout.catalogs.EfficiencyStandardProbe.with;
import static org.phaseout.catalogs.EfficiencyStandardProbe.without;
import static org.phaseout.catalogs.UnitProbe.plus;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.phaseout.Verdict;
import org.phaseout.catalogue.Action;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.VerificationLevel;
import org.phaseout.measure.Quantity;

/**
 * The energy-efficiency standard of centrifugal blowers (离心鼓风机能效限定值及节能评价值, GB 28381-2012, the four tables
 * of limits) as shipped: in force from its first day, one entry per row with the consequence of GB 18613, a row pinned
 * to its source and a suspicious cell encoded as sourced and flagged, and every row evaluated end to end on fictitious
 * Chongqing blowers below, at and above its limit and outside its bands.
 */
class Gb28381BlowerEfficiencyTest {

  /** A d2 inside each column band as the repository writes it: <300, 301~400, 401~600, 601~800, >801 mm. */
  private static final List<String> D2_IN_BAND = List.of("250 mm", "301 mm", "600 mm", "700 mm", "802 mm");

  /** A blower of the entry's type, stage count and b2/d2 band, with this impeller diameter and efficiency. */
  private static Map<String, Object> blower(String entryId, String d2, Object efficiency) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("blower.gb28381Type", onlyValue(entryId, "blower.gb28381Type"));
    String[] parts = entryId.split("\\.");
    if (parts[2].startsWith("stages-")) {
      m.put("blower.stages", Quantity.parse(parts[2].substring("stages-".length()).split("-")[0] + " 1"));
    }
    String band = entryId.replaceAll(".*\\.b2d2-", "").replace(".limit", "");
    String inBand = band.startsWith("lt") ? "0.010" : band.startsWith("gt") ? "0.1" : band.split("-")[0];
    m.put("blower.impellerWidthRatio", Quantity.parse(inBand + " 1"));
    m.put("blower.impellerDiameter", Quantity.parse(d2));
    m.put("blower.threeDimensionalImpeller", false);
    m.put("blower.overhung", false);
    if (efficiency != null) {
      m.put("blower.polytropic-efficiency", quantityOf(efficiency));
    }
    return m;
  }

  private static List<Quantity> blowerLimits(String entryId) {
    List<Quantity> limits = lowerLimits(entryId, "blower.polytropic-efficiency");
    assertEquals(5, limits.size(), entryId + ": one limit per impeller-diameter column");
    return limits;
  }

  @Test
  void gb28381IsInForceFrom1September2012AsTheRepositoryManifestDatesItAndNotTheDayBefore() {
    String id = "gb28381-2012.t1.b2d2-lt0.020.limit";
    assertInForceFromItsFirstDayOnly("gb-28381@2012", "GB 28381-2012", LocalDate.of(2012, 9, 1), 48,
        "Not encoded: 表5 onwards (节能评价值)", id, blower(id, "250 mm", "50.9 %"));
  }

  @Test
  void gb28381HasOneEntryPerRowOfItsFourTablesOfLimitsWithTheConsequenceOfGb18613() {
    for (CatalogueEntry x : edition("gb-28381@2012").entries()) {
      assertEquals(Action.ELIMINATE, x.consequence().action(), x.id());
      assertEquals(List.of("cq.development-reform", "cq.economy-it"), x.departments().get(0).lead(), x.id());
      assertEquals(VerificationLevel.UNVERIFIED, x.provenance().verification(), x.id());
      assertEquals(Set.of("blower"), Set.copyOf(x.applicability().unitKinds()), x.id());
      assertTrue(x.assumes().isPresent(), x.id() + ": the raised limits of special impellers are assumed away");
    }
  }

  @Test
  void gb28381SingleStageLowSpeedNarrowestRowIsPinnedToReference05() {
    // reference 05 §9 表1 b2/d2 <0.020: 51.0 52.5 53.5 55.0 54.0 for d2 <300 … >801 mm
    List<Quantity> limits = blowerLimits("gb28381-2012.t1.b2d2-lt0.020.limit");
    List<String> expected = List.of("51.0", "52.5", "53.5", "55.0", "54.0");
    for (int i = 0; i < 5; i++) {
      assertTrue(limits.get(i).isEqualTo(Quantity.parse(expected.get(i) + " %")), "column " + i);
    }
  }

  @Test
  void gb28381SuspiciousCellOfTable4IsEncodedAsSourcedAndFlagged() {
    // reference 05 §9: 表4 3~4级 >0.091 d2<300 = 68.0, a possible repository typo (UNVERIFIED)
    String id = "gb28381-2012.t4.stages-3-4.b2d2-gt0.091.limit";
    List<Quantity> limits = blowerLimits(id);
    assertTrue(limits.get(0).isEqualTo(Quantity.parse("68.0 %")));
    assertTrue(limits.get(4).isEqualTo(Quantity.parse("71.0 %")));
    assertTrue(entry(id).provenance().note().orElseThrow().contains("possible repository typo"));
  }

  @Test
  void everyGb28381RowFailsAnEfficiencyBelowItsLimitAndIsMetAtAndAboveIt() {
    for (String id : ids("gb-28381@2012")) {
      List<Quantity> limits = blowerLimits(id);
      for (int i = 0; i < 5; i++) {
        String d2 = D2_IN_BAND.get(i);
        Quantity limit = limits.get(i);
        assertEquals(Verdict.NON_COMPLIANT, verdict(id, blower(id, d2, plus(limit, "-0.1"))), id + " d2 " + d2);
        assertEquals(Verdict.COMPLIANT, verdict(id, blower(id, d2, limit)), id + " d2 " + d2 + " at the limit");
        assertEquals(Verdict.COMPLIANT, verdict(id, blower(id, d2, plus(limit, "0.1"))), id + " d2 " + d2);
        assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, blower(id, d2, null)), id + " without the efficiency");
      }
    }
  }

  @Test
  void aGb28381RowGivesNoVerdictForARaisedLimitAndNoFindingOutsideItsBands() {
    for (String id : ids("gb-28381@2012")) {
      Map<String, Object> passing = blower(id, "250 mm", "99 %");
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, with(passing, "blower.threeDimensionalImpeller", true)),
          id + ": a three-dimensional-flow impeller has a raised limit the entry does not encode");
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, without(passing, "blower.threeDimensionalImpeller")), id);
      assertNoFinding(id, with(passing, "blower.gb28381Type", "other"), "another type of blower");
      assertNoFinding(id, with(passing, "blower.impellerDiameter", "300 mm"), "d2 between the bands <300 and 301~400");
      assertNoFinding(id, with(passing, "blower.impellerWidthRatio", "0.0205 1"), "b2/d2 between two bands");
    }
    String single = "gb28381-2012.t3.b2d2-0.051-0.060.limit";
    assertEquals(Verdict.INSUFFICIENT_DATA,
        verdict(single, with(blower(single, "700 mm", "99 %"), "blower.overhung", true)),
        "an overhung single-stage machine has a raised limit");
    String multi = "gb28381-2012.t2.stages-4-6.b2d2-0.021-0.030.limit";
    assertNoFinding(multi, with(blower(multi, "700 mm", "40 %"), "blower.stages", "3 1"), "3 stages are another row");
  }
}
