package io.github.propre.quote;

/**
 * Reads noun phrases forward in the window of words of a {@link Grammar}: where a speaker named
 * after a verb or after {@code selon} ends ({@code le ministre des Affaires étrangères}, {@code
 * Ursula von der Leyen}, {@code un des manifestants}), and what news puts before it ({@code a
 * déclaré mardi à l'AFP le ministre}). One instance per {@link Grammar}; not thread-safe.
 */
final class NounPhrases {
  private final Grammar g;
  private final Words w;
  private final ReportingVerbs verbs;
  private final char[] chars;

  NounPhrases(Grammar g) {
    this.g = g;
    this.w = g.w;
    this.verbs = g.verbs;
    this.chars = g.chars;
  }

  /** Returns the token index after a noun phrase that starts at {@code s}, or {@code s} if none does. */
  int forward(int s) {
    if (!w.at(s) || !w.isWord(s)) {
      return s;
    }
    int head = w.is(s, "l'") && w.at(s + 1) && w.has(s + 1, WordClasses.QUANTIFIER) ? s + 1 : s;
    if (w.has(head, WordClasses.QUANTIFIER) && w.at(head + 1)) {
      // un des manifestants, l'un d'eux, deux des otages: the phrase runs to the complement's end
      int c = complementEnd(head + 1);
      if (c > head + 1) {
        return c;
      }
    }
    if (w.has(s, WordClasses.PRONOUN_NP) && !w.has(s, WordClasses.DETERMINER)
        || w.has(s, WordClasses.SUBJECT_PRONOUN) && !w.has(s, WordClasses.DETERMINER)) {
      return s + 1;
    }
    if (w.has(s, WordClasses.DETERMINER) || w.kind(s) == Words.ELIDED && w.is(s, "l'")) {
      if (w.at(s + 1) && w.has(s + 1, WordClasses.PRONOUN_NP) && (w.is(s, "l'") || w.is(s, "les"))) {
        return s + 2;
      }
      return afterDeterminer(s, false);
    }
    if (w.isCapitalized(s) || w.has(s, WordClasses.TITLE)) {
      return extendName(s + 1);
    }
    return s;
  }

  /**
   * Returns the token index after the noun, its adjectives and complements that follow the
   * determiner at {@code s} (or a word that contains one: {@code au}, {@code du}), or {@code s} if
   * no noun follows. After a preposition the first word is a noun even when it is also a verb's
   * form ({@code à la presse}); elsewhere a determiner may be an object clitic ({@code il le dit}).
   */
  private int afterDeterminer(int s, boolean afterPreposition) {
    int k = s + 1;
    int words = 0;
    // The noun and up to three more words; a word followed by a determiner is taken for a verb
    // (le major | quitta sa pipe), except the first (le vieux la regarda). A word in -ment is an
    // adverb after the noun (le ministre visiblement ému), the noun itself right after the
    // determiner (le gouvernement, du département).
    while (w.at(k) && words < 4 && w.kind(k) == Words.WORD
        && !w.has(k, WordClasses.PREPOSITION | WordClasses.SUBORDINATOR | WordClasses.CONNECTOR)
        && !(words > 0 ? g.isAdverb(k) : w.has(k, WordClasses.ADVERB))
        && !g.isAuxiliary(k) && !g.isPresentParticiple(k)
        && !(words > 0 && w.has(k, WordClasses.OBJECT_CLITIC | WordClasses.SUBJECT_PRONOUN | WordClasses.DETERMINER))
        && (words == 0 && afterPreposition || (verbs.kinds(chars, w.start(k), w.end(k)) & ReportingVerbs.FINITE) == 0)
        && (words == 0 || !w.at(k + 1) || !w.has(k + 1, WordClasses.DETERMINER | WordClasses.OBJECT_CLITIC))) {
      k++;
      words++;
    }
    if (words == 0) {
      return s;
    }
    // A complement with an article before a name's particle: le ministre des Affaires étrangères
    // is no name "des Affaires"; le général de Gaulle has no article after "de".
    int complements = definiteComplements(k);
    if (complements > k) {
      return complements;
    }
    int named = extendName(k);
    return named > k ? definiteComplements(named) : k;
  }

  /**
   * Returns the token after the dates and phrases that news puts between an inverted reporting
   * verb and its subject, from token {@code s}: {@code a déclaré mardi soir à l'AFP le ministre},
   * {@code affirme dans un communiqué le syndicat}, {@code a expliqué lors d'une conférence de
   * presse le préfet}; {@code s} if there is none. At most three such phrases.
   */
  int skipInterposed(int s) {
    for (int phrases = 0; phrases < 3 && w.at(s); phrases++) {
      int e = interposedEnd(s);
      if (e <= s) {
        break;
      }
      s = e;
    }
    return s;
  }

  /** Returns the token after one date or prepositional phrase that starts at {@code s}, or {@code s}. */
  private int interposedEnd(int s) {
    if (w.has(s, WordClasses.INTERPOSED_TIME) && w.isLowerCase(s)) {
      // mardi, mardi soir, samedi 3 avril, hier matin
      int e = s + 1;
      while (w.at(e) && e < s + 4
          && (w.has(e, WordClasses.INTERPOSED_TIME) && w.isLowerCase(e) || w.kind(e) == Words.NUMBER)) {
        e++;
      }
      return e;
    }
    if ((w.is(s, "ce") || w.is(s, "cette")) && w.at(s + 1) && w.has(s + 1, WordClasses.INTERPOSED_TIME)) {
      return s + 2; // ce matin, ce soir
    }
    if (w.at(s + 2) && w.has(s + 1, WordClasses.DETERMINER)
        && (w.is(s, "de") && w.is(s + 2, "côté") || w.is(s, "pour") && w.is(s + 2, "part"))) {
      return s + 3; // de son côté, pour sa part
    }
    if (!w.has(s, WordClasses.INTERPOSED_PREPOSITION) || !w.at(s + 1)) {
      return s;
    }
    boolean contracted = w.is(s, "au") || w.is(s, "aux"); // au micro de RTL, aux journalistes
    int p = s + 1;
    if (w.is(s, "auprès") || w.is(s, "lors")) {
      if (!(w.is(p, "de") || w.is(p, "d'") || w.is(p, "du") || w.is(p, "des"))) {
        return s;
      }
      if (w.is(p, "de") || w.is(p, "d'")) {
        p++;
      }
    }
    boolean determiner = !contracted
        && (w.has(p, WordClasses.DETERMINER) || w.kind(p) == Words.ELIDED && w.is(p, "l'"));
    // The phrase's first word after its article, if any: au Parisien, à l'AFP, à Paris.
    int medium = mediumThenName(determiner ? p + 1 : p);
    if (medium > 0) {
      return medium;
    }
    int e;
    if (contracted) {
      e = afterDeterminer(s, true);
    } else {
      int bare = determiner ? s : bareAfterPreposition(p);
      if (bare > s) {
        return bare;
      }
      e = determiner ? afterDeterminer(p, true) : forward(p);
      if (e <= p) {
        return s;
      }
    }
    if (e <= s + 1) {
      return s;
    }
    // A name right after the phrase's common noun is the subject: a dit à la presse Emmanuel Macron.
    for (int c = s + 2; c < e; c++) {
      if (w.isCapitalized(c) && w.kind(c - 1) == Words.WORD && w.isLowerCase(c - 1)
          && !w.has(c - 1, WordClasses.DETERMINER | WordClasses.NAME_PARTICLE | WordClasses.PREPOSITION)) {
        return c;
      }
    }
    // A complement without an article: lors d'une conférence de presse, dans un communiqué de presse.
    if (w.at(e + 1) && (w.is(e, "de") || w.is(e, "d'")) && w.kind(e + 1) == Words.WORD && w.isLowerCase(e + 1)
        && !w.has(e + 1, WordClasses.DETERMINER | WordClasses.PREPOSITION)) {
      e += 2;
    }
    return e;
  }

  /**
   * Returns the token after a phrase with no article whose one word at {@code p} comes before an
   * article, or in lower case before a capital ({@code a assuré à franceinfo la ministre}, {@code a
   * répondu à nouveau le maire}, {@code a déclaré par téléphone le maire}, {@code sur TF1 la
   * ministre}); or -1.
   */
  private int bareAfterPreposition(int p) {
    if (!w.at(p + 1) || w.kind(p) != Words.WORD) {
      return -1;
    }
    if (!w.isLowerCase(p)) { // a medium or a place of one word before an article: sur TF1 la ministre
      return w.has(p + 1, WordClasses.DETERMINER) && !w.has(p, WordClasses.DETERMINER) ? p + 1 : -1;
    }
    boolean subjectNext = w.has(p + 1, WordClasses.DETERMINER) || w.isWord(p + 1) && w.isCapitalized(p + 1);
    return subjectNext && !w.has(p, WordClasses.DETERMINER | WordClasses.PREPOSITION
        | WordClasses.OBJECT_CLITIC | WordClasses.SUBJECT_PRONOUN) ? p + 1 : -1;
  }

  /**
   * Returns {@code first + 1} when the clause from token {@code first} to its end is a place or a
   * medium of one word, then a person's name: three capitalized words ({@code à Paris Emmanuel
   * Macron}, {@code au Parisien Jean Dupont}), or an acronym and one or two ({@code à l'AFP Marie
   * Dupont}, {@code à BFMTV Macron}); or -1. Two capitalized words without an acronym stay one name
   * (the person spoken to), four are not split (a place of two words is as likely as a name of three).
   */
  private int mediumThenName(int first) {
    int end = first;
    while (w.at(end) && end < first + 4 && w.isWord(end) && w.isCapitalized(end)) {
      end++;
    }
    int words = end - first;
    if (w.at(end) || words < 2 || words > 3) {
      return -1;
    }
    return words == 3 || isAcronym(first) ? first + 1 : -1;
  }

  /** Returns true if token {@code i} is two or more capital letters and nothing else: AFP, BFMTV. */
  private boolean isAcronym(int i) {
    int s = w.start(i);
    int e = w.end(i);
    if (e - s < 2) {
      return false;
    }
    for (int c = s; c < e; c++) {
      if (!Character.isUpperCase(chars[c])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the token index after a complement that starts at {@code i} with {@code de}, {@code d'},
   * {@code du} or {@code des} ({@code des manifestants}, {@code d'eux}, {@code de la foule}), or
   * {@code i} if none does.
   */
  private int complementEnd(int i) {
    if (!w.at(i + 1)) {
      return i;
    }
    if (w.is(i, "des") || w.is(i, "du")) {
      int e = forward(i);
      return e > i ? e : i;
    }
    if (w.is(i, "de") || w.is(i, "d'")) {
      if (g.isStressedPronoun(i + 1)) {
        return i + 2;
      }
      if (w.is(i + 1, "entre") && w.at(i + 2) && g.isStressedPronoun(i + 2)) {
        return i + 3; // plusieurs d'entre eux
      }
      if (w.has(i + 1, WordClasses.DETERMINER) || w.is(i + 1, "l'")) {
        int e = forward(i + 1);
        return e > i + 1 ? e : i;
      }
    }
    return i;
  }

  /**
   * Extends a noun phrase that ends at {@code e} over up to two complements with a definite article:
   * {@code le président de la République}, {@code la femme du boulanger}. Not over a possessive or an
   * indefinite one, which mostly says how ({@code dit le vieux de sa voix cassée}, {@code d'une voix}).
   */
  private int definiteComplements(int e) {
    for (int links = 0; links < 2 && w.at(e + 1); links++) {
      int np = w.is(e, "du") || w.is(e, "des") ? e
          : (w.is(e, "de") || w.is(e, "d'"))
              && (w.is(e + 1, "la") || w.is(e + 1, "le") || w.is(e + 1, "l'") || w.is(e + 1, "les")) ? e + 1
          : -1;
      int end = np < 0 ? np : forward(np);
      if (end <= np + (np == e ? 1 : 0) || end <= e + 1) {
        break;
      }
      e = end;
    }
    return e;
  }

  /** Extends a name forward over capitalized words and particles: M. de Courville, Bouvard et Pécuchet. */
  int extendName(int k) {
    while (w.at(k)) {
      if (w.isWord(k) && w.isCapitalized(k)) {
        k++;
        continue;
      }
      // Up to two particles before a capitalized word: de Courville, de La Fontaine, von der Leyen.
      int p = k;
      while (p < k + 2 && w.at(p + 1) && w.has(p, WordClasses.NAME_PARTICLE)) {
        p++;
      }
      if (p == k && w.at(k + 1) && w.is(k, "et")) {
        p = k + 1;
      }
      if (p > k && w.isWord(p) && w.isCapitalized(p)) {
        k = p + 1;
      } else {
        break;
      }
    }
    return k;
  }
}
