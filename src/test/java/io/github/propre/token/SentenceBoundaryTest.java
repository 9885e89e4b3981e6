package io.github.propre.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the sentence splitter cuts at the limits of its rules. */
class SentenceBoundaryTest {
  private static final SentenceSplitter SS = SentenceSplitter.standard();

  static List<String> sentences(String text) {
    return SS.split(text).stream().map(s -> s.textIn(text)).toList();
  }

  @Test
  void everyOpeningMark_startsASentenceAfterAnEndMark() {
    for (String open : List.of("«", "“", "„", "‹", "—", "–", "-", "¿", "¡", "‘")) {
      assertEquals(List.of("Il part.", open + "Oui."), sentences("Il part. " + open + "Oui."), open);
    }
    assertEquals(List.of("Il part.", "\"Oui\", dit-il."), sentences("Il part. \"Oui\", dit-il."));
    assertEquals(List.of("Il part.", "3 hommes restent."), sentences("Il part. 3 hommes restent."));
  }

  @Test
  void lowerCaseAfterAPeriod_startsASentenceOnlyAfterAWordOfFiveLettersOrMore() {
    assertEquals(List.of("Il court.", "puis revient."), sentences("Il court. puis revient."));
    assertEquals(List.of("Il part. puis revient."), sentences("Il part. puis revient."));
  }

  @Test
  void endMarks_runsOfPointsAndEllipses() {
    assertEquals(List.of("Quoi ?!", "Non."), sentences("Quoi ?! Non."));
    assertEquals(List.of("Ah !!!", "Bon."), sentences("Ah !!! Bon."));
    assertEquals(List.of("Il hésite…", "Puis il part."), sentences("Il hésite… Puis il part."));
    assertEquals(List.of("Il hésite...", "Puis il part."), sentences("Il hésite... Puis il part."));
  }

  @Test
  void ellipsisInBrackets_elidesAndDoesNotEnd() {
    assertEquals(List.of("Il dit (…) Puis part."), sentences("Il dit (…) Puis part."));
    assertEquals(List.of("Il dit (...) Puis part."), sentences("Il dit (...) Puis part."));
    assertEquals(List.of("Il dit (..) Puis part."), sentences("Il dit (..) Puis part."));
    assertEquals(List.of("Il dit [...] Puis part."), sentences("Il dit [...] Puis part."));
  }

  @Test
  void lineBreaks_crLfCountsOnceAndBlankLinesCut() {
    assertEquals(List.of("un mot", "deux mots"), sentences("un mot\r\n\r\ndeux mots"));
    assertEquals(List.of("un mot\r\ndeux mots"), sentences("un mot\r\ndeux mots"));
    assertEquals(List.of("un mot", "deux mots"), sentences("un mot\r\rdeux mots"));
    assertEquals(List.of("un mot", "deux mots"), sentences("un mot\u2028\u2028deux mots"));
    assertEquals(List.of("un mot", "deux mots"), sentences("un mot\u0085\u0085deux mots"));
    assertEquals(List.of("un mot", "deux mots"), sentences("un mot\u2029deux mots"));
    assertEquals(List.of("un mot\rdeux mots"), sentences("un mot\rdeux mots"));
  }

  @Test
  void capitalisedPronounOutOfPlace_startsASentenceBeforeALowerCaseWord() {
    assertEquals(List.of("Voici la règle :", "Il faut partir."), sentences("Voici la règle : Il faut partir."));
    assertEquals(List.of("Voici :", "Elle part."), sentences("Voici : Elle part."));
    assertEquals(List.of("Il est parti (hier)", "Il reviendra demain."),
        sentences("Il est parti (hier) Il reviendra demain."));
    assertEquals(List.of("Signé J.", "Il viendra."), sentences("Signé J. Il viendra."));
    assertEquals(List.of("Il mange", "Elle part vite."), sentences("Il mange Elle part vite."));
    assertEquals(List.of("En 2012", "Il part vite."), sentences("En 2012 Il part vite."));
    assertEquals(List.of("Voir www.exemple.fr", "Il part."), sentences("Voir www.exemple.fr Il part."));
  }

  @Test
  void capitalisedWord_inPlace_continuesTheSentence() {
    assertEquals(List.of("Il mange, Il part vite."), sentences("Il mange, Il part vite."));
    assertEquals(List.of("Voici : Il Faut partir."), sentences("Voici : Il Faut partir."));
    // Ce opens sentences but is no subject pronoun: after a word or a bracket it may be inside one
    assertEquals(List.of("Il mange Ce fut long."), sentences("Il mange Ce fut long."));
    assertEquals(List.of("Il est parti (hier) Ce fut long."), sentences("Il est parti (hier) Ce fut long."));
  }
}
