package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.QualityEnterpriseProbe.AS_OF;
import static org.phaseout.catalogs.QualityEnterpriseProbe.EVALUATOR;
import static org.phaseout.catalogs.QualityEnterpriseProbe.NA;
import static org.phaseout.catalogs.QualityEnterpriseProbe.NC;
import static org.phaseout.catalogs.QualityEnterpriseProbe.OK;
import static org.phaseout.catalogs.QualityEnterpriseProbe.assess;
import static org.phaseout.catalogs.QualityEnterpriseProbe.chongqingSteel;
import static org.phaseout.catalogs.QualityEnterpriseProbe.enterprise;
import static org.phaseout.catalogs.QualityEnterpriseProbe.finding;
import static org.phaseout.catalogs.QualityEnterpriseProbe.required;
import static org.phaseout.catalogs.QualityEnterpriseProbe.unit;
import static org.phaseout.catalogs.QualityEnterpriseProbe.zh;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.phaseout.ComplianceReport;
import org.phaseout.Finding;
import org.phaseout.UnitAssessment;
import org.phaseout.Verdict;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.Action;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.CatalogueStatus;
import org.phaseout.catalogue.VerificationLevel;
import org.phaseout.measure.Quantity;

/**
 * The industrial product production licences (工业产品生产许可证) of 国发〔2024〕11号, as specifications: steel bars for
 * construction, cement and the products added in 2024 may not be produced without a licence, from the end of the
 * transition and not the day before; the catalogue has 27 products, of which eight are encoded.
 */
class ProductionLicenceTest {

  private static final String HOT_ROLLED = "cn-pl-2024.construction-bars.hot-rolled.unlicensed";

  private static final String COLD_ROLLED = "cn-pl-2024.construction-bars.cold-rolled-ribbed.unlicensed";

  private static final String CEMENT = "cn-pl-2024.cement.unlicensed";

  private static final String LPG_REGULATOR = "cn-pl-2024.lpg-cylinder-regulator.unlicensed";

  private static final String WIRE_ROPE = "cn-pl-2024.steel-wire-rope.unlicensed";

  private static final String PLYWOOD = "cn-pl-2024.plywood.unlicensed";

  private static final String BLOCKBOARD = "cn-pl-2024.blockboard.unlicensed";

  private static final String HELMET = "cn-pl-2024.safety-helmet.unlicensed";

  private static final List<String> ADDED_2024 = List.of(COLD_ROLLED, LPG_REGULATOR, WIRE_ROPE, PLYWOOD, BLOCKBOARD,
      HELMET);

  private static Consumer<ProductionUnit.Builder> rolling(String product) {
    return b -> {
      b.ratedCapacity(Quantity.parse("60 10^4 t/a"));
      if (product != null) {
        b.putFacts("steel.rolledProduct", FactValue.of(product));
      }
    };
  }

  private static Map<String, FactValue> licence(Boolean held) {
    return held == null ? Map.of() : Map.of("enterprise.productionLicence", FactValue.of(held));
  }

  private static Verdict licenceVerdict(String entryId, String kind, Consumer<ProductionUnit.Builder> setup,
      Boolean held) {
    return required(assess(unit(chongqingSteel(licence(held)), kind, setup), AS_OF), entryId).verdict();
  }

  @Test
  void hotRolledBarsMayNotBeProducedWithoutALicence() {
    assertEquals(NC, licenceVerdict(HOT_ROLLED, "steel-rolling-line", rolling("hot-rolled-rebar"), false));
    assertEquals(OK, licenceVerdict(HOT_ROLLED, "steel-rolling-line", rolling("hot-rolled-rebar"), true));
    assertEquals(OK, licenceVerdict(HOT_ROLLED, "steel-rolling-line", rolling("other"), false));
    assertEquals(NA, licenceVerdict(HOT_ROLLED, "steel-rolling-line", rolling(null), false));
    assertEquals(NA, licenceVerdict(HOT_ROLLED, "steel-rolling-line", rolling("hot-rolled-rebar"), null));
  }

  @Test
  void coldRolledRibbedBarsNeedALicenceFrom25September2024() {
    UnitAssessment a = assess(unit(chongqingSteel(licence(false)), "steel-rolling-line",
        rolling("cold-rolled-ribbed-rebar")), AS_OF);
    Finding f = required(a, COLD_ROLLED);
    assertEquals(NC, f.verdict());
    assertEquals(Optional.of(LocalDate.of(2024, 9, 24)), f.deadline(), "the last day of the 3-month transition");
    assertTrue(f.deadlineRule().contains("自2024年9月25日起"));
    assertEquals(List.of("市市场监管局"), zh(f.departments().lead()));
    assertEquals(OK, licenceVerdict(COLD_ROLLED, "steel-rolling-line", rolling("hot-rolled-rebar"), false));
  }

  @Test
  void theLicenceCatalogueIsInForceFromTheEndOfTheTransitionAndNotTheDayBefore() {
    ProductionUnit line = unit(chongqingSteel(licence(false)), "steel-rolling-line",
        rolling("cold-rolled-ribbed-rebar"));
    LocalDate lastTransitionDay = LocalDate.of(2024, 9, 24);
    ComplianceReport before = EVALUATOR.evaluate(line, lastTransitionDay);
    assertEquals(CatalogueStatus.State.NOT_YET_IN_FORCE, status(before, "cn-production-licence-catalogue"));
    assertTrue(finding(before.units().get(0), COLD_ROLLED).isEmpty());
    ComplianceReport from = EVALUATOR.evaluate(line, lastTransitionDay.plusDays(1));
    assertEquals(CatalogueStatus.State.IN_FORCE, status(from, "cn-production-licence-catalogue"));
    assertEquals(NC, required(from.units().get(0), COLD_ROLLED).verdict());
  }

  @Test
  void cementGrindingLinesNeedALicence() {
    Consumer<ProductionUnit.Builder> mill = b -> b.ratedCapacity(Quantity.parse("120 10^4 t/a"));
    assertEquals(NC, licenceVerdict(CEMENT, "cement-grinding-line", mill, false));
    assertEquals(OK, licenceVerdict(CEMENT, "cement-grinding-line", mill, true));
    assertEquals(NA, licenceVerdict(CEMENT, "cement-grinding-line", mill, null));
  }

  /** A unit whose only fact, if any, is its product (null: not reported). */
  private static Consumer<ProductionUnit.Builder> product(String key, String value) {
    return b -> {
      if (value != null) {
        b.putFacts(key, FactValue.of(value));
      }
    };
  }

  /** licensed → compliant, not licensed → non-compliant, not reported → insufficient data. */
  private static void needsALicence(String entryId, String kind, Consumer<ProductionUnit.Builder> setup) {
    assertEquals(NC, licenceVerdict(entryId, kind, setup, false), entryId);
    assertEquals(OK, licenceVerdict(entryId, kind, setup, true), entryId);
    assertEquals(NA, licenceVerdict(entryId, kind, setup, null), entryId);
  }

  @Test
  void bottledLpgRegulatorsNeedALicenceFrom25September2024() {
    needsALicence(LPG_REGULATOR, "lpg-cylinder-regulator-line", b -> { });
  }

  @Test
  void steelWireRopeNeedsALicenceFrom25September2024() {
    needsALicence(WIRE_ROPE, "steel-wire-products-plant", product("steelwire.product", "wire-rope"));
    assertEquals(OK, licenceVerdict(WIRE_ROPE, "steel-wire-products-plant", product("steelwire.product", "other"),
        false));
    assertEquals(NA, licenceVerdict(WIRE_ROPE, "steel-wire-products-plant", product("steelwire.product", null),
        false));
  }

  @Test
  void plywoodNeedsALicenceFrom25September2024() {
    needsALicence(PLYWOOD, "wood-products-plant", product("wood.product", "plywood"));
    assertEquals(OK, licenceVerdict(PLYWOOD, "wood-products-plant", product("wood.product", "blockboard"), false));
    assertEquals(NA, licenceVerdict(PLYWOOD, "wood-products-plant", product("wood.product", null), false));
  }

  @Test
  void blockboardNeedsALicenceFrom25September2024() {
    needsALicence(BLOCKBOARD, "wood-products-plant", product("wood.product", "blockboard"));
    assertEquals(OK, licenceVerdict(BLOCKBOARD, "wood-products-plant", product("wood.product", "plywood"), false));
    assertEquals(NA, licenceVerdict(BLOCKBOARD, "wood-products-plant", product("wood.product", null), false));
  }

  @Test
  void safetyHelmetsNeedALicenceFrom25September2024() {
    needsALicence(HELMET, "safety-helmet-line", b -> { });
  }

  @Test
  void everyProductAdded2024HasTheLastTransitionDayAsDeadlineAndNoFindingBeforeTheEndOfTheTransition() {
    Map<String, ProductionUnit> units = Map.of(
        LPG_REGULATOR, unit(chongqingSteel(licence(false)), "lpg-cylinder-regulator-line", b -> { }),
        WIRE_ROPE, unit(chongqingSteel(licence(false)), "steel-wire-products-plant",
            product("steelwire.product", "wire-rope")),
        PLYWOOD, unit(chongqingSteel(licence(false)), "wood-products-plant", product("wood.product", "plywood")),
        BLOCKBOARD, unit(chongqingSteel(licence(false)), "wood-products-plant", product("wood.product", "blockboard")),
        HELMET, unit(chongqingSteel(licence(false)), "safety-helmet-line", b -> { }));
    LocalDate lastTransitionDay = LocalDate.of(2024, 9, 24);
    units.forEach((id, unit) -> {
      assertTrue(finding(assess(unit, lastTransitionDay), id).isEmpty(), id);
      Finding f = required(assess(unit, lastTransitionDay.plusDays(1)), id);
      assertEquals(NC, f.verdict(), id);
      assertEquals(Optional.of(lastTransitionDay), f.deadline(), id);
      assertTrue(f.deadlineRule().contains("自2024年9月25日起"), id);
      assertEquals(List.of("市市场监管局"), zh(f.departments().lead()), id);
    });
    for (String id : ADDED_2024) {
      CatalogueEntry e = entry(id);
      assertTrue(e.text().zh().contains("冷轧带肋钢筋、瓶装液化石油气调压器、钢丝绳、胶合板、细木工板、安全帽等6种产品"), id);
      assertTrue(e.citations().get(0).clause().contains(e.item().orElseThrow()), id);
      assertEquals(Action.HALT_AND_RECTIFY, e.consequence().action(), id);
    }
  }

  @Test
  void theLicenceCatalogueHas27ProductsOfWhichEightAreEncoded() {
    CatalogueEdition catalogue = edition("cn-production-licence-catalogue@2024");
    assertEquals("国发〔2024〕11号", catalogue.documentNumber());
    assertEquals(Optional.of(27), catalogue.itemsInOfficialText());
    assertEquals(LocalDate.of(2024, 9, 25), catalogue.validity().start());
    assertEquals(8, catalogue.entries().size());
    assertEquals(List.of("钢筋混凝土用热轧钢筋", "冷轧带肋钢筋", "水泥", "瓶装液化石油气调压器", "钢丝绳", "胶合板", "细木工板",
        "安全帽"), catalogue.entries().stream().map(e -> e.item().orElseThrow()).toList());
    assertEquals(Set.of(VerificationLevel.SECONDARY),
        Set.copyOf(catalogue.entries().stream().map(e -> e.provenance().verification()).toList()));
  }

  private static CatalogueStatus.State status(ComplianceReport report, String catalogueId) {
    return report.catalogues().stream().filter(s -> s.catalogueId().equals(catalogueId)).findFirst()
        .orElseThrow().state();
  }
}
