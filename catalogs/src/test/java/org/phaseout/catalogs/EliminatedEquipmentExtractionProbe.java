package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.Finding;
import org.phaseout.UnitAssessment;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.measure.Quantity;

/**
 * How the tests of the MIIT 《高耗能落后机电设备（产品）淘汰目录》 batch 1 and 2 rows read from the EquipEffi extraction
 * (GitHub adgo07/EquipEffi) find an edition and a row by its item, and probe a row with a fictitious Chongqing unit
 * described by its model, series, facts and capacity.
 */
final class EliminatedEquipmentExtractionProbe {

  private EliminatedEquipmentExtractionProbe() {}

  static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  static final ComplianceEvaluator EVALUATOR = ComplianceEvaluator.of(BundledData.catalogues());
  static final Enterprise WORKS = Enterprise.builder()
      .creditCode(CreditCode.parse("91500101PH00000014")).name("示例设备制造有限公司（虚构）")
      .division(DivisionCode.parse("500101")).industry(IndustryCode.parse("C3440")).build();

  static CatalogueEdition edition(int batch) {
    String key = "miit-eliminated-electromechanical-equipment-batch-" + batch + "@batch-" + batch;
    return BundledData.catalogues().editions().stream().filter(e -> e.key().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("no edition " + key));
  }

  static CatalogueEntry byItem(int batch, String item) {
    List<CatalogueEntry> found = edition(batch).entries().stream().filter(e -> e.item().equals(Optional.of(item)))
        .toList();
    assertEquals(1, found.size(), "batch " + batch + " item " + item + " is one entry");
    return found.get(0);
  }

  static Optional<Finding> findingIfAny(CatalogueEntry entry, String kind, Consumer<ProductionUnit.Builder> setup) {
    ProductionUnit.Builder b = ProductionUnit.builder().id("u-1").enterprise(WORKS).kind(kind);
    setup.accept(b);
    UnitAssessment a = EVALUATOR.evaluate(b.build(), AS_OF).units().get(0);
    return a.findings().stream().filter(f -> f.entry().entryId().equals(entry.id())).findFirst();
  }

  static Verdict verdict(CatalogueEntry entry, String kind, Consumer<ProductionUnit.Builder> setup) {
    return findingIfAny(entry, kind, setup).orElseThrow(() -> new AssertionError(entry.id() + " gave no finding"))
        .verdict();
  }

  private static Consumer<ProductionUnit.Builder> text(String key, String value) {
    return b -> {
      if (value != null) {
        b.putFacts(key, FactValue.of(value));
      }
    };
  }

  static Consumer<ProductionUnit.Builder> model(String model) {
    return text("equipment.model", model);
  }

  static Consumer<ProductionUnit.Builder> series(String series) {
    return text("equipment.series", series);
  }

  static Consumer<ProductionUnit.Builder> flag(String key, boolean value) {
    return b -> b.putFacts(key, FactValue.of(value));
  }

  static Consumer<ProductionUnit.Builder> capacity(String value) {
    return b -> b.ratedCapacity(Quantity.parse(value));
  }

  static Consumer<ProductionUnit.Builder> quantity(String key, String value) {
    return b -> b.putFacts(key, FactValue.of(Quantity.parse(value)));
  }

  @SafeVarargs
  static Consumer<ProductionUnit.Builder> and(Consumer<ProductionUnit.Builder>... parts) {
    Consumer<ProductionUnit.Builder> out = b -> { };
    for (Consumer<ProductionUnit.Builder> p : parts) {
      out = out.andThen(p);
    }
    return out;
  }
}
