package io.github.propre.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The way news attributes quotes: a date or a phrase between the verb and its subject ({@code a
 * déclaré mardi à l'AFP le ministre}), {@code selon} and {@code d'après} with long noun phrases and
 * appositions, nouns in {@code -ment}. fr-litbank is novels only; these sentences are the team's own.
 */
class NewsAttributionTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.standard();

  /** Returns "speaker | verb" for the only quote of {@code text}. */
  private static String who(String text) {
    List<Quote> quotes = EXTRACTOR.extract(text);
    assertEquals(1, quotes.size(), text);
    return describe(quotes.get(0));
  }

  /** Returns "speaker | verb" of {@code q}, "-" for what it lacks. */
  private static String describe(Quote q) {
    return q.speaker().map(Mention::text).orElse("-") + " | " + q.verb().map(Mention::text).orElse("-");
  }

  @Test
  public void dateBetweenVerbAndSubject() {
    assertEquals("le ministre de l’Intérieur | a déclaré",
        who("« Nous ne céderons pas », a déclaré mardi le ministre de l’Intérieur."));
    assertEquals("Lavrov | a affirmé", who("« La coopération s’intensifie », a affirmé hier soir Lavrov."));
    assertEquals("la préfecture | a annoncé", who("« La route est fermée », a annoncé samedi 3 avril la préfecture."));
    assertEquals("la mairie | a indiqué", who("« Rien n’est décidé », a indiqué ce matin la mairie."));
  }

  @Test
  public void phraseBetweenVerbAndSubject() {
    assertEquals("le porte-parole de la CGT | a indiqué",
        who("« Nous ne céderons pas », a indiqué à l’AFP le porte-parole de la CGT."));
    assertEquals("le syndicat | affirme", who("« La grève continue », affirme dans un communiqué le syndicat."));
    assertEquals("le préfet | a expliqué",
        who("« La route est fermée », a expliqué lors d’une conférence de presse le préfet."));
    assertEquals("le ministre | a dit", who("« Non », a dit ce matin au micro de RTL le ministre."));
    assertEquals("le ministre | a dit", who("« Non », a dit aux journalistes le ministre."));
    assertEquals("le ministre | a déclaré", who("« Non », a déclaré auprès de l’AFP le ministre."));
    // A noun that is also a verb's form after the preposition: la presse (presser).
    assertEquals("le ministre | a dit", who("« Non », a dit à la presse le ministre."));
    // A name right after the phrase's noun is the subject, not part of the phrase.
    assertEquals("Emmanuel Macron | a assuré",
        who("« Rien n’est décidé », a assuré mardi soir à la presse Emmanuel Macron."));
    // The same phrases inside an incise.
    assertEquals("le ministre | a déclaré", who("« Nous verrons, a déclaré mardi à l’AFP le ministre, mais pas avant l’été. »"));
  }

  @Test
  public void phraseWithoutSubjectAttributesNothing() {
    assertEquals("- | -", who("« Non », a déclaré à la presse."));
    assertEquals("il | a-t-il dit", who("« Non », a-t-il dit mardi."));
  }

  @Test
  public void selonAndDapresWithLongNounPhrases() {
    assertEquals("le porte-parole du gouvernement | Selon",
        who("Selon le porte-parole du gouvernement, « rien n’est décidé »."));
    assertEquals("le porte-parole du gouvernement | selon",
        who("« Rien n’est décidé », selon le porte-parole du gouvernement."));
    assertEquals("le ministre des Affaires étrangères | Selon",
        who("Selon le ministre des Affaires étrangères, « rien n’est décidé »."));
    assertEquals("le gouvernement | selon", who("« Non », selon le gouvernement."));
    assertEquals("le maire | D’après", who("D’après le maire, « rien n’est décidé »."));
    assertEquals("lui | d'après", who("« Rien n'est décidé », d'après lui."));
    assertEquals("lui | selon", who("Mais selon lui, « rien n’est décidé »."));
  }

  @Test
  public void selonWithAnAppositionOpeningTheClause() {
    // Twelve words before the quote, more than a verb is looked for: selon opens the clause.
    assertEquals("la présidente de la Commission européenne, Ursula von der Leyen | Selon",
        who("Selon la présidente de la Commission européenne, Ursula von der Leyen, « rien n’est décidé »."));
    // An aside between the phrase and the quote is no part of the speaker.
    assertEquals("le politologue Jean Dupont | Pour",
        who("Pour le politologue Jean Dupont, professeur à Sciences Po, « rien n’est décidé »."));
    assertEquals("Jean Dupont | Selon", who("Selon Jean Dupont, maire (PS) de Lille, « rien n’est décidé »."));
    // Something else between the phrase and the quote: selon says where, not who speaks.
    assertEquals("- | -",
        who("Selon la présidente de la Commission européenne, les négociations avancent et « rien n’est décidé »."));
  }

  @Test
  public void newsVerbsAfterTheQuote() {
    assertEquals("le député | a réagi", who("« C’est inacceptable », a réagi le député."));
    assertEquals("l’opposition | a taclé", who("« C’est inacceptable », a taclé l’opposition."));
    assertEquals("la direction | espère", who("« Nous verrons », espère la direction."));
    assertEquals("Marie | se souvient", who("« C’était dur », se souvient Marie."));
    assertEquals("Jean Dupont | analyse", who("« C’est logique », analyse Jean Dupont, économiste."));
    // Most of them tell of thoughts in narration: before a quote they attribute nothing.
    assertEquals("- | -", who("Le maire espère « une issue rapide »."));
  }

  @Test
  public void pourOpeningTheClause() {
    // As in UD French-GSD: "Pour ce syndiqué Force Ouvrière, "la chute des commandes…"".
    assertEquals("le syndicat | Pour", who("Pour le syndicat, « c’est une provocation »."));
    assertEquals("lui | Pour", who("Pour lui, « rien n’est décidé »."));
    assertEquals("Emmanuel Macron | pour", who("Mais pour Emmanuel Macron, « rien n’est décidé »."));
    // A time, or pour inside the clause: nobody.
    assertEquals("- | -", who("Pour la première fois, « rien n’est décidé »."));
    assertEquals("- | -", who("Pour l’instant, « rien n’est décidé »."));
    assertEquals("- | -", who("Pour le moment, « rien n’est décidé »."));
    assertEquals("- | -", who("Il travaille pour le syndicat, « une grande maison »."));
  }

  @Test
  public void nameInAppositionAfterTheSubject() {
    assertEquals("le président de la République, Emmanuel Macron | a déclaré",
        who("« Nous tiendrons », a déclaré mardi à Paris le président de la République, Emmanuel Macron."));
    assertEquals("le ministre de l’Économie, Bruno Le Maire | a déclaré",
        who("« Nous tiendrons », a déclaré le ministre de l’Économie, Bruno Le Maire, lors d’un déplacement."));
    // Not a name alone: the clause after the comma goes on.
    assertEquals("le ministre | a déclaré", who("« Nous tiendrons », a déclaré le ministre, Paris refusant de céder."));
    assertEquals("la mère | dit", who("« Viens », dit la mère, en souriant."));
    // A name needs no apposition.
    assertEquals("Paul | dit", who("« Viens », dit Paul, Marie se taisant."));
  }

  @Test
  public void headlineWithTheSpeakerAfterAColon() {
    assertEquals("le ministre de l’Intérieur | promet",
        who("« Nous tiendrons » : le ministre de l’Intérieur promet de rester ferme."));
    assertEquals("Emmanuel Macron | a promis", who("« Nous tiendrons » : Emmanuel Macron a promis mardi de rester ferme."));
    assertEquals("la CGT | annonce", who("Il pleut. « Nous tiendrons » : la CGT annonce une nouvelle grève."));
    // No reporting verb after the colon: nobody.
    assertEquals("- | -", who("« Nous ne lâcherons rien » : le cri de colère des agriculteurs."));
    // A word quoted inside a sentence gets no speaker from the clause after the colon.
    assertEquals("- | -", who("Il emploie le mot « résilience » : le ministre a dit la même chose."));
  }

  @Test
  public void nameParticlesInARow() {
    assertEquals("Ursula von der Leyen | a déclaré", who("« Rien n’est décidé », a déclaré Ursula von der Leyen."));
    assertEquals("Jean de La Fontaine | écrit", who("« Rien ne sert de courir », écrit Jean de La Fontaine."));
  }

  @Test
  public void phraseWithoutArticleBetweenVerbAndSubject() {
    assertEquals("la Première ministre | a assuré",
        who("« La réforme est nécessaire », a assuré à franceinfo la Première ministre."));
    assertEquals("Jean Dupont | a confié", who("« Non », a confié à franceinfo Jean Dupont."));
    assertEquals("le maire | a répondu", who("« Non », a répondu à nouveau le maire."));
    // A place or a medium of one word, then a name: the place is no part of the speaker.
    assertEquals("Emmanuel Macron | a réagi", who("« C’est inacceptable », a réagi à Paris Emmanuel Macron."));
    assertEquals("Jean Dupont | confie", who("« Non », confie au Parisien Jean Dupont."));
    assertEquals("Marie Dupont | a déclaré",
        who("« Non », a déclaré à l’AFP Marie Dupont, porte-parole de l’association."));
    assertEquals("Macron | a dit", who("« Non », a dit à BFMTV Macron."));
    assertEquals("un conseiller | déplore", who("« Non », déplore auprès du Monde un conseiller."));
    // de son côté, pour sa part
    assertEquals("le maire | souligne", who("« Non », souligne de son côté le maire."));
    assertEquals("le ministre | estime", who("« Non », estime pour sa part le ministre."));
    assertEquals("le ministre | a déclaré", who("« Non », a déclaré en France le ministre."));
    assertEquals("le président | a déclaré", who("« Non », a déclaré depuis l’Élysée le président."));
    assertEquals("les manifestants | ont répondu", who("« Non », ont répondu en chœur les manifestants."));
    assertEquals("le maire | a déclaré", who("« Non », a déclaré par téléphone le maire."));
    assertEquals("la ministre | a assuré", who("« Non », a assuré sur TF1 la ministre."));
    assertEquals("la secrétaire générale de la CGT, Sophie Binet | a lancé", who("« Nous ne lâcherons rien », a lancé"
        + " sous les applaudissements la secrétaire générale de la CGT, Sophie Binet."));
    // An adverb in -ment between the auxiliary and the participle.
    assertEquals("le ministre | a sobrement répondu",
        who("« Je n’ai rien à ajouter », a sobrement répondu le ministre, interrogé sur ce point."));
    // Two capitalized words only: who was spoken to, and no subject.
    assertEquals("- | -", who("« Non », a dit à Marie Paul."));
  }

  /** Returns "speaker | verb" for the last quote of {@code text}. */
  private static String whoLast(String text) {
    List<Quote> quotes = EXTRACTOR.extract(text);
    return describe(quotes.get(quotes.size() - 1));
  }

  @Test
  public void speechThatGoesOnAfterAnInfinitive() {
    assertEquals("Paul Durand | conclure",
        whoLast("« Il faut agir », a déclaré Paul Durand, avant de conclure : « Nous serons prêts. »"));
    assertEquals("il | ajouter", whoLast("« On verra bien », lâche-t-il, avant d’ajouter : « Le temps nous dira. »"));
    assertEquals("il | ajouter", whoLast("« Il faut agir », a-t-il lancé, non sans ajouter : « Nous serons prêts. »"));
    assertEquals("Le ministre | ajouter", whoLast("Le ministre a salué l’accord, avant d’ajouter : « Nous serons vigilants. »"));
    // The narrative infinitive opens its sentence: the speaker of the quote before speaks on.
    assertEquals("Paul Durand | ajouter",
        whoLast("« Il faut agir », a déclaré Paul Durand. Et d’ajouter : « Nous serons prêts. »"));
    assertEquals("Paul Durand | ajouter",
        whoLast("« Il faut agir », a déclaré Paul Durand.\n\nEt d’ajouter : « Nous serons prêts. »"));
    // Nobody before to speak on, or a quote without a speaker in between: nobody.
    assertEquals("- | -", whoLast("Et d’ajouter : « Nous serons prêts. »"));
    assertEquals("- | -", whoLast("« Il faut agir », a déclaré Paul Durand. Le mot « agir » revient. Et d’ajouter : « Oui. »"));
  }

  @Test
  public void verbOfTwoWords() {
    assertEquals("le ministère | fait valoir", who("« Non », fait valoir le ministère."));
    assertEquals("la préfecture | a fait savoir", who("« Non », a fait savoir la préfecture."));
    assertEquals("le ministre | fait remarquer", who("« Non », fait remarquer le ministre."));
    assertEquals("le maire | tient à rappeler", who("« Non », tient à rappeler le maire."));
    assertEquals("le vieux | fit", who("« Non », fit le vieux."));
    // Not a reporting infinitive after à: nobody.
    assertEquals("- | -", who("« Non », cherche à manger le maire."));
  }

  /** Returns "kind speaker | verb" for the only quote of {@code text}. */
  private static String kindAndWho(String text) {
    List<Quote> quotes = EXTRACTOR.extract(text);
    assertEquals(1, quotes.size(), text);
    return quotes.get(0).kind().name().toLowerCase(java.util.Locale.ROOT) + " " + describe(quotes.get(0));
  }

  @Test
  public void quoteRightAfterQueIsTheSpeakersWords() {
    assertEquals("speech Le président | a estimé",
        kindAndWho("Le président a estimé lundi que « la France ne cédera pas »."));
    assertEquals("speech Le ministre | a assuré",
        kindAndWho("Le ministre a assuré qu’« aucune décision n’a été prise »."));
    // A name or a title after que stays one.
    assertEquals("fragment - | -", kindAndWho("Il a dit que « Le Monde » mentait."));
    assertEquals("fragment - | -", kindAndWho("Il a dit que « Paris » était loin."));
    // Quoted words further inside the reported clause are a fragment of it.
    assertEquals("fragment - | -",
        kindAndWho("Le ministre a estimé que la situation était « grave mais pas désespérée »."));
    // A relative que: no reporting verb to link to.
    assertEquals("fragment - | -", kindAndWho("Il aimait les meubles simples que « nous avions choisis »."));
  }

  /**
   * A whole news article written for this test (news-article.txt): every quote with its speaker and
   * verb, as a reader would attribute them.
   */
  @Test
  public void wholeArticle() throws java.io.IOException {
    String article;
    try (java.io.InputStream in = getClass().getResourceAsStream("news-article.txt")) {
      article = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    List<String> got = new java.util.ArrayList<>();
    for (Quote q : EXTRACTOR.extract(article)) {
      String text = q.text();
      got.add(text.substring(0, Math.min(24, text.length())) + " | " + describe(q));
    }
    assertEquals(List.of(
        "jusqu’au bout | Le gouvernement | a confirmé",
        "Nous ne reculerons pas | la Première ministre, Élisabeth Borne | a assuré",
        "La réforme est nécessair | elle | a-t-elle ajouté",
        "C’est un passage en forc | Laurent Berger | a dénoncé",
        "Le gouvernement porte l’ | Laurent Berger | ajouter",
        "la mobilisation ne faibl | Sophie Binet | Pour",
        "amplifier le mouvement | La syndicaliste | a appelé",
        "Je respecte les manifest | il | a-t-il déclaré",
        "Le Parlement a voté. | il | préciser",
        "L’opinion ne bouge pas | Jérôme Fourquet | analyse",
        "un déni de démocratie | l’opposition | fustige",
        "Ce gouvernement ne nous  | le député LFI Éric Coquerel | lance",
        "le pays est au bord de l | Marine Le Pen | estime",
        "la semaine sera décisive | un conseiller ministériel | reconnaît"), got);
  }

  @Test
  public void quoteRightAfterAnAttributedOneSpeaksOn() {
    assertEquals("Thomas Tuchel | -", whoLast("« Nous avons été patients », s’est réjoui Thomas Tuchel. « Paris a une"
        + " grande équipe, mais ce soir nous étions meilleurs. »"));
    // A sentence of narration in between, another paragraph, or a dialogue turn: nobody.
    assertEquals("- | -", whoLast("« Oui », dit-il. Puis il partit en courant. « Je viens. »"));
    assertEquals("- | -", whoLast("« Oui », a dit Paul.\n\n« Je viens. »"));
    assertEquals("- | -", whoLast("« Oui, dit-elle, je pars. — Non, je reste. »"));
  }
}
