package io.github.propre.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The streams a command reads and writes: standard input, output and error, always UTF-8.
 *
 * <p>Input that is not valid UTF-8 is decoded with U+FFFD in place of each bad sequence and the
 * command says on standard error how many it found (never a silent loss).
 */
final class Terminal {
  final InputStream stdin;
  /** Standard output as bytes, for commands that pass input bytes through unchanged. */
  final OutputStream stdout;
  final PrintWriter out;
  final PrintWriter err;
  final boolean errIsTerminal;

  Terminal(InputStream stdin, OutputStream stdout, OutputStream stderr, boolean errIsTerminal) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16), false);
    this.err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    this.errIsTerminal = errIsTerminal;
  }

  /** Opens {@code file} (or standard input when null) as UTF-8 text, counting malformed bytes. */
  Utf8Input open(String file) throws UsageException {
    return new Utf8Input(openBytes(file), file == null ? "standard input" : file);
  }

  /** Opens {@code file} (or standard input when null) as bytes. */
  InputStream openBytes(String file) throws UsageException {
    if (file == null) {
      return stdin;
    }
    Path p = Path.of(file);
    try {
      if (Files.isDirectory(p)) {
        throw new UsageException("cannot read " + file + ": it is a directory, expected a text file");
      }
      return Files.newInputStream(p);
    } catch (NoSuchFileException e) {
      throw new UsageException("cannot read " + file + ": no such file");
    } catch (IOException | SecurityException e) {
      throw new UsageException("cannot read " + file + ": " + e.getMessage());
    }
  }

  /** UTF-8 text from a file or standard input; bad bytes become U+FFFD and are counted. */
  static final class Utf8Input implements AutoCloseable {
    private final InputStream raw;
    final String name;
    private final CountingDecoder decoder;
    final BufferedReader reader;

    Utf8Input(InputStream raw, String name) {
      this.raw = raw;
      this.name = name;
      this.decoder = new CountingDecoder(raw);
      this.reader = new BufferedReader(decoder, 1 << 16);
    }

    /** Returns the number of malformed byte sequences replaced so far. */
    long malformed() {
      return decoder.malformed;
    }

    /** Reads everything that is left. */
    String readAll() throws IOException {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[1 << 16];
      int n;
      while ((n = reader.read(buf)) > 0) {
        sb.append(buf, 0, n);
      }
      return sb.toString();
    }

    /** Warns on standard error if bad bytes were found. */
    void reportMalformed(Terminal io) {
      if (malformed() > 0) {
        io.err.println("propre: warning: " + name + " is not valid UTF-8: " + malformed()
            + " malformed byte sequence(s) replaced by U+FFFD");
      }
    }

    @Override
    public void close() throws IOException {
      reader.close();
      raw.close();
    }
  }

  /** A UTF-8 reader that replaces each malformed byte sequence by U+FFFD and counts them. */
  private static final class CountingDecoder extends Reader {
    private final InputStream in;
    private final CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private boolean eof;
    private boolean flushed; // the decoder is done: reading again must not touch it
    long malformed;

    CountingDecoder(InputStream in) {
      this.in = in;
      bytes.flip();
      chars.flip();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      while (!chars.hasRemaining()) {
        if (!fill()) {
          return -1;
        }
      }
      int n = Math.min(len, chars.remaining());
      chars.get(cbuf, off, n);
      return n;
    }

    /** Decodes more characters into {@code chars}; returns false at the end of input. */
    private boolean fill() throws IOException {
      if (flushed) {
        return false;
      }
      chars.clear();
      while (chars.position() == 0) {
        if (!eof && bytes.remaining() < 4) {
          bytes.compact();
          int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
          if (r < 0) {
            eof = true;
          } else {
            bytes.position(bytes.position() + r);
          }
          bytes.flip();
        }
        CoderResult cr = dec.decode(bytes, chars, eof);
        if (cr.isError()) {
          bytes.position(bytes.position() + cr.length());
          chars.put('\uFFFD');
          malformed++;
        } else if (eof && !bytes.hasRemaining()) {
          dec.flush(chars);
          flushed = true;
          break;
        }
      }
      chars.flip();
      return chars.hasRemaining();
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** Returns a writer to a file named on the command line. */
  static Writer createFile(String file) throws UsageException {
    try {
      return Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException | SecurityException e) {
      throw new UsageException("cannot write " + file + ": " + e.getMessage());
    }
  }
}
