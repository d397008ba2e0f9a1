package org.phaseout.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

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
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      problems.add("", "not valid UTF-8 at byte " + firstMalformedByte(bytes) + "; save the file as UTF-8");
      return null;
    }
    try {
      JsonNode node = MAPPER.readTree(text);
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

  private static int firstMalformedByte(byte[] bytes) {
    java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return in.position();
  }

  /** @return the shared mapper, for writing */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
