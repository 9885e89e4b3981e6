package io.github.propre.benchmarks;

/**
 * The passes several benchmarks share. {@link #run}: the practical bound for one pass over a text: read every char once, classify it with one table
 * lookup, and count changes of class (roughly, token boundaries). Any tokenizer does at least this.
 */
final class CharLoop {
  private CharLoop() {}

  private static final byte[] CLASS = new byte[65536];

  static {
    for (int c = 0; c < 65536; c++) {
      CLASS[c] = (byte) (Character.isLetter(c) ? 1
          : Character.isDigit(c) ? 2
          : Character.isWhitespace(c) || Character.isSpaceChar(c) ? 0
          : 3);
    }
  }

  /** Returns the number of tokens {@code cursor} finds in {@code text}: the streaming tokenizer's pass. */
  static int countTokens(io.github.propre.token.TokenCursor cursor, String text) {
    cursor.reset(text);
    int n = 0;
    while (cursor.next()) {
      n++;
    }
    return n;
  }

  /**
   * Reads every token of a list ({@code FrenchTokenizer.tokenize}, {@code Document.tokens()}) and
   * returns the sum of their lengths and normalized lengths: what a caller of the list API does. The
   * list keeps its tokens in columns and makes each {@code Token} when asked for it, so counting the
   * list's size alone would leave out what making them costs (2026-11-25: the list then ran at twice
   * the speed of one that is read).
   */
  static int readEach(java.util.List<io.github.propre.token.Token> tokens) {
    int n = 0;
    for (io.github.propre.token.Token t : tokens) {
      n += t.text().length() + t.normalized().length();
    }
    return n;
  }

  /**
   * Returns the number of tokens of a splitter that knows no rule: a run of letters and digits is a
   * token, every other char that is no space is one. The bound for a tokenizer that reads each char
   * once and branches on its class; what Propre's tokenizer does beyond it is the French rules
   * (elision, clitics, compounds, abbreviations, numbers with spaces, URLs).
   */
  static int wordRuns(char[] text) {
    int n = text.length;
    int tokens = 0;
    int i = 0;
    while (i < n) {
      int k = CLASS[text[i]];
      if (k == 0) {
        i++;
        continue;
      }
      tokens++;
      i++;
      if (k == 1 || k == 2) {
        while (i < n && (CLASS[text[i]] - 1 & 0xFF) < 2) { // letter or digit
          i++;
        }
      }
    }
    return tokens;
  }

  /** Returns the number of class changes in {@code text}. */
  static int run(char[] text) {
    int changes = 0;
    int prev = 0;
    for (char c : text) {
      int k = CLASS[c];
      changes += k != prev ? 1 : 0;
      prev = k;
    }
    return changes;
  }
}
