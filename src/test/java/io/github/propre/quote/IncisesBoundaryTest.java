package io.github.propre.quote;

import static io.github.propre.quote.QuoteCases.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Incises at the edges of a quote: a final incise before each kind of closing mark, each separator
 * before an incise and each punctuation after a final one, incises around nested quotes, in a quote
 * that runs over paragraphs, and a second incise in the last sentence (Incises.cutIncises).
 */
class IncisesBoundaryTest {

  @Test
  public void finalIncise_everyClosingMarkStaysInTheSpan() {
    // The words end before the incise; the span still runs to the closing mark, whatever its kind.
    assertEquals(List.of("speech L0 [0,14) Oui | il@10-12 | dit@6-9"), describe("“Oui, dit-il.”"));
    assertEquals(List.of("speech L0 [0,14) Oui | il@10-12 | dit@6-9"), describe("„Oui, dit-il.“"));
    assertEquals(List.of("speech L0 [0,16) Oui | il@11-13 | dit@7-10"), describe("‹ Oui, dit-il. ›"));
    assertEquals(List.of("speech L0 [0,14) Oui | il@10-12 | dit@6-9"), describe("‘Oui, dit-il.’"));
    assertEquals(List.of("speech L0 [0,14) Oui | il@10-12 | dit@6-9"), describe("\"Oui, dit-il.\""));
  }

  @Test
  public void finalIncise_quoteLeftOpenEndsWithItsWords() {
    // No closing mark: the span ends with the last quoted word, before the incise.
    assertEquals(List.of("speech L0 open [0,5) Oui | il@11-13 | dit@7-10"), describe("« Oui, dit-il."));
    assertEquals(List.of("speech L0 open [0,5) Oui | il@11-13 | dit@7-10"), describe("« Oui, dit-il.   "));
  }

  @Test
  public void finalIncise_anyPunctuationAfterItIsNoWord() {
    assertEquals(List.of("speech L0 [0,17) Oui | il@11-13 | dit@7-10"), describe("« Oui, dit-il ! »"));
    assertEquals(List.of("speech L0 [0,18) Oui | il@11-13 | dit@7-10"), describe("« Oui, dit-il... »"));
    assertEquals(List.of("speech L0 [0,17) Oui | il@11-13 | dit@7-10"), describe("« Oui, dit-il ; »"));
  }

  @Test
  public void finalIncise_theSeparatorBeforeItIsDroppedUnlessItEndsTheWords() {
    // , ; and a dash before a final incise are not the quote's; ! ? … are.
    assertEquals(List.of("speech L0 [0,17) Oui | il@12-14 | dit@8-11"), describe("« Oui ; dit-il. »"));
    assertEquals(List.of("speech L0 [0,17) Oui | il@12-14 | dit@8-11"), describe("« Oui — dit-il. »"));
    assertEquals(List.of("speech L0 [0,17) Oui ! | il@12-14 | dit@8-11"), describe("« Oui ! dit-il. »"));
    assertEquals(List.of("speech L0 [0,17) Oui ? | il@12-14 | dit@8-11"), describe("« Oui ? dit-il. »"));
    assertEquals(List.of("speech L0 [0,16) Oui… | il@11-13 | dit@7-10"), describe("« Oui… dit-il. »"));
  }

  @Test
  public void separator_notAfterASinglePeriodNorAGluedDash() {
    // A period ends a sentence: what follows is no incise, even in lower case. Two periods are an
    // ellipsis, after which an incise may come.
    assertEquals(List.of("speech L0 [0,26) Oui. dit-il, je viens. | - | -"), describe("« Oui. dit-il, je viens. »"));
    assertEquals(List.of("speech L0 [0,27) Oui.. je viens. | il@12-14 | dit@8-11"),
        describe("« Oui.. dit-il, je viens. »"));
    // A dash opens an incise after a space (French spacing); the space after it may be missing.
    assertEquals(List.of("speech L0 [0,26) Oui — je viens. | il@11-13 | dit@7-10"),
        describe("« Oui —dit-il, je viens. »"));
  }

  @Test
  public void inciseEndedByADashOrASemicolon() {
    assertEquals(List.of("speech L0 [0,27) Oui, je viens. | il@11-13 | dit@7-10"),
        describe("« Oui, dit-il — je viens. »"));
    assertEquals(List.of("speech L0 [0,28) Oui ; je viens. | il@12-14 | dit@8-11"),
        describe("« Oui ; dit-il ; je viens. »"));
  }

  @Test
  public void incise_afterANestedQuoteIsTheOuterQuotes() {
    // The nested quote's words are skipped: the comma after its closing mark opens the incise.
    String text = "« Il a crié « au feu », dit-il, et vite. »";
    assertEquals("speech L0 [0,42) Il a crié « au feu », et vite. | il@28-30 | dit@24-27", describe(text).get(0));
  }

  @Test
  public void incise_inAQuoteContinuedOverParagraphs() {
    // The incise is final in its paragraph: the quote's words go on in the next one.
    assertEquals(List.of("speech L0 [0,26) Oui\nEnfin. | il@11-13 | dit@7-10"),
        describe("« Oui, dit-il.\n\n« Enfin. »"));
    assertEquals(List.of("speech L0 [0,33) Oui\nNon\nEnfin. | il@18-20 | dit@14-17"),
        describe("« Oui\n\n« Non, dit-il.\n\n« Enfin. »"));
    assertEquals(List.of("speech L0 [0,30) Oui\nNon, enfin. | il@18-20 | dit@14-17"),
        describe("« Oui\n\n« Non, dit-il, enfin. »"));
  }

  @Test
  public void incise_inEachDashTurnOfADialogue() {
    assertEquals(List.of("dialogue L0 [0,5) Oui | il@11-13 | dit@7-10",
            "dialogue L0 [16,21) Non | Paul@32-36 | répondit@23-31"),
        describe("— Oui, dit-il.\n\n— Non, répondit Paul."));
  }

  @Test
  public void secondIncise_finalInItsSentence() {
    // The second quote ends before its incise; between guillemets, at the closing mark.
    assertEquals(List.of(
            "dialogue L0 [0,35) Viens ici, Tu es fatigué. | il@17-19 | dit@13-16",
            "dialogue L0 [36,48) Et toi aussi | il@59-61 | ajouta@50-56"),
        describe("— Viens ici, dit-il. Tu es fatigué. Et toi aussi, ajouta-t-il."));
    assertEquals(List.of(
            "speech L0 [0,35) Viens ici, Tu es fatigué. | il@17-19 | dit@13-16",
            "speech L0 [36,64) Et toi aussi | il@59-61 | ajouta@50-56"),
        describe("« Viens ici, dit-il. Tu es fatigué. Et toi aussi, ajouta-t-il. »"));
    assertEquals(List.of(
            "speech L0 [0,21) Oui, viens. | il@11-13 | dit@7-10",
            "speech L0 [22,43) Non | il@31-33 | dit@27-30"),
        describe("« Oui, dit-il, viens. Non, dit-il encore. »"));
  }

  @Test
  public void secondIncise_itsSentenceStartsAfterAnEndOfSentenceAndASpace() {
    assertEquals(List.of(
            "speech L0 [0,35) Viens ici, Tu es fatigué… | il@17-19 | dit@13-16",
            "speech L0 [36,71) Et toi aussi, viens. | il@59-61 | ajouta@50-56"),
        describe("« Viens ici, dit-il. Tu es fatigué… Et toi aussi, ajouta-t-il, viens. »"));
    assertEquals(List.of(
            "speech L0 [0,36) Viens ici, Tu es fatigué ! | il@17-19 | dit@13-16",
            "speech L0 [37,72) Et toi aussi, viens. | il@60-62 | ajouta@51-57"),
        describe("« Viens ici, dit-il. Tu es fatigué ! Et toi aussi, ajouta-t-il, viens. »"));
    // A sentence may open with an ellipsis.
    assertEquals(List.of(
            "speech L0 [0,35) Viens ici, Tu es fatigué. | il@17-19 | dit@13-16",
            "speech L0 [36,73) … et toi aussi, viens. | il@61-63 | ajouta@52-58"),
        describe("« Viens ici, dit-il. Tu es fatigué. … et toi aussi, ajouta-t-il, viens. »"));
    // No space after the period: no sentence starts there, so the second incise's sentence is the
    // one that starts after the first incise.
    assertEquals(List.of(
            "speech L0 [0,20) Viens ici | il@17-19 | dit@13-16",
            "speech L0 [21,70) Tu es fatigué.Et toi aussi, viens. | il@58-60 | ajouta@49-55"),
        describe("« Viens ici, dit-il. Tu es fatigué.Et toi aussi, ajouta-t-il, viens. »"));
  }

  @Test
  public void narration_withANestedQuoteBeforeTheWordsResume() {
    // The quoted « bravo » inside the narration is no resumption of the turn's words.
    String text = "— Oui, dit-il, en imitant les « bravo » du public. Viens !";
    assertEquals("dialogue L0 [0,58) Oui, Viens ! | il@11-13 | dit@7-10", describe(text).get(0));
    text = "— Oui, dit-il, en imitant les « bravo ! » du public. Il sortit. Viens !";
    assertEquals("dialogue L0 [0,71) Oui, Viens ! | il@11-13 | dit@7-10", describe(text).get(0));
  }

  @Test
  public void narration_endsAtAnyPunctuationBeforeTheWordsResume() {
    for (String p : new String[] {";", "—", ":", ". .", ", ,"}) {
      String text = "— Oui, dit-il, en riant " + p + " Viens !";
      assertEquals(List.of("dialogue L0 [0," + text.length() + ") Oui, Viens ! | il@11-13 | dit@7-10"),
          describe(text), text);
    }
    assertEquals(List.of("dialogue L0 [0,32) Oui, Viens ? | il@11-13 | dit@7-10"),
        describe("— Oui, dit-il, en riant. Viens ?"));
  }

  @Test
  public void narration_afterAnInciseEndedBySemicolonOrDash() {
    assertEquals(List.of("dialogue L0 [0,33) Oui, Viens ! | il@11-13 | dit@7-10"),
        describe("— Oui, dit-il ; en riant. Viens !"));
    assertEquals(List.of("dialogue L0 [0,33) Oui, Viens ! | il@11-13 | dit@7-10"),
        describe("— Oui, dit-il — en riant. Viens !"));
  }

  @Test
  public void narration_runningToTheEndOfTheTurn() {
    assertEquals(List.of("dialogue L0 [0,5) Oui | il@11-13 | dit@7-10"), describe("— Oui, dit-il, en riant"));
    assertEquals(List.of("dialogue L0 [0,5) Oui | il@11-13 | dit@7-10"), describe("— Oui, dit-il (il riait)."));
    assertEquals(List.of("dialogue L0 [0,5) Oui | il@11-13 | dit@7-10"), describe("— Oui, dit-il, qui riait."));
  }

  @Test
  public void secondIncise_theNewQuoteKnowsItsParagraphs() {
    // In the second paragraph: both quotes start and end there.
    List<Quote> q = QuoteExtractor.standard()
        .extract("Il entra.\n\n« Viens ici, dit-il. Tu es fatigué. Et toi aussi, ajouta-t-il, viens. »");
    assertEquals(2, q.size());
    assertEquals(List.of(1, 1, 1, 1), List.of(q.get(0).firstParagraph(), q.get(0).lastParagraph(),
        q.get(1).firstParagraph(), q.get(1).lastParagraph()));
    // Over two paragraphs: the first quote now ends in the second, where the new one starts.
    q = QuoteExtractor.standard()
        .extract("« Viens ici, dit-il.\n\n« Tu es fatigué. Et toi aussi, ajouta-t-il, viens. »");
    assertEquals(List.of("speech L0 [0,38) Viens ici\nTu es fatigué. | il@17-19 | dit@13-16",
            "speech L0 [39,74) Et toi aussi, viens. | il@62-64 | ajouta@53-59"),
        describe("« Viens ici, dit-il.\n\n« Tu es fatigué. Et toi aussi, ajouta-t-il, viens. »"));
    assertEquals(List.of(0, 1, 1, 1), List.of(q.get(0).firstParagraph(), q.get(0).lastParagraph(),
        q.get(1).firstParagraph(), q.get(1).lastParagraph()));
  }

  @Test
  public void manyIncisesInOneSentenceAreAllCutOut() {
    // More cut-out incises than the quote had parts: the list of kept words grows.
    assertEquals(List.of("speech L0 [0,93) Un, deux, trois, quatre, cinq, six, sept. | il@10-12 | dit@6-9"),
        describe("« Un, dit-il, deux, dit-il, trois, dit-il, quatre, dit-il, cinq, dit-il, six, dit-il, sept. »"));
  }

  @Test
  public void firstIncise_afterASecondSentenceSplitsNothing() {
    // Only a second incise starts a quote at its sentence; the first attributes the whole quote.
    assertEquals(List.of("speech L0 [0,25) Je pars. Oui | il@20-22 | dit@16-19"), describe("« Je pars. Oui, dit-il. »"));
    assertEquals(List.of("speech L0 [0,32) Je pars. Oui, viens. | il@20-22 | dit@16-19"),
        describe("« Je pars. Oui, dit-il, viens. »"));
  }

  @Test
  public void incise_atTheVeryEndOfTheText() {
    // Nothing after the incise, not even a period: the turn ends with its words.
    assertEquals(List.of("dialogue L0 [0,5) Oui | il@11-13 | dit@7-10"), describe("— Oui, dit-il"));
    assertEquals(List.of("dialogue L0 [0,5) Oui | il@11-13 | dit@7-10"), describe("— Oui, dit-il\n\nIl sortit."));
    // A verb alone that ends the text is no incise (it has no subject).
    assertEquals(List.of("speech L0 open [0,10) Oui, dit | - | -"), describe("« Oui, dit"));
  }

  @Test
  public void narration_wordsThatSpeakBeforeANestedQuote() {
    // The narration is "en riant."; the next sentence speaks (je) and holds a quote of its own.
    assertEquals(List.of("dialogue L0 [0,47) Oui, Je crie « bravo » ici. | il@11-13 | dit@7-10",
            "speech L1 [33,42) bravo | Je@25-27 | crie@28-32"),
        describe("— Oui, dit-il, en riant. Je crie « bravo » ici."));
  }
}
