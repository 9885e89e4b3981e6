package io.github.propre.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.text.Span;
import java.util.List;
import io.github.propre.testing.LinearTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/** Invariants of the extractor on random mixes of words, marks, dashes and line breaks. */
class QuoteExtractorPropertiesTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.standard();

  private static final List<String> PIECES = List.of("«", "»", "« ", " »", "«\u00A0", "\u202F»", "“",
      "”", "‘", "’", "'", "\"", "„", "‹", "›", "—", "– ", "--", "-", "\n", "\n\n", " ", ",", ".", " !",
      " ?", " : ", "…", "Oui", "dit-il", "a-t-elle ajouté", "répondit Marie", "selon lui", " l’",
      " aujourd’hui", "Le ministre", "a déclaré", "estime", "le syndicat", "il", " qu’il", "Lavrov",
      "a affirmé", "x");

  @Provide
  Arbitrary<List<String>> pieces() {
    return Arbitraries.of(PIECES).list().ofMaxSize(80);
  }

  @Provide
  Arbitrary<String> mixes() {
    return pieces().map(l -> String.join("", l));
  }

  @Property
  void spansAreInBoundsNestedAndMatchTheText(@ForAll("mixes") String text) {
    List<Quote> quotes = EXTRACTOR.extract(text);
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      assertTrue(0 <= q.start() && q.start() < q.end() && q.end() <= text.length(), q::toString);
      if (i > 0) {
        assertTrue(quotes.get(i - 1).start() <= q.start(), "quotes in start order");
      }
      List<Span> parts = q.parts();
      assertTrue(!parts.isEmpty(), q::toString);
      StringBuilder expected = new StringBuilder();
      int previous = q.start();
      for (Span p : parts) {
        assertTrue(previous <= p.start() && p.start() < p.end() && p.end() <= q.end(), q::toString);
        assertTrue(!Marks.isSpace(text.charAt(p.start())) && !Marks.isSpace(text.charAt(p.end() - 1)),
            "parts are trimmed: " + q);
        if (expected.length() > 0) {
          String gap = text.substring(previous, p.start());
          expected.append(gap.indexOf('\n') >= 0 ? '\n' : ' ');
        }
        expected.append(text, p.start(), p.end());
        previous = p.end();
      }
      assertEquals(expected.toString(), q.text());
      assertTrue(q.firstParagraph() <= q.lastParagraph(), q::toString);
      q.speaker().ifPresent(m -> assertEquals(m.text(), text.substring(m.start(), m.end())));
      q.verb().ifPresent(m -> assertEquals(m.text(), text.substring(m.start(), m.end())));
      int containing = 0;
      for (Quote o : quotes) {
        if (o == q) {
          continue;
        }
        boolean disjoint = o.end() <= q.start() || q.end() <= o.start();
        boolean nested = o.span().contains(q.span()) || q.span().contains(o.span());
        assertTrue(disjoint || nested, "spans properly nested or disjoint: " + o + " / " + q);
        if (o.span().contains(q.span()) && !o.span().equals(q.span())) {
          containing++;
        }
      }
      assertEquals(containing, q.level(), () -> "level of " + q);
    }
  }

  /**
   * An unclosed quote never holds, directly and in its paragraph, an unclosed quote opened by the
   * same mark: stray opening marks give quotes one after the other, so a paragraph's unclosed
   * quotes cannot nest as deep as it has marks. (Marks of another kind between them, `« “ «`, do
   * nest: that is the usual French nesting.)
   */
  @Property
  void unclosedQuotesOfOneMarkDoNotNestInOneParagraph(@ForAll("mixes") String text) {
    List<Quote> quotes = EXTRACTOR.extract(text);
    for (Quote outer : quotes) {
      if (outer.closed() || outer.firstParagraph() != outer.lastParagraph()) {
        continue;
      }
      for (Quote inner : quotes) {
        if (inner == outer || inner.closed() || !strictlyInside(inner, outer)
            || text.charAt(inner.start()) != text.charAt(outer.start())) {
          continue;
        }
        boolean between = false;
        for (Quote c : quotes) {
          between |= strictlyInside(c, outer) && strictlyInside(inner, c);
        }
        assertTrue(between, () -> "unclosed " + inner + " directly in unclosed " + outer);
      }
    }
  }

  private static boolean strictlyInside(Quote inner, Quote outer) {
    return outer.span().contains(inner.span()) && !outer.span().equals(inner.span());
  }

  @Property
  void apostropheAndSpaceVariantsGiveTheSameQuotes(@ForAll("pieces") List<String> pieces) {
    // ' and ’ in elisions and inside words are apostrophes either way; NBSP and NNBSP pad like a space.
    String text = String.join("", pieces);
    StringBuilder variant = new StringBuilder();
    for (String p : pieces) {
      variant.append(switch (p) {
        case " l’" -> " l'";
        case " aujourd’hui" -> " aujourd'hui";
        case " qu’il" -> " qu'il";
        case "«\u00A0" -> "« ";
        case "\u202F»" -> " »";
        default -> p;
      });
    }
    List<Quote> a = EXTRACTOR.extract(text);
    List<Quote> b = EXTRACTOR.extract(variant);
    assertEquals(a.size(), b.size());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i).span(), b.get(i).span());
      assertEquals(a.get(i).parts(), b.get(i).parts());
      assertEquals(a.get(i).kind(), b.get(i).kind());
      assertEquals(a.get(i).speaker().map(Mention::span), b.get(i).speaker().map(Mention::span));
      assertEquals(a.get(i).verb().map(Mention::span), b.get(i).verb().map(Mention::span));
    }
  }

  /** Asserts that 16 times the input costs about 16 times the time, not 256 (see {@link LinearTime}). */
  static void assertLinear(String unit, int largeChars) {
    String large = unit.repeat(Math.max(16, largeChars / unit.length()));
    LinearTime.assertLinear("extracting quotes from '" + unit + "'",
        large.substring(0, large.length() / 16), large, text -> EXTRACTOR.extract(text).size());
  }

  @Property(tries = 8)
  @Tag("timing")
  void hostileRepetitionsTakeLinearTime(@ForAll("mixes") String unit) {
    assertLinear(unit.isEmpty() ? "«" : unit, 256_000);
  }
}
