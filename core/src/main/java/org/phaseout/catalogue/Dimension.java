package org.phaseout.catalogue;

/**
 * The five dimensions of the comprehensive standards (综合标准的五个方面), after 工信部联产业〔2017〕30号.
 *
 * <p>Each constant carries its Chinese and English names.
 */
public enum Dimension {
  /** Energy consumption (能耗). */
  ENERGY("能耗", "energy"),
  /** Environmental protection (环保). */
  ENVIRONMENT("环保", "environment"),
  /** Product quality (质量). */
  QUALITY("质量", "quality"),
  /** Production safety (安全). */
  SAFETY("安全", "safety"),
  /** Technology: eliminated processes, equipment and products (技术). */
  TECHNOLOGY("技术", "technology");

  private final String chineseName;
  private final String englishName;

  Dimension(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /** @return the Chinese name, for example 能耗 */
  public String chineseName() {
    return chineseName;
  }

  /** @return the English name, for example energy */
  public String englishName() {
    return englishName;
  }
}
