package io.github.propre.cli;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines ({@code \n}, {@code \r\n} or {@code \r} terminated, the last one possibly not) from a
 * reader, streaming, and never reads again once the reader has reported its end: the decoder behind
 * {@link Terminal.Utf8Input} fails if asked twice. Not thread-safe.
 */
final class LineReader {
  private final Reader in;
  private final char[] buf = new char[1 << 16];
  private final StringBuilder line = new StringBuilder();
  private int pos;
  private int len;
  private boolean eof;
  private boolean skipLf;

  LineReader(Reader in) {
    this.in = in;
  }

  /** Returns the next line without its terminator, or null at the end. */
  String readLine() throws IOException {
    line.setLength(0);
    boolean any = false;
    while (true) {
      if (pos >= len) {
        if (eof) {
          return any ? line.toString() : null;
        }
        len = in.read(buf, 0, buf.length);
        pos = 0;
        if (len < 0) {
          len = 0;
          eof = true;
          continue;
        }
      }
      char c = buf[pos++];
      if (skipLf) {
        skipLf = false;
        if (c == '\n') {
          continue;
        }
      }
      if (c == '\n') {
        return line.toString();
      }
      if (c == '\r') {
        skipLf = true;
        return line.toString();
      }
      line.append(c);
      any = true;
    }
  }
}
