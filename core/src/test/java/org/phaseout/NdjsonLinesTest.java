package org.phaseout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NDJSON input is split into lines at line feeds, whatever the block boundaries of the stream. */
class NdjsonLinesTest {

  private static List<String> lines(byte[] input, boolean oneByteAtATime) throws IOException {
    InputStream in = new ByteArrayInputStream(input);
    if (oneByteAtATime) {
      in = new FilterInputStream(in) {
        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return super.read(b, off, Math.min(len, 1));
        }
      };
    }
    NdjsonLines reader = new NdjsonLines(in);
    List<String> out = new ArrayList<>();
    for (byte[] line = reader.next(); line != null; line = reader.next()) {
      out.add(new String(line, StandardCharsets.UTF_8));
    }
    assertNull(reader.next(), "the end stays the end");
    return out;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void linesEndAtLineFeedsAndATrailingLineFeedMakesNoEmptyLastLine() throws IOException {
    assertEquals(List.of("{\"a\":1}", "{\"b\":2}"), lines(utf8("{\"a\":1}\n{\"b\":2}\n"), false));
    assertEquals(List.of("{\"a\":1}", "{\"b\":2}"), lines(utf8("{\"a\":1}\n{\"b\":2}"), false));
  }

  @Test
  void emptyLinesAndCarriageReturnsAreKeptForTheDecoderToJudge() throws IOException {
    assertEquals(List.of("a\r", "", "锅炉"), lines(utf8("a\r\n\n锅炉\n"), false));
    assertEquals(List.of(), lines(new byte[0], false));
    assertEquals(List.of(""), lines(utf8("\n"), false));
  }

  @Test
  void aLineLongerThanTheReadBlockIsWhole() throws IOException {
    char[] filler = new char[200_000];
    Arrays.fill(filler, 'x');
    String longLine = new String(filler);
    assertEquals(List.of("short", longLine, "end"), lines(utf8("short\n" + longLine + "\nend\n"), false));
  }

  @Test
  void anyBytesSplitAtLineFeedsJoinBackToTheInputWhateverTheBlocksTheStreamDelivers() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 400), integers().between(0, 1))
        .checkAssert((values, slow) -> {
          byte[] input = new byte[values.size()];
          for (int i = 0; i < input.length; i++) {
            input[i] = (byte) (int) values.get(i);
          }
          List<byte[]> read = new ArrayList<>();
          try {
            NdjsonLines reader = new NdjsonLines(slow == 1 ? new FilterInputStream(new ByteArrayInputStream(input)) {
              @Override
              public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 3));
              }
            } : new ByteArrayInputStream(input));
            for (byte[] line = reader.next(); line != null; line = reader.next()) {
              read.add(line);
            }
          } catch (IOException e) {
            throw new AssertionError(e);
          }
          ByteArrayOutputStream joined = new ByteArrayOutputStream();
          for (int i = 0; i < read.size(); i++) {
            joined.writeBytes(read.get(i));
            if (i < read.size() - 1 || (input.length > 0 && input[input.length - 1] == '\n')) {
              joined.write('\n');
            }
          }
          assertArrayEquals(input, joined.toByteArray());
        });
  }

  @Test
  void aStreamThatDeliversOneByteAtATimeGivesTheSameLines() throws IOException {
    byte[] input = utf8("{\"id\":\"u-1\"}\n\n{\"id\":\"锅炉-2\"}\r\nlast");
    assertEquals(lines(input, false), lines(input, true));
  }
}
