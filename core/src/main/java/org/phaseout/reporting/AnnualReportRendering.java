package org.phaseout.reporting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.SortedMap;
import org.phaseout.internal.json.CanonicalJson;

/** Renders annual reports as canonical JSON and as a self-contained HTML page with inline SVG. */
final class AnnualReportRendering {

  private static final String[] COLUMNS_ZH = {"年内退出", "限期整改中", "停产整顿中", "逾期或整改仍不达标", "整改合格"};
  private static final String[] COLUMNS_EN = {"exited", "pending", "halted", "overdue", "resolved"};
  private static final String[] COLOURS = {"#2e7d32", "#f9a825", "#6d4c41", "#c62828", "#1565c0"};

  private AnnualReportRendering() {}

  static byte[] json(AnnualReport r) {
    ObjectNode root = CanonicalJson.object();
    root.put("type", "annual-report");
    root.put("year", r.year());
    root.set("totals", counts(r.totals()));
    r.changeSincePreviousYear().ifPresentOrElse(c -> root.set("changeSincePreviousYear", counts(c)),
        () -> root.putNull("changeSincePreviousYear"));
    group(root, "byDistrict", r.byDistrict());
    group(root, "byDimension", r.byDimension());
    group(root, "bySector", r.bySector());
    group(root, "byDepartment", r.byDepartment());
    ObjectNode capacity = root.putObject("exitedCapacity");
    r.exitedCapacity().forEach((unit, value) -> capacity.put(unit, value));
    ObjectNode statuses = root.putObject("unitStatuses");
    r.unitStatuses().forEach(statuses::put);
    return CanonicalJson.write(root);
  }

  private static void group(ObjectNode root, String name, SortedMap<String, CaseCounts> groups) {
    ObjectNode node = root.putObject(name);
    groups.forEach((key, c) -> node.set(key, counts(c)));
  }

  private static ObjectNode counts(CaseCounts c) {
    ObjectNode n = CanonicalJson.object();
    n.put("exited", c.exited());
    n.put("pending", c.pending());
    n.put("halted", c.halted());
    n.put("overdue", c.overdue());
    n.put("resolved", c.resolved());
    return n;
  }

  static String html(AnnualReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>").append(r.year()).append("年度落后产能退出情况 — Backward-capacity exit, ").append(r.year())
        .append("</title>\n<style>\n")
        .append("body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}")
        .append("th,td{border:1px solid #bbb;padding:.3em .6em;text-align:right}th:first-child,td:first-child")
        .append("{text-align:left}caption{text-align:left;font-weight:bold;margin-bottom:.3em}")
        .append("</style>\n</head>\n<body>\n");
    sb.append("<h1>").append(r.year()).append("年度落后产能退出情况</h1>\n<p>Backward-capacity exit in ")
        .append(r.year()).append(": cases by state at ").append(r.end()).append(", exits verified during the year.</p>\n");
    table(sb, "合计 Totals", Map.of("合计 total", r.totals()));
    r.changeSincePreviousYear().ifPresent(c -> table(sb, "较上年变化 Change since the previous year",
        Map.of("变化 change", c)));
    chart(sb, "按区县 By district", r.byDistrict());
    table(sb, "按区县（行政区划代码） By district (division code)", r.byDistrict());
    chart(sb, "按方面 By dimension", r.byDimension());
    table(sb, "按方面 By dimension", r.byDimension());
    table(sb, "按行业大类 By sector (GB/T 4754 division)", r.bySector());
    table(sb, "按牵头部门 By lead department", r.byDepartment());
    sb.append("<table>\n<caption>年内退出产能 Capacity exited</caption>\n<tr><th>单位 unit</th><th>合计 total</th></tr>\n");
    r.exitedCapacity().forEach((unit, value) -> sb.append("<tr><td>").append(escape(unit)).append("</td><td>")
        .append(value.toPlainString()).append("</td></tr>\n"));
    sb.append("</table>\n");
    if (!r.unitStatuses().isEmpty()) {
      sb.append("<table>\n<caption>年末评估 Unit statuses at the year's end</caption>\n<tr><th>状态 status</th>")
          .append("<th>单元数 units</th></tr>\n");
      r.unitStatuses().forEach((status, n) -> sb.append("<tr><td>").append(escape(status)).append("</td><td>")
          .append(n).append("</td></tr>\n"));
      sb.append("</table>\n");
    }
    sb.append("</body>\n</html>\n");
    return sb.toString();
  }

  private static void table(StringBuilder sb, String caption, Map<String, CaseCounts> rows) {
    sb.append("<table>\n<caption>").append(escape(caption)).append("</caption>\n<tr><th></th>");
    for (int i = 0; i < COLUMNS_ZH.length; i++) {
      sb.append("<th>").append(COLUMNS_ZH[i]).append("<br>").append(COLUMNS_EN[i]).append("</th>");
    }
    sb.append("<th>合计<br>total</th></tr>\n");
    new java.util.TreeMap<>(rows).forEach((key, c) -> {
      int[] v = values(c);
      sb.append("<tr><td>").append(escape(key)).append("</td>");
      for (int x : v) {
        sb.append("<td>").append(x).append("</td>");
      }
      sb.append("<td>").append(c.total()).append("</td></tr>\n");
    });
    sb.append("</table>\n");
  }

  /** A horizontal stacked bar per group, one colour per state, as inline SVG. */
  private static void chart(StringBuilder sb, String title, SortedMap<String, CaseCounts> groups) {
    if (groups.isEmpty()) {
      return;
    }
    int max = groups.values().stream().mapToInt(CaseCounts::total).max().orElse(1);
    int barHeight = 18;
    int labelWidth = 160;
    int width = 780;
    int height = 30 + groups.size() * (barHeight + 6) + 24;
    sb.append("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
        .append(height).append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\">\n");
    sb.append("<text x=\"0\" y=\"16\" font-size=\"14\" font-weight=\"bold\">").append(escape(title))
        .append("</text>\n");
    int y = 30;
    for (Map.Entry<String, CaseCounts> g : groups.entrySet()) {
      sb.append("<text x=\"0\" y=\"").append(y + 13).append("\" font-size=\"12\">").append(escape(g.getKey()))
          .append("</text>\n");
      int x = labelWidth;
      int[] v = values(g.getValue());
      for (int i = 0; i < v.length; i++) {
        int w = max == 0 ? 0 : v[i] * (width - labelWidth - 40) / max;
        if (w > 0) {
          sb.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(w)
              .append("\" height=\"").append(barHeight).append("\" fill=\"").append(COLOURS[i]).append("\"><title>")
              .append(COLUMNS_ZH[i]).append(' ').append(COLUMNS_EN[i]).append(": ").append(v[i])
              .append("</title></rect>\n");
          x += w;
        }
      }
      sb.append("<text x=\"").append(x + 4).append("\" y=\"").append(y + 13).append("\" font-size=\"12\">")
          .append(g.getValue().total()).append("</text>\n");
      y += barHeight + 6;
    }
    int lx = 0;
    for (int i = 0; i < COLUMNS_EN.length; i++) {
      sb.append("<rect x=\"").append(lx).append("\" y=\"").append(y + 6).append("\" width=\"10\" height=\"10\" fill=\"")
          .append(COLOURS[i]).append("\"/><text x=\"").append(lx + 14).append("\" y=\"").append(y + 15)
          .append("\" font-size=\"11\">").append(COLUMNS_ZH[i]).append("</text>\n");
      lx += 150;
    }
    sb.append("</svg>\n</figure>\n");
  }

  private static int[] values(CaseCounts c) {
    return new int[] {c.exited(), c.pending(), c.halted(), c.overdue(), c.resolved()};
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
