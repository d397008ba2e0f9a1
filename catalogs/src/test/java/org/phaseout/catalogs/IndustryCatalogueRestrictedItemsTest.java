package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.BundledData.entry;
import static org.phaseout.catalogs.UnitProbe.data;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.ComplianceReport;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.Action;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.CatalogueStatus;
import org.phaseout.catalogue.DeadlineRule;
import org.phaseout.catalogue.EntryCategory;
import org.phaseout.catalogue.VerificationLevel;
import org.phaseout.measure.Quantity;

/**
 * The 《产业结构调整指导目录（2024年本）》 第二类 限制类 items of 石化化工, 钢铁, 有色金属 and 建材 (the sub-sections holding
 * the eight industries of the differential electricity price), from a third-party transcription of the official PDF
 * (GitHub dk22246/project-preliminary-assessment, commit 0d8b22b9), and items 2–6 of 一、农林牧渔业, from the official
 * text as reprinted by 建标库: restricted capacity is to be upgraded, never closed by a date; each machine-checkable
 * clause is evaluated on fictitious units at its limit, just inside, just outside and without the data it needs.
 */
class IndustryCatalogueRestrictedItemsTest {

  private static final String KEY = "cn-industry-structure-adjustment-restricted@2024";
  private static final String COMMIT = "0d8b22b9137b654c07579da0efb6984eb3e323ef";
  private static final String PREFIX = "cn-isac-2024.restricted.";
  private static final String JIANBIAOKU = "http://m.jianbiaoku.com/webarbs/book/26482/4859777.shtml";
  private static final String AGRICULTURE = "一、农林牧渔业";
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private static final Enterprise CHONGQING = enterprise("500101");
  private static final Enterprise TIBET = enterprise("540102");

  private static Enterprise enterprise(String division) {
    return Enterprise.builder().creditCode(CreditCode.parse("91500101PH00000027")).name("示例冶金建材化工有限公司（虚构）")
        .division(DivisionCode.parse(division)).industry(IndustryCode.parse("C3110")).build();
  }

  private static List<CatalogueEntry> entries() {
    return edition(KEY).entries();
  }

  /** The finding of one entry on a unit of the given kind, if the entry speaks about the unit. */
  private static Optional<Finding> finding(Enterprise enterprise, String id, String kind, Map<String, Object> data) {
    return UnitProbe.assess(enterprise, kind, AS_OF, data).findings().stream()
        .filter(f -> f.entry().entryId().equals(PREFIX + id)).findFirst();
  }

  @Test
  void everyEntryIsRestrictedCapacityToUpgradeWithNoDeadlineAndCitesItsSectorAndItem() {
    for (CatalogueEntry e : entries()) {
      assertEquals(EntryCategory.RESTRICTED, e.category(), e.id());
      assertEquals(Action.UPGRADE, e.consequence().action(), e.id());
      assertEquals("改造升级（禁止新建）", e.consequence().text().zh(), e.id());
      DeadlineRule deadline = assertInstanceOf(DeadlineRule.NotStated.class, e.consequence().deadline(), e.id());
      assertTrue(deadline.wording().contains("允许企业在一定期限内采取措施改造升级"), e.id());
      assertEquals(2, e.section().size(), e.id());
      assertEquals("第二类 限制类", e.section().get(0), e.id());
      String clause = "第二类 限制类 " + e.section().get(1) + " 第" + e.item().orElseThrow() + "项";
      assertEquals(clause, e.citations().get(0).clause(), e.id());
      assertTrue(e.citations().get(1).clause().contains("引言"), e.id());
      assertEquals(Optional.of(JIANBIAOKU), e.citations().get(1).url());
      assertTrue(e.id().startsWith(PREFIX), e.id());
      assertTrue(e.departments().isEmpty(), e.id() + ": the Chongqing plan assigns no department to 限制类");
      String note = e.provenance().note().orElseThrow();
      if (e.section().get(1).equals(AGRICULTURE)) {
        // read from the official text as reprinted, and compared with the transcription
        assertEquals(VerificationLevel.OFFICIAL_REPRINT, e.provenance().verification(), e.id());
        assertEquals(JIANBIAOKU, e.provenance().source(), e.id());
        assertEquals(Optional.of(JIANBIAOKU), e.citations().get(0).url());
        assertTrue(note.contains(COMMIT), e.id());
      } else {
        assertEquals(VerificationLevel.SECONDARY, e.provenance().verification(), e.id());
        assertTrue(e.provenance().source().contains(COMMIT), e.id());
      }
      assertTrue(note.contains("industrial_restructuring_2024:"), e.id());
      assertTrue(note.contains("Not compared with the official PDF"), e.id());
      assertTrue(note.contains(e.isMachineCheckable() ? "Machine-checkable" : "Manual assessment"), e.id());
    }
  }

  @Test
  void everyItemOfTheFourSectorsIsEncodedExceptTheOneNoUnitKindDescribes() {
    Map<String, Set<String>> items = entries().stream().collect(Collectors.groupingBy(e -> e.section().get(1),
        Collectors.mapping(e -> e.item().orElseThrow(), Collectors.toCollection(TreeSet::new))));
    assertEquals(Map.of(AGRICULTURE, 5, "石化化工", 13, "钢铁", 21, "有色金属", 8, "建材", 10),
        items.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, x -> x.getValue().size())));
    assertFalse(items.get("有色金属").contains("9"));
    assertEquals(Set.of("2", "3", "4", "5", "6"), items.get(AGRICULTURE));
    CatalogueEdition edition = edition(KEY);
    assertTrue(edition.source().note().orElseThrow().contains("有色金属 item 9"));
    assertTrue(edition.source().note().orElseThrow().contains("item 1 (天然草场超载放牧) is left out"));
    assertEquals(73, entries().size());
    assertEquals(24, entries().stream().filter(CatalogueEntry::isMachineCheckable).count());
    assertEquals(Optional.of(231), edition.itemsInOfficialText());
    assertEquals("国家发展改革委令第7号", edition.documentNumber());
    assertEquals("产业结构调整指导目录（2024年本）第二类 限制类", edition.title().zh());
  }

  @Test
  void theEditionIsInForceFromTheFirstOfFebruary2024() {
    ComplianceEvaluator evaluator = ComplianceEvaluator.of(BundledData.catalogues());
    ProductionUnit converter = ProductionUnit.builder().id("bof-1").enterprise(CHONGQING).kind("converter")
        .ratedCapacity(Quantity.parse("50 t")).build();
    for (LocalDate day : List.of(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 1))) {
      ComplianceReport report = evaluator.evaluate(converter, day);
      boolean inForce = day.getMonthValue() == 2;
      CatalogueStatus.State state = report.catalogues().stream()
          .filter(s -> s.catalogueId().equals("cn-industry-structure-adjustment-restricted")).findFirst().orElseThrow()
          .state();
      assertEquals(inForce ? CatalogueStatus.State.IN_FORCE : CatalogueStatus.State.NOT_YET_IN_FORCE, state, day.toString());
      assertEquals(inForce, report.units().get(0).findings().stream()
          .anyMatch(f -> f.entry().entryId().equals(PREFIX + "steel-4-converters-30-100t")), day.toString());
    }
  }

  /**
   * id | unit kind | unit data as {@code key=value;…} ({@code -} for none) | expected verdict. Each limit at the number
   * itself, just inside and just outside; each named process or route, another one, and nothing reported.
   */
  private static final String CASES = """
      petrochem-1-avdu-10mt | atmospheric-vacuum-distillation-unit | unit.ratedCapacity=1000 10^4 t/a | NON_COMPLIANT
      petrochem-1-avdu-10mt | atmospheric-vacuum-distillation-unit | unit.ratedCapacity=999.9 10^4 t/a | NON_COMPLIANT
      petrochem-1-avdu-10mt | atmospheric-vacuum-distillation-unit | unit.ratedCapacity=1000.1 10^4 t/a | COMPLIANT
      petrochem-2-pta-1mt | pta-plant | unit.ratedCapacity=100 10^4 t/a | NON_COMPLIANT
      petrochem-2-pta-1mt | pta-plant | unit.ratedCapacity=99.9 10^4 t/a | NON_COMPLIANT
      petrochem-2-pta-1mt | pta-plant | unit.ratedCapacity=100.1 10^4 t/a | COMPLIANT
      petrochem-2-ethylene-glycol-200kt | ethylene-glycol-plant | unit.ratedCapacity=20 10^4 t/a | NON_COMPLIANT
      petrochem-2-ethylene-glycol-200kt | ethylene-glycol-plant | unit.ratedCapacity=19.9 10^4 t/a | NON_COMPLIANT
      petrochem-2-ethylene-glycol-200kt | ethylene-glycol-plant | unit.ratedCapacity=20.1 10^4 t/a | COMPLIANT
      petrochem-2-styrene-200kt | styrene-plant | unit.ratedCapacity=20 10^4 t/a;styrene.process=ethylbenzene-co-oxidation | NON_COMPLIANT
      petrochem-2-styrene-200kt | styrene-plant | unit.ratedCapacity=19.9 10^4 t/a;styrene.process=ethylbenzene-co-oxidation | NON_COMPLIANT
      petrochem-2-styrene-200kt | styrene-plant | unit.ratedCapacity=20.1 10^4 t/a;styrene.process=ethylbenzene-co-oxidation | COMPLIANT
      petrochem-2-styrene-200kt | styrene-plant | unit.ratedCapacity=20 10^4 t/a;styrene.process=dry-gas | COMPLIANT
      petrochem-2-styrene-200kt | styrene-plant | unit.ratedCapacity=20 10^4 t/a | INSUFFICIENT_DATA
      petrochem-2-coal-methanol-1mt | methanol-plant | unit.ratedCapacity=100 10^4 t/a;methanol.feedstock=bituminous-coal | NON_COMPLIANT
      petrochem-2-coal-methanol-1mt | methanol-plant | unit.ratedCapacity=99.9 10^4 t/a;methanol.feedstock=lignite | NON_COMPLIANT
      petrochem-2-coal-methanol-1mt | methanol-plant | unit.ratedCapacity=100.1 10^4 t/a;methanol.feedstock=anthracite | COMPLIANT
      petrochem-2-coal-methanol-1mt | methanol-plant | unit.ratedCapacity=50 10^4 t/a;methanol.feedstock=natural-gas | COMPLIANT
      petrochem-2-coal-methanol-1mt | methanol-plant | unit.ratedCapacity=50 10^4 t/a | INSUFFICIENT_DATA
      petrochem-2-chlorohydrin-propylene-oxide | propylene-oxide-plant | propyleneoxide.process=chlorohydrin | NON_COMPLIANT
      petrochem-2-chlorohydrin-propylene-oxide | propylene-oxide-plant | propyleneoxide.process=hydrogen-peroxide | COMPLIANT
      petrochem-3-polypropylene-70kt | polypropylene-plant | unit.ratedCapacity=7 10^4 t/a | NON_COMPLIANT
      petrochem-3-polypropylene-70kt | polypropylene-plant | unit.ratedCapacity=6.9 10^4 t/a | NON_COMPLIANT
      petrochem-3-polypropylene-70kt | polypropylene-plant | unit.ratedCapacity=7.1 10^4 t/a | COMPLIANT
      petrochem-4-pyrite-sulphuric-acid-200kt | sulphuric-acid-plant | unit.ratedCapacity=20 10^4 t/a;sulphuricacid.feed=pyrite | NON_COMPLIANT
      petrochem-4-pyrite-sulphuric-acid-200kt | sulphuric-acid-plant | unit.ratedCapacity=19.9 10^4 t/a;sulphuricacid.feed=pyrite | NON_COMPLIANT
      petrochem-4-pyrite-sulphuric-acid-200kt | sulphuric-acid-plant | unit.ratedCapacity=20.1 10^4 t/a;sulphuricacid.feed=pyrite | COMPLIANT
      petrochem-4-pyrite-sulphuric-acid-200kt | sulphuric-acid-plant | unit.ratedCapacity=10 10^4 t/a;sulphuricacid.feed=sulphur | COMPLIANT
      petrochem-4-pyrite-sulphuric-acid-200kt | sulphuric-acid-plant | unit.ratedCapacity=10 10^4 t/a | INSUFFICIENT_DATA
      petrochem-13-bias-tyres | tyre-plant | tyre.type=bias | NON_COMPLIANT
      petrochem-13-bias-tyres | tyre-plant | tyre.type=all-steel-radial | COMPLIANT
      steel-4-converters-30-100t | converter | unit.ratedCapacity=30 t | NON_COMPLIANT
      steel-4-converters-30-100t | converter | unit.ratedCapacity=30.1 t | NON_COMPLIANT
      steel-4-converters-30-100t | converter | unit.ratedCapacity=29.9 t | COMPLIANT
      steel-4-converters-30-100t | converter | unit.ratedCapacity=100 t | NON_COMPLIANT
      steel-4-converters-30-100t | converter | unit.ratedCapacity=99.9 t | NON_COMPLIANT
      steel-4-converters-30-100t | converter | unit.ratedCapacity=100.1 t | COMPLIANT
      steel-10-uhp-graphite-electrode-20kt | carbon-products-plant | unit.ratedCapacity=20000 t/a;carbon.scope=graphite-electrode;carbon.powerClass=ultra-high | NON_COMPLIANT
      steel-10-uhp-graphite-electrode-20kt | carbon-products-plant | unit.ratedCapacity=19999 t/a;carbon.scope=graphite-electrode;carbon.powerClass=ultra-high | NON_COMPLIANT
      steel-10-uhp-graphite-electrode-20kt | carbon-products-plant | unit.ratedCapacity=20001 t/a;carbon.scope=graphite-electrode;carbon.powerClass=ultra-high | COMPLIANT
      steel-10-uhp-graphite-electrode-20kt | carbon-products-plant | unit.ratedCapacity=10000 t/a;carbon.scope=graphite-electrode;carbon.powerClass=high | COMPLIANT
      steel-10-uhp-graphite-electrode-20kt | carbon-products-plant | unit.ratedCapacity=10000 t/a;carbon.scope=graphite-electrode | INSUFFICIENT_DATA
      steel-11-prebaked-anode-80kt | aluminium-carbon-plant | unit.ratedCapacity=80000 t/a;aluminiumcarbon.product=prebaked-anode | NON_COMPLIANT
      steel-11-prebaked-anode-80kt | aluminium-carbon-plant | unit.ratedCapacity=79999 t/a;aluminiumcarbon.product=prebaked-anode | NON_COMPLIANT
      steel-11-prebaked-anode-80kt | aluminium-carbon-plant | unit.ratedCapacity=80001 t/a;aluminiumcarbon.product=prebaked-anode | COMPLIANT
      steel-11-prebaked-anode-80kt | aluminium-carbon-plant | unit.ratedCapacity=50000 t/a;aluminiumcarbon.product=graphitized-cathode-block | COMPLIANT
      steel-11-carbon-electrode-40kt | carbon-products-plant | unit.ratedCapacity=40000 t/a;carbon.scope=carbon-electrode | NON_COMPLIANT
      steel-11-carbon-electrode-40kt | carbon-products-plant | unit.ratedCapacity=39999 t/a;carbon.scope=carbon-electrode | NON_COMPLIANT
      steel-11-carbon-electrode-40kt | carbon-products-plant | unit.ratedCapacity=40001 t/a;carbon.scope=carbon-electrode | COMPLIANT
      steel-11-carbon-electrode-40kt | carbon-products-plant | unit.ratedCapacity=30000 t/a;carbon.scope=graphite-electrode | COMPLIANT
      steel-15-ferromanganese-blast-furnaces-300m3 | ferromanganese-blast-furnace | unit.ratedCapacity=300 m3 | NON_COMPLIANT
      steel-15-ferromanganese-blast-furnaces-300m3 | ferromanganese-blast-furnace | unit.ratedCapacity=299 m3 | NON_COMPLIANT
      steel-15-ferromanganese-blast-furnaces-300m3 | ferromanganese-blast-furnace | unit.ratedCapacity=301 m3 | COMPLIANT
      nonferrous-4-lead-below-50kt | lead-smelter | unit.ratedCapacity=5 10^4 t/a | NON_COMPLIANT
      nonferrous-4-lead-below-50kt | lead-smelter | unit.ratedCapacity=4.9 10^4 t/a | NON_COMPLIANT
      nonferrous-4-lead-below-50kt | lead-smelter | unit.ratedCapacity=5.1 10^4 t/a | COMPLIANT
      nonferrous-4-lead-below-50kt | secondary-lead-plant | unit.ratedCapacity=5 10^4 t/a | NON_COMPLIANT
      nonferrous-4-lead-below-50kt | secondary-lead-plant | unit.ratedCapacity=5.1 10^4 t/a | COMPLIANT
      nonferrous-4-lead-below-50kt | secondary-lead-plant | - | INSUFFICIENT_DATA
      nonferrous-5-zinc-below-100kt | zinc-smelter | unit.ratedCapacity=10 10^4 t/a;zinc.feed=concentrate | NON_COMPLIANT
      nonferrous-5-zinc-below-100kt | zinc-smelter | unit.ratedCapacity=9.9 10^4 t/a;zinc.feed=concentrate | NON_COMPLIANT
      nonferrous-5-zinc-below-100kt | zinc-smelter | unit.ratedCapacity=10.1 10^4 t/a;zinc.feed=concentrate | COMPLIANT
      nonferrous-5-zinc-below-100kt | zinc-smelter | unit.ratedCapacity=5 10^4 t/a;zinc.feed=enriched-zinc-oxide | COMPLIANT
      nonferrous-5-zinc-below-100kt | zinc-smelter | unit.ratedCapacity=5 10^4 t/a | INSUFFICIENT_DATA
      nonferrous-8-new-primary-mercury-mining | mine | mine.primaryMercury=true;project.type=new | NON_COMPLIANT
      nonferrous-8-new-primary-mercury-mining | mine | mine.primaryMercury=true;project.type=expansion | NON_COMPLIANT
      nonferrous-8-new-primary-mercury-mining | mine | mine.primaryMercury=true;project.type=existing | COMPLIANT
      nonferrous-8-new-primary-mercury-mining | mine | mine.primaryMercury=false;project.type=new | COMPLIANT
      nonferrous-8-new-primary-mercury-mining | mine | mine.primaryMercury=true | INSUFFICIENT_DATA
      building-materials-1-cement-grinding-station-600kt | cement-grinding-line | unit.ratedCapacity=60 10^4 t/a | COMPLIANT
      building-materials-1-cement-grinding-station-600kt | cement-grinding-line | unit.ratedCapacity=59.9 10^4 t/a | NON_COMPLIANT
      building-materials-1-cement-grinding-station-600kt | cement-grinding-line | unit.ratedCapacity=60.1 10^4 t/a | COMPLIANT
      building-materials-3-plasterboard-below-30m-m2 | gypsum-products-line | gypsum.plasterboardCapacity=3000 10^4 m2/a | COMPLIANT
      building-materials-3-plasterboard-below-30m-m2 | gypsum-products-line | gypsum.plasterboardCapacity=2999 10^4 m2/a | NON_COMPLIANT
      building-materials-3-plasterboard-below-30m-m2 | gypsum-products-line | gypsum.plasterboardCapacity=3001 10^4 m2/a | COMPLIANT
      building-materials-9-rock-wool-30kt | rock-wool-line | unit.ratedCapacity=3 10^4 t/a | NON_COMPLIANT
      building-materials-9-rock-wool-30kt | rock-wool-line | unit.ratedCapacity=2.9 10^4 t/a | NON_COMPLIANT
      building-materials-9-rock-wool-30kt | rock-wool-line | unit.ratedCapacity=3.1 10^4 t/a | COMPLIANT
      agri-2-particleboard-fibreboard-50k-m3 | wood-products-plant | wood.product=ordinary-particleboard;wood.panelLineCapacity=5 10^4 m3 | NON_COMPLIANT
      agri-2-particleboard-fibreboard-50k-m3 | wood-products-plant | wood.product=ordinary-particleboard;wood.panelLineCapacity=4.9 10^4 m3 | NON_COMPLIANT
      agri-2-particleboard-fibreboard-50k-m3 | wood-products-plant | wood.product=ordinary-particleboard;wood.panelLineCapacity=5.1 10^4 m3 | COMPLIANT
      agri-2-particleboard-fibreboard-50k-m3 | wood-products-plant | wood.product=medium-high-density-fibreboard;wood.panelLineCapacity=5 10^4 m3 | NON_COMPLIANT
      agri-2-particleboard-fibreboard-50k-m3 | wood-products-plant | wood.product=medium-high-density-fibreboard;wood.panelLineCapacity=4.9 10^4 m3 | NON_COMPLIANT
      agri-2-particleboard-fibreboard-50k-m3 | wood-products-plant | wood.product=medium-high-density-fibreboard;wood.panelLineCapacity=5.1 10^4 m3 | COMPLIANT
      agri-2-particleboard-fibreboard-50k-m3 | wood-products-plant | wood.product=plywood;wood.panelLineCapacity=1 10^4 m3 | COMPLIANT
      agri-2-particleboard-fibreboard-50k-m3 | wood-products-plant | wood.product=ordinary-particleboard | INSUFFICIENT_DATA
      agri-2-particleboard-fibreboard-50k-m3 | wood-products-plant | wood.panelLineCapacity=3 10^4 m3 | INSUFFICIENT_DATA
      agri-3-rosin-1000t | wood-products-plant | wood.product=rosin;rosin.annualCapacity=1000 t/a | NON_COMPLIANT
      agri-3-rosin-1000t | wood-products-plant | wood.product=rosin;rosin.annualCapacity=999 t/a | NON_COMPLIANT
      agri-3-rosin-1000t | wood-products-plant | wood.product=rosin;rosin.annualCapacity=1001 t/a | COMPLIANT
      agri-3-rosin-1000t | wood-products-plant | wood.product=pine-resin-primary-processing;rosin.annualCapacity=500 t/a | COMPLIANT
      agri-3-rosin-1000t | wood-products-plant | wood.product=rosin | INSUFFICIENT_DATA
      agri-3-pine-resin-primary-processing | wood-products-plant | wood.product=pine-resin-primary-processing | NON_COMPLIANT
      agri-3-pine-resin-primary-processing | wood-products-plant | wood.product=rosin | COMPLIANT
      agri-4-veterinary-powders-san-mixtures | veterinary-drug-line | vetdrug.dosageForm=powder;vetdrug.newVeterinaryDrugCertificate=false;vetdrug.automatedClosedMixing=false | NON_COMPLIANT
      agri-4-veterinary-powders-san-mixtures | veterinary-drug-line | vetdrug.dosageForm=san-powder;vetdrug.newVeterinaryDrugCertificate=false;vetdrug.automatedClosedMixing=false | NON_COMPLIANT
      agri-4-veterinary-powders-san-mixtures | veterinary-drug-line | vetdrug.dosageForm=mixture;vetdrug.newVeterinaryDrugCertificate=false;vetdrug.automatedClosedMixing=false | NON_COMPLIANT
      agri-4-veterinary-powders-san-mixtures | veterinary-drug-line | vetdrug.dosageForm=powder;vetdrug.newVeterinaryDrugCertificate=true;vetdrug.automatedClosedMixing=false | COMPLIANT
      agri-4-veterinary-powders-san-mixtures | veterinary-drug-line | vetdrug.dosageForm=powder;vetdrug.newVeterinaryDrugCertificate=false;vetdrug.automatedClosedMixing=true | COMPLIANT
      agri-4-veterinary-powders-san-mixtures | veterinary-drug-line | vetdrug.dosageForm=powder;vetdrug.automatedClosedMixing=true | COMPLIANT
      agri-4-veterinary-powders-san-mixtures | veterinary-drug-line | vetdrug.dosageForm=other;vetdrug.newVeterinaryDrugCertificate=false;vetdrug.automatedClosedMixing=false | COMPLIANT
      agri-4-veterinary-powders-san-mixtures | veterinary-drug-line | vetdrug.dosageForm=powder;vetdrug.newVeterinaryDrugCertificate=false | INSUFFICIENT_DATA
      agri-4-veterinary-powders-san-mixtures | veterinary-drug-line | vetdrug.newVeterinaryDrugCertificate=false;vetdrug.automatedClosedMixing=false | INSUFFICIENT_DATA
      """;

  private static List<String[]> rows() {
    return CASES.lines().filter(l -> !l.isBlank())
        .map(l -> Arrays.stream(l.split("\\|")).map(String::strip).toArray(String[]::new)).toList();
  }

  static Stream<Arguments> cases() {
    Stream<Arguments> table = rows().stream().map(r -> Arguments.of(r[0], r[1], r[2], Verdict.valueOf(r[3])));
    // and for every entry, a unit of its first kind that reports nothing the criterion reads
    Stream<Arguments> bare = rows().stream().map(r -> r[0]).distinct()
        .map(id -> Arguments.of(id, new TreeSet<>(entry(PREFIX + id).applicability().unitKinds()).first(), "-",
            Verdict.INSUFFICIENT_DATA));
    return Stream.concat(table, bare);
  }

  @ParameterizedTest(name = "{0} {1} [{2}] {3}")
  @MethodSource("cases")
  void eachLimitAtTheNumberJustInsideJustOutsideAndWithoutItsData(String id, String kind, String data, Verdict expected) {
    Finding f = finding(CHONGQING, id, kind, UnitProbe.spec(data))
        .orElseThrow(() -> new AssertionError(id + " gave no finding for a " + kind));
    assertEquals(expected, f.verdict(), id + " " + data);
  }

  @Test
  void everyMachineCheckableEntryIsInTheTableWithACompliantAndANonCompliantUnit() {
    Set<String> checkable = entries().stream().filter(CatalogueEntry::isMachineCheckable)
        .map(e -> e.id().substring(PREFIX.length())).collect(Collectors.toCollection(TreeSet::new));
    Set<String> tabled = rows().stream().map(r -> r[0]).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(checkable, tabled);
    for (String id : tabled) {
      Set<String> verdicts = rows().stream().filter(r -> r[0].equals(id)).map(r -> r[3]).collect(Collectors.toSet());
      assertTrue(verdicts.containsAll(List.of("NON_COMPLIANT", "COMPLIANT")), id);
    }
  }

  @Test
  void plasterboardLinesInTibetAreExcepted() {
    Map<String, Object> small = data("gypsum.plasterboardCapacity", "1000 10^4 m2/a");
    String id = "building-materials-3-plasterboard-below-30m-m2";
    assertTrue(finding(TIBET, id, "gypsum-products-line", small).isEmpty());
    assertEquals(Verdict.NON_COMPLIANT, finding(CHONGQING, id, "gypsum-products-line", small).orElseThrow().verdict());
  }

  @Test
  void clayHollowBrickLinesOfTheExceptedProvincesGiveNoFinding() {
    String id = "building-materials-5-clay-hollow-brick-lines";
    assertTrue(finding(TIBET, id, "sintered-wall-material-line", data()).isEmpty());
    assertEquals(Verdict.INSUFFICIENT_DATA,
        finding(CHONGQING, id, "sintered-wall-material-line", data()).orElseThrow().verdict());
  }

  @Test
  void manualItemsGiveInsufficientDataWhateverTheUnitReports() {
    assertEquals(Verdict.INSUFFICIENT_DATA, finding(CHONGQING, "steel-3-blast-furnaces-400-1200m3", "blast-furnace",
        data("unit.ratedCapacity", "800 m3")).orElseThrow().verdict());
    assertEquals(Verdict.INSUFFICIENT_DATA, finding(CHONGQING, "nonferrous-3-new-aluminium-smelting-diaspore-alumina",
        "electrolytic-aluminium-potline", data("unit.ratedCapacity", "500000 t/a")).orElseThrow().verdict());
    assertEquals(Verdict.INSUFFICIENT_DATA, finding(CHONGQING, "petrochem-4-sulphur-acid-nitric-carbide-koh",
        "calcium-carbide-furnace", data("unit.ratedCapacity", "40000 kVA")).orElseThrow().verdict());
    assertEquals(Verdict.INSUFFICIENT_DATA, finding(CHONGQING, "steel-21-semi-closed-submerged-arc-furnaces",
        "ferroalloy-furnace", data()).orElseThrow().verdict());
  }

  @Test
  void theAgricultureItemsAreTheOfficialWordingAndItem1IsNotAProductionUnit() {
    Map<String, String> texts = entries().stream().filter(e -> e.section().get(1).equals(AGRICULTURE))
        .collect(Collectors.toMap(e -> e.id().substring(PREFIX.length()), e -> e.text().zh()));
    assertEquals(Map.of(
        "agri-2-particleboard-fibreboard-50k-m3", "单线5万立方米/年以下的普通刨花板、高中密度纤维板生产装置",
        "agri-3-rosin-1000t", "1000吨/年以下的松香生产项目",
        "agri-3-pine-resin-primary-processing", "松脂初加工项目",
        "agri-4-veterinary-powders-san-mixtures",
        "兽用粉剂、散剂、混剂生产线项目（持有新兽药证书的品种或自动化密闭式高效率混合生产工艺除外）",
        "agri-5-roller-bottle-veterinary-cell-vaccines",
        "转瓶培养生产方式的兽用细胞苗生产线项目（持有新兽药证书的品种和采用新技术的除外）",
        "agri-6-premium-timber-disposables-low-utilisation",
        "以优质林木为原料的一次性木制品与木制包装的生产和使用以及木竹加工综合利用率偏低的木竹加工项目"), texts);
    assertTrue(entry(PREFIX + "agri-3-rosin-1000t").provenance().note().orElseThrow()
        .contains("“1000吨/年以下的松香生产项目，松脂初加工项目”"));
    assertEquals("第二类 限制类 一、农林牧渔业 第4项",
        entry(PREFIX + "agri-4-veterinary-powders-san-mixtures").citations().get(0).clause());
    assertTrue(entries().stream().noneMatch(e -> e.text().zh().contains("放牧")));
  }

  @Test
  void agricultureItemsWithUndefinedTermsOrExceptionsAreManual() {
    // 5: “采用新技术的除外” names no technology; 6: 优质林木 and 偏低 are not measured
    assertEquals(Verdict.INSUFFICIENT_DATA, finding(CHONGQING, "agri-5-roller-bottle-veterinary-cell-vaccines",
        "veterinary-drug-line", data("vetdrug.newVeterinaryDrugCertificate", false)).orElseThrow().verdict());
    assertEquals(Verdict.INSUFFICIENT_DATA, finding(CHONGQING, "agri-6-premium-timber-disposables-low-utilisation",
        "wood-products-plant", data("wood.product", "other")).orElseThrow().verdict());
    assertFalse(entry(PREFIX + "agri-5-roller-bottle-veterinary-cell-vaccines").isMachineCheckable());
    assertFalse(entry(PREFIX + "agri-6-premium-timber-disposables-low-utilisation").isMachineCheckable());
    // human-medicine lines are not reached by the veterinary items
    assertTrue(finding(CHONGQING, "agri-4-veterinary-powders-san-mixtures", "pharmaceutical-plant", data()).isEmpty());
  }

  @Test
  void splitItemsQuoteTheirClauseVerbatimAndTheWholeItemInTheNote() {
    CatalogueEntry zinc = entry(PREFIX + "nonferrous-5-zinc-below-100kt");
    assertEquals("单系列 10 万吨/年规模以下锌冶炼项目（含锌二次资源利用除外）", zinc.text().zh());
    assertEquals(List.of("第二类 限制类", "有色金属"), zinc.section());
    assertEquals(Optional.of("5"), zinc.item());
    CatalogueEntry grinding = entry(PREFIX + "building-materials-1-cement-grinding-station-600kt");
    assertEquals("60 万吨/年（不含）以下水泥粉磨站", grinding.text().zh());
    assertTrue(grinding.provenance().note().orElseThrow()
        .contains("“2000 吨/日（不含）以下新型干法水泥熟料生产线（特种水泥生产线除外），60 万吨/年（不含）以下水泥粉磨站”"));
    assertTrue(grinding.provenance().note().orElseThrow().contains("industrial_restructuring_2024:427"));
    CatalogueEntry clinker = entry(PREFIX + "building-materials-1-clinker-lines-2000tpd");
    assertFalse(clinker.isMachineCheckable());
    assertEquals(Set.of("clinker-line"), clinker.applicability().unitKinds());
    CatalogueEntry converter = entry(PREFIX + "steel-4-converters-30-100t");
    assertEquals("公称容量 30 吨以上 100 吨以下炼钢转炉", converter.text().zh());
    CatalogueEntry ferroalloy = entry(PREFIX + "steel-18-ordinary-ferroalloy-furnaces-2x25mva");
    assertTrue(ferroalloy.text().zh().startsWith("2×2.5 万千伏安（总容量 5.0 万千伏安）及以下普通铁合金矿热电炉"));
    assertEquals("第二类 限制类 钢铁 第18项", ferroalloy.citations().get(0).clause());
  }
}
