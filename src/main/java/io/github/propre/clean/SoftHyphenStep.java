package io.github.propre.clean;

import io.github.propre.internal.TextRewriter;
import io.github.propre.text.MappedText;

/**
 * Removes soft hyphens U+00AD inside words ({@code démo\u00ADcratie}): they only say where a word
 * may be broken, and they stop searches from matching. A soft hyphen that is not between two
 * letters stays.
 *
 * <p>It runs after encoding repair: in mojibake, U+00AD is the byte 0xAD of a letter ({@code Ã\u00AD}
 * is {@code í}).
 */
final class SoftHyphenStep implements Step {

  @Override
  public int triggers() {
    return Triggers.SOFT_HYPHEN;
  }

  @Override
  public MappedText apply(String text, Scan scan, Tally tally) {
    TextRewriter rw = null;
    int n = text.length();
    int i = text.indexOf('\u00AD', scan.first(Triggers.SOFT_HYPHEN));
    while (i >= 0) {
      int end = i + 1;
      while (end < n && text.charAt(end) == '\u00AD') {
        end++;
      }
      if (Chars.isWordChar(Chars.before(text, i)) && Chars.isWordChar(Chars.at(text, end))) {
        if (rw == null) {
          rw = new TextRewriter(text);
        }
        rw.delete(i, end);
        tally.add(Change.SOFT_HYPHENS_REMOVED, end - i);
      }
      i = end < n ? text.indexOf('\u00AD', end) : -1;
    }
    return rw == null ? null : rw.finish();
  }
}
