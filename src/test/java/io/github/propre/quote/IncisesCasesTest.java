package io.github.propre.quote;

import static io.github.propre.quote.QuoteCases.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Incises inside quotes and dialogue turns: which words stay quoted, where narration after an incise
 * ends a dash turn and where the speaker's words resume (Incises, Grammar.continuesNarration).
 */
class IncisesCasesTest {
  private static final String TURN = "— Je pars demain, dit-il, ";

  /** Returns the single quote of a dash turn {@code TURN + rest}, described. */
  private static String turn(String rest) {
    List<String> quotes = describe(TURN + rest);
    assertEquals(1, quotes.size(), quotes::toString);
    return quotes.get(0);
  }

  /** The turn's words when the narration after the incise is followed by {@code resumed}. */
  private static String resumedAfter(String narration, String resumed) {
    String text = TURN + narration + " " + resumed;
    return "dialogue L0 [0," + text.length() + ") Je pars demain, " + resumed + " | il@22-24 | dit@18-21";
  }

  @Test
  public void narration_prepositionalAndParticipialPhrasesEndTheTurn() {
    // Each narration is followed by a sentence that speaks again (imperative, !, ?, first person).
    String[][] cases = {
        {"en le regardant.", "Tu viendras ?"},
        {"et en se retournant.", "Reste !"},
        {"ce que Marie savait.", "Allez-y."},
        {"dont le cœur battait.", "Prends-en."},
        {"avec un sourire. Il sortit.", "Écoute-moi bien."},
        {"sans se retourner. Il sortit.", "Viens-tu ?"},
        {"les yeux baissés. Il sortit.", "Venez !"},
        {"d'un ton sec. Il sortit.", "Laisse-nous."},
        {"comme pour s'excuser. Le soir tombait.", "Notre maison est vendue."},
        {"qui rougit. Il sortit.", "Ta sœur le sait."},
        {"ne le voyant pas. Il sortit.", "Vos amis le savent."},
        {"tout en le regardant. Il sortit.", "Cherche-la."},
        {"en en riant. Il sortit.", "Parlez-en."},
        {"puis se levant. Il sortit.", "Mes enfants dorment."},
        {"qui riait. Il sortit.", "Nous partons."},
        {"avec un sourire. Il sortit.", "Ton frère dort."},
    };
    for (String[] c : cases) {
      assertEquals(resumedAfter(c[0], c[1]), turn(c[0] + " " + c[1]), c[0]);
    }
  }

  @Test
  public void narration_speechResumesOnEachFirstOrSecondPersonWord() {
    String[] resumed = {
        "J'ai faim.", "Cela me plaît.", "Il m'attend.", "Viens avec moi.", "Cela te plaît.",
        "Il t'attend.", "Viens avec toi.", "Voici mon livre.", "Voici ma maison.", "Voici tes livres.",
        "Voici nos livres.", "Voici votre livre.", "Vous le savez.", "Tu le sais.", "Je le sais.",
        "Asseyez-vous.", "Dépêche-toi.", "Prends-le.", "Parle-lui.", "Regarde-les.", "Écoutez-moi.",
    };
    for (String r : resumed) {
      assertEquals(resumedAfter("avec un sourire. Il sortit.", r),
          turn("avec un sourire. Il sortit. " + r), r);
    }
  }

  @Test
  public void narration_withoutResumptionEndsTheTurnBeforeTheIncise() {
    String[] narrations = {
        "d'une voix sourde. Il sortit.", "les yeux baissés. Il sortit.", "comme pour s'excuser. Il sortit.",
        "ce qui fit rire Marie. Il sortit.", "tout en se levant. Il sortit.",
        "ne pouvant se résoudre à rester. Il sortit.", "jeune magistrat qui aspirait au repos. Il sortit.",
        "lequel était las. Il sortit.", "laquelle était lasse. Il sortit.", "d'une voix douce.",
        "ce que personne ne comprit. Il sortit.",
    };
    for (String n : narrations) {
      assertEquals("dialogue L0 [0,16) Je pars demain | il@22-24 | dit@18-21", turn(n), n);
    }
  }

  @Test
  public void narration_ofASpeakerNamedInTheIncise() {
    String text = "— Je pars demain, dit Paul, son ami qui aspirait au repos. Il sortit. Écoutez-les.";
    assertEquals(List.of("dialogue L0 [0,82) Je pars demain, Écoutez-les. | Paul@22-26 | dit@18-21"),
        describe(text));
  }

  @Test
  public void incise_betweenGuillemetsKeepsTheWordsAfterIt() {
    assertEquals(List.of("speech L0 [0,26) Oui, je viens. | il@11-13 | fit@7-10"),
        describe("« Oui, fit-il, je viens. »"));
    assertEquals(List.of("speech L0 [0,32) Oui, je viens. | il@17-19 | hasarda@7-14"),
        describe("« Oui, hasarda-t-il, je viens. »"));
    assertEquals(List.of("speech L0 [0,30) Oui, je viens. | il@11-13 | a-t-il dit@7-17"),
        describe("« Oui, a-t-il dit, je viens. »"));
    assertEquals(List.of("speech L0 [0,27) Oui, je viens. | il@11-13 | dit@7-10"),
        describe("« Oui, dit-il ; je viens. »"));
  }

  @Test
  public void incise_afterExclamationKeepsThePunctuation() {
    assertEquals(List.of("speech L0 [0,35) Oui ! Je viens. | elle@18-22 | s'écria@8-15"),
        describe("« Oui ! s'écria-t-elle. Je viens. »"));
  }

  @Test
  public void incise_finalBeforeClosingMarkStaysInTheSpan() {
    assertEquals(List.of("speech L0 [0,24) Oui ? | Marie@16-21 | demanda@8-15"),
        describe("« Oui ? demanda Marie. »"));
  }

  @Test
  public void incise_participlePhraseBetweenVerbAndSubject() {
    assertEquals(List.of("speech L0 [0,60) Oui, je viens. | sa mère@40-47 | répondit@7-15"),
        describe("« Oui, répondit, fronçant les sourcils, sa mère, je viens. »"));
  }

  @Test
  public void incise_betweenTwoQuotesAttributesBoth() {
    assertEquals(List.of(
            "speech L0 [0,17) Oui, je viens | il@23-25 | dit@19-22",
            "speech L0 [27,39) et vite. | il@23-25 | dit@19-22"),
        describe("« Oui, je viens », dit-il, « et vite. »"));
  }

  @Test
  public void incise_dashTurnsWithTypedDashes() {
    assertEquals(List.of("dialogue L0 [0,6) Oui | il@12-14 | dit@8-11"), describe("-- Oui, dit-il."));
    assertEquals(List.of("dialogue L0 [0,5) Oui | elle@11-15 | dit@7-10"), describe("– Oui, dit-elle."));
  }

  @Test
  public void secondIncise_startsANewQuoteAtItsSentence() {
    assertEquals(List.of(
            "dialogue L0 [0,35) Viens ici, Tu es fatigué. | il@17-19 | dit@13-16",
            "dialogue L0 [36,69) Et toi aussi, viens. | il@59-61 | ajouta@50-56"),
        describe("— Viens ici, dit-il. Tu es fatigué. Et toi aussi, ajouta-t-il, viens."));
    assertEquals(List.of(
            "speech L0 [0,35) Viens ici, Tu es fatigué. | il@17-19 | dit@13-16",
            "speech L0 [36,65) Et toi, viens. | il@53-55 | ajouta@44-50"),
        describe("« Viens ici, dit-il. Tu es fatigué. Et toi, ajouta-t-il, viens. »"));
  }

  @Test
  public void narration_simplePastOrParticipleAfterAThirdPersonClitic() {
    // A simple past after "et" and a third-person clitic, or a clitic and a present participle,
    // narrates; speech resumes at the start of the sentence that speaks, not at its "toi".
    assertEquals(List.of("dialogue L0 [0,54) Je pars demain, Reste ici, toi ! | il@22-24 | dit@18-21"),
        describe("— Je pars demain, dit-il, et se leva. Reste ici, toi !"));
    assertEquals(List.of("dialogue L0 [0,62) Je pars demain, Tu viens ? | il@22-24 | dit@18-21"),
        describe("— Je pars demain, dit-il, et la regarda longuement. Tu viens ?"));
    assertEquals(List.of("dialogue L0 [0,50) Je pars demain, Donne-le-moi. | il@22-24 | dit@18-21"),
        describe("— Je pars demain, dit-il, se levant. Donne-le-moi."));
    // Speech: a present or a future (-ra), and a first-person clitic, which the speaker may use.
    assertEquals(List.of("dialogue L0 [0,34) Il part, et se lève tôt. | il@15-17 | dit@11-14"),
        describe("— Il part, dit-il, et se lève tôt."));
    assertEquals(List.of("dialogue L0 [0,37) Il part, et le dira demain. | il@15-17 | dit@11-14"),
        describe("— Il part, dit-il, et le dira demain."));
    assertEquals(List.of("dialogue L0 [0,43) Je pars, me regardant. Tu viens ? | il@15-17 | dit@11-14"),
        describe("— Je pars, dit-il, me regardant. Tu viens ?"));
  }

  @Test
  public void secondIncise_rightAfterAFirstThatEndsASentence() {
    // Nothing between the two incises: the second sentence is still a quote of its own, and the
    // first incise is final for the first quote, so its comma is no quoted word.
    assertEquals(List.of(
            "speech L0 [0,20) Viens ici | il@17-19 | dit@13-16",
            "speech L0 [21,65) Et toi aussi, viens. | il@44-46 | ajouta@35-41"),
        describe("« Viens ici, dit-il. Et toi aussi, ajouta-t-il en riant, viens. »"));
    assertEquals(List.of(
            "dialogue L0 [0,20) Viens ici | il@17-19 | dit@13-16",
            "dialogue L0 [21,54) Et toi aussi, viens. | il@44-46 | ajouta@35-41"),
        describe("— Viens ici, dit-il. Et toi aussi, ajouta-t-il, viens."));
    assertEquals(List.of(
            "speech L0 [0,26) Tu viens ? | il@23-25 | demanda@13-20",
            "speech L0 [27,58) Non, je reste. | elle@41-45 | répondit@32-40"),
        describe("« Tu viens ? demanda-t-il. Non, répondit-elle, je reste. »"));
    // After a semicolon the sentence goes on: one quote, the first incise's.
    assertEquals(List.of("speech L0 [0,57) Viens ici, et toi aussi, viens. | il@17-19 | dit@13-16"),
        describe("« Viens ici, dit-il ; et toi aussi, ajouta-t-il, viens. »"));
  }

  @Test
  public void separator_ellipsisDashAndSemicolonBeforeAnIncise() {
    assertEquals(List.of("speech L0 [0,32) Oui… je viens. | il@17-19 | murmura@7-14"),
        describe("« Oui… murmura-t-il, je viens. »"));
    assertEquals(List.of("speech L0 [0,34) Oui... je viens. | il@19-21 | murmura@9-16"),
        describe("« Oui... murmura-t-il, je viens. »"));
    assertEquals(List.of("speech L0 [0,28) Oui — je viens. | il@12-14 | dit@8-11"),
        describe("« Oui — dit-il — je viens. »"));
    assertEquals(List.of("speech L0 [0,27) Oui ; je viens. | il@12-14 | dit@8-11"),
        describe("« Oui ; dit-il, je viens. »"));
  }

  @Test
  public void separator_spacingAroundCommas() {
    assertEquals(List.of("speech L0 [0,28) Oui , je viens. | il@12-14 | dit@8-11"),
        describe("« Oui , dit-il , je viens. »"));
    assertEquals(List.of("speech L0 [0,24) Oui, je viens. | il@10-12 | dit@6-9"),
        describe("« Oui,dit-il,je viens. »"));
  }

  @Test
  public void incise_openedByAnObjectClitic() {
    assertEquals(List.of("speech L0 [0,32) Oui, je viens. | il@13-15 | a-t-il dit@9-19"),
        describe("« Oui, m'a-t-il dit, je viens. »"));
    assertEquals(List.of("speech L0 [0,32) Oui, je viens. | il@13-15 | a-t-il dit@9-19"),
        describe("« Oui, m’a-t-il dit, je viens. »"));
    assertEquals(List.of("speech L0 [0,37) Oui, je viens. | Paul@20-24 | répondit@11-19"),
        describe("« Oui, lui répondit Paul, je viens. »"));
  }

  @Test
  public void incise_finalBeforeTheClosingMark() {
    assertEquals(List.of("speech L0 [0,16) Oui | il@11-13 | dit@7-10"), describe("« Oui, dit-il. »"));
    assertEquals(List.of("speech L0 [0,25) Oui | elle@11-15 | a-t-elle ajouté@7-22"),
        describe("« Oui, a-t-elle ajouté. »"));
    assertEquals(List.of("speech L0 [0,34) Non, non, et non | il@29-31 | répéta@20-26"),
        describe("« Non, non, et non, répéta-t-il. »"));
  }

  @Test
  public void incise_secondInTheSameSentenceIsCutOut() {
    assertEquals(List.of("speech L0 [0,38) Oui, viens | il@11-13 | dit@7-10"),
        describe("« Oui, dit-il, viens, dit-il encore. »"));
  }

  @Test
  public void narration_inParenthesesAfterTheIncise() {
    assertEquals(List.of("dialogue L0 [0,36) Oui, Viens ! | il@11-13 | dit@7-10"),
        describe("— Oui, dit-il (il souriait). Viens !"));
  }

  @Test
  public void narration_relativeClauseThenImperativeInTheSameSentence() {
    assertEquals(List.of("dialogue L0 [0,48) Oui, laissez-moi partir. | il@11-13 | dit@7-10"),
        describe("— Oui, dit-il, qui souriait, laissez-moi partir."));
  }

  /** Wrong answer 9: an imperative with an elided clitic (Va-t'en) speaks again after narration. */
  @Test
  public void dashTurn_imperativeWithElidedCliticResumesTheTurn() {
    assertEquals(List.of("dialogue L0 [0,50) Je pars demain, Va-t’en. | il@22-24 | dit@18-21"),
        describe("— Je pars demain, dit-il, où il était né. Va-t’en."));
    assertEquals(List.of("dialogue L0 [0,50) Je pars demain, Va-t-en. | il@22-24 | dit@18-21"),
        describe("— Je pars demain, dit-il, où il était né. Va-t-en."));
  }

  @Test
  public void secondIncise_afterANestedQuote_neverCutsInsideIt() {
    // Found by fuzzing (“,t-elle“. E”,d-elle): the sentence that holds a second incise became a quote
    // of its own from its start, found after the last full stop, here the one inside « Non. Jamais »;
    // the outer quote then ended inside the nested one and the next began there, overlapping it.
    assertEquals(List.of("speech L0 [0,14) Oui | il@11-13 | dit@7-10",
        "speech L0 open [15,40) Il pleut. « Non. Jamais » | elle@49-53 | répond@42-48",
        "speech L1 [25,40) Non. Jamais | elle@49-53 | répond@42-48"),
        describe("« Oui, dit-il. Il pleut. « Non. Jamais », répond-elle."));
  }

  @Test
  public void incise_endingInsideANestedQuote_resumesTheWordsAtThatQuote() {
    // Found by fuzzing (“,t-elle„i…“',t-elle): the incise ran to the next punctuation, the … inside
    // ‹ bon… ›, so the words after it started inside the nested quote and their quote overlapped it.
    assertEquals(List.of("speech L0 [0,53) Oui, ‹ bon… › puis, rien. | elle@11-15 | dit@7-10",
        "speech L1 [16,24) bon… | elle@11-15 | dit@7-10"),
        describe("« Oui, dit-elle ‹ bon… › puis, ajouta-t-elle, rien. »"));
  }
}
