package org.phaseout.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as agencies open it in Excel: UTF-8 with a byte-order mark, CRLF line ends, every field quoted and quotes
 * doubled (RFC 4180). Not part of the API.
 */
public final class ExcelCsv {

  private final StringBuilder text = new StringBuilder("\uFEFF");

  /**
   * Starts a document with its header row.
   *
   * @param header the column names, not null
   */
  public ExcelCsv(List<String> header) {
    row(header);
  }

  /**
   * Appends a row.
   *
   * @param fields the fields, not null
   * @return this document
   */
  public ExcelCsv row(List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append('"').append(fields.get(i).replace("\"", "\"\"")).append('"');
    }
    text.append("\r\n");
    return this;
  }

  /** @return the document's UTF-8 bytes, with the byte-order mark */
  public byte[] toBytes() {
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
