package org.phaseout.catalogue;

/**
 * How far a catalogue entry has been checked against its official source (核实程度). The levels follow the status
 * words of the project's reference pack.
 */
public enum VerificationLevel {
  /** Read from a government site or in the wording of the official text itself (官方原文). */
  OFFICIAL,
  /** The official wording, read from a non-government reprint or mirror (官方文本转载). */
  OFFICIAL_REPRINT,
  /** A third-party transcription, paraphrase or summary (二手转录). */
  SECONDARY,
  /** Not confirmed: a weak, garbled or inferred source (未核实). */
  UNVERIFIED
}
