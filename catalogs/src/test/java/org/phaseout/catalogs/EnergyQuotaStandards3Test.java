package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.CriterionShapes.limitOf;
import static org.phaseout.catalogs.CriterionShapes.quantity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.phaseout.Finding;
import org.phaseout.UnitAssessment;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.LimitWording;
import org.phaseout.catalogue.Operator;
import org.phaseout.catalogue.VerificationLevel;
import org.phaseout.measure.Quantity;

/**
 * The third batch of mandatory unit-product energy-consumption quota standards (单位产品能源消耗限额) as shipped: GB
 * 21345-2024 (黄磷), sourced from the public repository adgo07/ECQuota-Insight (tools/refine_gb21345_rule.py and
 * tests/test_next_scope_63.py), which reference 04 §10 lists as MISSING. The other refine_gb* standards of that list
 * (GB 29437, GB 29441, GB 29450, GB 30182, GB 32044, GB 36887, GB 36890, GB 40878) are not bundled: no
 * repository file read gives their publication and effective dates; GB 40877-2021, dated from another source, is in
 * {@link EnergyQuotaStandards4Test}. Every value and date is pinned, and the entry is
 * evaluated end to end on a fictitious Chongqing plant: at and just past its limit, and without the data it needs.
 */
class EnergyQuotaStandards3Test {

  private static final Set<String> CATALOGUES = Set.of("gb-21345");

  private static final LocalDate END_OF_2025 = LocalDate.of(2025, 12, 31);
  private static final Enterprise ENTERPRISE = Enterprise.builder()
      .creditCode(CreditCode.parse("91500101PH00000014")).name("示例黄磷化工有限公司（虚构）")
      .division(DivisionCode.parse("500101")).industry(IndustryCode.parse("C2619")).build();

  private static final String YELLOW_PHOSPHORUS =
      "gb21345-2024.electric-furnace-yellow-phosphorus.comprehensive-energy.grade3";
  private static final String INDICATOR = "yellowphosphorus.comprehensive-energy";

  private static List<CatalogueEdition> topicEditions() {
    return BundledData.catalogues().editions().stream().filter(e -> CATALOGUES.contains(e.catalogueId())).toList();
  }

  private static Verdict verdict(String entryId, Map<String, Object> data) {
    CatalogueEntry e = entry(entryId);
    return UnitProbe.findingIfAny(ENTERPRISE, e, END_OF_2025, data)
        .orElseThrow(() -> new AssertionError(entryId + " gave no finding")).verdict();
  }

  // ------------------------------------------------------------------------------------------------ edition

  @Test
  void gb21345IsDatedAsTheRepositoryTestDatesIt() {
    // tests/test_next_scope_63.py (commit d7e459bb…): published 2024-04-29, effective 2025-05-01, replaces GB 21345-2015
    CatalogueEdition e = edition("gb-21345@2024");
    assertEquals("GB 21345-2024", e.documentNumber());
    assertEquals("GB 21345-2024 黄磷单位产品能源消耗限额", e.title().zh());
    assertEquals(LocalDate.of(2024, 4, 29), e.published());
    assertEquals(LocalDate.of(2025, 5, 1), e.validity().start());
    assertEquals(Optional.empty(), e.validity().end(), "no successor is known");
    assertEquals(VerificationLevel.SECONDARY, e.source().verification());
    assertTrue(e.source().note().orElseThrow().contains("no predecessor edition is encoded"),
        "GB 21345-2015 has no values");
    assertEquals(1, topicEditions().size());
    assertEquals(1, e.entries().size());
  }

  // ------------------------------------------------------------------------------------------------ pins

  @Test
  void gb21345Grade3OfElectricFurnaceYellowPhosphorusIs2800() {
    // tools/refine_gb21345_rule.py (commit 16c6d6fd…): 表1 (p.6), 1级/2级/3级 2300/2450/2800 kgce/t
    Criterion.Comparison c = limitOf(entry(YELLOW_PHOSPHORUS));
    assertTrue(quantity(c).isEqualTo(Quantity.parse("2800 kgce/t")), "limit " + quantity(c));
    assertEquals(INDICATOR, c.operand().key());
    assertEquals(Operator.GT, c.operator(), "only a value exceeding the grade-3 value fails");
    assertEquals(Optional.of(LimitWording.EXCEEDING), c.wording());
    assertEquals("电炉法黄磷 单位产品综合能耗（kgce/t）：1级 2300，2级 2450，3级 2800",
        entry(YELLOW_PHOSPHORUS).text().zh());
    assertEquals(Set.of("yellow-phosphorus-plant"), entry(YELLOW_PHOSPHORUS).applicability().unitKinds());
    assertTrue(entry(YELLOW_PHOSPHORUS).assumes().isEmpty(), "the repository states no correction of the limit");
  }

  @Test
  void theEntryIsUnverifiedRectifiesWithinSixMonthsAndNamesTheChongqingEconomyCommission() {
    for (CatalogueEdition e : topicEditions()) {
      for (CatalogueEntry x : e.entries()) {
        QuotaEntries.assertUnverifiedGrade3RectifiedInChongqing(e, x);
        String note = x.provenance().note().orElseThrow();
        assertTrue(note.contains("requires_independent_review"), x.id() + " says why it is unverified");
        assertTrue(x.provenance().source().contains("tools/refine_gb21345_rule.py, commit "
            + "16c6d6fddb755619891ec558563e92340d86b84b"), x.id() + " names the script and its commit");
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ end to end

  @Test
  void aYellowPhosphorusPlantAtTheLimitIsCompliantAndJustPastItIsNot() {
    assertEquals(Verdict.COMPLIANT, verdict(YELLOW_PHOSPHORUS, UnitProbe.data(INDICATOR, "2799.9 kgce/t")), "below");
    assertEquals(Verdict.COMPLIANT, verdict(YELLOW_PHOSPHORUS, UnitProbe.data(INDICATOR, "2800 kgce/t")),
        "2800 is within 2800 (超过)");
    Finding failing = UnitProbe.findingIfAny(ENTERPRISE, entry(YELLOW_PHOSPHORUS), END_OF_2025,
        UnitProbe.data(INDICATOR, "2800.1 kgce/t")).orElseThrow();
    assertEquals(Verdict.NON_COMPLIANT, failing.verdict());
    assertEquals(Optional.of(Quantity.parse("2800 kgce/t")), failing.threshold());
    assertEquals(Optional.of("超过"), failing.thresholdWording());
    assertEquals("市经济信息委", failing.departments().lead().get(0).zh());
    assertTrue(failing.deadline().isEmpty(), "the six months run from a rectification notice, which is not known");
    assertTrue(failing.deadlineRule().contains("6个月内整改"));
  }

  @Test
  void aYellowPhosphorusPlantWithoutItsEnergyValueIsUndecided() {
    assertEquals(Verdict.INSUFFICIENT_DATA, verdict(YELLOW_PHOSPHORUS, UnitProbe.data()));
  }

  @Test
  void theStandardIsNotInForceBeforeMay2025() {
    UnitAssessment before = UnitProbe.assess(ENTERPRISE, "yellow-phosphorus-plant", LocalDate.of(2025, 4, 30),
        UnitProbe.data(INDICATOR, "3000 kgce/t"));
    assertTrue(before.findings().stream().noneMatch(f -> f.entry().entryId().equals(YELLOW_PHOSPHORUS)),
        "not in force on 30 April 2025");
    UnitAssessment from = UnitProbe.assess(ENTERPRISE, "yellow-phosphorus-plant", LocalDate.of(2025, 5, 1),
        UnitProbe.data(INDICATOR, "3000 kgce/t"));
    assertTrue(from.findings().stream().anyMatch(f -> f.entry().entryId().equals(YELLOW_PHOSPHORUS)
        && f.verdict() == Verdict.NON_COMPLIANT), "in force that day");
  }
}
