package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.CriterionShapes.limitOf;
import static org.phaseout.catalogs.CriterionShapes.quantity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.phaseout.UnitAssessment;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.LimitWording;
import org.phaseout.catalogue.Operator;
import org.phaseout.measure.Quantity;

/**
 * The first thirty-five bundled energy-quota standards (单位产品能源消耗限额, GB 21346-2022 aside) and how their tests
 * probe them: the topic's catalogue ids, a fictitious Chongqing enterprise, grade-3 and manual pins, edition dates, and
 * units evaluated on the bundled catalogues.
 */
final class QuotaStandardProbe {

  private QuotaStandardProbe() {}

  /** The catalogues of this topic (GB 21346-2022 is the lead's and is tested elsewhere). */
  static final Set<String> CATALOGUES = Set.of("gb-16780", "gb-21256", "gb-21340", "gb-21342", "gb-21252",
      "gb-30526", "gb-21341", "gb-21343", "gb-21344", "gb-21257", "gb-29140", "gb-25323", "gb-21347", "gb-29448",
      "gb-29436", "gb-30180", "gb-30251", "gb-29449", "gb-29995", "gb-45549", "gb-29446", "gb-36891", "gb-36892",
      "gb-46029", "gb-33654", "gb-30183", "gb-30184", "gb-36888", "gb-38263", "gb-32047", "gb-29438", "gb-21370",
      "gb-29445", "gb-31335", "gb-36889");

  static final LocalDate END_OF_2025 = QuotaBatch.END_OF_2025;

  static final Enterprise ENTERPRISE = Enterprise.builder()
      .creditCode(CreditCode.parse("91500101PH00000014")).name("示例建材钢铁有限公司（虚构）")
      .division(DivisionCode.parse("500101")).industry(IndustryCode.parse("C3011")).build();

  static List<CatalogueEdition> topicEditions() {
    return new QuotaBatch(CATALOGUES, ENTERPRISE).editions();
  }

  static void assertGrade3(String id, String quantity) {
    Criterion.Comparison c = limitOf(entry(id));
    Quantity expected = Quantity.parse(quantity);
    assertTrue(quantity(c).isEqualTo(expected), id + ": limit " + quantity(c) + " should be " + expected);
    assertEquals(Operator.GT, c.operator(), id + ": only a value exceeding the grade-3 value fails");
    assertEquals(Optional.of(LimitWording.EXCEEDING), c.wording(), id + ": limit word");
  }

  static void assertManual(String id, String... textContains) {
    CatalogueEntry e = entry(id);
    assertTrue(e.criterion().isEmpty(), id + " needs manual assessment and has no criterion");
    for (String s : textContains) {
      assertTrue(e.text().zh().contains(s), id + " text should contain " + s + ": " + e.text().zh());
    }
  }

  static final QuotaBatch BATCH = new QuotaBatch(CATALOGUES, ENTERPRISE);

  static List<String> rowsOf(UnitAssessment a, String prefix) {
    return a.findings().stream().map(f -> f.entry().entryId()).filter(id -> id.startsWith(prefix)).sorted().toList();
  }
}
