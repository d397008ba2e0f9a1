package org.phaseout.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.phaseout.capacity.DivisionCode;
import org.phaseout.capacity.FactValue;
import org.phaseout.capacity.IndustryCode;
import org.phaseout.catalogue.Action;
import org.phaseout.catalogue.Applicability;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.Citation;
import org.phaseout.catalogue.Consequence;
import org.phaseout.catalogue.Criterion;
import org.phaseout.catalogue.DeadlineRule;
import org.phaseout.catalogue.DepartmentAssignment;
import org.phaseout.catalogue.Dimension;
import org.phaseout.catalogue.EntryCategory;
import org.phaseout.catalogue.LocalizedText;
import org.phaseout.catalogue.Operator;
import org.phaseout.catalogue.Overlay;
import org.phaseout.catalogue.Provenance;
import org.phaseout.catalogue.Surcharge;
import org.phaseout.catalogue.VerificationLevel;
import org.phaseout.catalogue.Vocabulary;
import org.phaseout.measure.DateInterval;

/** Reads a catalogue edition document ({@code "type": "catalogue"}) against a vocabulary. */
public final class CatalogueJson {

  /** The catalogue format version this reader understands. */
  public static final int SCHEMA_VERSION = 1;

  private static final Set<String> TOP = Set.of("type", "schemaVersion", "catalogueId", "edition", "title", "issuers",
      "documentNumber", "published", "effectiveFrom", "effectiveUntil", "supersededBy", "itemsInOfficialText",
      "source", "notes", "entries");
  private static final Set<String> ENTRY = Set.of("id", "section", "item", "text", "dimension", "category",
      "applies", "criterion", "assumes", "consequence", "departments", "citations", "provenance", "notes");

  private final Vocabulary vocabulary;

  /** @param vocabulary the merged vocabulary every reference must resolve in */
  public CatalogueJson(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * Reads an edition.
   *
   * @param root the document root
   * @param sha256 the file's SHA-256
   * @return the edition, or null if any problem was found
   */
  public CatalogueEdition read(Cursor root, String sha256) {
    int before = root.problems().count();
    if (!root.expectObject(TOP)) {
      return null;
    }
    Cursor version = root.required("schemaVersion");
    Integer schemaVersion = version == null ? null : version.asInt();
    if (schemaVersion != null && schemaVersion != SCHEMA_VERSION) {
      version.problem("this engine reads catalogue format version " + SCHEMA_VERSION + " but found " + schemaVersion);
    }
    String catalogueId = root.text("catalogueId");
    String edition = root.text("edition");
    LocalizedText title = localized(root.required("title"));
    List<String> issuers = root.array("issuers", true, Cursor::asText);
    String documentNumber = root.text("documentNumber");
    LocalDate published = root.date("published");
    LocalDate from = root.date("effectiveFrom");
    Cursor untilCursor = root.optional("effectiveUntil");
    LocalDate until = untilCursor == null ? null : untilCursor.asDate();
    if (from != null && until != null && !until.isAfter(from)) {
      untilCursor.problem("expected effectiveUntil (exclusive) after effectiveFrom " + from + " but found " + until);
    }
    Optional<String> supersededBy = root.optionalText("supersededBy");
    Cursor itemsCursor = root.optional("itemsInOfficialText");
    Integer items = itemsCursor == null ? null : itemsCursor.asInt();
    Provenance source = provenance(root.required("source"));
    root.optionalArray("notes", Cursor::asText);
    Set<String> ids = new HashSet<>();
    List<CatalogueEntry> entries = root.array("entries", true, c -> entry(c, ids));
    if (root.problems().count() > before) {
      return null;
    }
    return new CatalogueEdition(catalogueId, edition, title, issuers, documentNumber, published,
        DateInterval.of(from, Optional.ofNullable(until)), supersededBy, source, Optional.ofNullable(items), entries,
        schemaVersion, root.problems().origin(), sha256, List.of());
  }

  private static final Set<String> OVERLAY_TOP = Set.of("type", "schemaVersion", "id", "target", "title",
      "published", "onConflict", "source", "notes", "entries");

  /**
   * Reads an overlay ({@code "type": "overlay"}).
   *
   * @param root the document root
   * @param sha256 the file's SHA-256
   * @return the overlay, or null if any problem was found
   */
  public Overlay readOverlay(Cursor root, String sha256) {
    int before = root.problems().count();
    if (!root.expectObject(OVERLAY_TOP)) {
      return null;
    }
    Cursor version = root.required("schemaVersion");
    Integer schemaVersion = version == null ? null : version.asInt();
    if (schemaVersion != null && schemaVersion != SCHEMA_VERSION) {
      version.problem("this engine reads overlay format version " + SCHEMA_VERSION + " but found " + schemaVersion);
    }
    String id = root.text("id");
    String target = root.text("target");
    LocalizedText title = localized(root.required("title"));
    LocalDate published = root.date("published");
    Cursor rule = root.required("onConflict");
    Overlay.ConflictRule onConflict = rule == null ? null : rule.asEnum(Overlay.ConflictRule.class);
    Provenance source = provenance(root.required("source"));
    root.optionalArray("notes", Cursor::asText);
    Set<String> ids = new HashSet<>();
    List<CatalogueEntry> entries = root.array("entries", false, c -> entry(c, ids));
    if (root.problems().count() > before) {
      return null;
    }
    return new Overlay(id, target, title, published, onConflict, source, entries, root.problems().origin(), sha256);
  }

  private CatalogueEntry entry(Cursor c, Set<String> ids) {
    int before = c.problems().count();
    if (!c.expectObject(ENTRY)) {
      return null;
    }
    String id = c.text("id");
    if (id != null && !ids.add(id)) {
      c.problem("id", "entry id '" + id + "' is used twice in this file");
    }
    List<String> section = c.array("section", false, Cursor::asText);
    Optional<String> item = c.optionalText("item");
    LocalizedText text = localized(c.required("text"));
    Cursor dim = c.required("dimension");
    Dimension dimension = dim == null ? null : dim.asEnum(Dimension.class);
    Cursor cat = c.required("category");
    EntryCategory category = cat == null ? null : cat.asEnum(EntryCategory.class);
    Applicability applicability = applicability(c.required("applies"));
    Set<String> kinds = applicability != null ? applicability.unitKinds() : knownUnitKinds(c.node().get("applies"));
    Optional<Criterion> criterion = Optional.empty();
    Cursor criterionCursor = c.optional("criterion");
    if (criterionCursor != null) {
      criterion = Optional.ofNullable(new CriterionJson(vocabulary, kinds).readEntryCriterion(criterionCursor));
    }
    Optional<Criterion> assumes = Optional.empty();
    Cursor assumesCursor = c.optional("assumes");
    if (assumesCursor != null) {
      if (criterionCursor == null) {
        assumesCursor.problem("'assumes' qualifies a criterion; a manual entry has none");
      }
      assumes = Optional.ofNullable(new CriterionJson(vocabulary, kinds).read(assumesCursor));
    }
    Consequence consequence = consequence(c.required("consequence"));
    if (consequence != null && consequence.surcharge().isPresent() && criterionCursor != null) {
      stepsCountFromTheThreshold(c, criterion, consequence.surcharge().get());
    }
    List<DepartmentAssignment> departments = c.optionalArray("departments", this::assignment);
    List<Citation> citations = c.array("citations", false, CatalogueJson::citation);
    Provenance provenance = provenance(c.required("provenance"));
    c.optionalArray("notes", Cursor::asText);
    if (c.problems().count() > before) {
      return null;
    }
    return new CatalogueEntry(id, section, item, text, dimension, category, applicability, criterion, assumes,
        consequence, departments, citations, provenance);
  }

  /**
   * A per-step surcharge counts steps from the threshold its entry's criterion tests: the criterion must be the
   * comparison "indicator above base" (高于/超过), so that a unit under the entry always has at least one step.
   */
  private static void stepsCountFromTheThreshold(Cursor c, Optional<Criterion> criterion, Surcharge surcharge) {
    if (surcharge.method() != Surcharge.Method.PER_STEP || criterion.isEmpty()) {
      return;
    }
    boolean matches = criterion.get() instanceof Criterion.Comparison comparison
        && comparison.operand().source() == Criterion.Operand.Source.INDICATOR
        && comparison.operand().key().equals(surcharge.indicator().orElseThrow())
        && comparison.operator() == Operator.GT
        && comparison.value() instanceof FactValue.QuantityFact q
        && q.value().isEqualTo(surcharge.base().orElseThrow());
    if (!matches) {
      c.problem("consequence", "a per-step surcharge counts from its base: expected the criterion to be '"
          + surcharge.indicator().orElseThrow() + "' > " + surcharge.base().orElseThrow()
          + " (高于), the base of the surcharge");
    }
  }

  private Applicability applicability(Cursor c) {
    if (c == null || !c.expectObject(Set.of("unitKinds", "industries", "regions", "when"))) {
      return null;
    }
    int before = c.problems().count();
    List<String> kinds = c.array("unitKinds", false, k -> {
      String id = k.asText();
      if (id != null && vocabulary.unitKind(id).isEmpty()) {
        k.problem("unknown unit kind '" + id + "': it is not defined in the vocabulary");
        return null;
      }
      return id;
    });
    List<IndustryCode> industries = c.optionalArray("industries", k -> code(k, IndustryCode::of));
    List<DivisionCode> regions = c.optionalArray("regions", k -> code(k, DivisionCode::of));
    Optional<Criterion> when = Optional.empty();
    Cursor whenCursor = c.optional("when");
    if (whenCursor != null && kinds != null) {
      when = Optional.ofNullable(new CriterionJson(vocabulary, new TreeSet<>(kinds)).read(whenCursor));
    }
    if (kinds == null || c.problems().count() > before) {
      return null;
    }
    return new Applicability(new TreeSet<>(kinds), industries, regions, when);
  }

  /**
   * Returns the unit kinds an invalid {@code applies} names that the vocabulary defines, so that the criterion of
   * the entry is still checked and its problems reported with the others.
   */
  private Set<String> knownUnitKinds(JsonNode applies) {
    Set<String> kinds = new TreeSet<>();
    JsonNode list = applies == null ? null : applies.get("unitKinds");
    if (list != null && list.isArray()) {
      for (JsonNode kind : list) {
        if (kind.isTextual() && vocabulary.unitKind(kind.textValue()).isPresent()) {
          kinds.add(kind.textValue());
        }
      }
    }
    return kinds;
  }

  private static <T> T code(Cursor c, java.util.function.Function<String, T> parser) {
    String text = c.asText();
    if (text == null) {
      return null;
    }
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      c.problem(e.getMessage());
      return null;
    }
  }

  private Consequence consequence(Cursor c) {
    if (c == null || !c.expectObject(Set.of("action", "text", "deadline", "surcharge"))) {
      return null;
    }
    int before = c.problems().count();
    Cursor a = c.required("action");
    Action action = a == null ? null : a.asEnum(Action.class);
    LocalizedText text = localized(c.required("text"));
    DeadlineRule deadline = deadline(c.required("deadline"));
    Optional<Surcharge> surcharge = Optional.empty();
    Cursor s = c.optional("surcharge");
    if (s != null) {
      if (action != null && action != Action.APPLY_PRICE_MEASURE) {
        s.problem("a surcharge belongs to the action 'apply-price-measure', not '" + Cursor.jsonName(action) + "'");
      }
      surcharge = Optional.ofNullable(new SurchargeJson(vocabulary).read(s));
    }
    if (action == null || text == null || deadline == null || c.problems().count() > before) {
      return null;
    }
    return new Consequence(action, text, deadline, surcharge);
  }

  private static DeadlineRule deadline(Cursor c) {
    if (c == null || !c.expectObject(Set.of("rule", "date", "trigger", "period", "extension", "wording"))) {
      return null;
    }
    String rule = c.text("rule");
    String wording = c.text("wording");
    if (rule == null || wording == null) {
      return null;
    }
    switch (rule) {
      case "fixed-date" -> {
        LocalDate date = c.date("date");
        return date == null ? null : new DeadlineRule.FixedDate(date, wording);
      }
      case "immediate" -> {
        return new DeadlineRule.Immediate(wording);
      }
      case "after-trigger" -> {
        String trigger = c.text("trigger");
        Cursor p = c.required("period");
        Period period = p == null ? null : p.asPeriod();
        Cursor e = c.optional("extension");
        Period extension = e == null ? null : e.asPeriod();
        return trigger == null || period == null
            ? null
            : new DeadlineRule.AfterTrigger(trigger, period, Optional.ofNullable(extension), wording);
      }
      case "not-stated" -> {
        return new DeadlineRule.NotStated(wording);
      }
      default -> {
        c.problem("rule", "expected one of [fixed-date, immediate, after-trigger, not-stated] but found '" + rule + "'");
        return null;
      }
    }
  }

  private DepartmentAssignment assignment(Cursor c) {
    if (!c.expectObject(Set.of("region", "lead", "supporting", "implementing", "basis"))) {
      return null;
    }
    int before = c.problems().count();
    Cursor r = c.required("region");
    DivisionCode region = r == null ? null : code(r, DivisionCode::of);
    List<String> lead = c.array("lead", false, this::department);
    List<String> supporting = c.optionalArray("supporting", this::department);
    List<String> implementing = c.optionalArray("implementing", this::department);
    Cursor b = c.required("basis");
    Citation basis = b == null ? null : citation(b);
    if (c.problems().count() > before) {
      return null;
    }
    return new DepartmentAssignment(region, lead, supporting, implementing, basis);
  }

  private String department(Cursor c) {
    String id = c.asText();
    if (id != null && vocabulary.department(id).isEmpty()) {
      c.problem("unknown department '" + id + "': it is not defined in the vocabulary");
      return null;
    }
    return id;
  }

  static Citation citation(Cursor c) {
    if (!c.expectObject(Set.of("document", "clause", "url"))) {
      return null;
    }
    String document = c.text("document");
    Cursor clauseCursor = c.optional("clause");
    String clause = clauseCursor == null ? "" : clauseCursor.asText();
    Optional<String> url = c.optionalText("url");
    return document == null || clause == null ? null : new Citation(document, clause, url);
  }

  static Provenance provenance(Cursor c) {
    if (c == null || !c.expectObject(Set.of("source", "verification", "note"))) {
      return null;
    }
    String source = c.text("source");
    Cursor v = c.required("verification");
    VerificationLevel level = v == null ? null : v.asEnum(VerificationLevel.class);
    Optional<String> note = c.optionalText("note");
    return source == null || level == null ? null : new Provenance(source, level, note);
  }

  static LocalizedText localized(Cursor c) {
    if (c == null || !c.expectObject(Set.of("zh", "en"))) {
      return null;
    }
    return VocabularyJson.name(c);
  }
}
