package org.phaseout.internal.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.phaseout.ComplianceEvaluator;
import org.phaseout.ComplianceReport;
import org.phaseout.EvaluationFixtures;
import org.phaseout.ExplanationLevel;
import org.phaseout.UnitAssessment;
import org.phaseout.UnitGenerators;

/**
 * A unit line written straight to the generator is byte for byte the line of the report tree, at both explanation
 * levels, for any generated batch: the tree the pretty report embeds loses nothing of the streamed line.
 */
class UnitLinesTest {

  @ParameterizedTest
  @EnumSource(ExplanationLevel.class)
  void aLineWrittenDirectlyEqualsTheLineOfTheReportTree(ExplanationLevel level) {
    ComplianceEvaluator evaluator = ComplianceEvaluator.builder().catalogues(EvaluationFixtures.catalogues())
        .explanation(level).build();
    AtomicInteger findings = new AtomicInteger();
    qt().withExamples(60).forAll(UnitGenerators.batches(5)).checkAssert(units -> {
      ComplianceReport report = evaluator.evaluate(units, EvaluationFixtures.PLAN_YEAR_END);
      for (UnitAssessment u : report.units()) {
        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        UnitLines.write(u, level, direct);
        byte[] tree = CanonicalJson.writeLine(ReportJson.unit(u, level));
        assertArrayEquals(tree, direct.toByteArray(), () -> new String(tree, StandardCharsets.UTF_8));
        findings.addAndGet(u.findings().size());
      }
    });
    assertTrue(findings.get() > 50, "the batches had findings to write: " + findings.get());
  }
}
