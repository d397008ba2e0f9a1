package org.phaseout.examples.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.phaseout.ProductionUnits;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.Vocabulary;

/** The bundled Chongqing dataset (2,000 fictitious units) as the benchmarks' unit mix. */
final class BundledDataset {

  static final String RESOURCE = "/org/phaseout/examples/dataset/chongqing-units.json";

  private BundledDataset() {}

  static byte[] json() throws IOException {
    try (InputStream in = BundledDataset.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException(RESOURCE + " is not on the classpath");
      }
      return in.readAllBytes();
    }
  }

  static List<ProductionUnit> units(Vocabulary vocabulary) throws IOException {
    return ProductionUnits.read("classpath:" + RESOURCE, json(), vocabulary);
  }

  /**
   * The dataset as NDJSON, its units repeated until {@code count} lines, each copy's ids suffixed with its round.
   */
  static byte[] ndjson(int count) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode doc = mapper.readTree(json());
    Map<String, JsonNode> enterprises = new HashMap<>();
    doc.get("enterprises").forEach(e -> enterprises.put(e.get("creditCode").asText(), e));
    ByteArrayOutputStream out = new ByteArrayOutputStream(count * 600);
    JsonNode units = doc.get("units");
    for (int i = 0; i < count; i++) {
      ObjectNode unit = ((ObjectNode) units.get(i % units.size())).deepCopy();
      unit.set("enterprise", enterprises.get(unit.get("enterprise").asText()));
      unit.put("id", unit.get("id").asText() + "-r" + (i / units.size()));
      out.writeBytes(mapper.writeValueAsBytes(unit));
      out.write('\n');
    }
    return out.toByteArray();
  }
}
