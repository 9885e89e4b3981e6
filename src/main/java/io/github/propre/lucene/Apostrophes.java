package io.github.propre.lucene;

/** The apostrophe look-alikes the French tokenizer accepts in elisions: ' ’ ʼ ‘ ` ´ ′. */
final class Apostrophes {
  private Apostrophes() {}

  static boolean is(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018' || c == '`' || c == '\u00B4'
        || c == '\u2032';
  }
}
