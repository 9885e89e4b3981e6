package io.github.propre.clean;

import io.github.propre.internal.TextRewriter;
import io.github.propre.text.MappedText;

/**
 * Finds unpaired UTF-16 surrogates, counts them, and replaces each by U+FFFD or keeps it.
 *
 * <p>They come from text cut in the middle of a pair, or from broken escapes; no encoder can write
 * them, so the default is to replace them.
 */
final class SurrogateStep implements Step {
  private final Malformed policy;

  SurrogateStep(Malformed policy) {
    this.policy = policy;
  }

  @Override
  public int triggers() {
    return Triggers.SURROGATE;
  }

  @Override
  public MappedText apply(String text, Scan scan, Tally tally) {
    TextRewriter rw = null;
    int n = text.length();
    for (int i = scan.next(0, Triggers.SURROGATE); i >= 0; i = scan.next(i + 1, Triggers.SURROGATE)) {
      char c = text.charAt(i);
      if (!Character.isSurrogate(c)) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      if (policy == Malformed.KEEP) {
        tally.add(Change.UNPAIRED_SURROGATES_KEPT);
      } else {
        if (rw == null) {
          rw = new TextRewriter(text);
        }
        rw.replace(i, i + 1, '\uFFFD');
        tally.add(Change.UNPAIRED_SURROGATES_REPLACED);
      }
    }
    return rw == null ? null : rw.finish();
  }
}
