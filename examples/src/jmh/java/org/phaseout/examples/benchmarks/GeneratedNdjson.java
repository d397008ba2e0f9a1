package org.phaseout.examples.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Any number of NDJSON units made on the fly from the bundled dataset, without holding them in memory: line i is the
 * dataset's unit {@code i mod n} (n its size) with its enterprise inline and its id suffixed with its round
 * ({@link BundledDataset#ndjson(int)} collects the same lines in memory). Each line is assembled from bytes prepared
 * once, so making the input costs little beside what it measures.
 */
final class GeneratedNdjson extends InputStream {

  /** One dataset unit: the line's bytes before the id's closing quote, and after it. */
  private record Template(byte[] head, byte[] tail) {}

  private final List<Template> templates;
  private final long count;
  private long next;
  private byte[] line = new byte[0];
  private int position;

  private GeneratedNdjson(List<Template> templates, long count) {
    this.templates = templates;
    this.count = count;
  }

  /**
   * @param count the number of lines
   * @return a stream of that many unit lines
   * @throws IOException if the dataset cannot be read
   */
  static GeneratedNdjson of(long count) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode doc = mapper.readTree(BundledDataset.json());
    Map<String, JsonNode> enterprises = new HashMap<>();
    doc.get("enterprises").forEach(e -> enterprises.put(e.get("creditCode").asText(), e));
    List<Template> templates = new ArrayList<>();
    for (JsonNode u : doc.get("units")) {
      ObjectNode unit = ((ObjectNode) u).deepCopy();
      unit.set("enterprise", enterprises.get(unit.get("enterprise").asText()));
      String json = mapper.writeValueAsString(unit);
      String id = unit.get("id").asText();
      String opening = "{\"id\":\"" + id;
      if (!json.startsWith(opening)) {
        throw new IOException("a dataset unit does not start with its id: " + json);
      }
      templates.add(new Template(opening.getBytes(StandardCharsets.UTF_8),
          (json.substring(opening.length()) + "\n").getBytes(StandardCharsets.UTF_8)));
    }
    return new GeneratedNdjson(List.copyOf(templates), count);
  }

  private boolean advance() {
    if (next == count) {
      return false;
    }
    Template t = templates.get((int) (next % templates.size()));
    byte[] suffix = ("-r" + next / templates.size()).getBytes(StandardCharsets.US_ASCII);
    line = new byte[t.head().length + suffix.length + t.tail().length];
    System.arraycopy(t.head(), 0, line, 0, t.head().length);
    System.arraycopy(suffix, 0, line, t.head().length, suffix.length);
    System.arraycopy(t.tail(), 0, line, t.head().length + suffix.length, t.tail().length);
    position = 0;
    next++;
    return true;
  }

  @Override
  public int read() {
    if (position == line.length && !advance()) {
      return -1;
    }
    return line[position++] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    int written = 0;
    while (written < len) {
      if (position == line.length && !advance()) {
        break;
      }
      int n = Math.min(len - written, line.length - position);
      System.arraycopy(line, position, b, off + written, n);
      position += n;
      written += n;
    }
    return written == 0 ? -1 : written;
  }
}
