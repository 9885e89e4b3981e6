package io.github.propre.dedup;

import com.ibm.icu.text.Normalizer2;

/**
 * What one character becomes in an exact key (key version {@value Deduplicator#KEY_VERSION}),
 * computed once for the whole Basic Multilingual Plane so that the common case (a character that
 * normalizes on its own) is a table lookup, not a call into ICU.
 *
 * <p>A character's image is {@link #unify} applied to every code point of its NFKC case folding
 * (ICU's {@code NFKC_Casefold}, which also drops default-ignorable characters such as U+00AD and
 * U+200B). {@link #MAP} holds the image when it is one code point, {@link #DROP} when it is empty,
 * and {@code -2 - i} when it is {@code EXPANSIONS[i]} (ligatures, {@code ß}, {@code …}).
 */
final class KeyTables {
  private KeyTables() {}

  static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();

  /** {@link #MAP} value of a character that vanishes from the key. */
  static final int DROP = -1;

  /** The single form of every apostrophe. */
  static final int APOSTROPHE = '\'';
  /** The single form of every quote mark. */
  static final int QUOTE = '"';
  /** The single form of every dash. */
  static final int DASH = '-';

  static final int[] MAP = new int[0x10000];
  static final int[][] EXPANSIONS;
  /** Bit {@code c} is set if {@code NFKC_Casefold} has a boundary before {@code c}. */
  private static final long[] BOUNDARY_BEFORE = new long[0x10000 / 64];

  static {
    java.util.List<int[]> expansions = new java.util.ArrayList<>();
    for (int c = 0; c < 0x10000; c++) {
      if (Character.isSurrogate((char) c)) {
        MAP[c] = c; // a lone surrogate stands for itself
        BOUNDARY_BEFORE[c >>> 6] |= 1L << c;
        continue;
      }
      if (NFKC_CF.hasBoundaryBefore(c)) {
        BOUNDARY_BEFORE[c >>> 6] |= 1L << c;
      }
      int[] image = NFKC_CF.normalize(String.valueOf((char) c)).codePoints().map(KeyTables::unify)
          .toArray();
      if (image.length == 0) {
        MAP[c] = DROP;
      } else if (image.length == 1) {
        MAP[c] = image[0];
      } else {
        MAP[c] = -2 - expansions.size();
        expansions.add(image);
      }
    }
    EXPANSIONS = expansions.toArray(new int[0][]);
  }

  /** Returns true if a normalization segment starts at BMP character {@code c}. */
  static boolean boundaryBefore(int c) {
    return (BOUNDARY_BEFORE[c >>> 6] & (1L << c)) != 0;
  }

  /**
   * Returns the one form of {@code cp} if it is an apostrophe, a quote mark, a dash or a space, and
   * {@code cp} otherwise. Applied after NFKC case folding, which has already turned NBSP, NNBSP,
   * thin and ideographic spaces into U+0020 and full-width forms into ASCII.
   */
  static int unify(int cp) {
    switch (cp) {
      case '\'', '\u2019', '\u2018', '\u201B', '\u02BC', '\u02B9', '`', '\u00B4', '\u2032':
        return APOSTROPHE;
      case '"', '\u00AB', '\u00BB', '\u201C', '\u201D', '\u201E', '\u201F', '\u2039', '\u203A',
          '\u301D', '\u301E', '\u301F':
        return QUOTE;
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63':
        return DASH;
      default:
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? ' ' : cp;
    }
  }
}
