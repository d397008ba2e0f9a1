package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.SafetyCatalogueProbe.AS_OF;
import static org.phaseout.catalogs.SafetyCatalogueProbe.QIJIANG_MINE;
import static org.phaseout.catalogs.SafetyCatalogueProbe.finding;
import static org.phaseout.catalogs.SafetyCatalogueProbe.mine;
import static org.phaseout.catalogs.SafetyCatalogueProbe.with;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.measure.Quantity;

/**
 * 《金属非金属矿山禁止使用的设备及工艺目录》 batches 1 (2013) and 2 (安监总管一〔2015〕13号), evaluated end to end on a
 * fictitious Qijiang mine: hoists, winches, cages and locomotives underground, and blasting, undercutting, loading,
 * drilling and haulage practices in open pits and underground, each with its time limit.
 */
class MetalNonMetalMineProhibitedEquipmentTest {

  private static final Map<String, Object> UNDERGROUND_MNM =
      Map.of("mining.mineCategory", "metal-non-metal", "mining.mineType", "underground");

  @Test
  void oldHoistSeriesAreProhibitedInUndergroundMetalAndNonMetalMines() {
    String kj = "cn-mnm-mine-2013.kj-mine-hoist";
    Finding f = finding(kj, QIJIANG_MINE, "mine-hoist", with(UNDERGROUND_MNM, "mine-hoist.series", "KJ", "capacity", "250 kW"));
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertEquals(Optional.empty(), f.deadline(), "the time limit runs from publication and is shown as wording");
    assertTrue(f.deadlineRule().contains("一年后"));
    assertEquals("一、（四）3 务实推动非煤矿山行业大规模设备更新（市应急管理局负责，各区县政府具体落实）",
        f.departments().basis().orElseThrow().substring(f.departments().basis().orElseThrow().indexOf("一、")));
    assertEquals(Verdict.NON_COMPLIANT, mine("cn-mnm-mine-2013.jka-mine-hoist", "mine-hoist",
        with(UNDERGROUND_MNM, "mine-hoist.series", "JKA")));
    assertEquals(Verdict.NON_COMPLIANT, mine("cn-mnm-mine-2013.xkt-mine-hoist", "mine-hoist",
        with(UNDERGROUND_MNM, "mine-hoist.series", "XKT")));
    assertEquals(Verdict.COMPLIANT, mine(kj, "mine-hoist", with(UNDERGROUND_MNM, "mine-hoist.series", "other")));
    assertEquals(Verdict.COMPLIANT, mine(kj, "mine-hoist", Map.of("mining.mineCategory", "metal-non-metal",
        "mining.mineType", "open-pit", "mine-hoist.series", "KJ")), "the first batch covers underground mines");
    assertEquals(Verdict.COMPLIANT, mine(kj, "mine-hoist", Map.of("mining.mineCategory", "coal",
        "mining.mineType", "underground", "mine-hoist.series", "KJ")), "not a metal or non-metal mine");
    assertEquals(Verdict.INSUFFICIENT_DATA, mine(kj, "mine-hoist", UNDERGROUND_MNM));
  }

  @Test
  void personWinchesAreProhibitedOnlyBelowPhi1Point2Metres() {
    String id = "cn-mnm-mine-2013.person-winch-below-1.2m";
    Map<String, Object> winch = with(UNDERGROUND_MNM, "mine-hoist.type", "winch", "mine-hoist.usedForPersons", true);
    assertEquals(Verdict.NON_COMPLIANT, mine(id, "mine-hoist", with(winch, "mine-hoist.diameter", Quantity.parse("1.19 m"))));
    assertEquals(Verdict.COMPLIANT, mine(id, "mine-hoist", with(winch, "mine-hoist.diameter", Quantity.parse("1.2 m"))),
        "不含Φ1.2米");
    assertEquals(Verdict.COMPLIANT, mine(id, "mine-hoist", with(UNDERGROUND_MNM, "mine-hoist.type", "winch",
        "mine-hoist.usedForPersons", false, "mine-hoist.diameter", Quantity.parse("1 m"))), "hoisting ore only");
    assertEquals(Verdict.INSUFFICIENT_DATA, mine(id, "mine-hoist", winch));
  }

  @Test
  void jtkAndBandBrakeWinchesAreBarredFromMainHoistingOnly() {
    String jtk = "cn-mnm-mine-2013.jtk-winch-main-hoisting";
    assertEquals(Verdict.NON_COMPLIANT, mine(jtk, "mine-hoist",
        with(UNDERGROUND_MNM, "mine-hoist.series", "JTK", "mine-hoist.mainHoisting", true)));
    assertEquals(Verdict.COMPLIANT, mine(jtk, "mine-hoist",
        with(UNDERGROUND_MNM, "mine-hoist.series", "JTK", "mine-hoist.mainHoisting", false)));
    String band = "cn-mnm-mine-2013.band-brake-winch-main-hoisting";
    Map<String, Object> bandWinch = with(UNDERGROUND_MNM, "mine-hoist.type", "winch", "mine-hoist.bandBrake", true);
    Finding f = finding(band, QIJIANG_MINE, "mine-hoist", with(bandWinch, "mine-hoist.mainHoisting", true));
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertEquals(Optional.of(AS_OF), f.deadline(), "自发布之日起立即禁止用于主提升");
    assertEquals(Verdict.COMPLIANT, mine(band, "mine-hoist", with(bandWinch, "mine-hoist.mainHoisting", false)));
    assertEquals(Verdict.INSUFFICIENT_DATA, mine(band, "mine-hoist", bandWinch));
  }

  @Test
  void nonStandardShaftCagesAreProhibited() {
    String id = "cn-mnm-mine-2013.non-standard-shaft-cage";
    assertEquals(Verdict.NON_COMPLIANT, mine(id, "mine-shaft-cage", with(UNDERGROUND_MNM, "mine-shaft-cage.standardized", false)));
    assertEquals(Verdict.COMPLIANT, mine(id, "mine-shaft-cage", with(UNDERGROUND_MNM, "mine-shaft-cage.standardized", true)));
    assertEquals(Verdict.INSUFFICIENT_DATA, mine(id, "mine-shaft-cage", UNDERGROUND_MNM));
  }

  @Test
  void openCabDirectCurrentTrolleyLocomotivesOf3TonnesOrBelowAreProhibited() {
    String id = "cn-mnm-mine-2013.open-cab-dc-trolley-locomotive-3t";
    Map<String, Object> open = with(UNDERGROUND_MNM, "mine-locomotive.singleMotorDrive", true, "mine-locomotive.openCab", true,
        "mine-locomotive.dcTrolley", true);
    Finding atLimit = finding(id, QIJIANG_MINE, "mine-electric-locomotive", with(open, "capacity", "3 t"));
    assertEquals(Verdict.NON_COMPLIANT, atLimit.verdict(), "及以下 includes 3 t");
    assertEquals(Optional.empty(), atLimit.deadline(), "the item's time limit is cut in the source");
    assertEquals(Verdict.COMPLIANT, mine(id, "mine-electric-locomotive", with(open, "capacity", "3.01 t")));
    assertEquals(Verdict.COMPLIANT, mine(id, "mine-electric-locomotive",
        with(open, "mine-locomotive.openCab", false, "capacity", "1.5 t")), "a closed cab");
    assertEquals(Verdict.INSUFFICIENT_DATA, mine(id, "mine-electric-locomotive", open));
  }

  private static final Map<String, Object> OPEN_PIT_MNM =
      Map.of("mining.mineCategory", "metal-non-metal", "mining.mineType", "open-pit");

  @Test
  void openPitBlastingPracticesAreProhibitedAtOnce() {
    String chamber = "cn-mnm-mine-2015.chamber-blasting.open-pit";
    Finding f = finding(chamber, QIJIANG_MINE, "mine", with(OPEN_PIT_MNM, "mining.chamberBlasting", true, "capacity", "30 10^4 t/a"));
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertEquals(Optional.of(AS_OF), f.deadline());
    assertEquals(Verdict.COMPLIANT, mine(chamber, "mine", with(OPEN_PIT_MNM, "mining.chamberBlasting", false)));
    assertEquals(Verdict.COMPLIANT, mine(chamber, "mine", with(UNDERGROUND_MNM, "mining.chamberBlasting", true)),
        "the item is for open-pit mines");
    String boulders = "cn-mnm-mine-2015.secondary-blasting-of-boulders.open-pit";
    assertEquals(Verdict.NON_COMPLIANT, mine(boulders, "mine", with(OPEN_PIT_MNM, "mining.secondaryBreakingByBlasting", true)));
    assertEquals(Verdict.INSUFFICIENT_DATA, mine(boulders, "mine", OPEN_PIT_MNM));
  }

  @Test
  void anyOfTheThreeUndercutPracticesFallsUnderItem2() {
    String id = "cn-mnm-mine-2015.undercut-and-single-wall-mining.open-pit";
    assertEquals(Verdict.NON_COMPLIANT, mine(id, "mine", with(OPEN_PIT_MNM, "mining.unbenchedSingleWall", true)));
    assertEquals(Verdict.COMPLIANT, mine(id, "mine", with(OPEN_PIT_MNM, "mining.undercutCaving", false,
        "mining.undercutDigging", false, "mining.unbenchedSingleWall", false)));
    assertEquals(Verdict.INSUFFICIENT_DATA, mine(id, "mine", with(OPEN_PIT_MNM, "mining.undercutCaving", false,
        "mining.undercutDigging", false)), "the third practice is not reported");
  }

  @Test
  void manualLoadingHasOneTimeLimitForOpenPitAndAnotherUnderground() {
    String open = "cn-mnm-mine-2015.manual-loading-in-centralized-loading.open-pit";
    String under = "cn-mnm-mine-2015.manual-loading-in-centralized-loading.underground";
    Map<String, Object> openPit = with(OPEN_PIT_MNM, "mining.manualLoadingInCentralizedLoading", true);
    Map<String, Object> underground = with(UNDERGROUND_MNM, "mining.manualLoadingInCentralizedLoading", true);
    assertEquals(Optional.of(AS_OF), finding(open, QIJIANG_MINE, "mine", openPit).deadline(), "露天: 立即");
    assertEquals(Verdict.COMPLIANT, mine(under, "mine", openPit));
    Finding u = finding(under, QIJIANG_MINE, "mine", underground);
    assertEquals(Verdict.NON_COMPLIANT, u.verdict());
    assertTrue(u.deadlineRule().contains("一年半后"), "地下: 一年半后");
    assertEquals(Verdict.COMPLIANT, mine(open, "mine", underground));
  }

  @Test
  void dryDrillingWithoutADustCatcherAndDrillsWithoutStabilizers() {
    String under = "cn-mnm-mine-2015.dry-drilling-without-dust-catcher.underground";
    String open = "cn-mnm-mine-2015.dry-drilling-without-dust-catcher.open-pit";
    Map<String, Object> dry = Map.of("rock-drill.dryDrilling", true, "rock-drill.dustCatcher", false);
    assertEquals(Verdict.NON_COMPLIANT, mine(under, "rock-drill", with(UNDERGROUND_MNM, "rock-drill.dryDrilling", true,
        "rock-drill.dustCatcher", false)));
    assertEquals(Verdict.NON_COMPLIANT, mine(open, "rock-drill", with(OPEN_PIT_MNM, "rock-drill.dryDrilling", true,
        "rock-drill.dustCatcher", false)));
    assertEquals(Verdict.COMPLIANT, mine(under, "rock-drill", with(UNDERGROUND_MNM, "rock-drill.dryDrilling", true,
        "rock-drill.dustCatcher", true)));
    assertEquals(Verdict.INSUFFICIENT_DATA, mine(under, "rock-drill", dry), "mine category and type not reported");
    String stabilizer = "cn-mnm-mine-2015.medium-deep-hole-drill-without-stabilizer.open-pit";
    assertEquals(Verdict.NON_COMPLIANT, mine(stabilizer, "rock-drill", with(OPEN_PIT_MNM, "rock-drill.mediumDeepHole", true,
        "rock-drill.pressureStabilizer", false)));
    assertEquals(Verdict.COMPLIANT, mine(stabilizer, "rock-drill", with(OPEN_PIT_MNM, "rock-drill.mediumDeepHole", true,
        "rock-drill.pressureStabilizer", true)));
  }

  @Test
  void manualHaulageAndDryBrakesOnDedicatedVehicles() {
    String haulage = "cn-mnm-mine-2015.manual-or-animal-haulage";
    assertEquals(Verdict.NON_COMPLIANT, mine(haulage, "mine", with(UNDERGROUND_MNM, "mining.manualOrAnimalHaulage", true)));
    assertEquals(Verdict.NON_COMPLIANT, mine(haulage, "mine", with(OPEN_PIT_MNM, "mining.manualOrAnimalHaulage", true)),
        "地下及露天");
    assertEquals(Verdict.COMPLIANT, mine(haulage, "mine", with(OPEN_PIT_MNM, "mining.manualOrAnimalHaulage", false)));
    String brake = "cn-mnm-mine-2015.dry-brake-dedicated-trackless-vehicle.underground";
    Map<String, Object> explosivesVan = with(UNDERGROUND_MNM, "trackless-vehicle.dedicatedToPersonsExplosivesOrFuel", true);
    assertEquals(Verdict.NON_COMPLIANT, mine(brake, "trackless-rubber-tyred-vehicle",
        with(explosivesVan, "trackless-vehicle.dryBrake", true)));
    assertEquals(Verdict.COMPLIANT, mine(brake, "trackless-rubber-tyred-vehicle",
        with(explosivesVan, "trackless-vehicle.dryBrake", false)));
    assertEquals(Verdict.INSUFFICIENT_DATA, mine(brake, "trackless-rubber-tyred-vehicle", explosivesVan));
  }

  @Test
  void hoistElectricControlsNeedAPersonBecauseTheItemIsCut() {
    assertEquals(Verdict.INSUFFICIENT_DATA, mine("cn-mnm-mine-2015.tkd-relay-hoist-electric-control", "mine-hoist",
        with(UNDERGROUND_MNM, "mine-hoist.series", "other")));
  }
}
