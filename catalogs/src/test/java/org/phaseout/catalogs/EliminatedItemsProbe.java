package org.phaseout.catalogs;

import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.catalogue.CatalogueEntry;

/**
 * How the tests of the 《产业结构调整指导目录（2024年本）》 淘汰类 items added from a third-party transcription of the official
 * PDF (GitHub dk22246/project-preliminary-assessment, commit 0d8b22b9) find those entries and probe one with a fictitious
 * unit of a Chongqing or a Hebei enterprise.
 */
final class EliminatedItemsProbe {

  private EliminatedItemsProbe() {}

  private static final String COMMIT = "0d8b22b9137b654c07579da0efb6984eb3e323ef";
  static final String PREFIX = "cn-isac-2024.eliminated.";
  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  static final Enterprise CHONGQING = enterprise("500101", "C3110");
  static final Enterprise HEBEI = enterprise("130200", "C3110");

  private static Enterprise enterprise(String division, String industry) {
    return Enterprise.builder().creditCode(CreditCode.parse("91500101PH00000027")).name("示例冶金化工有限公司（虚构）")
        .division(DivisionCode.parse(division)).industry(IndustryCode.parse(industry)).build();
  }

  /** The entries added from the transcription: those whose source names its commit. */
  static List<CatalogueEntry> added() {
    return edition("cn-industry-structure-adjustment-eliminated@2024").entries().stream()
        .filter(e -> e.provenance().source().contains(COMMIT)).toList();
  }

  /** The entry's verdict for a unit of its first kind with the data. */
  static Verdict verdict(Enterprise enterprise, String id, Map<String, Object> data) {
    Optional<Finding> f = UnitProbe.findingIfAny(enterprise, entry(PREFIX + id), AS_OF, data);
    return f.orElseThrow(() -> new AssertionError(id + " gave no finding")).verdict();
  }
}
