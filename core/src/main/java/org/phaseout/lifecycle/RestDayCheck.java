package org.phaseout.lifecycle;

/**
 * What the statutory rest-day rule of 《民法典》第二百零三条 did to the last day of a period (法定休息日顺延核对结果):
 * 期间的最后一日是法定休息日的，以法定休息日结束的次日为期间的最后一日.
 */
public enum RestDayCheck {
  /**
   * Not applied (未适用): no {@link StatutoryRestDays} calendar was given, or the deadline is not the last day of a
   * period (a fixed date or an immediate deadline), or there is no deadline. The deadline is counted by 第二百零一条 and
   * 第二百零二条 alone.
   */
  NOT_APPLIED("未适用"),
  /** Checked: the last day is a working day of a covered year and stays as counted (末日为工作日，不顺延). */
  WORKING_DAY("末日为工作日，不顺延"),
  /** Checked: the last day fell on a statutory rest day and moved to the day after the rest ends (末日顺延). */
  EXTENDED("末日顺延"),
  /**
   * Not checkable (无法核对): the calendar has no notice for the year of the counted last day, or for a year the rest
   * running from it reaches. The deadline stays as counted by 第二百零一条 and 第二百零二条, and must be checked by hand
   * once the State Council's notice for that year is known.
   */
  NOT_COVERED("无法核对（无该年度放假安排）");

  private final String chineseName;

  RestDayCheck(String chineseName) {
    this.chineseName = chineseName;
  }

  /** @return the Chinese name, as published lists show it */
  public String chineseName() {
    return chineseName;
  }
}
