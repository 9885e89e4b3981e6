package io.github.propre.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * Runs the command line in a JVM of its own with a small heap, feeding its standard input from a
 * generator, so that a test can give it more input than its heap holds. Keeps the length and CRC of
 * what it printed, not the bytes.
 */
final class SmallHeapCli {
  /** What a run printed and how it ended. */
  record Result(int exitCode, long outBytes, long outCrc, String err) {}

  /** Writes a command's standard input. */
  interface Input {
    void writeTo(OutputStream in) throws IOException;
  }

  private SmallHeapCli() {}

  /** Runs {@code propre args} with {@code -Xmx<heap>} on what {@code input} writes. */
  static Result run(String heap, Input input, long timeoutSeconds, String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-cp",
        System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).start();
    CompletableFuture<long[]> out = CompletableFuture.supplyAsync(() -> {
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
        throw new UncheckedIOException(e);
      }
    });
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> {
      try (InputStream in = p.getErrorStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    try (OutputStream in = new BufferedOutputStream(p.getOutputStream(), 1 << 16)) {
      input.writeTo(in);
    } catch (IOException e) {
      // The command stopped reading (it failed): its exit code and standard error say why.
    }
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("propre " + String.join(" ", args) + " did not finish in "
          + timeoutSeconds + " s");
    }
    long[] printed = out.get();
    return new Result(p.exitValue(), printed[0], printed[1], err.get());
  }
}
