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

  // --- More inversions after a quote ---

  @Test
  public void after_verbOutsideTheLexiconWithInvertedPronounAndNothingAfter() {
    assertEquals(List.of("speech L0 [0,7) Oui | il@19-21 | grimaça@9-16"),
        describe("« Oui », grimaça-t-il."));
  }

  @Test
  public void after_auxiliaryWithoutParticipleIsNoVerb() {
    assertEquals(List.of("speech L0 [0,7) Oui | - | -"), describe("« Oui », a-t-il."));
  }

  @Test
  public void after_cliticAuxiliaryInvertedPronounParticiple() {
    assertEquals(List.of("speech L0 [0,7) Oui | il@17-19 | a-t-il répondu@13-27"),
        describe("« Oui », lui a-t-il répondu."));
  }

  @Test
  public void after_adverbAfterTheInvertedPronoun() {
    assertEquals(List.of("speech L0 [0,7) Oui | il@18-20 | répondit@9-17"),
        describe("« Oui », répondit-il doucement."));
  }

  // --- More subjects before a quote ---

  @Test
  public void before_semicolonEndsThePreviousClause() {
    assertEquals(List.of("speech L0 [23,35) Je pars. | Marie@11-16 | dit@17-20"),
        describe("Il entra ; Marie dit : « Je pars. »"));
  }

  @Test
  public void before_clauseStartsAfterThePreviousQuote() {
    assertEquals(List.of("speech L0 [0,11) Bonjour | Paul@17-21 | dit@13-16",
            "speech L0 [40,54) Au revoir. | Marie@23-28 | répondit@29-37"),
        describe("« Bonjour », dit Paul. Marie répondit : « Au revoir. »"));
  }

  @Test
  public void before_antecedentOfQuiAfterComma() {
    assertEquals(List.of("speech L0 [27,39) Je pars. | le vieux@6-14 | cria@20-24"),
        describe("C'est le vieux, qui cria : « Je pars. »"));
    assertEquals(List.of("speech L0 [28,45) Vive le roi ! | Les paysans@0-11 | criaient@17-25"),
        describe("Les paysans, qui criaient : « Vive le roi ! »"));
  }

  @Test
  public void before_lowerCaseAntecedentOfQui() {
    assertEquals(List.of("speech L0 [30,42) Je pars. | tonton@12-18 | cria@23-27"),
        describe("C'est alors tonton qui cria : « Je pars. »"));
  }

  @Test
  public void before_connectorAndAdverbAroundTheVerb() {
    assertEquals(List.of("speech L0 [30,42) Je pars. | le facteur@3-13 | dit@18-21"),
        describe("Et le facteur lui dit alors : « Je pars. »"));
  }

  @Test
  public void before_participleNounAfterDeterminer() {
    assertEquals(List.of("speech L0 [20,32) Je pars. | Le commandant@0-13 | dit@14-17"),
        describe("Le commandant dit : « Je pars. »"));
  }

  @Test
  public void before_nounWithPrepositionalComplement() {
    assertEquals(List.of("speech L0 [24,36) Je pars. | Le frère de Paul@0-16 | cria@17-21"),
        describe("Le frère de Paul cria : « Je pars. »"));
    assertEquals(List.of("speech L0 [36,45) Feu ! | Le lieutenant de Montcalm@0-25 | ordonna@26-33"),
        describe("Le lieutenant de Montcalm ordonna : « Feu ! »"));
  }

  @Test
  public void before_relativeClauseInsideTheSubject() {
    assertEquals(List.of("speech L0 [38,50) Je pars. | L'homme@0-7 | cria@31-35"),
        describe("L'homme qui vendait des fleurs cria : « Je pars. »"));
  }

  @Test
  public void before_connectorOrAdverbSegmentBeforeTheName() {
    assertEquals(List.of("speech L0 [25,37) Je pars. | Marie@9-14 | murmura@15-22"),
        describe("Ensuite, Marie murmura : « Je pars. »"));
    assertEquals(List.of("speech L0 [27,39) Je pars. | Marie@11-16 | murmura@17-24"),
        describe("Doucement, Marie murmura : « Je pars. »"));
    assertEquals(List.of("speech L0 [28,40) Je pars. | Marie@0-5 | murmura@18-25"),
        describe("Marie, souriante, murmura : « Je pars. »"));
  }

  @Test
  public void before_titleNounBeforeAName() {
    assertEquals(List.of("speech L0 [28,40) Je pars. | Le docteur Martin@0-17 | déclara@18-25"),
        describe("Le docteur Martin déclara : « Je pars. »"));
    assertEquals(List.of("speech L0 [25,37) Je pars. | Le père Goriot@0-14 | déclara@15-22"),
        describe("Le père Goriot déclara : « Je pars. »"));
  }

  @Test
  public void before_nameStartingWithACapitalizedArticle() {
    assertEquals(List.of("speech L0 [22,49) Rien ne sert de courir. | La Fontaine@0-11 | a écrit@12-19"),
        describe("La Fontaine a écrit : « Rien ne sert de courir. »"));
  }

  @Test
  public void before_twoFullNames() {
    assertEquals(List.of("speech L0 [41,58) Nous partons. | Victor Hugo et George Sand@0-26 "
            + "| déclarèrent@27-38"),
        describe("Victor Hugo et George Sand déclarèrent : « Nous partons. »"));
  }

  @Test
  public void before_participlePhraseBetweenVerbAndColon() {
    assertEquals(List.of("speech L0 [24,36) Je pars. | Il@0-2 | a dit@3-8"),
        describe("Il a dit, en souriant : « Je pars. »"));
  }

  @Test
  public void before_participleTakesItsSubjectBeyondASemicolon() {
    assertEquals(List.of("speech L0 [35,47) Je pars. | Le vieux@0-8 | balbutiant@22-32"),
        describe("Le vieux se leva ; et balbutiant : « Je pars. »"));
    assertEquals(List.of("speech L0 [22,39) Vive le roi ! | La foule@0-8 | criant@13-19"),
        describe("La foule, en criant : « Vive le roi ! »"));
  }

  @Test
  public void before_firstPersonPlural() {
    assertEquals(List.of("speech L0 [17,25) Oui. | Nous@0-4 | répondons@5-14"),
        describe("Nous répondons : « Oui. »"));
  }

  @Test
  public void before_objectAfterTheVerb() {
    assertEquals(List.of("speech L0 [33,50) Nous partons. | Le maire@0-8 | déclara@9-16"),
        describe("Le maire déclara aux habitants : « Nous partons. »"));
    assertEquals(List.of("speech L0 [21,29) Non. | Il@0-2 | répondit@3-11"),
        describe("Il répondit à Paul : « Non. »"));
  }

  @Test
  public void segments_timeAndPlaceBeforeTheSubject() {
    assertEquals(List.of("speech L0 [35,52) Nous partons. | le maire@16-24 | déclara@25-32"),
        describe("Après le dîner, le maire déclara : « Nous partons. »"));
    assertEquals(List.of("speech L0 [31,48) Nous partons. | le maire@12-20 | déclara@21-28"),
        describe("Ce soir-là, le maire déclara : « Nous partons. »"));
    assertEquals(List.of("speech L0 [30,47) Nous partons. | Le maire@0-8 | déclara@20-27"),
        describe("Le maire, ce matin, déclara : « Nous partons. »"));
  }

  @Test
  public void segments_subordinateClauseBeforeTheName() {
    assertEquals(List.of("speech L0 [32,44) Je pars. | Paul@17-21 | déclara@22-29"),
        describe("Quand il revint, Paul déclara : « Je pars. »"));
    assertEquals(List.of("speech L0 [34,42) Non. | elle@20-24 | ajouta@25-31"),
        describe("Pour toute réponse, elle ajouta : « Non. »"));
  }

  @Test
  public void segments_nameAfterConnectorStartingASentence() {
    assertEquals(List.of("speech L0 [28,38) Ouah ! | Médor@14-19 | aboya@20-25"),
        describe("Il sortit. Et Médor aboya : « Ouah ! »"));
  }

  @Test
  public void before_pronounNounPhrasesPlural() {
    assertEquals(List.of("speech L0 [16,33) Vive le roi ! | Tous@0-4 | crièrent@5-13"),
        describe("Tous crièrent : « Vive le roi ! »"));
    assertEquals(List.of("speech L0 [19,36) Vive le roi ! | Les uns@0-7 | crièrent@8-16"),
        describe("Les uns crièrent : « Vive le roi ! »"));
  }

  // --- Pronoun subjects, clitics and verb endings ---

  @Test
  public void after_pronounNounPhraseSubject() {
    assertEquals(List.of("speech L0 [0,7) Oui | celui-ci@13-21 | dit@9-12"),
        describe("« Oui », dit celui-ci."));
    assertEquals(List.of("speech L0 [0,7) Oui | chacun@18-24 | répondit@9-17"),
        describe("« Oui », répondit chacun."));
  }

  @Test
  public void after_nousOrVousAsObjectClitic() {
    assertEquals(List.of("speech L0 [0,7) Oui | Paul@18-22 | dit@14-17"),
        describe("« Oui », nous dit Paul."));
    assertEquals(List.of("speech L0 [0,7) Oui | il@25-27 | répondra@14-22"),
        describe("« Oui », vous répondra-t-il."));
  }

  @Test
  public void before_nousOrVousIsTheSubjectOnlyWhenTheVerbAgrees() {
    // First person plural ends in -ons or -mes, second in -ez or -tes; otherwise nous and vous are
    // objects and the subject is further left (Grammar.agrees).
    assertEquals(List.of("speech L0 [18,26) Oui. | Nous@0-4 | répondîmes@5-15"),
        describe("Nous répondîmes : « Oui. »"));
    assertEquals(List.of("speech L0 [18,26) Non. | Nous@0-4 | disons@9-15"),
        describe("Nous lui disons : « Non. »"));
    assertEquals(List.of("speech L0 [13,21) Non. | Vous@0-4 | dites@5-10"),
        describe("Vous dites : « Non. »"));
    assertEquals(List.of("speech L0 [18,26) Non. | Vous@0-4 | direz@10-15"),
        describe("Vous leur direz : « Non. »"));
    assertEquals(List.of("speech L0 [14,24) Venez. | Il@0-2 | dit@8-11"),
        describe("Il nous dit : « Venez. »"));
    // After a connector a pronoun would open the clause; one that does not agree is still an object.
    assertEquals(List.of("speech L0 [23,35) Bonjour. | Il@0-2 | dit@17-20"),
        describe("Il entra et vous dit : « Bonjour. »"));
    assertEquals(List.of("speech L0 [30,42) Bonjour. | Elle@0-4 | déclara@20-27"),
        describe("Elle arriva et nous déclara : « Bonjour. »"));
  }

  @Test
  public void after_adverbBetweenAuxiliaryAndParticiple() {
    assertEquals(List.of("speech L0 [0,7) Oui | Paul@21-25 | a alors dit@9-20"),
        describe("« Oui », a alors dit Paul."));
  }

  @Test
  public void after_mannerPhraseBeforeAName() {
    assertEquals(List.of("speech L0 [0,7) Oui | Marie@25-30 | dit@9-12"),
        describe("« Oui », dit sans détour Marie."));
  }

  @Test
  public void after_thirdPersonEndings() {
    assertEquals(List.of("speech L0 [0,7) Oui | les enfants@16-27 | disent@9-15"),
        describe("« Oui », disent les enfants."));
    assertEquals(List.of("speech L0 [0,7) Oui | les enfants@20-31 | répondront@9-19"),
        describe("« Oui », répondront les enfants."));
    assertEquals(List.of("speech L0 [0,7) Oui | Paul@16-20 | répond@9-15"),
        describe("« Oui », répond Paul."));
    assertEquals(List.of("speech L0 [0,7) Oui | Paul@16-20 | répète@9-15"),
        describe("« Oui », répète Paul."));
  }

  @Test
  public void after_firstPersonReflexiveInversion() {
    assertEquals(List.of("speech L0 [0,11) Je pars | je@22-24 | m'écriai@13-21"),
        describe("« Je pars », m'écriai-je."));
  }

  @Test
  public void before_reflexivePronounOfEachPerson() {
    assertEquals(List.of("speech L0 [21,38) Vive le roi ! | Nous@0-4 | nous écriâmes@5-18"),
        describe("Nous nous écriâmes : « Vive le roi ! »"));
    assertEquals(List.of("speech L0 [21,38) Vive le roi ! | Vous@0-4 | vous écriâtes@5-18"),
        describe("Vous vous écriâtes : « Vive le roi ! »"));
    assertEquals(List.of("speech L0 [14,31) Vive le roi ! | Tu@0-2 | t'écrias@3-11"),
        describe("Tu t'écrias : « Vive le roi ! »"));
    assertEquals(List.of("speech L0 [16,28) Jamais ! | Tu@0-2 | te récrias@3-13"),
        describe("Tu te récrias : « Jamais ! »"));
  }

  @Test
  public void before_nousAsObjectBetweenSubjectAndVerb() {
    assertEquals(List.of("speech L0 [14,26) Je pars. | Il@0-2 | dit@8-11"),
        describe("Il nous dit : « Je pars. »"));
    assertEquals(List.of("speech L0 [18,30) Je pars. | Vous@0-4 | dites@10-15"),
        describe("Vous nous dites : « Je pars. »"));
  }

  @Test
  public void before_titleAndParticleInsideANameAfterATimePhrase() {
    assertEquals(List.of("speech L0 [30,42) Je pars. | lord Byron@9-19 | déclara@20-27"),
        describe("Ensuite, lord Byron déclara : « Je pars. »"));
    assertEquals(List.of("speech L0 [37,49) Je pars. | Charles de Gaulle@9-26 | déclara@27-34"),
        describe("Un soir, Charles de Gaulle déclara : « Je pars. »"));
  }

  @Test
  public void segments_adjectiveSegmentBetweenSubjectAndVerb() {
    assertEquals(List.of("speech L0 [36,48) Je pars. | le maire@7-15 | déclara@26-33"),
        describe("Alors, le maire, furieux, déclara : « Je pars. »"));
  }

  @Test
  public void before_lowerCaseAntecedentOfQuiAfterComma() {
    assertEquals(List.of("speech L0 [25,37) Je pars. | tonton@6-12 | cria@18-22"),
        describe("C'est tonton, qui cria : « Je pars. »"));
  }

  /** Wrong answer 1 of docs/design/quotes.md: the window after the verb ended at the title's period. */
  @Test
  public void after_titleWithAPeriodInTheSpeaker() {
    assertEquals(List.of("speech L0 [0,18) Je pars demain | M. de Courville@29-44 | répondit@20-28"),
        describe("« Je pars demain », répondit M. de Courville."));
    assertEquals(List.of("speech L0 [0,29) Je pars demain, je viens. | MM. Dupont@43-53 | ont répondu@31-42"),
        describe("« Je pars demain, je viens. », ont répondu MM. Dupont."));
  }

  @Test
  public void incise_titleWithAPeriodInTheSpeaker() {
    assertEquals(List.of("speech L0 [0,49) Je pars demain, je viens. | M. Dupont@27-36 | répondit@18-26"),
        describe("« Je pars demain, répondit M. Dupont, je viens. »"));
  }

  /** Wrong answer 2: adverbs that stand between an auxiliary and its participle in news text. */
  @Test
  public void after_newsAdverbsBetweenAuxiliaryAndParticiple() {
    assertEquals(List.of("speech L0 [0,18) Je pars demain | Lavrov@31-37 | a déjà dit@20-30"),
        describe("« Je pars demain », a déjà dit Lavrov."));
    assertEquals(List.of("speech L0 [0,7) Oui | le ministre@29-40 | a également déclaré@9-28"),
        describe("« Oui », a également déclaré le ministre."));
    assertEquals(List.of("speech L0 [34,42) Oui. | Le ministre@0-11 | a toutefois précisé@12-31"),
        describe("Le ministre a toutefois précisé : « Oui. »"));
  }

  /** Wrong answer 11: a verb outside the lexicon, its pronoun, then only how it was said. */
  @Test
  public void after_unknownVerbWithAMannerPhrase() {
    assertEquals(List.of("speech L0 [0,7) Oui | il@19-21 | grimaça@9-16"),
        describe("« Oui », grimaça-t-il en partant."));
    assertEquals(List.of("speech L0 [0,7) Oui | il@19-21 | grimaça@9-16"),
        describe("« Oui », grimaça-t-il d'une voix rauque."));
    assertEquals(List.of("speech L0 [0,7) Oui | il@19-21 | grimaça@9-16"),
        describe("« Oui », grimaça-t-il doucement."));
    // An object, an infinitive or a place: the verb is not one of saying.
    assertEquals(List.of("speech L0 [0,7) Oui | - | -"),
        describe("« Oui », mange-t-il une pomme."));
    assertEquals(List.of("speech L0 [0,7) Oui | - | -"),
        describe("« Oui », pouvait-il affirmer."));
    assertEquals(List.of("speech L0 [0,7) Oui | - | -"),
        describe("« Oui », va-t-il en ville."));
  }

  /** Wrong answer 4: a reflexive verb keeps its pronoun in a compound tense, before or after the quote. */
  @Test
  public void reflexiveVerbInACompoundTense_keepsItsPronoun() {
    assertEquals(List.of("speech L0 [22,31) Non ! | Elle@0-4 | s'était écriée@5-19"),
        describe("Elle s'était écriée : « Non ! »"));
    assertEquals(List.of("speech L0 [0,7) Oui | les enfants@24-35 | se sont écriés@9-23"),
        describe("« Oui », se sont écriés les enfants."));
    assertEquals(List.of("speech L0 [0,9) Non ! | elle@16-20 | s'est-elle écriée@10-27"),
        describe("« Non ! » s'est-elle écriée."));
    // Not a reflexive verb: the clitic is an object, not part of the verb.
    assertEquals(List.of("speech L0 [13,21) Non. | Il@0-2 | a dit@5-10"),
        describe("Il m'a dit : « Non. »"));
  }

  /** Wrong answer 3: -nous and -vous are subjects after a verb in their own person, not after others. */
  @Test
  public void after_firstAndSecondPersonPluralInverted() {
    assertEquals(List.of("speech L0 [0,7) Oui | nous@20-24 | répondîmes@9-19"),
        describe("« Oui », répondîmes-nous."));
    assertEquals(List.of("speech L0 [0,7) Oui | vous@20-24 | répondîtes@9-19"),
        describe("« Oui », répondîtes-vous."));
    assertEquals(List.of("speech L0 [0,7) Oui | vous@14-18 | avez-vous dit@9-22"),
        describe("« Oui », avez-vous dit."));
    // s'écrier is reflexive: its pronoun is part of the verb, in a compound tense too (wrong answer 4).
    assertEquals(List.of("speech L0 [0,9) Oui ! | nous@23-27 | nous sommes-nous écriés@11-34"),
        describe("« Oui ! », nous sommes-nous écriés."));
    assertEquals(List.of("speech L0 [0,7) Oui | - | -"), describe("« Oui », dites-nous."));
    // An imperative: informez-vous is no incise, its words stay quoted.
    assertEquals(List.of("speech L0 [0,34) Allez, informez-vous de cela ! | - | -"),
        describe("« Allez, informez-vous de cela ! »"));
  }

  /** Wrong answer 5: a capitalized article inside a name is part of it. */
  @Test
  public void before_articleInsideAName() {
    assertEquals(List.of("speech L0 [30,42) Je pars. | Jean de La Fontaine@0-19 | déclara@20-27"),
        describe("Jean de La Fontaine déclara : « Je pars. »"));
    assertEquals(List.of("speech L0 [26,38) Je pars. | Marine Le Pen@0-13 | a déclaré@14-23"),
        describe("Marine Le Pen a déclaré : « Je pars. »"));
    assertEquals(List.of("speech L0 [22,34) Je pars. | La Fontaine@0-11 | a écrit@12-19"),
        describe("La Fontaine a écrit : « Je pars. »"));
  }

  /** Wrong answer 16: l’ before an inverted auxiliary opens an incise, as m’ does. */
  @Test
  public void incise_elidedObjectPronounBeforeInvertedAuxiliary() {
    assertEquals(List.of("speech L0 [0,32) Oui, je viens. | il@13-15 | a-t-il dit@9-19"),
        describe("« Oui, l’a-t-il dit, je viens. »"));
    assertEquals(List.of("speech L0 [0,25) Oui, l’homme viendra. | - | -"),
        describe("« Oui, l’homme viendra. »"));
  }

  /**
   * Wrong answer 6: the subject is the whole phrase, not the complement at its end (un des
   * manifestants, l'un d'eux, le président de la République).
   */
  @Test
  public void before_phraseWithAComplement() {
    assertEquals(List.of("speech L0 [32,51) Nous resterons. | Un des manifestants@0-19 | a déclaré@20-29"),
        describe("Un des manifestants a déclaré : « Nous resterons. »"));
    assertEquals(List.of("speech L0 [18,30) Je pars. | L'un d'eux@0-10 | cria@11-15"),
        describe("L'un d'eux cria : « Je pars. »"));
    assertEquals(List.of("speech L0 [30,51) Nous avions peur. | Deux des otages@0-15 | ont raconté@16-27"),
        describe("Deux des otages ont raconté : « Nous avions peur. »"));
    assertEquals(List.of("speech L0 [29,41) Je pars. | Le frère de la mariée@0-21 | cria@22-26"),
        describe("Le frère de la mariée cria : « Je pars. »"));
    assertEquals(List.of("speech L0 [42,50) Non. | Le président de la République@0-29 | a déclaré@30-39"),
        describe("Le président de la République a déclaré : « Non. »"));
  }

  /** After the verb: a complement with a definite article belongs to the speaker, a manner phrase does not. */
  @Test
  public void after_phraseWithAComplement() {
    assertEquals(List.of("speech L0 [0,7) Non | un des manifestants@19-38 | a déclaré@9-18"),
        describe("« Non », a déclaré un des manifestants."));
    assertEquals(List.of("speech L0 [0,7) Non | le président de la République@19-48 | a déclaré@9-18"),
        describe("« Non », a déclaré le président de la République."));
    assertEquals(List.of("speech L0 [0,7) Non | le vieux@13-21 | dit@9-12"),
        describe("« Non », dit le vieux de sa voix cassée."));
  }

  /**
   * Wrong answer 13: the colon rule took any noun phrase. What is said is no speaker (the one it
   * escaped is), nor is a participle; a clause with a person as subject keeps it.
   */
  @Test
  public void before_colonClauseWhoseSubjectIsWhatIsSaid() {
    assertEquals(List.of("speech L0 [32,58) Comme on serait bien ! | lui@18-21 | -"),
        describe("Cette exclamation lui échappa : « Comme on serait bien ! »"));
    assertEquals(List.of("speech L0 [23,31) Non. | - | -"),
        describe("Sa réponse fut brève : « Non. »"));
    assertEquals(List.of("speech L0 [26,34) Oui. | - | -"),
        describe("Déclaré par le ministre : « Oui. »"));
    assertEquals(List.of("speech L0 [26,34) Oui. | Le major@0-8 | -"),
        describe("Le major quitta sa pipe : « Oui. »"));
  }

  /** A finite form after a determiner that is no object pronoun is a noun: la question du juge. */
  @Test
  public void before_finiteFormAfterADeterminerIsANoun() {
    assertEquals(List.of("speech L0 [28,47) Où étiez-vous ? | - | -"),
        describe("La question du juge tomba : « Où étiez-vous ? »"));
    assertEquals(List.of("speech L0 [13,26) Coupable. | Il@0-2 | juge@6-10"),
        describe("Il le juge : « Coupable. »"));
  }

  /** Wrong answer 7: the clause before a quote was cut at a title's period (M. Dupont). */
  @Test
  public void before_titleWithAPeriodInTheClause() {
    assertEquals(List.of("speech L0 [24,32) Non. | Il@0-2 | dit@6-9"),
        describe("Il le dit à M. Dupont : « Non. »"));
    assertEquals(List.of("speech L0 [41,49) Non. | Il@0-2 | déclara@31-38"),
        describe("Il se tourna vers M. Dupont et déclara : « Non. »"));
    assertEquals(List.of("speech L0 [32,40) Non. | M. Dupont@12-21 | déclara@22-29"),
        describe("C’est fini. M. Dupont déclara : « Non. »"));
  }

  /** Wrong answer 14: a one-word answer after a verb is speech; a name stays a fragment. */
  @Test
  public void before_oneWordAnswerAfterAVerb() {
    assertEquals(List.of("speech L0 [9,16) Non | Il@0-2 | a dit@3-8"),
        describe("Il a dit « Non » hier."));
    assertEquals(List.of("fragment L0 [14,22) Toto | - | -"),
        describe("Il l’appelait « Toto »."));
    assertEquals(List.of("speech L0 [22,32) Jamais | Le ministre@0-11 | a répondu@12-21"),
        describe("Le ministre a répondu « Jamais »."));
    assertEquals(List.of("fragment L0 [7,14) Non | - | -"),
        describe("Le mot « Non » est court."));
  }

  /**
   * Wrong answer 12: an aside between the auxiliary and the participle (dit-on, selon moi) is not the
   * attribution; the verb is then the participle alone.
   */
  @Test
  public void before_asideBetweenAuxiliaryAndParticiple() {
    assertEquals(List.of("speech L0 [37,45) Non. | Le ministre@0-11 | déclaré@27-34"),
        describe("Le ministre avait, dit-on, déclaré : « Non. »"));
    assertEquals(List.of("speech L0 [23,31) Non. | Il@0-2 | dit@17-20"),
        describe("Il a, selon moi, dit : « Non. »"));
    assertEquals(List.of("speech L0 [44,52) Non. | Le ministre@0-11 | affirmé@34-41"),
        describe("Le ministre a, selon ses proches, affirmé : « Non. »"));
  }
}
