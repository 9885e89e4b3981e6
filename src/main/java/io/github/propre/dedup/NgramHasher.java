package io.github.propre.dedup;

import io.github.propre.text.ParagraphScanner;
import io.github.propre.token.FrenchTokenizer;
import io.github.propre.token.TokenCursor;
import io.github.propre.token.TokenType;

/**
 * Turns a paragraph into the 64-bit hashes of its word n-grams, for Onion's near-duplicate rule.
 *
 * <p>The paragraph is tokenized by {@link FrenchTokenizer}; the n-grams run over its words,
 * numbers, URLs, e-mail addresses, mentions and hashtags (punctuation, symbols, emoticons and emoji
 * are skipped, so re-punctuating a copy does not hide it). Each word is hashed from its exact-key
 * form ({@link KeyHasher}: case folded, one apostrophe), so {@code L’AES} and {@code l'AES} are the
 * same word; an n-gram's hash mixes its words' hashes in order. No word or n-gram string is built.
 *
 * <p>Only the first {@value #WINDOW} characters of a paragraph are read (leading blanks skipped),
 * which bounds memory on a stream whatever a paragraph's length.
 *
 * <p>Not thread-safe: one per document.
 */
final class NgramHasher {
  /** The most characters of one paragraph that near mode reads. */
  static final int WINDOW = 1 << 20;

  private static final long SEED = 0x13198A2E03707344L;
  private static final long M = 0x9E3779B97F4A7C15L;

  private final int n;
  private final StringBuilder text = new StringBuilder();
  /** The paragraph as an array, for hashing its words in the key hasher's fast loop. */
  private char[] chars = new char[1024];
  private final TokenCursor cursor = FrenchTokenizer.standard().cursor("");
  private final KeyHasher word = new KeyHasher();
  private final long[] recent;
  private long[] grams = new long[256];
  private int count;

  NgramHasher(int n) {
    this.n = n;
    this.recent = new long[n];
  }

  /** Starts a new paragraph. */
  void reset() {
    text.setLength(0);
    count = 0;
  }

  /** Adds {@code chars[from, to)}. */
  void add(CharSequence chars, int from, int to) {
    int i = from;
    while (i < to && text.length() == 0 && ParagraphScanner.isBlank(chars.charAt(i))) {
      i++;
    }
    text.append(chars, i, i + Math.max(0, Math.min(to - i, WINDOW - text.length())));
  }

  /** Adds {@code chars[from, to)}. */
  void add(char[] chars, int from, int to) {
    int i = from;
    while (i < to && text.length() == 0 && ParagraphScanner.isBlank(chars[i])) {
      i++;
    }
    text.append(chars, i, Math.max(0, Math.min(to - i, WINDOW - text.length())));
  }

  /** Hashes the n-grams of the paragraph fed since {@link #reset()}; returns how many there are. */
  int hash() {
    cursor.reset(text);
    int length = text.length();
    if (chars.length < length) {
      chars = new char[Math.max(length, chars.length * 2)];
    }
    text.getChars(0, length, chars, 0);
    int words = 0;
    count = 0;
    while (cursor.next()) {
      if (!isWordLike(cursor.type())) {
        continue;
      }
      word.reset();
      word.add(chars, cursor.start(), cursor.end());
      recent[words % n] = word.finish();
      words++;
      if (words >= n) {
        long g = SEED;
        for (int k = words - n; k < words; k++) {
          g = (g ^ recent[k % n]) * M;
          g ^= g >>> 29;
        }
        if (count == grams.length) {
          grams = java.util.Arrays.copyOf(grams, count * 2);
        }
        grams[count++] = KeyHasher.mix64(g);
      }
    }
    return count;
  }

  /** Returns the n-gram hashes found by {@link #hash()}; the first {@code hash()} of them are valid. */
  long[] grams() {
    return grams;
  }

  private static boolean isWordLike(TokenType t) {
    return t.isWord() || t.isNumeric() || t == TokenType.URL || t == TokenType.EMAIL
        || t == TokenType.MENTION || t == TokenType.HASHTAG;
  }
}
