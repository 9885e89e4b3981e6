package io.github.propre.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.propre.text.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static final SentenceSplitter SS = SentenceSplitter.standard();

  static List<String> sentences(String text) {
    return SS.split(text).stream().map(s -> s.textIn(text)).toList();
  }

  // ------------------------------------------------------------------ quotes (the examples)

  @Test
  void feed_findsTheSentencesFromTokensTheCallerAlreadyHas() {
    String text = "M. Dupont est arrivé. Il a dit : « Bonjour ! » Puis il est parti à 20h30.";
    SentenceSplitter.TokenFeed feed = SentenceSplitter.standard().feed(text);
    TokenCursor c = FrenchTokenizer.standard().cursor(text);
    int tokens = 0;
    while (c.next()) {
      feed.token(c.start(), c.end(), c.type());
      tokens++;
    }
    List<String> found = new ArrayList<>();
    for (Span s : feed.finish()) {
      found.add(text.substring(s.start(), s.end()));
    }
    assertEquals(List.of("M. Dupont est arrivé.", "Il a dit : « Bonjour ! »", "Puis il est parti à 20h30."), found);
    assertEquals(22, tokens); // 20h30 is three tokens
  }

  @Test
  void split_andFeed_returnUnmodifiableLists() {
    String text = "Il pleut. Il vente.";
    List<Span> split = SS.split(text);
    assertEquals(2, split.size());
    assertThrows(UnsupportedOperationException.class, () -> split.add(new Span(0, 1)));
    assertThrows(UnsupportedOperationException.class, () -> split.remove(0));
    SentenceSplitter.TokenFeed feed = SS.feed(text);
    TokenCursor c = FrenchTokenizer.standard().cursor(text);
    while (c.next()) {
      feed.token(c.start(), c.end(), c.type());
    }
    List<Span> fed = feed.finish();
    assertEquals(split, fed);
    assertThrows(UnsupportedOperationException.class, () -> fed.set(0, new Span(0, 1)));
  }

  @Test
  void quotes_closingGuillemetAfterAnEndMarkThatTheSentenceGoesOn() {
    assertEquals(List.of("Il a dit « Viens ! » et elle est venue."),
        sentences("Il a dit « Viens ! » et elle est venue."));
  }

  @Test
  void quotes_closingGuillemetStaysWithTheSentenceItCloses() {
    assertEquals(List.of("« Bonjour ! »", "Puis il partit."), sentences("« Bonjour ! » Puis il partit."));
  }

  @Test
  void quotes_withNarrowNoBreakSpaces() {
    assertEquals(List.of("«\u202FBonjour\u202F!\u202F»", "Puis il partit."),
        sentences("«\u202FBonjour\u202F!\u202F» Puis il partit."));
  }

  @Test
  void quotes_closingGuillemetThatClosesNothingStartsTheNextSentence() {
    // a quote continued from an earlier paragraph: the » closes nothing opened here
    assertEquals(List.of("par le biais de pilotes.", "» Déjà, au mois d'avril, il partit."),
        sentences("par le biais de pilotes. » Déjà, au mois d'avril, il partit."));
  }

  @Test
  void quotes_closingMarkAloneAtTheEndStaysWithTheLastSentence() {
    assertEquals(List.of("C'est fini. »"), sentences("C'est fini. »"));
  }

  @Test
  void quotes_straightQuotesByTheirSpacing() {
    assertEquals(List.of("Il a crié \"tu es une bête !\"", "Les serveurs sont partis."),
        sentences("Il a crié \"tu es une bête !\" Les serveurs sont partis."));
    assertEquals(List.of("Il s'agit bien de contrebandiers.", "\"L'ambiguïté demeure\", dit-il."),
        sentences("Il s'agit bien de contrebandiers. \"L'ambiguïté demeure\", dit-il."));
  }

  @Test
  void quotes_questionInsideQuotesFollowedByLowerCase() {
    assertEquals(List.of("« Pourquoi ? » demanda-t-il."), sentences("« Pourquoi ? » demanda-t-il."));
  }

  // ------------------------------------------------------------------ the research notes' cases (c4)

  @Test
  void research_titleAndQuote() {
    assertEquals(List.of("M. Dupont est arrivé.", "Il a dit : « Bonjour ! »", "Puis il est parti."),
        sentences("M. Dupont est arrivé. Il a dit : « Bonjour ! » Puis il est parti."));
  }

  @Test
  void research_avenueAndCompanyAcronym() {
    assertEquals(List.of("Mme Roy habite au 12, av. Foch.", "Elle travaille chez Total S.A. depuis 2010."),
        sentences("Mme Roy habite au 12, av. Foch. Elle travaille chez Total S.A. depuis 2010."));
  }

  @Test
  void research_pagesAndChapters() {
    assertEquals(List.of("Voir p. 12 et suiv. pour les détails.", "Le chap. 3 est clair."),
        sentences("Voir p. 12 et suiv. pour les détails. Le chap. 3 est clair."));
  }

  @Test
  void research_beforeChrist() {
    assertEquals(List.of("Il est né en 52 av. J.-C. à Rome.", "C'était l'hiver."),
        sentences("Il est né en 52 av. J.-C. à Rome. C'était l'hiver."));
    assertEquals(List.of("Rome est fondée en 753 av. J.-C.", "La légende le dit."),
        sentences("Rome est fondée en 753 av. J.-C. La légende le dit."));
  }

  @Test
  void research_url() {
    assertEquals(List.of("Consultez www.legifrance.gouv.fr.", "Puis revenez."),
        sentences("Consultez www.legifrance.gouv.fr. Puis revenez."));
  }

  // ------------------------------------------------------------------ other French conventions

  @Test
  void abbreviations_initialsAndOrdinalsDoNotEndSentences() {
    assertEquals(List.of("George W. Bush a nommé J. Chirac le 1er mai.", "Il pleuvait."),
        sentences("George W. Bush a nommé J. Chirac le 1er mai. Il pleuvait."));
  }

  @Test
  void abbreviations_etcMayEndASentence() {
    assertEquals(List.of("Des pommes, des poires, etc.", "Mais pas de fraises."),
        sentences("Des pommes, des poires, etc. Mais pas de fraises."));
    assertEquals(List.of("Des pommes, etc. et des poires."), sentences("Des pommes, etc. et des poires."));
  }

  @Test
  void numbers_decimalsAndDatesDoNotEndSentences() {
    assertEquals(List.of("Le taux passe de 3.5 à 4,2 % le 01.01.2012.", "25 personnes sont venues."),
        sentences("Le taux passe de 3.5 à 4,2 % le 01.01.2012. 25 personnes sont venues."));
  }

  @Test
  void endMarks_questionAndExclamationBeforeLowerCaseDoNotEnd() {
    assertEquals(List.of("Quoi ? dit-il.", "Non !"), sentences("Quoi ? dit-il. Non !"));
  }

  @Test
  void endMarks_ellipses() {
    assertEquals(List.of("Il hésita...", "Puis il partit…", "Enfin."),
        sentences("Il hésita... Puis il partit… Enfin."));
    assertEquals(List.of("Il y a des limites (...) à tout."), sentences("Il y a des limites (...) à tout."));
  }

  @Test
  void endMarks_bracketOpeningASentence() {
    assertEquals(List.of("Il est parti.", "(Voir plus loin.)", "Il revint."),
        sentences("Il est parti. (Voir plus loin.) Il revint."));
    assertEquals(List.of("Il est parti (en 2010).", "Il revint."),
        sentences("Il est parti (en 2010). Il revint."));
  }

  @Test
  void endMarks_lowerCaseAfterAPeriodAndALongWord() {
    assertEquals(List.of("Cette espèce vit au Brésil.", "il ne s'agit pas d'un oiseau."),
        sentences("Cette espèce vit au Brésil. il ne s'agit pas d'un oiseau."));
    assertEquals(List.of("Il pèse env. vingt kilos."), sentences("Il pèse env. vingt kilos."));
  }

  @Test
  void dialogue_dashesOpenSentences() {
    assertEquals(List.of("— Oui, dit-il.", "— Non.", "– Peut-être."),
        sentences("— Oui, dit-il. — Non. – Peut-être."));
  }

  @Test
  void semicolon_capitalisedCommonWordStartsASentence() {
    assertEquals(List.of("Il ne vivait pas mais semblait seulement exister ;", "Le poème est né ainsi."),
        sentences("Il ne vivait pas mais semblait seulement exister ; Le poème est né ainsi."));
  }

  @Test
  void semicolon_listOfNamesGoesOn() {
    assertEquals(List.of("Les doyens : Lucien Carillon (1928) ; Anita Dachaud (1921)."),
        sentences("Les doyens : Lucien Carillon (1928) ; Anita Dachaud (1921)."));
  }

  @Test
  void colon_pronounOpensASentence() {
    assertEquals(List.of("Voici les inscriptions suivantes :", "Ce qui justifie les taches."),
        sentences("Voici les inscriptions suivantes : Ce qui justifie les taches."));
    assertEquals(List.of("Il cite : La Révolution française."), sentences("Il cite : La Révolution française."));
  }

  @Test
  void missingEndMark_capitalisedPronounOpensASentence() {
    assertEquals(List.of("Il était membre de la Formula Nippon", "Il était aussi pilote."),
        sentences("Il était membre de la Formula Nippon Il était aussi pilote."));
    assertEquals(List.of("Le dictateur Kim Il Sung est mort."), sentences("Le dictateur Kim Il Sung est mort."));
  }

  @Test
  void initial_followedByAPronounEndsASentence() {
    assertEquals(List.of("Le portage sous Mac OS X.", "Une version existe."),
        sentences("Le portage sous Mac OS X. Une version existe."));
    assertEquals(List.of("Le livre de J. Le Goff est paru."), sentences("Le livre de J. Le Goff est paru."));
  }

  // ------------------------------------------------------------------ lines and paragraphs

  @Test
  void paragraphs_blankLineAlwaysEnds() {
    assertEquals(List.of("Un titre sans point", "le texte suit."), sentences("Un titre sans point\n\nle texte suit."));
    assertEquals(List.of("Un", "deux"), sentences("Un\u2029deux"));
  }

  @Test
  void paragraphs_singleLineBreakEndsOnlyBeforeAnOpeningToken() {
    assertEquals(List.of("Un texte coupé\nen deux lignes."), sentences("Un texte coupé\nen deux lignes."));
    assertEquals(List.of("Chapitre premier", "Il était une fois."), sentences("Chapitre premier\nIl était une fois."));
  }

  @Test
  void spans_areTrimmedOfEverySpaceKind() {
    String text = "\u00A0 Une phrase.\u202F\n\tUne autre.\u200B ";
    assertEquals(List.of(Span.of(2, 13), Span.of(16, 26)), SS.split(text));
  }

  @Test
  void spans_emptyAndBlankTexts() {
    assertEquals(List.of(), SS.split(""));
    assertEquals(List.of(), SS.split(" \n\u00A0"));
  }

  @Test
  void split_rejectsNull() {
    assertThrows(NullPointerException.class, () -> SS.split(null));
  }

  @Test
  void sampleArticle_paragraphs() {
    assertEquals(List.of("La Russie, premier pays à reconnaître officiellement l’AES dès sa création en 2023, "
            + "continue d’afficher son soutien aux régimes militaires de la région.",
        "Elle les a reçus avec tous les honneurs ce jeudi 3 avril, soulignant l’importance géopolitique "
            + "croissante de cette alliance sahélienne.",
        "« Notre coopération dans le domaine militaire s’intensifie », a affirmé Lavrov en présence de son "
            + "homologue malien Abdoulaye Diop, annonçant également une visite d’État du président malien "
            + "Assimi Goïta à Moscou en juin prochain."),
        sentences("La Russie, premier pays à reconnaître officiellement l’AES dès sa création en 2023, "
            + "continue d’afficher son soutien aux régimes militaires de la région. Elle les a reçus avec "
            + "tous les honneurs ce jeudi 3 avril, soulignant l’importance géopolitique croissante de cette "
            + "alliance sahélienne. « Notre coopération dans le domaine militaire s’intensifie », a affirmé "
            + "Lavrov en présence de son homologue malien Abdoulaye Diop, annonçant également une visite "
            + "d’État du président malien Assimi Goïta à Moscou en juin prochain."));
  }

  @Test
  void javadocExample() {
    assertEquals(3, SS.split("M. Dupont est arrivé. Il a dit : « Bonjour ! » Puis il est parti.").size());
  }

  @Test
  void lowerCaseWords_goOnWhateverSpaceComesBefore_aBlankLineOrACapitalisedPronounStartsAnew() {
    // A lower-case word after one space takes a shortcut in the splitter; the other separators do not.
    for (String space : List.of(" ", "  ", "\t", "\u00A0", "\u202F", "\n")) {
      assertEquals(List.of("Il pleut" + space + "et il vente."), sentences("Il pleut" + space + "et il vente."),
          "separator U+" + Integer.toHexString(space.charAt(0)));
    }
    assertEquals(List.of("Il pleut", "et il vente."), sentences("Il pleut\n\net il vente."));
    assertEquals(List.of("la Formula Nippon", "Il était membre."), sentences("la Formula Nippon Il était membre."));
    assertEquals(List.of("la Formula Nippon il était membre."), sentences("la Formula Nippon il était membre."));
  }
}
