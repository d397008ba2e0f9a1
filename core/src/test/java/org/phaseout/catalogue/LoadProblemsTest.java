package org.phaseout.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogue.CatalogueFixtures.CHONGQING_2025;
import static org.phaseout.catalogue.CatalogueFixtures.VOCABULARY;
import static org.phaseout.catalogue.CatalogueFixtures.assertPlaces;
import static org.phaseout.catalogue.CatalogueFixtures.assertSays;
import static org.phaseout.catalogue.CatalogueFixtures.bytes;
import static org.phaseout.catalogue.CatalogueFixtures.edit;
import static org.phaseout.catalogue.CatalogueFixtures.loadFails;
import static org.phaseout.catalogue.CatalogueFixtures.loaderWith;
import static org.phaseout.catalogue.CatalogueFixtures.problemAt;
import static org.phaseout.catalogue.CatalogueFixtures.text;
import static org.phaseout.catalogue.CatalogueFixtures.utf8;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A failed load reports every problem at once, each with its origin, the JSON Pointer (RFC 6901) of the offending
 * value and what was expected; a file that is not JSON at all says where it stops being JSON.
 *
 * <p>The broken documents are the real Chongqing 2025 plan with small edits at named pointers.
 */
class LoadProblemsTest {

  private static final String BROKEN = "broken-cq-2025.json";

  /** The real plan with eight independent mistakes, each in a different place. */
  private static byte[] planWithEightMistakes() {
    return edit(CHONGQING_2025)
        .set("/schemaVersion", "\"1\"")                                            // wrong type
        .setText("/published", "2025年5月21日")                                      // bad date
        .set("/effectiveTo", "\"2026-01-01\"")                                     // unknown field
        .setText("/entries/0/applies/unitKinds/0", "coal-boiler")                  // unknown unit kind
        .setText("/entries/1/criterion/op", "<")                                   // contradicts 以下
        .setText("/entries/2/criterion/all/1/any/0/fact", "location.urbanArea")    // unknown attribute
        .remove("/entries/2/dimension")                                            // missing required field
        .setText("/entries/2/departments/0/lead/0", "cq.ecology")                  // unknown department
        .bytes();
  }

  @Test
  void reportsEveryMistakeOfADocumentInOneFailedLoad() {
    CatalogueException e = loadFails(loaderWith(VOCABULARY).addJson(BROKEN, planWithEightMistakes()));

    assertPlaces(e.problems(),
        BROKEN + "#/schemaVersion",
        BROKEN + "#/published",
        BROKEN + "#/effectiveTo",
        BROKEN + "#/entries/0/applies/unitKinds/0",
        BROKEN + "#/entries/1/criterion/op",
        BROKEN + "#/entries/2/criterion/all/1/any/0/fact",
        BROKEN + "#/entries/2/dimension",
        BROKEN + "#/entries/2/departments/0/lead/0");
  }

  @Test
  void saysAnIntegerWasExpectedWhereTheSchemaVersionIsAString() {
    List<CatalogueProblem> problems = problemsOfEightMistakes();

    assertSays(problemAt(problems, BROKEN, "/schemaVersion"), "expected an integer", "the string '1'");
  }

  @Test
  void saysAnIsoDateWasExpectedWhereTheDateIsWrittenInChinese() {
    List<CatalogueProblem> problems = problemsOfEightMistakes();

    assertSays(problemAt(problems, BROKEN, "/published"), "expected an ISO-8601 date", "'2025年5月21日'");
  }

  @Test
  void namesTheUnknownFieldAndTheFieldsThatAreAllowed() {
    List<CatalogueProblem> problems = problemsOfEightMistakes();

    assertSays(problemAt(problems, BROKEN, "/effectiveTo"), "unknown field 'effectiveTo'", "effectiveUntil");
  }

  @Test
  void namesTheUnknownUnitKind() {
    List<CatalogueProblem> problems = problemsOfEightMistakes();

    assertSays(problemAt(problems, BROKEN, "/entries/0/applies/unitKinds/0"),
        "unknown unit kind 'coal-boiler'", "not defined in the vocabulary");
  }

  @Test
  void rejectsOperatorThatContradictsLimitWording() {
    List<CatalogueProblem> problems = problemsOfEightMistakes();

    assertSays(problemAt(problems, BROKEN, "/entries/1/criterion/op"), "'以下' means '<='", "op is '<'");
  }

  @Test
  void namesTheUnknownAttributeDeepInsideTheCriterion() {
    List<CatalogueProblem> problems = problemsOfEightMistakes();

    assertSays(problemAt(problems, BROKEN, "/entries/2/criterion/all/1/any/0/fact"),
        "unknown attribute 'location.urbanArea'", "not defined in the vocabulary");
  }

  @Test
  void namesTheMissingRequiredField() {
    List<CatalogueProblem> problems = problemsOfEightMistakes();

    assertSays(problemAt(problems, BROKEN, "/entries/2/dimension"), "required field 'dimension' is missing");
  }

  @Test
  void namesTheUnknownDepartment() {
    List<CatalogueProblem> problems = problemsOfEightMistakes();

    assertSays(problemAt(problems, BROKEN, "/entries/2/departments/0/lead/0"),
        "unknown department 'cq.ecology'", "not defined in the vocabulary");
  }

  @Test
  void reportsProblemsOfSeveralFilesTogetherEachUnderItsOrigin() {
    byte[] second = edit(CHONGQING_2025)
        .setText("/catalogueId", "cq-backward-capacity-plan-copy")
        .setText("/entries/0/id", "copy.heat-network")
        .setText("/entries/1/id", "copy.10th")
        .setText("/entries/2/id", "copy.35th")
        .setText("/entries/0/consequence/action", "demolish")
        .bytes();

    CatalogueException e = loadFails(loaderWith(VOCABULARY)
        .addJson(BROKEN, planWithEightMistakes())
        .addJson("second.json", second));

    assertEquals(9, e.problems().size(), () -> e.problems().toString());
    assertSays(problemAt(e.problems(), "second.json", "/entries/0/consequence/action"),
        "expected one of [eliminate, close, rectify, halt-and-rectify, connect, inspect, apply-price-measure, upgrade]",
        "'demolish'");
  }

  @Test
  void reportsTheCriterionMistakesOfAnEntryWhoseUnitKindIsUnknown() {
    byte[] broken = edit(CHONGQING_2025)
        .setText("/entries/1/applies/unitKinds/0", "coal-boiler")
        .setText("/entries/1/criterion/op", "<")
        .bytes();

    CatalogueException e = loadFails(loaderWith(VOCABULARY).addJson(BROKEN, broken));

    assertPlaces(e.problems(), BROKEN + "#/entries/1/applies/unitKinds/0", BROKEN + "#/entries/1/criterion/op");
  }

  @Test
  void escapesSlashAndTildeInPointersAsRfc6901Says() {
    byte[] broken = edit(CHONGQING_2025).set("/entries/0/valid~0from~1to", "\"2025-05-21\"").bytes();

    CatalogueException e = loadFails(loaderWith(VOCABULARY).addJson(BROKEN, broken));

    assertSays(problemAt(e.problems(), BROKEN, "/entries/0/valid~0from~1to"), "unknown field 'valid~from/to'");
  }

  @Test
  void listsEveryProblemInTheExceptionMessageOneLineEach() {
    CatalogueException e = loadFails(loaderWith(VOCABULARY).addJson(BROKEN, planWithEightMistakes()));

    assertTrue(e.getMessage().startsWith("8 problems loading catalogues:"), e.getMessage());
    for (CatalogueProblem problem : e.problems()) {
      assertTrue(e.getMessage().contains("\n  - " + problem), () -> "missing " + problem);
    }
  }

  @Test
  void ordersProblemsByOriginThenPointer() {
    CatalogueException e = loadFails(loaderWith(VOCABULARY).addJson(BROKEN, planWithEightMistakes()));

    assertEquals(e.problems().stream().sorted().toList(), e.problems());
  }

  @Test
  void reportsTheLineAndColumnOfAJsonSyntaxError() {
    // the real plan with the comma after "edition": "2025" deleted; the parser stops at "title" on line 6
    String plan = text(CHONGQING_2025);
    assertTrue(plan.contains("\"edition\": \"2025\",\n  \"title\""), "the fixture is laid out as expected");
    byte[] broken = utf8(plan.replace("\"edition\": \"2025\",", "\"edition\": \"2025\""));

    CatalogueException e = loadFails(loaderWith(VOCABULARY).addJson(BROKEN, broken));

    assertSays(problemAt(e.problems(), BROKEN, ""), "not valid JSON", "line 6, column 3");
    assertEquals(1, e.problems().size(), () -> e.problems().toString());
  }

  @Test
  void rejectsADuplicateKeyAsASyntaxErrorRatherThanKeepingOneValue() {
    String plan = text(CHONGQING_2025);
    byte[] broken = utf8(plan.replace("\"published\": \"2025-05-21\",",
        "\"published\": \"2025-05-21\",\n  \"published\": \"2025-05-22\","));

    CatalogueException e = loadFails(loaderWith(VOCABULARY).addJson(BROKEN, broken));

    assertSays(problemAt(e.problems(), BROKEN, ""), "not valid JSON", "published");
  }

  private static byte[] withByteOrderMark(byte[] document) {
    byte[] withBom = new byte[document.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(document, 0, withBom, 3, document.length);
    return withBom;
  }

  @Test
  void rejectsAFileWithAUtf8ByteOrderMarkWithAClearMessage() {
    CatalogueException e = loadFails(loaderWith(VOCABULARY)
        .addJson(BROKEN, withByteOrderMark(bytes(CHONGQING_2025))));

    assertSays(problemAt(e.problems(), BROKEN, ""), "byte-order mark", "UTF-8 without BOM");
    assertEquals(1, e.problems().size(), () -> e.problems().toString());
  }

  @Test
  void stillReportsTheOtherProblemsOfAFileWithAByteOrderMark() {
    byte[] plan = edit(CHONGQING_2025).setText("/entries/1/criterion/op", "<").bytes();

    CatalogueException e = loadFails(loaderWith(VOCABULARY).addJson(BROKEN, withByteOrderMark(plan)));

    assertPlaces(e.problems(), BROKEN + "#", BROKEN + "#/entries/1/criterion/op");
  }

  @Test
  void aVocabularyWithAByteOrderMarkIsReportedOnceWithoutFloodingItsCatalogues() {
    CatalogueException e = loadFails(Catalogues.loader()
        .addJson(VOCABULARY, withByteOrderMark(bytes(VOCABULARY)))
        .addJson(CHONGQING_2025, bytes(CHONGQING_2025)));

    assertPlaces(e.problems(), VOCABULARY + "#");
    assertSays(e.problems().get(0), "byte-order mark");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " \n\t\n"})
  void rejectsAnEmptyFileSayingItIsEmpty(String content) {
    CatalogueException e = loadFails(loaderWith(VOCABULARY).addJson("empty.json", utf8(content)));

    assertSays(problemAt(e.problems(), "empty.json", ""), "the file is empty");
    assertEquals(1, e.problems().size(), () -> e.problems().toString());
  }

  @Test
  void rejectsADocumentWithoutAType() {
    byte[] broken = edit(CHONGQING_2025).remove("/type").bytes();

    CatalogueException e = loadFails(loaderWith(VOCABULARY).addJson(BROKEN, broken));

    assertSays(problemAt(e.problems(), BROKEN, "/type"), "\"vocabulary\", \"catalogue\" or \"overlay\"");
  }

  @Test
  void rejectsAnUnknownDocumentType() {
    byte[] broken = edit(CHONGQING_2025).setText("/type", "plan").bytes();

    CatalogueException e = loadFails(loaderWith(VOCABULARY).addJson(BROKEN, broken));

    assertSays(problemAt(e.problems(), BROKEN, "/type"), "\"vocabulary\", \"catalogue\" or \"overlay\"", "'plan'");
  }

  @Test
  void rejectsATopLevelArray() {
    CatalogueException e = loadFails(loaderWith(VOCABULARY).addJson(BROKEN, utf8("[]")));

    assertSays(problemAt(e.problems(), BROKEN, ""), "expected an object");
  }

  @Test
  void rejectsAnotherCatalogueFormatVersion() {
    byte[] broken = edit(CHONGQING_2025).set("/schemaVersion", "2").bytes();

    CatalogueException e = loadFails(loaderWith(VOCABULARY).addJson(BROKEN, broken));

    assertSays(problemAt(e.problems(), BROKEN, "/schemaVersion"), "version 1", "found 2");
  }

  @Test
  void rejectsACatalogueLoadedWithoutAnyVocabulary() {
    CatalogueException e = loadFails(loaderWith(CHONGQING_2025));

    assertSays(problemAt(e.problems(), "(loader)", ""), "without a vocabulary file");
  }

  @Test
  void rejectsAnEndDateThatIsNotAfterTheEffectiveDate() {
    byte[] broken = edit(CHONGQING_2025).setText("/effectiveUntil", "2025-05-21").bytes();

    CatalogueException e = loadFails(loaderWith(VOCABULARY).addJson(BROKEN, broken));

    assertSays(problemAt(e.problems(), BROKEN, "/effectiveUntil"), "after effectiveFrom 2025-05-21");
  }

  private static List<CatalogueProblem> problemsOfEightMistakes() {
    return loadFails(loaderWith(VOCABULARY).addJson(BROKEN, planWithEightMistakes())).problems();
  }
}
