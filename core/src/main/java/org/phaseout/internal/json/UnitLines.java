package org.phaseout.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.phaseout.Condition;
import org.phaseout.ExplanationLevel;
import org.phaseout.Finding;
import org.phaseout.UnitAssessment;
import org.phaseout.Verdict;
import org.phaseout.catalogue.LocalizedText;

/**
 * Writes one unit's assessment as an NDJSON line straight to a JSON generator, without building a tree, for streams
 * of many units. It is the one writer of unit assessments: {@code ReportJson.unit} reads its line back as the tree
 * the pretty report embeds, and {@code UnitLinesTest} checks that the tree writes back to the same bytes.
 */
public final class UnitLines {

  private static final JsonFactory FACTORY = Json.mapper().getFactory();

  private UnitLines() {}

  /**
   * Appends the line of one assessment, with its final newline.
   *
   * @param u the assessment
   * @param level the explanation level of the evaluation
   * @param out where the UTF-8 bytes go
   */
  public static void write(UnitAssessment u, ExplanationLevel level, ByteArrayOutputStream out) {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
      g.writeStartObject();
      g.writeStringField("unitId", u.unitId());
      g.writeStringField("creditCode", u.creditCode());
      g.writeStringField("enterpriseName", u.enterpriseName());
      g.writeStringField("kind", u.kind());
      g.writeStringField("status", Cursor.jsonName(u.status()));
      g.writeArrayFieldStart("findings");
      for (Finding f : u.findings()) {
        finding(g, f, level == ExplanationLevel.FULL);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    out.write('\n');
  }

  private static void finding(JsonGenerator g, Finding f, boolean full) throws IOException {
    g.writeStartObject();
    g.writeStringField("entryId", f.entry().entryId());
    g.writeStringField("verdict", Cursor.jsonName(f.verdict()));
    g.writeStringField("dimension", Cursor.jsonName(f.dimension()));
    optional(g, "measured", f.measured().map(Object::toString));
    optional(g, "threshold", f.threshold().map(Object::toString));
    optional(g, "thresholdWording", f.thresholdWording());
    if (full || f.verdict() != Verdict.COMPLIANT) {
      g.writeStringField("action", Cursor.jsonName(f.action()));
      text(g, "actionText", f.actionText());
      optional(g, "deadline", f.deadline().map(Object::toString));
      g.writeStringField("deadlineRule", f.deadlineRule());
      g.writeObjectFieldStart("departments");
      texts(g, "lead", f.departments().lead());
      texts(g, "supporting", f.departments().supporting());
      texts(g, "implementing", f.departments().implementing());
      optional(g, "basis", f.departments().basis());
      g.writeEndObject();
    }
    if (full) {
      text(g, "summary", f.summary());
      g.writeFieldName("explanation");
      condition(g, f.explanation());
    }
    g.writeEndObject();
  }

  private static void condition(JsonGenerator g, Condition c) throws IOException {
    g.writeStartObject();
    g.writeStringField("truth", Cursor.jsonName(c.truth()));
    text(g, "text", c.text());
    if (c.actual().isPresent()) {
      g.writeStringField("actual", c.actual().get());
    }
    if (c.expected().isPresent()) {
      g.writeStringField("expected", c.expected().get());
    }
    if (!c.parts().isEmpty()) {
      g.writeArrayFieldStart("parts");
      for (Condition p : c.parts()) {
        condition(g, p);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    } else {
      g.writeNullField(name);
    }
  }

  private static void text(JsonGenerator g, String name, LocalizedText t) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("zh", t.zh());
    g.writeStringField("en", t.en());
    g.writeEndObject();
  }

  private static void texts(JsonGenerator g, String name, List<LocalizedText> list) throws IOException {
    g.writeArrayFieldStart(name);
    for (LocalizedText t : list) {
      g.writeStartObject();
      g.writeStringField("zh", t.zh());
      g.writeStringField("en", t.en());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
