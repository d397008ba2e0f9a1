package org.phaseout.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogue.CatalogueFixtures.CHONGQING_2025;
import static org.phaseout.catalogue.CatalogueFixtures.VOCABULARY;
import static org.phaseout.catalogue.CatalogueFixtures.assertSays;
import static org.phaseout.catalogue.CatalogueFixtures.bytes;
import static org.phaseout.catalogue.CatalogueFixtures.edit;
import static org.phaseout.catalogue.CatalogueFixtures.loadFails;
import static org.phaseout.catalogue.CatalogueFixtures.loaderWith;
import static org.phaseout.catalogue.CatalogueFixtures.problemAt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.capacity.Measurement;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.measure.Quantity;

/**
 * A criterion that reads the unit's other findings ({@code findingOf}), as the Chongqing plan's price measure for
 * cement does ("水泥…综合电耗水平不达标的企业，落实…阶梯电价"): decided after them, unknown whenever what it reads is not in
 * force, and only ever an entry's whole criterion.
 */
class FindingOfTest {

  private static final String GB_16780 = "/org/phaseout/bundled/gb-16780-2021.json";
  private static final String CEMENT_PRICE = "cq-2025.price.cement-comprehensive-power";
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  private static int indexOf(String name, String entryId) throws IOException {
    JsonNode entries = new ObjectMapper().readTree(bytes(name)).get("entries");
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).get("id").asText().equals(entryId)) {
        return i;
      }
    }
    throw new AssertionError("no entry " + entryId);
  }

  private static Finding cementPrice(CatalogueSet set, String kwhPerTonne) {
    Enterprise e = Enterprise.builder().creditCode(CreditCode.parse("91500101PH00000014")).name("示例水泥有限公司（虚构）")
        .division(DivisionCode.parse("500116")).industry(IndustryCode.parse("C3011")).build();
    ProductionUnit unit = ProductionUnit.builder().id("kiln-1").enterprise(e).kind("clinker-line")
        .putFacts("cement.altitudeCorrection", FactValue.of(false))
        .putMeasurements("cement.clinker-comprehensive-power", Measurement.of(Quantity.parse(kwhPerTonne + " kWh/t")))
        .build();
    return ComplianceEvaluator.of(set).evaluate(unit, AS_OF).units().get(0).findings().stream()
        .filter(f -> f.entry().entryId().equals(CEMENT_PRICE)).findFirst().orElseThrow();
  }

  @Test
  void readsTheFindingItNamesAndSaysWhichEntryMadeItTrue() throws CatalogueException {
    CatalogueSet set = loaderWith(VOCABULARY, CHONGQING_2025).addJson("gb-16780.json", bytes(GB_16780)).load();
    Finding over = cementPrice(set, "62");
    assertEquals(Verdict.NON_COMPLIANT, over.verdict());
    assertTrue(over.explanation().text().en().contains("gb16780-2021.clinker.comprehensive-power.grade3"),
        over.explanation().text().en());
    assertEquals(Verdict.COMPLIANT, cementPrice(set, "61").verdict());
  }

  @Test
  void isUnknownWhenTheCatalogueItReadsIsNotLoaded() throws CatalogueException {
    Finding f = cementPrice(loaderWith(VOCABULARY, CHONGQING_2025).load(), "62");
    assertEquals(Verdict.INSUFFICIENT_DATA, f.verdict(), "not knowing the standard is not compliance");
    assertTrue(f.explanation().text().en().contains("no edition of gb-16780 is in force"), f.explanation().text().en());
  }

  @Test
  void isUnknownWhenTheEditionInForceNoLongerHasTheEntryItNames() throws Exception {
    byte[] renamed = edit(GB_16780).setText("/entries/" + indexOf(GB_16780,
        "gb16780-2021.clinker.comprehensive-power.grade3") + "/id", "gb16780-2021.clinker.power.grade3").bytes();
    Finding f = cementPrice(loaderWith(VOCABULARY, CHONGQING_2025).addJson("gb-16780.json", renamed).load(), "62");
    assertEquals(Verdict.INSUFFICIENT_DATA, f.verdict());
    assertTrue(f.explanation().text().en().contains("has no entry gb16780-2021.clinker.comprehensive-power.grade3"),
        f.explanation().text().en());
  }

  @Test
  void mayBePartOfAnEntrysCriterionButNeverOfAScopeOrAnAssumption() throws Exception {
    int i = indexOf(CHONGQING_2025, CEMENT_PRICE);
    String origin = "cq.json";
    List<CatalogueProblem> scope = loadFails(loaderWith(VOCABULARY).addJson(origin, edit(CHONGQING_2025)
        .set("/entries/" + i + "/applies/when", "{\"findingOf\": \"gb-16780\"}").bytes())).problems();
    assertSays(problemAt(scope, origin, "/entries/" + i + "/applies/when/findingOf"),
        "belongs in an entry's criterion only");
    List<CatalogueProblem> assumption = loadFails(loaderWith(VOCABULARY).addJson(origin, edit(CHONGQING_2025)
        .set("/entries/" + i + "/assumes", "{\"not\": {\"findingOf\": \"gb-16780\"}}").bytes())).problems();
    assertSays(problemAt(assumption, origin, "/entries/" + i + "/assumes/not/findingOf"),
        "never in a scope or an assumption");
  }

  /** The English texts of a node and of all its parts. */
  private static String texts(org.phaseout.Condition node) {
    StringBuilder all = new StringBuilder(node.text().en());
    node.parts().forEach(p -> all.append('\n').append(texts(p)));
    return all.toString();
  }

  @Test
  void withinAllAnyAndNotItCombinesWithTheOtherPartsInThreeValuedLogic() throws Exception {
    // “限制类企业” excludes a 淘汰类 one: read one catalogue unless another is read true
    int i = indexOf(CHONGQING_2025, CEMENT_PRICE);
    String criterion = "/entries/" + i + "/criterion";
    CatalogueSet unless = loaderWith(VOCABULARY).addJson("cq.json", edit(CHONGQING_2025).set(criterion,
            "{\"all\": [{\"unconditional\": true}, {\"not\": {\"findingOf\": \"gb-16780\", \"entries\": "
                + "[\"gb16780-2021.clinker.comprehensive-power.grade3\"]}}]}").bytes())
        .addJson("gb-16780.json", bytes(GB_16780)).load();
    assertEquals(Verdict.COMPLIANT, cementPrice(unless, "62").verdict(), "not (over the limit) is false");
    Finding met = cementPrice(unless, "61");
    assertEquals(Verdict.NON_COMPLIANT, met.verdict(), "not (within the limit) is true");
    assertTrue(texts(met.explanation()).contains("does not fall under gb16780-2021.clinker.comprehensive-power.grade3"),
        texts(met.explanation()));
    CatalogueSet notLoaded = loaderWith(VOCABULARY).addJson("cq.json", edit(CHONGQING_2025).set(criterion,
        "{\"any\": [{\"findingOf\": \"gb-16780\"}, {\"not\": {\"unconditional\": true}}]}").bytes()).load();
    assertEquals(Verdict.INSUFFICIENT_DATA, cementPrice(notLoaded, "62").verdict(),
        "unknown or false is unknown: never a pass");
  }
}
