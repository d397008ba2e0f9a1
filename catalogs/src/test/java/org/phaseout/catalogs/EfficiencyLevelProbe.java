package org.phaseout.catalogs;

import java.time.LocalDate;
import java.util.List;
import org.phaseout.capacity.CreditCode;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.Enterprise;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.catalogue.LocalizedText;

/**
 * What the tests of the energy-efficiency level rules (《工业重点领域能效标杆水平和基准水平》 and 发改环资规〔2024〕127号) share:
 * the date they evaluate on, a fictitious Chongqing enterprise, and the Chinese names of departments.
 */
final class EfficiencyLevelProbe {

  private EfficiencyLevelProbe() {}

  static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  static final Enterprise CHONGQING = Enterprise.builder()
      .creditCode(CreditCode.parse("91500101QA00000226")).name("长寿示例化工有限公司（虚构）")
      .division(DivisionCode.parse("500115")).industry(IndustryCode.parse("C2611")).build();

  static List<String> zh(List<LocalizedText> names) {
    return names.stream().map(LocalizedText::zh).toList();
  }
}
