package org.phaseout.examples.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The rule spec's 103 rules as hand-written if/else Java: the practical upper bound the issue compares against. The
 * findings are bare {@code "<rule id> <VERDICT>"} pairs, without citations or explanations.
 */
final class HandWrittenRules {

  private static final String[] ENERGY_RULES = new String[37];
  private static final double[] BASELINES = new double[37];

  static {
    for (int nn = 1; nn <= 36; nn++) {
      ENERGY_RULES[nn] = String.format(Locale.ROOT, "E%02d", nn);
      BASELINES[nn] = RuleSpecUnits.baseline(nn);
    }
  }

  private HandWrittenRules() {}

  /** Adds the findings of one unit as {@code "<rule id> <VERDICT>"}; returns how many fired. */
  static int evaluate(RuleSpecUnits.SpecUnit u, List<String> findings) {
    int fired = 0;
    String kind = u.kind();
    if (kind.equals("coal_boiler")) {
      if (u.capacity() <= 10) {
        findings.add("B1 EXIT");
        fired++;
      }
      if (u.capacity() < 35 && (u.inBuiltUpArea() || u.inIndustrialPark())) {
        findings.add("B2 EXIT");
        fired++;
      }
      if (u.inHeatNetwork()) {
        findings.add("B3 EXIT");
        fired++;
      }
    } else if (kind.length() == 3 && kind.charAt(0) == 'k') {
      int nn = (kind.charAt(1) - '0') * 10 + (kind.charAt(2) - '0');
      if (u.indicator() == null) {
        findings.add(ENERGY_RULES[nn] + " INSUFFICIENT_DATA");
        fired++;
      } else if (u.indicator() > BASELINES[nn]) {
        findings.add(ENERGY_RULES[nn] + " RECTIFY");
        fired++;
      }
    } else if (kind.equals("motor") || kind.equals("pump")) {
      String model = u.model();
      if (model != null && model.charAt(0) == 'S') {
        int series = Integer.parseInt(model, 1, 4, 10);
        if (series < 64) {
          findings.add(String.format(Locale.ROOT, "M%03d EXIT", series + 1));
          fired++;
        }
      }
    }
    return fired;
  }

  /**
   * The spec's checksum: the SHA-256 of the sorted lines {@code "<unit id> <rule id> <VERDICT>\n"} in UTF-8, with
   * the number of findings.
   */
  static String checksum(List<String> lines) {
    List<String> sorted = new ArrayList<>(lines);
    sorted.sort(null);
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String line : sorted) {
        digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return sorted.size() + " " + HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /** The findings of all units as checksum lines. */
  static List<String> lines(List<RuleSpecUnits.SpecUnit> units) {
    List<String> lines = new ArrayList<>();
    List<String> one = new ArrayList<>(4);
    for (RuleSpecUnits.SpecUnit u : units) {
      one.clear();
      evaluate(u, one);
      one.forEach(f -> lines.add(u.id() + " " + f));
    }
    return lines;
  }
}
