package org.phaseout.internal.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.phaseout.CitedEntry;
import org.phaseout.ComplianceReport;
import org.phaseout.Coverage;
import org.phaseout.ExplanationLevel;
import org.phaseout.Receipt;
import org.phaseout.UnitAssessment;
import org.phaseout.catalogue.CatalogueStatus;
import org.phaseout.catalogue.Citation;
import org.phaseout.catalogue.LocalizedText;

/** The canonical JSON form of a report; field order is fixed here and documented in docs/report-format.md. */
public final class ReportJson {

  /** The report format version. */
  public static final int FORMAT_VERSION = 1;

  /**
   * Reads back unit lines this class writes: default read limits (deeper than the input limits, since an explanation
   * tree nests twice per criterion level) and exact decimals.
   */
  private static final ObjectReader LINE_READER = new ObjectMapper().reader().with(CanonicalJson.nodes());

  private ReportJson() {}

  /**
   * Writes a report.
   *
   * @param report the report
   * @return the tree
   */
  public static ObjectNode write(ComplianceReport report) {
    ObjectNode root = CanonicalJson.object();
    root.put("type", "compliance-report");
    root.put("formatVersion", FORMAT_VERSION);
    root.put("asOf", report.asOf().toString());
    root.put("knownAt", report.knownAt().toString());
    root.put("explanation", Cursor.jsonName(report.explanationLevel()));
    root.set("receipt", receipt(report.receipt()));
    ArrayNode catalogues = root.putArray("catalogues");
    for (CatalogueStatus s : report.catalogues()) {
      ObjectNode n = catalogues.addObject();
      n.put("catalogueId", s.catalogueId());
      n.put("state", Cursor.jsonName(s.state()));
      s.edition().ifPresent(e -> {
        n.put("edition", e.edition());
        n.put("documentNumber", e.documentNumber());
      });
    }
    ArrayNode coverage = root.putArray("coverage");
    for (Coverage c : report.coverage()) {
      ObjectNode n = coverage.addObject();
      n.put("edition", c.key());
      c.itemsInOfficialText().ifPresentOrElse(i -> n.put("itemsInOfficialText", i), () -> n.putNull(
          "itemsInOfficialText"));
      c.itemsEncoded().ifPresentOrElse(i -> n.put("itemsEncoded", i), () -> n.putNull("itemsEncoded"));
      n.put("entriesEncoded", c.entriesEncoded());
      n.put("machineCheckable", c.machineCheckable());
      n.put("manual", c.manual());
      ObjectNode levels = n.putObject("byVerification");
      c.byVerification().forEach((level, count) -> levels.put(Cursor.jsonName(level), count));
    }
    java.util.SortedMap<String, CitedEntry> cited = new java.util.TreeMap<>();
    report.units().forEach(u -> u.findings().forEach(f -> cited.putIfAbsent(f.entry().entryId(), f.entry())));
    ObjectNode entries = root.putObject("entries");
    cited.forEach((id, e) -> entries.set(id, cited(e)));
    ArrayNode units = root.putArray("units");
    for (UnitAssessment u : report.units()) {
      units.add(unit(u, report.explanationLevel()));
    }
    return root;
  }

  /**
   * Writes the header of the NDJSON form: the report without its units (but with the entries they cite), with type
   * {@code compliance-report-header}.
   *
   * @param report the report
   * @return the tree
   */
  public static ObjectNode header(ComplianceReport report) {
    ObjectNode root = write(report);
    root.put("type", "compliance-report-header");
    root.remove("units");
    return root;
  }

  /**
   * Writes the first line of a streamed report: dates, engine and schema versions, editions used, catalogues and
   * coverage, with type {@code compliance-stream-header}.
   *
   * @param empty a report of the same dates and catalogues without units
   * @return the tree
   */
  public static ObjectNode streamHeader(ComplianceReport empty) {
    ObjectNode root = write(empty);
    root.put("type", "compliance-stream-header");
    root.remove("units");
    root.remove("entries");
    ((ObjectNode) root.get("receipt")).remove("inputSha256");
    return root;
  }

  /**
   * Writes the last line of a streamed report, with type {@code compliance-stream-trailer}: its presence shows the
   * stream is complete.
   *
   * @param units the number of units
   * @param byStatus how many units have each status, in status order
   * @param inputSha256 the SHA-256 of the input bytes as read
   * @param cited the entries cited, by id
   * @return the tree
   */
  public static ObjectNode streamTrailer(long units, java.util.Map<org.phaseout.UnitStatus, Long> byStatus,
      String inputSha256, java.util.SortedMap<String, CitedEntry> cited) {
    ObjectNode root = CanonicalJson.object();
    root.put("type", "compliance-stream-trailer");
    root.put("units", units);
    ObjectNode statuses = root.putObject("byStatus");
    for (org.phaseout.UnitStatus s : org.phaseout.UnitStatus.values()) {
      statuses.put(Cursor.jsonName(s), byStatus.getOrDefault(s, 0L));
    }
    root.put("inputSha256", inputSha256);
    ObjectNode entries = root.putObject("entries");
    cited.forEach((id, e) -> entries.set(id, cited(e)));
    return root;
  }

  /**
   * Writes one unit's assessment, its findings in the form of the explanation level.
   *
   * @param u the assessment
   * @param level the explanation level of the evaluation
   * @return the tree
   */
  public static ObjectNode unit(UnitAssessment u, ExplanationLevel level) {
    // one writer of unit lines: the tree is the line read back, so the pretty report and NDJSON cannot drift apart
    ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
    UnitLines.write(u, level, line);
    try {
      return (ObjectNode) LINE_READER.readTree(line.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("a line written here reads back", e);
    }
  }

  private static ObjectNode receipt(Receipt r) {
    ObjectNode n = CanonicalJson.object();
    n.put("engineVersion", r.engineVersion());
    n.put("schemaVersion", r.schemaVersion());
    n.put("asOf", r.asOf().toString());
    n.put("knownAt", r.knownAt().toString());
    n.put("inputSha256", r.inputSha256());
    ArrayNode editions = n.putArray("editions");
    for (Receipt.EditionUsed e : r.editions()) {
      ObjectNode en = editions.addObject();
      en.put("edition", e.key());
      en.put("documentNumber", e.documentNumber());
      en.put("sha256", e.sha256());
      ArrayNode overlays = en.putArray("overlays");
      for (Receipt.OverlayUsed o : e.overlays()) {
        ObjectNode on = overlays.addObject();
        on.put("id", o.id());
        on.put("sha256", o.sha256());
      }
    }
    return n;
  }

  private static ObjectNode cited(CitedEntry e) {
    ObjectNode n = CanonicalJson.object();
    n.put("catalogueId", e.catalogueId());
    n.put("edition", e.edition());
    n.put("documentNumber", e.documentNumber());
    ArrayNode section = n.putArray("section");
    e.section().forEach(section::add);
    e.item().ifPresentOrElse(i -> n.put("item", i), () -> n.putNull("item"));
    n.set("text", text(e.text()));
    n.put("verification", Cursor.jsonName(e.verification()));
    ArrayNode citations = n.putArray("citations");
    for (Citation c : e.citations()) {
      ObjectNode cn = citations.addObject();
      cn.put("document", c.document());
      cn.put("clause", c.clause());
      c.url().ifPresent(u -> cn.put("url", u));
    }
    return n;
  }

  private static ObjectNode text(LocalizedText t) {
    ObjectNode n = CanonicalJson.object();
    n.put("zh", t.zh());
    n.put("en", t.en());
    return n;
  }
}
