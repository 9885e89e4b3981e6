package io.github.propre.token;

import com.ibm.icu.text.Normalizer2;

/**
 * Computes a token's normalized form (see {@link Token#normalized()}). Stateless and thread-safe.
 *
 * <p>Most tokens are their own normalized form, and a first look at their characters says so
 * without building anything (see {@link #work}).
 */
final class Normalization {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  /** {@link #work}: the token is its own normalized form. */
  private static final int NONE = 0;
  /** {@link #work}: a character may be dropped or replaced (an apostrophe, a soft hyphen...). */
  private static final int MAP = 1;
  /** {@link #work}: a character may change or combine under NFC. */
  private static final int COMPOSE = 2;

  /**
   * {@link #work(char, boolean)} of every char, in a word (low nibble) and not (high nibble): one
   * load per character instead of a chain of tests and, from U+0300 on, a call into ICU.
   */
  private static final byte[] WORK = new byte[0x10000];

  static {
    for (int c = 0; c < WORK.length; c++) {
      WORK[c] = (byte) (work((char) c, true) | work((char) c, false) << 4);
    }
  }

  private Normalization() {}

  /** Returns the normalized form of {@code a[s, e)}, or {@code text} itself when nothing changes. */
  static String of(char[] a, int s, int e, TokenType type, String text) {
    int work = work(a, s, e, type);
    if (work == NONE) {
      return text;
    }
    StringBuilder sb = new StringBuilder(e - s);
    appendTo(a, s, e, type, work, sb);
    String r = sb.toString();
    return r.equals(text) ? text : r;
  }

  /** Returns the normalized form of {@code text}, or {@code text} itself when nothing changes. */
  static String of(String text, TokenType type) {
    int mask = 0xF << shift(type);
    for (int i = 0, n = text.length(); i < n; i++) {
      if ((WORK[text.charAt(i)] & mask) != 0) {
        return of(text.toCharArray(), 0, n, type, text);
      }
    }
    return text;
  }

  /** Appends the normalized form of {@code a[s, e)} to {@code out}. */
  static void appendTo(char[] a, int s, int e, TokenType type, StringBuilder out) {
    appendTo(a, s, e, type, work(a, s, e, type), out);
  }

  private static void appendTo(char[] a, int s, int e, TokenType type, int work, StringBuilder out) {
    int from = out.length();
    if ((work & MAP) == 0) {
      out.append(a, s, e - s);
    } else {
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
    }
    if ((work & COMPOSE) != 0) {
      CharSequence folded = out.subSequence(from, out.length());
      if (!NFC.isNormalized(folded)) {
        String nfc = NFC.normalize(folded);
        out.setLength(from);
        out.append(nfc);
      }
    }
  }

  /**
   * Returns what normalizing {@code a[s, e)} may take: {@link #NONE}, or {@link #MAP} and {@link
   * #COMPOSE} or'ed. Characters below U+0300 are all NFC and of combining class 0
   * (NormalizationTest checks every one), so only a character from U+0300 on that is not inert
   * (one that NFC changes or combines with a neighbour) calls for the NFC check: accented French
   * letters, {@code ’}, dashes and guillemets do not. The characters mapped are looked for loosely
   * (any type): a false alarm only costs the work.
   */
  private static int work(char[] a, int s, int e, TokenType type) {
    int shift = shift(type);
    int work = NONE;
    for (int i = s; i < e; i++) {
      work |= WORK[a[i]];
    }
    return work >> shift & 0xF;
  }

  /** Where {@link #WORK} keeps the bits for {@code type}: 0 for words, 4 for punctuation and symbols. */
  private static int shift(TokenType type) {
    return type != TokenType.PUNCTUATION && type != TokenType.SYMBOL ? 0 : 4;
  }

  /**
   * {@link #work(char[], int, int, TokenType)} for one character of a word (or not); read through
   * {@link #WORK}, which it fills.
   */
  private static int work(char c, boolean word) {
    if (c < 0x80) {
      return word && c == '`' ? MAP : NONE;
    }
    if (c < 0x300) {
      return c == '\u00A0' || c == '\u00AD' || c == '\u00B4' || c == '\u02BC' ? MAP : NONE;
    }
    int work = CharTable.isApostrophe(c) || c == '\u2010' || c == '\u2011' || CharTable.isGroupSpace(c)
        ? MAP : NONE;
    return NFC.isInert(c) ? work : work | COMPOSE;
  }
}
