package io.github.propre.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Incises, verbs before and after quotes, selon, fragments: who said what. */
class QuoteAttributionTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.standard();

  /** Returns "kind | words | speaker | verb" for each quote, parts separated by " / ". */
  private static List<String> attribution(String text) {
    List<String> out = new ArrayList<>();
    for (Quote q : EXTRACTOR.extract(text)) {
      StringBuilder parts = new StringBuilder();
      q.parts().forEach(p -> parts.append(parts.length() == 0 ? "" : " / ").append(p.textIn(text)));
      out.add(q.kind().label() + " | " + parts + " | " + q.speaker().map(Mention::text).orElse("-")
          + " | " + q.verb().map(Mention::text).orElse("-"));
    }
    return out;
  }

  @Test
  public void sampleArticle_fiveQuotesWithSpeakersAndVerbs() {
    // The paragraphs of the sample article that hold quotes (../shared/samples/aes-russie.txt).
    String text = """
        La Russie, premier pays à reconnaître officiellement l’AES dès sa création en 2023, continue \
        d’afficher son soutien aux régimes militaires de la région. Elle les a reçus avec tous les \
        honneurs ce jeudi 3 avril, soulignant l’importance géopolitique croissante de cette alliance \
        sahélienne. « Notre coopération dans le domaine militaire s’intensifie », a affirmé Lavrov en \
        présence de son homologue malien Abdoulaye Diop, annonçant également une visite d’État du \
        président malien Assimi Goïta à Moscou en juin prochain.
        Dans un contexte de désengagement progressif des forces occidentales, notamment françaises, les \
        pays de l’AES ont multiplié les partenariats avec la Russie, qu’ils considèrent désormais comme \
        un « allié sincère et constant ». Le ministre nigérien des Affaires étrangères, Bakary Yaou \
        Sangaré, a qualifié la rencontre à Moscou d’« événement historique », marquant selon lui « un \
        tournant » dans la lutte contre le jihadisme, grâce à l’appui de la Russie.
        Au-delà de la coopération sécuritaire, les échanges ont également porté sur les questions de \
        développement, témoignant d’une volonté affichée d’approfondir une relation multiforme. « Ce \
        n’est pas seulement un partenariat, c’est un engagement politique autour de valeurs partagées », \
        a insisté Abdoulaye Diop.
        """;
    assertEquals(List.of(
        "speech | Notre coopération dans le domaine militaire s’intensifie | Lavrov | a affirmé",
        "fragment | allié sincère et constant | - | -",
        "speech | événement historique | Le ministre nigérien des Affaires étrangères, Bakary Yaou "
            + "Sangaré | a qualifié",
        "speech | un tournant | lui | selon",
        "speech | Ce n’est pas seulement un partenariat, c’est un engagement politique autour de valeurs "
            + "partagées | Abdoulaye Diop | a insisté"), attribution(text));
  }

  @Test
  public void incise_insideGuillemets() {
    assertEquals(List.of("speech | Oui, / je viens. | il | dit"),
        attribution("« Oui, dit-il, je viens. »"));
    assertEquals(List.of("speech | Oui, / je viens. | elle | a-t-elle ajouté"),
        attribution("« Oui, a-t-elle ajouté, je viens. »"));
    assertEquals(List.of("speech | Demain, / nous verrons. | Marie | répondit"),
        attribution("« Demain, répondit Marie, nous verrons. »"));
  }

  @Test
  public void incise_inDialogueTurns() {
    String text = """
        — Tiens, dit-il, nous avons eu la même idée.

        — Mon Dieu, oui, on pourrait prendre le mien à mon bureau !

        — Les papiers s’envoleraient ! s’écria Pécuchet, qui redoutait les courants d’air.

        — C’est mon parrain, répliqua Bouvard négligemment, ajoutant qu’il s’appelait François.

        — Je crois qu’il est au théâtre, dit timidement Louisa. Il a répétition.
        """;
    assertEquals(List.of(
        "dialogue | Tiens, / nous avons eu la même idée. | il | dit",
        "dialogue | Mon Dieu, oui, on pourrait prendre le mien à mon bureau ! | - | -",
        "dialogue | Les papiers s’envoleraient ! | Pécuchet | s’écria",
        "dialogue | C’est mon parrain | Bouvard | répliqua",
        "dialogue | Je crois qu’il est au théâtre, / Il a répétition. | Louisa | dit"), attribution(text));
  }

  @Test
  public void incise_aSecondOneStartsANewQuote() {
    String text = "— À Saint-Front ! répétait l’étrangère. Oh ! quelle destinée ! Dites-moi, ma chère, "
        + "ajouta-t-elle en s’adressant à la fille, connaissez-vous Pauline ?";
    assertEquals(List.of(
        "dialogue | À Saint-Front ! / Oh ! quelle destinée ! | l’étrangère | répétait",
        "dialogue | Dites-moi, ma chère, / connaissez-vous Pauline ? | elle | ajouta"), attribution(text));
  }

  @Test
  public void verbAfter_theQuote() {
    assertEquals(List.of("speech | Nous refusons | le syndicat | estime"),
        attribution("« Nous refusons », estime le syndicat."));
    assertEquals(List.of("speech | Soit, | il | dit"), attribution("« Soit, » dit-il ; et il partit."));
    assertEquals(List.of("speech | Je payerai | il | dit"), attribution("« Je payerai », dit-il."));
  }

  @Test
  public void verbBefore_theQuote() {
    assertEquals(List.of("speech | Nous resterons. | Le ministre | a déclaré"),
        attribution("Le ministre a déclaré : « Nous resterons. »"));
    assertEquals(List.of("speech | Faites votre demande. | M. de Courville | répondit"),
        attribution("M. de Courville, certain qu’il ne serait pas refusé, répondit : « Faites votre demande. »"));
    assertEquals(List.of("speech | Quelle fête, capitaine ? | Le major | -"),
        attribution("Le major quitta sa pipe : « Quelle fête, capitaine ? »"));
    assertEquals(List.of("speech | Ça a bien réussi. | Il | déclarant"),
        attribution("Il en sortit le premier, en déclarant avec bonhomie : « Ça a bien réussi. »"));
    assertEquals(List.of("dialogue | À votre place, j’ôterais ma flanelle ! | Bouvard | dit"),
        attribution("Bouvard lui dit :\n\n— À votre place, j’ôterais ma flanelle !"));
  }

  @Test
  public void selon_beforeOrAfter() {
    assertEquals(List.of("speech | un tournant | lui | selon"),
        attribution("C’est, selon lui, « un tournant » dans la lutte."));
    assertEquals(List.of("speech | La grève continue | le syndicat | selon"),
        attribution("« La grève continue », selon le syndicat."));
    // "selon son habitude" names nobody.
    assertEquals(List.of("dialogue | On ne doit pas céder. | Le vieux | commença"),
        attribution("Le vieux commença, selon son habitude :\n— On ne doit pas céder."));
  }

  @Test
  public void fragment_titlesAndTerms() {
    assertEquals(List.of("fragment | Les Misérables | - | -"),
        attribution("Il a lu « Les Misérables » hier soir."));
    assertEquals(List.of("fragment | ces messieurs | - | -"),
        attribution("Il parlait toujours de « ces messieurs » avec respect."));
    // A name in guillemets stays a fragment even after a verb.
    assertEquals(List.of("fragment | madame Baptiste | - | -"),
        attribution("Quelques voyous l’appelaient « madame Baptiste », du nom du valet."));
    // Sentence punctuation inside makes it an utterance.
    assertEquals(List.of("speech | En voilà un ! | - | -"),
        attribution("Cela excitait les « En voilà un ! » du public."));
  }

  @Test
  public void nested_eachLevelAttributed() {
    String text = "« Il m’a dit : “ Viens demain ” et il est parti », a raconté Marie.";
    assertEquals(List.of(
        "speech | Il m’a dit : “ Viens demain ” et il est parti | Marie | a raconté",
        "speech | Viens demain | Il | a dit"), attribution(text));
  }

  @Test
  public void dialogueInsideGuillemets_turnsAndTheirIncises() {
    String text = "« Partons-nous ?\n— Demain ! demain ! m’écriai-je dans mon délire.\n— Demain, soit ! "
        + "reprit-elle. Adieu. »";
    assertEquals(List.of(
        "dialogue | Partons-nous ? | - | -",
        "dialogue | Demain ! demain ! | je | m’écriai",
        "dialogue | Demain, soit ! / Adieu. | elle | reprit"), attribution(text));
  }
}
