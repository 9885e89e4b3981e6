package io.github.propre.clean;

import io.github.propre.internal.TextRewriter;
import io.github.propre.text.MappedText;

/**
 * Removes the C1 control characters U+0080 to U+009F, except U+0085 NEXT LINE (a line break).
 *
 * <p>It runs after encoding repair, which reads the C1 controls that stand for windows-1252
 * punctuation ({@code l\u0092homme}); what is left stands for nothing.
 */
final class C1ControlStep implements Step {

  @Override
  public int triggers() {
    return Triggers.C1;
  }

  @Override
  public MappedText apply(String text, Scan scan, Tally tally) {
    TextRewriter rw = null;
    int n = text.length();
    for (int i = scan.next(0, Triggers.C1); i >= 0; i = scan.next(i + 1, Triggers.C1)) {
      if (!isRemoved(text.charAt(i))) {
        continue;
      }
      int end = i + 1;
      while (end < n && isRemoved(text.charAt(end))) {
        end++;
      }
      if (rw == null) {
        rw = new TextRewriter(text);
      }
      rw.delete(i, end);
      tally.add(Change.CONTROL_CHARACTERS_REMOVED, end - i);
      i = end - 1;
    }
    return rw == null ? null : rw.finish();
  }

  static boolean isRemoved(char c) {
    return c >= 0x80 && c <= 0x9F && c != '\u0085';
  }
}
