package io.github.propre.dedup;

/**
 * Hashes the exact key of a paragraph to 64 bits as its characters arrive, without building the key.
 *
 * <p>The key (version {@value Deduplicator#KEY_VERSION}) is the paragraph after, in this order:
 * {@code ´} typed as an apostrophe read as one; ICU {@code NFKC_Casefold} (compatibility forms,
 * lower case, default-ignorables dropped); one form for every apostrophe ({@code ' ’ ‘ ʼ ` ´ ′}),
 * every quote mark ({@code " « » “ ” „ ‹ ›}), every dash ({@code ‐ – — ― −}) and every space;
 * white space collapsed, dropped at both ends, next to a quote mark and before {@code ? ! ; :}, so
 * that {@code « Oui ! »} (French spacing) and {@code "Oui!"} (English spacing) have one key.
 *
 * <p>Normalization runs segment by segment: a segment starts at each character ICU says has a
 * normalization boundary before it, so a lone character maps through {@link KeyTables} and only
 * combining sequences (a letter followed by U+0301, say) go through ICU; a segment longer than
 * {@value #MAX_SEGMENT} units (only in hostile text) is cut there. Each code point of the key
 * is mixed into the hash as it is produced; nothing is kept but the hash and the key's length.
 *
 * <p>Not thread-safe: one per call. Allocates nothing per character.
 */
final class KeyHasher {
  private static final long SEED = 0x243F6A8885A308D3L ^ Deduplicator.KEY_VERSION;
  /**
   * A normalization segment is cut after this many UTF-16 units even without a boundary, so that
   * a run of combining marks costs bounded memory (Unicode's stream-safe format cuts at 30 marks).
   */
  static final int MAX_SEGMENT = 32;
  private static final long M = 0x9E3779B97F4A7C15L;

  // ASCII classes of key code points
  private static final byte PLAIN = 0;
  private static final byte QUOTE = 1;
  private static final byte TIGHT = 2; // no space before it: ? ! ; :
  private static final byte[] ASCII_CLASS = new byte[128];

  static {
    ASCII_CLASS['"'] = QUOTE;
    ASCII_CLASS['?'] = TIGHT;
    ASCII_CLASS['!'] = TIGHT;
    ASCII_CLASS[';'] = TIGHT;
    ASCII_CLASS[':'] = TIGHT;
  }

  private long hash;
  private int length;
  private boolean pendingSpace;
  private boolean afterQuote;
  private char highSurrogate;
  /** First code point of the current normalization segment, or -1 if the segment is empty. */
  private int pending = -1;
  /** The current segment once it holds two code points or more; empty otherwise. */
  private final StringBuilder segment = new StringBuilder();
  private final StringBuilder normalized = new StringBuilder();

  KeyHasher() {
    reset();
  }

  /** Starts a new key. */
  void reset() {
    hash = SEED;
    length = 0;
    pendingSpace = false;
    afterQuote = false;
    highSurrogate = 0;
    pending = -1;
    segment.setLength(0);
  }

  /** Adds the next character of the paragraph. */
  void add(char c) {
    if (highSurrogate != 0) {
      char high = highSurrogate;
      highSurrogate = 0;
      if (Character.isLowSurrogate(c)) {
        addCodePoint(Character.toCodePoint(high, c));
        return;
      }
      addCodePoint(high);
    }
    if (Character.isHighSurrogate(c)) {
      highSurrogate = c;
      return;
    }
    addCodePoint(c);
  }

  /** Adds {@code text[from, to)}. */
  void add(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      add(text.charAt(i));
    }
  }

  /** Ends the key and returns its 64-bit hash; {@link #length()} is then its length. */
  long finish() {
    if (highSurrogate != 0) {
      char high = highSurrogate;
      highSurrogate = 0;
      addCodePoint(high);
    }
    flushSegment();
    return mix64(hash ^ length);
  }

  /** Returns the number of code points in the key finished last. */
  int length() {
    return length;
  }

  private void addCodePoint(int cp) {
    if (cp == '\u00B4') {
      cp = KeyTables.APOSTROPHE; // NFKC would make it a space and a combining accent
    }
    boolean boundary = cp < 0x10000 ? KeyTables.boundaryBefore(cp)
        : KeyTables.NFKC_CF.hasBoundaryBefore(cp);
    if (boundary || pending < 0) {
      flushSegment();
      pending = cp;
      return;
    }
    if (segment.length() == 0) {
      segment.appendCodePoint(pending);
    }
    segment.appendCodePoint(cp);
    if (segment.length() >= MAX_SEGMENT) {
      flushSegment();
    }
  }

  private void flushSegment() {
    int cp = pending;
    if (cp < 0) {
      return;
    }
    pending = -1;
    if (segment.length() == 0 && cp < 0x10000) {
      int image = KeyTables.MAP[cp];
      if (image >= 0) {
        emit(image);
      } else if (image != KeyTables.DROP) {
        for (int x : KeyTables.EXPANSIONS[-2 - image]) {
          emit(x);
        }
      }
      return;
    }
    if (segment.length() == 0) {
      segment.appendCodePoint(cp);
    }
    KeyTables.NFKC_CF.normalize(segment, normalized);
    segment.setLength(0);
    for (int i = 0, n = normalized.length(); i < n; ) {
      int x = normalized.codePointAt(i);
      i += Character.charCount(x);
      emit(KeyTables.unify(x));
    }
  }

  /** Mixes one unified code point into the key, applying the white-space rules. */
  private void emit(int cp) {
    if (cp == ' ') {
      pendingSpace = length > 0 && !afterQuote;
      return;
    }
    byte kind = cp < 128 ? ASCII_CLASS[cp] : PLAIN;
    if (pendingSpace && kind == PLAIN) {
      mix(' ');
    }
    pendingSpace = false;
    afterQuote = kind == QUOTE;
    mix(cp);
  }

  private void mix(int cp) {
    length++;
    long h = (hash ^ cp) * M;
    hash = h ^ (h >>> 29);
  }

  /** Murmur3's 64-bit finalizer: every input bit reaches every output bit. */
  static long mix64(long z) {
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB93FE1A85EC9L;
    return z ^ (z >>> 33);
  }
}
