package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaseout.catalogs.BundledData.edition;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.BATCH;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.assertGrade3;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.assertManual;
import static org.phaseout.catalogs.SecondQuotaBatchProbe.grades;
import static org.phaseout.catalogs.UnitProbe.data;
import static org.phaseout.catalogs.UnitProbe.explains;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.measure.Quantity;

/**
 * The energy-quota standard of pulp, paper and paperboard (纸浆、纸及纸板单位产品能源消耗限额, GB 31825-2024) as
 * shipped: its grade-3 values pinned to the reference (shared/reference/04), paper decided in the plain case, and a
 * tissue line dried by TAD (通风干燥) never compliant on the plain limit.
 */
class PaperQuotaTest {

  @Test
  void gb31825Grade3ValuesOfPaperAndPulp() {
    // GB 31825-2024 表2 (p.7), reference 04 §8.1: paper decided in the plain case (no TAD, no concurrent special paper)
    String[][] paper = {
        {"newsprint", "新闻纸", "210", "240", "270"},
        {"uncoated-printing-writing", "非涂布印刷书写纸", "300", "360", "430"},
        {"coated-printing", "涂布印刷纸", "300", "350", "410"},
        {"tissue-base-wood", "卫生纸原纸、纸巾原纸、吸水衬纸（木浆）", "380", "450", "520"},
        {"tissue-base-non-wood", "卫生纸原纸、纸巾原纸、吸水衬纸（非木浆）", "420", "510", "560"},
        {"wiping-wood", "擦拭用纸（木浆）", "360", "430", "500"},
        {"wiping-non-wood", "擦拭用纸（非木浆）", "400", "470", "540"},
        {"white-board-or-grey-board", "白纸板、灰板纸", "220", "270", "320"},
        {"containerboard-or-gypsum-liner", "箱纸板、石膏板护面纸板", "210", "240", "280"},
        {"corrugating-medium-or-tube-board", "瓦楞原纸、纸管纸板", "200", "230", "260"},
        {"coated-board", "涂布纸板", "230", "280", "330"},
        {"sack-kraft", "纸袋纸", "320", "380", "440"},
        {"decor-or-wallpaper-base", "装饰原纸、壁纸原纸", "450", "500", "530"},
        {"glassine", "格拉辛纸", "420", "460", "500"},
        {"cigarette", "卷烟纸", "800", "850", "900"},
        {"tipping-base", "水松原纸", "500", "600", "700"},
        {"aluminium-foil-backing", "铝箔衬纸", "350", "400", "450"},
        {"stainless-steel-interleaving", "不锈钢衬纸", "520", "600", "680"},
        {"thermal-or-carbonless-base", "热敏原纸、无碳复写纸原纸", "400", "450", "500"},
        {"medical-packaging", "医用包装纸", "570", "600", "630"},
        {"fruit-bag", "育果袋纸", "550", "580", "620"},
        {"sublimation-transfer-base", "热升华转印原纸", "430", "460", "500"}};
    for (String[] r : paper) {
      assertGrade3("gb31825-2024.paper-" + r[0] + ".grade3", r[4] + " kgce/t",
          r[1] + "（kgce/t）：" + grades(r[2], r[3], r[4]));
    }
    // 表1 (p.6): kgce/Adt is not in the engine's unit set, so every pulp row is manual
    String[][] pulp = {
        {"bleached-chemical-wood", "漂白化学木浆", grades("180", "220", "260"), grades("300", "340", "380")},
        {"unbleached-chemical-wood", "未漂化学木浆", grades("130", "160", "200"), grades("250", "280", "320")},
        {"bleached-chemical-non-wood", "漂白化学非木浆", grades("250", "280", "370"), grades("370", "400", "490")},
        {"unbleached-chemical-non-wood", "未漂化学非木浆", grades("200", "230", "320"), grades("320", "350", "440")},
        {"chemi-mechanical-and-mechanical", "化学机械浆及机械浆", grades("200", "250", "300"), grades("320", "370", "420")},
        {"dissolving-wood", "溶解木浆", grades("250", "310", "360"), grades("380", "430", "480")},
        {"dissolving-non-wood", "溶解非木浆", grades("330", "390", "440"), grades("450", "510", "560")},
        {"non-deinked-recovered-paper", "未脱墨废纸浆", grades("40", "55", "70"), "—"},
        {"deinked-recovered-paper", "脱墨废纸浆", grades("100", "120", "140"), "—"}};
    for (String[] r : pulp) {
      assertManual("gb31825-2024.pulp-" + r[0] + ".grade3", r[1] + "（kgce/Adt）：自用浆 " + r[2] + "；商品浆 " + r[3]);
    }
    assertEquals(31, edition("gb-31825@2024").entries().size());
  }

  @Test
  void aTissueLineWithTadIsNeverCompliantOnThePlainLimit() {
    String id = "gb31825-2024.paper-tissue-base-wood.grade3";
    Map<String, Object> plain = data("paper.product", "tissue-base-wood", "paper.tad", false,
        "paper.concurrentThermalCarbonlessOrSublimation", false);
    plain.put("paper.comprehensive-energy", Quantity.parse("520 kgce/t"));
    assertEquals(Verdict.COMPLIANT, BATCH.verdict(id, plain), "520 is within 520");
    plain.put("paper.comprehensive-energy", Quantity.parse("520.01 kgce/t"));
    Finding failing = BATCH.finding(id, plain);
    assertEquals(Verdict.NON_COMPLIANT, failing.verdict());
    assertEquals(Optional.of(Quantity.parse("520 kgce/t")), failing.threshold());
    assertEquals(Optional.of("超过"), failing.thresholdWording());
    assertEquals("市经济信息委", failing.departments().lead().get(0).zh());
    assertTrue(failing.deadline().isEmpty(), "the six months run from a rectification notice, which is not known");
    assertTrue(failing.deadlineRule().contains("6个月内整改"));
    Map<String, Object> tad = data("paper.product", "tissue-base-wood", "paper.tad", true,
        "paper.concurrentThermalCarbonlessOrSublimation", false, "paper.comprehensive-energy", "400 kgce/t");
    Finding raised = BATCH.finding(id, tad);
    assertEquals(Verdict.INSUFFICIENT_DATA, raised.verdict(), "TAD raises the limit by an amount not computed");
    assertTrue(explains(raised.explanation(), "本条目所编码的情形"), "the explanation names the encoded case");
    BATCH.assertNoFinding("gb31825-2024.paper-tissue-base-non-wood.grade3", tad, "a wood-pulp line is not the non-wood row");
  }
}
