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
