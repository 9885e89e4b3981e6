package io.github.propre.clean;

import io.github.propre.internal.TextRewriter;
import io.github.propre.text.MappedText;

/**
 * Repairs text whose UTF-8 bytes were read as windows-1252 or Latin-1 ("mojibake": {@code Ã©} for
 * {@code é}, {@code â€™} for {@code ’}), text encoded that way twice, and C1 control characters
 * that stand for windows-1252 punctuation.
 *
 * <p>How it decides (the idea is ftfy's: only accept a re-decoding that is valid and makes the text
 * more plausible; the rules below are our own). Every character windows-1252 or Latin-1 can write
 * stands for one byte. Where such characters spell a complete, valid UTF-8 sequence (a lead byte
 * C2..F4 followed by the right number of continuation bytes 80..BF, no overlong form, no
 * surrogate), the sequence is a candidate, and the code point it decodes to says how plausible it
 * is:
 *
 * <ul>
 *   <li>accepted alone: Latin-1 (U+0080..U+00FF; the C1 controls come from doubly encoded
 *       text, and are read as windows-1252 in turn), Latin Extended-A ({@code œ},
 *       {@code Œ}, {@code ł}...), the other windows-1252 characters ({@code ƒ ˆ ˜}), Greek letters
 *       ({@code π}, {@code Ω}), general punctuation, currency, letter-like and other symbols
 *       (U+2000..U+27BF), Latin Extended Additional (Vietnamese), the Latin ligatures, the BOM,
 *       U+FFFD, variation selectors, and emoji;
 *   <li>accepted after a letter: combining accents U+0300..U+036F (mojibake of decomposed text);
 *   <li>accepted only next to another candidate: other scripts (Cyrillic, Hebrew, Arabic,
 *       CJK...), since a real word in those scripts gives a run of candidates ({@code Ð¿Ñ€Ð¸}),
 *       while one accented capital followed by a symbol in real text gives one;
 *   <li>never accepted: IPA, spacing modifiers, the rest of Latin Extended-B, private use.
 * </ul>
 *
 * <p>Real text keeps its {@code Ã} ({@code SÃO PAULO}, {@code IRMÃ}): a capital followed by a
 * letter never forms a candidate, and an {@code Ã} followed by a no-break space is read as {@code
 * à} only when no capital letter precedes it. Two looser rules apply only when the text holds at
 * least one accepted candidate (so it is known to be mojibake): {@code Ã} followed by a plain space
 * is {@code à} whose U+00A0 byte became a space, and {@code Â} followed by a plain space is such a
 * no-break space. {@code â€} followed by {@code ?} or U+FFFD is a right double quote whose last byte
 * (0x9D, undefined in windows-1252) was lost.
 *
 * <p>A C1 control (U+0080..U+009F) that is not part of a candidate is the windows-1252 character
 * of that byte ({@code l\u0092homme} is {@code l’homme}). U+0085 is also the NEXT LINE control of
 * mainframe text: it is read as {@code …} when followed by something other than a letter or digit,
 * or when other windows-1252 controls show the text's origin, and is otherwise left for the line
 * break step.
 *
 * <p>Doubly encoded text ({@code ÃƒÂ©}) is repaired by repeating the pass while it finds something,
 * at most {@value #MAX_PASSES} times.
 */
final class EncodingRepairStep implements Step {
  static final int MAX_PASSES = 8;

  private static final int REJECT = 0;
  private static final int ACCEPT = 1;
  private static final int NEEDS_NEIGHBOUR = 2;
  private static final int COMBINING = 3;

  /**
   * A candidate sequence needs a lead char followed by a continuation char, and the only other
   * repair is of C1 controls; the scan checks the sequence is well formed.
   */
  @Override
  public int triggers() {
    return Triggers.MOJIBAKE | Triggers.C1;
  }

  @Override
  public MappedText apply(String text, Scan scan, Tally tally) {
    // Always from the start: once the text is known to be mojibake, looser rules apply anywhere.
    MappedText result = null;
    String current = text;
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      MappedText next = pass(current, tally);
      if (next == null) {
        break;
      }
      result = result == null ? next : result.then(next);
      current = next.text();
    }
    return result;
  }

  /** One left-to-right pass; returns null if nothing changed. */
  private static MappedText pass(String text, Tally tally) {
    int evidence = evidence(text);
    if (evidence == NO_NON_ASCII) {
      return null;
    }
    boolean mojibakeSeen = (evidence & MOJIBAKE) != 0;
    boolean c1Seen = (evidence & C1_PUNCTUATION) != 0;
    TextRewriter rw = null;
    int n = text.length();
    int acceptedEnd = -1; // end of the last accepted candidate, for the neighbour rule
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c < 0x80) {
        i++;
        continue;
      }
      long seq = sequenceAt(text, i);
      if (seq >= 0 && accept(text, i, seq, acceptedEnd)) {
        int cp = codePoint(seq);
        int end = i + length(seq);
        if (rw == null) {
          rw = new TextRewriter(text);
        }
        rw.replaceWithCodePoint(i, end, cp);
        tally.add(Change.MOJIBAKE_REPAIRED);
        acceptedEnd = end;
        i = end;
        continue;
      }
      String loose = mojibakeSeen ? looseRepair(text, i) : null;
      if (loose != null) {
        if (rw == null) {
          rw = new TextRewriter(text);
        }
        rw.replace(i, i + 2, loose);
        tally.add(Change.MOJIBAKE_REPAIRED);
        i += 2;
        continue;
      }
      if (c == 'â' && i + 2 < n && text.charAt(i + 1) == '€'
          && (text.charAt(i + 2) == '?' || text.charAt(i + 2) == '\uFFFD')) {
        if (rw == null) {
          rw = new TextRewriter(text);
        }
        rw.replace(i, i + 3, '\u201D');
        tally.add(Change.MOJIBAKE_REPAIRED);
        i += 3;
        continue;
      }
      if (c <= 0x9F && Cp1252.defines(c) && (c != '\u0085' || c1Seen || ellipsisContext(text, i))) {
        if (rw == null) {
          rw = new TextRewriter(text);
        }
        rw.replace(i, i + 1, Cp1252.charOf(c));
        tally.add(Change.C1_CONTROLS_REPAIRED);
      }
      i++;
    }
    return rw == null ? null : rw.finish();
  }

  private static final int NO_NON_ASCII = -1;
  private static final int MOJIBAKE = 1;
  private static final int C1_PUNCTUATION = 2;

  /**
   * Returns what the text shows of its history: whether it holds an accepted candidate (so it is
   * mojibake) and a windows-1252 C1 control other than U+0085; {@link #NO_NON_ASCII} if it holds
   * only ASCII. One scan, no allocation.
   */
  private static int evidence(String text) {
    int flags = NO_NON_ASCII;
    int acceptedEnd = -1;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        continue;
      }
      if (flags == NO_NON_ASCII) {
        flags = 0;
      }
      if (c <= 0x9F && c != '\u0085' && Cp1252.defines(c)) {
        flags |= C1_PUNCTUATION;
      }
      if ((flags & MOJIBAKE) == 0) {
        long seq = sequenceAt(text, i);
        if (seq >= 0 && accept(text, i, seq, acceptedEnd)) {
          flags |= MOJIBAKE;
          acceptedEnd = i + length(seq);
        }
      }
      if (flags == (MOJIBAKE | C1_PUNCTUATION)) {
        break;
      }
    }
    return flags;
  }

  /**
   * Returns the candidate UTF-8 sequence spelled by the characters at {@code i}, packed as {@code
   * codePoint << 3 | length}, or -1 if they spell none.
   */
  static long sequenceAt(String text, int i) {
    int lead = Cp1252.byteOf(text.charAt(i));
    int continuations;
    int cp;
    if (lead >= 0xC2 && lead <= 0xDF) {
      continuations = 1;
      cp = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      continuations = 2;
      cp = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      continuations = 3;
      cp = lead & 0x07;
    } else {
      return -1;
    }
    if (i + continuations >= text.length()) {
      return -1;
    }
    for (int k = 1; k <= continuations; k++) {
      int b = Cp1252.byteOf(text.charAt(i + k));
      if (b < 0x80 || b > 0xBF) {
        return -1;
      }
      cp = cp << 6 | (b & 0x3F);
    }
    if ((continuations == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
        || (continuations == 3 && (cp < 0x10000 || cp > 0x10FFFF))) {
      return -1;
    }
    return (long) cp << 3 | (continuations + 1);
  }

  /**
   * Returns true if {@code written}, between {@code before} (the last characters of the output)
   * and {@code after} (the next characters of the input), would take part in a candidate this step
   * might decode. Steps that write characters ({@code ’}, {@code «}, a no-break space) ask first,
   * so that cleaning never creates text that reads as mojibake ({@code Ã} then {@code ’} reads as
   * {@code Ò}) and cleaning twice changes nothing more.
   */
  static boolean formsSequence(String before, CharSequence written, String after) {
    boolean byteable = false;
    for (int k = 0; k < written.length(); k++) {
      int b = Cp1252.byteOf(written.charAt(k));
      byteable |= b >= 0x80;
    }
    if (!byteable) {
      return false;
    }
    String window = before + written + after;
    int from = before.length();
    int to = from + written.length();
    // Where the repair would start reading: a candidate that ends where one starts counts as its
    // neighbour, so find the candidates of the window from its start.
    int acceptedEnd = -1;
    for (int s = 0; s < to; s++) {
      long seq = sequenceAt(window, s);
      if (seq < 0) {
        continue;
      }
      boolean neighbourBefore = endsCandidateAt(window, s);
      if (accept(window, s, seq, neighbourBefore ? s : acceptedEnd) && s + length(seq) > from) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns true if the chars at {@code i} spell a candidate this step could accept in some
   * context: without one (and without C1 controls, or {@code â€} before a lost byte) a text holds
   * nothing for it to repair.
   */
  static boolean mayRepairAt(String text, int i) {
    long seq = sequenceAt(text, i);
    if (seq >= 0) {
      return plausibility(codePoint(seq)) != REJECT;
    }
    return text.charAt(i) == 'â' && i + 1 < text.length() && text.charAt(i + 1) == '€';
  }

  static int codePoint(long seq) {
    return (int) (seq >>> 3);
  }

  static int length(long seq) {
    return (int) (seq & 7);
  }

  /** Returns true if a candidate of {@code window} that is not rejected outright ends at {@code end}. */
  private static boolean endsCandidateAt(String window, int end) {
    for (int start = Math.max(0, end - 4); start < end; start++) {
      long seq = sequenceAt(window, start);
      if (seq >= 0 && start + length(seq) == end && plausibility(codePoint(seq)) != REJECT) {
        return true;
      }
    }
    return false;
  }

  /** Returns true if the candidate {@code seq} at {@code i} is plausible enough to decode. */
  private static boolean accept(String text, int i, long seq, int acceptedEnd) {
    int cp = codePoint(seq);
    switch (plausibility(cp)) {
      case ACCEPT:
        if (cp == 0xE0 && text.charAt(i + 1) == '\u00A0') {
          // "Ã" + NBSP is "à", unless it ends a capitalized word (Portuguese "IRMÃ" before a
          // French no-break space).
          return !Chars.isUpperCase(Chars.before(text, i));
        }
        if (cp >= 0x100 && Character.isLowerCase(cp) && Chars.isUpperCase(Chars.before(text, i))) {
          // "Ä»" or "Å…" after a capital: a Nordic or German word in capitals followed by a
          // symbol, not a lower-case Latin Extended-A letter inside a capitalized word.
          return false;
        }
        return true;
      case COMBINING:
        // Decomposed text (macOS file names, some PDFs) gives "eÌ\u0081" for "é".
        return Chars.isLetter(Chars.before(text, i));
      case NEEDS_NEIGHBOUR:
        if (acceptedEnd == i) {
          return true;
        }
        int after = i + length(seq);
        if (after < text.length()) {
          long next = sequenceAt(text, after);
          return next >= 0 && plausibility(codePoint(next)) != REJECT;
        }
        return false;
      default:
        return false;
    }
  }

  /** Returns how plausible it is that mojibake stood for {@code cp}: see the class comment. */
  private static int plausibility(int cp) {
    if (cp < 0x800) {
      if (cp <= 0x17F) {
        // Including C1 controls: "Â" + U+0081 is the doubly encoded form of the byte 0x81 that
        // a first reading left as U+0081 (in "Ñ\u0081", Cyrillic "с").
        return ACCEPT;
      }
      if (cp == 0x192 || cp == 0x2C6 || cp == 0x2DC) {
        return ACCEPT; // ƒ ˆ ˜: windows-1252 characters, met in doubly encoded text
      }
      if (cp >= 0x391 && cp <= 0x3C9) {
        return ACCEPT; // Greek letters stand alone in French text (π, Ω, α); Î or Ï + symbol is rare
      }
      if (cp >= 0x370) {
        return NEEDS_NEIGHBOUR;
      }
      return cp >= 0x300 && cp <= 0x36F ? COMBINING : REJECT;
    }
    if (cp < 0x10000) {
      if ((cp >= 0x2000 && cp <= 0x27BF) || (cp >= 0x1E00 && cp <= 0x1EFF)
          || (cp >= 0xFB00 && cp <= 0xFB06) || (cp >= 0xFE00 && cp <= 0xFE0F)
          || cp == 0xFEFF || cp == 0xFFFD) {
        return ACCEPT;
      }
      if (cp >= 0xE000 && cp <= 0xF8FF) {
        return REJECT;
      }
      return NEEDS_NEIGHBOUR;
    }
    return cp >= 0x1F000 && cp <= 0x1FAFF ? ACCEPT : NEEDS_NEIGHBOUR;
  }

  /**
   * Returns what replaces the two characters at {@code i} when they are {@code Ã} or {@code Â}
   * whose no-break space byte became a plain space, or null. See the class comment.
   */
  private static String looseRepair(String text, int i) {
    char c = text.charAt(i);
    int n = text.length();
    if ((c != 'Ã' && c != 'Â') || i + 1 >= n || text.charAt(i + 1) != ' '
        || Chars.isUpperCase(Chars.before(text, i))) {
      return null;
    }
    if (c == 'Â') {
      return "\u00A0";
    }
    // "Ã " is "à" + the space its A0 byte became. If the text goes on with a letter or digit,
    // that space was squeezed together with the one that followed "à": keep one space.
    return Chars.isLetterOrDigit(Chars.at(text, i + 2)) ? "à " : "à";
  }

  /** Returns true if U+0085 at {@code i} reads as an ellipsis: not followed by a letter or digit. */
  private static boolean ellipsisContext(String text, int i) {
    return !Chars.isLetterOrDigit(Chars.at(text, i + 1));
  }
}
