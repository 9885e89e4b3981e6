package io.github.propre;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.propre.quote.Quote;
import io.github.propre.text.OffsetMap;
import io.github.propre.text.Paragraphs;
import io.github.propre.text.Span;
import io.github.propre.token.FrenchTokenizer;
import io.github.propre.token.Token;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A document's tokens, sentences and quotations, built the quick way (tokens straight from the
 * cursor with raw offsets, spans left as they are under an identity map, the pipeline's own
 * paragraphs reused), are what the plain composition gives: tokenize, then map each token; split
 * sentences, then map each span; split paragraphs again, extract, then map each quotation.
 */
class DocumentPartsProperties {

  static final List<Pipeline> PIPELINES = List.of(Pipeline.defaults(),
      Pipeline.builder().keepDuplicateParagraphs().build(),
      // tokens the sentence splitter does not read: sentences() must tokenize on its own
      Pipeline.builder().tokenizer(FrenchTokenizer.standard().splitTimes(false)).build());

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.of(
        "l’été", "l'été", "lâ€™Ã©tÃ©", "Ã  ", "« oui »", "«\u202Fnon\u202F»", "\"dit\"",
        "— Oui, dit-il.", "a-t-il", "80 000", "M. Dupont", "aujourd’hui", "\r\n", "\n", "\n\n",
        " ", "\u00A0", "\uFEFF", "\u00AD", "ﬁn", "e\u0301", "’", "'", "—", ".", "!", "?",
        "Le ministre a déclaré : « Viens ! »", "démo\u00ADcratie", "Qu'il vienne.",
        "Une phrase assez longue pour être un paragraphe que l’on pourrait répéter ici même.\n\n");
    return pieces.list().ofMaxSize(30).map(l -> String.join("", l));
  }

  @Property(tries = 300)
  void parts_equalThePlainComposition(@ForAll("texts") String raw) {
    for (Pipeline p : PIPELINES) {
      Document doc = p.process(raw);
      OffsetMap map = doc.offsets();
      String text = doc.text();

      List<Token> tokens = new ArrayList<>();
      for (Token t : p.tokenizer().tokenize(text)) {
        tokens.add(t.mapped(map));
      }
      assertEquals(tokens, doc.tokens(), raw);

      List<Span> sentences = new ArrayList<>();
      for (Span s : p.sentenceSplitter().split(text)) {
        sentences.add(map.rawSpan(s));
      }
      assertEquals(sentences, doc.sentences(), raw);

      List<Quote> quotes = new ArrayList<>();
      for (Quote q : p.quoteExtractor().extract(text, Paragraphs.split(text, p.paragraphMode()))) {
        quotes.add(q.mapped(map));
      }
      assertEquals(quotes, doc.quotes(), raw);

      // Asked in the other order, sentences before tokens, the parts are the same.
      Document again = p.process(raw);
      assertEquals(sentences, again.sentences(), raw);
      assertEquals(tokens, again.tokens(), raw);
      assertEquals(sentences, again.sentences(), raw);
    }
  }
}
