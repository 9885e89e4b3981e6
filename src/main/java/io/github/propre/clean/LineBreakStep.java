package io.github.propre.clean;

import io.github.propre.internal.TextRewriter;
import io.github.propre.text.MappedText;

/**
 * Turns every line break into {@code \n}: {@code \r\n}, {@code \r}, U+0085 NEXT LINE, U+2028 LINE
 * SEPARATOR, U+2029 PARAGRAPH SEPARATOR, and the vertical tab and form feed that page-oriented
 * tools (PDF extractors) leave between pages.
 */
final class LineBreakStep implements Step {

  @Override
  public int triggers() {
    return Triggers.LINE_BREAK;
  }

  @Override
  public MappedText apply(String text, Scan scan, Tally tally) {
    TextRewriter rw = null;
    int n = text.length();
    for (int i = scan.next(0, Triggers.LINE_BREAK); i >= 0; i = scan.next(i + 1, Triggers.LINE_BREAK)) {
      char c = text.charAt(i);
      if (c == '\n' || !Chars.isLineBreak(c)) {
        continue;
      }
      if (rw == null) {
        rw = new TextRewriter(text);
      }
      int end = c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
      rw.replace(i, end, '\n');
      tally.add(Change.LINE_BREAKS_NORMALIZED);
      i = end - 1;
    }
    return rw == null ? null : rw.finish();
  }
}
