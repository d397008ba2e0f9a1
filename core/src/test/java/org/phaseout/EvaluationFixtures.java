package org.phaseout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
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
 * Shared fixtures of the evaluation tests: the bundled catalogue files, read in place from the catalogs module
 * (core/pom.xml puts them on the test classpath under {@code org/phaseout/bundled/}), and builders of synthetic production units whose enterprises
 * have clearly fictitious names and credit codes with a valid check character. No threshold is defined here.
 */
public final class EvaluationFixtures {

  /** The classpath folder of the bundled catalogue files. */
  public static final String FOLDER = "/org/phaseout/bundled/";

  /** The classpath folder of the other evaluation fixtures. */
  public static final String OWN_FOLDER = "/org/phaseout/evaluation/";

  /** The vocabulary file. */
  public static final String VOCABULARY = "vocabulary.json";
  /**
   * The other vocabulary files: the 2024 catalogue's items name unit kinds and attributes that several of them
   * define.
   */
  public static final List<String> MORE_VOCABULARY = List.of("vocabulary-coal-power.json",
      "vocabulary-efficiency-levels.json", "vocabulary-energy-quotas.json", "vocabulary-energy-quotas-2.json",
      "vocabulary-energy-quotas-3.json", "vocabulary-equipment-2.json", "vocabulary-industry-structure.json",
      "vocabulary-industry-structure-2.json", "vocabulary-industry-structure-3.json",
      "vocabulary-industry-structure-4.json", "vocabulary-pumps.json", "vocabulary-quality.json", "vocabulary-safety-construction.json");
  /** 渝制造强市办〔2025〕4号: the Chongqing 2025 plan, coal-fired boiler tasks. */
  public static final String CHONGQING_2025 = "cq-backward-capacity-plan-2025.json";
  /** 国家发展改革委令第7号: the 2024 Industry Structure Adjustment Guidance Catalogue, eliminated boiler items. */
  public static final String NATIONAL_2024 = "cn-industry-structure-adjustment-eliminated-2024.json";
  /** GB 21346-2022: energy limits of electrolytic aluminium and alumina. */
  public static final String GB_21346 = "gb-21346-2022.json";

  /** Every catalogue file, vocabulary first. */
  public static final List<String> FILES = Stream.concat(Stream.of(VOCABULARY),
      Stream.concat(MORE_VOCABULARY.stream(), Stream.of(CHONGQING_2025, NATIONAL_2024, GB_21346))).toList();

  /** The last day of the Chongqing plan year: all three editions are in force. */
  public static final LocalDate PLAN_YEAR_END = LocalDate.of(2025, 12, 31);

  /** 万州区, a district of Chongqing. */
  public static final String WANZHOU = "500101";
  /** 东城区, a district of Beijing: outside Chongqing. */
  public static final String DONGCHENG_BEIJING = "110101";

  /** 热力生产和供应 (GB/T 4754-2017). */
  public static final String HEAT_SUPPLY = "D4430";
  /** 铝冶炼 (GB/T 4754-2017). */
  public static final String ALUMINIUM_SMELTING = "C3216";

  private static final CatalogueSet CATALOGUES = load(FILES);
  private static final ComplianceEvaluator EVALUATOR = ComplianceEvaluator.of(CATALOGUES);

  private EvaluationFixtures() {}

  /**
   * Reads a file of the fixtures folder.
   *
   * @param name the file name
   * @return its bytes
   */
  public static byte[] resource(String name) {
    String path = (FILES.contains(name) ? FOLDER : OWN_FOLDER) + name;
    try (InputStream in = EvaluationFixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the four catalogue files loaded once */
  public static CatalogueSet catalogues() {
    return CATALOGUES;
  }

  /** @return an evaluator over the four catalogue files */
  public static ComplianceEvaluator evaluator() {
    return EVALUATOR;
  }

  /**
   * Loads catalogue files, added to the loader in the given order.
   *
   * @param files the file names
   * @return the snapshot
   */
  public static CatalogueSet load(List<String> files) {
    Catalogues.Loader loader = Catalogues.loader();
    files.forEach(f -> loader.addJson(f, resource(f)));
    try {
      return loader.load();
    } catch (CatalogueException e) {
      throw new IllegalStateException("the copies of the bundled catalogues must load", e);
    }
  }

  /**
   * Builds a valid credit code: registration authority 9 (工商), category 1 (企业), the division, and a subject
   * identifier made from a serial number, with the GB 32100-2015 check character.
   *
   * @param division the six-digit division code of positions 3–8
   * @param serial a number from 0 to 9,999,999 that makes the code unique
   * @return the credit code
   */
  public static CreditCode creditCode(String division, int serial) {
    String body = "91" + division + "MA" + String.format(Locale.ROOT, "%07d", serial);
    return CreditCode.of(body + CreditCode.checkCharacterFor(body));
  }

  /**
   * Builds an enterprise with a fictitious name.
   *
   * @param name the name, which must say 虚构
   * @param division where it operates
   * @param industry its industry code
   * @param serial makes its credit code unique
   * @return the enterprise
   */
  public static Enterprise enterprise(String name, String division, String industry, int serial) {
    if (!name.contains("虚构")) {
      throw new IllegalArgumentException("test enterprises must be clearly fictitious: " + name);
    }
    return Enterprise.builder()
        .creditCode(creditCode(division, serial))
        .name(name)
        .division(DivisionCode.of(division))
        .industry(IndustryCode.of(industry))
        .build();
  }

  /** @return a fictitious heat-supply enterprise in 万州区, Chongqing */
  public static Enterprise chongqingBoilerOwner() {
    return enterprise("示例燃煤锅炉企业（虚构）", WANZHOU, HEAT_SUPPLY, 1);
  }

  /** @return a fictitious heat-supply enterprise in 东城区, Beijing */
  public static Enterprise beijingBoilerOwner() {
    return enterprise("北京示例燃煤锅炉企业（虚构）", DONGCHENG_BEIJING, HEAT_SUPPLY, 2);
  }

  /** @return a fictitious aluminium smelter in 万州区, Chongqing */
  public static Enterprise chongqingSmelter() {
    return enterprise("示例电解铝企业（虚构）", WANZHOU, ALUMINIUM_SMELTING, 3);
  }

  /**
   * Starts a coal-fired boiler of the Chongqing enterprise.
   *
   * @param id the unit id
   * @param capacity the rated capacity, for example {@code "6 t/h"}, or null for none reported
   * @return the builder
   */
  public static ProductionUnit.Builder coalBoiler(String id, String capacity) {
    ProductionUnit.Builder b = ProductionUnit.builder().id(id).enterprise(chongqingBoilerOwner())
        .kind("coal-fired-boiler");
    if (capacity != null) {
      b.ratedCapacity(Quantity.parse(capacity));
    }
    return b;
  }

  /**
   * Starts an electrolytic-aluminium potline of the Chongqing smelter.
   *
   * @param id the unit id
   * @return the builder
   */
  public static ProductionUnit.Builder potline(String id) {
    return ProductionUnit.builder().id(id).enterprise(chongqingSmelter()).kind("electrolytic-aluminium-potline")
        .ratedCapacity(Quantity.parse("200000 t/a"));
  }

  /**
   * Starts an alumina refinery of the Chongqing smelter.
   *
   * @param id the unit id
   * @return the builder
   */
  public static ProductionUnit.Builder aluminaRefinery(String id) {
    return ProductionUnit.builder().id(id).enterprise(chongqingSmelter()).kind("alumina-refinery")
        .ratedCapacity(Quantity.parse("800000 t/a"));
  }

  /**
   * A boolean fact.
   *
   * @param value the value
   * @return the fact
   */
  public static FactValue fact(boolean value) {
    return FactValue.of(value);
  }

  /**
   * A measurement without period or source.
   *
   * @param quantity for example {@code "13350 kWh/t"}
   * @return the measurement
   */
  public static Measurement measured(String quantity) {
    return Measurement.of(Quantity.parse(quantity));
  }
}
