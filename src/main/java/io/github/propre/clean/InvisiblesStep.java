package io.github.propre.clean;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import io.github.propre.internal.TextRewriter;
import io.github.propre.text.MappedText;

/**
 * Removes characters that take no room and carry nothing for French text: zero-width spaces and
 * joiners, byte order marks, and C0 control characters other than tab and line breaks.
 *
 * <ul>
 *   <li>Always removed: U+200B ZERO WIDTH SPACE, U+2060 WORD JOINER, U+FEFF (BOM or ZWNBSP),
 *       U+180E, the invisible operators U+2061 to U+2064 and the deprecated format characters
 *       U+206A to U+206F.
 *   <li>U+200C and U+200D (non-joiner, joiner) are removed unless a neighbour needs them: an emoji
 *       sequence ({@code 👨‍👩‍👧}) or a letter of a script other than Latin (Persian, Indic).
 *   <li>C0 controls and DEL, except tab and the line breaks ({@code \n}, {@code \r}, VT, FF), which
 *       the line break step owns.
 * </ul>
 *
 * <p>It runs before encoding repair, so that an invisible character inside a mojibake sequence
 * does not hide it. C1 controls are left to {@link C1ControlStep}, after the repair has read the
 * ones that stand for windows-1252 punctuation. Bidirectional controls are left alone: they change
 * how right-to-left text displays.
 */
final class InvisiblesStep implements Step {

  @Override
  public int triggers() {
    return Triggers.INVISIBLE;
  }

  @Override
  public MappedText apply(String text, Scan scan, Tally tally) {
    TextRewriter rw = null;
    int n = text.length();
    // A run of removed characters is one deletion: [runStart, runEnd).
    int runStart = -1;
    int runEnd = -1;
    for (int i = scan.next(0, Triggers.INVISIBLE); ; i = scan.next(i + 1, Triggers.INVISIBLE)) {
      Change kind = i >= 0 ? removal(text, i) : null;
      if (kind != null && i == runEnd) {
        runEnd++;
      } else if (runStart >= 0) {
        if (rw == null) {
          rw = new TextRewriter(text);
        }
        rw.delete(runStart, runEnd);
        runStart = -1;
        runEnd = -1;
      }
      if (i < 0) {
        break;
      }
      if (kind != null) {
        tally.add(kind);
        if (runStart < 0) {
          runStart = i;
          runEnd = i + 1;
        }
      }
    }
    return rw == null ? null : rw.finish();
  }

  /** Returns why the character at {@code i} goes, or null if it stays. */
  static Change removal(String text, int i) {
    char c = text.charAt(i);
    if (c >= 0x20 && c < 0x7F) {
      return null;
    }
    if (c < 0x20 ? c != '\t' && !Chars.isLineBreak(c) : c == 0x7F) {
      return Change.CONTROL_CHARACTERS_REMOVED;
    }
    if (isAlwaysInvisible(c) || ((c == '\u200C' || c == '\u200D') && !joinerNeeded(text, i))) {
      return Change.INVISIBLE_CHARACTERS_REMOVED;
    }
    return null;
  }

  static boolean isAlwaysInvisible(char c) {
    return c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u180E'
        || (c >= '\u2061' && c <= '\u2064') || (c >= '\u206A' && c <= '\u206F');
  }

  private static boolean joinerNeeded(String text, int i) {
    return needsJoiner(Chars.before(text, i)) || needsJoiner(Chars.at(text, i + 1));
  }

  /** Returns true if a joiner next to {@code cp} shapes or joins something. */
  private static boolean needsJoiner(int cp) {
    if (cp < 0x80) {
      return false;
    }
    if (UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)
        || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_COMPONENT)
        || (cp >= 0xFE00 && cp <= 0xFE0F)) {
      return true;
    }
    if (!Chars.isWordChar(cp)) {
      return false;
    }
    int script = UScript.getScript(cp);
    return script != UScript.LATIN && script != UScript.COMMON && script != UScript.INHERITED;
  }
}
