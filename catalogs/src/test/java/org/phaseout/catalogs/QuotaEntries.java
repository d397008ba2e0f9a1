package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.CriterionShapes.limitOf;
import static org.phaseout.catalogs.CriterionShapes.quantity;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.catalogue.Action;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.DeadlineRule;
import org.phaseout.catalogue.LimitWording;
import org.phaseout.catalogue.Operator;
import org.phaseout.catalogue.VerificationLevel;
import org.phaseout.measure.Quantity;

/** What every grade-3 entry of a bundled energy-quota standard (单位产品能源消耗限额) has in common. */
final class QuotaEntries {

  private QuotaEntries() {}

  /**
   * The entry is UNVERIFIED and otherwise as {@link #assertGrade3RectifiedInChongqing}.
   */
  static void assertUnverifiedGrade3RectifiedInChongqing(CatalogueEdition e, CatalogueEntry x) {
    assertEquals(VerificationLevel.UNVERIFIED, x.provenance().verification(), x.id());
    assertGrade3RectifiedInChongqing(e, x);
  }

  /**
   * The entry reads grade 3 as the limit for existing plants, rectifies within six months (extensible by three), is
   * led by the Chongqing economy commission, and its id carries the edition label.
   */
  static void assertGrade3RectifiedInChongqing(CatalogueEdition e, CatalogueEntry x) {
    assertTrue(x.provenance().note().orElseThrow().contains("grade 3 as the limit for existing plants"), x.id());
    assertEquals(Action.RECTIFY, x.consequence().action(), x.id());
    DeadlineRule.AfterTrigger rule = (DeadlineRule.AfterTrigger) x.consequence().deadline();
    assertEquals(Period.ofMonths(6), rule.period(), x.id());
    assertEquals(Optional.of(Period.ofMonths(3)), rule.extension(), x.id());
    assertEquals(List.of("cq.economy-it"), x.departments().get(0).lead(), x.id());
    assertEquals(DivisionCode.parse("500000"), x.departments().get(0).region(), x.id());
    assertTrue(x.id().startsWith(e.catalogueId().replace("-", "") + "-" + e.edition() + "."), x.id());
  }

  /**
   * The edition has this number and these dates, no end, SECONDARY dates from a source naming {@code sourcePart}, and
   * {@code entries} entries.
   */
  static CatalogueEdition assertSecondaryEdition(String key, String number, LocalDate published, LocalDate start,
      String sourcePart, int entries) {
    CatalogueEdition e = edition(key);
    assertEquals(number, e.documentNumber(), key);
    assertEquals(published, e.published(), key);
    assertEquals(start, e.validity().start(), key);
    assertEquals(Optional.empty(), e.validity().end(), key + ": no successor is known");
    assertEquals(VerificationLevel.SECONDARY, e.source().verification(), key);
    assertTrue(e.source().source().contains(sourcePart), key + " names " + sourcePart);
    assertEquals(entries, e.entries().size(), key);
    return e;
  }

  /** The entry fails a unit only when {@code indicator} exceeds (超过) {@code limit}; no correction is assumed. */
  static void assertExceeding(CatalogueEntry x, String indicator, String limit) {
    Criterion.Comparison c = limitOf(x);
    assertTrue(quantity(c).isEqualTo(Quantity.parse(limit)), x.id() + " limit " + quantity(c));
    assertEquals(indicator, c.operand().key(), x.id());
    assertEquals(Operator.GT, c.operator(), x.id() + ": only a value exceeding the grade-3 value fails");
    assertEquals(Optional.of(LimitWording.EXCEEDING), c.wording(), x.id());
    assertTrue(x.assumes().isEmpty(), x.id() + ": the script states no correction of the limit");
  }

  /** A unit just past the limit: non-compliant, the limit and its word shown, the commission leads, no deadline yet. */
  static void assertFailsPastLimit(Optional<Finding> finding, String entryId, String limit) {
    Finding failing = finding.orElseThrow(() -> new AssertionError(entryId + " gave no finding"));
    assertEquals(Verdict.NON_COMPLIANT, failing.verdict(), entryId);
    assertEquals(Optional.of(Quantity.parse(limit)), failing.threshold(), entryId);
    assertEquals(Optional.of("超过"), failing.thresholdWording(), entryId);
    assertEquals("市经济信息委", failing.departments().lead().get(0).zh(), entryId);
    assertTrue(failing.deadline().isEmpty(), "the six months run from a rectification notice, which is not known");
  }
}
