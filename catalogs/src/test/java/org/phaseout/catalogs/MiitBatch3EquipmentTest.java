package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.AS_OF;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.and;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.assertDateLimit;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.assertNoFinding;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.comparisons;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.finding;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.fixedDeadline;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.members;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.model;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.motor;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.series;
import static org.phaseout.catalogs.EliminatedEquipmentProbe.verdict;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.catalogue.DeadlineRule;

/**
 * Batch 3 of the MIIT 《高耗能落后机电设备（产品）淘汰目录》 (第三批) as shipped: dated from its announcement, the 300
 * motors and 37 fans it counts, its date conditions and deadlines, and listed motors and fans evaluated end to end on
 * fictitious Chongqing units by their year of manufacture.
 */
class MiitBatch3EquipmentTest {

  /** The suffixes of the 71 models the batch-3 rows 1-2, 1-3, 1-4 and 1-5 list after their series prefix. */
  private static final List<String> SUFFIXES_71 = List.of("80M1-2", "80M2-2", "80M1-4", "80M2-4", "90S-2", "90L-2",
      "Y90S-4", "90L-4", "90S-6", "90L-6", "100L-2", "100L1-4", "100L2-4", "100L-6", "112M-2", "112M-4", "132S1-2",
      "132S2-2", "132S-4", "132M-4", "132S-6", "132M1-6", "132M2-6", "160M1-2", "160M2-2", "160L-2", "160M-4",
      "160L-4", "160M-6", "160L-6", "180M-2", "180M-4", "180L-4", "180L-6", "200L1-2", "200L2-2", "200L-4",
      "200L1-6", "200L2-6", "225M-2", "225S-4", "225M-4", "225M-6", "250M-2", "250M-4", "250M-6", "280S-2",
      "280M-2", "280S-4", "280M-4", "280S-6", "280M-6", "315S-2", "315M-2", "315L1-2", "315L2-2", "315S-4",
      "315M-4", "315L1-4", "315L2-4", "315S-6", "315M-6", "315L1-6", "315L2-6", "355M-2", "355L-2", "355M-4",
      "355L-4", "355M1-6", "355M2-6", "355L-6");

  @Test
  void batch3DatesFromItsAnnouncementAndSaysItConflictsWithTheReferenceDate() {
    String note = edition("miit-eliminated-electromechanical-equipment-batch-3@batch-3").source().note()
        .orElseThrow();
    assertTrue(note.contains("2014-03-27") && note.contains("CONFLICTS"), note);
  }

  @Test
  void batch3ListsThe300MotorsAnd37FansItsAnnouncementCounts() {
    assertEquals(Set.of("Y112M-2", "Y112M-4", "Y112M-6", "Y315L1-2", "Y355M1-2", "Y355M2-2", "Y355L1-2",
        "Y355L2-2", "Y355M1-4", "Y355M2-4", "Y355L1-4", "Y355L2-4", "Y355M2-6", "Y355M3-6", "Y355L1-6",
        "Y355L2-6"), members("miit-eme-batch-3.1-1.y-series-made-2003-or-earlier", "equipment.model"));
    Map<String, String> prefixed = Map.of("1-2.y2-series-made-2003-or-earlier", "Y2-",
        "1-3.y3-series-made-2003-or-earlier", "Y3-", "1-4.yb-series", "YB-",
        "1-5.yb2-series-made-2003-or-earlier", "YB2-");
    int motors = 16;
    for (Map.Entry<String, String> row : prefixed.entrySet()) {
      Set<String> expected = SUFFIXES_71.stream().map(s -> row.getValue() + s)
          .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(expected, members("miit-eme-batch-3." + row.getKey(), "equipment.model"), row.getKey());
      motors += expected.size();
    }
    assertEquals(300, motors, "电动机300项");
    Map<String, Set<String>> fans = Map.of(
        "3-1.y5-47", Set.of("Y5-47No.4C", "Y5-47No.5C", "Y5-47No.6C", "Y5-47No.8C", "Y5-47No.9C", "Y5-47No.12D",
            "Y5-47No.12.4D"),
        "3-2.w5-47", Set.of("W5-47No.5C", "W5-47No.6C", "W5-47No.59C"),
        "3-3.m7-29", Set.of("M7-29No.11D", "M7-29No.12.5D", "M7-29No.13D", "M7-29No.14.5D", "M7-29No.16D",
            "M7-29No.17D"),
        "3-4.w7-29", Set.of("W7-29No.16D"),
        "3-5.9-35", Set.of("9-35No.6D", "9-35No.8D", "9-35No.10", "9-35No.12D", "9-35No.13.5D", "9-35No.15.5D",
            "9-35No.18D", "9-35No.20D"),
        "3-6.y9-35", Set.of("Y9-35No.8D", "Y9-35No.10D", "Y9-35No.12D", "Y9-35No.13.5D", "Y9-35No.15.5D",
            "Y9-35No.18D", "Y9-35No.20D", "Y9-35No.13.5F", "Y9-35No.15.5F", "Y9-35No.18F", "Y9-35No.20F",
            "Y9-35No.21.5F"));
    int fanModels = 0;
    for (Map.Entry<String, Set<String>> row : fans.entrySet()) {
      for (String part : List.of("-made-2005-or-earlier", "-made-after-2005")) {
        assertEquals(row.getValue(), members("miit-eme-batch-3." + row.getKey() + part, "equipment.model"),
            row.getKey() + part);
      }
      fanModels += row.getValue().size();
    }
    assertEquals(37, fanModels, "风机37项");
  }

  @Test
  void batch3DateConditionsAndDeadlines() {
    for (String id : List.of("1-1.y-series", "1-2.y2-series", "1-3.y3-series", "1-5.yb2-series")) {
      String full = "miit-eme-batch-3." + id + "-made-2003-or-earlier";
      assertDateLimit(full, "equipment.manufactured", "2003-12-31");
      assertEquals(LocalDate.of(2015, 12, 31), fixedDeadline(full), "最迟应于 2015年年底前停止使用");
    }
    assertInstanceOf(DeadlineRule.Immediate.class, entry("miit-eme-batch-3.1-4.yb-series").consequence().deadline(),
        "YB: 立即停止使用");
    assertTrue(comparisons("miit-eme-batch-3.1-4.yb-series", "equipment.manufactured").isEmpty(),
        "YB has no date condition");
    for (String fan : List.of("3-1.y5-47", "3-2.w5-47", "3-3.m7-29", "3-4.w7-29", "3-5.9-35", "3-6.y9-35")) {
      String early = "miit-eme-batch-3." + fan + "-made-2005-or-earlier";
      String late = "miit-eme-batch-3." + fan + "-made-after-2005";
      assertDateLimit(early, "equipment.manufactured", "2005-12-31");
      assertDateLimit(late, "equipment.manufactured", "2005-12-31");
      assertInstanceOf(DeadlineRule.Immediate.class, entry(early).consequence().deadline(), early);
      assertEquals(LocalDate.of(2015, 12, 31), fixedDeadline(late), late);
    }
  }

  @Test
  void aListedModelMadeIn2003OrEarlierMustStopByTheEndOf2015() {
    String id = "miit-eme-batch-3.1-2.y2-series-made-2003-or-earlier";
    Finding f = finding(id, "motor", model("Y2-160M-4", "2003-12-31"));
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertEquals(Optional.of(LocalDate.of(2015, 12, 31)), f.deadline());
    assertEquals(List.of("市发展改革委", "市经济信息委"), f.departments().lead().stream().map(t -> t.zh()).toList());
    assertTrue(f.departments().basis().orElseThrow().contains("一、（一）3"));
    assertEquals(Verdict.COMPLIANT, verdict(id, "motor", model("Y2-160M-4", "2004-01-01")));
    assertEquals(Verdict.COMPLIANT, verdict(id, "motor", model("YE3-160M-4", "2003-06-30")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "motor", model("Y2-160M-4", null)));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "motor", model(null, "2003-06-30")));
  }

  @Test
  void aYbMotorOfBatch3MustStopAtOnceWhateverItsAge() {
    String id = "miit-eme-batch-3.1-4.yb-series";
    Finding f = finding(id, "motor", model("YB-132S-4", "2012-05-01"));
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertEquals(Optional.of(AS_OF), f.deadline(), "立即 means the as-of date");
    assertEquals(Verdict.COMPLIANT, verdict(id, "motor", model("YB2-132S-4", "2012-05-01")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "motor", model(null, "2012-05-01")));
  }

  @Test
  void aFanFallsUnderExactlyOneOfItsTwoDeadlinesByItsYearOfManufacture() {
    String early = "miit-eme-batch-3.3-1.y5-47-made-2005-or-earlier";
    String late = "miit-eme-batch-3.3-1.y5-47-made-after-2005";
    assertEquals(Verdict.NON_COMPLIANT, verdict(early, "fan", model("Y5-47No.4C", "2005-12-31")));
    assertNoFinding(late, "fan", model("Y5-47No.4C", "2005-12-31"), "made in 2005: the other band");
    Finding after = finding(late, "fan", model("Y5-47No.4C", "2006-01-01"));
    assertEquals(Verdict.NON_COMPLIANT, after.verdict());
    assertEquals(Optional.of(LocalDate.of(2015, 12, 31)), after.deadline());
    assertNoFinding(early, "fan", model("Y5-47No.4C", "2006-01-01"), "made in 2006: the other band");
    assertEquals(Verdict.COMPLIANT, verdict(early, "fan", model("Y5-51No.4C", "2001-01-01")),
        "an unlisted model of the band's years complies with the item");
    assertEquals(Verdict.COMPLIANT, verdict(late, "fan", model("Y5-51No.4C", null)),
        "an unlisted model complies with the item whatever its year");
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(early, "fan", model("Y5-47No.4C", null)));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(late, "fan", model("Y5-47No.4C", null)));
  }
}
