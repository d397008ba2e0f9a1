package org.phaseout.catalogue;

/** What kind of rule a catalogue entry is (条目类别). */
public enum EntryCategory {
  /** A process or piece of equipment listed for elimination (落后生产工艺装备). */
  ELIMINATED_PROCESS_OR_EQUIPMENT,
  /** A product listed for elimination (落后产品). */
  ELIMINATED_PRODUCT,
  /** A limit or threshold a measured value must respect (限额、限值). */
  LIMIT,
  /** A requirement to be met by a deadline (限期要求). */
  REQUIREMENT_BY_DEADLINE,
  /** A price measure such as differential electricity pricing (价格措施). */
  PRICE_MEASURE,
  /**
   * Capacity, a process, equipment or a product of the restricted category (限制类) of the industry-structure
   * catalogue: new construction is banned and existing capacity may upgrade within a period (督促改造和禁止新建).
   * Falling under such an entry is not an exit; the consequence is normally {@link Action#UPGRADE}.
   */
  RESTRICTED
}
