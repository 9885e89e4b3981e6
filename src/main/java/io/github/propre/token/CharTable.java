package io.github.propre.token;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;

/**
 * The character classes the scanner works with, one table lookup per {@code char}.
 *
 * <p>Built once from ICU's Unicode properties (newer than the JDK's). Code points outside the BMP are
 * classified on demand by {@link #classOf(int)}. Thread-safe (immutable after class initialisation).
 */
final class CharTable {
  private CharTable() {}

  /** Unassigned, private use and anything not covered below: a one-character symbol token. */
  static final byte OTHER = 0;
  /** Separators: every kind of space, line breaks, controls, zero-width and bidi marks. */
  static final byte SPACE = 1;
  /** Letters of any script, including modifier letters such as ᵉ and ʳ. */
  static final byte LETTER = 2;
  /** Combining marks, variation selectors, ZWJ/ZWNJ and the soft hyphen: they extend what precedes. */
  static final byte EXTEND = 3;
  /** Decimal digits of any script. */
  static final byte DIGIT = 4;
  /** Other numeric characters (², ½, Ⅻ): word characters, numbers on their own. */
  static final byte NUMERIC = 5;
  /** Apostrophe look-alikes: ' ’ ʼ ‘ ` ´ ′. */
  static final byte APOSTROPHE = 6;
  /** Hyphens that join compounds: - U+2010 U+2011. */
  static final byte HYPHEN = 7;
  /** The full stop. */
  static final byte PERIOD = 8;
  /** Punctuation marks (Unicode P* categories other than the above). */
  static final byte PUNCT = 9;
  /** Symbols (Unicode S* categories). */
  static final byte SYMBOL = 10;
  /** Emoji and other pictographs (Extended_Pictographic) and regional indicators. */
  static final byte PICTOGRAPH = 11;
  /** UTF-16 high surrogate: classify the code point with {@link #classOf(int)}. */
  static final byte HIGH_SURROGATE = 12;

  /** The class of every BMP char; read directly by the scanner's inner loops. Never modified. */
  static final byte[] TABLE = new byte[0x10000];

  /**
   * 1 for the BMP chars that continue a word ({@link #LETTER}, {@link #DIGIT}, {@link #NUMERIC},
   * {@link #EXTEND}), 0 for the others: a number, so that the scanner tests eight chars with one branch.
   */
  static final byte[] WORD = new byte[0x10000];

  /**
   * True for the BMP chars after which a run of word characters is a whole plain word whatever
   * comes next: separators, and the closing punctuation the compound rules never look across
   * ({@code , ; ! ? ) ] } » " ” …}). Not {@code . : ' - ( & + @ # _ ·} and the like, which can
   * continue a word, an abbreviation, a URL or an e-mail.
   */
  static final boolean[] ENDS_WORD = new boolean[0x10000];

  static {
    for (int c = 0; c < 0x10000; c++) {
      TABLE[c] = compute(c);
      WORD[c] = (byte) (TABLE[c] == LETTER || TABLE[c] == DIGIT || TABLE[c] == NUMERIC
          || TABLE[c] == EXTEND ? 1 : 0);
      ENDS_WORD[c] = TABLE[c] == SPACE;
    }
    for (char c : ",;!?)]}\u00BB\"\u201D\u2026".toCharArray()) {
      ENDS_WORD[c] = true;
    }
  }

  /** Returns the class of {@code c}. */
  static byte of(char c) {
    return TABLE[c];
  }

  /** Returns the class of the code point {@code cp}, supplementary ones included. */
  static byte classOf(int cp) {
    return cp < 0x10000 ? TABLE[cp] : compute(cp);
  }

  /** Returns true for the apostrophe look-alikes ' ’ ʼ ‘ ` ´ ′. */
  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018' || c == '`' || c == '\u00B4'
        || c == '\u2032';
  }

  /** Returns true for the apostrophes that elide even before a non-letter: ' ’ ʼ. */
  static boolean isStrongApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC';
  }

  /**
   * Returns true for the spaces that may separate digit groups in one number: space, no-break space,
   * narrow no-break space and the fixed-width spaces U+2000..U+200A.
   */
  static boolean isGroupSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || (c >= '\u2000' && c <= '\u200A');
  }

  /** Returns true if {@code c} separates tokens (see {@link #SPACE}). */
  static boolean isSpace(char c) {
    return TABLE[c] == SPACE;
  }

  private static byte compute(int c) {
    if (c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018' || c == '`' || c == '\u00B4'
        || c == '\u2032') {
      return APOSTROPHE;
    }
    if (c == '-' || c == '\u2010' || c == '\u2011') {
      return HYPHEN;
    }
    if (c == '.') {
      return PERIOD;
    }
    if (c == '\u00AD' || c == '\u200C' || c == '\u200D' || (c >= 0xFE00 && c <= 0xFE0F)
        || (c >= 0xE0100 && c <= 0xE01EF) || (c >= 0xE0020 && c <= 0xE007F)
        || (c >= 0x1F3FB && c <= 0x1F3FF)) {
      return EXTEND;
    }
    if (c == '\u200B' || c == '\uFEFF' || c == '\u2060' || c == '\u180E' || c == '\u200E'
        || c == '\u200F' || c == '\u061C' || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
      return SPACE;
    }
    if (c >= 0xD800 && c <= 0xDBFF) {
      return HIGH_SURROGATE;
    }
    if (c >= 0xDC00 && c <= 0xDFFF) {
      return OTHER;
    }
    if (UCharacter.isWhitespace(c) || UCharacter.isSpaceChar(c)) {
      return SPACE;
    }
    if (c >= 0x1F1E6 && c <= 0x1F1FF) {
      return PICTOGRAPH;
    }
    int type = UCharacter.getType(c);
    switch (type) {
      case UCharacterCategory.CONTROL:
      case UCharacterCategory.LINE_SEPARATOR:
      case UCharacterCategory.PARAGRAPH_SEPARATOR:
      case UCharacterCategory.SPACE_SEPARATOR:
        return SPACE;
      case UCharacterCategory.UPPERCASE_LETTER:
      case UCharacterCategory.LOWERCASE_LETTER:
      case UCharacterCategory.TITLECASE_LETTER:
      case UCharacterCategory.MODIFIER_LETTER:
      case UCharacterCategory.OTHER_LETTER:
        return LETTER;
      case UCharacterCategory.NON_SPACING_MARK:
      case UCharacterCategory.ENCLOSING_MARK:
      case UCharacterCategory.COMBINING_SPACING_MARK:
        return EXTEND;
      case UCharacterCategory.DECIMAL_DIGIT_NUMBER:
        return DIGIT;
      case UCharacterCategory.LETTER_NUMBER:
      case UCharacterCategory.OTHER_NUMBER:
        return NUMERIC;
      default:
        break;
    }
    if (UCharacter.hasBinaryProperty(c, UProperty.EXTENDED_PICTOGRAPHIC)) {
      return PICTOGRAPH;
    }
    switch (type) {
      case UCharacterCategory.DASH_PUNCTUATION:
      case UCharacterCategory.START_PUNCTUATION:
      case UCharacterCategory.END_PUNCTUATION:
      case UCharacterCategory.CONNECTOR_PUNCTUATION:
      case UCharacterCategory.OTHER_PUNCTUATION:
      case UCharacterCategory.INITIAL_PUNCTUATION:
      case UCharacterCategory.FINAL_PUNCTUATION:
        return PUNCT;
      case UCharacterCategory.MATH_SYMBOL:
      case UCharacterCategory.CURRENCY_SYMBOL:
      case UCharacterCategory.MODIFIER_SYMBOL:
      case UCharacterCategory.OTHER_SYMBOL:
        return SYMBOL;
      case UCharacterCategory.FORMAT:
        return EXTEND;
      default:
        return OTHER;
    }
  }
}
