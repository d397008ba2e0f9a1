package org.phaseout.internal.eval;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.phaseout.CitedEntry;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.catalogue.Consequence;
import org.phaseout.catalogue.LocalizedText;

/** Writes the one-paragraph summary of a finding in Chinese and English. */
final class Summaries {

  private Summaries() {}

  private static String stripEnd(String text, char stop) {
    return text.endsWith(String.valueOf(stop)) ? text.substring(0, text.length() - 1) : text;
  }

  static LocalizedText of(Verdict verdict, CitedEntry entry, CriterionEvaluation.Outcome outcome,
      Consequence consequence, Optional<LocalDate> deadline, Finding.Departments departments) {
    String values = outcome.measured().isPresent() && outcome.threshold().isPresent()
        ? outcome.measured().get() + " / " + outcome.threshold().get()
            + outcome.wording().map(w -> "（" + w + "）").orElse("")
        : null;
    String lead = departments.lead().stream().map(LocalizedText::zh).collect(Collectors.joining("、"));
    String leadEn = departments.lead().stream().map(LocalizedText::en).collect(Collectors.joining(", "));
    StringBuilder zh = new StringBuilder();
    StringBuilder en = new StringBuilder();
    switch (verdict) {
      case NON_COMPLIANT -> {
        zh.append("不达标：");
        en.append("Non-compliant: ");
      }
      case COMPLIANT -> {
        zh.append("达标：");
        en.append("Compliant: ");
      }
      case INSUFFICIENT_DATA -> {
        zh.append("数据不足，无法判定：");
        en.append("Insufficient data to decide: ");
      }
    }
    zh.append(stripEnd(entry.text().zh(), '。'));
    en.append(stripEnd(entry.text().en(), '.'));
    if (values != null) {
      zh.append("。实测/限值 ").append(values);
      en.append(". Measured / threshold ").append(values.replace("（", " (").replace("）", ")"));
    }
    zh.append("。依据：").append(entry.reference());
    en.append(". Basis: ").append(entry.reference());
    if (verdict == Verdict.NON_COMPLIANT) {
      zh.append("。处置：").append(consequence.text().zh()).append("，期限：")
          .append(deadline.map(LocalDate::toString).orElse("未定（" + consequence.deadline().wording() + "）"));
      en.append(". Action: ").append(consequence.text().en()).append(", deadline: ")
          .append(deadline.map(LocalDate::toString).orElse("not fixed (" + consequence.deadline().wording() + ")"));
    }
    if (!lead.isEmpty()) {
      zh.append("。牵头部门：").append(lead);
      en.append(". Lead: ").append(leadEn);
    }
    zh.append("。");
    en.append(".");
    return new LocalizedText(zh.toString(), en.toString());
  }
}
