package io.github.propre.dedup;

import io.github.propre.text.ParagraphScanner;
import io.github.propre.token.FrenchTokenizer;
import io.github.propre.token.TokenCursor;
import io.github.propre.token.TokenType;
import java.nio.CharBuffer;
import java.util.Arrays;

/**
 * Turns a paragraph into the 64-bit hashes of its word n-grams, for Onion's near-duplicate rule.
 *
 * <p>The paragraph is tokenized by {@link FrenchTokenizer}; the n-grams run over its words,
 * numbers, URLs, e-mail addresses, mentions and hashtags (punctuation, symbols, emoticons and emoji
 * are skipped, so re-punctuating a copy does not hide it). Each word is hashed from its exact-key
 * form ({@link KeyHasher}: case folded, one apostrophe), so {@code L’AES} and {@code l'AES} are the
 * same word. An n-gram's hash is the sum of its words' hashes, the i-th from the end times
 * M<sup>i</sup> (modulo 2<sup>64</sup>, so one multiply and one subtraction slide it a word on),
 * through MurmurHash3's finalizer. No word or n-gram string is built.
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

  /** By token type ordinal: the types the n-grams run over. */
  private static final boolean[] WORD_LIKE = new boolean[TokenType.values().length];

  static {
    for (TokenType t : TokenType.values()) {
      WORD_LIKE[t.ordinal()] = t.isWord() || t.isNumeric() || t == TokenType.URL
          || t == TokenType.EMAIL || t == TokenType.MENTION || t == TokenType.HASHTAG;
    }
  }

  private final int n;
  /** The paragraph's first {@link #WINDOW} characters (leading blanks skipped): {@link #length}. */
  private char[] chars = new char[1024];
  private int length;
  private final TokenCursor cursor = FrenchTokenizer.standard().cursor("");
  private final KeyHasher word = new KeyHasher();
  /** The hashes of the last n words, a ring. */
  private final long[] recent;
  /** M<sup>n</sup>, the weight of the word that leaves the n-gram. */
  private final long mToTheN;
  private long[] grams = new long[256];
  private int count;

  NgramHasher(int n) {
    this.n = n;
    this.recent = new long[n];
    long p = 1;
    for (int i = 0; i < n; i++) {
      p *= M;
    }
    this.mToTheN = p;
  }

  /** Starts a new paragraph. */
  void reset() {
    length = 0;
    count = 0;
  }

  /** Adds {@code text[from, to)}. */
  void add(CharSequence text, int from, int to) {
    int i = from;
    while (i < to && length == 0 && ParagraphScanner.isBlank(text.charAt(i))) {
      i++;
    }
    int take = room(to - i);
    if (text instanceof String s) {
      s.getChars(i, i + take, chars, length);
    } else {
      for (int k = 0; k < take; k++) {
        chars[length + k] = text.charAt(i + k);
      }
    }
    length += take;
  }

  /** Adds {@code text[from, to)}. */
  void add(char[] text, int from, int to) {
    int i = from;
    while (i < to && length == 0 && ParagraphScanner.isBlank(text[i])) {
      i++;
    }
    int take = room(to - i);
    System.arraycopy(text, i, chars, length, take);
    length += take;
  }

  /** Returns how many of {@code wanted} more chars fit in the window, with the buffer grown for them. */
  private int room(int wanted) {
    int take = Math.max(0, Math.min(wanted, WINDOW - length));
    if (length + take > chars.length) {
      chars = Arrays.copyOf(chars, Math.min(WINDOW, Math.max(length + take, chars.length * 2)));
    }
    return take;
  }

  /** Hashes the n-grams of the paragraph fed since {@link #reset()}; returns how many there are. */
  int hash() {
    cursor.reset(CharBuffer.wrap(chars, 0, length));
    int words = 0;
    int last = -1; // where the last word's hash is in the ring
    long g = 0;
    count = 0;
    while (cursor.next()) {
      if (!WORD_LIKE[cursor.type().ordinal()]) {
        continue;
      }
      long h = word.hashWord(chars, cursor.start(), cursor.end());
      if (++last == n) {
        last = 0;
      }
      // rolling: g = sum of the last n word hashes times M^(age), the oldest one taken out
      g = g * M + h - (words >= n ? recent[last] * mToTheN : 0);
      recent[last] = h;
      words++;
      if (words >= n) {
        if (count == grams.length) {
          grams = Arrays.copyOf(grams, count * 2);
        }
        grams[count++] = KeyHasher.mix64(g ^ SEED);
      }
    }
    return count;
  }

  /** Returns the n-gram hashes found by {@link #hash()}; the first {@code hash()} of them are valid. */
  long[] grams() {
    return grams;
  }
}
