package io.github.propre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code propre dedup} in a separate JVM whose heap is smaller than its input, on a generated
 * stream of paragraphs of which about a third repeat earlier ones.
 */
class DedupCommandStreamTest {

  static final long INPUT_BYTES = 64L << 20;
  static final String HEAP = "-Xmx48m";

  /** Writes the stream and returns {bytes written, bytes kept, CRC of the kept bytes}. */
  static long[] generate(OutputStream out, long size) throws IOException {
    ParagraphSource source = new ParagraphSource(42);
    CRC32 crc = new CRC32();
    long written = 0;
    long kept = 0;
    while (written < size) {
      byte[] line = source.next();
      out.write(line);
      written += line.length;
      if (!source.lastWasRepeat()) {
        crc.update(line);
        kept += line.length;
      }
    }
    out.flush();
    return new long[] {written, kept, crc.getValue()};
  }

  @Test
  void inputLargerThanTheHeap_isDeduplicatedByteForByte() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, HEAP, "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "dedup", "--paragraphs", "line").start();
    CompletableFuture<long[]> output = CompletableFuture.supplyAsync(() -> {
      try (InputStream in = p.getInputStream()) {
        CRC32 crc = new CRC32();
        byte[] buf = new byte[1 << 16];
        long n = 0;
        for (int r; (r = in.read(buf)) > 0; ) {
          crc.update(buf, 0, r);
          n += r;
        }
        return new long[] {n, crc.getValue()};
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> {
      try (InputStream err = p.getErrorStream()) {
        return new String(err.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    long[] expected;
    try (OutputStream in = new BufferedOutputStream(p.getOutputStream(), 1 << 16)) {
      expected = generate(in, INPUT_BYTES);
    }
    assertEquals(true, p.waitFor(120, TimeUnit.SECONDS), "dedup did not finish");
    assertEquals("", errors.get());
    assertEquals(0, p.exitValue());
    long[] got = output.get();
    assertEquals(expected[1], got[0], "bytes kept");
    assertEquals(expected[2], got[1], "CRC of the bytes kept");
    assertEquals(true, expected[1] < expected[0] * 3 / 4, "too few repeats to test anything");
  }

  @Test
  void generator_repeatsWholeLinesOnly() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long[] r = generate(out, 20_000);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    long distinct = lines.stream().distinct().count();
    assertEquals(true, distinct < lines.size());
    assertEquals(r[0], out.size());
  }
}
