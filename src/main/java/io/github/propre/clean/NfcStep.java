package io.github.propre.clean;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import io.github.propre.internal.TextRewriter;
import io.github.propre.text.MappedText;

/**
 * Puts the text in Unicode normalization form C ({@code e} + U+0301 becomes {@code é}).
 *
 * <p>Only the normalization segments that may change are normalized: a segment runs from a
 * character with a normalization boundary before it to the next such character, and segments are
 * independent, so each one is rewritten on its own and maps back to its own raw range. NFKC is
 * never used: it would turn {@code ´} into a space and a combining accent, and U+00A0 and U+202F
 * into plain spaces.
 */
final class NfcStep implements Step {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final int QUICK_CHECK_YES = 1;

  @Override
  public int triggers() {
    return Triggers.NFC;
  }

  @Override
  public MappedText apply(String text, Scan scan, Tally tally) {
    TextRewriter rw = null;
    int n = text.length();
    int i = restartPoint(text, scan.first(Triggers.NFC));
    int segmentStart = i;
    int lastCombiningClass = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c < '\u0300') {
        // Everything below U+0300 is a starter in NFC with a boundary before it.
        segmentStart = i;
        lastCombiningClass = 0;
        i++;
        continue;
      }
      int cp = Character.codePointAt(text, i);
      int len = Character.charCount(cp);
      if (NFC.hasBoundaryBefore(cp)) {
        segmentStart = i;
        lastCombiningClass = 0;
      }
      int ccc = UCharacter.getCombiningClass(cp);
      boolean suspect = UCharacter.getIntPropertyValue(cp, UProperty.NFC_QUICK_CHECK) != QUICK_CHECK_YES
          || (ccc != 0 && ccc < lastCombiningClass);
      if (!suspect) {
        lastCombiningClass = ccc;
        i += len;
        continue;
      }
      int end = i + len;
      while (end < n) {
        int next = Character.codePointAt(text, end);
        if (NFC.hasBoundaryBefore(next)) {
          break;
        }
        end += Character.charCount(next);
      }
      String segment = text.substring(segmentStart, end);
      String normalized = NFC.normalize(segment);
      if (!normalized.equals(segment)) {
        if (rw == null) {
          rw = new TextRewriter(text);
        }
        rw.replace(segmentStart, end, normalized);
        tally.add(Change.NFC_NORMALIZED);
      }
      i = end;
      segmentStart = end;
      lastCombiningClass = 0;
    }
    return rw == null ? null : rw.finish();
  }

  /**
   * Returns where a scan that must reach {@code first} can start: the last position at or before it
   * where the loop below forgets what came before (a char below U+0300, or a code point with a
   * normalization boundary before it), so that starting there gives the state a scan from 0 has.
   */
  private static int restartPoint(String text, int first) {
    int j = Math.min(first, text.length());
    while (j > 0) {
      char c = j < text.length() ? text.charAt(j) : 0;
      if (c < '\u0300'
          || (!Character.isLowSurrogate(c) && NFC.hasBoundaryBefore(Character.codePointAt(text, j)))) {
        break;
      }
      j--;
    }
    return j;
  }
}
