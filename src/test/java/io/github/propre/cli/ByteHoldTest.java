package io.github.propre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ByteHoldTest {

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void release_writesOrDropsPrefixes() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ByteHold hold = new ByteHold(out, 16)) {
      hold.append(bytes("abcdef"), 0, 6);
      hold.release(2, true);
      hold.release(4, false);
      hold.append(bytes("gh"), 0, 2);
      hold.release(8, true);
      assertEquals("abefgh", out.toString(StandardCharsets.UTF_8));
      assertEquals(6, hold.written());
      assertEquals(2, hold.dropped());
      assertEquals(0, hold.spilled());
    }
  }

  @Test
  void pastTheMemoryLimit_bytesGoThroughATemporaryFileInOrder() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringBuilder input = new StringBuilder();
    StringBuilder expected = new StringBuilder();
    try (ByteHold hold = new ByteHold(out, 8)) {
      int from = 0;
      for (int i = 0; i < 60; i++) {
        String piece = "<" + i + "-" + "x".repeat(i % 13) + ">";
        hold.append(bytes(piece), 0, piece.length());
        input.append(piece);
        if (i % 7 == 6) {
          boolean keep = i % 14 == 6;
          int upTo = input.length() - 3;
          if (keep) {
            expected.append(input, from, upTo);
          }
          hold.release(upTo, keep);
          from = upTo;
        }
      }
      expected.append(input, from, input.length());
      hold.release(input.length(), true);
      assertEquals(true, hold.spilled() > 0);
      assertEquals(0, hold.held());
    }
    assertEquals(expected.toString(), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void releasingMoreThanHeld_isABug() throws IOException {
    try (ByteHold hold = new ByteHold(new ByteArrayOutputStream(), 8)) {
      hold.append(bytes("ab"), 0, 2);
      assertThrows(IllegalStateException.class, () -> hold.release(3, true));
    }
  }
}
