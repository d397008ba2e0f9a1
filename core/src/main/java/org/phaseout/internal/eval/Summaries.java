package org.phaseout.internal.eval;

import java.time.LocalDate;
import java.util.List;
import org.phaseout.Finding;
import org.phaseout.Verdict;
import org.phaseout.catalogue.LocalizedText;

/** Writes the one-paragraph summary of a finding in Chinese and English, from the finding's own components. */
public final class Summaries {

  private Summaries() {}

  private static String stripEnd(String text, char stop) {
    return !text.isEmpty() && text.charAt(text.length() - 1) == stop ? text.substring(0, text.length() - 1) : text;
  }

  /**
   * Returns the summary of a finding.
   *
   * @param f the finding
   * @return its summary
   */
  public static LocalizedText of(Finding f) {
    Verdict verdict = f.verdict();
    StringBuilder zh = new StringBuilder(160);
    StringBuilder en = new StringBuilder(240);
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
    zh.append(stripEnd(f.entry().text().zh(), '。'));
    en.append(stripEnd(f.entry().text().en(), '.'));
    if (f.measured().isPresent() && f.threshold().isPresent()) {
      String values = f.measured().get() + " / " + f.threshold().get();
      zh.append("。实测/限值 ").append(values);
      en.append(". Measured / threshold ").append(values);
      f.thresholdWording().ifPresent(w -> {
        zh.append('（').append(w).append('）');
        en.append(" (").append(w).append(')');
      });
    }
    String reference = f.entry().reference();
    zh.append("。依据：").append(reference);
    en.append(". Basis: ").append(reference);
    if (verdict == Verdict.NON_COMPLIANT) {
      zh.append("。处置：").append(f.actionText().zh()).append("，期限：")
          .append(f.deadline().map(LocalDate::toString).orElse("未定（" + f.deadlineRule() + "）"));
      en.append(". Action: ").append(f.actionText().en()).append(", deadline: ")
          .append(f.deadline().map(LocalDate::toString).orElse("not fixed (" + f.deadlineRule() + ")"));
    }
    List<LocalizedText> lead = f.departments().lead();
    if (!lead.isEmpty()) {
      zh.append("。牵头部门：");
      en.append(". Lead: ");
      for (int i = 0; i < lead.size(); i++) {
        zh.append(i == 0 ? "" : "、").append(lead.get(i).zh());
        en.append(i == 0 ? "" : ", ").append(lead.get(i).en());
      }
    }
    zh.append('。');
    en.append('.');
    return new LocalizedText(zh.toString(), en.toString());
  }
}
