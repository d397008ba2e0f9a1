package org.phaseout.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes JSON trees canonically: fields in insertion order (callers insert in a fixed order), two-space indentation,
 * {@code \n} line ends whatever the platform, decimals in plain notation, UTF-8, a final newline.
 */
public final class CanonicalJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final ObjectWriter WRITER;
  private static final ObjectWriter LINE_WRITER =
      Json.mapper().writer().with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    WRITER = Json.mapper().writer(printer).with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  }

  private CanonicalJson() {}

  /** @return a new empty object node */
  public static ObjectNode object() {
    return NODES.objectNode();
  }

  /** @return the node factory */
  public static JsonNodeFactory nodes() {
    return NODES;
  }

  /**
   * Writes a tree on one line, for NDJSON: no indentation, a final newline.
   *
   * @param node the tree
   * @return the UTF-8 bytes
   */
  public static byte[] writeLine(JsonNode node) {
    try {
      byte[] body = LINE_WRITER.writeValueAsBytes(node);
      byte[] out = java.util.Arrays.copyOf(body, body.length + 1);
      out[body.length] = '\n';
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("writing a JSON tree to memory cannot fail", e);
    }
  }

  /**
   * Writes a tree.
   *
   * @param node the tree
   * @return the UTF-8 bytes, ending with a newline
   */
  public static byte[] write(JsonNode node) {
    try {
      byte[] body = WRITER.writeValueAsBytes(node);
      byte[] out = java.util.Arrays.copyOf(body, body.length + 1);
      out[body.length] = '\n';
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("writing a JSON tree to memory cannot fail", e);
    }
  }
}
