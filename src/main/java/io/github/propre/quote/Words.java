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
 *
 * <p>A window is tokenized lazily, as far as it is read: most questions (is there an inverted verb
 * after this comma?) are answered by the first few tokens, so {@link #at} and the accessors pull
 * tokens from the cursor only up to the index asked for, and {@link #count()} reads the whole window.
 */
final class Words {
  static final byte WORD = 0;
  static final byte ELIDED = 1;
  static final byte CLITIC = 2;
  static final byte NUMBER = 3;
  static final byte PUNCT = 4;
  static final byte ABBREVIATION = 5;
  static final byte OTHER = 6;

  private static final int UNKNOWN = -1;

  private final String text;
  /** The text's characters, wrapped once so that the cursor copies a window with one array copy. */
  private final char[] chars;
  /** {@link #chars} as the tokenizer's input. */
  private final CharSequence buffer;
  private final TokenCursor cursor = FrenchTokenizer.standard().cursor("");
  private int[] start = new int[64];
  private int[] end = new int[64];
  private byte[] kind = new byte[64];
  /** Each token's word classes, looked up the first time they are asked for ({@link #UNKNOWN} until then). */
  private int[] classes = new int[64];
  /** Tokens read so far. */
  private int size;
  /** True once the cursor has no more tokens in the window. */
  private boolean complete = true;

  Words(String text, char[] chars) {
    this.text = text;
    this.chars = chars;
    this.buffer = CharBuffer.wrap(chars);
  }

  /** Replaces the tokens by those of {@code text[from, to)}, which are read as they are asked for. */
  Words load(int from, int to) {
    size = 0;
    complete = from >= to;
    if (!complete) {
      cursor.reset(buffer, from, to);
    }
    return this;
  }

  /** Returns true if the window has a token {@code i} (always for {@code i < 0}), reading up to it. */
  boolean at(int i) {
    while (i >= size && !complete) {
      pull();
    }
    return i < size;
  }

  /** Returns the number of tokens in the window, reading all of them. */
  int count() {
    while (!complete) {
      pull();
    }
    return size;
  }

  private void pull() {
    if (!cursor.next()) {
      complete = true;
      return;
    }
    if (size == start.length) {
      start = Arrays.copyOf(start, size * 2);
      end = Arrays.copyOf(end, size * 2);
      kind = Arrays.copyOf(kind, size * 2);
      classes = Arrays.copyOf(classes, size * 2);
    }
    classes[size] = UNKNOWN;
    start[size] = cursor.start();
    end[size] = cursor.end();
    kind[size] = kindOf(cursor.type());
    size++;
  }

  /** Makes sure token {@code i} has been read; it must exist. */
  private void need(int i) {
    if (i >= size && !at(i)) {
      throw new IndexOutOfBoundsException("token " + i + " of a window of " + size);
    }
  }

  /** Returns the offset of token {@code i}'s first character. */
  int start(int i) {
    need(i);
    return start[i];
  }

  /** Returns the offset after token {@code i}'s last character. */
  int end(int i) {
    need(i);
    return end[i];
  }

  /** Returns the kind of token {@code i} ({@link #WORD}, {@link #PUNCT}...). */
  byte kind(int i) {
    need(i);
    return kind[i];
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
    byte k = kind(i);
    return k == WORD || k == ELIDED || k == CLITIC || k == ABBREVIATION;
  }

  boolean isPunct(int i) {
    return kind(i) == PUNCT;
  }

  /** Returns the first character of token {@code i}. */
  char first(int i) {
    return chars[start(i)];
  }

  /** Returns true if token {@code i} starts with an upper-case letter. */
  boolean isCapitalized(int i) {
    return Character.isUpperCase(chars[start(i)]);
  }

  /** Returns true if token {@code i} starts with a lower-case letter. */
  boolean isLowerCase(int i) {
    return Character.isLowerCase(chars[start(i)]);
  }

  /** Returns true if token {@code i} is punctuation starting with {@code c}. */
  boolean isPunct(int i, char c) {
    return kind(i) == PUNCT && chars[start[i]] == c;
  }

  /** Returns true if token {@code i} is the word {@code w} (lower case, {@code '} for apostrophes). */
  boolean is(int i, String w) {
    int len = end(i) - start[i];
    if (len != w.length()) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (WordTable.fold(chars[start[i] + k]) != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Returns the word classes of token {@code i} (see {@link WordClasses}). */
  int classes(int i) {
    need(i);
    int c = classes[i];
    if (c == UNKNOWN) {
      c = classes[i] = WordClasses.of(chars, start[i], end[i]);
    }
    return c;
  }

  boolean has(int i, int wordClass) {
    return (classes(i) & wordClass) != 0;
  }

  /** Returns true if token {@code i} ends a sentence: {@code . ! ? …} (not an abbreviation's period). */
  boolean endsSentence(int i) {
    if (kind(i) != PUNCT) {
      return false;
    }
    char c = chars[end[i] - 1];
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count(); i++) {
      sb.append(i == 0 ? "" : " ").append(text, start[i], end[i]).append('/').append(kind[i]);
    }
    return sb.toString();
  }
}
