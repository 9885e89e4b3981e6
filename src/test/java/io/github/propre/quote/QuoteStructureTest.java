package io.github.propre.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.text.Paragraph;
import io.github.propre.text.ParagraphMode;
import io.github.propre.text.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pairing, nesting, paragraphs and dialogue turns, without attribution. */
class QuoteStructureTest {
  private static final QuoteExtractor STRUCTURE = QuoteExtractor.builder().attribution(false).build();

  private static List<String> describe(List<Quote> quotes) {
    List<String> out = new ArrayList<>();
    for (Quote q : quotes) {
      out.add(q.level() + " " + q.kind().label() + (q.closed() ? "" : " unclosed") + " " + q.span()
          + " " + q.text().replace("\n", "¶"));
    }
    return out;
  }

  private static List<String> structure(String text) {
    return describe(STRUCTURE.extract(text));
  }

  @Test
  public void guillemets_anyInnerSpace() {
    String text = "«Un» « deux » «\u00A0trois\u00A0» «\u202Fquatre\u202F» «\u2009cinq\u2009»";
    List<Quote> qs = STRUCTURE.extract(text);
    List<String> words = new ArrayList<>();
    qs.forEach(q -> words.add(q.text()));
    assertEquals(List.of("Un", "deux", "trois", "quatre", "cinq"), words);
    assertEquals(new Span(0, 4), qs.get(0).span());
    assertEquals(new Span(5, 13), qs.get(1).span());
    assertEquals(List.of(new Span(7, 11)), qs.get(1).parts());
  }

  @Test
  public void nesting_threeLevelsWithApostrophesEverywhere() {
    String text = "« L’homme m’a dit : “ Qu’il s’en aille, c’est l’‘ aujourd’hui ’ qu’on l’attend ” et j’y crois. »";
    assertEquals(List.of(
        "0 speech [0, 96) L’homme m’a dit : “ Qu’il s’en aille, c’est l’‘ aujourd’hui ’ qu’on l’attend ” et j’y crois.",
        "1 speech [20, 80) Qu’il s’en aille, c’est l’‘ aujourd’hui ’ qu’on l’attend",
        "2 speech [48, 63) aujourd’hui"), structure(text));
  }

  @Test
  public void nesting_sameGuillemetsInside() {
    assertEquals(List.of("0 speech [0, 42) Il a crié « Ohé, madame ! » puis rien.",
        "1 speech [12, 29) Ohé, madame !"), structure("« Il a crié « Ohé, madame ! » puis rien. »"));
  }

  @Test
  public void apostrophe_betweenLettersNeverCloses() {
    // The ‘ is open; the ’ of aujourd’hui and l’autre are apostrophes, the last ’ closes.
    assertEquals(List.of("0 speech [0, 24) aujourd’hui et l’autre"),
        structure("‘aujourd’hui et l’autre’ dit-on."));
    assertEquals(List.of(), structure("L’homme d’aujourd’hui n’a rien dit."));
  }

  @Test
  public void otherMarks_curlyLowSingleStraight() {
    assertEquals(List.of("0 speech [3, 8) oui", "0 speech [12, 18) nein", "0 speech [22, 27) ici",
        "0 speech [31, 36) oui"), structure("Il “oui” et „nein“ et ‹ici› et \"oui\"."));
  }

  @Test
  public void straightQuotes_pairLeftToRight() {
    assertEquals(List.of("0 speech [3, 11) un mot", "0 speech [15, 21) deux"),
        structure("Un \"un mot\" et \"deux\"."));
  }

  @Test
  public void multiParagraph_openingGuillemetContinues() {
    String text = "Il dit :\n« Premier paragraphe.\n« Deuxième paragraphe.\n« Fin. »\nNarration.";
    List<Quote> qs = STRUCTURE.extract(text);
    assertEquals(1, qs.size());
    Quote q = qs.get(0);
    assertEquals("Premier paragraphe.\nDeuxième paragraphe.\nFin.", q.text());
    assertEquals(new Span(9, 62), q.span());
    assertEquals(List.of(new Span(11, 30), new Span(33, 53), new Span(56, 60)), q.parts());
    assertEquals(1, q.firstParagraph());
    assertEquals(3, q.lastParagraph());
    assertTrue(q.closed());
  }

  @Test
  public void multiParagraph_olderClosingGuillemetContinues() {
    String text = "« Premier.\n» Deuxième.\n» Troisième. »\nNarration.";
    List<Quote> qs = STRUCTURE.extract(text);
    assertEquals(List.of("0 speech [0, 37) Premier.¶Deuxième.¶Troisième."), describe(qs));
    assertEquals(List.of(new Span(2, 10), new Span(13, 22), new Span(25, 35)), qs.get(0).parts());
  }

  @Test
  public void multiParagraph_blankLineParagraphs() {
    String text = "« Premier\nsuite.\n\n« Second. »\n\nNarration.";
    assertEquals(List.of("0 speech [0, 29) Premier¶suite.¶Second."), structure(text));
  }

  @Test
  public void unclosed_endsWithParagraph_thenNewQuote() {
    String text = "Il a dit « jamais fermé.\nPuis « une autre » encore.";
    assertEquals(List.of("0 speech unclosed [9, 24) jamais fermé.", "0 speech [30, 43) une autre"),
        structure(text));
  }

  @Test
  public void unclosed_neverSwallowsTheDocument() {
    StringBuilder sb = new StringBuilder("« ouvert");
    for (int i = 0; i < 50; i++) {
      sb.append("\nParagraphe ").append(i).append('.');
    }
    List<Quote> qs = STRUCTURE.extract(sb);
    assertEquals(1, qs.size());
    assertEquals(new Span(0, 8), qs.get(0).span());
    assertFalse(qs.get(0).closed());
    assertEquals(0, qs.get(0).lastParagraph());
  }

  @Test
  public void unclosedInner_endsAtOuterClosing() {
    assertEquals(List.of("0 speech [0, 19) un “ deux trois", "1 speech unclosed [5, 17) deux trois"),
        structure("« un “ deux trois » fin"));
  }

  @Test
  public void strayClosers_areIgnored() {
    assertEquals(List.of("0 speech [10, 18) vrai"), structure("Fin » ” › « vrai » »"));
  }

  @Test
  public void dialogue_dashesAtParagraphStart() {
    String text = "— Bonjour.\n– Salut.\n-- Ça va ?\n—Oui.\nNarration — avec un tiret — ici.";
    assertEquals(List.of("0 dialogue [0, 10) Bonjour.", "0 dialogue [11, 19) Salut.",
        "0 dialogue [20, 30) Ça va ?", "0 dialogue [31, 36) Oui."), structure(text));
  }

  @Test
  public void dialogue_turnsInsideOneGuillemetPair() {
    assertEquals(List.of("0 dialogue [0, 11) Comment ?", "0 dialogue [12, 27) Oh ! rien."),
        structure("« Comment ? -- Oh ! rien. »"));
    // A dash that does not follow the end of a sentence is an aside, not a turn.
    assertEquals(List.of("0 speech [0, 31) Je crois — dit-il — que oui"),
        structure("« Je crois — dit-il — que oui »"));
  }

  @Test
  public void dialogue_turnsAcrossParagraphsInsideGuillemets() {
    String text = "« Partons-nous ?\n— Demain !\n— Soit. Adieu. »\nNarration.";
    assertEquals(List.of("0 dialogue [0, 16) Partons-nous ?", "0 dialogue [17, 27) Demain !",
        "0 dialogue [28, 44) Soit. Adieu."), structure(text));
  }

  @Test
  public void dialogue_dashThenGuillemetIsOneQuote() {
    assertEquals(List.of("0 dialogue [0, 15) Malheur !"), structure("— « Malheur ! » me dit-elle."));
  }

  @Test
  public void emptyAndMarkOnly_quotesAreNotReported() {
    assertEquals(List.of(), structure("« » “ ” « « « — "));
  }

  @Test
  public void paragraphs_givenByTheCaller() {
    String text = "« a\n« b »";
    // Two lines, two paragraphs: the second « continues the quote.
    assertEquals(List.of("0 speech [0, 9) a¶b"), structure(text));
    // One paragraph given by the caller: the second « opens a nested quote.
    List<Paragraph> one = List.of(new Paragraph(0, text, new Span(0, text.length())));
    assertEquals(List.of("0 speech unclosed [0, 9) a¶« b »", "1 speech [4, 9) b"),
        describe(STRUCTURE.extract(text, one)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> STRUCTURE.extract(text, List.of(new Paragraph(0, "x", new Span(0, 99)))));
    assertEquals("paragraphs[0]: expected a span in order within [0, 9] after 0, got [0, 99)",
        e.getMessage());
  }

  @Test
  public void builder_rejectsNull() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> QuoteExtractor.builder().paragraphMode(null));
    assertEquals("mode", e.getMessage());
    assertThrows(NullPointerException.class, () -> STRUCTURE.extract(null));
    assertEquals(ParagraphMode.AUTO, ParagraphMode.valueOf("AUTO"));
  }
}
