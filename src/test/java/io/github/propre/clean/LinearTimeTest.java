package io.github.propre.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hostile input (one character repeated millions of times) is cleaned in time linear in its size.
 *
 * <p>No absolute time limit: each input is cleaned, with every step on, at two sizes, the larger
 * four times the smaller, and the time must grow by clearly less than the sixteen times a
 * quadratic step would take (after a warm-up; measured again, keeping the best times, when a pause
 * of the JIT or the collector made it look worse).
 */
@Tag("slow")
class LinearTimeTest {
  static final int LARGE = 10_000_000;
  static final int SMALL = LARGE / 4;
  static final double MAX_GROWTH = 10.0; // linear: about 4; quadratic: about 16

  static final String[] HOSTILE = {
    "«", "»", "'", "’", "\"", "“", "-", "Ã", "â", "Â", "&", " ", "\u00A0", "\t", "\n", "\r",
    "\u0085", "\u0092", "\u00AD", "\u0301", "\u200B", "\u200D", "\uFEFF", ":", "?", "<", ">",
    "é", "ﬁ", "\uD800", "Ã©", "e\u0301", "\r\n", "l'", "&amp;", "Ð¿", "« ", "\" ",
  };

  static final Cleaner ALL = Cleaner.builder().htmlEntities(true).quotes(Quotes.GUILLEMETS)
      .spaces(Spaces.FRENCH).trimLines(true).collapseSpaces(true).build();

  @Test
  void hostileRepetition_isCleanedInLinearTime() {
    StringBuilder report = new StringBuilder();
    for (String unit : HOSTILE) {
      String small = unit.repeat(SMALL / unit.length());
      String large = unit.repeat(LARGE / unit.length());
      time(small); // warm-up
      long t1 = Long.MAX_VALUE;
      long t4 = Long.MAX_VALUE;
      double growth = Double.MAX_VALUE;
      // Measure again only when a pause made the growth look bad: a quadratic step stays bad.
      for (int attempt = 0; attempt < 3 && growth >= MAX_GROWTH; attempt++) {
        t1 = Math.min(t1, time(small));
        t4 = Math.min(t4, time(large));
        growth = (double) t4 / Math.max(t1, 1_000_000L);
      }
      report.append(String.format("%s x %d: %.0f ms, x4: %.0f ms (%.1f)%n", escape(unit),
          SMALL / unit.length(), t1 / 1e6, t4 / 1e6, growth));
      assertTrue(growth < MAX_GROWTH, "quadratic growth for " + escape(unit) + ":\n" + report);
    }
    System.out.print(report);
  }

  @Test
  void hostileRepetition_keepsOffsetsRight() {
    String raw = "Ã©".repeat(LARGE / 2);
    Cleaned c = Cleaner.defaults().clean(raw);
    assertEquals(LARGE / 2, c.text().length());
    assertEquals(LARGE - 2, c.rawSpan(LARGE / 2 - 1, LARGE / 2).start());
  }

  private static long time(String input) {
    long t0 = System.nanoTime();
    ALL.clean(input);
    return System.nanoTime() - t0;
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char ch : s.toCharArray()) {
      sb.append(ch < 0x20 || ch > 0x7E ? String.format("\\u%04X", (int) ch) : String.valueOf(ch));
    }
    return sb.toString();
  }
}
