package io.github.propre.quote;

import static io.github.propre.quote.QuoteCases.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Speakers whose phrase holds a complement (un des manifestants, le président de la République), in
 * both directions, and the smaller rules that came with them: a dative after a subject that names what
 * is said, a one-word answer between marks, an imperative with an elided clitic.
 */
class ComplementCasesTest {

  @Test
  void after_theComplementBelongsToTheSpeaker() {
    assertEquals(List.of("speech L0 [0,7) Non | l'un d'eux@19-29 | a déclaré@9-18"),
        describe("« Non », a déclaré l'un d'eux."));
    assertEquals(List.of("speech L0 [0,7) Non | l'une de ses sœurs@19-37 | a déclaré@9-18"),
        describe("« Non », a déclaré l'une de ses sœurs."));
    assertEquals(List.of("speech L0 [0,7) Non | un homme@19-27 | a déclaré@9-18"),
        describe("« Non », a déclaré un homme."));
    assertEquals(List.of("speech L0 [0,7) Non | le frère de la mariée du village@19-51 | a déclaré@9-18"),
        describe("« Non », a déclaré le frère de la mariée du village."));
    assertEquals(List.of("speech L0 [0,7) Non | le chef de l'État@19-36 | a déclaré@9-18"),
        describe("« Non », a déclaré le chef de l'État."));
    assertEquals(List.of("speech L0 [0,7) Non | le président des États-Unis@19-46 | a déclaré@9-18"),
        describe("« Non », a déclaré le président des États-Unis."));
  }

  @Test
  void after_aMannerPhraseIsNoComplement() {
    assertEquals(List.of("speech L0 [0,7) Non | le ministre@15-26 | a dit@9-14"),
        describe("« Non », a dit le ministre d'une voix douce."));
  }

  @Test
  void before_theSpeakerIsThePhraseTheComplementBelongsTo() {
    assertEquals(List.of("speech L0 [29,38) Non ! | La sœur aînée de Paul@0-21 | cria@22-26"),
        describe("La sœur aînée de Paul cria : « Non ! »"));
    assertEquals(List.of("speech L0 [35,44) Non ! | Le très vieux frère de Paul@0-27 | cria@28-32"),
        describe("Le très vieux frère de Paul cria : « Non ! »"));
    assertEquals(List.of("speech L0 [40,49) Non ! | Le frère de la femme du ministre@0-32 | cria@33-37"),
        describe("Le frère de la femme du ministre cria : « Non ! »"));
    assertEquals(List.of("speech L0 [22,31) Non ! | Chacun de nous@0-14 | cria@15-19"),
        describe("Chacun de nous cria : « Non ! »"));
  }

  @Test
  void before_anArticleThatStartsTheClauseStartsTheName() {
    assertEquals(List.of("speech L0 [19,27) Non. | Le Pen@0-6 | a déclaré@7-16"),
        describe("Le Pen a déclaré : « Non. »"));
  }

  @Test
  void before_whatIsSaidIsNoSpeaker_theOneItEscapedIs() {
    assertEquals(List.of("speech L0 [28,37) Non ! | leur@13-17 | -"),
        describe("Cette phrase leur échappa : « Non ! »"));
    assertEquals(List.of("speech L0 [23,32) Non ! | - | -"),
        describe("Cette phrase échappa : « Non ! »"));
  }

  @Test
  void oneWordAnswerInParentheses_isSpeech() {
    assertEquals(List.of("speech L0 [9,18) (Non) | Il@0-2 | a dit@3-8"),
        describe("Il a dit « (Non) » hier."));
  }

  @Test
  void dashTurn_imperativeWithAnElidedObjectResumesTheTurn() {
    assertEquals(List.of("dialogue L0 [0,53) Je pars demain, Donne-m’en. | il@22-24 | dit@18-21"),
        describe("— Je pars demain, dit-il, où il était né. Donne-m’en."));
  }

  @Test
  void complementWithEntre_bothDirections() {
    assertEquals(List.of("speech L0 [33,42) Non ! | Plusieurs d'entre eux@0-21 | crièrent@22-30"),
        describe("Plusieurs d'entre eux crièrent : « Non ! »"));
    assertEquals(List.of("speech L0 [0,7) Non | plusieurs d'entre eux@18-39 | ont crié@9-17"),
        describe("« Non », ont crié plusieurs d'entre eux."));
  }

  /** Wrong answer 15: the incise of the quote around a nested one speaks for the outer quote only. */
  @Test
  void before_aSubjectPronounAfterDeIsAComplement() {
    // elle and elles are subject pronouns too: after d', de or d'entre they are the complement of
    // the speaker, not the speaker.
    assertEquals(List.of("speech L0 [21,29) Oui. | L'une d'elles@0-13 | cria@14-18"),
        describe("L'une d'elles cria : « Oui. »"));
    assertEquals(List.of("speech L0 [29,37) Oui. | Chacune d'entre elles@0-21 | cria@22-26"),
        describe("Chacune d'entre elles cria : « Oui. »"));
    assertEquals(List.of("speech L0 [39,47) Non. | La plus jeune d'entre elles@0-27 | répondit@28-36"),
        describe("La plus jeune d'entre elles répondit : « Non. »"));
    // Nothing before de to own it: the subject is further left.
    assertEquals(List.of("speech L0 [25,33) Non. | Il@0-2 | dit@19-22"),
        describe("Il parla d'elle et dit : « Non. »"));
  }

  /** Wrong answer 19: a complement coordinated with an earlier one belongs to the same owner. */
  @Test
  void before_aCoordinatedComplementBelongsToTheOwnerOfTheFirst() {
    assertEquals(List.of("speech L0 [34,42) Oui. | Le frère de Marie et d'elle@0-27 | dit@28-31"),
        describe("Le frère de Marie et d'elle dit : « Oui. »"));
    assertEquals(List.of("speech L0 [41,49) Oui. | La sœur du ministre ou de lui@0-29 | répondit@30-38"),
        describe("La sœur du ministre ou de lui répondit : « Oui. »"));
    // Without an owner before the first complement, the coordination does not make one.
    assertEquals(List.of("speech L0 [38,46) Non. | Il@0-2 | dit@32-35"),
        describe("Il parla de Marie et d'elle, et dit : « Non. »"));
  }

  @Test
  void nestedQuote_theOuterInciseIsNotItsAttribution() {
    assertEquals(List.of("speech L0 [0,53) Il a dit « un », « deux » et « trois » | Paul@46-50 | dit@42-45",
        "speech L1 [11,17) un | Il@2-4 | a dit@5-10",
        "fragment L1 [19,27) deux | - | -",
        "fragment L1 [31,40) trois | - | -"),
        describe("« Il a dit « un », « deux » et « trois », dit Paul. »"));
    assertEquals(List.of("speech L0 [0,60) Il m’a dit « oui », puis il est parti. | elle@26-30 | a-t-elle raconté@22-38",
        "speech L1 [13,20) oui | Il@2-4 | a dit@7-12"),
        describe("« Il m’a dit « oui », a-t-elle raconté, puis il est parti. »"));
  }
}
