package org.phaseout.pricing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.phaseout.EvaluationFixtures;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueException;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.catalogue.Catalogues;

/**
 * The catalogues the pricing tests share: every bundled vocabulary file, the Chongqing 2025 plan (crypto-mining, steel
 * and cement price measures) and the 2025 edition of the electrolytic-aluminium tiered price, read in place from the
 * catalogs module.
 */
final class PricingFixtures {

  static final CatalogueSet CATALOGUES = load();

  private PricingFixtures() {}

  private static CatalogueSet load() {
    Catalogues.Loader loader = Catalogues.loader();
    for (String name : EvaluationFixtures.FILES) {
      if (name.startsWith("vocabulary") || name.equals(EvaluationFixtures.CHONGQING_2025)) {
        loader.addJson(name, bytes(name));
      }
    }
    loader.addJson("al-2025.json", bytes("cn-electrolytic-aluminium-tiered-price-2021-2025.json"));
    try {
      return loader.load();
    } catch (CatalogueException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  private static byte[] bytes(String name) {
    try (InputStream in = PricingFixtures.class.getResourceAsStream("/org/phaseout/bundled/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A unit of a fictitious enterprise in 黔江区 of the given industry. */
  static ProductionUnit.Builder unit(String id, String kind, String industry) {
    Enterprise e = Enterprise.builder().creditCode(CreditCode.parse("91500114PH0000001Y")).name("示例企业（虚构）")
        .division(DivisionCode.parse("500114")).industry(IndustryCode.parse(industry)).build();
    return ProductionUnit.builder().id(id).enterprise(e).kind(kind);
  }
}
