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

  private static boolean needsWork(char[] a, int s, int e, TokenType type) {
    boolean word = type != TokenType.PUNCTUATION && type != TokenType.SYMBOL;
    for (int i = s; i < e; i++) {
      char c = a[i];
      if (c >= 0x80 || word && c == '`') {
        return true;
      }
    }
    return false;
  }
}
