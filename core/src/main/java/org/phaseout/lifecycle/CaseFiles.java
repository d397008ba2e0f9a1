package org.phaseout.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.phaseout.InvalidInputException;
import org.phaseout.capacity.Enterprise;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.internal.json.Cursor;
import org.phaseout.internal.json.Json;
import org.phaseout.internal.json.Problems;

/**
 * Reads the JSON form of tracked cases (案件数据文件), documented in {@code docs/lifecycle.md}:
 * {@code {"type": "cases", "cases": [{"unit", "enterprise", "entry", "events": [...]}]}}. Every problem is reported at
 * once with its JSON Pointer; an invalid event history is reported at the event it names.
 */
public final class CaseFiles {

  private static final Set<String> TOP = Set.of("type", "cases");
  private static final Set<String> CASE = Set.of("unit", "enterprise", "entry", "events");
  private static final Set<String> EVENT = Set.of("event", "date", "period", "licence", "evidence");
  private static final Set<String> EVIDENCE = Set.of("mainEquipmentDismantled", "waterCut", "powerCut",
      "powerUnitsRemoved", "mainEquipmentSealed");

  private CaseFiles() {}

  /**
   * Reads a cases document.
   *
   * @param origin the name problems are reported under, not null
   * @param json the UTF-8 JSON bytes, not null
   * @param catalogues the catalogues the cited entries are looked up in, not null
   * @param enterprises the enterprises by credit code (for example from the units file), not null
   * @return the cases, in document order, not null
   * @throws InvalidInputException listing every problem found
   */
  public static List<TrackedCase> read(String origin, byte[] json, CatalogueSet catalogues,
      Map<String, Enterprise> enterprises) {
    return readWith(origin, json, catalogues, enterprises, null);
  }

  /**
   * Reads a cases document whose cases apply 《民法典》第二百零三条 with a statutory rest-day calendar (see
   * {@link RectificationCase#of(String, CatalogueEntry, StatutoryRestDays)}); event histories are checked against the
   * deadlines so computed.
   *
   * @param origin the name problems are reported under, not null
   * @param json the UTF-8 JSON bytes, not null
   * @param catalogues the catalogues the cited entries are looked up in, not null
   * @param enterprises the enterprises by credit code (for example from the units file), not null
   * @param restDays the statutory rest-day calendar, not null
   * @return the cases, in document order, not null
   * @throws InvalidInputException listing every problem found
   * @throws NullPointerException if an argument is null
   */
  public static List<TrackedCase> read(String origin, byte[] json, CatalogueSet catalogues,
      Map<String, Enterprise> enterprises, StatutoryRestDays restDays) {
    return readWith(origin, json, catalogues, enterprises, Objects.requireNonNull(restDays, "restDays"));
  }

  private static List<TrackedCase> readWith(String origin, byte[] json, CatalogueSet catalogues,
      Map<String, Enterprise> enterprises, StatutoryRestDays restDays) {
    Objects.requireNonNull(catalogues, "catalogues");
    Objects.requireNonNull(enterprises, "enterprises");
    Problems problems = new Problems(Objects.requireNonNull(origin, "origin"));
    JsonNode root = Json.parse(Objects.requireNonNull(json, "json"), problems);
    List<TrackedCase> cases = new ArrayList<>();
    if (root != null) {
      Cursor top = Cursor.root(problems, root);
      if (top.expectObject(TOP)) {
        Cursor type = top.required("type");
        if (type != null && !"cases".equals(type.asText())) {
          type.problem("expected \"cases\"");
        }
        List<TrackedCase> read = top.array("cases", true, c -> tracked(c, catalogues, enterprises, restDays));
        if (read != null) {
          cases.addAll(read);
        }
      }
    }
    if (problems.any()) {
      throw new InvalidInputException(problems.list().stream()
          .map(p -> new InvalidInputException.Problem(p.origin(), p.pointer(), p.message())).toList());
    }
    return List.copyOf(cases);
  }

  /**
   * Writes cases as a canonical cases document: cases in the order given, events in date order, enterprises by credit
   * code. Reading the result with the same catalogues, enterprises and calendar gives equal cases (with their events in
   * date order).
   *
   * @param cases the cases, not null
   * @return the UTF-8 bytes, not null
   */
  public static byte[] write(List<TrackedCase> cases) {
    com.fasterxml.jackson.databind.node.ObjectNode root = org.phaseout.internal.json.CanonicalJson.object();
    root.put("type", "cases");
    com.fasterxml.jackson.databind.node.ArrayNode array = root.putArray("cases");
    for (TrackedCase c : Objects.requireNonNull(cases, "cases")) {
      com.fasterxml.jackson.databind.node.ObjectNode n = array.addObject();
      n.put("unit", c.rectificationCase().unitId());
      n.put("enterprise", c.enterprise().creditCode().toString());
      n.put("entry", c.rectificationCase().entry().id());
      com.fasterxml.jackson.databind.node.ArrayNode events = n.putArray("events");
      List<CaseEvent> sorted = new ArrayList<>(c.events());
      sorted.sort(java.util.Comparator.comparing(CaseEvent::date).thenComparingInt(CaseEvent::sameDayRank));
      for (CaseEvent e : sorted) {
        com.fasterxml.jackson.databind.node.ObjectNode en = events.addObject();
        if (e instanceof CaseEvent.NoticeIssued) {
          en.put("event", "notice");
        } else if (e instanceof CaseEvent.ExtensionGranted x) {
          en.put("event", "extension");
          en.put("period", x.period().toString());
        } else if (e instanceof CaseEvent.ProductionHalted) {
          en.put("event", "halted");
        } else if (e instanceof CaseEvent.RectificationReported) {
          en.put("event", "reported");
        } else if (e instanceof CaseEvent.ReinspectionFailed) {
          en.put("event", "reinspection-failed");
        } else if (e instanceof CaseEvent.ReinspectionPassed) {
          en.put("event", "reinspection-passed");
        } else if (e instanceof CaseEvent.LicenceRevoked r) {
          en.put("event", "licence-revoked");
          en.put("licence", r.licence());
        } else if (e instanceof CaseEvent.ExitVerified x) {
          en.put("event", "exit-verified");
          com.fasterxml.jackson.databind.node.ObjectNode ev = en.putObject("evidence");
          ev.put("mainEquipmentDismantled", x.evidence().mainEquipmentDismantled());
          ev.put("waterCut", x.evidence().waterCut());
          ev.put("powerCut", x.evidence().powerCut());
          ev.put("powerUnitsRemoved", x.evidence().powerUnitsRemoved());
          ev.put("mainEquipmentSealed", x.evidence().mainEquipmentSealed());
        }
        en.put("date", e.date().toString());
      }
    }
    return org.phaseout.internal.json.CanonicalJson.write(root);
  }

  private static TrackedCase tracked(Cursor c, CatalogueSet catalogues, Map<String, Enterprise> enterprises,
      StatutoryRestDays restDays) {
    if (!c.expectObject(CASE)) {
      return null;
    }
    int before = c.problems().count();
    String unit = c.text("unit");
    String code = c.text("enterprise");
    Enterprise enterprise = code == null ? null : enterprises.get(code.strip());
    if (code != null && enterprise == null) {
      c.problem("enterprise", "no enterprise with credit code '" + code + "' is in the units given");
    }
    String entryId = c.text("entry");
    CatalogueEntry entry = entryId == null ? null : catalogues.entry(entryId).orElse(null);
    if (entryId != null && entry == null) {
      c.problem("entry", "no loaded catalogue has an entry '" + entryId + "'");
    }
    List<CaseEvent> events = c.array("events", false, CaseFiles::event);
    if (c.problems().count() > before) {
      return null;
    }
    RectificationCase rc = restDays == null
        ? RectificationCase.of(unit, entry)
        : RectificationCase.of(unit, entry, restDays);
    LocalDate last = events.stream().map(CaseEvent::date).max(LocalDate::compareTo).orElseThrow();
    try {
      rc.state(events, last);
    } catch (InvalidCaseHistoryException e) {
      c.problem("events", e.getMessage());
      return null;
    }
    return new TrackedCase(rc, enterprise, events);
  }

  private static CaseEvent event(Cursor c) {
    if (!c.expectObject(EVENT)) {
      return null;
    }
    String kind = c.text("event");
    LocalDate date = c.date("date");
    if (kind == null || date == null) {
      return null;
    }
    switch (kind) {
      case "notice":
        return new CaseEvent.NoticeIssued(date);
      case "extension": {
        Cursor p = c.required("period");
        Period period = p == null ? null : p.asPeriod();
        return period == null ? null : new CaseEvent.ExtensionGranted(date, period);
      }
      case "halted":
        return new CaseEvent.ProductionHalted(date);
      case "reported":
        return new CaseEvent.RectificationReported(date);
      case "reinspection-failed":
        return new CaseEvent.ReinspectionFailed(date);
      case "reinspection-passed":
        return new CaseEvent.ReinspectionPassed(date);
      case "licence-revoked": {
        String licence = c.text("licence");
        return licence == null ? null : new CaseEvent.LicenceRevoked(date, licence);
      }
      case "exit-verified": {
        Cursor e = c.required("evidence");
        if (e == null || !e.expectObject(EVIDENCE)) {
          return null;
        }
        return new CaseEvent.ExitVerified(date, new ExitEvidence(flag(e, "mainEquipmentDismantled"),
            flag(e, "waterCut"), flag(e, "powerCut"), flag(e, "powerUnitsRemoved"), flag(e, "mainEquipmentSealed")));
      }
      default:
        c.problem("event", "expected one of [notice, extension, halted, reported, reinspection-failed, "
            + "reinspection-passed, licence-revoked, exit-verified] but found '" + kind + "'");
        return null;
    }
  }

  private static boolean flag(Cursor c, String field) {
    Cursor f = c.optional(field);
    Boolean b = f == null ? null : f.asBoolean();
    return b != null && b;
  }
}
