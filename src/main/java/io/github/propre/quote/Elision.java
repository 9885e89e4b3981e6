package io.github.propre.quote;

/** The French words that elide their last vowel before an apostrophe: l’, d’, qu’, jusqu’, ... */
final class Elision {
  private Elision() {}

  private static final String[] WORDS = {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu",
      "lorsqu", "puisqu", "quoiqu", "quelqu", "presqu"};

  /** Returns true if {@code s[start, end)} is one of those words, in any case. */
  static boolean isElidedWord(CharSequence s, int start, int end) {
    int len = end - start;
    if (len == 0 || len > 6) {
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
