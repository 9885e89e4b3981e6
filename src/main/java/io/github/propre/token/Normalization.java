package io.github.propre.token;

import com.ibm.icu.text.Normalizer2;

/**
 * Computes a token's normalized form (see {@link Token#normalized()}). Stateless and thread-safe.
 */
final class Normalization {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private Normalization() {}

  /** Returns the normalized form of {@code a[s, e)}, or {@code text} itself when nothing changes. */
  static String of(char[] a, int s, int e, TokenType type, String text) {
    if (!needsWork(a, s, e, type)) {
      return text;
    }
    StringBuilder sb = new StringBuilder(e - s);
    appendTo(a, s, e, type, sb);
    String r = sb.toString();
    return r.equals(text) ? text : r;
  }

  /** Appends the normalized form of {@code a[s, e)} to {@code out}. */
  static void appendTo(char[] a, int s, int e, TokenType type, StringBuilder out) {
    if (!needsWork(a, s, e, type)) {
      out.append(a, s, e - s);
      return;
    }
    int from = out.length();
    boolean word = type != TokenType.PUNCTUATION && type != TokenType.SYMBOL;
    for (int i = s; i < e; i++) {
      char c = a[i];
      if (c == '\u00AD') {
        continue;
      }
      if (word && CharTable.isApostrophe(c)) {
        out.append('\'');
      } else if (word && (c == '\u2010' || c == '\u2011')) {
        out.append('-');
      } else if (type == TokenType.NUMBER && CharTable.isGroupSpace(c)) {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    CharSequence folded = out.subSequence(from, out.length());
    if (!NFC.isNormalized(folded)) {
      String nfc = NFC.normalize(folded);
      out.setLength(from);
      out.append(nfc);
    }
  }

  /**
   * Returns false if the token is its own normalized form for certain: ASCII (but a backquote in a
   * word) and every other character below U+0300 but the four the normalization maps (NBSP, soft
   * hyphen, the acute accent and the modifier apostrophe). Those characters are all NFC and of
   * combining class 0 (NormalizationTest checks every one), so only a character from U+0300 on can
   * make a token other than NFC: accented French letters do not cost an NFC check.
   */
  private static boolean needsWork(char[] a, int s, int e, TokenType type) {
    boolean word = type != TokenType.PUNCTUATION && type != TokenType.SYMBOL;
    for (int i = s; i < e; i++) {
      char c = a[i];
      if (c < 0x80) {
        if (word && c == '`') {
          return true;
        }
      } else if (c >= 0x300 || c == '\u00A0' || c == '\u00AD' || c == '\u00B4' || c == '\u02BC') {
        return true;
      }
    }
    return false;
  }

}
