package io.github.propre.token;

import io.github.propre.internal.WordLists;
import java.util.ArrayList;
import java.util.List;

/**
 * The French word lists the tokenizer and the sentence splitter consult, loaded once from the
 * commented resource files beside this class. Immutable and thread-safe.
 */
final class Lexicon {
  /** Elided words that take their apostrophe with them: l, d, qu, jusqu... */
  final WordSet elisions;
  /** Whole words that begin with an elided word yet stay one token: l'on, quelqu'un, c'est-à-dire. */
  final WordSet apostropheWords;
  /** Beginnings, apostrophe included, of words that stay one token: prud', entr', grand'. */
  final WordSet apostrophePrefixes;
  /** Pronouns and clitics a hyphen detaches: il, moi, en, y, là... */
  final WordSet clitics;
  /** Pronouns that take the euphonic t: il, elle, on... */
  final WordSet euphonic;
  /** Compounds that end like a clitic tail but are one word: celui-ci, rendez-vous. */
  final WordSet hyphenWords;
  /** Abbreviations that keep their period (case-sensitive, period excluded). */
  final WordSet abbreviations;
  /** Units split off a number (case-sensitive). */
  final WordSet units;
  /** Units also split off before the minutes (20h30). */
  final WordSet hourUnits;
  /** Ordinal endings (case-sensitive): er, e, ème, ᵉʳ... */
  final WordSet ordinals;
  /** Ordinal endings after Roman numerals (case-sensitive): e, er, ème, ᵉ... */
  final WordSet romanOrdinals;
  /** Top-level domains. */
  final WordSet tlds;
  /** Abbreviations, period included, after which a sentence may end (case-sensitive): etc., J.-C. */
  final WordSet sentenceFinalAbbreviations;
  /** Capitalised subject pronouns that start a sentence before a lower-case word (case-sensitive). */
  final WordSet subjectPronouns;
  /** Capitalised words that open a sentence after a colon or an initial (case-sensitive). */
  final WordSet sentenceOpeners;

  private Lexicon() {
    elisions = WordSet.of(WordLists.elisions(), false);
    List<String> whole = new ArrayList<>();
    List<String> prefixes = new ArrayList<>();
    for (String w : WordSet.lines("apostrophe-words.txt")) {
      if (w.endsWith("*")) {
        prefixes.add(w.substring(0, w.length() - 1));
      } else {
        whole.add(w);
      }
    }
    apostropheWords = WordSet.of(whole, false);
    apostrophePrefixes = WordSet.of(prefixes, false);
    clitics = WordSet.load("clitic-tails.txt", false);
    euphonic = WordSet.load("euphonic-pronouns.txt", false);
    hyphenWords = WordSet.load("hyphen-words.txt", false);
    abbreviations = WordSet.load("abbreviations.txt", true);
    units = WordSet.load("units.txt", true);
    hourUnits = WordSet.load("hour-units.txt", true);
    ordinals = WordSet.load("ordinal-suffixes.txt", true);
    romanOrdinals = WordSet.load("roman-ordinal-suffixes.txt", true);
    tlds = WordSet.load("tlds.txt", false);
    sentenceFinalAbbreviations = WordSet.load("sentence-final-abbreviations.txt", true);
    subjectPronouns = capitalised("subject-pronouns.txt");
    sentenceOpeners = capitalised("sentence-openers.txt");
  }

  /**
   * Loads a case-sensitive list whose words all start with a capital letter: the sentence splitter
   * skips its look-ups for words that start in lower case, so a lower-case entry would never match.
   */
  private static WordSet capitalised(String name) {
    return WordSet.of(requireCapitalised(name, WordSet.lines(name)), true);
  }

  /**
   * Returns {@code words}, checked.
   *
   * @throws IllegalStateException naming the list and the word if one does not start with a capital
   */
  static List<String> requireCapitalised(String name, List<String> words) {
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
        throw new IllegalStateException(name + ": expected words that start with a capital letter "
            + "(the sentence splitter does not look lower-case words up), got \"" + w + "\"");
      }
    }
    return words;
  }

  private static final class Holder {
    static final Lexicon FRENCH = new Lexicon();
  }

  /** Returns the French lexicon, loading it on first use. */
  static Lexicon french() {
    return Holder.FRENCH;
  }
}
