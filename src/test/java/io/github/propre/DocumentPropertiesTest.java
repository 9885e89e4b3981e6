package io.github.propre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.dedup.Removal;
import io.github.propre.quote.Quote;
import io.github.propre.text.Paragraph;
import io.github.propre.text.Span;
import io.github.propre.token.Token;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the input, every span a document gives lies in the raw text, in order. */
class DocumentPropertiesTest {

  @Provide
  Arbitrary<String> damagedFrench() {
    Arbitrary<String> pieces = Arbitraries.of(
        "l’été", "l'été", "lâ€™Ã©tÃ©", "Ã  ", "« oui »", "«\u202Fnon\u202F»", "\"dit\"", "— Oui, dit-il.",
        "a-t-il", "80 000", "1\u00A0000,50 €", "M. Dupont", "aujourd’hui", "\r\n", "\n", "\n\n",
        " ", "\u00A0", "\u202F", "\uFEFF", "\u00AD", "ﬁn", "&eacute;", "\uD800", "e\u0301", "«", "»",
        "’", "'", "—", "--", ".", "!", "?", "Le ministre a déclaré : « Viens ! »",
        "Une phrase assez longue pour être un paragraphe que l’on pourrait répéter ici même.");
    return pieces.list().ofMaxSize(30).map(l -> String.join("", l));
  }

  @Property(tries = 300)
  void spans_lieInTheRawTextInOrder(@ForAll("damagedFrench") String raw) {
    Document doc = Propre.process(raw);
    int n = raw.length();
    List<Span> all = new ArrayList<>();
    for (Paragraph p : doc.paragraphs()) {
      all.add(p.span());
    }
    checkOrdered(all, n);
    for (Removal r : doc.removed()) {
      assertTrue(r.removedSpan().end() <= n);
      assertTrue(r.duplicateOf().end() <= n);
    }
    List<Span> tokens = new ArrayList<>();
    for (Token t : doc.tokens()) {
      tokens.add(t.span());
      assertTrue(!t.text().isEmpty());
    }
    checkOrdered(tokens, n);
    checkOrdered(doc.sentences(), n);
    for (Quote q : doc.quotes()) {
      assertTrue(q.end() <= n && q.start() <= q.end());
      for (Span part : q.parts()) {
        assertTrue(q.span().contains(part), q + " part " + part);
      }
    }
    assertEquals(n, doc.offsets().rawLength());
    assertEquals(doc.text().length(), doc.offsets().cleanedLength());
  }

  @Property(tries = 200)
  void processing_isIdempotentOnItsOwnOutput(@ForAll("damagedFrench") String raw) {
    String once = Propre.process(raw).text();
    assertEquals(once, Propre.process(once).text());
  }

  private static void checkOrdered(List<Span> spans, int n) {
    int previousEnd = 0;
    for (Span s : spans) {
      assertTrue(s.start() >= previousEnd, spans.toString());
      assertTrue(s.end() <= n);
      previousEnd = s.end();
    }
  }
}
