package org.phaseout.examples.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.capacity.ProductionUnit;

/**
 * Spreads the generated units over fictitious enterprises: units of a production kind over enterprises of that
 * kind's industry, auxiliary equipment over the enterprises hosting it, and every unit carrying enterprise-level
 * facts (or restricted to one industry or district by its entry) on an enterprise of its own.
 */
final class Allocation {

  /** Enterprises that own auxiliary equipment only. */
  private static final int GENERAL_ENTERPRISES = 40;

  private final SplittableRandom random;
  private final List<Ent> enterprises = new ArrayList<>();
  private final SortedMap<String, List<Ent>> byKind = new TreeMap<>();
  private final List<String> divisions = List.copyOf(Divisions.chongqing().keySet());

  /** An enterprise being built, with the drafts of its units. */
  private static final class Ent {
    final String industry;
    final String division;
    final SortedMap<String, FactValue> facts;
    final List<UnitDraft> units = new ArrayList<>();
    Enterprise built;

    Ent(String industry, String division, SortedMap<String, FactValue> facts) {
      this.industry = industry;
      this.division = division;
      this.facts = facts;
    }
  }

  private Allocation(SplittableRandom random) {
    this.random = random;
  }

  static List<ProductionUnit> allocate(List<UnitDraft> drafts, SplittableRandom random) {
    return new Allocation(random).run(drafts);
  }

  private List<ProductionUnit> run(List<UnitDraft> drafts) {
    List<String> productionIndustries = new ArrayList<>(new TreeSet<>(drafts.stream()
        .filter(d -> !Industries.isAuxiliary(d.kind)).map(d -> Industries.of(d.kind)).toList()));
    SortedMap<String, List<UnitDraft>> production = new TreeMap<>();
    List<UnitDraft> auxiliary = new ArrayList<>();
    int owners = 0;
    for (UnitDraft d : drafts) {
      if (!d.enterpriseFacts.isEmpty() || d.requiredIndustry != null || d.requiredRegion != null
          || d.kind.equals("enterprise-site")) {
        String industry = ownIndustry(d, productionIndustries);
        Ent e = newEnterprise(industry, d.requiredRegion, d.enterpriseFacts);
        e.units.add(d);
        owners++;
      } else if (Industries.isAuxiliary(d.kind)) {
        auxiliary.add(d);
      } else {
        production.computeIfAbsent(d.kind, k -> new ArrayList<>()).add(d);
      }
    }
    int budget = Math.max(production.size(), Allocation.TARGET - owners - GENERAL_ENTERPRISES);
    double share = share(production, budget);
    for (var p : production.entrySet()) {
      List<UnitDraft> units = p.getValue();
      int n = Math.max(1, (int) Math.round(units.size() * share));
      List<Ent> pool = byKind.computeIfAbsent(p.getKey(), k -> new ArrayList<>());
      for (int i = 0; i < n; i++) {
        pool.add(newEnterprise(Industries.of(p.getKey()), null, new TreeMap<>()));
      }
      for (int i = 0; i < units.size(); i++) {
        pool.get(i < n ? i : random.nextInt(n)).units.add(units.get(i));
      }
    }
    List<Ent> general = new ArrayList<>();
    for (int i = 0; i < GENERAL_ENTERPRISES; i++) {
      general.add(newEnterprise(Industries.GENERAL.get(i % Industries.GENERAL.size()), null, new TreeMap<>()));
    }
    int g = 0;
    for (UnitDraft d : auxiliary) {
      List<Ent> hosts = new ArrayList<>();
      Industries.hosts(d.kind).forEach(k -> hosts.addAll(byKind.getOrDefault(k, List.of())));
      if (hosts.isEmpty() && g < general.size()) {
        general.get(g++).units.add(d);
        continue;
      }
      List<Ent> pool = hosts.isEmpty() ? enterprises : hosts;
      pool.get(random.nextInt(pool.size())).units.add(d);
    }
    List<ProductionUnit> out = new ArrayList<>();
    SortedMap<String, Integer> serials = new TreeMap<>();
    int index = 0;
    for (Ent e : enterprises) {
      if (e.units.isEmpty()) {
        continue;
      }
      index++;
      String body = "91" + e.division + "CQ" + String.format(Locale.ROOT, "%07d", index);
      e.built = Enterprise.builder()
          .creditCode(CreditCode.of(body + CreditCode.checkCharacterFor(body)))
          .name("示例" + Industries.sectorWord(e.industry) + "有限公司（虚构）" + String.format(Locale.ROOT, "%04d", index))
          .division(DivisionCode.of(e.division))
          .industry(IndustryCode.of(e.industry))
          .putAllFacts(e.facts)
          .build();
      for (UnitDraft d : e.units) {
        int serial = serials.merge(d.kind, 1, Integer::sum);
        String id = "cq-" + d.kind + "-" + String.format(Locale.ROOT, "%04d", serial);
        out.add(d.build(id, e.built, random.nextInt(10) == 0 ? -1 : random.nextInt(UnitDraft.SOURCES.length)));
      }
    }
    return out;
  }

  /** The number of enterprises aimed at. */
  static final int TARGET = ChongqingDataset.TARGET_ENTERPRISES;

  /** The share of units per enterprise that gives about the budgeted number of production enterprises. */
  private static double share(SortedMap<String, List<UnitDraft>> production, int budget) {
    double best = 1.0;
    int bestGap = Integer.MAX_VALUE;
    for (int step = 1; step <= 1000; step++) {
      double s = step / 1000.0;
      int sum = production.values().stream().mapToInt(u -> Math.max(1, (int) Math.round(u.size() * s))).sum();
      int gap = Math.abs(sum - budget);
      if (gap < bestGap) {
        bestGap = gap;
        best = s;
      }
    }
    return best;
  }

  private String ownIndustry(UnitDraft d, List<String> productionIndustries) {
    if (d.requiredIndustry != null) {
      IndustryCode required = IndustryCode.of(d.requiredIndustry);
      List<String> within = productionIndustries.stream()
          .filter(i -> IndustryCode.of(i).isWithin(required)).toList();
      return within.isEmpty() ? d.requiredIndustry : within.get(random.nextInt(within.size()));
    }
    if (Industries.isAuxiliary(d.kind)) {
      return productionIndustries.get(random.nextInt(productionIndustries.size()));
    }
    return Industries.of(d.kind);
  }

  private Ent newEnterprise(String industry, String division, SortedMap<String, FactValue> facts) {
    Ent e = new Ent(industry, division != null ? division : divisions.get(random.nextInt(divisions.size())),
        new TreeMap<>(facts));
    enterprises.add(e);
    return e;
  }
}
