package org.phaseout.pricing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.phaseout.catalogue.LocalizedText;
import org.phaseout.internal.ExcelCsv;
import org.phaseout.internal.json.CanonicalJson;
import org.phaseout.internal.json.Cursor;
import org.phaseout.measure.Quantity;

/**
 * Writes price measures in the forms a grid company takes them in (电价措施清单): CSV (UTF-8 with a byte-order mark,
 * CRLF line ends, every field quoted; opens in Excel) and canonical JSON. Amounts are written exactly, in plain
 * notation.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PriceNotices {

  private static final List<String> HEADER = List.of("企业名称", "统一社会信用代码", "产能单元", "依据条目", "依据文号", "状态",
      "加价标准（元/千瓦时）", "计费电量（千瓦时）", "加价金额（元）", "逾期加价标准（元/千瓦时）", "可再生能源降低", "牵头部门", "计算过程");

  private PriceNotices() {}

  /**
   * Writes measures as CSV, one row per measure, in the given order.
   *
   * @param measures the measures, not null
   * @return the bytes, not null
   * @throws NullPointerException if {@code measures} is null
   */
  public static byte[] toCsv(List<PriceMeasure> measures) {
    ExcelCsv csv = new ExcelCsv(HEADER);
    for (PriceMeasure m : Objects.requireNonNull(measures, "measures")) {
      csv.row(List.of(m.enterpriseName(), m.creditCode(), m.unitId(), m.entry().entryId(),
          m.entry().documentNumber(), m.status().chineseName(), plain(m.yuanPerKwh()),
          plain(m.billed().map(Quantity::value)), plain(m.amountYuan()),
          plain(m.latePayment().map(PriceMeasure.LateRate::yuanPerKwh)), Cursor.jsonName(m.renewableOffset()),
          String.join("、", m.departments().lead().stream().map(LocalizedText::zh).toList()),
          m.arithmetic().zh()));
    }
    return csv.toBytes();
  }

  /**
   * Writes measures as canonical JSON: {@code {"type": "price-measures", "asOf": ..., "measures": [...]}}, as the
   * JSON Schema {@code org/phaseout/schema/price-measures.schema.json} describes.
   *
   * @param asOf the date the report was evaluated as of, not null
   * @param measures the measures, not null
   * @return the UTF-8 bytes, not null
   * @throws NullPointerException if an argument is null
   */
  public static byte[] toJson(LocalDate asOf, List<PriceMeasure> measures) {
    ObjectNode root = CanonicalJson.object();
    root.put("type", "price-measures");
    root.put("asOf", Objects.requireNonNull(asOf, "asOf").toString());
    ArrayNode array = root.putArray("measures");
    for (PriceMeasure m : Objects.requireNonNull(measures, "measures")) {
      ObjectNode n = array.addObject();
      n.put("unitId", m.unitId());
      n.put("creditCode", m.creditCode());
      n.put("enterpriseName", m.enterpriseName());
      n.put("entryId", m.entry().entryId());
      n.put("documentNumber", m.entry().documentNumber());
      n.put("status", Cursor.jsonName(m.status()));
      quantity(n, "measured", m.measured());
      quantity(n, "base", m.base());
      m.steps().ifPresentOrElse(s -> n.put("steps", s), () -> n.putNull("steps"));
      decimal(n, "yuanPerKwh", m.yuanPerKwh());
      quantity(n, "billed", m.billed());
      decimal(n, "amountYuan", m.amountYuan());
      m.latePayment().ifPresentOrElse(late -> {
        ObjectNode l = n.putObject("latePayment");
        l.put("afterDays", late.afterDays());
        l.put("multiplier", late.multiplier().toPlainString());
        l.put("yuanPerKwh", late.yuanPerKwh().toPlainString());
        l.put("wording", late.wording());
      }, () -> n.putNull("latePayment"));
      n.put("renewableOffset", Cursor.jsonName(m.renewableOffset()));
      m.surchargeWording().ifPresentOrElse(w -> n.put("surchargeWording", w), () -> n.putNull("surchargeWording"));
      ArrayNode lead = n.putArray("leadDepartments");
      m.departments().lead().forEach(d -> lead.add(d.zh()));
      ObjectNode arithmetic = n.putObject("arithmetic");
      arithmetic.put("zh", m.arithmetic().zh());
      arithmetic.put("en", m.arithmetic().en());
    }
    return CanonicalJson.write(root);
  }

  private static void quantity(ObjectNode n, String field, Optional<Quantity> q) {
    q.ifPresentOrElse(v -> n.put(field, v.toString()), () -> n.putNull(field));
  }

  private static void decimal(ObjectNode n, String field, Optional<BigDecimal> d) {
    d.ifPresentOrElse(v -> n.put(field, v.toPlainString()), () -> n.putNull(field));
  }

  private static String plain(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse("");
  }
}
