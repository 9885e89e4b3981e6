package io.github.propre.dedup;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;

/**
 * What one character becomes in an exact key (key version {@value Deduplicator#KEY_VERSION}),
 * computed once for the whole Basic Multilingual Plane so that the common case, a character that
 * normalizes on its own, is one table lookup instead of a call into ICU.
 *
 * <p>A character's image is {@link #unify} applied to every code point of its NFKC case folding
 * (ICU's {@code NFKC_Casefold}, which also drops default-ignorable characters such as U+00AD and
 * U+200B); {@code ´} is first read as an apostrophe, since NFKC would make it a space and a
 * combining accent. {@link #INFO} packs, per character:
 * <ul>
 *   <li>bits 0-20: the image when it is one BMP code point, else an index into {@link #EXPANSIONS};
 *   <li>bits 21-22: {@link #SINGLE}, {@link #DROP} (empty image) or {@link #EXPANDS};
 *   <li>bits 23-24: the white-space class of a single image: {@link #PLAIN}, {@link #SPACE},
 *       {@link #QUOTE} or {@link #TIGHT};
 *   <li>bit 25, {@link #FAST}: a normalization segment starts at this character and it is not a
 *       surrogate, so it can wait alone for the next character.
 * </ul>
 */
final class KeyTables {
  private KeyTables() {}

  static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();

  static final int CP_MASK = (1 << 21) - 1;
  static final int KIND_SHIFT = 21;
  static final int SINGLE = 0;
  static final int DROP = 1;
  static final int EXPANDS = 2;
  static final int CLASS_SHIFT = 23;
  /** Class of an ordinary code point. */
  static final int PLAIN = 0;
  /** Class of white space: collapsed, dropped at the ends and next to quote marks. */
  static final int SPACE = 1;
  /** Class of the quote mark: no space on either side. */
  static final int QUOTE = 2;
  /** Class of {@code ? ! ; :}: no space before. */
  static final int TIGHT = 3;
  static final int FAST = 1 << 25;

  /** The single form of every apostrophe. */
  static final int APOSTROPHE = '\'';
  /** The single form of every quote mark. */
  static final int QUOTE_MARK = '"';
  /** The single form of every dash. */
  static final int DASH = '-';

  static final int[] INFO = new int[0x10000];
  static final int[][] EXPANSIONS;
  /** Bit {@code c} is set if {@code NFKC_Casefold} has a boundary before {@code c}. */
  private static final long[] BOUNDARY_BEFORE = new long[0x10000 / 64];

  static {
    List<int[]> expansions = new ArrayList<>();
    for (int c = 0; c < 0x10000; c++) {
      if (Character.isSurrogate((char) c)) {
        INFO[c] = c; // a lone surrogate stands for itself, alone in its segment
        BOUNDARY_BEFORE[c >>> 6] |= 1L << c;
        continue;
      }
      int read = c == '\u00B4' ? APOSTROPHE : c;
      boolean boundary = NFKC_CF.hasBoundaryBefore(read);
      if (boundary) {
        BOUNDARY_BEFORE[c >>> 6] |= 1L << c;
      }
      int[] image = NFKC_CF.normalize(String.valueOf((char) read)).codePoints()
          .map(KeyTables::unify).toArray();
      int info;
      if (image.length == 0) {
        info = DROP << KIND_SHIFT;
      } else if (image.length == 1 && image[0] < 0x10000) {
        info = image[0] | classOf(image[0]) << CLASS_SHIFT;
      } else {
        info = expansions.size() | EXPANDS << KIND_SHIFT;
        expansions.add(image);
      }
      INFO[c] = info | (boundary ? FAST : 0);
    }
    EXPANSIONS = expansions.toArray(new int[0][]);
  }

  /** Returns true if a normalization segment starts at BMP character {@code c}. */
  static boolean boundaryBefore(int c) {
    return (BOUNDARY_BEFORE[c >>> 6] & (1L << c)) != 0;
  }

  /** Returns the white-space class of a unified code point. */
  static int classOf(int cp) {
    switch (cp) {
      case ' ':
        return SPACE;
      case QUOTE_MARK:
        return QUOTE;
      case '?', '!', ';', ':':
        return TIGHT;
      default:
        return PLAIN;
    }
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
        return QUOTE_MARK;
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63':
        return DASH;
      default:
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? ' ' : cp;
    }
  }
}
