package io.github.propre.clean;

import com.ibm.icu.lang.UCharacter;

/** Character classes shared by the steps. */
final class Chars {
  private Chars() {}

  static final char NBSP = '\u00A0';
  static final char NNBSP = '\u202F';

  /** Returns true for a space that does not end a line: U+0020, tab, and every Unicode space (Zs). */
  static boolean isHorizontalSpace(char c) {
    return c == ' ' || c == '\t' || isOtherSpace(c);
  }

  /** Returns true for a space character other than U+0020 and tab: the no-break and typographic spaces. */
  static boolean isOtherSpace(char c) {
    return c == NBSP || c == NNBSP || (c >= '\u2000' && c <= '\u200A') || c == '\u205F'
        || c == '\u3000' || c == '\u1680';
  }

  /** Returns true for a space that can pad a quotation or precede punctuation (not tab). */
  static boolean isPaddingSpace(char c) {
    return c == ' ' || isOtherSpace(c);
  }

  /** Returns true for the characters that end a line, before and after line-break normalization. */
  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029'
        || c == '\u000B' || c == '\f';
  }

  /** Returns true for a letter, or a combining mark (which continues the letter before it). */
  static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    }
    if (UCharacter.isLetter(cp)) {
      return true;
    }
    int type = UCharacter.getType(cp);
    return type == UCharacter.NON_SPACING_MARK || type == UCharacter.COMBINING_SPACING_MARK;
  }

  /** Returns true for a letter. */
  static boolean isLetter(int cp) {
    if (cp < 0x80) {
      return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    }
    return UCharacter.isLetter(cp);
  }

  /** Returns true for a letter or a decimal digit. */
  static boolean isLetterOrDigit(int cp) {
    return (cp >= '0' && cp <= '9') || isLetter(cp) || (cp >= 0x80 && UCharacter.isDigit(cp));
  }

  /** Returns true for an upper-case or title-case letter. */
  static boolean isUpperCase(int cp) {
    if (cp < 0x80) {
      return cp >= 'A' && cp <= 'Z';
    }
    return UCharacter.isUUppercase(cp) || UCharacter.isTitleCase(cp);
  }

  /** Returns the code point ending just before {@code i}, or -1 at the start. */
  static int before(CharSequence s, int i) {
    return i <= 0 ? -1 : Character.codePointBefore(s, i);
  }

  /** Returns the code point starting at {@code i}, or -1 at the end. */
  static int at(CharSequence s, int i) {
    return i >= s.length() ? -1 : Character.codePointAt(s, i);
  }
}
