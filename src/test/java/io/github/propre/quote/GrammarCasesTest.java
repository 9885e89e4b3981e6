package io.github.propre.quote;

import static io.github.propre.quote.QuoteCases.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The attribution grammar on one construction at a time: verbs and subjects after a quote (inverted),
 * before a quote (subject left of the verb, comma-separated segments), {@code selon X}, and the noun
 * phrases a speaker can be. Each expected answer is the one a careful French reader gives.
 */
class GrammarCasesTest {

  // --- After the quote: an inverted verb and its subject (Grammar.parseInverted) ---

  @Test
  public void after_objectCliticBeforeVerb() {
    assertEquals(List.of("speech L0 [0,18) Je pars demain | sa mère@28-35 | dit@24-27"),
        describe("« Je pars demain », lui dit sa mère."));
  }

  @Test
  public void after_elidedCliticAndCompoundTense() {
    assertEquals(List.of("speech L0 [0,18) Je pars demain | Pierre@28-34 | a dit@22-27"),
        describe("« Je pars demain », m'a dit Pierre."));
  }

  @Test
  public void after_reflexiveVerbIncludesItsPronoun() {
    assertEquals(List.of("speech L0 [0,18) Je pars demain | Pécuchet@28-36 | s'écria@20-27"),
        describe("« Je pars demain », s'écria Pécuchet."));
  }

  @Test
  public void after_mannerPhraseBeforeSubject() {
    assertEquals(List.of("speech L0 [0,18) Je pars demain | la bonne Pauline@37-53 | dit@20-23"),
        describe("« Je pars demain », dit avec chaleur la bonne Pauline."));
  }

  @Test
  public void after_toutACoupBeforeSubject() {
    assertEquals(List.of("speech L0 [0,18) Je pars demain | le vieux@36-44 | dit@20-23"),
        describe("« Je pars demain », dit tout à coup le vieux."));
    assertEquals(List.of("speech L0 [0,44) Oui, je viens. | le vieux@23-31 | dit@7-10"),
        describe("« Oui, dit tout à coup le vieux, je viens. »"));
  }

  @Test
  public void after_pluperfectWithPossessive() {
    assertEquals(List.of("speech L0 [0,18) Je pars demain | ma mère@30-37 | avait dit@20-29"),
        describe("« Je pars demain », avait dit ma mère."));
  }

  @Test
  public void after_elidedPronounNounPhrase() {
    assertEquals(List.of("speech L0 [0,18) Je pars demain | l'autre@24-31 | dit@20-23"),
        describe("« Je pars demain », dit l'autre."));
  }

  @Test
  public void after_pluralVerbAndSubject() {
    assertEquals(List.of("speech L0 [0,18) Je pars demain | les enfants@27-38 | dirent@20-26"),
        describe("« Je pars demain », dirent les enfants."));
  }

  @Test
  public void after_twoNamesJoinedByEt() {
    assertEquals(List.of("speech L0 [0,18) Je pars demain | Bouvard et Pécuchet@27-46 | dirent@20-26"),
        describe("« Je pars demain », dirent Bouvard et Pécuchet."));
  }

  @Test
  public void after_incisePronounOnly() {
    assertEquals(List.of("speech L0 [0,7) Oui | il@13-15 | fit@9-12"), describe("« Oui », fit-il."));
    assertEquals(List.of("speech L0 [0,5) Oui | il@11-13 | dit@7-10"), describe("\"Oui\", dit-il."));
  }

  // --- selon X (Grammar.isPersonAfterSelon) ---

  @Test
  public void selon_afterQuote() {
    assertEquals(List.of("speech L0 [0,18) Je pars demain | lui@26-29 | selon@20-25"),
        describe("« Je pars demain », selon lui."));
    assertEquals(List.of("speech L0 [0,18) Je pars demain | le ministre@26-37 | selon@20-25"),
        describe("« Je pars demain », selon le ministre."));
  }

  @Test
  public void selon_possessiveIsNoSpeaker() {
    assertEquals(List.of("speech L0 [0,18) Je pars demain | - | -"),
        describe("« Je pars demain », selon son habitude."));
  }

  @Test
  public void selon_beforeQuote() {
    assertEquals(List.of("speech L0 [19,45) la situation est grave | le ministre@6-17 | Selon@0-5"),
        describe("Selon le ministre, « la situation est grave »."));
    assertEquals(List.of("speech L0 [13,39) la situation est grave | Marie@6-11 | Selon@0-5"),
        describe("Selon Marie, « la situation est grave »."));
  }

  @Test
  public void selon_possessiveInsideClauseIsSkipped() {
    assertEquals(List.of("speech L0 [37,56) Je pars demain. | Marie@0-5 | déclara@27-34"),
        describe("Marie, selon son habitude, déclara : « Je pars demain. »"));
  }

  // --- Before the quote: the subject left of the verb (Grammar.subjectLeftOf, nounPhraseBackward) ---

  @Test
  public void before_nounPhrasePastObjectClitic() {
    assertEquals(List.of("speech L0 [19,38) Je pars demain. | Le vieux@0-8 | dit@13-16"),
        describe("Le vieux lui dit : « Je pars demain. »"));
  }

  @Test
  public void before_namePastObjectClitic() {
    assertEquals(List.of("speech L0 [18,37) Je pars demain. | Bouvard@0-7 | dit@12-15"),
        describe("Bouvard lui dit : « Je pars demain. »"));
  }

  @Test
  public void before_pronounPastObjectClitic() {
    assertEquals(List.of("speech L0 [12,31) Je pars demain. | Il@0-2 | dit@6-9"),
        describe("Il me dit : « Je pars demain. »"));
  }

  @Test
  public void before_nousAndVousAgreeWithTheirVerb() {
    assertEquals(List.of("speech L0 [17,36) Je pars demain. | Nous@0-4 | dîmes@9-14"),
        describe("Nous lui dîmes : « Je pars demain. »"));
    assertEquals(List.of("speech L0 [17,36) Je pars demain. | Vous@0-4 | dîtes@9-14"),
        describe("Vous lui dîtes : « Je pars demain. »"));
  }

  @Test
  public void before_antecedentOfQui() {
    assertEquals(List.of("speech L0 [30,49) Je pars demain. | Pécuchet@6-14 | articula@19-27"),
        describe("C'est Pécuchet qui articula : « Je pars demain. »"));
    assertEquals(List.of("speech L0 [26,45) Je pars demain. | elle@6-10 | répondit@15-23"),
        describe("C'est elle qui répondit : « Je pars demain. »"));
  }

  @Test
  public void before_determinerAdjectiveNoun() {
    assertEquals(List.of("speech L0 [26,45) Je pars demain. | La jeune femme@0-14 | répondit@15-23"),
        describe("La jeune femme répondit : « Je pars demain. »"));
  }

  @Test
  public void before_longNounPhraseWithComplement() {
    assertEquals(List.of("speech L0 [57,81) Nous partons demain. | Le ministre nigérien des Affaires "
            + "étrangères@0-44 | a déclaré@45-54"),
        describe("Le ministre nigérien des Affaires étrangères a déclaré : « Nous partons demain. »"));
  }

  @Test
  public void before_titleAndParticle() {
    assertEquals(List.of("speech L0 [27,46) Je pars demain. | M. de Courville@0-15 | répondit@16-24"),
        describe("M. de Courville répondit : « Je pars demain. »"));
    assertEquals(List.of("speech L0 [22,41) Je pars demain. | Mme Bovary@0-10 | répondit@11-19"),
        describe("Mme Bovary répondit : « Je pars demain. »"));
  }

  @Test
  public void before_capitalizedNounAfterDeterminer() {
    assertEquals(List.of("speech L0 [25,49) Nous partons demain. | Le Président@0-12 | a déclaré@13-22"),
        describe("Le Président a déclaré : « Nous partons demain. »"));
  }

  @Test
  public void before_hyphenatedNameAndSecondName() {
    assertEquals(List.of("speech L0 [35,59) Nous partons demain. | Jean-Pierre et Marie@0-20 "
            + "| répondirent@21-32"),
        describe("Jean-Pierre et Marie répondirent : « Nous partons demain. »"));
  }

  @Test
  public void before_pronounNounPhrases() {
    assertEquals(List.of("speech L0 [20,44) Nous partons demain. | Les autres@0-10 | dirent@11-17"),
        describe("Les autres dirent : « Nous partons demain. »"));
    assertEquals(List.of("speech L0 [20,39) Je pars demain. | Celui-ci@0-8 | répondit@9-17"),
        describe("Celui-ci répondit : « Je pars demain. »"));
    assertEquals(List.of("speech L0 [17,34) Vive le roi ! | Chacun@0-6 | s'écria@7-14"),
        describe("Chacun s'écria : « Vive le roi ! »"));
  }

  @Test
  public void before_objectCliticBeforeCompoundTenseIsNotTheVerb() {
    assertEquals(List.of("speech L0 [23,42) Je pars demain. | Le garçon@0-9 | a répété@12-20"),
        describe("Le garçon l'a répété : « Je pars demain. »"));
  }

  @Test
  public void before_abbreviationPeriodEndsThePreviousSentence() {
    assertEquals(List.of("speech L0 [47,66) Je pars demain. | Il@25-27 | dit@41-44"),
        describe("Il vit des objets d'art. Il en sortit et dit : « Je pars demain. »"));
  }

  // --- Before the quote: subject found by comma-separated segments (Grammar.subjectBySegments) ---

  @Test
  public void segments_colonWithoutReportingVerb() {
    assertEquals(List.of("speech L0 [26,45) Je pars demain. | Le major@0-8 | -"),
        describe("Le major quitta sa pipe : « Je pars demain. »"));
  }

  @Test
  public void segments_prepositionalSegmentsSkipped() {
    assertEquals(List.of("speech L0 [47,66) Je pars demain. | Une voix@0-8 | cria@40-44"),
        describe("Une voix, quelque part, dans le public, cria : « Je pars demain. »"));
  }

  @Test
  public void segments_pronounOpensTheFirstSegment() {
    assertEquals(List.of("speech L0 [41,60) Je pars demain. | il@5-7 | grogna@32-38"),
        describe("Mais il vint, prit le petit, et grogna : « Je pars demain. »"));
  }

  @Test
  public void segments_subordinateClauseNotTheSubject() {
    assertEquals(List.of("speech L0 [54,73) Je pars demain. | M. de Coutelier@28-43 | dit@48-51"),
        describe("Un soir, comme il rentrait, M. de Coutelier lui dit : « Je pars demain. »"));
  }

  @Test
  public void segments_timePhraseIsNoSpeaker() {
    assertEquals(List.of("speech L0 [33,57) Nous partons demain. | le maire@14-22 | déclara@23-30"),
        describe("Le lendemain, le maire déclara : « Nous partons demain. »"));
  }

  @Test
  public void before_colonAtEndOfPreviousParagraph() {
    assertEquals(List.of("dialogue L0 [19,49) À votre place, je partirais. | Bouvard@0-7 | dit@12-15"),
        describe("Bouvard lui dit :\n\n— À votre place, je partirais."));
  }
}
