package io.github.propre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code propre quotes} on inputs larger than its heap that give it no paragraph boundary to cut at
 * (DESIGN.md section 5: the command line streams). Found by an audit: with chunks of up to 32 M
 * characters, both ran out of a 256 MB heap.
 */
class QuotesCommandSmallHeapTest {
  private static final String HEAP = "64m";

  /** Writes {@code unit} repeated to {@code bytes} bytes of UTF-8, with no line break. */
  private static SmallHeapCli.Input repeated(String unit, long bytes) {
    return in -> {
      byte[] b = unit.repeat(Math.max(1, (1 << 16) / unit.length())).getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < bytes; written += b.length) {
        in.write(b);
      }
    };
  }

  @Test
  void guillemetsOnly_moreThanTheHeap_printNothing() throws Exception {
    // 80 MB of « (40 million of them, each opening a quote that never gets a word)
    SmallHeapCli.Result r = SmallHeapCli.run(HEAP, repeated("«", 80L << 20), 120, "quotes",
        "--format", "jsonl");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.err());
    assertEquals(0, r.outBytes());
  }

  @Test
  void oneParagraphLargerThanTheHeap_printsItsQuotesLinearly() throws Exception {
    // One paragraph of 72 MB: quotes that close, and stray opening marks that never do.
    String unit = "Il dit « oui » et s’en va. « Elle part, puis revient sans un mot. ";
    long bytes = 72L << 20;
    SmallHeapCli.Result r = SmallHeapCli.run(HEAP, repeated(unit, bytes), 120, "quotes",
        "--format", "jsonl");
    assertEquals(0, r.exitCode(), r.err());
    // Two quotes a unit of 68 characters, each a JSON line of about 200 bytes: the output grows
    // with the input. Read nested, each stray quote held all the text after it (petabytes here).
    assertTrue(r.outBytes() > bytes && r.outBytes() < 8 * bytes, r.outBytes() + " bytes printed");
  }
}
