package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.Finding;
import org.phaseout.UnitAssessment;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.capacity.Measurement;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.DeadlineRule;
import org.phaseout.catalogue.LimitWording;
import org.phaseout.catalogue.Operator;
import org.phaseout.catalogue.VerificationLevel;
import org.phaseout.measure.Quantity;

/**
 * The eliminated energy-using equipment: the MIIT 《高耗能落后机电设备（产品）淘汰目录》 batches 1–4, the machinery
 * fragments of the 2024 industry catalogue, and the GB 18613-2020 grade-3 motor efficiencies. Every sourced model,
 * limit and date is pinned, and each kind of entry is evaluated end to end on fictitious Chongqing units: at and just
 * past each limit, and without the data it needs.
 */
class EliminatedEquipmentTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static final ComplianceEvaluator EVALUATOR = ComplianceEvaluator.of(BundledData.catalogues());
  private static final Enterprise WORKS = Enterprise.builder()
      .creditCode(CreditCode.parse("91500101PH00000014")).name("示例机械制造有限公司（虚构）")
      .division(DivisionCode.parse("500101")).industry(IndustryCode.parse("C3130")).build();

  /** The suffixes of the 71 models the batch-3 rows 1-2, 1-3, 1-4 and 1-5 list after their series prefix. */
  private static final List<String> SUFFIXES_71 = List.of("80M1-2", "80M2-2", "80M1-4", "80M2-4", "90S-2", "90L-2",
      "Y90S-4", "90L-4", "90S-6", "90L-6", "100L-2", "100L1-4", "100L2-4", "100L-6", "112M-2", "112M-4", "132S1-2",
      "132S2-2", "132S-4", "132M-4", "132S-6", "132M1-6", "132M2-6", "160M1-2", "160M2-2", "160L-2", "160M-4",
      "160L-4", "160M-6", "160L-6", "180M-2", "180M-4", "180L-4", "180L-6", "200L1-2", "200L2-2", "200L-4",
      "200L1-6", "200L2-6", "225M-2", "225S-4", "225M-4", "225M-6", "250M-2", "250M-4", "250M-6", "280S-2",
      "280M-2", "280S-4", "280M-4", "280S-6", "280M-6", "315S-2", "315M-2", "315L1-2", "315L2-2", "315S-4",
      "315M-4", "315L1-4", "315L2-4", "315S-6", "315M-6", "315L1-6", "315L2-6", "355M-2", "355L-2", "355M-4",
      "355L-4", "355M1-6", "355M2-6", "355L-6");

  /** GB 18613-2020 grade 3 (%) for 2, 4, 6 and 8 poles, per table row (shared/reference/05 §2, SECONDARY). */
  private static final Map<String, List<String>> GB18613_GRADE3 = Map.ofEntries(
      Map.entry("0p12", List.of("60.8", "64.8", "57.7", "50.7")),
      Map.entry("0p18", List.of("65.9", "69.9", "63.9", "58.7")),
      Map.entry("0p2", List.of("67.2", "71.1", "65.4", "60.6")),
      Map.entry("0p25", List.of("69.7", "73.5", "68.6", "64.1")),
      Map.entry("0p37", List.of("73.8", "77.3", "73.5", "69.3")),
      Map.entry("0p4", List.of("74.6", "78.0", "74.4", "70.1")),
      Map.entry("0p55", List.of("77.8", "80.8", "77.2", "73.0")),
      Map.entry("0p75", List.of("80.7", "82.5", "78.9", "75.0")),
      Map.entry("1p1", List.of("82.7", "84.1", "81.0", "77.7")),
      Map.entry("1p5", List.of("84.2", "85.3", "82.5", "79.7")),
      Map.entry("2p2", List.of("85.9", "86.7", "84.3", "81.9")),
      Map.entry("3", List.of("87.1", "87.7", "85.6", "83.5")),
      Map.entry("4", List.of("88.1", "88.6", "86.8", "84.8")),
      Map.entry("5p5", List.of("89.2", "89.6", "88.0", "86.2")),
      Map.entry("7p5", List.of("90.1", "90.4", "89.1", "87.3")),
      Map.entry("11", List.of("91.2", "91.4", "90.3", "88.6")),
      Map.entry("15", List.of("91.9", "92.1", "91.2", "89.6")),
      Map.entry("18p5", List.of("92.4", "92.6", "91.7", "90.1")),
      Map.entry("22", List.of("92.7", "93.0", "92.2", "90.6")),
      Map.entry("30", List.of("93.3", "93.6", "92.9", "91.3")),
      Map.entry("37", List.of("93.7", "93.9", "93.3", "91.8")),
      Map.entry("45", List.of("94.0", "94.2", "93.7", "92.2")),
      Map.entry("55", List.of("94.3", "94.6", "94.1", "92.5")),
      Map.entry("75", List.of("94.7", "95.0", "94.6", "93.1")),
      Map.entry("90", List.of("95.0", "95.2", "94.9", "93.4")),
      Map.entry("110", List.of("95.2", "95.4", "95.1", "93.7")),
      Map.entry("132", List.of("95.4", "95.6", "95.4", "94.0")),
      Map.entry("160", List.of("95.6", "95.8", "95.6", "94.3")),
      Map.entry("200", List.of("95.8", "96.0", "95.8", "94.6")),
      Map.entry("250", List.of("95.8", "96.0", "95.8", "94.6")),
      Map.entry("280-1000", List.of("95.8", "96.0", "95.8", "94.6")));

  private static final List<String> POLES = List.of("2", "4", "6", "8");

  // ---------------------------------------------------------------------------------------------------------------
  // helpers
  // ---------------------------------------------------------------------------------------------------------------

  private static List<Criterion> leaves(Criterion c) {
    List<Criterion> out = new ArrayList<>();
    if (c instanceof Criterion.All all) {
      all.parts().forEach(p -> out.addAll(leaves(p)));
    } else if (c instanceof Criterion.Any any) {
      any.parts().forEach(p -> out.addAll(leaves(p)));
    } else if (c instanceof Criterion.Not not) {
      out.addAll(leaves(not.part()));
    } else {
      out.add(c);
    }
    return out;
  }

  /** Every condition of an entry: its scope (applies.when), its criterion and its assumed case. */
  private static List<Criterion> conditions(String entryId) {
    CatalogueEntry e = entry(entryId);
    List<Criterion> out = new ArrayList<>();
    e.applicability().when().ifPresent(w -> out.addAll(leaves(w)));
    out.addAll(leaves(e.criterion().orElseThrow()));
    e.assumes().ifPresent(a -> out.addAll(leaves(a)));
    return out;
  }

  private static Set<String> members(String entryId, String key) {
    return conditions(entryId).stream()
        .filter(c -> c instanceof Criterion.Membership m && m.operand().key().equals(key))
        .flatMap(c -> ((Criterion.Membership) c).values().stream()).collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<Criterion.Comparison> comparisons(String entryId, String key) {
    return conditions(entryId).stream()
        .filter(c -> c instanceof Criterion.Comparison cmp && cmp.operand().key().equals(key))
        .map(c -> (Criterion.Comparison) c).toList();
  }

  private static Criterion.Range range(String entryId, String key) {
    return conditions(entryId).stream()
        .filter(c -> c instanceof Criterion.Range r && r.operand().key().equals(key))
        .map(c -> (Criterion.Range) c).findFirst().orElseThrow(() -> new AssertionError(entryId + " has no range"));
  }

  private static void assertDateLimit(String entryId, String key, String date) {
    Criterion.Comparison c = comparisons(entryId, key).get(0);
    assertEquals(FactValue.of(LocalDate.parse(date)), c.value(), entryId);
    assertEquals(Operator.LE, c.operator(), entryId);
    assertEquals(Optional.of(LimitWording.INCLUSIVE_BELOW), c.wording(), entryId + ": （含）前 counts the year itself");
  }

  private static LocalDate fixedDeadline(String entryId) {
    return assertInstanceOf(DeadlineRule.FixedDate.class, entry(entryId).consequence().deadline(), entryId).date();
  }

  /** The entry's finding for the unit, or empty when the entry does not speak about it (its scope is false). */
  private static Optional<Finding> findingIfAny(String entryId, String kind, Consumer<ProductionUnit.Builder> setup) {
    ProductionUnit.Builder b = ProductionUnit.builder().id("u-1").enterprise(WORKS).kind(kind);
    setup.accept(b);
    UnitAssessment a = EVALUATOR.evaluate(b.build(), AS_OF).units().get(0);
    return a.findings().stream().filter(f -> f.entry().entryId().equals(entryId)).findFirst();
  }

  private static Finding finding(String entryId, String kind, Consumer<ProductionUnit.Builder> setup) {
    return findingIfAny(entryId, kind, setup).orElseThrow(() -> new AssertionError(entryId + " gave no finding"));
  }

  private static void assertNoFinding(String entryId, String kind, Consumer<ProductionUnit.Builder> setup,
      String why) {
    Optional<Finding> f = findingIfAny(entryId, kind, setup);
    assertTrue(f.isEmpty(), entryId + " should give no finding (" + why + ") but gave " + f.map(Finding::verdict));
  }

  private static Verdict verdict(String entryId, String kind, Consumer<ProductionUnit.Builder> setup) {
    return finding(entryId, kind, setup).verdict();
  }

  /** A unit described by text facts and, when not null, a manufacture date. */
  private static Consumer<ProductionUnit.Builder> unit(Map<String, String> text, String manufactured) {
    return b -> {
      text.forEach((k, v) -> b.putFacts(k, FactValue.of(v)));
      if (manufactured != null) {
        b.putFacts("equipment.manufactured", FactValue.of(LocalDate.parse(manufactured)));
      }
    };
  }

  private static Consumer<ProductionUnit.Builder> model(String model, String manufactured) {
    return unit(model == null ? Map.of() : Map.of("equipment.model", model), manufactured);
  }

  private static Consumer<ProductionUnit.Builder> series(String series) {
    return unit(series == null ? Map.of() : Map.of("equipment.series", series), null);
  }

  private static Consumer<ProductionUnit.Builder> and(Consumer<ProductionUnit.Builder> first,
      Consumer<ProductionUnit.Builder> second) {
    return first.andThen(second);
  }

  private static Consumer<ProductionUnit.Builder> quantity(String key, String value) {
    return b -> b.putFacts(key, FactValue.of(Quantity.parse(value)));
  }

  private static Consumer<ProductionUnit.Builder> flag(String key, boolean value) {
    return b -> b.putFacts(key, FactValue.of(value));
  }

  private static Consumer<ProductionUnit.Builder> capacity(String value) {
    return b -> b.ratedCapacity(Quantity.parse(value));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // pins: editions
  // ---------------------------------------------------------------------------------------------------------------


  @Test
  void theFourBatchesAreSeparateOpenEndedCataloguesDatedAsSourced() {
    record Expected(String batch, String document, LocalDate date, VerificationLevel level) {}
    for (Expected x : List.of(
        // UI code of the repository author (shared/reference/06 §2, UNVERIFIED)
        new Expected("batch-1", "《高耗能机电设备淘汰目录（第一批）》", LocalDate.of(2009, 12, 31),
            VerificationLevel.UNVERIFIED),
        new Expected("batch-2", "《高耗能落后机电设备（产品）淘汰目录（第二批）》", LocalDate.of(2012, 6, 29),
            VerificationLevel.UNVERIFIED),
        // reprinted announcement 工业和信息化部公告2015年第16号, 2015年3月6日 (hcr-machining.com)
        new Expected("batch-3", "工业和信息化部公告2015年第16号", LocalDate.of(2015, 3, 6),
            VerificationLevel.OFFICIAL_REPRINT),
        // reprinted announcement of 2016年3月14日 (jn.fuzhou.gov.cn)
        new Expected("batch-4", "工业和信息化部公告（2016年3月14日）", LocalDate.of(2016, 3, 14),
            VerificationLevel.OFFICIAL_REPRINT))) {
      CatalogueEdition e = edition("miit-eliminated-electromechanical-equipment-" + x.batch() + "@" + x.batch());
      assertEquals(List.of("工业和信息化部"), e.issuers(), x.batch());
      assertEquals(x.document(), e.documentNumber(), x.batch());
      assertEquals(x.date(), e.published(), x.batch());
      assertEquals(x.date(), e.validity().start(), x.batch());
      assertEquals(Optional.empty(), e.validity().end(), x.batch() + ": no source gives an end");
      assertEquals(Optional.empty(), e.itemsInOfficialText(), x.batch() + ": the announced 项 count products");
      assertEquals(x.level(), e.source().verification(), x.batch());
    }
  }

  @Test
  void batch3DatesFromItsAnnouncementAndSaysItConflictsWithTheReferenceDate() {
    String note = edition("miit-eliminated-electromechanical-equipment-batch-3@batch-3").source().note()
        .orElseThrow();
    assertTrue(note.contains("2014-03-27") && note.contains("CONFLICTS"), note);
  }

  @Test
  void entriesAreEnergyEliminationsAssignedToTheDevelopmentAndEconomyCommissions() {
    for (String batch : List.of("batch-1", "batch-2", "batch-3", "batch-4")) {
      for (CatalogueEntry e : edition("miit-eliminated-electromechanical-equipment-" + batch + "@" + batch)
          .entries()) {
        assertEquals("energy", e.dimension().name().toLowerCase(), e.id());
        assertTrue(e.id().startsWith("miit-eme-" + batch + "."), e.id());
        assertFalse(e.citations().isEmpty(), e.id());
        assertTrue(e.provenance().source().contains("a1643ed38e0b934bbc7562348883b8a8bd4badc5"), e.id());
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // pins: model lists, series, dates and deadlines
  // ---------------------------------------------------------------------------------------------------------------


  @Test
  void batch1MatchesTheSeriesItsRowsName() {
    assertEquals(Set.of("J02", "J03", "JO2", "JO3"), members("miit-eme-batch-1.1-1.jo2-jo3-small-motors",
        "equipment.series"));
    assertEquals(Set.of("JB3"), members("miit-eme-batch-1.1-6.jb3-explosion-proof-motors", "equipment.series"));
    assertEquals(Set.of("BJ02"), members("miit-eme-batch-1.1-7.bj02-explosion-proof-motors", "equipment.series"));
    assertEquals(Set.of("JZR2", "JZ2", "JZ", "JZR", "JZB", "JZRB"),
        members("miit-eme-batch-1.1-8.jz-jzr-crane-motors", "equipment.series"));
    assertEquals(Set.of("J2"), members("miit-eme-batch-1.1-10.j2-drip-proof-motors", "equipment.series"));
    assertEquals(Set.of("JR", "JR2", "JR3"),
        members("miit-eme-batch-1.1-11.jr-jr2-jr3-wound-rotor-motors", "equipment.series"));
    assertEquals(Set.of("JR02"), members("miit-eme-batch-1.1-12.jr02-wound-rotor-motors", "equipment.series"));
    for (String manual : List.of("1-2.jw-jlo-2jcl-motors", "1-3.je-jloe-motors", "1-4.jy-zllor-motors",
        "1-5.jx-jloy-motors", "1-9.fractional-horsepower-motors")) {
      assertFalse(entry("miit-eme-batch-1." + manual).isMachineCheckable(), manual + " needs manual assessment");
    }
  }

  @Test
  void batch2ListsSixtyEightYSeriesModelsAndTheNamedSeries() {
    Set<String> y = members("miit-eme-batch-2.1-1.y-series-motors", "equipment.model");
    assertEquals(68, y.size());
    assertTrue(y.containsAll(Set.of("Y80M1-2", "Y90S-4", "Y160M-4", "Y315L1-2", "Y355L-6")));
    assertFalse(y.contains("Y112M-2"), "batch 2 lists no Y112M model");
    assertEquals(Set.of("SCB8"), members("miit-eme-batch-2.4-1.scb8-dry-transformers", "equipment.series"));
    Criterion.Range scb8 = range("miit-eme-batch-2.4-1.scb8-dry-transformers", "unit.ratedCapacity");
    assertTrue(scb8.min().isEqualTo(Quantity.parse("30 kVA")) && scb8.minInclusive());
    assertTrue(scb8.max().isEqualTo(Quantity.parse("2500 kVA")) && scb8.maxInclusive());
    assertEquals(FactValue.of(Quantity.parse("10 kV")),
        comparisons("miit-eme-batch-2.4-1.scb8-dry-transformers", "transformer.ratedHighVoltage").get(0).value());
    assertEquals(Set.of("ZXG", "MZ"),
        members("miit-eme-batch-2.5-1.magnetic-amplifier-dc-arc-welders", "equipment.series"));
    assertEquals(Set.of("12JD"), members("miit-eme-batch-2.11-1.12jd-deep-well-pumps", "equipment.series"));
    assertEquals(Set.of("GC"), members("miit-eme-batch-2.11-2.gc-boiler-feed-pumps", "equipment.series"));
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
  void batch4ListsThe52TransformersAndTheMotorsWithTheirDeadlines() {
    List<String> s = List.of("30", "50", "63", "80", "100", "125", "160", "200", "250", "315", "400", "500", "630",
        "800", "1000", "1250", "1600");
    List<String> sg = List.of("30", "50", "63", "80", "100", "125", "160", "200", "315", "400", "500", "630", "800",
        "1000", "1250", "1600", "2000", "2500");
    Map<String, List<String>> transformers = Map.of(
        "miit-eme-batch-4.1-1.s8-oil-immersed-transformers", s,
        "miit-eme-batch-4.1-2.s9-oil-immersed-transformers-commissioned-1997-or-earlier", s,
        "miit-eme-batch-4.1-3.sgb8-dry-transformers", sg);
    int total = 0;
    for (Map.Entry<String, List<String>> t : transformers.entrySet()) {
      List<Quantity> caps = comparisons(t.getKey(), "unit.ratedCapacity").stream()
          .map(c -> ((FactValue.QuantityFact) c.value()).value()).toList();
      assertEquals(t.getValue().size(), caps.size(), t.getKey());
      for (int i = 0; i < caps.size(); i++) {
        assertTrue(caps.get(i).isEqualTo(Quantity.parse(t.getValue().get(i) + " kVA")), t.getKey() + " " + i);
      }
      total += caps.size();
    }
    assertEquals(52, total, "三相配电变压器52项");
    assertEquals(Set.of("S8"), members("miit-eme-batch-4.1-1.s8-oil-immersed-transformers", "equipment.series"));
    assertEquals(Set.of("S9"), members(
        "miit-eme-batch-4.1-2.s9-oil-immersed-transformers-commissioned-1997-or-earlier", "equipment.series"));
    assertEquals(Set.of("SG(B)8", "SG8", "SGB8"),
        members("miit-eme-batch-4.1-3.sgb8-dry-transformers", "equipment.series"));
    assertDateLimit("miit-eme-batch-4.1-2.s9-oil-immersed-transformers-commissioned-1997-or-earlier",
        "unit.commissioned", "1997-12-31");
    assertEquals(LocalDate.of(2016, 12, 31), fixedDeadline("miit-eme-batch-4.1-1.s8-oil-immersed-transformers"));

    assertEquals(Set.of("JK111-2", "JK112-2", "JK113-2", "JK122-2", "JK123-2", "JK124-2"),
        members("miit-eme-batch-4.2-1.jk-series-motors", "equipment.model"));
    assertEquals(Set.of("JK133-2", "JK134-2", "JK500-2", "JK630-2", "JK800-2", "JK850-2", "JK900-2"),
        members("miit-eme-batch-4.2-2.jk-series-high-voltage-motors", "equipment.model"));
    assertEquals(Set.of("JS114-4", "JS115-4", "JS115-6", "JS116-4", "JS116-6", "JS117-4", "JS117-6", "JS125-6",
        "JS126-4", "JS126-6", "JS127-4", "JS127-6", "JS128-4", "JS128-6", "JS136-6", "JS137-6"),
        members("miit-eme-batch-4.2-3.js-series-motors", "equipment.model"));
    assertEquals(Set.of("JS136-4", "JS137-4", "JS138-4", "JS147-4", "JS147-8", "JS148-4", "JS148-6", "JS148-8",
        "JS1410-4", "JS1410-6", "JS1410-8", "JS1410-10", "JS157-4", "JS157-6", "JS157-8", "JS157-10", "JS158-4",
        "JS158-6", "JS158-8", "JS158-10", "JS1510-4", "JS1510-6", "JS1510-8", "JS1510-10", "JS1510-12",
        "JS1512-4", "JS1512-6", "JS1512-8", "JS1512-10", "JS1512-12"),
        members("miit-eme-batch-4.2-4.js-series-high-voltage-motors", "equipment.model"));
    for (String hv : List.of("miit-eme-batch-4.2-2.jk-series-high-voltage-motors",
        "miit-eme-batch-4.2-4.js-series-high-voltage-motors")) {
      assertEquals(FactValue.of(Quantity.parse("6 kV")), comparisons(hv, "equipment.ratedVoltage").get(0).value());
    }
    for (String id : List.of("1-2.s9-oil-immersed-transformers-commissioned-1997-or-earlier",
        "1-3.sgb8-dry-transformers", "2-1.jk-series-motors", "2-2.jk-series-high-voltage-motors",
        "2-3.js-series-motors", "2-4.js-series-high-voltage-motors", "3-1.nsa-magnetic-amplifier-argon-arc-welders",
        "3-2.zx5-thyristor-arc-welders", "3-3.zx6-tapped-rectifier-arc-welders")) {
      assertEquals(LocalDate.of(2017, 12, 31), fixedDeadline("miit-eme-batch-4." + id), "最迟应于 2017 年底前停止使用");
    }
  }

  @Test
  void batches1And2StateNoDeadline() {
    for (String id : List.of("miit-eme-batch-1.1-6.jb3-explosion-proof-motors",
        "miit-eme-batch-2.1-1.y-series-motors")) {
      assertInstanceOf(DeadlineRule.NotStated.class, entry(id).consequence().deadline(), id);
    }
  }

  @Test
  void industryCatalogue2024MachineryFragments() {
    // 《产业结构调整指导目录（2024年本）》 淘汰类 fragments, PDF pp.134–136 (GitHub adgo07/EquipEffi, SECONDARY)
    String yb = "cn-isac-2024.eliminated.motor-yb-flameproof";
    String ybf = "cn-isac-2024.eliminated.motor-ybf-flameproof";
    String ybk = "cn-isac-2024.eliminated.motor-ybk-flameproof";
    assertEquals(Set.of("YB"), members(yb, "equipment.series"));
    assertEquals(Set.of("YBF"), members(ybf, "equipment.series"));
    assertEquals(Set.of("YBK"), members(ybk, "equipment.series"));
    assertFrame(yb, "63 mm", "355 mm");
    assertFrame(ybf, "63 mm", "160 mm");
    assertFrame(ybk, "100 mm", "355 mm");
    Criterion.Comparison v = comparisons(yb, "equipment.ratedVoltage").get(0);
    assertEquals(FactValue.of(Quantity.parse("660 V")), v.value());
    assertEquals(Operator.LE, v.operator());
    assertEquals(Optional.of(LimitWording.AND_BELOW), v.wording(), "660V及以下 includes 660 V");
    assertEquals(Set.of("380V", "660V", "380/660V"), members(ybf, "motor.ratedVoltageMarking"));
    assertEquals(Set.of("380/660V", "660/1140V"), members(ybk, "motor.ratedVoltageMarking"));
    assertEquals(Set.of("B", "BA"), members("cn-isac-2024.eliminated.pump-b-ba-cantilever", "equipment.series"));
    assertEquals(Set.of("F"), members("cn-isac-2024.eliminated.pump-f-corrosion-resistant", "equipment.series"));
    assertEquals(Set.of("JD"), members("cn-isac-2024.eliminated.pump-jd-long-shaft-deep-well", "equipment.series"));
    assertEquals(Set.of("3W-0.9/7"), members("cn-isac-2024.eliminated.compressor-3w-0.9-7", "equipment.model"));
    assertEquals(Set.of("GC"), members("cn-isac-2024.eliminated.pump-boiler-feed-gc-dg", "equipment.series"));
    assertEquals(Set.of("DG270-140", "DG500-140", "DG375-185"),
        members("cn-isac-2024.eliminated.pump-boiler-feed-gc-dg", "equipment.model"));
    assertEquals(Set.of("L-10/8", "L-10/7"), members("cn-isac-2024.eliminated.compressor-l-10", "equipment.model"));
    assertEquals(Set.of("8-18", "9-27"),
        members("cn-isac-2024.eliminated.fan-8-18-9-27-high-pressure", "equipment.series"));
    for (String id : List.of(yb, ybf, ybk)) {
      assertEquals(VerificationLevel.UNVERIFIED, entry(id).provenance().verification(),
          id + ": the two renderings of the fragment differ (reference 14 item 1)");
    }
  }

  private void assertFrame(String id, String min, String max) {
    Criterion.Range r = range(id, "motor.frameSize");
    assertTrue(r.min().isEqualTo(Quantity.parse(min)) && r.minInclusive(), id);
    assertTrue(r.max().isEqualTo(Quantity.parse(max)) && r.maxInclusive(), id);
  }

  @Test
  void gb18613Grade3EfficienciesAreLowerLimitsWith低于() {
    CatalogueEdition gb = edition("gb-18613@2020");
    assertEquals("GB 18613-2020", gb.documentNumber());
    assertEquals(LocalDate.of(2021, 6, 1), gb.validity().start());
    assertEquals(Optional.empty(), gb.validity().end());
    assertEquals(GB18613_GRADE3.size(), gb.entries().size());
    for (Map.Entry<String, List<String>> row : GB18613_GRADE3.entrySet()) {
      String id = "gb18613-2020.motor." + row.getKey() + "kw.grade3";
      List<Criterion.Comparison> limits = comparisons(id, "motor.efficiency");
      List<Criterion.Comparison> poles = comparisons(id, "motor.poles");
      assertEquals(4, limits.size(), id);
      for (int i = 0; i < 4; i++) {
        assertEquals(FactValue.of(POLES.get(i)), poles.get(i).value(), id);
        Criterion.Comparison c = limits.get(i);
        Quantity value = ((FactValue.QuantityFact) c.value()).value();
        assertTrue(value.isEqualTo(Quantity.parse(row.getValue().get(i) + " %")), id + " " + POLES.get(i) + "极");
        assertEquals(Operator.LT, c.operator(), id);
        assertEquals(Optional.of(LimitWording.LOWER_THAN), c.wording(), id);
      }
      assertEquals(VerificationLevel.UNVERIFIED, entry(id).provenance().verification(),
          id + ": grade 3 = 限定值 is unverified");
      List<Criterion> scope = leaves(entry(id).applicability().when()
          .orElseThrow(() -> new AssertionError(id + ": the row's power and poles are its scope")));
      assertTrue(scope.containsAll(comparisons(id, "unit.ratedCapacity")), id + ": the power chooses the row");
      assertTrue(scope.containsAll(comparisons(id, "motor.gb18613Scope")), id + ": so does the standard's scope");
      assertEquals(FactValue.of(true), comparisons(id, "motor.gb18613Scope").get(0).value(), id);
      assertEquals(Set.copyOf(POLES), members(id, "motor.poles"), id + ": the table's columns are its scope");
      assertTrue(entry(id).assumes().isEmpty(), id);
      if (!row.getKey().equals("280-1000")) {
        assertEquals(FactValue.of(Quantity.parse(row.getKey().replace('p', '.') + " kW")),
            comparisons(id, "unit.ratedCapacity").get(0).value(), id);
      }
    }
    List<Quantity> steps = comparisons("gb18613-2020.motor.280-1000kw.grade3", "unit.ratedCapacity").stream()
        .map(c -> ((FactValue.QuantityFact) c.value()).value()).toList();
    assertEquals(12, steps.size(), "the last row covers 280, 315, … 1000 kW");
    List<String> expected = List.of("280", "315", "355", "400", "450", "500", "560", "630", "710", "800", "900",
        "1000");
    for (int i = 0; i < 12; i++) {
      assertTrue(steps.get(i).isEqualTo(Quantity.parse(expected.get(i) + " kW")), "step " + i);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // end to end
  // ---------------------------------------------------------------------------------------------------------------


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

  @Test
  void aTransformerIsMatchedBySeriesAndListedCapacity() {
    String s8 = "miit-eme-batch-4.1-1.s8-oil-immersed-transformers";
    Finding f = finding(s8, "transformer", and(series("S8"), capacity("315 kVA")));
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertEquals(Optional.of(LocalDate.of(2016, 12, 31)), f.deadline());
    assertEquals(Verdict.COMPLIANT, verdict(s8, "transformer", and(series("S8"), capacity("2000 kVA"))));
    assertEquals(Verdict.COMPLIANT, verdict(s8, "transformer", and(series("S11"), capacity("315 kVA"))));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(s8, "transformer", series("S8")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(s8, "transformer", capacity("315 kVA")));
  }

  @Test
  void anS9TransformerMustGoOnlyIfCommissionedIn1997OrEarlier() {
    String s9 = "miit-eme-batch-4.1-2.s9-oil-immersed-transformers-commissioned-1997-or-earlier";
    Consumer<ProductionUnit.Builder> s9of200 = and(series("S9"), capacity("200 kVA"));
    assertEquals(Verdict.NON_COMPLIANT, verdict(s9, "transformer",
        and(s9of200, b -> b.commissioned(LocalDate.of(1997, 12, 31)))));
    assertEquals(Verdict.COMPLIANT, verdict(s9, "transformer",
        and(s9of200, b -> b.commissioned(LocalDate.of(1998, 1, 1)))));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(s9, "transformer", s9of200));
  }

  @Test
  void aHighVoltageMotorMustBeListedAndRatedAt6Kilovolts() {
    String js = "miit-eme-batch-4.2-4.js-series-high-voltage-motors";
    Consumer<ProductionUnit.Builder> js157 = model("JS157-10", null);
    assertEquals(Verdict.NON_COMPLIANT, verdict(js, "motor", and(js157, quantity("equipment.ratedVoltage",
        "6 kV"))));
    assertEquals(Verdict.NON_COMPLIANT, verdict(js, "motor", and(js157, quantity("equipment.ratedVoltage",
        "6000 V"))));
    assertEquals(Verdict.COMPLIANT, verdict(js, "motor", and(js157, quantity("equipment.ratedVoltage", "10 kV"))));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(js, "motor", js157));
  }

  @Test
  void weldersLimitedByRatedCurrentNeedManualAssessmentWhateverIsReported() {
    for (String id : List.of("miit-eme-batch-4.3-1.nsa-magnetic-amplifier-argon-arc-welders",
        "miit-eme-batch-4.3-2.zx5-thyristor-arc-welders", "miit-eme-batch-4.3-3.zx6-tapped-rectifier-arc-welders")) {
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "arc-welder", and(series("NSA"), capacity("30 kVA"))),
          id);
      Finding f = finding(id, "arc-welder", series("ZX5"));
      assertTrue(f.deadline().isEmpty(), id + ": a deadline is computed only for a non-compliant finding");
      assertTrue(f.deadlineRule().contains("2017 年底前"), id + " shows the source's deadline to the assessor");
    }
    assertEquals(Verdict.INSUFFICIENT_DATA,
        verdict("miit-eme-batch-1.1-2.jw-jlo-2jcl-motors", "motor", series("JW")));
  }

  @Test
  void anOldSeriesMotorFallsUnderBatch1InEitherSpellingAndWithoutADeadline() {
    String id = "miit-eme-batch-1.1-1.jo2-jo3-small-motors";
    Finding f = finding(id, "motor", series("JO2"));
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertTrue(f.deadline().isEmpty(), "no deadline is invented");
    assertTrue(f.deadlineRule().contains("未载明"), f.deadlineRule());
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, "motor", series("J02")));
    assertEquals(Verdict.COMPLIANT, verdict(id, "motor", series("Y2")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "motor", series(null)));
    String crane = "miit-eme-batch-1.1-8.jz-jzr-crane-motors";
    assertEquals(Verdict.NON_COMPLIANT, verdict(crane, "motor", series("JZR2")));
    assertEquals(Verdict.COMPLIANT, verdict(crane, "motor", series("YZR")));
  }

  @Test
  void theYSeriesOfBatch2IsEliminatedWithoutADateCondition() {
    String id = "miit-eme-batch-2.1-1.y-series-motors";
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, "motor", model("Y160M-4", "2010-01-01")));
    assertEquals(Verdict.COMPLIANT, verdict(id, "motor", model("Y2-160M-4", "1999-01-01")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "motor", model(null, "1999-01-01")));
  }

  @Test
  void scb8DryTransformersFrom30To2500KvaAt10KilovoltsAreEliminated() {
    String id = "miit-eme-batch-2.4-1.scb8-dry-transformers";
    Consumer<ProductionUnit.Builder> at10kV = and(series("SCB8"),
        quantity("transformer.ratedHighVoltage", "10 kV"));
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, "transformer", and(at10kV, capacity("30 kVA"))));
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, "transformer", and(at10kV, capacity("2500 kVA"))));
    assertEquals(Verdict.COMPLIANT, verdict(id, "transformer", and(at10kV, capacity("2500.1 kVA"))));
    assertEquals(Verdict.COMPLIANT, verdict(id, "transformer", and(at10kV, capacity("29.9 kVA"))));
    assertEquals(Verdict.COMPLIANT, verdict(id, "transformer", and(and(series("SCB8"), capacity("1000 kVA")),
        quantity("transformer.ratedHighVoltage", "35 kV"))));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "transformer", and(series("SCB8"), capacity("1000 kVA"))));
  }

  @Test
  void aMagneticAmplifierWelderIsCaughtOnlyWhenItsTypeIsStated() {
    String id = "miit-eme-batch-2.5-1.magnetic-amplifier-dc-arc-welders";
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, "arc-welder",
        and(series("ZXG"), flag("welder.magneticAmplifier", true))));
    assertEquals(Verdict.COMPLIANT, verdict(id, "arc-welder",
        and(series("MZ"), flag("welder.magneticAmplifier", false))));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "arc-welder", series("MZ")));
  }

  @Test
  void a2024FlameproofYbMotorNeedsItsFrameAndVoltageWithinTheFragmentsLimits() {
    String id = "cn-isac-2024.eliminated.motor-yb-flameproof";
    Consumer<ProductionUnit.Builder> yb = series("YB");
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, "motor", and(and(yb, quantity("motor.frameSize", "63 mm")),
        quantity("equipment.ratedVoltage", "660 V"))));
    assertEquals(Verdict.NON_COMPLIANT, verdict(id, "motor", and(and(yb, quantity("motor.frameSize", "355 mm")),
        quantity("equipment.ratedVoltage", "0.38 kV"))));
    assertEquals(Verdict.COMPLIANT, verdict(id, "motor", and(and(yb, quantity("motor.frameSize", "356 mm")),
        quantity("equipment.ratedVoltage", "380 V"))));
    assertEquals(Verdict.COMPLIANT, verdict(id, "motor", and(and(yb, quantity("motor.frameSize", "62 mm")),
        quantity("equipment.ratedVoltage", "380 V"))));
    assertEquals(Verdict.COMPLIANT, verdict(id, "motor", and(and(yb, quantity("motor.frameSize", "200 mm")),
        quantity("equipment.ratedVoltage", "661 V"))));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "motor", and(yb, quantity("equipment.ratedVoltage",
        "380 V"))));
    String ybf = "cn-isac-2024.eliminated.motor-ybf-flameproof";
    Consumer<ProductionUnit.Builder> marked = unit(Map.of("equipment.series", "YBF",
        "motor.ratedVoltageMarking", "380/660V"), null);
    assertEquals(Verdict.NON_COMPLIANT, verdict(ybf, "motor", and(marked, quantity("motor.frameSize", "160 mm"))));
    assertEquals(Verdict.COMPLIANT, verdict(ybf, "motor", and(marked, quantity("motor.frameSize", "180 mm"))));
    assertEquals(Verdict.COMPLIANT, verdict(ybf, "motor", and(unit(Map.of("equipment.series", "YBF",
        "motor.ratedVoltageMarking", "660/1140V"), null), quantity("motor.frameSize", "160 mm"))));
  }

  @Test
  void a2024CompressorPumpAndFanItemAreMatchedOnTheirModelsAndSeries() {
    String w3 = "cn-isac-2024.eliminated.compressor-3w-0.9-7";
    assertEquals(Verdict.NON_COMPLIANT, verdict(w3, "air-compressor",
        and(model("3W-0.9/7", null), flag("compressor.ringValve", true))));
    assertEquals(Verdict.COMPLIANT, verdict(w3, "air-compressor",
        and(model("3W-0.9/7", null), flag("compressor.ringValve", false))));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(w3, "air-compressor", model("3W-0.9/7", null)));
    String feed = "cn-isac-2024.eliminated.pump-boiler-feed-gc-dg";
    assertEquals(Verdict.NON_COMPLIANT, verdict(feed, "pump", model("DG270-140", null)));
    assertEquals(Verdict.NON_COMPLIANT, verdict(feed, "pump", series("GC")));
    assertEquals(Verdict.COMPLIANT, verdict(feed, "pump",
        unit(Map.of("equipment.series", "DG", "equipment.model", "DG280-100"), null)));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(feed, "pump", series("DG")));
    String fan = "cn-isac-2024.eliminated.fan-8-18-9-27-high-pressure";
    assertEquals(Verdict.NON_COMPLIANT, verdict(fan, "fan", series("9-27")));
    assertEquals(Verdict.COMPLIANT, verdict(fan, "fan", series("9-19")));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(fan, "fan", series(null)));
  }

  @Test
  void everyGb18613RowIsMetAtItsGrade3ValueAndFailedJustBelowIt() {
    for (Map.Entry<String, List<String>> row : GB18613_GRADE3.entrySet()) {
      String id = "gb18613-2020.motor." + row.getKey() + "kw.grade3";
      String power = row.getKey().equals("280-1000") ? "315" : row.getKey().replace('p', '.');
      for (int i = 0; i < 4; i++) {
        BigDecimal limit = new BigDecimal(row.getValue().get(i));
        String poles = POLES.get(i);
        assertEquals(Verdict.COMPLIANT, verdict(id, "motor", motor(power, poles, limit.toPlainString())),
            id + " " + poles);
        assertEquals(Verdict.NON_COMPLIANT,
            verdict(id, "motor", motor(power, poles, limit.subtract(new BigDecimal("0.1")).toPlainString())),
            id + " " + poles);
        assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "motor", motor(power, poles, null)),
            id + " " + poles + " without the efficiency");
      }
      String below = limitsBelow(row.getValue());
      assertNoFinding(id, "motor", motor(power, "12", below), id + ": no column for 12 poles");
      assertNoFinding(id, "motor", motor(power.equals("0.12") ? "0.13" : "0.12", "2", below),
          id + ": another rated power");
      assertNoFinding(id, "motor", and(motor(power, "2", below), flag("motor.gb18613Scope", false)),
          id + ": outside the standard's scope");
    }
  }

  /** An efficiency below every grade-3 value of a row, so that only the scope can keep the motor from failing. */
  private static String limitsBelow(List<String> grade3) {
    return grade3.stream().map(BigDecimal::new).min(BigDecimal::compareTo).orElseThrow()
        .subtract(BigDecimal.ONE).toPlainString();
  }

  @Test
  void everyScopedEntryOfTheTopicGivesNoFindingOutsideItsScopeAndAssumesNothing() {
    int scoped = 0;
    for (CatalogueEdition e : BundledData.catalogues().editions()) {
      boolean topic = e.catalogueId().startsWith("miit-eliminated-electromechanical-equipment-")
          || e.catalogueId().equals("gb-18613")
          || e.catalogueId().equals("cn-industry-structure-adjustment-eliminated");
      if (!topic) {
        continue;
      }
      for (CatalogueEntry x : e.entries()) {
        assertTrue(x.assumes().isEmpty(), x.id() + ": no equipment entry encodes a corrected limit");
        if (x.applicability().when().isPresent()) {
          scoped++;
        }
      }
    }
    assertEquals(31 + 12 + 2, scoped, "the 31 GB 18613 rows, the 12 batch-3 fan entries split by year of manufacture"
        + " and 淘汰类 轻工 items 16 and 17 split by the substance of the cleaning or solvent process");
    for (String fan : List.of("3-1.y5-47", "3-2.w5-47", "3-3.m7-29", "3-4.w7-29", "3-5.9-35", "3-6.y9-35")) {
      String early = "miit-eme-batch-3." + fan + "-made-2005-or-earlier";
      String late = "miit-eme-batch-3." + fan + "-made-after-2005";
      String listed = members(early, "equipment.model").iterator().next();
      for (String id : List.of(early, late)) {
        assertTrue(leaves(entry(id).applicability().when().orElseThrow()).stream().allMatch(c ->
            c instanceof Criterion.Comparison cmp && cmp.operand().key().equals("equipment.manufactured")),
            id + ": the year band is the scope");
        assertInstanceOf(Criterion.Membership.class, entry(id).criterion().orElseThrow(),
            id + ": the model list is the criterion");
      }
      assertEquals(Verdict.NON_COMPLIANT, verdict(early, "fan", model(listed, "2005-12-31")), early);
      assertNoFinding(late, "fan", model(listed, "2005-12-31"), late);
      assertEquals(Verdict.NON_COMPLIANT, verdict(late, "fan", model(listed, "2006-01-01")), late);
      assertNoFinding(early, "fan", model(listed, "2006-01-01"), early);
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(early, "fan", model(listed, null)), early);
      assertEquals(Verdict.INSUFFICIENT_DATA, verdict(late, "fan", model(listed, null)), late);
    }
  }

  @Test
  void aGb18613CheckNeedsScopePolesAndEfficiency() {
    String id = "gb18613-2020.motor.0p75kw.grade3";
    Finding f = finding(id, "motor", motor("0.75", "4", "82.4"));
    assertEquals(Verdict.NON_COMPLIANT, f.verdict());
    assertTrue(f.deadline().isEmpty());
    assertEquals(Verdict.COMPLIANT, verdict(id, "motor", motor("0.75", "4", "82.5")));
    assertNoFinding(id, "motor", motor("1.1", "4", "82.4"), "another row's power");
    assertEquals(Verdict.NON_COMPLIANT, verdict("gb18613-2020.motor.1p1kw.grade3", "motor", motor("1.1", "4",
        "82.4")), "a 1.1 kW motor is judged on its own row: 82.4 is below 84.1");
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "motor", motor("0.75", "4", null)));
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "motor", motor("0.75", null, "82.4")));
    assertNoFinding(id, "motor", motor("0.75", "10", "70"), "the table has no column for 10 poles");
    assertNoFinding(id, "motor", and(capacity("0.75 kW"), and(flag("motor.gb18613Scope", false),
        b -> b.putMeasurements("motor.efficiency", Measurement.of(Quantity.parse("70 %"))))),
        "outside the scope of the standard");
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(id, "motor", and(capacity("0.75 kW"), and(b -> b.putFacts(
        "motor.poles", FactValue.of("4")), b -> b.putMeasurements("motor.efficiency",
        Measurement.of(Quantity.parse("70 %")))))), "whether the motor is within the scope must be reported");
    List<String> rows = EVALUATOR.evaluate(ProductionUnit.builder().id("m").enterprise(WORKS).kind("motor")
        .ratedCapacity(Quantity.parse("0.75 kW")).putFacts("motor.gb18613Scope", FactValue.of(true))
        .putFacts("motor.poles", FactValue.of("4")).build(), AS_OF).units().get(0).findings().stream()
        .map(x -> x.entry().entryId()).filter(x -> x.startsWith("gb18613-2020.")).toList();
    assertEquals(List.of(id), rows, "a motor gets a finding from the row of its rated power only");
    assertEquals(Verdict.COMPLIANT, verdict("gb18613-2020.motor.280-1000kw.grade3", "motor",
        motor("1000", "2", "95.8")));
    assertEquals(Verdict.NON_COMPLIANT, verdict("gb18613-2020.motor.280-1000kw.grade3", "motor",
        motor("1000", "2", "95.7")));
  }

  private Consumer<ProductionUnit.Builder> motor(String kw, String poles, String efficiency) {
    return b -> {
      b.ratedCapacity(Quantity.parse(kw + " kW"));
      b.putFacts("motor.gb18613Scope", FactValue.of(true));
      if (poles != null) {
        b.putFacts("motor.poles", FactValue.of(poles));
      }
      if (efficiency != null) {
        b.putMeasurements("motor.efficiency", Measurement.of(Quantity.parse(efficiency + " %")));
      }
    };
  }
}
