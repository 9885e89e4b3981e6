package io.github.propre.clean;

import io.github.propre.internal.TextRewriter;
import io.github.propre.text.MappedText;

/**
 * Applies a {@link Spaces} policy: French typography's no-break spaces, or plain spaces everywhere.
 *
 * <p>{@link Spaces#FRENCH}: before {@code ; ! ?} a narrow no-break space U+202F, before {@code :}
 * a no-break space U+00A0, after {@code «} and before {@code »} a narrow no-break space. The run of
 * spaces already there (of any kind, tabs excepted) is replaced, or the space is added when there
 * is none. Punctuation counts only where it punctuates a sentence: after a letter, digit or closing
 * mark on the same line, and before a space, the end of the line or closing punctuation, so
 * {@code 12:30}, {@code http://}, {@code ?!} and {@code :-)} stay as they are. A guillemet next to
 * another guillemet, or alone on its line, gets no space.
 *
 * <p>{@link Spaces#PLAIN}: every space character other than U+0020 and tab becomes U+0020.
 */
final class SpacePolicyStep implements Step {
  private final Spaces policy;
  private final int triggers;

  SpacePolicyStep(Spaces policy) {
    if (policy == Spaces.KEEP) {
      throw new IllegalArgumentException("spaces: KEEP needs no step");
    }
    this.policy = policy;
    this.triggers = policy == Spaces.PLAIN ? Triggers.OTHER_SPACE : Triggers.FRENCH_PUNCTUATION;
  }

  @Override
  public int triggers() {
    return triggers;
  }

  @Override
  public MappedText apply(String text, Scan scan, Tally tally) {
    return policy == Spaces.PLAIN ? plain(text, scan, tally) : french(text, scan, tally);
  }

  private static MappedText plain(String text, Scan scan, Tally tally) {
    TextRewriter rw = null;
    int bits = Triggers.OTHER_SPACE;
    for (int i = scan.next(0, bits); i >= 0; i = scan.next(i + 1, bits)) {
      if (Chars.isOtherSpace(text.charAt(i))) {
        if (rw == null) {
          rw = new TextRewriter(text);
        }
        rw.replace(i, i + 1, ' ');
        tally.add(Change.SPACES_CHANGED);
      }
    }
    return rw == null ? null : rw.finish();
  }

  private static MappedText french(String text, Scan scan, Tally tally) {
    TextRewriter rw = null;
    OutputTail tail = null;
    int n = text.length();
    int lastEnd = 0; // end of the last edit: a space after « may also be the one before »
    int bits = Triggers.FRENCH_PUNCTUATION;
    for (int i = scan.next(0, bits); i >= 0; i = scan.next(i + 1, bits)) {
      char c = text.charAt(i);
      int from;
      int to;
      char space;
      if (c == ';' || c == '!' || c == '?' || c == ':') {
        from = spacesBefore(text, i);
        if (!punctuates(text, from, i)) {
          continue;
        }
        to = i;
        space = c == ':' ? Chars.NBSP : Chars.NNBSP;
      } else if (c == '»') {
        from = spacesBefore(text, i);
        if (from == 0 || Chars.isLineBreak(text.charAt(from - 1))
            || QuoteStep.isGuillemetLike(text.charAt(from - 1))) {
          continue;
        }
        to = i;
        space = Chars.NNBSP;
      } else if (c == '«') {
        from = i + 1;
        to = from;
        while (to < n && Chars.isPaddingSpace(text.charAt(to))) {
          to++;
        }
        if (to >= n || Chars.isLineBreak(text.charAt(to)) || QuoteStep.isGuillemetLike(text.charAt(to))) {
          continue;
        }
        space = Chars.NNBSP;
      } else {
        continue;
      }
      if (from < lastEnd || (to - from == 1 && text.charAt(from) == space)) {
        continue;
      }
      if (tail == null) {
        tail = new OutputTail(text, tally);
      }
      if (tail.wouldLookLikeMojibake(from, to, space)) {
        continue;
      }
      if (rw == null) {
        rw = new TextRewriter(text);
      }
      rw.replace(from, to, space);
      tail.edited(from, to, space);
      lastEnd = to;
      tally.add(Change.SPACES_CHANGED);
    }
    return rw == null ? null : rw.finish();
  }

  /** Returns the start of the run of padding spaces that ends at {@code i}. */
  private static int spacesBefore(String text, int i) {
    int from = i;
    while (from > 0 && Chars.isPaddingSpace(text.charAt(from - 1))) {
      from--;
    }
    return from;
  }

  /**
   * Returns true if the punctuation at {@code i}, with spaces {@code [from, i)} before it, ends a
   * clause: a word, number or closing mark before, and a space, line end or closing mark after.
   */
  private static boolean punctuates(String text, int from, int i) {
    if (from == 0) {
      return false;
    }
    int before = Character.codePointBefore(text, from);
    boolean wordBefore = Chars.isLetterOrDigit(before) || (before < 0x10000
        && ")]»”’\"'…%".indexOf((char) before) >= 0) || Chars.isWordChar(before);
    if (!wordBefore) {
      return false;
    }
    if (i + 1 >= text.length()) {
      return true;
    }
    char after = text.charAt(i + 1);
    if (after == ':' && text.charAt(i) == ':') {
      return false; // std::map
    }
    return Chars.isHorizontalSpace(after) || Chars.isLineBreak(after)
        || ")]»”\"'….,;:!?".indexOf(after) >= 0;
  }
}
