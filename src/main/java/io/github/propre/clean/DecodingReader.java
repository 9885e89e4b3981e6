package io.github.propre.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Objects;

/**
 * Returns the characters of a byte stream, in a charset given or detected, with every undecodable
 * byte kept or replaced as configured and counted: what {@link Cleaner#reader(InputStream)} returns.
 *
 * <p>Detection reads the first {@value #SNIFF_BYTES} bytes before the first character is returned:
 * a byte order mark, valid UTF-8, or else ICU's charset detector decides (see {@link
 * CharsetSource}). Bytes that are invalid later in the stream are handled like any undecodable
 * byte.
 *
 * <p>Not thread-safe, like every {@link Reader}. The reader closes its stream when closed.
 *
 * <pre>{@code
 * try (DecodingReader r = Cleaner.defaults().reader(Files.newInputStream(path))) {
 *   char[] buf = new char[8192];
 *   for (int n; (n = r.read(buf)) > 0; ) { ... }
 *   r.report();  // charset used, undecodable bytes
 * }
 * }</pre>
 */
public final class DecodingReader extends Reader {
  static final int SNIFF_BYTES = 1 << 16;

  private final InputStream in;
  private final Malformed policy;
  private final ByteBuffer bytes = ByteBuffer.allocate(SNIFF_BYTES);
  private final CharBuffer chars = CharBuffer.allocate(1 << 14);
  private final CharsetDecoder decoder;
  private final Charset charset;
  private final CharsetSource source;
  private final int confidence;
  private boolean eof;
  private boolean flushed;
  private long undecodable;

  private DecodingReader(InputStream in, Malformed policy, Charset given,
      CharsetSniffer.Guess known) throws IOException {
    this.in = in;
    this.policy = policy;
    bytes.flip();
    fillBytes();
    CharsetSniffer.Guess g = known != null ? known
        : given != null ? new CharsetSniffer.Guess(given, CharsetSource.GIVEN, -1)
        : CharsetSniffer.sniff(bytes.array(), bytes.limit(), eof);
    this.charset = g.charset();
    this.source = g.source();
    this.confidence = g.confidence();
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    chars.flip();
  }

  /** Returns a reader of {@code in} in {@code charset}, or in the charset its first bytes show if null. */
  static DecodingReader of(InputStream in, Charset charset, Malformed policy) throws IOException {
    return new DecodingReader(in, policy, charset, null);
  }

  /** Returns a reader of {@code in} in a charset already chosen (from the whole input). */
  static DecodingReader of(InputStream in, CharsetSniffer.Guess guess, Malformed policy)
      throws IOException {
    return new DecodingReader(in, policy, null, guess);
  }

  /** Returns the charset the bytes are decoded with. */
  public Charset charset() {
    return charset;
  }

  /** Returns how the charset was chosen. */
  public CharsetSource charsetSource() {
    return source;
  }

  /** Returns the number of undecodable bytes met so far. */
  public long undecodableBytes() {
    return undecodable;
  }

  /**
   * Returns a report with the charset and the undecodable bytes met so far, to {@link
   * CleaningReport#plus add} to the reports of the text read.
   */
  public CleaningReport report() {
    int[] counts = new int[Change.values().length];
    Change kind = policy == Malformed.KEEP
        ? Change.UNDECODABLE_BYTES_KEPT : Change.UNDECODABLE_BYTES_REPLACED;
    counts[kind.ordinal()] = (int) Math.min(Integer.MAX_VALUE, undecodable);
    return new CleaningReport(counts, charset, source, confidence);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, cbuf.length);
    if (len == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (!decodeMore()) {
        return -1;
      }
    }
    int n = Math.min(len, chars.remaining());
    chars.get(cbuf, off, n);
    return n;
  }

  /** Reads everything that is left. */
  String readAll() throws IOException {
    StringBuilder sb = new StringBuilder(Math.max(16, bytes.remaining()));
    char[] buf = new char[1 << 14];
    for (int n; (n = read(buf, 0, buf.length)) > 0; ) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  /** Reads bytes until the buffer is full or the stream ends; leaves the buffer ready to read. */
  private void fillBytes() throws IOException {
    bytes.compact();
    while (bytes.hasRemaining()) {
      int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (r < 0) {
        eof = true;
        break;
      }
      bytes.position(bytes.position() + r);
    }
    bytes.flip();
  }

  /** Decodes more characters into {@code chars}; returns false at the end of the input. */
  private boolean decodeMore() throws IOException {
    chars.clear();
    try {
      while (chars.position() == 0) {
        if (!eof && bytes.remaining() < 16) {
          fillBytes();
        }
        if (eof && !bytes.hasRemaining()) {
          if (!flushed) {
            decoder.decode(bytes, chars, true);
            decoder.flush(chars);
            flushed = true;
          }
          break;
        }
        CoderResult cr = decoder.decode(bytes, chars, eof);
        if (cr.isError()) {
          if (!undecodable(cr.length())) {
            break; // no room: hand out what we have, the error comes back on the next call
          }
        } else if (cr.isOverflow()) {
          break;
        } else if (eof && bytes.hasRemaining()) {
          undecodable(bytes.remaining()); // defensive: a decoder that kept a truncated tail
        }
      }
    } finally {
      chars.flip();
    }
    return chars.hasRemaining();
  }

  /** Keeps or replaces the next {@code bad} bytes; returns false if there is no room for them. */
  private boolean undecodable(int bad) {
    if (chars.remaining() < bad) {
      return false;
    }
    for (int k = 0; k < bad; k++) {
      int b = bytes.get() & 0xFF;
      if (policy == Malformed.KEEP) {
        chars.put(Cp1252.charOf(b));
      }
    }
    if (policy == Malformed.REPLACE) {
      chars.put('\uFFFD');
    }
    undecodable += bad;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
