package org.phaseout.lifecycle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.catalogue.LocalizedText;
import org.phaseout.internal.ExcelCsv;
import org.phaseout.internal.eval.DepartmentRouting;
import org.phaseout.internal.json.CanonicalJson;
import org.phaseout.internal.json.Cursor;

/**
 * The enterprise lists agencies publish (公示名单), computed from tracked cases on a date. 渝制造强市办〔2025〕4号
 * 三、（二）: "披露不达标应限期整改的企业名单（“黄牌”名单），以及经整改仍不达标、已依法关闭的企业名单（“红牌”名单）".
 *
 * <ul>
 *   <li>The yellow list (黄牌): cases under rectification by a deadline — pending or halted.
 *   <li>The red list (红牌): cases that failed their rectification (overdue or a failed re-inspection) and whose exit
 *       has been verified.
 *   <li>Credit records (信用信息): cases overdue on the date — "对未按期完成落后产能退出的企业…将有关信用信息录入国家和我市
 *       公共信用信息平台" (二、（七）).
 * </ul>
 *
 * <p>Rows are sorted by credit code, unit and entry, so the lists do not depend on the order of the cases. CSV is
 * UTF-8 with a byte-order mark and CRLF line ends (RFC 4180), so Excel opens it with its Chinese text intact.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PublicLists {

  private static final Comparator<ListRow> ORDER = Comparator.comparing(ListRow::creditCode)
      .thenComparing(ListRow::unitId).thenComparing(ListRow::entryId);
  private static final String[] HEADER = {"企业名称", "统一社会信用代码", "所在区县（行政区划代码）", "方面", "依据",
      "整改期限", "牵头部门", "产能单元", "条目", "案件状态", "期限法定休息日核对"};

  private final DepartmentRouting routing;

  private PublicLists(CatalogueSet catalogues) {
    this.routing = new DepartmentRouting(catalogues.vocabulary());
  }

  /**
   * Returns the lists for the catalogues whose vocabulary names the departments.
   *
   * @param catalogues the catalogues, not null
   * @return the lists, not null
   */
  public static PublicLists of(CatalogueSet catalogues) {
    return new PublicLists(Objects.requireNonNull(catalogues, "catalogues"));
  }

  /**
   * The yellow list (黄牌名单): enterprises that must rectify by a deadline.
   *
   * @param cases the tracked cases, not null
   * @param asOf the list's date, not null
   * @return the rows, sorted, not null
   */
  public List<ListRow> yellow(Collection<TrackedCase> cases, LocalDate asOf) {
    return rows(cases, asOf, s -> s.state() == CaseState.PENDING_RECTIFICATION || s.state() == CaseState.HALTED);
  }

  /**
   * The red list (红牌名单): enterprises still failing after rectification and closed according to law.
   *
   * @param cases the tracked cases, not null
   * @param asOf the list's date, not null
   * @return the rows, sorted, not null
   */
  public List<ListRow> red(Collection<TrackedCase> cases, LocalDate asOf) {
    return rows(cases, asOf, s -> s.state() == CaseState.EXITED && s.rectificationFailed());
  }

  /**
   * The credit records (信用信息): enterprises that did not complete their exit or rectification in time.
   *
   * @param cases the tracked cases, not null
   * @param asOf the date, not null
   * @return the rows, sorted, not null
   */
  public List<ListRow> creditRecords(Collection<TrackedCase> cases, LocalDate asOf) {
    return rows(cases, asOf, s -> s.state() == CaseState.OVERDUE);
  }

  private List<ListRow> rows(Collection<TrackedCase> cases, LocalDate asOf, Predicate<CaseStatus> keep) {
    Objects.requireNonNull(cases, "cases");
    Objects.requireNonNull(asOf, "asOf");
    List<ListRow> rows = new ArrayList<>();
    for (TrackedCase tracked : cases) {
      RectificationCase c = tracked.rectificationCase();
      if (tracked.events().stream().noneMatch(e -> !e.date().isAfter(asOf))) {
        continue;
      }
      CaseStatus status = c.state(tracked.events(), asOf);
      if (!keep.test(status)) {
        continue;
      }
      CatalogueEntry entry = c.entry();
      List<String> lead = routing.departments(entry, tracked.enterprise().division()).lead().stream()
          .map(LocalizedText::zh).toList();
      String basis = entry.citations().get(0) + " " + entry.text().zh();
      rows.add(new ListRow(tracked.enterprise().name(), tracked.enterprise().creditCode().toString(),
          tracked.enterprise().division().toString(), entry.dimension(), basis,
          status.rectificationDeadline(),
          lead, c.unitId(), entry.id(), status.state(), status.restDayCheck()));
    }
    rows.sort(ORDER);
    return List.copyOf(rows);
  }

  /**
   * Writes rows as CSV: UTF-8 with a byte-order mark, CRLF line ends, every field quoted.
   *
   * @param rows the rows, not null
   * @return the bytes, not null
   */
  public static byte[] toCsv(List<ListRow> rows) {
    ExcelCsv csv = new ExcelCsv(List.of(HEADER));
    for (ListRow r : rows) {
      csv.row(List.of(r.enterpriseName(), r.creditCode(), r.division(), r.dimension().chineseName(), r.basis(),
          r.deadline().map(LocalDate::toString).orElse(""), String.join("、", r.leadDepartments()), r.unitId(),
          r.entryId(), Cursor.jsonName(r.state()), r.restDayCheck().chineseName()));
    }
    return csv.toBytes();
  }

  /**
   * Writes rows as canonical JSON: {@code {"type": "enterprise-list", "list": ..., "asOf": ..., "rows": [...]}}.
   *
   * @param list the list's name, for example {@code yellow}, not null
   * @param asOf the list's date, not null
   * @param rows the rows, not null
   * @return the UTF-8 bytes, not null
   */
  public static byte[] toJson(String list, LocalDate asOf, List<ListRow> rows) {
    ObjectNode root = CanonicalJson.object();
    root.put("type", "enterprise-list");
    root.put("list", Objects.requireNonNull(list, "list"));
    root.put("asOf", asOf.toString());
    ArrayNode array = root.putArray("rows");
    for (ListRow r : rows) {
      ObjectNode n = array.addObject();
      n.put("enterpriseName", r.enterpriseName());
      n.put("creditCode", r.creditCode());
      n.put("division", r.division());
      n.put("dimension", Cursor.jsonName(r.dimension()));
      n.put("basis", r.basis());
      r.deadline().ifPresentOrElse(d -> n.put("deadline", d.toString()), () -> n.putNull("deadline"));
      ArrayNode lead = n.putArray("leadDepartments");
      r.leadDepartments().forEach(lead::add);
      n.put("unitId", r.unitId());
      n.put("entryId", r.entryId());
      n.put("state", Cursor.jsonName(r.state()));
      n.put("restDayCheck", Cursor.jsonName(r.restDayCheck()));
    }
    return CanonicalJson.write(root);
  }
}
