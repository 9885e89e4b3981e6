package io.github.propre.quote;

/**
 * Character classes the quote scanner needs: quotation marks, dialogue dashes, spaces, letters.
 *
 * <p>Stateless; all methods are table lookups or a few comparisons.
 */
final class Marks {
  private Marks() {}

  /** {@code « »}, with any inner space. */
  static final int GUILLEMET = 0;
  /** {@code “ ”}. */
  static final int CURLY = 1;
  /** {@code „} closed by {@code “} (German style) or {@code ”} (Polish style). */
  static final int LOW = 2;
  /** {@code ‹ ›}. */
  static final int SINGLE_GUILLEMET = 3;
  /** {@code ‘ ’}. */
  static final int SINGLE_CURLY = 4;
  /** Straight {@code "}, direction guessed from its neighbours. */
  static final int STRAIGHT = 5;
  /** A dialogue turn opened by a dash at the start of a paragraph; the paragraph end closes it. */
  static final int DASH = 6;
  static final int TYPES = 7;

  private static final boolean[] ASCII_ALNUM = new boolean[128];

  /** {@link #CLASS} of a character that plays no part: a space, punctuation, a symbol. */
  static final byte PLAIN = 0;
  /** {@link #CLASS} of a letter or a digit. */
  static final byte ALNUM = 1;
  /** {@link #CLASS} of a quotation mark, a dash or a hyphen: the scanner must look at it. */
  static final byte MARK = 2;
  /** {@link #CLASS} of {@code -}: a mark only when doubled ({@code --}). */
  static final byte HYPHEN = 3;
  /** {@link #CLASS} of {@code ’}: a mark only when a {@code ‘} is open. */
  static final byte APOSTROPHE = 4;
  /**
   * The bit that {@link #MARK} and {@link #HYPHEN} have and no other class has: the scanner stops
   * where {@code (CLASS[c] & MARK_BITS) != 0} (or {@link #APOSTROPHE}, the other bit, when a
   * {@code ‘} is open).
   */
  static final int MARK_BITS = 2;

  /**
   * The class of every UTF-16 unit, so that the scanner's inner loop is one table lookup a character
   * (64 KB, computed once).
   */
  static final byte[] CLASS = new byte[65536];

  /**
   * 1 for the characters an incise may follow ({@code , ! ? … ; .} and the dialogue dashes), 0
   * for the others: the separators {@link #nextSeparator} looks for.
   */
  static final byte[] SEPARATOR = new byte[65536];

  /**
   * 1 for the characters that end a clause for attribution ({@code , ; . ! ? … :}, quotation marks,
   * dialogue dashes, parentheses, line terminators), 0 for the others.
   */
  static final byte[] CLAUSE_END = new byte[65536];

  static {
    for (char c : ",!?\u2026;.\u2014\u2013\u2015".toCharArray()) {
      SEPARATOR[c] = 1;
    }
    for (char c : ",;.!?\u2026:\u00AB\u00BB\u201C\u201D\"\u2014\u2013\u2015()\n\r\u0085\u2028\u2029".toCharArray()) {
      CLAUSE_END[c] = 1;
    }
    for (char c = '0'; c <= '9'; c++) {
      ASCII_ALNUM[c] = true;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      ASCII_ALNUM[c] = true;
      ASCII_ALNUM[c - 32] = true;
    }
    for (int c = 0; c < 65536; c++) {
      if (c < 128 ? ASCII_ALNUM[c] : Character.isLetterOrDigit((char) c)) {
        CLASS[c] = ALNUM;
      }
    }
    for (char c : "\u00AB\u00BB\u201C\u201D\u201E\u2039\u203A\u2018\u2019\"\u2014\u2013\u2015-".toCharArray()) {
      CLASS[c] = MARK;
    }
    CLASS['-'] = HYPHEN;
    CLASS['\u2019'] = APOSTROPHE;
  }

  /** Returns true for a letter or a digit (the characters that make a quote worth reporting). */
  static boolean isAlnum(char c) {
    return CLASS[c] == ALNUM;
  }

  /** Returns true for a letter (a {@code ’} between two of them is an apostrophe). */
  static boolean isLetter(char c) {
    return c < 128 ? (c | 32) >= 'a' && (c | 32) <= 'z' : Character.isLetter(c);
  }

  /** Returns true for any space, including no-break, narrow no-break, thin and zero-width ones. */
  static boolean isSpace(char c) {
    if (c == ' ' || c == '\t') {
      return true;
    }
    if (c < 128) {
      return c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }
    return c == '\u00A0' || c == '\u202F' || c == '\u200B' || c == '\uFEFF' || c == '\u0085'
        || Character.isSpaceChar(c) || Character.isWhitespace(c);
  }

  /** Returns true for an em dash, en dash or horizontal bar. */
  static boolean isDashChar(char c) {
    return c == '\u2014' || c == '\u2013' || c == '\u2015';
  }

  /** Returns true if {@code c} opens a quotation or a dialogue turn: an opening mark, a dash, a hyphen. */
  static boolean isOpeningMarkOrDash(char c) {
    return c == '\u00AB' || c == '\u201C' || c == '\u201E' || c == '\u2039' || c == '\u2018' || c == '"'
        || isDashChar(c) || c == '-';
  }

  /** Returns the first index of {@code s[i, end)} that is no space ({@link #isSpace}), or {@code end}. */
  static int skipSpaces(char[] s, int i, int end) {
    while (i < end && isSpace(s[i])) {
      i++;
    }
    return i;
  }

  /** Returns true for the punctuation that ends a sentence. */
  static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  /**
   * Returns the length of the dialogue dash at {@code i} ({@code —}, {@code –}, {@code ―} or a run
   * of two or more hyphens), or 0 if there is none.
   */
  static int dashLength(char[] s, int i, int end) {
    char c = s[i];
    if (isDashChar(c)) {
      return 1;
    }
    if (c == '-' && i + 1 < end && s[i + 1] == '-') {
      int j = i + 2;
      while (j < end && s[j] == '-') {
        j++;
      }
      return j - i;
    }
    return 0;
  }

  /**
   * Returns the index of the first character of {@code a[i, to)} that may come before an incise
   * ({@code , ! ? … ; .} or a dialogue dash), or {@code to}. Eight characters are tested at once:
   * most of a quote's characters are none of them.
   */
  static int nextSeparator(char[] a, int i, int to) {
    return next(SEPARATOR, a, i, to);
  }

  /**
   * Returns the index of the first character {@code c} of {@code a[i, to)} with {@code table[c] != 0},
   * or {@code to}. Eight characters are tested at once, for tables that hold rare characters.
   */
  static int next(byte[] table, char[] a, int i, int to) {
    final byte[] sep = table;
    for (; i <= to - 8; i += 8) {
      if ((sep[a[i]] | sep[a[i + 1]] | sep[a[i + 2]] | sep[a[i + 3]] | sep[a[i + 4]] | sep[a[i + 5]]
          | sep[a[i + 6]] | sep[a[i + 7]]) != 0) {
        break;
      }
    }
    while (i < to && sep[a[i]] == 0) {
      i++;
    }
    return i;
  }

  /** Returns true if {@code c} at the start of a paragraph continues an open quote of {@code type}. */
  static boolean continues(int type, char c) {
    return switch (type) {
      case GUILLEMET -> c == '\u00AB' || c == '\u00BB';
      case CURLY -> c == '\u201C' || c == '\u00AB';
      case LOW -> c == '\u201E';
      case SINGLE_GUILLEMET -> c == '\u2039' || c == '\u203A';
      case SINGLE_CURLY -> c == '\u2018';
      case STRAIGHT -> c == '"';
      default -> false;
    };
  }
}
