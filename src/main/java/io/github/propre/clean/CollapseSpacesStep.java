package io.github.propre.clean;

import io.github.propre.internal.TextRewriter;
import io.github.propre.text.MappedText;

/**
 * Collapses every run of two or more spaces (of any kind, tabs excepted) into one. The space kept
 * is the strongest in the run: a narrow no-break space if there is one, else a no-break space,
 * else a plain space, so a no-break space before {@code :} survives a stray extra space.
 */
final class CollapseSpacesStep implements Step {

  @Override
  public int triggers() {
    return Triggers.ANY_TEXT;
  }

  @Override
  public MappedText apply(String text, Scan scan, Tally tally) {
    TextRewriter rw = null;
    OutputTail tail = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Chars.isPaddingSpace(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i + 1;
      char kept = strength(text.charAt(i));
      while (end < n && Chars.isPaddingSpace(text.charAt(end))) {
        char s = strength(text.charAt(end));
        if (s == Chars.NNBSP || (s == Chars.NBSP && kept == ' ')) {
          kept = s;
        }
        end++;
      }
      if (end - i < 2) {
        i = end;
        continue;
      }
      if (tail == null) {
        tail = new OutputTail(text, tally);
      }
      if (kept != ' ' && tail.wouldLookLikeMojibake(i, end, kept)) {
        kept = ' '; // "Ã" + U+00A0 would read as "à"
      }
      if (rw == null) {
        rw = new TextRewriter(text);
      }
      rw.replace(i, end, kept);
      tail.edited(i, end, kept);
      tally.add(Change.SPACE_RUNS_COLLAPSED);
      i = end;
    }
    return rw == null ? null : rw.finish();
  }

  private static char strength(char c) {
    return c == Chars.NNBSP || c == Chars.NBSP ? c : ' ';
  }
}
