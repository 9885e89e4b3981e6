package io.github.propre.clean;

import io.github.propre.internal.TextRewriter;
import io.github.propre.text.MappedText;

/**
 * Writes out the Latin typographic ligatures U+FB00 to U+FB06 ({@code ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ}), which PDF
 * extraction leaves in words ({@code ﬁn}, {@code eﬀet}) and which no search matches. {@code œ} and
 * {@code æ} are letters of French, not ligatures to undo, and stay.
 */
final class LigatureStep implements Step {
  private static final String[] EXPANSIONS = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};

  @Override
  public int triggers() {
    return Triggers.LIGATURE;
  }

  @Override
  public MappedText apply(String text, Scan scan, Tally tally) {
    TextRewriter rw = null;
    for (int i = scan.next(0, Triggers.LIGATURE); i >= 0; i = scan.next(i + 1, Triggers.LIGATURE)) {
      char c = text.charAt(i);
      if (c < '\uFB00' || c > '\uFB06') {
        continue;
      }
      if (rw == null) {
        rw = new TextRewriter(text);
      }
      rw.replace(i, i + 1, EXPANSIONS[c - '\uFB00']);
      tally.add(Change.LIGATURES_EXPANDED);
    }
    return rw == null ? null : rw.finish();
  }
}
