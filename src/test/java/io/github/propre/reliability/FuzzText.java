package io.github.propre.reliability;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * Turns fuzzer bytes into French-looking text: the fuzzer picks among French fragments, hostile
 * characters (every kind of space, quote marks, apostrophes, dashes, combining marks, surrogates,
 * controls) and arbitrary UTF-16 units, so that mutations reach the tokenizer's and the quote
 * scanner's French rules instead of dying in the first branch.
 */
final class FuzzText {
  private FuzzText() {}

  /** French fragments: elisions, clitics, numbers, abbreviations, quotes, dialogue, web tokens. */
  static final String[] FRAGMENTS = {
      "l’", "l'", "L’", "qu’", "jusqu’", "aujourd’hui", "homme", "été", "Il", "elle", "dit", "a-t-il",
      "dit-elle", "donne-le-moi", "peut-être", "États-Unis", "c’est-à-dire", "O’Neill", "M.", "Mme",
      "etc.", "J.-C.", "S.N.C.F.", "80 000", "1 000,50", "3,14", "-0,8", "12 %", "20h30", "1er", "XIXe",
      "n°", "°C", "https://exemple.fr/a?b=1", "www.x.fr", "jean@exemple.fr", "@moi", "#tag", ":-)",
      "👍🏽", "🇫🇷", "« ", " »", "«", "»", "“", "”", "„", "‹", "›", "‘", "’", "\"", "— ", "–", "--",
      "Oui", "Non", ",", ".", "...", "…", "!", "?", ";", ":", "(", ")", "[", "]", "selon", "déclare",
      "a déclaré", "répondit", "le ministre", "Emma", "Charles", "\n", "\n\n", "\r\n", " ", "\u00A0",
      "\u202F", "\u2009", "\u200B", "\uFEFF", "\t", "\u2028", "\u2029", "\u0085", "lâ€™Ã©tÃ©", "Ã©",
      "&amp;", "&nbsp;", "&#8217;", "ﬁ", "e\u0301", "\u00AD", "\u2011", "\uD83D", "\uDE00", "\u0000",
      "\u001B", "\u0080", "\u0092", "\uFFFD",
  };

  /** Characters that stress scanners: spaces, marks, surrogates, controls, combining marks. */
  static final char[] HOSTILE = {
      ' ', '\u00A0', '\u202F', '\u2009', '\u200A', '\u2007', '\u3000', '\u1680', '\u200B', '\u2060',
      '\uFEFF', '\t', '\n', '\r', '\u000B', '\u000C', '\u0085', '\u2028', '\u2029', '«', '»', '“', '”',
      '„', '‟', '‹', '›', '"', '\'', '’', '‘', 'ʼ', '`', '´', '′', '-', '‐', '‑', '–', '—', '―', '.', '…',
      '!', '?', ',', ';', ':', '(', ')', '\u0301', '\u0327', '\u20DD', '\u200D', '\uFE0F', '\uD83D',
      '\uDC4D', '\uDBFF', '\uDFFF', '\u0000', '\u0001', '\u007F', '\u009F', '\u00AD', '&', '#', '@', '/',
      '0', '1', '9', 'a', 'A', 'é', 'É', 'ß', 'İ', 'ﬁ', 'Ã', '©',
  };

  /** Returns a text of at most {@code maxChars} chars built from {@code data}. */
  static String from(FuzzedDataProvider data, int maxChars) {
    StringBuilder sb = new StringBuilder();
    while (data.remainingBytes() > 0 && sb.length() < maxChars) {
      int kind = data.consumeInt(0, 3);
      switch (kind) {
        case 0 -> sb.append(FRAGMENTS[data.consumeInt(0, FRAGMENTS.length - 1)]);
        case 1 -> sb.append(HOSTILE[data.consumeInt(0, HOSTILE.length - 1)]);
        case 2 -> sb.append(data.consumeChar());
        default -> {
          // A run of one piece: hostile repetitions are where quadratic scans hide.
          String piece = data.consumeBoolean() ? String.valueOf(HOSTILE[data.consumeInt(0, HOSTILE.length - 1)])
              : FRAGMENTS[data.consumeInt(0, FRAGMENTS.length - 1)];
          int times = data.consumeInt(1, 64);
          for (int i = 0; i < times && sb.length() < maxChars; i++) {
            sb.append(piece);
          }
        }
      }
    }
    if (sb.length() > maxChars) {
      sb.setLength(maxChars);
    }
    return sb.toString();
  }
}
