package io.github.propre.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.propre.testing.LinearTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hostile input (one character repeated millions of times) is cleaned in time linear in its size.
 *
 * <p>No absolute time limit: each input is cleaned, with every step on, at two sizes, the larger
 * four times the smaller, and {@link LinearTime} checks that the CPU time grows linearly, not the
 * sixteen times a quadratic step would take.
 */
@Tag("slow")
class LinearTimeTest {
  static final int LARGE = 4_000_000;
  static final int SMALL = LARGE / 4;

  static final String[] HOSTILE = {
    "«", "»", "'", "’", "\"", "“", "-", "Ã", "â", "Â", "&", " ", "\u00A0", "\t", "\n", "\r",
    "\u0085", "\u0092", "\u00AD", "\u0301", "\u200B", "\u200D", "\uFEFF", ":", "?", "<", ">",
    "é", "ﬁ", "\uD800", "Ã©", "e\u0301", "\r\n", "l'", "&amp;", "Ð¿", "« ", "\" ",
  };

  static final Cleaner ALL = Cleaner.builder().htmlEntities(true).quotes(Quotes.GUILLEMETS)
      .spaces(Spaces.FRENCH).trimLines(true).collapseSpaces(true).build();

  @Test
  void hostileRepetition_isCleanedInLinearTime() {
    for (String unit : HOSTILE) {
      String large = unit.repeat(LARGE / unit.length());
      LinearTime.assertLinear("cleaning " + escape(unit), large.substring(0, SMALL), large,
          text -> ALL.clean(text).text().length());
    }
  }

  @Test
  void hostileRepetition_keepsOffsetsRight() {
    String raw = "Ã©".repeat(LARGE / 2);
    Cleaned c = Cleaner.defaults().clean(raw);
    assertEquals(LARGE / 2, c.text().length());
    assertEquals(LARGE - 2, c.rawSpan(LARGE / 2 - 1, LARGE / 2).start());
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char ch : s.toCharArray()) {
      sb.append(ch < 0x20 || ch > 0x7E ? String.format("\\u%04X", (int) ch) : String.valueOf(ch));
    }
    return sb.toString();
  }
}
