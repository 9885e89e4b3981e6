package io.github.propre.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The commented word lists under src/main/resources/io/github/propre/token, checked on their own. */
class WordListsTest {
  private static final List<String> ALL = List.of("apostrophe-words.txt", "clitic-tails.txt",
      "euphonic-pronouns.txt", "hyphen-words.txt", "abbreviations.txt", "units.txt", "hour-units.txt",
      "ordinal-suffixes.txt", "roman-ordinal-suffixes.txt", "tlds.txt", "sentence-final-abbreviations.txt", "subject-pronouns.txt",
      "sentence-openers.txt");

  @Test
  void lists_loadWithoutDuplicatesOrStraySpaces() {
    for (String name : ALL) {
      List<String> words = WordSet.lines(name);
      assertFalse(words.isEmpty(), name);
      Set<String> seen = new HashSet<>();
      for (String w : words) {
        assertTrue(seen.add(w), name + ": duplicate " + w);
        assertFalse(w.chars().anyMatch(c -> FrenchTokenizer.isSeparator((char) c)), name + ": space in " + w);
      }
    }
  }

  @Test
  void elisions_areBareLowerCaseWords() {
    // The one elision list lives in internal (shared with the cleaner and the quote extractor).
    List<String> elisions = io.github.propre.internal.WordLists.elisions();
    assertFalse(elisions.isEmpty());
    assertEquals(elisions.size(), new HashSet<>(elisions).size());
    for (String w : elisions) {
      assertTrue(w.chars().allMatch(Character::isLowerCase), w);
    }
  }

  @Test
  void apostropheWords_eachHoldAnApostrophe() {
    for (String w : WordSet.lines("apostrophe-words.txt")) {
      assertTrue(w.indexOf('\'') > 0, w);
    }
  }

  @Test
  void hyphenWords_eachHoldAHyphenAndEndInATail() {
    WordSet tails = WordSet.load("clitic-tails.txt", false);
    for (String w : WordSet.lines("hyphen-words.txt")) {
      int h = w.lastIndexOf('-');
      assertTrue(h > 0, w);
      assertTrue(tails.contains(w.substring(h + 1)), w + " does not end in a clitic tail: no need to list it");
    }
  }

  @Test
  void euphonicPronouns_areCliticTails() {
    WordSet tails = WordSet.load("clitic-tails.txt", false);
    for (String w : WordSet.lines("euphonic-pronouns.txt")) {
      assertTrue(tails.contains(w), w);
    }
  }

  @Test
  void abbreviations_areWrittenWithoutTheirPeriod() {
    for (String w : WordSet.lines("abbreviations.txt")) {
      assertFalse(w.endsWith("."), w);
    }
    for (String w : WordSet.lines("sentence-final-abbreviations.txt")) {
      assertTrue(w.endsWith("."), w);
    }
  }

  @Test
  void wordSet_foldsCaseApostrophesAndHyphens() {
    WordSet ci = WordSet.of(List.of("aujourd'hui", "c'est-à-dire"), false);
    assertTrue(ci.contains("AUJOURD’HUI"));
    assertTrue(ci.contains("aujourdʼhui"));
    assertTrue(ci.contains("c’est\u2011à\u2011dire"));
    assertFalse(ci.contains("aujourd"));
    assertFalse(ci.contains(""));
    WordSet cs = WordSet.of(List.of("M", "Mme"), true);
    assertTrue(cs.contains("Mme"));
    assertFalse(cs.contains("mme"));
    assertEquals(3, cs.maxLength());
    assertEquals(2, cs.size());
  }

  @Test
  void wordSet_lookupInsideABuffer() {
    WordSet s = WordSet.of(List.of("qu", "jusqu"), false);
    char[] a = "xJUSQU'à".toCharArray();
    assertTrue(s.contains(a, 1, 6));
    assertFalse(s.contains(a, 0, 6));
    assertFalse(s.contains(a, 3, 3));
  }

  @Test
  void wordSet_missingResourceFailsWithItsName() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> WordSet.lines("nope.txt"));
    assertTrue(e.getMessage().contains("nope.txt"));
  }

  @Test
  void pronounLists_areCapitalised_aLowerCaseEntryFailsLoudly() {
    // The sentence splitter never looks a lower-case word up in these lists.
    for (String name : List.of("subject-pronouns.txt", "sentence-openers.txt")) {
      assertEquals(WordSet.lines(name), Lexicon.requireCapitalised(name, WordSet.lines(name)));
    }
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Lexicon.requireCapitalised("subject-pronouns.txt", List.of("Il", "elle")));
    assertEquals("subject-pronouns.txt: expected words that start with a capital letter (the sentence "
        + "splitter does not look lower-case words up), got \"elle\"", e.getMessage());
  }
}
