package org.phaseout.examples.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.capacity.Measurement;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueException;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.catalogue.Catalogues;
import org.phaseout.measure.Quantity;

/**
 * The rule spec's 103 rules as a Phaseout catalogue, with a vocabulary for its 40 unit kinds. The values are the
 * spec's synthetic ones ("this spec measures speed, not law"): this catalogue exists only in the benchmark suite and
 * is never bundled. Entry ids end in the spec's rule ids, so findings map back to the checksum lines.
 */
final class RuleSpecCatalogue {

  static final String PREFIX = "rulespec.";
  private static final String SOURCE = "shared/perf/RULESPEC.md";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RuleSpecCatalogue() {}

  static String kindId(String specKind) {
    return "rulespec-" + specKind.replace('_', '-');
  }

  /** Loads the bundled vocabulary (for the location facts) with the spec's vocabulary and catalogue. */
  static CatalogueSet load() throws CatalogueException, IOException {
    byte[] bundledVocabulary;
    try (InputStream in = RuleSpecCatalogue.class.getResourceAsStream("/org/phaseout/catalogs/vocabulary.json")) {
      if (in == null) {
        throw new IOException("the bundled vocabulary is not on the classpath");
      }
      bundledVocabulary = in.readAllBytes();
    }
    return Catalogues.loader().addJson("vocabulary.json", bundledVocabulary)
        .addJson("rulespec-vocabulary.json", MAPPER.writeValueAsBytes(vocabulary()))
        .addJson("rulespec-catalogue.json", MAPPER.writeValueAsBytes(catalogue())).load();
  }

  private static ObjectNode vocabulary() {
    ObjectNode v = MAPPER.createObjectNode();
    v.put("type", "vocabulary").put("schemaVersion", 1).put("id", "rulespec-vocabulary")
        .put("description", "Unit kinds, the model attribute and the energy indicator of " + SOURCE);
    ArrayNode kinds = v.putArray("unitKinds");
    List<String> specKinds = new ArrayList<>(List.of("coal_boiler", "gas_boiler", "motor", "pump"));
    for (int nn = 1; nn <= 36; nn++) {
      specKinds.add(String.format(Locale.ROOT, "k%02d", nn));
    }
    for (String k : specKinds) {
      ObjectNode kind = kinds.addObject().put("id", kindId(k)).put("zh", "基准单元 " + k).put("en", "spec unit " + k);
      if (k.endsWith("boiler")) {
        kind.put("capacityUnit", "t/h");
      }
    }
    ObjectNode model = v.putArray("attributes").addObject().put("key", "rulespec.model").put("type", "text");
    ArrayNode values = model.putArray("values");
    for (int s = 0; s < 200; s++) {
      values.add(String.format(Locale.ROOT, "S%03d", s));
    }
    model.put("zh", "型号系列").put("en", "model series");
    v.putArray("indicators").addObject().put("code", "rulespec.energy").put("unit", "kgce/t")
        .put("zh", "单位产品能耗").put("en", "energy per unit product");
    v.putArray("departments").addObject().put("id", "rulespec.department").put("zh", "基准部门")
        .put("en", "benchmark department");
    return v;
  }

  private static ObjectNode catalogue() {
    ObjectNode c = MAPPER.createObjectNode();
    c.put("type", "catalogue").put("schemaVersion", 1).put("catalogueId", "rulespec").put("edition", "1");
    c.putObject("title").put("zh", "性能基准规则（合成数据）").put("en", "Shared rule spec for performance (synthetic)");
    c.putArray("issuers").add("性能基准规则（合成）");
    c.put("documentNumber", "RULESPEC").put("published", "2025-01-01")
        .put("effectiveFrom", "2025-01-01");
    c.putObject("source").put("source", SOURCE).put("verification", "unverified")
        .put("note", "Synthetic rules for measuring speed, not law.");
    ArrayNode entries = c.putArray("entries");
    ObjectNode capacityAtMost10 = comparison("unit.ratedCapacity", "<=", "10 t/h", "以下");
    entries.add(entry("B1", List.of("coal_boiler"), null, capacityAtMost10, "eliminate"));
    ObjectNode b2 = MAPPER.createObjectNode();
    ArrayNode all = b2.putArray("all");
    all.add(comparison("unit.ratedCapacity", "<", "35 t/h", "不满"));
    ArrayNode any = all.addObject().putArray("any");
    any.add(equality("location.urbanBuiltUpArea", true));
    any.add(equality("location.industrialPark", true));
    entries.add(entry("B2", List.of("coal_boiler"), null, b2, "eliminate"));
    entries.add(entry("B3", List.of("coal_boiler"), null, equality("location.heatNetworkCoverage", true),
        "eliminate"));
    for (int nn = 1; nn <= 36; nn++) {
      ObjectNode over = MAPPER.createObjectNode().put("indicator", "rulespec.energy").put("op", ">")
          .put("value", (int) RuleSpecUnits.baseline(nn) + " kgce/t").put("wording", "超过");
      entries.add(entry(String.format(Locale.ROOT, "E%02d", nn), List.of(String.format(Locale.ROOT, "k%02d", nn)),
          null, over, "rectify"));
    }
    for (int i = 1; i <= 64; i++) {
      ObjectNode when = MAPPER.createObjectNode().put("fact", "rulespec.model").put("op", "=")
          .put("value", String.format(Locale.ROOT, "S%03d", i - 1));
      entries.add(entry(String.format(Locale.ROOT, "M%03d", i), List.of("motor", "pump"), when,
          MAPPER.createObjectNode().put("unconditional", true), "eliminate"));
    }
    return c;
  }

  private static ObjectNode comparison(String fact, String op, String value, String wording) {
    return MAPPER.createObjectNode().put("fact", fact).put("op", op).put("value", value).put("wording", wording);
  }

  private static ObjectNode equality(String fact, boolean value) {
    return MAPPER.createObjectNode().put("fact", fact).put("op", "=").put("value", value);
  }

  private static ObjectNode entry(String rule, List<String> specKinds, ObjectNode when, ObjectNode criterion,
      String action) {
    ObjectNode e = MAPPER.createObjectNode();
    e.put("id", PREFIX + rule);
    e.putArray("section").add("Rules (103)");
    e.put("item", rule);
    e.putObject("text").put("zh", "基准规则 " + rule).put("en", "spec rule " + rule);
    e.put("dimension", rule.startsWith("E") ? "energy" : rule.startsWith("B") ? "environment" : "technology");
    e.put("category", rule.startsWith("E") ? "limit" : "eliminated-process-or-equipment");
    ObjectNode applies = e.putObject("applies");
    ArrayNode kinds = applies.putArray("unitKinds");
    specKinds.forEach(k -> kinds.add(kindId(k)));
    if (when != null) {
      applies.set("when", when);
    }
    e.set("criterion", criterion);
    ObjectNode consequence = e.putObject("consequence").put("action", action);
    consequence.putObject("text").put("zh", action).put("en", action);
    consequence.putObject("deadline").put("rule", "not-stated").put("wording", "规则未规定期限");
    e.putArray("citations").addObject().put("document", "RULESPEC").put("clause", rule).put("url",
        "https://example.invalid/rulespec");
    e.putObject("provenance").put("source", SOURCE).put("verification", "unverified")
        .put("note", "Synthetic, for measuring speed.");
    return e;
  }

  /** One fictitious enterprise owns every spec unit. */
  private static final Enterprise OWNER = Enterprise.builder()
      .creditCode(CreditCode.of("91500101MA0000001" + CreditCode.checkCharacterFor("91500101MA0000001")))
      .name("规则基准企业（虚构）").division(DivisionCode.of("500101")).industry(IndustryCode.of("D4430")).build();

  /** The spec unit as a production unit. */
  static ProductionUnit unit(RuleSpecUnits.SpecUnit u) {
    ProductionUnit.Builder b = ProductionUnit.builder();
    b.id(u.id()).enterprise(OWNER).kind(kindId(u.kind()))
        .ratedCapacity(Quantity.of(BigDecimal.valueOf(u.capacity()).toPlainString(), "t/h"))
        .putFacts("location.urbanBuiltUpArea", FactValue.of(u.inBuiltUpArea()))
        .putFacts("location.industrialPark", FactValue.of(u.inIndustrialPark()))
        .putFacts("location.heatNetworkCoverage", FactValue.of(u.inHeatNetwork()));
    if (u.indicator() != null) {
      b.putMeasurements("rulespec.energy", Measurement.of(Quantity.of(BigDecimal.valueOf(u.indicator()).toPlainString(), "kgce/t")));
    }
    if (u.model() != null) {
      b.putFacts("rulespec.model", FactValue.of(u.model()));
    }
    return b.build();
  }
}
