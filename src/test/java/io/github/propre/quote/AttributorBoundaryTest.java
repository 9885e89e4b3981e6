package io.github.propre.quote;

import static io.github.propre.quote.QuoteCases.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attribution outside the quote at its edges: the verb after a closing mark, the clause before the
 * quote (compound tenses, reflexive verbs, participles, selon), nested quotes, and the limits that
 * tell a fragment (a term, a name) from speech (Attributor).
 */
class AttributorBoundaryTest {

  @Test
  public void after_aCommaWithOrWithoutSpacesAround() {
    assertEquals(List.of("speech L0 [0,7) Oui | il@14-16 | dit@10-13"), describe("« Oui » , dit-il."));
    assertEquals(List.of("speech L0 [0,7) Oui | il@12-14 | dit@8-11"), describe("« Oui »,dit-il."));
  }

  @Test
  public void after_wordsThatAreNoInciseLeaveItToTheClauseBefore() {
    assertEquals(List.of("speech L0 [11,18) Oui | Paul@0-4 | dit@5-8"), describe("Paul dit : « Oui » et il sortit."));
    assertEquals(List.of("speech L0 [11,18) Oui | Paul@0-4 | dit@5-8"), describe("Paul dit : « Oui », et il sortit."));
  }

  @Test
  public void after_selonAndItsNounPhrase() {
    assertEquals(List.of("speech L0 [0,7) Oui | le vieux Paul@15-28 | selon@9-14"),
        describe("« Oui », selon le vieux Paul."));
    assertEquals(List.of("speech L0 [0,7) Oui | moi@15-18 | selon@9-14"), describe("« Oui », selon moi."));
    assertEquals(List.of("speech L0 [13,21) Oui. | Paul@6-10 | Selon@0-5"), describe("Selon Paul : « Oui. »"));
    // A selon inside the clause is not its verb.
    assertEquals(List.of("speech L0 [37,45) Oui. | Le ministre@0-11 | a déclaré@25-34"),
        describe("Le ministre, selon Paul, a déclaré : « Oui. »"));
  }

  @Test
  public void nested_threeAndFourQuotesInOne() {
    // The outer quote is attributed by its final incise; the first nested one by the verb before it.
    List<String> q = describe("« Il a dit « un », « deux » et « trois », dit Paul. »");
    assertEquals("speech L0 [0,53) Il a dit « un », « deux » et « trois » | Paul@46-50 | dit@42-45", q.get(0));
    assertEquals("speech L1 [11,17) un | Il@2-4 | a dit@5-10", q.get(1));
    assertEquals(4, q.size());
    q = describe("« Il a dit « un », « deux », « trois » et « quatre », dit Paul. »");
    assertEquals("speech L0 [0,65) Il a dit « un », « deux », « trois » et « quatre » | Paul@58-62 | dit@54-57",
        q.get(0));
    assertEquals(5, q.size());
  }

  @Test
  public void before_compoundTenseWithCliticsAndAdverbsBetween() {
    assertEquals(List.of("speech L0 [17,25) Oui. | Il@0-2 | avait dit@5-14"), describe("Il m'avait dit : « Oui. »"));
    assertEquals(List.of("speech L0 [19,27) Oui. | Il@0-2 | a alors dit@5-16"), describe("Il m'a alors dit : « Oui. »"));
    assertEquals(List.of("speech L0 [28,36) Oui. | Pierre@0-6 | avait tout dit@11-25"),
        describe("Pierre lui avait tout dit : « Oui. »"));
    assertEquals(List.of("speech L0 [25,33) Oui. | Il@0-2 | a dit@17-22"), describe("Il est revenu et a dit : « Oui. »"));
  }

  @Test
  public void before_invertedSubjectInAQuestion() {
    assertEquals(List.of("speech L0 [15,22) Oui | il@6-8 | Avait-il dit@0-12"), describe("Avait-il dit : « Oui » ?"));
    assertEquals(List.of("speech L0 [17,24) Oui | il@8-10 | a-t-il dit@4-14"), describe("Lui a-t-il dit : « Oui » ?"));
  }

  @Test
  public void before_reflexiveVerbAndPresentParticiple() {
    assertEquals(List.of("speech L0 [18,27) Oui ! | Marie@0-5 | s'écriait@6-15"), describe("Marie s'écriait : « Oui ! »"));
    assertEquals(List.of("speech L0 [19,28) Oui ! | Marie@0-5 | s'écriant@7-16"), describe("Marie, s'écriant : « Oui ! »"));
    assertEquals(List.of("speech L0 [23,31) Oui. | Le général@0-10 | répondant@11-20"),
        describe("Le général répondant : « Oui. »"));
  }

  @Test
  public void before_withoutAColonTheVerbMustBeNear() {
    assertEquals(List.of("speech L0 [24,31) oui | Elle@0-4 | répondit@5-13"), describe("Elle répondit à son ami « oui »."));
    assertEquals(List.of("speech L0 [78,86) Oui. | Elle@0-4 | répondit@5-13"),
        describe("Elle répondit d'une voix douce et lente, presque inaudible, à son vieil ami : « Oui. »"));
  }

  @Test
  public void name_oneCapitalizedWordOrWordsJoinedByAHyphenOrApostrophe() {
    // A name between marks after a verb is no speech: the attribution is dropped.
    assertEquals(List.of("fragment L0 [14,22) Toto | - | -"), describe("Il l'appelait « Toto »."));
    assertEquals(List.of("fragment L0 [14,28) Grand-mère | - | -"), describe("Il l'appelait « Grand-mère »."));
    assertEquals(List.of("fragment L0 [14,24) L’ogre | - | -"), describe("Il l'appelait « L’ogre »."));
    assertEquals(List.of("fragment L0 [14,24) L'ogre | - | -"), describe("Il l'appelait « L'ogre »."));
  }

  @Test
  public void name_oneWordAfterAColonOrAtASentenceStartIsSpeech() {
    assertEquals(List.of("speech L0 [14,23) Paris | Il@0-2 | répondit@3-11"), describe("Il répondit : « Paris »."));
    assertEquals(List.of("speech L0 [15,25) Jamais | - | -"), describe("La nuit tomba. « Jamais » fut sa réponse."));
  }

  @Test
  public void fragment_atMost12Words() {
    String twelve = "un deux trois quatre cinq six sept huit neuf dix onze douze";
    assertEquals(List.of("fragment L0 [8,71) " + twelve + " | - | -"), describe("Il aime « " + twelve + " » souvent."));
    assertEquals(List.of("speech L0 [8,78) " + twelve + " treize | - | -"),
        describe("Il aime « " + twelve + " treize » souvent."));
  }

  @Test
  public void fragment_atMost120Characters() {
    String a = "anticonstitutionnellement";
    String words120 = String.join(" ", a, a, a, a) + " " + "x".repeat(16);
    assertEquals(120, words120.length());
    assertEquals(List.of("fragment L0 [8,132) " + words120 + " | - | -"), describe("Il aime « " + words120 + " » souvent."));
    assertEquals(List.of("speech L0 [8,133) " + words120 + "x | - | -"),
        describe("Il aime « " + words120 + "x » souvent."));
  }

  @Test
  public void fragment_notWhenTheQuoteOpensItsParagraphOrSpansTwo() {
    // Spaces before the opening mark do not hide the paragraph start.
    assertEquals(List.of("speech L0 [1,12) le chat | - | -"), describe(" « le chat » dort."));
    // A bracket before the mark is inside the paragraph.
    assertEquals(List.of("fragment L0 [1,11) la mer | - | -"), describe("(« la mer »)"));
    assertEquals(List.of("speech L0 [8,32) la mer\net le vent | - | -"),
        describe("Il aime « la mer\n\n« et le vent » souvent."));
  }
}
