package org.phaseout.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/** The one JSON parser configuration Phaseout reads with: strict, decimal-exact, bounded. */
public final class Json {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  static {
    MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(64)
        .maxNumberLength(64)
        .maxStringLength(1_000_000)
        .build());
  }

  private Json() {}

  /**
   * Parses a UTF-8 JSON document, reporting a syntax error with its line and column.
   *
   * @param bytes the document
   * @param problems where a syntax error is reported
   * @return the tree, or null after reporting
   */
  public static JsonNode parse(byte[] bytes, Problems problems) {
    try {
      JsonNode node = MAPPER.readTree(bytes);
      if (node == null || node.isMissingNode()) {
        problems.add("", "expected a JSON document but the file is empty");
        return null;
      }
      return node;
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null
          ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      problems.add("", "not valid JSON" + where + ": " + e.getOriginalMessage());
      return null;
    } catch (IOException | RuntimeException e) {
      problems.add("", "not valid JSON: " + e.getMessage());
      return null;
    }
  }

  /** @return the shared mapper, for writing */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
