package org.phaseout.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.ComplianceReport;
import org.phaseout.EvaluationFixtures;
import org.phaseout.InvalidInputException;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.Measurement;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueException;
import org.phaseout.catalogue.CatalogueProblem;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.catalogue.Catalogues;
import org.phaseout.catalogue.Vocabulary;
import org.phaseout.measure.Quantity;
import org.phaseout.measure.UnitOfMeasure;

/**
 * Fuzz tests of the catalogue loader: whatever bytes a catalogue file holds, loading either gives a usable snapshot
 * or throws {@link CatalogueException} listing its problems; nothing else escapes, and a snapshot that loads can be
 * evaluated against.
 *
 * <p>In {@code mvn test} these run in regression mode: once on the empty input and once on each file of the seed
 * corpus in {@code src/test/resources/org/phaseout/fuzz/CatalogueLoaderFuzzTestInputs/<method name>/}, with no time
 * budget. To fuzz for real (one fuzz test per run; findings are saved into that directory), run for example
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -pl core test -Dtest='CatalogueLoaderFuzzTest#aCatalogueFileOfAnyBytesBesideTheRealVocabularyLoadsOrThrowsCatalogueException'
 * </pre>
 *
 * <p>(Jazzer fuzzes one fuzz test per run, for the {@code maxDuration} of its annotation, five minutes by default.)
 */
class CatalogueLoaderFuzzTest {

  /** Sorts before every real file, so a fuzzed vocabulary wins the merge and real catalogues are read against it. */
  private static final String FUZZED = "a-fuzzed.json";

  private static final byte[] VOCABULARY = EvaluationFixtures.resource(EvaluationFixtures.VOCABULARY);

  @FuzzTest
  void aCatalogueFileOfAnyBytesBesideTheRealVocabularyLoadsOrThrowsCatalogueException(byte[] document) {
    loadAndUse(Catalogues.loader()
        .addJson(EvaluationFixtures.VOCABULARY, VOCABULARY)
        .addJson(FUZZED, document), document);
  }

  @FuzzTest
  void aFileOfAnyBytesBesideAllTheRealCataloguesLoadsOrThrowsCatalogueException(byte[] document) {
    Catalogues.Loader loader = Catalogues.loader();
    for (String file : EvaluationFixtures.FILES) {
      loader.addJson(file, EvaluationFixtures.resource(file));
    }
    loadAndUse(loader.addJson(FUZZED, document), document);
  }

  private static void loadAndUse(Catalogues.Loader loader, byte[] document) {
    CatalogueSet set;
    try {
      set = loader.load();
      String json = new String(document, java.nio.charset.StandardCharsets.UTF_8);
      assertEquals(List.of(), ShippedSchemas.catalogueViolations(json),
          "what the loader accepts, the shipped JSON Schema accepts");
    } catch (CatalogueException e) {
      assertFalse(e.problems().isEmpty());
      for (CatalogueProblem p : e.problems()) {
        assertTrue(p.pointer().isEmpty() || p.pointer().startsWith("/"), p.toString());
        assertFalse(p.message().isBlank(), p.toString());
      }
      return;
    }
    evaluateSampleUnits(set);
  }

  /** Evaluates one sample unit of every kind on every date an edition starts: only invalid input may be reported. */
  private static void evaluateSampleUnits(CatalogueSet set) {
    ComplianceEvaluator evaluator = ComplianceEvaluator.of(set);
    List<ProductionUnit> units = sampleUnits(set.vocabulary());
    List<LocalDate> dates = new ArrayList<>();
    dates.add(EvaluationFixtures.PLAN_YEAR_END);
    for (CatalogueEdition e : set.editions()) {
      dates.add(e.validity().start());
    }
    for (LocalDate asOf : dates) {
      try {
        ComplianceReport report = evaluator.evaluate(units, asOf);
        assertEquals(units.size(), report.units().size());
        assertTrue(report.toJson().length > 0);
      } catch (InvalidInputException e) {
        assertFalse(e.problems().isEmpty());
      }
    }
  }

  /** A unit of every kind, each with every fact and indicator the vocabulary defines, in the units it fixes. */
  private static List<ProductionUnit> sampleUnits(Vocabulary vocabulary) {
    List<ProductionUnit> units = new ArrayList<>();
    int i = 0;
    for (Vocabulary.UnitKind kind : vocabulary.unitKinds().values()) {
      ProductionUnit.Builder b = ProductionUnit.builder().id("unit-" + i++)
          .enterprise(EvaluationFixtures.chongqingBoilerOwner()).kind(kind.id());
      kind.capacityUnit().ifPresent(u -> b.ratedCapacity(Quantity.of(7, u)));
      for (Vocabulary.Attribute a : vocabulary.attributes().values()) {
        if (a.key().startsWith("unit.") || a.key().startsWith("enterprise.")) {
          continue;
        }
        switch (a.type()) {
          case BOOLEAN -> b.putFacts(a.key(), FactValue.of(true));
          case DATE -> b.putFacts(a.key(), FactValue.of(LocalDate.of(2020, 1, 1)));
          case TEXT -> b.putFacts(a.key(), FactValue.of(a.allowedValues().stream().sorted().findFirst()
              .orElse("text")));
          case QUANTITY -> b.putFacts(a.key(), FactValue.of(Quantity.of(7, a.unit().orElse(UnitOfMeasure.ONE))));
        }
      }
      for (Vocabulary.Indicator indicator : vocabulary.indicators().values()) {
        b.putMeasurements(indicator.code(), Measurement.of(Quantity.of(7, indicator.unit())));
      }
      units.add(b.build());
    }
    return units;
  }
}
