package org.phaseout.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.CatalogueProblem;
import org.phaseout.catalogue.Overlay;
import org.phaseout.catalogue.Vocabulary;

/**
 * Turns catalogue documents into editions: parse, read the vocabularies and merge them, read the catalogues against
 * the merged vocabulary, then check what spans files (duplicate entry ids, duplicate or overlapping editions). The
 * outcome does not depend on the order of the documents.
 */
public final class CatalogueLoading {

  /** The outcome: editions and vocabulary, or problems. */
  public record Result(Vocabulary vocabulary, List<CatalogueEdition> editions, List<Overlay> overlays,
      List<CatalogueProblem> problems) {}

  private CatalogueLoading() {}

  /**
   * Loads documents.
   *
   * @param documents the documents by origin
   * @return the result
   */
  public static Result load(Map<String, byte[]> documents) {
    Map<String, Problems> problemsByOrigin = new TreeMap<>();
    Map<String, Cursor> vocabularies = new TreeMap<>();
    Map<String, Cursor> catalogues = new TreeMap<>();
    Map<String, Cursor> overlays = new TreeMap<>();
    Map<String, String> hashes = new HashMap<>();
    for (Map.Entry<String, byte[]> doc : new TreeMap<>(documents).entrySet()) {
      Problems problems = problemsByOrigin.computeIfAbsent(doc.getKey(), Problems::new);
      hashes.put(doc.getKey(), sha256(doc.getValue()));
      byte[] content = doc.getValue();
      if (content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
          && (content[2] & 0xff) == 0xBF) {
        // reported, then read past so the file's other problems are found and its definitions still resolve
        problems.add("", "the file starts with a byte-order mark; save it as UTF-8 without BOM");
        content = java.util.Arrays.copyOfRange(content, 3, content.length);
      }
      JsonNode root = Json.parse(content, problems);
      if (root == null) {
        continue;
      }
      Cursor cursor = Cursor.root(problems, root);
      JsonNode type = root.get("type");
      if (!root.isObject() || type == null || !type.isTextual()) {
        problems.add(root.isObject() ? "/type" : "",
            "expected an object with \"type\": \"vocabulary\", \"catalogue\" or \"overlay\"");
      } else if (type.textValue().equals("vocabulary")) {
        vocabularies.put(doc.getKey(), cursor);
      } else if (type.textValue().equals("catalogue")) {
        catalogues.put(doc.getKey(), cursor);
      } else if (type.textValue().equals("overlay")) {
        overlays.put(doc.getKey(), cursor);
      } else {
        problems.add("/type", "expected \"vocabulary\", \"catalogue\" or \"overlay\" but found '"
            + type.textValue() + "'");
      }
    }
    List<VocabularyJson.Part> parts = new ArrayList<>();
    vocabularies.forEach((origin, cursor) -> parts.add(VocabularyJson.read(cursor)));
    Vocabulary vocabulary = VocabularyJson.merge(parts, problemsByOrigin::get);
    if (vocabularies.isEmpty() && !catalogues.isEmpty()) {
      problemsByOrigin.computeIfAbsent("(loader)", Problems::new)
          .add("", "catalogues were added without a vocabulary file (\"type\": \"vocabulary\")");
    }
    CatalogueJson reader = new CatalogueJson(vocabulary);
    List<CatalogueEdition> editions = new ArrayList<>();
    catalogues.forEach((origin, cursor) -> {
      CatalogueEdition edition = reader.read(cursor, hashes.get(origin));
      if (edition != null) {
        editions.add(edition);
      }
    });
    List<Overlay> read = new ArrayList<>();
    overlays.forEach((origin, cursor) -> {
      Overlay overlay = reader.readOverlay(cursor, hashes.get(origin));
      if (overlay != null) {
        read.add(overlay);
      }
    });
    List<Overlay> applicable = Overlays.check(editions, read, problemsByOrigin);
    checkAcrossFiles(editions, applicable, problemsByOrigin);
    List<CatalogueProblem> problems = new ArrayList<>();
    problemsByOrigin.values().forEach(p -> p.list()
        .forEach(x -> problems.add(new CatalogueProblem(x.origin(), x.pointer(), x.message()))));
    return new Result(vocabulary, editions, applicable, problems);
  }

  private static void checkAcrossFiles(List<CatalogueEdition> editions, List<Overlay> overlays,
      Map<String, Problems> problems) {
    Map<String, List<String>> entryOrigins = new TreeMap<>();
    Map<String, CatalogueEdition> byKey = new LinkedHashMap<>();
    for (CatalogueEdition edition : editions) {
      CatalogueEdition other = byKey.putIfAbsent(edition.key(), edition);
      if (other != null) {
        problems.get(edition.origin()).add("/edition", "edition " + edition.key() + " is also defined in "
            + other.origin());
        problems.get(other.origin()).add("/edition", "edition " + edition.key() + " is also defined in "
            + edition.origin());
      }
      for (int i = 0; i < edition.entries().size(); i++) {
        CatalogueEntry entry = edition.entries().get(i);
        entryOrigins.computeIfAbsent(entry.id(), k -> new ArrayList<>()).add(edition.origin() + "#/entries/" + i);
      }
    }
    for (Overlay overlay : overlays) {
      CatalogueEdition target = byKey.get(overlay.target());
      for (int i = 0; i < overlay.entries().size(); i++) {
        String id = overlay.entries().get(i).id();
        boolean replacesTargetEntry = target != null
            && target.entries().stream().anyMatch(e -> e.id().equals(id));
        if (!replacesTargetEntry) {
          entryOrigins.computeIfAbsent(id, k -> new ArrayList<>()).add(overlay.origin() + "#/entries/" + i);
        }
      }
    }
    entryOrigins.forEach((id, places) -> {
      if (places.size() > 1) {
        for (String place : places) {
          int hash = place.indexOf('#');
          problems.get(place.substring(0, hash)).add(place.substring(hash + 1) + "/id",
              "entry id '" + id + "' is not unique; it is used at " + places);
        }
      }
    });
    for (int i = 0; i < editions.size(); i++) {
      for (int j = i + 1; j < editions.size(); j++) {
        CatalogueEdition a = editions.get(i);
        CatalogueEdition b = editions.get(j);
        if (a.catalogueId().equals(b.catalogueId()) && !a.edition().equals(b.edition())
            && a.validity().overlaps(b.validity())) {
          String message = "editions " + a.key() + " (" + a.validity() + ") and " + b.key() + " (" + b.validity()
              + ") of one catalogue overlap; give the earlier one an effectiveUntil";
          problems.get(a.origin()).add("/effectiveFrom", message);
          problems.get(b.origin()).add("/effectiveFrom", message);
        }
      }
    }
  }

  /**
   * Returns the SHA-256 of bytes in lower-case hex.
   *
   * @param bytes the bytes
   * @return the hex digest
   */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  /**
   * Returns the SHA-256 of a string's UTF-8 bytes.
   *
   * @param text the text
   * @return the hex digest
   */
  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }
}
