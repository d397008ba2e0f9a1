package org.phaseout.examples.cli;

import org.phaseout.ComplianceEvaluator;
import picocli.CommandLine;

/** Prints the engine version. */
final class Versions implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"phaseout " + ComplianceEvaluator.engineVersion()};
  }
}
