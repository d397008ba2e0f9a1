package org.phaseout.catalogue;

/** The action a non-compliant unit must take (处置措施). */
public enum Action {
  /** Eliminate the process, equipment or product (淘汰). */
  ELIMINATE("淘汰", "eliminate", true),
  /** Close and exit (关停退出). */
  CLOSE("关停退出", "close and exit", true),
  /** Rectify by a deadline (限期整改). */
  RECTIFY("限期整改", "rectify by the deadline", false),
  /** Halt production and rectify (停产停业整顿). */
  HALT_AND_RECTIFY("停产停业整顿", "halt production and rectify", false),
  /** Connect to a required monitoring system (接入监测系统). */
  CONNECT("接入监测系统", "connect to the monitoring system", false),
  /** Check on site (现场核查), for example after a screening flag. */
  INSPECT("现场核查", "check on site", false),
  /** Pay the price surcharge (执行差别化价格). */
  APPLY_PRICE_MEASURE("执行差别化价格", "apply the price measure", false),
  /**
   * Upgrade existing restricted capacity within the period allowed (限制类现有生产能力在一定期限内改造升级); not an
   * exit.
   */
  UPGRADE("改造升级", "upgrade within the period allowed", false);

  private final String chineseName;
  private final String englishName;
  private final boolean exit;

  Action(String chineseName, String englishName, boolean exit) {
    this.chineseName = chineseName;
    this.englishName = englishName;
    this.exit = exit;
  }

  /** @return the Chinese name */
  public String chineseName() {
    return chineseName;
  }

  /** @return the English name */
  public String englishName() {
    return englishName;
  }

  /** @return whether the action means the capacity exits (退出) rather than being rectified */
  public boolean isExit() {
    return exit;
  }
}
