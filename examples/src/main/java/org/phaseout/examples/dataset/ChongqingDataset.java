package org.phaseout.examples.dataset;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.phaseout.ProductionUnits;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.OperatingStatus;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.catalogue.Catalogues;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.Operator;
import org.phaseout.catalogue.Vocabulary;
import org.phaseout.measure.Quantity;
import org.phaseout.measure.UnitOfMeasure;

/**
 * Generates the bundled synthetic Chongqing dataset {@code chongqing-units.json} (about 800 fictitious enterprises
 * and at least 2,000 production units across Chongqing's 38 districts and counties) from the bundled catalogues, so that the
 * dataset follows the catalogue data: the unit kinds are those the loaded entries apply to, and every edge case is
 * derived from a loaded entry, never from a number written here.
 *
 * <ul>
 *   <li>For every ordering comparison of a criterion (a quantity or date against a limit), four units: the value
 *       exactly at the limit, just below and just above it (one unit in the decimal place after the limit's last
 *       significant digit, or one day), and not reported; the rest of the criterion, its scope condition
 *       ({@code when}) and its assumption are set so that this comparison decides the entry.</li>
 *   <li>For every limit given as a formula of the unit's own values (a reported quantity against a
 *       {@link org.phaseout.catalogue.Formula}), the same four units around the limit the engine computes for a unit
 *       in the entry's scope, found on a small grid of the values the formula reads ({@link FormulaCases}).</li>
 *   <li>For every other entry, units for which its criterion is true and false (manual entries: in scope).</li>
 *   <li>The remaining facts and measurements are drawn around the limits and codes the entries use, with about one
 *       in ten left unreported; measurements carry the 2024 period and a (fictitious) source, about one in ten
 *       neither; boilers carry location facts; enterprise-level facts sit on the enterprise of their unit.</li>
 *   <li>Auxiliary equipment (motors, pumps, boilers, transformers …) is spread over the enterprises; mining
 *       equipment over mining enterprises.</li>
 * </ul>
 *
 * <p>Enterprises: names "示例…有限公司（虚构）NNNN", clearly fictitious; unified social credit codes
 * {@code 91} (registration authority 9, category 1) + the enterprise's division + {@code CQ} + a serial + the check
 * character of GB 32100-2015 ({@link org.phaseout.capacity.CreditCode#checkCharacterFor}); divisions are the 38
 * county-level codes of {@link Divisions} (source cited there); industries are GB/T 4754-2017 codes from
 * {@link Industries} (source cited there).
 *
 * <p>Deterministic: one {@link SplittableRandom} with the fixed seed {@link #SEED}, sorted collections only, no clock,
 * no locale-dependent formatting; the file is written with {@link ProductionUnits#write}, so it is canonical and
 * byte-identical on every run. Regenerate after a catalogue change (from the repository root):
 *
 * <pre>
 * mvn -B -ntp -q install -DskipTests -pl core,catalogs -am
 * mvn -B -ntp -q -pl examples test -Dtest=ChongqingDatasetTest -Dphaseout.dataset.regenerate=true
 * </pre>
 *
 * <p>or run {@link #main} with the output file as argument.
 */
public final class ChongqingDataset {

  /** The seed of the only random source. */
  public static final long SEED = 20251231L;

  /**
   * The number of units generated, unless the edge cases of the loaded entries alone are more: those are never thinned,
   * so the dataset grows with the catalogues.
   */
  public static final int TARGET_UNITS = 2000;

  /** The number of enterprises aimed at. */
  public static final int TARGET_ENTERPRISES = 800;

  /** Where the dataset is bundled, relative to the repository root. */
  public static final String RESOURCE = "examples/src/main/resources/org/phaseout/examples/dataset/chongqing-units.json";

  /** The classpath name of the bundled dataset. */
  public static final String CLASSPATH_RESOURCE = "/org/phaseout/examples/dataset/chongqing-units.json";

  private static final Set<String> BOILERS = Set.of("coal-fired-boiler", "biomass-boiler", "oil-fired-boiler");

  /** Common auxiliary kinds, drawn more often for the units beyond the edge cases. */
  private static final List<String> COMMON = List.of("motor", "pump", "fan", "transformer", "air-compressor",
      "coal-fired-boiler");

  private ChongqingDataset() {}

  /**
   * Writes the dataset.
   *
   * @param args the output file; default {@link #RESOURCE}
   * @throws Exception if the catalogues cannot be loaded or the file cannot be written
   */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : RESOURCE);
    write(out);
    System.out.println("wrote " + out);
  }

  /**
   * Writes the dataset to a file.
   *
   * @param out the file
   * @throws Exception if the catalogues cannot be loaded or the file cannot be written
   */
  public static void write(Path out) throws Exception {
    byte[] bytes = bytes(Catalogues.loadBundled());
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(out, bytes);
  }

  /**
   * Generates the dataset as the canonical units document.
   *
   * @param catalogues the catalogues the dataset follows (the bundled set for the committed file)
   * @return the UTF-8 JSON bytes
   */
  public static byte[] bytes(CatalogueSet catalogues) {
    return ProductionUnits.write(generate(catalogues));
  }

  /**
   * Generates the units.
   *
   * @param catalogues the catalogues the dataset follows
   * @return the units, in generation order
   */
  public static List<ProductionUnit> generate(CatalogueSet catalogues) {
    SplittableRandom random = new SplittableRandom(SEED);
    List<CatalogueEntry> entries = new ArrayList<>();
    List<CatalogueEdition> editionOf = new ArrayList<>();
    for (CatalogueEdition edition : catalogues.editions()) {
      for (CatalogueEntry e : edition.effectiveEntries()) {
        entries.add(e);
        editionOf.add(edition);
      }
    }
    Operands operands = Operands.collect(catalogues.vocabulary(), entries);
    Solver solver = new Solver(operands, random);
    FormulaCases formulas = new FormulaCases(catalogues, operands, solver);
    List<UnitDraft> edges = new ArrayList<>();
    List<UnitDraft> others = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int index = 0; index < entries.size(); index++) {
      CatalogueEntry e = entries.get(index);
      List<String> kinds = new TreeSet<>(e.applicability().unitKinds()).stream().toList();
      List<Criterion> leaves = new ArrayList<>();
      e.criterion().ifPresent(c -> Operands.leaves(c, leaves));
      int n = 0;
      for (Criterion leaf : leaves) {
        if (leaf instanceof Criterion.Comparison cmp && isOrdering(cmp)) {
          String kind = kinds.get(n++ % kinds.size());
          if (seen.add(kind + "|" + Operands.key(cmp.operand()) + "|" + cmp.operator() + "|" + cmp.value())) {
            for (Solver.Edge edge : Solver.Edge.values()) {
              UnitDraft d = draft(e, kind);
              solver.edge(d, e.criterion().orElseThrow(), cmp, edge);
              scope(solver, d, e);
              edges.add(d);
            }
          }
        } else if (FormulaCases.isFormulaLimit(leaf)) {
          List<UnitDraft> cases = formulas.edges(editionOf.get(index), e, kinds.get(n % kinds.size()),
              (Criterion.Calculation) leaf);
          n += cases.isEmpty() ? 0 : 1;
          edges.addAll(cases);
        }
      }
      if (n == 0) {
        for (int i = 0; i < (e.criterion().isPresent() ? 2 : 1); i++) {
          UnitDraft d = draft(e, kinds.get((i + others.size()) % kinds.size()));
          int truth = i;
          e.criterion().ifPresent(c -> solver.satisfy(d, c, truth == 0));
          scope(solver, d, e);
          others.add(d);
        }
      }
    }
    List<UnitDraft> drafts = new ArrayList<>(edges);
    drafts.addAll(others);
    // every kind an entry applies to gets a unit, also when the entries' own drafts exceed the target and no filler is
    // added; thinning the drafts beyond the edge cases at random then never removes the last draft of a kind
    Set<String> present = new HashSet<>();
    drafts.forEach(d -> present.add(d.kind));
    Set<String> entryKinds = new TreeSet<>();
    entries.forEach(e -> entryKinds.addAll(e.applicability().unitKinds()));
    for (String kind : entryKinds) {
      if (!present.contains(kind)) {
        drafts.add(new UnitDraft(kind));
      }
    }
    Map<String, Integer> perKind = new HashMap<>();
    drafts.forEach(d -> perKind.merge(d.kind, 1, Integer::sum));
    long removable = drafts.stream().skip(edges.size()).filter(d -> perKind.get(d.kind) > 1).count();
    while (drafts.size() > TARGET_UNITS && removable > 0) {
      int i = edges.size() + random.nextInt(drafts.size() - edges.size());
      String kind = drafts.get(i).kind;
      if (perKind.get(kind) > 1) {
        drafts.remove(i);
        perKind.merge(kind, -1, Integer::sum);
        removable = drafts.stream().skip(edges.size()).filter(d -> perKind.get(d.kind) > 1).count();
      }
    }
    List<String> kinds = new ArrayList<>(new TreeSet<>(operands.all().keySet()));
    for (int i = 0; i < 3; i++) {
      kinds.addAll(COMMON);
    }
    for (int i = 0; drafts.size() < TARGET_UNITS; i++) {
      drafts.add(new UnitDraft(kinds.get(i % kinds.size())));
    }
    for (UnitDraft d : drafts) {
      fill(solver, operands, catalogues.vocabulary(), random, d);
    }
    return Allocation.allocate(drafts, random);
  }

  private static boolean isOrdering(Criterion.Comparison cmp) {
    return cmp.operator() != Operator.EQ && cmp.operator() != Operator.NE
        && (cmp.value() instanceof FactValue.QuantityFact
            || cmp.value() instanceof FactValue.DateFact);
  }

  /** A draft of a kind for an entry, restricted to the entry's industry and Chongqing district, if it names any. */
  static UnitDraft draft(CatalogueEntry e, String kind) {
    UnitDraft d = new UnitDraft(kind);
    e.applicability().industries().stream().map(Object::toString).sorted().findFirst()
        .ifPresent(i -> d.requiredIndustry = i);
    e.applicability().regions().stream().map(Object::toString).sorted()
        .filter(r -> Divisions.chongqing().containsKey(r)).findFirst().ifPresent(r -> d.requiredRegion = r);
    return d;
  }

  /** Puts the unit in the entry's scope and in the case its criterion encodes. */
  static void scope(Solver solver, UnitDraft d, CatalogueEntry e) {
    e.applicability().when().ifPresent(w -> solver.satisfy(d, w, true));
    e.assumes().ifPresent(a -> solver.satisfy(d, a, true));
  }

  /** Fills what the edge case left open: facts around the entries' limits, about one in ten unreported. */
  private static void fill(Solver solver, Operands operands, Vocabulary vocabulary, SplittableRandom random,
      UnitDraft d) {
    for (Operands.Info info : operands.of(d.kind).values()) {
      Criterion.Operand operand = info.operand();
      if (d.isFixed(operand) || operand.key().equals("unit.status") || random.nextInt(10) == 0) {
        continue;
      }
      solver.plausible(d.kind, operand).ifPresent(v -> d.fill(operand, v));
    }
    if (BOILERS.contains(d.kind)) {
      for (String key : List.of("location.industrialPark", "location.urbanBuiltUpArea",
          "location.heatNetworkCoverage", "location.airPollutionKeyRegion")) {
        Criterion.Operand operand = new Criterion.Operand(Criterion.Operand.Source.FACT, key);
        if (vocabulary.attribute(key).isPresent() && !d.isFixed(operand) && d.value(operand).isEmpty()
            && random.nextInt(10) != 0) {
          d.fill(operand, FactValue.of(random.nextInt(3) == 0));
        }
      }
    }
    Criterion.Operand capacity = new Criterion.Operand(Criterion.Operand.Source.FACT, "unit.ratedCapacity");
    UnitOfMeasure unit = vocabulary.unitKind(d.kind).flatMap(Vocabulary.UnitKind::capacityUnit).orElse(null);
    if (unit != null && !d.isFixed(capacity) && d.capacity == null && random.nextInt(10) != 0) {
      d.capacity = Quantity.of(magnitude(unit.symbol(), random), unit);
    }
    Criterion.Operand commissioned = new Criterion.Operand(Criterion.Operand.Source.FACT, "unit.commissioned");
    if (!d.isFixed(commissioned) && d.commissioned == null && random.nextInt(20) != 0) {
      d.commissioned = LocalDate.of(1995, 1, 1).plusDays(random.nextInt(30 * 365));
    }
    Criterion.Operand status = new Criterion.Operand(Criterion.Operand.Source.FACT, "unit.status");
    if (!d.isFixed(status)) {
      int r = random.nextInt(100);
      d.status = r < 84 ? OperatingStatus.OPERATING
          : r < 90 ? OperatingStatus.IDLE
          : r < 94 ? OperatingStatus.SEALED
          : r < 97 ? OperatingStatus.UNDER_CONSTRUCTION
          : OperatingStatus.DISMANTLED;
    }
  }

  /**
   * A plausible size for a kind none of whose entries limits its capacity: a range of typical magnitudes per
   * capacity unit. These are orders of magnitude of real equipment, not catalogue limits.
   */
  private static BigDecimal magnitude(String symbol, SplittableRandom random) {
    int[] range = switch (symbol) {
      case "t/h" -> new int[] {2, 65};
      case "t" -> new int[] {5, 150};
      case "t/d" -> new int[] {300, 6000};
      case "t/a" -> new int[] {5000, 600000};
      case "10^4 t/a" -> new int[] {20, 1000};
      case "m3" -> new int[] {300, 3000};
      case "kW" -> new int[] {1, 500};
      case "kVA" -> new int[] {30, 3150};
      case "MW" -> new int[] {6, 660};
      default -> new int[] {1, 100};
    };
    return BigDecimal.valueOf(random.nextInt(range[0], range[1] + 1));
  }
}
