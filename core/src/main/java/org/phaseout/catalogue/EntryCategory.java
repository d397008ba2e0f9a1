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
  PRICE_MEASURE
}
