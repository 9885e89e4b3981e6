package io.github.propre.quote;

import io.github.propre.internal.WordLists;

/** The French words that elide their last vowel before an apostrophe: l’, d’, qu’, jusqu’, ... */
final class Elision {
  private Elision() {}

  private static final String[] WORDS = WordLists.elisions().toArray(new String[0]);
  private static final int MAX_LENGTH = maxLength();

  private static int maxLength() {
    int max = 0;
    for (String w : WORDS) {
      max = Math.max(max, w.length());
    }
    return max;
  }

  /** Returns true if {@code s[start, end)} is one of those words, in any case. */
  static boolean isElidedWord(CharSequence s, int start, int end) {
    int len = end - start;
    if (len == 0 || len > MAX_LENGTH) {
      return false;
    }
    outer:
    for (String w : WORDS) {
      if (w.length() != len) {
        continue;
      }
      for (int k = 0; k < len; k++) {
        if (Character.toLowerCase(s.charAt(start + k)) != w.charAt(k)) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
