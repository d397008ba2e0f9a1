package org.phaseout.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.phaseout.EvaluationFixtures;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.catalogue.Dimension;
import org.phaseout.catalogue.LocalizedText;

/** Tip-offs go to the departments the catalogues in force assign for their dimension, kind and district. */
class TipOffRoutingTest {

  private static final TipOffRouting ROUTING = TipOffRouting.of(EvaluationFixtures.catalogues());

  private static TipOff tipOff(String received, Dimension dimension, String kind, String district) {
    return new TipOff("t-1", LocalDate.parse(received), "群众举报：某厂仍在使用小型燃煤锅炉（示例）", dimension,
        Optional.ofNullable(kind), Optional.empty(), DivisionCode.parse(district), Optional.empty());
  }

  private static List<String> zh(List<LocalizedText> texts) {
    return texts.stream().map(LocalizedText::zh).toList();
  }

  @Test
  void anEnvironmentalTipOffAboutABoilerGoesToTheEcologyBureau() {
    TipOffRouting.Routed routed = ROUTING.route(tipOff("2025-10-08", Dimension.ENVIRONMENT, "coal-fired-boiler",
        "500113"));
    assertTrue(routed.isRouted());
    assertEquals(List.of("市生态环境局"), zh(routed.lead()));
    assertEquals(List.of("各区县政府（含两江新区、西部科学城重庆高新区、万盛经开区管委会）"), zh(routed.implementing()));
    assertEquals(List.of("cq-2025.environment.coal-boiler-10th", "cq-2025.environment.coal-boiler-35th-urban-park",
        "cq-2025.environment.coal-boiler-heat-network"), routed.entries());
    assertTrue(routed.bases().get(0).contains("一、（二）1"), routed.bases().toString());
  }

  @Test
  void anEnergyTipOffAboutAPotlineGoesToTheEconomyCommission() {
    TipOffRouting.Routed routed = ROUTING.route(tipOff("2025-10-08", Dimension.ENERGY,
        "electrolytic-aluminium-potline", "500102"));
    assertEquals(List.of("市经济信息委"), zh(routed.lead()));
  }

  @Test
  void aTechnologyTipOffGoesToTheDistrictWithTheEconomyCommissionGuiding() {
    TipOffRouting.Routed routed = ROUTING.route(tipOff("2025-10-08", Dimension.TECHNOLOGY, "coal-fired-boiler",
        "500113"));
    assertEquals(List.of("有关区县政府"), zh(routed.lead()));
    assertEquals(List.of("市经济信息委"), zh(routed.supporting()));
  }

  @Test
  void whereNoCatalogueAssignsADepartmentTheTipOffIsLeftForRoutingByHand() {
    assertFalse(ROUTING.route(tipOff("2025-10-08", Dimension.ENVIRONMENT, "coal-fired-boiler", "110101"))
        .isRouted(), "no assignment outside Chongqing");
    TipOffRouting.Routed afterPlan = ROUTING.route(tipOff("2026-03-01", Dimension.ENVIRONMENT, "coal-fired-boiler",
        "500113"));
    assertFalse(afterPlan.isRouted(), "the 2025 plan ended; its assignments are not silently extended");
  }

  @Test
  void theSameTipOffIsAlwaysRoutedTheSameWay() {
    TipOff t = tipOff("2025-10-08", Dimension.ENVIRONMENT, null, "500113");
    assertEquals(ROUTING.route(t), ROUTING.route(t));
    assertEquals(List.of("市生态环境局"), zh(ROUTING.route(t).lead()));
  }
}
