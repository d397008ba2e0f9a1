package org.phaseout.examples.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.internal.utils.KieHelper;

/**
 * The rule spec's 103 rules as Drools 10 DRL (classic engine, rule base built in memory, no kmodule project). Each
 * rule adds a bare {@code "<rule id> <VERDICT>"} string to the global list {@code findings}, as the hand-written
 * baseline does; a unit is evaluated by inserting it into a stateful session, firing all rules and deleting it.
 */
final class DroolsRules {

  /** The name of the global list the rules add their findings to. */
  static final String FINDINGS = "findings";

  /** The DRL's package, and the folder of its in-memory file (Drools warns when the two differ). */
  private static final String PACKAGE = "org.phaseout.examples.benchmarks.rulespec";

  private DroolsRules() {}

  /** The 103 rules: B1–B3, E01–E36 (each with its missing-indicator rule) and M001–M064. */
  static String drl() {
    StringBuilder drl = new StringBuilder(32_000);
    drl.append("package ").append(PACKAGE).append(";\n")
        .append("import ").append(DroolsUnit.class.getName()).append(";\n")
        .append("global java.util.List ").append(FINDINGS).append(";\n");
    rule(drl, "B1", "kind == \"coal_boiler\", capacity <= 10", "EXIT");
    rule(drl, "B2", "kind == \"coal_boiler\", capacity < 35, inBuiltUpArea || inIndustrialPark", "EXIT");
    rule(drl, "B3", "kind == \"coal_boiler\", inHeatNetwork", "EXIT");
    for (int nn = 1; nn <= 36; nn++) {
      String id = String.format(Locale.ROOT, "E%02d", nn);
      String kind = String.format(Locale.ROOT, "kind == \"k%02d\"", nn);
      rule(drl, id, kind + ", indicator != null, indicator > " + (int) RuleSpecUnits.baseline(nn), "RECTIFY");
      rule(drl, id, kind + ", indicator == null", "INSUFFICIENT_DATA");
    }
    for (int i = 1; i <= 64; i++) {
      rule(drl, String.format(Locale.ROOT, "M%03d", i),
          String.format(Locale.ROOT, "model == \"S%03d\", kind == \"motor\" || kind == \"pump\"", i - 1), "EXIT");
    }
    return drl.toString();
  }

  private static void rule(StringBuilder drl, String id, String constraints, String verdict) {
    drl.append("rule \"").append(id).append(' ').append(verdict).append("\"\nwhen\n  DroolsUnit(")
        .append(constraints).append(")\nthen\n  ").append(FINDINGS).append(".add(\"").append(id).append(' ')
        .append(verdict).append("\");\nend\n");
  }

  /** Compiles the rules; fails with Drools' messages if they do not compile. */
  static KieBase kieBase() {
    return new KieHelper().addContent(drl(), PACKAGE.replace('.', '/') + "/rulespec.drl").build();
  }

  /** A stateful session whose rules add to {@code findings}. */
  static KieSession session(KieBase base, List<String> findings) {
    KieSession session = base.newKieSession();
    session.setGlobal(FINDINGS, findings);
    return session;
  }

  /** Inserts the unit, fires the rules and deletes the unit again; returns how many fired. */
  static int evaluate(KieSession session, DroolsUnit unit) {
    FactHandle handle = session.insert(unit);
    int fired = session.fireAllRules();
    session.delete(handle);
    return fired;
  }

  /** The findings of all units as checksum lines; fails if the rules fired do not match the findings added. */
  static List<String> lines(KieSession session, List<String> findings, List<DroolsUnit> units) {
    List<String> lines = new ArrayList<>();
    for (DroolsUnit u : units) {
      findings.clear();
      int fired = evaluate(session, u);
      if (fired != findings.size()) {
        throw new IllegalStateException(u.getId() + ": " + fired + " rules fired, " + findings.size() + " findings");
      }
      findings.forEach(f -> lines.add(u.getId() + " " + f));
    }
    findings.clear();
    return lines;
  }
}
