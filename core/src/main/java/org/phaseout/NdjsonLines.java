package org.phaseout;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code \n} (行读取), reading large blocks rather than byte by byte; each line is
 * returned without its line feed (a carriage return before it is kept, for the decoder to strip). A stream that ends
 * with a line feed has no empty last line. Not thread-safe: one reader per stream.
 */
final class NdjsonLines {

  private final InputStream in;
  private final byte[] block = new byte[1 << 16];
  private int position;
  private int limit;
  private boolean ended;

  /** @param in the stream, read from its current position and not closed */
  NdjsonLines(InputStream in) {
    this.in = in;
  }

  /**
   * Reads the next line.
   *
   * @return its bytes without the line feed, or null at the end of the stream
   * @throws IOException if reading fails
   */
  byte[] next() throws IOException {
    byte[] line = null;
    int length = 0;
    while (true) {
      if (position == limit) {
        if (ended || !fill()) {
          return line == null ? null : Arrays.copyOf(line, length);
        }
      }
      int start = position;
      while (position < limit && block[position] != '\n') {
        position++;
      }
      int n = position - start;
      if (line == null) {
        line = new byte[Math.max(n, 256)];
      } else if (length + n > line.length) {
        line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
      }
      System.arraycopy(block, start, line, length, n);
      length += n;
      if (position < limit) {
        position++; // the line feed
        return Arrays.copyOf(line, length);
      }
    }
  }

  private boolean fill() throws IOException {
    int n = in.read(block);
    while (n == 0) {
      n = in.read(block);
    }
    if (n < 0) {
      ended = true;
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }
}
