package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.catalogue.Action;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.DeadlineRule;
import org.phaseout.catalogue.VerificationLevel;

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
}
