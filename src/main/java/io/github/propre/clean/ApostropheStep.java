package io.github.propre.clean;

import io.github.propre.internal.TextRewriter;
import io.github.propre.internal.WordLists;
import io.github.propre.text.MappedText;
import java.util.List;

/**
 * Turns every apostrophe look-alike used as an apostrophe into the chosen character.
 *
 * <p>The look-alikes are {@code '} U+0027, {@code ’} U+2019, {@code ʼ} U+02BC, {@code ‘} U+2018,
 * {@code `} U+0060, {@code ´} U+00B4 and {@code ′} U+2032. One of them is an apostrophe when
 *
 * <ul>
 *   <li>it stands between two letters ({@code aujourd'hui}, {@code l‘homme}, {@code O´Neill}), or
 *   <li>it follows an elided word from {@code elisions.txt} ({@code l}, {@code qu}, {@code jusqu}...)
 *       that starts a word, and comes before the next word, a digit or an opening quote mark,
 *       possibly after spaces ({@code l’« oasis »}, {@code qu’ il}, {@code d'1,5}), unless the
 *       elided word itself follows a straight or single quote mark ({@code 'l' ou 'd'} quotes two
 *       letters).
 * </ul>
 *
 * <p>An apostrophe is left as it is where {@code ’} would look like mojibake to the encoding repair
 * ({@code Ã’} reads as {@code Ò}), so that cleaning twice changes nothing more.
 *
 * <p>Anything else is a quote mark or a symbol and stays: {@code 'oui'}, the {@code ’} that closes
 * {@code ‘oui’}, a prime after a digit ({@code 5′}), an accent on its own.
 */
final class ApostropheStep implements Step {
  private static final String[] ELISIONS = WordLists.elisions().toArray(new String[0]);
  private static final int LONGEST_ELISION = longest(List.of(ELISIONS));

  private final char target;
  private final int triggers; // the look-alikes other than the target

  ApostropheStep(Apostrophes style) {
    if (style == Apostrophes.KEEP) {
      throw new IllegalArgumentException("apostrophes: KEEP needs no step");
    }
    this.target = style == Apostrophes.ASCII ? '\'' : '\u2019';
    this.triggers = Triggers.OTHER_APOSTROPHE
        | (style == Apostrophes.ASCII ? Triggers.CURLY_APOSTROPHE : Triggers.STRAIGHT_APOSTROPHE);
  }

  static boolean isLookAlike(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018' || c == '`' || c == '\u00B4'
        || c == '\u2032';
  }

  @Override
  public int triggers() {
    return triggers;
  }

  @Override
  public MappedText apply(String text, Scan scan, Tally tally) {
    TextRewriter rw = null;
    OutputTail tail = null;
    for (int i = scan.next(0, triggers); i >= 0; i = scan.next(i + 1, triggers)) {
      char c = text.charAt(i);
      if (c == target || !isLookAlike(c) || !isApostrophe(text, i)) {
        continue;
      }
      if (tail == null) {
        tail = new OutputTail(text, tally);
      }
      if (tail.wouldLookLikeMojibake(i, i + 1, target)) {
        continue;
      }
      if (rw == null) {
        rw = new TextRewriter(text);
      }
      rw.replace(i, i + 1, target);
      tail.edited(i, i + 1, target);
      tally.add(Change.APOSTROPHES_NORMALIZED);
    }
    return rw == null ? null : rw.finish();
  }

  /** Returns true if the look-alike at {@code i} is used as an apostrophe. */
  static boolean isApostrophe(String text, int i) {
    int before = Chars.before(text, i);
    if (!Chars.isWordChar(before)) {
      return false;
    }
    int after = Chars.at(text, i + 1);
    if (Chars.isLetter(after)) {
      return true;
    }
    return followsElidedWord(text, i) && beforeNextWord(text, i + 1);
  }

  /** Returns true if the letters just before {@code i} form an elided word that starts a word. */
  private static boolean followsElidedWord(String text, int i) {
    int start = i;
    while (start > 0 && i - start <= LONGEST_ELISION && Chars.isLetter(text.charAt(start - 1))) {
      start--;
    }
    int len = i - start;
    if (len > LONGEST_ELISION) {
      return false;
    }
    if (start > 0) {
      char prev = text.charAt(start - 1);
      if (Chars.isLetterOrDigit(Chars.before(text, start)) || isLookAlike(prev) || prev == '"') {
        return false;
      }
    }
    for (String w : ELISIONS) {
      if (w.length() == len && text.regionMatches(true, start, w, 0, len)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns true if what follows {@code from} (after spaces, which collapsing must not change into
   * a different answer) is a letter, a digit or an opening quote mark.
   */
  private static boolean beforeNextWord(String text, int from) {
    int p = from;
    while (p < text.length() && Chars.isPaddingSpace(text.charAt(p))) {
      p++;
    }
    if (p >= text.length()) {
      return false;
    }
    char c = text.charAt(p);
    if (c == '"') {
      // A straight quote opens only if the quotation follows it (l'"huile"); before a space or at
      // the end it closes one.
      return p + 1 < text.length() && !Chars.isHorizontalSpace(text.charAt(p + 1))
          && !Chars.isLineBreak(text.charAt(p + 1));
    }
    return isOpeningQuote(c) || Chars.isLetterOrDigit(Character.codePointAt(text, p));
  }

  private static boolean isOpeningQuote(char c) {
    return c == '«' || c == '“' || c == '„' || c == '‹';
  }

  private static int longest(List<String> words) {
    int max = 0;
    for (String w : words) {
      max = Math.max(max, w.length());
    }
    return max;
  }
}
