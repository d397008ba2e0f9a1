package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.QualityEnterpriseProbe.AS_OF;
import static org.phaseout.catalogs.QualityEnterpriseProbe.NA;
import static org.phaseout.catalogs.QualityEnterpriseProbe.NC;
import static org.phaseout.catalogs.QualityEnterpriseProbe.OK;
import static org.phaseout.catalogs.QualityEnterpriseProbe.assess;
import static org.phaseout.catalogs.QualityEnterpriseProbe.chongqingSteel;
import static org.phaseout.catalogs.QualityEnterpriseProbe.enterprise;
import static org.phaseout.catalogs.QualityEnterpriseProbe.required;
import static org.phaseout.catalogs.QualityEnterpriseProbe.site;
import static org.phaseout.catalogs.QualityEnterpriseProbe.zh;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.phaseout.Finding;
import org.phaseout.UnitAssessment;
import org.phaseout.UnitStatus;
import org.phaseout.Verdict;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.FactValue;
import org.phaseout.catalogue.Action;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.DeadlineRule;
import org.phaseout.catalogue.VerificationLevel;

/**
 * The 《产品质量法》 第十七条 chain and the spot-check timetable of 《产品质量监督抽查管理暂行办法》, as specifications,
 * step by step: a failed spot check (监督抽查不合格) stops the same product and orders correction within sixty days, a
 * failed re-check leads to the public notice, then suspension and revocation; the chain is national, and the law and
 * the regulation are dated and worded as their sources give them.
 */
class ProductQualityLawChainTest {

  private static final String RECTIFY = "cn-pql-2018.art17.rectify";

  private static final String SUSPEND = "cn-pql-2018.art17.suspend";

  private static final String REVOKE = "cn-pql-2018.art17.revoke";

  private static final String STOP = "cn-pqsc-2019.art45.stop-same-product";

  private static final String SIXTY_DAYS = "cn-pqsc-2019.art46.rectify-sixty-days";

  private static final String AFTER_NOTICE = "cn-pqsc-2019.art48.recheck-after-notice";

  private static final List<String> CHAIN = List.of(RECTIFY, SUSPEND, REVOKE, STOP, SIXTY_DAYS, AFTER_NOTICE);

  /** Enterprise facts of a spot check: failed or not (null: not reported) and the follow-up stage (null: none). */
  private static Map<String, FactValue> spotCheck(Boolean failed, String stage) {
    Map<String, FactValue> facts = new TreeMap<>();
    if (failed != null) {
      facts.put("enterprise.lastSpotCheckFailed", FactValue.of(failed));
      facts.put("enterprise.lastSpotCheckDate", FactValue.of(LocalDate.of(2025, 9, 10)));
    }
    if (stage != null) {
      facts.put("enterprise.spotCheckFollowUp", FactValue.of(stage));
    }
    return facts;
  }

  private static Map<String, Verdict> chainVerdicts(Boolean failed, String stage) {
    UnitAssessment a = assess(site(chongqingSteel(spotCheck(failed, stage))), AS_OF);
    Map<String, Verdict> verdicts = new TreeMap<>();
    CHAIN.forEach(id -> verdicts.put(id, required(a, id).verdict()));
    return verdicts;
  }

  private static Map<String, Verdict> expect(Verdict rectify, Verdict suspend, Verdict revoke, Verdict stop,
      Verdict sixtyDays, Verdict afterNotice) {
    Map<String, Verdict> m = new TreeMap<>();
    m.put(RECTIFY, rectify);
    m.put(SUSPEND, suspend);
    m.put(REVOKE, revoke);
    m.put(STOP, stop);
    m.put(SIXTY_DAYS, sixtyDays);
    m.put(AFTER_NOTICE, afterNotice);
    return m;
  }

  @Test
  void anEnterpriseThatPassedItsSpotCheckHasNoDutyInTheChain() {
    assertEquals(expect(OK, OK, OK, OK, OK, OK), chainVerdicts(false, null));
  }

  @Test
  void withoutASpotCheckResultTheChainCannotBeDecided() {
    assertEquals(expect(NA, NA, NA, NA, NA, NA), chainVerdicts(null, null));
  }

  @Test
  void aFailedSpotCheckStopsTheSameProductAtOnceAndOrdersCorrectionWithinSixtyDays() {
    // No stage reported: the enterprise has not shown a passed re-check, so the first duties apply; the later steps
    // need the stage to be reported.
    assertEquals(expect(NC, NA, NA, NC, NC, NA), chainVerdicts(true, null));
    assertEquals(expect(NC, OK, OK, NC, NC, OK), chainVerdicts(true, "rectifying"));

    UnitAssessment a = assess(site(chongqingSteel(spotCheck(true, "rectifying"))), AS_OF);
    Finding stop = required(a, STOP);
    assertEquals(Action.HALT_AND_RECTIFY, stop.action());
    assertEquals(Optional.of(AS_OF), stop.deadline(), "立即: the deadline is the as-of date itself");
    Finding sixty = required(a, SIXTY_DAYS);
    assertEquals(Action.RECTIFY, sixty.action());
    assertTrue(sixty.deadline().isEmpty(), "60 days run from the order, whose date the engine is not given");
    assertTrue(sixty.deadlineRule().contains("自责令之日起六十日内予以改正"));
    Finding law = required(a, RECTIFY);
    assertTrue(law.deadline().isEmpty());
    assertTrue(law.deadlineRule().contains("未规定期限天数"), "the law itself sets no number of days");
    assertEquals(List.of("市市场监管局"), zh(law.departments().lead()));
    assertTrue(law.departments().basis().orElseThrow().contains("一、（三）2"));
    assertEquals(UnitStatus.RECTIFICATION_REQUIRED, a.status());
  }

  @Test
  void aPassedReCheckEndsEveryDuty() {
    assertEquals(expect(OK, OK, OK, OK, OK, OK), chainVerdicts(true, "recheck-passed"));
  }

  @Test
  void aFailedReCheckLeadsToThePublicNoticeAndTheSixtyToNinetyDayWindow() {
    assertEquals(expect(NC, OK, OK, NC, OK, NC), chainVerdicts(true, "recheck-failed"));
    Finding window = required(assess(site(chongqingSteel(spotCheck(true, "recheck-failed"))), AS_OF), AFTER_NOTICE);
    assertTrue(window.deadline().isEmpty(), "the regulation sets the re-check window, not a correction date");
    assertTrue(window.deadlineRule().contains("公告之日起六十日后九十日前"));
  }

  @Test
  void failingTheReCheckAfterTheNoticeSuspendsBusiness() {
    assertEquals(expect(OK, NC, OK, NC, OK, OK), chainVerdicts(true, "notice-recheck-failed"));
    UnitAssessment a = assess(site(chongqingSteel(spotCheck(true, "notice-recheck-failed"))), AS_OF);
    assertEquals(Action.HALT_AND_RECTIFY, required(a, SUSPEND).action());
    assertEquals("责令停业，限期整顿", required(a, SUSPEND).actionText().zh());
  }

  @Test
  void failingAgainAfterTheSuspensionRevokesTheBusinessLicence() {
    assertEquals(expect(OK, OK, NC, NC, OK, OK), chainVerdicts(true, "suspension-recheck-failed"));
    UnitAssessment a = assess(site(chongqingSteel(spotCheck(true, "suspension-recheck-failed"))), AS_OF);
    Finding revoke = required(a, REVOKE);
    assertEquals(Action.CLOSE, revoke.action());
    assertEquals("吊销营业执照", revoke.actionText().zh());
    assertEquals(UnitStatus.EXIT_REQUIRED, a.status());
  }

  @Test
  void theChainIsNationalSoItAppliesOutsideChongqingWithoutChongqingDepartments() {
    Enterprise beijing = enterprise("91110101QA0000001A", "110101", "C3130", spotCheck(true, null));
    UnitAssessment a = assess(site(beijing), AS_OF);
    Finding f = required(a, RECTIFY);
    assertEquals(NC, f.verdict());
    assertTrue(f.departments().lead().isEmpty(), "the Chongqing plan assigns no department in Beijing");
    assertTrue(f.departments().basis().isEmpty());
  }

  @Test
  void theSpotCheckPeriodsAreTheRegulationsSixtyDaysAndTheLawSetsNone() {
    DeadlineRule.AfterTrigger sixty = assertInstanceOf(DeadlineRule.AfterTrigger.class,
        entry(SIXTY_DAYS).consequence().deadline());
    assertEquals(Period.ofDays(60), sixty.period());
    assertEquals("rectification-order", sixty.trigger());
    assertEquals(Optional.empty(), sixty.extension());
    // 六十日内 counts from the day after the order (民法典 第二百零一条) and includes the 60th day.
    assertEquals(LocalDate.of(2025, 11, 9), sixty.deadlineAfter(LocalDate.of(2025, 9, 10)));
    assertInstanceOf(DeadlineRule.Immediate.class, entry(STOP).consequence().deadline());
    for (String id : List.of(RECTIFY, SUSPEND, REVOKE, AFTER_NOTICE)) {
      assertInstanceOf(DeadlineRule.NotStated.class, entry(id).consequence().deadline(), id);
    }
  }

  @Test
  void theLawAndTheRegulationAreDatedAsTheirSourcesGiveThem() {
    CatalogueEdition law = edition("cn-product-quality-law@2018");
    assertEquals(LocalDate.of(2018, 12, 29), law.published());
    assertEquals(LocalDate.of(2018, 12, 29), law.validity().start());
    assertEquals(Optional.empty(), law.validity().end());
    assertEquals(Optional.of(74), law.itemsInOfficialText(), "六章七十四条");
    CatalogueEdition regulation = edition("cn-product-quality-spot-check@2019");
    assertEquals("国家市场监督管理总局令第18号", regulation.documentNumber());
    assertEquals(LocalDate.of(2019, 11, 28), regulation.validity().start());
    assertTrue(regulation.source().note().orElseThrow().contains("UNVERIFIED"), "the effective date is flagged");
  }

  @Test
  void theLawsWordingIsTheCurrentOneWithItsDifferencesFlagged() {
    CatalogueEntry rectify = entry(RECTIFY);
    assertEquals("依法进行监督抽查的产品质量不合格的，由实施监督抽查的市场监督管理部门责令其生产者、销售者限期改正。",
        rectify.text().zh());
    assertEquals(Optional.of("第十七条第一款"), rectify.item());
    assertEquals(VerificationLevel.OFFICIAL_REPRINT, rectify.provenance().verification());
    assertTrue(rectify.provenance().note().orElseThrow().contains("依照本法规定进行监督抽查的"));
    for (String id : List.of(STOP, SIXTY_DAYS, AFTER_NOTICE)) {
      assertEquals(VerificationLevel.SECONDARY, entry(id).provenance().verification(), id + ": title from mirrors");
    }
    assertTrue(entry(SIXTY_DAYS).text().zh().contains("自责令之日起六十日内予以改正"));
    assertTrue(entry(SIXTY_DAYS).text().zh().contains("自责令之日起七十五日内"));
    assertTrue(entry(AFTER_NOTICE).text().zh().contains("在公告之日起六十日后九十日前"));
  }
}
