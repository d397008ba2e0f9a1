package org.phaseout.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The catalogue fixtures of these tests and small helpers to derive error cases from them.
 *
 * <p>The fixture files are byte-for-byte copies of the bundled catalogues (see the README beside them). Variants are
 * made by {@link #edit(String)}: one small change at a named JSON Pointer of a real document, so a test states the
 * mistake and where it must be reported in the same words. Synthetic editions ({@link #syntheticEdition}) belong
 * to the fictitious catalogue {@value #TEST_CATALOGUE}, have no entries, and exist only to test date logic.
 */
final class CatalogueFixtures {

  /**
   * The shared vocabulary, read from the catalogs module; a loader or directory given it also gets the other bundled
   * vocabulary files ({@link org.phaseout.EvaluationFixtures#MORE_VOCABULARY}), whose unit kinds and attributes the
   * 2024 catalogue's items use.
   */
  static final String VOCABULARY = "vocabulary.json";

  /** 渝制造强市办〔2025〕4号, the coal-fired boiler tasks, copied from the catalogs module. */
  static final String CHONGQING_2025 = "cq-backward-capacity-plan-2025.json";

  /** 国家发展改革委令第7号, eliminated boiler items, copied from the catalogs module. */
  static final String INDUSTRY_CATALOGUE_2024 = "cn-industry-structure-adjustment-eliminated-2024.json";

  /** GB 21346-2022, grade 3 limits, copied from the catalogs module. */
  static final String GB_21346_2022 = "gb-21346-2022.json";

  /** The catalogue id of the Chongqing plan. */
  static final String CHONGQING_ID = "cq-backward-capacity-plan";

  /** The fictitious catalogue id of synthetic editions; no such policy exists. */
  static final String TEST_CATALOGUE = "test-catalogue";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The bundled files, read in place from the catalogs module (see core/pom.xml testResources). */
  private static final java.util.Set<String> BUNDLED = java.util.stream.Stream.concat(
      java.util.stream.Stream.of(VOCABULARY, CHONGQING_2025, INDUSTRY_CATALOGUE_2024, GB_21346_2022),
      org.phaseout.EvaluationFixtures.MORE_VOCABULARY.stream()).collect(java.util.stream.Collectors.toSet());

  private CatalogueFixtures() {}

  /**
   * Counts the elements of an array in a fixture, so tests follow the bundled data as it grows.
   *
   * @param name the file
   * @param pointer the JSON Pointer of the array
   * @return its size
   */
  static int count(String name, String pointer) {
    try {
      com.fasterxml.jackson.databind.JsonNode node = new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(bytes(name)).at(pointer);
      assertNotNull(node, pointer);
      return node.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a fixture's bytes from the test classpath.
   *
   * @param name the file name in the fixture directory
   * @return the bytes, exactly as stored
   */
  static byte[] bytes(String name) {
    try (InputStream in = CatalogueFixtures.class.getResourceAsStream(name.contains(".json") && !name.contains("/") && BUNDLED.contains(name) ? "/org/phaseout/bundled/" + name : name)) {
      assertNotNull(in, "missing fixture " + name);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a fixture as UTF-8 text (never the platform charset, which the build sets to ISO-8859-1).
   *
   * @param name the file name
   * @return the text
   */
  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /**
   * Encodes text as UTF-8.
   *
   * @param text the text
   * @return the bytes
   */
  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Copies a fixture into a directory.
   *
   * @param name the file name
   * @param directory the target directory
   * @return the copy
   */
  static Path copy(String name, Path directory) {
    try {
      if (name.equals(VOCABULARY)) {
        for (String more : org.phaseout.EvaluationFixtures.MORE_VOCABULARY) {
          Files.write(directory.resolve(more), bytes(more));
        }
      }
      return Files.write(directory.resolve(name), bytes(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a loader to which the named fixtures have been added in memory, each under its file name.
   *
   * @param names the fixture names
   * @return the loader
   */
  static Catalogues.Loader loaderWith(String... names) {
    Catalogues.Loader loader = Catalogues.loader();
    for (String name : names) {
      loader.addJson(name, bytes(name));
      if (name.equals(VOCABULARY)) {
        org.phaseout.EvaluationFixtures.MORE_VOCABULARY.forEach(more -> loader.addJson(more, bytes(more)));
      }
    }
    return loader;
  }

  /**
   * Loads the vocabulary and the named catalogue fixtures, failing the test if they do not load.
   *
   * @param catalogues the catalogue fixtures
   * @return the snapshot
   */
  static CatalogueSet loadWithVocabulary(String... catalogues) {
    String[] names = new String[catalogues.length + 1];
    names[0] = VOCABULARY;
    System.arraycopy(catalogues, 0, names, 1, catalogues.length);
    Catalogues.Loader loader = loaderWith(names);
    try {
      return loader.load();
    } catch (CatalogueException e) {
      return fail("the fixtures must load, but: " + e.getMessage(), e);
    }
  }

  /**
   * Asserts that a load fails and returns the exception.
   *
   * @param loader the loader
   * @return the exception
   */
  static CatalogueException loadFails(Catalogues.Loader loader) {
    return assertThrows(CatalogueException.class, loader::load);
  }

  /**
   * Asserts that exactly one problem is reported at a place and returns it.
   *
   * @param problems the problems
   * @param origin the expected origin
   * @param pointer the expected JSON Pointer
   * @return the problem
   */
  static CatalogueProblem problemAt(List<CatalogueProblem> problems, String origin, String pointer) {
    List<CatalogueProblem> found = problems.stream()
        .filter(p -> p.origin().equals(origin) && p.pointer().equals(pointer))
        .toList();
    assertEquals(1, found.size(), () -> "expected one problem at " + origin + " " + pointer + " among " + problems);
    return found.get(0);
  }

  /**
   * Asserts that a message contains every fragment.
   *
   * @param problem the problem
   * @param fragments what the message must say
   */
  static void assertSays(CatalogueProblem problem, String... fragments) {
    for (String fragment : fragments) {
      assertTrue(problem.message().contains(fragment),
          () -> "expected the message to contain \"" + fragment + "\" but was: " + problem);
    }
  }

  /**
   * Asserts that the problems are exactly the given places, in any order.
   *
   * @param problems the problems
   * @param places the expected {@code origin pointer} pairs, as {@code "origin#pointer"}
   */
  static void assertPlaces(List<CatalogueProblem> problems, String... places) {
    List<String> actual = problems.stream().map(p -> p.origin() + "#" + p.pointer()).sorted().toList();
    List<String> expected = java.util.Arrays.stream(places).sorted().toList();
    assertEquals(expected, actual, () -> "problems were " + problems);
  }

  /**
   * Returns the SHA-256 of bytes, computed independently of the loader.
   *
   * @param bytes the bytes
   * @return lower-case hex
   */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Starts editing a copy of a fixture.
   *
   * @param name the fixture name
   * @return the editor
   */
  static Edit edit(String name) {
    try {
      return new Edit(MAPPER.readTree(bytes(name)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A synthetic edition of the fictitious catalogue {@value #TEST_CATALOGUE}: no entries, obviously synthetic text.
   * It exists only to test edition-selection date logic and encodes no policy.
   *
   * @param edition the edition label
   * @param published the publication date, ISO
   * @param from the effective date (inclusive), ISO
   * @param until the end date (exclusive), ISO, or null for open-ended
   * @return the JSON bytes
   */
  static byte[] syntheticEdition(String edition, String published, String from, String until) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("type", "catalogue");
    root.put("schemaVersion", 1);
    root.put("catalogueId", TEST_CATALOGUE);
    root.put("edition", edition);
    ObjectNode title = root.putObject("title");
    title.put("zh", "测试用虚构目录（非真实政策）" + edition);
    title.put("en", "TEST ONLY: fictitious catalogue for edition-date logic, edition " + edition);
    root.putArray("issuers").add("测试用虚构机构 (fictitious test issuer)");
    root.put("documentNumber", "TEST-ONLY-" + edition);
    root.put("published", published);
    root.put("effectiveFrom", from);
    if (until != null) {
      root.put("effectiveUntil", until);
    }
    ObjectNode source = root.putObject("source");
    source.put("source", "synthetic test fixture; no policy text");
    source.put("verification", "unverified");
    root.putArray("entries");
    return write(root);
  }

  private static byte[] write(JsonNode root) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy of a fixture document being changed at JSON Pointers. */
  static final class Edit {

    private final JsonNode root;

    private Edit(JsonNode root) {
      this.root = root;
    }

    /**
     * Sets the value at a pointer, replacing an existing value or adding a field.
     *
     * @param pointer the JSON Pointer (RFC 6901)
     * @param json the new value as JSON text, for example {@code "\"<\""} or {@code "10"}
     * @return this editor
     */
    Edit set(String pointer, String json) {
      JsonNode value;
      try {
        value = MAPPER.readTree(json);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      JsonPointer ptr = JsonPointer.compile(pointer);
      JsonNode parent = root.at(ptr.head());
      String last = ptr.last().getMatchingProperty();
      if (parent instanceof ArrayNode array) {
        int index = Integer.parseInt(last);
        assertTrue(index < array.size(), "no element at " + pointer);
        array.set(index, value);
      } else if (parent instanceof ObjectNode object) {
        object.set(last, value);
      } else {
        fail("no object or array to edit at " + ptr.head());
      }
      return this;
    }

    /**
     * Sets a string value at a pointer.
     *
     * @param pointer the JSON Pointer
     * @param text the string
     * @return this editor
     */
    Edit setText(String pointer, String text) {
      return set(pointer, MAPPER.getNodeFactory().textNode(text).toString());
    }

    /**
     * Removes the field at a pointer, which must exist.
     *
     * @param pointer the JSON Pointer
     * @return this editor
     */
    Edit remove(String pointer) {
      JsonPointer ptr = JsonPointer.compile(pointer);
      JsonNode parent = root.at(ptr.head());
      assertTrue(parent instanceof ObjectNode, "no object at " + ptr.head());
      assertNotNull(((ObjectNode) parent).remove(ptr.last().getMatchingProperty()), "nothing at " + pointer);
      return this;
    }

    /** @return the edited document as UTF-8 JSON */
    byte[] bytes() {
      return write(root);
    }
  }
}
