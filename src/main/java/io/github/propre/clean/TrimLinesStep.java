package io.github.propre.clean;

import io.github.propre.internal.TextRewriter;
import io.github.propre.text.MappedText;

/**
 * Removes the spaces and tabs at the start and end of every line (and of the text). Lines that
 * hold only spaces become empty.
 */
final class TrimLinesStep implements Step {

  @Override
  public int triggers() {
    return Triggers.ANY_TEXT;
  }

  @Override
  public MappedText apply(String text, Scan scan, Tally tally) {
    TextRewriter rw = null;
    int n = text.length();
    int lineStart = 0;
    while (lineStart <= n) {
      int lineEnd = lineStart;
      while (lineEnd < n && !Chars.isLineBreak(text.charAt(lineEnd))) {
        lineEnd++;
      }
      int contentStart = lineStart;
      while (contentStart < lineEnd && Chars.isHorizontalSpace(text.charAt(contentStart))) {
        contentStart++;
      }
      int contentEnd = lineEnd;
      while (contentEnd > contentStart && Chars.isHorizontalSpace(text.charAt(contentEnd - 1))) {
        contentEnd--;
      }
      if (contentStart > lineStart) {
        if (rw == null) {
          rw = new TextRewriter(text);
        }
        rw.delete(lineStart, contentStart);
        tally.add(Change.LINE_ENDS_TRIMMED);
      }
      if (contentEnd < lineEnd) {
        if (rw == null) {
          rw = new TextRewriter(text);
        }
        rw.delete(contentEnd, lineEnd);
        tally.add(Change.LINE_ENDS_TRIMMED);
      }
      lineStart = lineEnd + 1;
    }
    return rw == null ? null : rw.finish();
  }
}
