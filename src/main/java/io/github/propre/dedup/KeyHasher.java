package io.github.propre.dedup;

/**
 * Hashes the exact key of a paragraph to 64 bits as its characters arrive, without building the key.
 *
 * <p>The key (version {@value Deduplicator#KEY_VERSION}) is the paragraph after, in this order:
 * {@code ´} read as an apostrophe; ICU {@code NFKC_Casefold} (compatibility forms, lower case,
 * default-ignorables dropped); one form for every apostrophe ({@code ' ’ ‘ ʼ ` ´ ′}), every quote
 * mark ({@code " « » “ ” „ ‹ ›}), every dash ({@code ‐ – — ― −}) and every space; white space
 * collapsed, dropped at both ends, next to a quote mark and before {@code ? ! ; :}, so that
 * {@code « Oui ! »} (French spacing) and {@code "Oui!"} (English spacing) have one key.
 *
 * <p>Normalization runs segment by segment: a segment starts at each character ICU says has a
 * normalization boundary before it. A character alone in its segment (almost all of them) maps
 * through {@link KeyTables#INFO}; only combining sequences (a letter followed by U+0301, say),
 * surrogate pairs and lone surrogates go through ICU, and a segment longer than
 * {@value #MAX_SEGMENT} units (only in hostile text) is cut there. The key's code points are packed
 * three to a 64-bit word, 21 bits each (the space as {@code 0x110020}, beyond the last code point,
 * so that one bit tells it from any other); each word is mixed in with MurmurHash3's 64-bit step,
 * and the length and MurmurHash3's finalizer close the hash. Nothing is kept but the hash state and
 * the length.
 *
 * <p>Most text is runs of characters that each map to one code point and start a segment, with
 * single ASCII spaces between words. {@link #addBlocks} takes such runs three characters at a time,
 * one packed word per step, with no per-character state: a block goes only if the character after
 * it is of the same kind (so it cannot join the block's last segment, or make a space before it
 * vanish) and no two spaces follow each other. Everything else (quote marks, {@code ? ! ; :},
 * other spaces, combining marks, ligatures, invisible characters) goes through the general path,
 * one character at a time, which gives the same units.
 *
 * <p>Not thread-safe: one per call. Allocates nothing per character.
 */
final class KeyHasher {
  /**
   * A normalization segment is cut after this many UTF-16 units even without a boundary, so that
   * a run of combining marks costs bounded memory (Unicode's stream-safe format cuts at 30 marks).
   */
  static final int MAX_SEGMENT = 32;

  private static final long SEED = 0x243F6A8885A308D3L ^ Deduplicator.KEY_VERSION;
  private static final long C1 = 0x87C37B91114253D5L;
  private static final long C2 = 0x4CF5AD432745937FL;
  private static final int NONE = -1;
  /** The unit of a space in the key: beyond the last code point, and the only unit with bit 20 set. */
  static final int SPACE_UNIT = 0x110020;
  private static final int SPACE_BIT = 1 << 20;
  /** The bits of a {@link #BLOCK_UNIT} that keep a character out of {@link #hashWord}'s blocks. */
  private static final int NOT_A_WORD_UNIT = 0x80000000 | SPACE_BIT;
  /**
   * The unit of each BMP character that {@link #addBlocks} may take: its one-code-point image when
   * it starts a segment and is a letter, a digit or punctuation of class PLAIN; {@link #SPACE_UNIT}
   * for the ASCII space; -1 for every other character.
   */
  private static final int[] BLOCK_UNIT = blockUnits();

  private long hash;
  private int length;
  /** The last unit put in the key, or -1 before the first: two spaces never follow each other. */
  private int lastUnit;
  /** Up to three code points of the key, 21 bits each, not yet mixed into {@link #hash}. */
  private long word;
  private int inWord;
  private boolean pendingSpace;
  private boolean afterQuote;
  /** INFO of the character waiting to learn whether the next one joins its segment, or NONE. */
  private int pending = NONE;
  private char pendingChar;
  private char highSurrogate;
  /** True while a segment of two code points or more (or a supplementary one) is being built. */
  private boolean inSegment;
  private final StringBuilder segment = new StringBuilder();
  private final StringBuilder normalized = new StringBuilder();
  /** Characters copied in bulk from a String, so that the loop runs over an array. */
  private final char[] chunk = new char[4096];

  KeyHasher() {
    reset();
  }

  /** Starts a new key. */
  void reset() {
    hash = SEED;
    length = 0;
    lastUnit = -1;
    word = 0;
    inWord = 0;
    pendingSpace = false;
    afterQuote = false;
    pending = NONE;
    highSurrogate = 0;
    inSegment = false;
    segment.setLength(0);
  }

  /** Adds the next character of the paragraph. */
  void add(char c) {
    int info = KeyTables.INFO[c];
    if ((info & KeyTables.FAST) != 0 && !inSegment && highSurrogate == 0) {
      if (pending != NONE) {
        emit(pending);
      }
      pending = info;
      pendingChar = c;
      return;
    }
    addSlowly(c);
  }

  /** Adds {@code chars[from, to)}. */
  void add(char[] chars, int from, int to) {
    int i = from;
    while (i < to) {
      if (pending != NONE && !inSegment && highSurrogate == 0 && BLOCK_UNIT[chars[i]] >= 0) {
        // The next character starts a segment: the waiting one is complete.
        emit(pending);
        pending = NONE;
      }
      if (inWord == 0 && pending == NONE && !inSegment && highSurrogate == 0 && !pendingSpace
          && !afterQuote && length > 0) {
        i = addBlocks(chars, i, to);
        if (i >= to) {
          break;
        }
      }
      add(chars[i++]); // a character the blocks do not take, or the ones before a word boundary
    }
  }

  /**
   * Puts {@code chars[i, ...)} into the key three characters at a time while each of them and the
   * one after has a {@link #BLOCK_UNIT} and no two spaces follow each other; returns where it
   * stopped. Called with nothing waiting ({@code pending}, a space, a segment) and a word boundary
   * ({@code inWord == 0}), so each block is one packed word.
   */
  private int addBlocks(char[] chars, int i, int to) {
    final int[] units = BLOCK_UNIT;
    long h = hash;
    int prev = lastUnit;
    int start = i;
    for (; i + 3 < to; i += 3) {
      int u0 = units[chars[i]];
      int u1 = units[chars[i + 1]];
      int u2 = units[chars[i + 2]];
      int next = units[chars[i + 3]];
      // Negative if a unit is -1, or if two spaces meet (bit 20 of both, moved to the sign bit).
      if (((u0 | u1 | u2 | next | prev) | (u0 & prev | u1 & u0 | u2 & u1 | next & u2) << 11) < 0) {
        break;
      }
      h = mixWord(h, (long) u0 << 42 | (long) u1 << 21 | u2);
      prev = u2;
    }
    if (i > start) {
      hash = h;
      length += i - start;
      lastUnit = prev;
    }
    return i;
  }

  /**
   * Returns the key hash of {@code chars[from, to)} alone, as {@link #reset()}, {@link #add(char[],
   * int, int)} and {@link #finish()} would; whatever this hasher held before is lost. A word of near mode is
   * most often made of characters that each start a segment and map to one code point that is not
   * a space; then each character is one unit of the key and one loop packs them, without the state
   * the general path keeps for spaces and combining sequences.
   */
  long hashWord(char[] chars, int from, int to) {
    final int[] units = BLOCK_UNIT;
    long h = SEED;
    int i = from;
    // Three units to a block, as addBlocks packs them; a unit of -1 (sign bit) or a space (bit 20)
    // sends the word to the general path.
    for (; i + 3 <= to; i += 3) {
      int u0 = units[chars[i]];
      int u1 = units[chars[i + 1]];
      int u2 = units[chars[i + 2]];
      if (((u0 | u1 | u2) & NOT_A_WORD_UNIT) != 0) {
        return hashWordSlowly(chars, from, to);
      }
      h = mixWord(h, (long) u0 << 42 | (long) u1 << 21 | u2);
    }
    if (i < to) {
      int u0 = units[chars[i]];
      int u1 = i + 1 < to ? units[chars[i + 1]] : 0;
      if (((u0 | u1) & NOT_A_WORD_UNIT) != 0) {
        return hashWordSlowly(chars, from, to);
      }
      h = mixWord(h, i + 1 < to ? (long) u0 << 21 | u1 : u0);
    }
    return mix64(h ^ (to - from));
  }

  /** {@link #hashWord} for a word with a character the blocks do not take. */
  private long hashWordSlowly(char[] chars, int from, int to) {
    reset();
    add(chars, from, to);
    return finish();
  }

  /** Adds {@code text[from, to)}. */
  void add(CharSequence text, int from, int to) {
    if (!(text instanceof String s)) {
      for (int i = from; i < to; i++) {
        add(text.charAt(i));
      }
      return;
    }
    char[] buf = chunk;
    for (int i = from; i < to; ) {
      int n = Math.min(buf.length, to - i);
      s.getChars(i, i + n, buf, 0);
      add(buf, 0, n);
      i += n;
    }
  }

  /** Ends the key and returns its 64-bit hash; {@link #length()} is then its length. */
  long finish() {
    if (highSurrogate != 0) {
      char high = highSurrogate;
      highSurrogate = 0;
      addCodePoint(high);
    }
    flush();
    long h = hash;
    if (inWord > 0) {
      h = mixWord(h, word);
    }
    return mix64(h ^ length);
  }

  /** Returns the number of code points in the key finished last. */
  int length() {
    return length;
  }

  private void addSlowly(char c) {
    if (highSurrogate != 0) {
      char high = highSurrogate;
      highSurrogate = 0;
      if (Character.isLowSurrogate(c)) {
        addCodePoint(Character.toCodePoint(high, c));
        return;
      }
      addCodePoint(high); // a lone high surrogate
    }
    if (Character.isHighSurrogate(c)) {
      highSurrogate = c;
      return;
    }
    addCodePoint(c);
  }

  private void addCodePoint(int cp) {
    if (cp == '\u00B4') {
      cp = KeyTables.APOSTROPHE;
    }
    boolean boundary = cp < 0x10000 ? KeyTables.boundaryBefore(cp)
        : KeyTables.NFKC_CF.hasBoundaryBefore(cp);
    if (boundary) {
      flush();
      if (cp < 0x10000) {
        pending = KeyTables.INFO[cp];
        pendingChar = (char) cp;
      } else {
        inSegment = true;
        segment.appendCodePoint(cp);
      }
      return;
    }
    if (!inSegment) { // the segment grows past one character: ICU takes it from here
      inSegment = true;
      if (pending != NONE) {
        segment.append(pendingChar == '\u00B4' ? (char) KeyTables.APOSTROPHE : pendingChar);
        pending = NONE;
      }
    }
    segment.appendCodePoint(cp);
    if (segment.length() >= MAX_SEGMENT) {
      flush();
    }
  }

  /** Emits what waits: the pending character or the open segment. */
  private void flush() {
    if (pending != NONE) {
      emit(pending);
      pending = NONE;
    }
    if (inSegment) {
      inSegment = false;
      KeyTables.NFKC_CF.normalize(segment, normalized);
      segment.setLength(0);
      for (int i = 0, n = normalized.length(); i < n; ) {
        int x = normalized.codePointAt(i);
        i += Character.charCount(x);
        int u = KeyTables.unify(x);
        emit(u, KeyTables.classOf(u));
      }
    }
  }

  /** Emits the image of one character from its {@link KeyTables#INFO}. */
  private void emit(int info) {
    int kind = info >>> KeyTables.KIND_SHIFT & 3;
    if (kind == KeyTables.SINGLE) {
      emit(info & KeyTables.CP_MASK, info >>> KeyTables.CLASS_SHIFT & 3);
    } else if (kind == KeyTables.EXPANDS) {
      for (int x : KeyTables.EXPANSIONS[info & KeyTables.CP_MASK]) {
        emit(x, KeyTables.classOf(x));
      }
    }
  }

  /** Puts one unified code point of class {@code kind} into the key, applying the space rules. */
  private void emit(int cp, int kind) {
    if (kind == KeyTables.SPACE) {
      // After a space the blocks put, a second one collapses into it.
      pendingSpace = length > 0 && !afterQuote && lastUnit != SPACE_UNIT;
      return;
    }
    boolean spaced = pendingSpace && kind == KeyTables.PLAIN;
    pendingSpace = false;
    afterQuote = kind == KeyTables.QUOTE;
    if (spaced) {
      put(SPACE_UNIT);
    }
    put(cp);
  }

  /** Packs one unit (a code point, or {@link #SPACE_UNIT}) into the current word. */
  private void put(int unit) {
    length++;
    lastUnit = unit;
    word = word << 21 | unit;
    if (++inWord == 3) {
      hash = mixWord(hash, word);
      word = 0;
      inWord = 0;
    }
  }

  private static int[] blockUnits() {
    int[] units = new int[0x10000];
    for (int c = 0; c < units.length; c++) {
      int info = KeyTables.INFO[c];
      boolean single = (info & KeyTables.FAST) != 0 && (info >>> KeyTables.KIND_SHIFT & 3) == KeyTables.SINGLE;
      int cls = info >>> KeyTables.CLASS_SHIFT & 3;
      units[c] = !single ? -1
          : cls == KeyTables.PLAIN ? info & KeyTables.CP_MASK
          : c == ' ' ? SPACE_UNIT
          : -1;
    }
    return units;
  }

  /** MurmurHash3's 64-bit block step. */
  private static long mixWord(long h, long w) {
    long k = w * C1;
    k = Long.rotateLeft(k, 31) * C2;
    h ^= k;
    return Long.rotateLeft(h, 27) * 5 + 0x52DCE729;
  }

  /** MurmurHash3's 64-bit finalizer: every input bit reaches every output bit. */
  static long mix64(long z) {
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB93FE1A85EC9L;
    return z ^ (z >>> 33);
  }
}
