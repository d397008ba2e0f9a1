package org.phaseout.lifecycle;

/**
 * What an exit inspection found on site (退出验收情况). Capacity has exited when its main equipment is dismantled, or
 * when water and power are cut, the power units removed and the main equipment sealed: "通过依法关停、停业、关闭、取缔
 * 整个企业，或采取断电、断水，拆除动力装置，封存主体设备等措施淘汰相关主体设备（生产线），使相应产能不再投入生产"
 * (工信部联产业〔2017〕30号 as restated by http://www.sggg88.cn/?p=2802, SECONDARY); "具备拆除条件的应立即拆除；暂不
 * 具备拆除条件的，应立即断水、断电，拆除动力装置，封存主体设备" (Xiamen 2020 plan, SECONDARY).
 *
 * @param mainEquipmentDismantled main equipment dismantled (主体设备已拆除)
 * @param waterCut water supply cut (已断水)
 * @param powerCut power supply cut (已断电)
 * @param powerUnitsRemoved power units removed (动力装置已拆除)
 * @param mainEquipmentSealed main equipment sealed (主体设备已封存)
 */
public record ExitEvidence(
    boolean mainEquipmentDismantled,
    boolean waterCut,
    boolean powerCut,
    boolean powerUnitsRemoved,
    boolean mainEquipmentSealed) {

  /** @return evidence of dismantled main equipment */
  public static ExitEvidence dismantled() {
    return new ExitEvidence(true, false, false, false, false);
  }

  /** @return evidence of water and power cut, power units removed and main equipment sealed */
  public static ExitEvidence cutRemovedAndSealed() {
    return new ExitEvidence(false, true, true, true, true);
  }

  /** @return whether the evidence meets either physical criterion of exit */
  public boolean isSufficient() {
    return mainEquipmentDismantled || (waterCut && powerCut && powerUnitsRemoved && mainEquipmentSealed);
  }

  /** @return what is missing, in English, for a message */
  String missing() {
    StringBuilder sb = new StringBuilder();
    if (!waterCut) {
      sb.append(" water cut;");
    }
    if (!powerCut) {
      sb.append(" power cut;");
    }
    if (!powerUnitsRemoved) {
      sb.append(" power units removed;");
    }
    if (!mainEquipmentSealed) {
      sb.append(" main equipment sealed;");
    }
    return "either the main equipment dismantled, or all of:" + sb;
  }
}
