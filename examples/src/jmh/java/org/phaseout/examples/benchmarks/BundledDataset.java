package org.phaseout.examples.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.phaseout.ProductionUnits;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.Vocabulary;

/** The bundled Chongqing dataset (about 2,000 fictitious units) as the benchmarks' unit mix. */
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
    return GeneratedNdjson.of(count).readAllBytes();
  }
}
