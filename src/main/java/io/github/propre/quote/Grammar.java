package io.github.propre.quote;

/**
 * Reads the words of a window of text (a {@link Words}) the way attribution needs: an inverted
 * reporting verb and its subject ({@code dit-il}, {@code répondit le vieillard}), noun phrases
 * backwards (forwards in {@link NounPhrases}), the subject of a verb or of a clause, clause
 * boundaries, and whether words narrate or speak. The result of the last successful parse is left
 * in the public fields.
 *
 * <p>Closed word classes come from {@link WordClasses}, verb forms from {@link ReportingVerbs}. One
 * instance per extraction call, with its window reloaded for each question; not thread-safe.
 */
final class Grammar {
  /** Characters read after a comma or a quote for an incise. */
  static final int AFTER = 160;

  final String text;
  /** The characters of {@link #text}. */
  final char[] chars;
  final ReportingVerbs verbs;
  /** The window of words the methods read; callers load it. */
  final Words w;
  /** Noun phrases read forward in {@link #w}. */
  private final NounPhrases phrases;

  // The result of the last successful parse.
  int verbStart;
  int verbEnd;
  int subjectStart;
  int subjectEnd;
  /** Token index after the parsed verb and subject. */
  int parsedEnd;
  /** Whether the subject of the last successful parse is a noun phrase with a determiner (le ministre). */
  boolean subjectDetermined;

  Grammar(String text, char[] chars, ReportingVerbs verbs) {
    this.text = text;
    this.chars = chars;
    this.verbs = verbs;
    this.w = new Words(text, chars);
    this.phrases = new NounPhrases(this);
  }

  /**
   * Returns the offset of the first punctuation that ends a clause in {@code [from, limit)}, or limit.
   * The period of a title ({@code M. de Courville}, {@code MM.}) ends none.
   */
  int nextPunctuation(int from, int limit) {
    int e = from >= limit ? limit : Marks.next(Marks.CLAUSE_END, chars, from, limit);
    while (e < limit && chars[e] == '.' && endsTitle(e)) {
      e = Marks.next(Marks.CLAUSE_END, chars, e + 1, limit);
    }
    return e;
  }

  /** Returns true if the period at {@code dot} ends a title of {@link WordClasses#TITLE}: {@code M.}. */
  boolean endsTitle(int dot) {
    int j = dot;
    while (j > 0 && dot - j < 4 && Character.isLetter(chars[j - 1])) {
      j--;
    }
    if (j == dot || j > 0 && Character.isLetter(chars[j - 1])) {
      return false;
    }
    return (WordClasses.of(chars, j, dot + 1) & WordClasses.TITLE) != 0;
  }

  boolean hasImperative() {
    for (int k = 0; w.at(k + 1); k++) {
      if (w.kind(k) == Words.WORD && w.kind(k + 1) == Words.CLITIC
          && (w.is(k + 1, "-moi") || w.is(k + 1, "-nous") || w.is(k + 1, "-toi") || w.is(k + 1, "-vous")
              || w.is(k + 1, "-le") || w.is(k + 1, "-la") || w.is(k + 1, "-les") || w.is(k + 1, "-lui")
              || w.is(k + 1, "-en") || w.is(k + 1, "-y") || w.is(k + 1, "-t'") || w.is(k + 1, "-m'"))) {
        return true;
      }
    }
    return false;
  }

  /** Returns true if the loaded words go on narrating rather than quoting. */
  boolean continuesNarration() {
    if (!w.isWord(0)) {
      return false;
    }
    int first = 0;
    // "et en se regardant", "ne pouvant se résoudre"
    while (w.at(first + 1) && first < 3 && (w.is(first, "et") || w.is(first, "puis")
        || w.is(first, "ne") || w.is(first, "n'")
        || first > 0 && !w.is(first, "en") && w.has(first, WordClasses.OBJECT_CLITIC))) {
      first++;
    }
    if (first > 0 && isPresentParticiple(first)) {
      return true;
    }
    // "et se leva", "puis la regarda": a simple past after a third-person clitic narrates; the
    // speaker's words would be in the present or the compound past.
    if (first > 1 && (w.is(0, "et") || w.is(0, "puis")) && w.has(first - 1, WordClasses.NARRATION_CLITIC)
        && isSimplePastThirdPerson(first)) {
      return true;
    }
    // "se levant", "le regardant"
    int c = 0;
    while (c < 2 && w.at(c + 1) && w.has(c, WordClasses.NARRATION_CLITIC)) {
      c++;
    }
    if (c > 0 && isPresentParticiple(c)) {
      return true;
    }
    if (first > 0 && w.is(first, "en") && w.at(first + 1)) {
      int k = first + 1;
      while (w.at(k + 1) && w.has(k, WordClasses.OBJECT_CLITIC)) {
        k++;
      }
      if (isPresentParticiple(k)) {
        return true;
      }
    }
    // An apposition to the speaker ending in a relative clause: "jeune magistrat qui aspirait…".
    for (int k = 1; k < 5 && w.at(k); k++) {
      if (w.is(k, "qui") && !hasFirstOrSecondPerson()) {
        return true;
      }
    }
    if (w.has(0, WordClasses.RELATIVE) || w.is(0, "dont") || w.is(0, "où") || w.is(0, "lequel")
        || w.is(0, "laquelle")) {
      return true;
    }
    if ((w.is(0, "ce") || w.is(0, "c'")) && w.at(1) && (w.is(1, "qui") || w.is(1, "que") || w.is(1, "qu'"))) {
      return true;
    }
    if (isPresentParticiple(0)) {
      return true;
    }
    if ((w.is(0, "en") || w.is(0, "tout")) && w.at(1)) {
      int k = 1;
      if (w.is(k, "en") && w.at(2)) {
        k++;
      }
      while (w.at(k + 1) && w.has(k, WordClasses.OBJECT_CLITIC)) {
        k++;
      }
      return isPresentParticiple(k);
    }
    if (w.is(0, "d'un") || w.is(0, "d'une") || w.is(0, "d'") && w.at(1) && (w.is(1, "un") || w.is(1, "une"))) {
      return true;
    }
    return w.is(0, "avec") || w.is(0, "sans") || w.is(0, "comme") && w.at(1) && w.is(1, "pour")
        || w.is(0, "les") && w.at(1) && w.is(1, "yeux");
  }

  boolean hasFirstOrSecondPerson() {
    for (int k = 0; w.at(k); k++) {
      if (w.is(k, "je") || w.is(k, "j'") || w.is(k, "me") || w.is(k, "m'") || w.is(k, "moi")
          || w.is(k, "tu") || w.is(k, "te") || w.is(k, "t'") || w.is(k, "toi") || w.is(k, "nous")
          || w.is(k, "vous") || w.is(k, "mon") || w.is(k, "ma") || w.is(k, "mes") || w.is(k, "ton")
          || w.is(k, "ta") || w.is(k, "tes") || w.is(k, "notre") || w.is(k, "votre")
          || w.is(k, "nos") || w.is(k, "vos")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns true if token {@code i} looks like a simple past in the third person: {@code leva},
   * {@code sortit}, {@code voulut}, {@code vint}, {@code levèrent}. Not {@code -ra}, which is also
   * the future ({@code dira}); not the imperfect, which speech uses too.
   */
  boolean isSimplePastThirdPerson(int i) {
    if (!w.at(i) || w.kind(i) != Words.WORD || !w.isLowerCase(i)) {
      return false;
    }
    int end = w.end(i);
    int len = end - w.start(i);
    if (len < 3) {
      return false;
    }
    char last = chars[end - 1];
    if (last == 'a') {
      return chars[end - 2] != 'r';
    }
    return text.startsWith("it", end - 2) || text.startsWith("ut", end - 2) || text.startsWith("int", end - 3)
        || len > 5 && (text.startsWith("èrent", end - 5) || text.startsWith("irent", end - 5)
            || text.startsWith("urent", end - 5));
  }

  boolean isPresentParticiple(int i) {
    if (!w.at(i) || w.kind(i) != Words.WORD) {
      return false;
    }
    int len = w.end(i) - w.start(i);
    return len > 4 && text.startsWith("ant", w.end(i) - 3) && !w.has(i, WordClasses.NOT_PARTICIPLE);
  }

  /**
   * Parses, from token {@code i}, an inverted reporting verb and its subject: {@code dit-il},
   * {@code a-t-elle ajouté}, {@code s’écria Pécuchet}, {@code lui cria sa mère},
   * {@code a affirmé Lavrov}, {@code dit timidement Louisa}.
   *
   * @param incisePosition true inside or right after a quote, where any verb with an inverted subject
   *     pronoun counts ({@code hasarda-t-il}) and incise-only verbs ({@code fit}) are allowed
   */
  boolean parseInverted(int i, boolean incisePosition) {
    subjectDetermined = false;
    int k = i;
    int clitics = 0;
    // A clitic that is also a determiner or a subject pronoun (leur, l', nous) needs a word after it.
    while (w.at(k) && clitics < 3 && w.has(k, WordClasses.INCISE_CLITIC)
        && (!w.has(k, WordClasses.DETERMINER | WordClasses.SUBJECT_PRONOUN)
            || w.at(k + 1) && w.kind(k + 1) == Words.WORD)) {
      k++;
      clitics++;
    }
    if (!w.at(k) || w.kind(k) != Words.WORD || !w.isLowerCase(k)) {
      return false;
    }
    int v = k;
    int kinds = verbs.kinds(chars, w.start(v), w.end(v));
    // A reflexive verb's pronoun is part of the verb as written: s'écria, m'écriai-je, se disait.
    int verbFrom = (kinds & ReportingVerbs.REFLEXIVE) != 0 && v > i && isReflexivePronoun(v - 1)
        ? w.start(v - 1) : w.start(v);
    boolean aux = verbs.isAuxiliary(chars, w.start(v), w.end(v));
    boolean incise = (kinds & ReportingVerbs.INCISE_ONLY) != 0;
    boolean finite = (kinds & ReportingVerbs.FINITE) != 0 && (incisePosition || !incise);
    // Verb then hyphenated subject pronoun: dit-il, hasarda-t-il, a-t-elle ajouté.
    if (w.at(v + 1) && isInvertedSubject(v + 1)) {
      int pronounStart = w.start(v + 1) + ("-t-".regionMatches(0, text, w.start(v + 1), 3) ? 3 : 1);
      int after = v + 2;
      if (aux && w.at(after) && isParticiple(after)) {
        setParse(compoundStart(v, after, i), w.end(after), pronounStart, w.end(v + 1), after + 1);
        return true;
      }
      boolean nothingAfter = !w.at(after) || w.isPunct(after) && !w.isPunct(after, '?')
          && !w.isPunct(after, '!') || isMannerOnly(after);
      if (finite || incisePosition && nothingAfter && !aux && !w.is(v + 1, "-nous")
          && !w.is(v + 1, "-vous")) {
        setParse(verbFrom, w.end(v), pronounStart, w.end(v + 1), after);
        return true;
      }
      return false;
    }
    // Auxiliary, participle, then a noun phrase: a affirmé Lavrov, avait dit ma mère.
    int verbLast = -1;
    if (aux) {
      int p = v + 1;
      while (w.at(p) && p < v + 3 && isAdverb(p)) {
        p++;
      }
      if (w.at(p) && isParticiple(p)) {
        verbLast = p;
        verbFrom = compoundStart(v, p, i);
      }
    } else if (finite && isThirdPerson(v)) {
      verbLast = v;
    } else if (kinds == 0 && incisePosition && w.at(v + 2) && w.is(v + 1, "à") && isThirdPerson(v)
        && isLettersOnly(v)
        && (verbs.kinds(chars, w.start(v + 2), w.end(v + 2))
            & (ReportingVerbs.INFINITIVE | ReportingVerbs.INCISE_ONLY)) == ReportingVerbs.INFINITIVE) {
      verbLast = v + 2; // a verb and a reporting infinitive: tient à rappeler le maire
    }
    if (verbLast < 0) {
      return false;
    }
    if (w.at(verbLast + 1) && w.has(verbLast + 1, WordClasses.FAIRE_COMPLEMENT) && isFormOfFaire(verbLast)) {
      verbLast++; // fait valoir le ministère, a fait savoir la préfecture
    }
    int s = verbLast + 1;
    if (w.at(s + 1) && w.isPunct(s, ',') && isPresentParticiple(s + 1)) {
      // dit, fronçant les sourcils, sa mère
      int c = s + 2;
      while (w.at(c) && !w.isPunct(c, ',')) {
        c++;
      }
      if (w.at(c + 1)) {
        s = c + 1;
      }
    }
    // Before the adverbs: "tout" is one of them, and would leave "à coup" in front of the subject.
    if (w.at(s) && w.is(s, "tout") && w.at(s + 2) && w.is(s + 1, "à") && w.is(s + 2, "coup")) {
      s += 3;
    }
    while (w.at(s) && s < verbLast + 4 && isAdverb(s)) {
      s++;
    }
    // A short manner phrase before the subject: dit avec chaleur la bonne Pauline, ont répondu en
    // chœur les manifestants.
    if (w.at(s + 2) && (w.is(s, "avec") || w.is(s, "sans") || w.is(s, "en") && w.isLowerCase(s + 1))
        && !w.has(s + 1, WordClasses.DETERMINER)
        && (w.has(s + 2, WordClasses.DETERMINER) || w.isCapitalized(s + 2))) {
      s += 2;
    }
    // A date or a phrase before the subject: a déclaré mardi à l'AFP le ministre.
    int afterInterposed = phrases.skipInterposed(s);
    if (afterInterposed > s && nounPhraseForward(afterInterposed) > afterInterposed) {
      s = afterInterposed;
    }
    int npEnd = nounPhraseForward(s);
    if (npEnd <= s) {
      return false;
    }
    setParse(verbFrom, w.end(verbLast), w.start(s), w.end(npEnd - 1), npEnd);
    subjectDetermined = w.has(s, WordClasses.DETERMINER) || w.kind(s) == Words.ELIDED && w.is(s, "l'");
    return true;
  }

  /**
   * Returns true if the words from token {@code i} to the next punctuation only say how something
   * was said: {@code en partant}, {@code en souriant}, {@code doucement}, {@code d'une voix douce},
   * {@code avec un sourire}. After a verb outside the lexicon and its pronoun ({@code grimaça-t-il en
   * partant}) they keep it an incise, where other words (an object, an infinitive) would not.
   */
  private boolean isMannerOnly(int i) {
    int end = i;
    while (w.at(end) && !w.isPunct(end)) {
      end++;
    }
    if (end == i || w.at(end) && (w.isPunct(end, '?') || w.isPunct(end, '!'))) {
      return false;
    }
    if (end == i + 1) {
      return isAdverb(i);
    }
    if (w.is(i, "en")) {
      return end == i + 2 && isPresentParticiple(i + 1);
    }
    return w.is(i, "d'un") || w.is(i, "d'une") || w.is(i, "d'") && (w.is(i + 1, "un") || w.is(i + 1, "une"))
        || w.is(i, "avec") || w.is(i, "sans");
  }

  /**
   * Returns where a compound tense with its auxiliary at {@code aux} and its participle at {@code
   * participle} starts: at the reflexive pronoun before the auxiliary when the verb is reflexive
   * ({@code s'était écriée}, {@code se sont gaussés}), else at the auxiliary. No pronoun before
   * {@code lowest} is read.
   */
  int compoundStart(int aux, int participle, int lowest) {
    int kinds = verbs.kinds(chars, w.start(participle), w.end(participle));
    return (kinds & ReportingVerbs.REFLEXIVE) != 0 && aux > lowest && isReflexivePronoun(aux - 1)
        ? w.start(aux - 1) : w.start(aux);
  }

  boolean isReflexivePronoun(int i) {
    return w.is(i, "se") || w.is(i, "s'") || w.is(i, "me") || w.is(i, "m'") || w.is(i, "te")
        || w.is(i, "t'") || w.is(i, "nous") || w.is(i, "vous");
  }

  void setParse(int vs, int ve, int ss, int se, int end) {
    verbStart = vs;
    verbEnd = ve;
    subjectStart = ss;
    subjectEnd = se;
    parsedEnd = end;
  }

  boolean isParticiple(int i) {
    return w.kind(i) == Words.WORD
        && (verbs.kinds(chars, w.start(i), w.end(i)) & ReportingVerbs.PAST_PARTICIPLE) != 0;
  }

  boolean isAdverb(int i) {
    if (w.has(i, WordClasses.ADVERB)) {
      return true;
    }
    return w.kind(i) == Words.WORD && isMentAdverb(text, w.start(i), w.end(i));
  }

  /**
   * Returns true if {@code text[s, e)} reads as an adverb in -ment: lower case, six letters or more
   * ({@code sobrement}, not {@code ment}). Also the incise pre-check's test, which must agree.
   */
  static boolean isMentAdverb(String text, int s, int e) {
    return e - s > 5 && Character.isLowerCase(text.charAt(s)) && text.startsWith("ment", e - 4);
  }

  /** Returns true if token {@code i} has letters only, as every verb form has (not selonl'tient). */
  private boolean isLettersOnly(int i) {
    for (int c = w.start(i); c < w.end(i); c++) {
      if (!Character.isLetter(chars[c])) {
        return false;
      }
    }
    return true;
  }

  /** Returns true if token {@code i} is a form of faire (only asked before a word of [faire-complement]). */
  private boolean isFormOfFaire(int i) {
    return verbs.lemma(text.subSequence(w.start(i), w.end(i))).filter("faire"::equals).isPresent();
  }

  /** Returns true if the finite form at {@code i} can have a third-person subject. */
  boolean isThirdPerson(int i) {
    char last = chars[w.end(i) - 1];
    return last == 't' || last == 'd' || last == 'a' || last == 'e' || last == 'â'
        || text.startsWith("ent", w.end(i) - 3) || text.startsWith("ont", w.end(i) - 3);
  }

  /** Returns the token index after a noun phrase that starts at {@code s}, or {@code s} if none does. */
  int nounPhraseForward(int s) {
    return phrases.forward(s);
  }

  /** Extends a name forward over capitalized words and particles: M. de Courville, Bouvard et Pécuchet. */
  int extendName(int k) {
    return phrases.extendName(k);
  }

  /**
   * Returns the token after {@code selon} or {@code d'après} ("according to") at token {@code i},
   * or -1 if neither starts there.
   */
  int selonEnd(int i) {
    if (w.is(i, "selon")) {
      return i + 1;
    }
    return w.is(i, "d'") && w.at(i + 1) && w.is(i + 1, "après") ? i + 2 : -1;
  }

  boolean isStressedPronoun(int i) {
    return w.is(i, "lui") || w.is(i, "elle") || w.is(i, "eux") || w.is(i, "elles") || w.is(i, "moi")
        || w.is(i, "toi") || w.is(i, "nous") || w.is(i, "vous");
  }

  /**
   * Returns true if {@code selon} is followed by someone who can speak: a pronoun ({@code selon lui}),
   * a name or a noun phrase; not a possessive ({@code selon son habitude}, {@code selon les cas}).
   */
  boolean isPersonAfterSelon(int i) {
    if (!w.at(i) || !w.isWord(i)) {
      return false;
    }
    if (isStressedPronoun(i) || w.isCapitalized(i)) {
      return true;
    }
    return w.is(i, "le") || w.is(i, "la") || w.is(i, "l'") || w.is(i, "les") || w.is(i, "un")
        || w.is(i, "une") || w.is(i, "ce") || w.is(i, "cet") || w.is(i, "cette") || w.is(i, "ces");
  }

  boolean isOpeningMarkOrDash(int i) {
    return Marks.isOpeningMarkOrDash(w.first(i));
  }

  boolean isClauseBoundary(int i) {
    if (w.endsSentence(i) || w.isPunct(i, ';')) {
      return true;
    }
    if (w.kind(i) == Words.ABBREVIATION && !w.has(i, WordClasses.TITLE) && w.at(i + 1)
        && w.isWord(i + 1) && w.isCapitalized(i + 1) && chars[w.end(i) - 1] == '.') {
      // "d'objets d'art. Il en sortit": an abbreviation's period that also ends the sentence.
      return true;
    }
    if (w.isPunct(i)) {
      char c = w.first(i);
      return c == '\u00BB' || c == '\u201D' || c == '\u00AB' || c == '\u201C';
    }
    return false;
  }

  boolean isAuxiliary(int i) {
    return w.kind(i) == Words.WORD && verbs.isAuxiliary(chars, w.start(i), w.end(i));
  }

  boolean isInvertedSubject(int i) {
    if (w.kind(i) != Words.CLITIC) {
      return false;
    }
    if (w.has(i, WordClasses.INVERTED_SUBJECT)) {
      return true;
    }
    // -nous and -vous are objects after an imperative (informez-vous, disons-nous), a subject after
    // a simple past, which no imperative looks like (répondîmes-nous, répondîtes-vous), or an
    // auxiliary (sommes-nous écriés, avez-vous dit).
    if (i == 0 || w.kind(i - 1) != Words.WORD) {
      return false;
    }
    int verbStart = w.start(i - 1);
    int verbEnd = w.end(i - 1);
    boolean aux = verbs.isAuxiliary(chars, verbStart, verbEnd);
    if (w.is(i, "-nous")) {
      return aux || endsWith(verbEnd, "âmes") || endsWith(verbEnd, "îmes") || endsWith(verbEnd, "ûmes");
    }
    return w.is(i, "-vous")
        && (aux || endsWith(verbEnd, "âtes") || endsWith(verbEnd, "îtes") || endsWith(verbEnd, "ûtes"));
  }

  private boolean endsWith(int end, String suffix) {
    return end >= suffix.length() && text.startsWith(suffix, end - suffix.length());
  }

  /** Returns the start of the pronoun in a hyphenated clitic: {@code il} in {@code -t-il}. */
  int pronounStart(int i) {
    return w.start(i) + ("-t-".regionMatches(0, text, w.start(i), 3) ? 3 : 1);
  }

  /**
   * Finds the subject right before the verb at {@code verbTok}, past its object clitics: a pronoun
   * ({@code il me dit}), a noun phrase ({@code Bouvard lui dit}) or the antecedent of {@code qui}
   * ({@code Pécuchet qui articula}). Leaves it in the subject fields and returns its first token, or -1.
   */
  int subjectLeftOf(int verbTok, int clauseStart) {
    int j = verbTok - 1;
    int clitics = 0;
    while (j >= clauseStart && clitics < 3 && w.has(j, WordClasses.OBJECT_CLITIC)
        && !(w.has(j, WordClasses.SUBJECT_PRONOUN) && agrees(j, verbTok)
            && (j == clauseStart || !w.isWord(j - 1) || w.has(j - 1, WordClasses.CONNECTOR)))
        // after de, the pronoun is stressed, the complement of a phrase: le frère de lui répondit
        && !(j - 1 >= clauseStart && (w.is(j - 1, "de") || w.is(j - 1, "d'")) && isStressedPronoun(j))) {
      j--;
      clitics++;
    }
    if (j < clauseStart) {
      return -1;
    }
    if (w.has(j, WordClasses.SUBJECT_PRONOUN) && agrees(j, verbTok)) {
      if (j - 1 >= clauseStart && (w.is(j - 1, "d'") || w.is(j - 1, "de") || w.is(j - 1, "entre"))) {
        // L'une d'elles, chacune d'entre elles: the pronoun is a complement, the subject its owner.
        int owner = nounPhraseBackward(j, clauseStart);
        if (owner >= 0) {
          return owner;
        }
      }
      subjectStart = w.start(j);
      subjectEnd = w.end(j);
      return j;
    }
    if (w.has(j, WordClasses.RELATIVE) && j - 1 >= clauseStart) {
      int k = w.isPunct(j - 1, ',') ? j - 2 : j - 1;
      if (k < clauseStart || !w.isWord(k)) {
        return -1;
      }
      int np = nounPhraseBackward(k, clauseStart);
      if (np < 0 && w.isLowerCase(k)) {
        subjectStart = w.start(k);
        subjectEnd = w.end(k);
        return k;
      }
      return np;
    }
    if (w.isWord(j) && !w.has(j, WordClasses.CONNECTOR | WordClasses.PREPOSITION
        | WordClasses.SUBORDINATOR) && !isAuxiliary(j)) {
      return nounPhraseBackward(j, clauseStart);
    }
    return -1;
  }

  /** Returns false if the pronoun at {@code p} cannot be the subject of the verb form at {@code v}. */
  boolean agrees(int p, int v) {
    String form = text.substring(w.start(v), w.end(v));
    if (w.is(p, "nous")) {
      return form.endsWith("ons") || form.endsWith("mes");
    }
    if (w.is(p, "vous")) {
      return form.endsWith("ez") || form.endsWith("tes");
    }
    return true;
  }

  /**
   * Walks the comma-separated segments of {@code [clauseStart, limit)} from right to left for the
   * subject of a clause whose verb has none right before it: the first segment that opens with a
   * subject pronoun ({@code Mais il vint, prit le petit, et grogna}), or the leftmost of adjacent
   * segments that open with a noun phrase ({@code Une voix, quelque part, dans le public, cria};
   * {@code Le ministre…, Bakary Yaou Sangaré, a qualifié} keeps both as one mention). Segments that
   * open with a preposition, a participle or a subordinate clause are skipped.
   *
   * @param throughSemicolons also look before a {@code ;} (for a participle or an infinitive)
   */
  int subjectBySegments(int clauseStart, int limit, boolean throughSemicolons) {
    int lower = clauseStart;
    if (throughSemicolons) {
      while (lower > 0 && (w.isPunct(lower - 1, ';') || !isClauseBoundary(lower - 1))) {
        lower--;
      }
    }
    int segEnd = limit;
    int found = -1;
    int foundStart = -1;
    int foundEnd = -1;
    boolean foundIsName = false;
    int appositionEnd = -1;
    boolean rightNeighbourWasFound = false;
    while (segEnd > lower) {
      int segStart = segEnd;
      while (segStart > lower && !w.isPunct(segStart - 1, ',') && !w.isPunct(segStart - 1, ';')) {
        segStart--;
      }
      int f = segStart;
      boolean connector = false;
      while (f < segEnd && (w.has(f, WordClasses.CONNECTOR) && !w.has(f, WordClasses.DETERMINER)
          || w.isPunct(f) || isCapitalizedAdverb(f))) {
        connector |= w.isWord(f);
        f++;
      }
      boolean isCandidate = false;
      if (f < segEnd) {
        if (w.has(f, WordClasses.SUBJECT_PRONOUN) && !w.has(f, WordClasses.DETERMINER)
            && f + 1 < segEnd) {
          // A pronoun subject: nothing further left is the subject of this verb.
          subjectStart = w.start(f);
          subjectEnd = w.end(f);
          return f;
        }
        if (found >= 0 && w.has(f, WordClasses.SUBORDINATOR)) {
          // A subordinate clause ends the search: "Un soir, comme il…, M. de Coutelier lui dit".
          break;
        }
        // A noun phrase after "et" mid-clause is an object of a coordinated verb (et le laissa
        // retomber), not a subject; at the start of a clause it is (Mais le baron…; et Médor…).
        boolean clauseInitial = segStart == lower || segStart > 0 && w.isPunct(segStart - 1, ';');
        int end = startsNounPhrase(f) && (!connector || clauseInitial || w.has(f, WordClasses.PRONOUN_NP))
            ? nounPhraseForward(f) : f;
        if (end > f && isTimePhrase(f, end)) {
          end = f;
        }
        if (end > f) {
          boolean isName = isName(f, end);
          appositionEnd = rightNeighbourWasFound && foundIsName ? foundEnd : -1;
          found = f;
          foundStart = w.start(f);
          foundEnd = w.end(end - 1);
          foundIsName = isName;
          isCandidate = true;
          if (end < segEnd && !w.has(end, WordClasses.PREPOSITION)) {
            // The noun phrase has its verb after it in the same segment: it is that clause's subject
            // (et chacun s'était enfui); only a segment that is a bare noun phrase can be an
            // apposition of one further left (Une voix, quelque part, …).
            break;
          }
        }
      }
      rightNeighbourWasFound = isCandidate;
      if (found >= 0 && segStart > lower && w.isPunct(segStart - 1, ';')) {
        break;
      }
      segEnd = segStart - 1;
    }
    if (found < 0) {
      return -1;
    }
    subjectStart = foundStart;
    subjectEnd = appositionEnd >= 0 ? appositionEnd : foundEnd;
    return found;
  }

  boolean isTimePhrase(int from, int to) {
    for (int i = from; i < to; i++) {
      if (w.has(i, WordClasses.TIME_NOUN)) {
        return true;
      }
    }
    return false;
  }

  boolean isCapitalizedAdverb(int i) {
    return w.isWord(i) && w.isCapitalized(i) && isAdverb(i);
  }

  boolean startsNounPhrase(int i) {
    return w.isWord(i) && (w.has(i, WordClasses.DETERMINER | WordClasses.TITLE | WordClasses.PRONOUN_NP)
        || w.isCapitalized(i) && !w.has(i, WordClasses.PREPOSITION | WordClasses.SUBORDINATOR
            | WordClasses.CONNECTOR) && !isAdverb(i) && !isPresentParticiple(i));
  }

  /** Returns true if tokens {@code [a, b)} are a capitalized name. */
  boolean isName(int a, int b) {
    if (a >= b || !w.isCapitalized(a) || w.has(a, WordClasses.DETERMINER)) {
      return false;
    }
    for (int i = a; i < b; i++) {
      if (!(w.isWord(i) && (w.isCapitalized(i) || w.has(i, WordClasses.NAME_PARTICLE)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns true if token {@code i} is a capitalized article inside a name, after a particle or a
   * first name: {@code Jean de La Fontaine}, {@code Marine Le Pen} (a sentence's first {@code Le} is
   * not: nothing name-like stands before it).
   */
  private boolean isArticleInName(int i, int clauseStart) {
    return i - 1 >= clauseStart && w.isWord(i) && w.isCapitalized(i) && w.has(i, WordClasses.DETERMINER)
        && w.kind(i) == Words.WORD && w.isWord(i - 1)
        && (w.has(i - 1, WordClasses.NAME_PARTICLE) || w.isCapitalized(i - 1)
            && !w.has(i - 1, WordClasses.DETERMINER | WordClasses.CONNECTOR | WordClasses.TITLE));
  }

  /**
   * Reads a noun phrase that ends at token {@code j}, backwards: a name (with its title and
   * particles) or a determiner and up to six words, with the phrase it is the complement of
   * ({@code Un des hommes}, {@code Le frère de la mariée}). Leaves it in the subject fields and
   * returns its first token, or -1.
   */
  int nounPhraseBackward(int j, int clauseStart) {
    int s = nounPhraseEndingAt(j, clauseStart);
    int complement = j - 1 >= clauseStart && w.is(j - 1, "entre") ? j - 1 : j; // plusieurs d'entre eux
    if ((s < 0 || s == j) && complement - 1 >= clauseStart && isStressedPronoun(j)
        && (w.is(complement - 1, "d'") || w.is(complement - 1, "de"))) {
      // l'un d'eux, chacun de nous: the pronoun is the complement of the subject
      int owner = ownerOfComplement(complement, clauseStart);
      return owner < complement ? subject(owner, j) : -1;
    }
    if (s >= 0) {
      int owner = ownerOfComplement(s, clauseStart);
      if (owner != s) {
        return subject(owner, j);
      }
    }
    return s;
  }

  /** Puts tokens {@code [first, last]} in the subject fields; returns {@code first}. */
  private int subject(int first, int last) {
    subjectStart = w.start(first);
    subjectEnd = w.end(last);
    return first;
  }

  /**
   * Returns the start of the noun phrase that a complement starting at token {@code st} belongs to
   * ({@code Le frère} for {@code de la mariée}, {@code Un} for {@code des hommes}, {@code L'un} for
   * {@code d'eux}, {@code Le président} for {@code de la République}), or {@code st} if nothing
   * before it is such a phrase. Follows a few links: {@code le frère de la femme du ministre}.
   */
  private int ownerOfComplement(int st, int clauseStart) {
    int beforeCoordination = -1; // st before a jump over "et", kept if no owner is found past it
    for (int links = 0; links < 3; links++) {
      int de = w.is(st, "des") || w.is(st, "du") || w.is(st, "d'") ? st
          : st - 1 >= clauseStart && (w.is(st - 1, "de") || w.is(st - 1, "d'") || w.is(st - 1, "du")
              || w.is(st - 1, "des")) ? st - 1 : -1;
      int h = de - 1;
      if (de < 0 || h < clauseStart || w.kind(h) != Words.WORD || !w.isWord(h)) {
        break;
      }
      if (beforeCoordination < 0 && (w.is(h, "et") || w.is(h, "ou"))) {
        // le frère de Marie et d'elle: the complement is coordinated with the one before "et",
        // whose owner is the owner of both
        int earlier = coordinatedComplement(h, clauseStart);
        if (earlier < 0) {
          break;
        }
        beforeCoordination = st;
        st = earlier;
        continue;
      }
      int owner = -1;
      if (w.has(h, WordClasses.QUANTIFIER)) {
        // un des hommes, l'un d'eux, la plupart des députés, les deux des
        owner = h - 1 >= clauseStart && (w.is(h - 1, "l'") || w.has(h - 1, WordClasses.DETERMINER)
            && !w.has(h - 1, WordClasses.QUANTIFIER)) ? h - 1 : h;
      } else {
        // A determiner, a noun and at most one more word: le frère, la sœur aînée, le porte-parole.
        for (int d = h - 1; d >= clauseStart && d >= h - 2; d--) {
          if (w.has(d, WordClasses.DETERMINER) && !w.is(d, "des") && !w.is(d, "du")
              && !w.has(d, WordClasses.QUANTIFIER)) {
            owner = d;
            break;
          }
          if (!isNounPhraseWord(d)) {
            break;
          }
        }
        if (owner >= 0 && !isNounPhraseWord(h)) {
          owner = -1;
        }
      }
      if (owner < 0 || owner - 1 >= clauseStart && w.has(owner - 1, WordClasses.PREPOSITION)) {
        break;
      }
      st = owner;
      beforeCoordination = -1;
    }
    return beforeCoordination >= 0 ? beforeCoordination : st;
  }

  /**
   * Returns the start of the complement that ends just before the conjunction at token {@code and}
   * ({@code Marie} in {@code de Marie et}, {@code du} in {@code du ministre et}), or -1 if no {@code
   * de} begins one within four words of a noun phrase before it.
   */
  private int coordinatedComplement(int and, int clauseStart) {
    for (int p = and - 1; p >= clauseStart && p >= and - 5; p--) {
      if (w.is(p, "du") || w.is(p, "des")) {
        return p < and - 1 ? p : -1;
      }
      if (w.is(p, "de") || w.is(p, "d'")) {
        return p + 1 < and ? p + 1 : -1;
      }
      if (w.kind(p) != Words.WORD || !(isNounPhraseWord(p) || w.isCapitalized(p)
          || w.has(p, WordClasses.DETERMINER) || isStressedPronoun(p))) {
        return -1;
      }
    }
    return -1;
  }

  /** Returns true if token {@code k} can be a word of a noun phrase after its determiner (a noun, an adjective). */
  private boolean isNounPhraseWord(int k) {
    return w.kind(k) == Words.WORD && w.isLowerCase(k)
        && !w.has(k, WordClasses.PREPOSITION | WordClasses.SUBORDINATOR | WordClasses.CONNECTOR
            | WordClasses.DETERMINER | WordClasses.OBJECT_CLITIC | WordClasses.SUBJECT_PRONOUN)
        && !isAdverb(k) && !isAuxiliary(k)
        && (verbs.kinds(chars, w.start(k), w.end(k)) & ReportingVerbs.FINITE) == 0;
  }

  private int nounPhraseEndingAt(int j, int clauseStart) {
    if (j < clauseStart || !w.isWord(j)) {
      return -1;
    }
    if (w.has(j, WordClasses.PRONOUN_NP) || w.has(j, WordClasses.SUBJECT_PRONOUN)) {
      int s = j;
      if (j - 1 >= clauseStart && (w.is(j - 1, "l'") || w.is(j - 1, "les"))
          && !w.has(j, WordClasses.SUBJECT_PRONOUN)) {
        s = j - 1;
      }
      subjectStart = w.start(s);
      subjectEnd = w.end(j);
      return s;
    }
    int s = j;
    if (w.isCapitalized(j)) {
      while (s - 1 >= clauseStart && (w.isWord(s - 1) && w.isCapitalized(s - 1)
          && !w.has(s - 1, WordClasses.DETERMINER | WordClasses.CONNECTOR)
          || s - 2 >= clauseStart && (w.has(s - 1, WordClasses.NAME_PARTICLE) || w.is(s - 1, "et"))
              && w.isWord(s - 2) && (w.isCapitalized(s - 2) || w.has(s - 2, WordClasses.TITLE))
          || isArticleInName(s - 1, clauseStart))) {
        s -= w.isWord(s - 1) && w.isCapitalized(s - 1)
            && !w.has(s - 1, WordClasses.DETERMINER | WordClasses.CONNECTOR)
            || isArticleInName(s - 1, clauseStart) ? 1 : 2;
      }
      if (s - 1 >= clauseStart && w.has(s - 1, WordClasses.TITLE)) {
        s--;
      }
      if (w.has(s, WordClasses.DETERMINER) && w.isCapitalized(s)) {
        subjectStart = w.start(s);
        subjectEnd = w.end(j);
        return s;
      }
    }
    // A determiner a few words before: le vieux, la jeune femme, le ministre nigérien des…
    int k = s;
    int words = 0;
    while (k - 1 >= clauseStart && words < 6 && w.isWord(k - 1)) {
      boolean partitive = (w.is(k - 1, "des") || w.is(k - 1, "de") || w.is(k - 1, "du")
          || w.is(k - 1, "d'")) && k - 2 >= clauseStart && w.kind(k - 2) == Words.WORD
          && w.isLowerCase(k - 2) && !w.has(k - 2, WordClasses.DETERMINER | WordClasses.PREPOSITION);
      if (!partitive && (w.has(k - 1, WordClasses.DETERMINER) || w.has(k - 1, WordClasses.CONNECTOR
          | WordClasses.SUBORDINATOR | WordClasses.SUBJECT_PRONOUN | WordClasses.PREPOSITION)
          || isAuxiliary(k - 1))) {
        break;
      }
      k--;
      words++;
    }
    if (k - 1 >= clauseStart && w.has(k - 1, WordClasses.DETERMINER)
        && !(k - 2 >= clauseStart && w.has(k - 2, WordClasses.PREPOSITION) && !w.is(k - 2, "des"))) {
      subjectStart = w.start(k - 1);
      subjectEnd = w.end(j);
      return k - 1;
    }
    // A complement (de la mariée, de la République): the subject is the phrase it belongs to.
    if (k - 1 >= clauseStart && w.has(k - 1, WordClasses.DETERMINER) && ownerOfComplement(k - 1, clauseStart) < k - 1) {
      subjectStart = w.start(k - 1);
      subjectEnd = w.end(j);
      return k - 1; // the caller extends it to its owner
    }
    if (w.isCapitalized(s) && !w.has(s, WordClasses.CONNECTOR) && !isAdverb(s)) {
      subjectStart = w.start(s);
      subjectEnd = w.end(j);
      return s;
    }
    return -1;
  }
}
