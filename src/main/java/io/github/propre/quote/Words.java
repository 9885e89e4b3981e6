package io.github.propre.quote;

import io.github.propre.token.FrenchTokenizer;
import io.github.propre.token.TokenCursor;
import io.github.propre.token.TokenType;
import java.nio.CharBuffer;
import java.util.Arrays;

/**
 * The tokens of one window of the text, as parallel arrays with offsets into the whole text, and
 * the small tests attribution asks of them. Filled by the streaming cursor of
 * {@link FrenchTokenizer}; reused from window to window. One instance per call; not thread-safe.
 */
final class Words {
  static final byte WORD = 0;
  static final byte ELIDED = 1;
  static final byte CLITIC = 2;
  static final byte NUMBER = 3;
  static final byte PUNCT = 4;
  static final byte ABBREVIATION = 5;
  static final byte OTHER = 6;

  private final String text;
  private final TokenCursor cursor = FrenchTokenizer.standard().cursor("");
  int[] start = new int[64];
  int[] end = new int[64];
  byte[] kind = new byte[64];
  int size;

  Words(String text) {
    this.text = text;
  }

  /** Replaces the tokens by those of {@code text[from, to)}. */
  Words load(int from, int to) {
    size = 0;
    if (from >= to) {
      return this;
    }
    cursor.reset(CharBuffer.wrap(text, from, to));
    while (cursor.next()) {
      if (size == start.length) {
        start = Arrays.copyOf(start, size * 2);
        end = Arrays.copyOf(end, size * 2);
        kind = Arrays.copyOf(kind, size * 2);
      }
      start[size] = from + cursor.start();
      end[size] = from + cursor.end();
      kind[size] = kindOf(cursor.type());
      size++;
    }
    return this;
  }

  private static byte kindOf(TokenType t) {
    return switch (t) {
      case WORD -> WORD;
      case ELIDED -> ELIDED;
      case CLITIC -> CLITIC;
      case NUMBER, ORDINAL -> NUMBER;
      case PUNCTUATION -> PUNCT;
      case ABBREVIATION -> ABBREVIATION;
      default -> OTHER;
    };
  }

  /** Returns true if token {@code i} is a word of any kind (word, elided, clitic, abbreviation). */
  boolean isWord(int i) {
    byte k = kind[i];
    return k == WORD || k == ELIDED || k == CLITIC || k == ABBREVIATION;
  }

  boolean isPunct(int i) {
    return kind[i] == PUNCT;
  }

  /** Returns the first character of token {@code i}. */
  char first(int i) {
    return text.charAt(start[i]);
  }

  /** Returns true if token {@code i} starts with an upper-case letter. */
  boolean isCapitalized(int i) {
    return Character.isUpperCase(text.charAt(start[i]));
  }

  /** Returns true if token {@code i} starts with a lower-case letter. */
  boolean isLowerCase(int i) {
    return Character.isLowerCase(text.charAt(start[i]));
  }

  /** Returns true if token {@code i} is punctuation starting with {@code c}. */
  boolean isPunct(int i, char c) {
    return kind[i] == PUNCT && text.charAt(start[i]) == c;
  }

  /** Returns true if token {@code i} is the word {@code w} (lower case, {@code '} for apostrophes). */
  boolean is(int i, String w) {
    int len = end[i] - start[i];
    if (len != w.length()) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (WordTable.fold(text.charAt(start[i] + k)) != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Returns the word classes of token {@code i} (see {@link WordClasses}). */
  int classes(int i) {
    return WordClasses.of(text, start[i], end[i]);
  }

  boolean has(int i, int wordClass) {
    return (classes(i) & wordClass) != 0;
  }

  /** Returns true if token {@code i} ends a sentence: {@code . ! ? …} (not an abbreviation's period). */
  boolean endsSentence(int i) {
    if (kind[i] != PUNCT) {
      return false;
    }
    char c = text.charAt(end[i] - 1);
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < size; i++) {
      sb.append(i == 0 ? "" : " ").append(text, start[i], end[i]).append('/').append(kind[i]);
    }
    return sb.toString();
  }
}
