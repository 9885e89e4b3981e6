package io.github.propre.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decides each quote's speaker, reporting verb and kind.
 *
 * <p>Attribution, in order of trust: an incise inside the quote ({@code « Oui, dit-il, je viens. »},
 * see {@link Incises}), a verb right after it ({@code « … », a affirmé Lavrov}, {@code « … », a
 * déclaré mardi à l'AFP le ministre}) or after a headline's colon ({@code « … » : le ministre
 * promet…}), then the clause before it: {@code selon X} or {@code d'après X}, a reporting verb and
 * its subject ({@code Le ministre a déclaré : « … »}), or the subject of a clause that ends with a
 * colon ({@code Le major quitta sa pipe : « … »}), or a speaker who goes on ({@code « … », a déclaré
 * Paul Durand, avant de conclure : « … »}, {@code Et d'ajouter : « … »}). Quotes between marks that
 * read as a term or a title are fragments.
 *
 * <p>Every window of words looked at is bounded, and the clause before a quote never reaches back
 * past the previous quote mark, so the work stays linear in the length of the text. One instance
 * per call; not thread-safe.
 */
final class Attributor {
  /** Characters read before a quote for a preposed verb. */
  private static final int BEFORE = 400;
  private static final int AFTER = Grammar.AFTER;
  /** Characters beyond which quoted words are no fragment (a term, a title). */
  private static final int MAX_FRAGMENT = 120;
  /** Words between a verb and a quote it introduces without a colon. */
  private static final int NEAR_WORDS = 8;
  /** Characters between an attribution and a next quote that speaks on ({@link #speaksOn}). */
  private static final int MAX_AFTER_ATTRIBUTION = 60;
  /** Tokens of an aside between a {@code selon X} and the quote ({@code , professeur à Sciences Po,}). */
  private static final int MAX_ASIDE_TOKENS = 12;

  private final String text;
  private final char[] chars;
  private final int[] paraStart;
  private final int[] paraEnd;
  private final ReportingVerbs verbs;
  private final Grammar g;
  private final Words w;
  private final Incises incises;
  /** No window before the current quote reaches back before this offset. */
  private int floor;
  /** The last quote attributed that is inside no other, or null: {@code Et d'ajouter : « … »} goes on from it. */
  private Region previous;
  /**
   * Whether windows that the characters show cannot attribute anything are skipped untokenized
   * (always, but for the test that this changes no answer).
   */
  private final boolean prechecks;

  /** @param chars the characters of {@code text} */
  Attributor(String text, char[] chars, int[] paraStart, int[] paraEnd, ReportingVerbs verbs,
      boolean prechecks) {
    this.text = text;
    this.chars = chars;
    this.prechecks = prechecks;
    this.paraStart = paraStart;
    this.paraEnd = paraEnd;
    this.verbs = verbs;
    this.g = new Grammar(text, chars, verbs);
    this.w = g.w;
    this.incises = new Incises(text, chars, paraStart, g, prechecks);
  }

  /** Attributes every region; regions an incise split in two are added to the list. */
  void attribute(List<Region> regions) {
    int n = regions.size();
    int[] parents = parents(regions);
    int[][] kids = children(regions, parents);
    List<Region> added = new ArrayList<>();
    int boundary = 0;
    for (int i = 0; i < n; i++) {
      Region r = regions.get(i);
      // The clause before a quote starts after the last quote mark before it: the end of an earlier
      // quote, or the opening of the quote around it. Dense quotes thus look at few words each.
      floor = boundary;
      if (i > 0) {
        Region q = regions.get(i - 1);
        boundary = Math.max(boundary, q.end <= r.start ? q.end : q.start + 1);
        floor = boundary;
      }
      List<Region> pieces = incises.cutIncises(r, kids[i] == null ? new int[0] : kids[i]);
      for (Region p : pieces) {
        if (p != r) {
          added.add(p);
        }
        // Read once: the clause before a quote and its kind both ask.
        boolean fragmentLike = looksLikeFragment(p);
        if (!p.hasSpeaker() && p.verbStart < 0) {
          attributeOutside(p, parents[i] < 0 ? null : regions.get(parents[i]), fragmentLike);
          if (!p.hasSpeaker() && p.verbStart < 0 && parents[i] < 0 && !fragmentLike) {
            speaksOn(p);
          }
        }
        p.kind = kindOf(p, fragmentLike);
        if (parents[i] < 0) {
          previous = p;
        }
      }
    }
    regions.addAll(added);
  }

  /** Returns, for each region, the spans of the regions directly inside it (pairs), or null. */
  private static int[][] children(List<Region> regions, int[] parents) {
    int n = regions.size();
    int[][] kids = new int[n][];
    int[] count = new int[n];
    for (int i = 0; i < n; i++) {
      int p = parents[i];
      if (p < 0) {
        continue;
      }
      if (kids[p] == null) {
        kids[p] = new int[4];
      } else if (2 * count[p] + 2 > kids[p].length) {
        kids[p] = Arrays.copyOf(kids[p], kids[p].length * 2);
      }
      kids[p][2 * count[p]] = regions.get(i).start;
      kids[p][2 * count[p] + 1] = regions.get(i).end;
      count[p]++;
    }
    for (int i = 0; i < n; i++) {
      if (kids[i] != null) {
        kids[i] = Arrays.copyOf(kids[i], 2 * count[i]);
      }
    }
    return kids;
  }

  /** Returns, for each region, the index of the region directly around it, or -1. */
  private static int[] parents(List<Region> regions) {
    int n = regions.size();
    int[] parents = new int[n];
    int[] stack = new int[16];
    int depth = 0;
    for (int i = 0; i < n; i++) {
      Region r = regions.get(i);
      while (depth > 0 && regions.get(stack[depth - 1]).end <= r.start) {
        depth--;
      }
      parents[i] = depth > 0 ? stack[depth - 1] : -1;
      if (depth == stack.length) {
        stack = Arrays.copyOf(stack, depth * 2);
      }
      stack[depth++] = i;
    }
    return parents;
  }

  /**
   * @param parent the quote around {@code r}, or null
   * @param fragmentLike {@link #looksLikeFragment} of {@code r}
   */
  private void attributeOutside(Region r, Region parent, boolean fragmentLike) {
    if (after(r, parent)) {
      return;
    }
    before(r, fragmentLike);
  }

  /**
   * A verb right after a closed quote: {@code « … », a affirmé Lavrov}, {@code « … » dit-il}. Not the
   * incise of the quote around it, which speaks for that one: {@code « Il a dit « oui », dit Paul. »}.
   */
  private boolean after(Region r, Region parent) {
    if (!r.closed || r.type == Marks.DASH) {
      return false;
    }
    int limit = paraEnd[Math.min(r.lastParagraph, paraEnd.length - 1)];
    int p = Marks.skipSpaces(chars, r.end, limit);
    if (p < limit && chars[p] == ':') {
      return headline(r, p + 1, limit);
    }
    if (p < limit && chars[p] == ',') {
      p++;
    }
    p = Marks.skipSpaces(chars, p, limit);
    if (p >= limit || !Character.isLowerCase(chars[p])) {
      return false;
    }
    int end = g.nextPunctuation(p, Math.min(limit, p + AFTER));
    w.load(p, end);
    int selon = g.selonEnd(0);
    if (selon > 0 && w.at(selon) && g.isPersonAfterSelon(selon)) {
      int npEnd = g.isStressedPronoun(selon) ? selon + 1 : g.nounPhraseForward(selon);
      if (npEnd > selon) {
        set(r, w.start(0), w.end(selon - 1), w.start(selon), w.end(npEnd - 1));
        return true;
      }
      return false;
    }
    if (g.parseInverted(0, true)) {
      if (parent != null && parent.verbStart == g.verbStart) {
        return false;
      }
      int speakerEnd = g.subjectEnd;
      if (g.subjectDetermined && !w.at(g.parsedEnd) && end < limit && chars[end] == ',') {
        speakerEnd = nameInApposition(end + 1, limit, speakerEnd);
      }
      set(r, g.verbStart, g.verbEnd, g.subjectStart, speakerEnd);
      r.inciseOrAfter = true;
      return true;
    }
    return false;
  }

  /**
   * The attribution of a news headline, after a colon: {@code « Nous tiendrons » : le ministre promet
   * de rester ferme}. The verb is the first reporting verb in the {@value #NEAR_WORDS} words after
   * the colon, with its subject before it. Only for a quote that opens its sentence, so that a word
   * quoted inside one ({@code il emploie le mot « résilience » : …}) gets no speaker from the clause
   * after it.
   */
  private boolean headline(Region r, int from, int limit) {
    if (!opensSentence(r)) {
      return false;
    }
    int p = Marks.skipSpaces(chars, from, limit);
    if (p >= limit || !Character.isLetter(chars[p])) {
      return false;
    }
    w.load(p, g.nextPunctuation(p, Math.min(limit, p + AFTER)));
    for (int i = 0, words = 0; w.at(i) && words < NEAR_WORDS; i++) {
      if (w.kind(i) != Words.WORD) {
        continue;
      }
      words++;
      int kinds = verbBeforeQuote(i, 0);
      if (kinds == 0) {
        continue;
      }
      return i > 0 && attributeVerb(r, i, kinds, 0);
    }
    return false;
  }

  /**
   * Returns the {@link ReportingVerbs} kinds of word token {@code i} if it is a reporting verb that may
   * come before a quote, else 0: not an incise-only verb, and not a noun after its article. A
   * participle after a determiner is a noun ({@code le commandant}, {@code les dires}), and so is a
   * finite form after a determiner that is no pronoun ({@code la question du juge}, {@code la
   * presse}; but {@code il le juge}, {@code tous crièrent}). No determiner before {@code lowest} is read.
   */
  private int verbBeforeQuote(int i, int lowest) {
    int kinds = verbs.kinds(chars, w.start(i), w.end(i));
    if (kinds == 0 || (kinds & ReportingVerbs.INCISE_ONLY) != 0) {
      return 0;
    }
    boolean nounAfterArticle = i > lowest && w.has(i - 1, WordClasses.DETERMINER) && !w.is(i - 1, "en")
        && ((kinds & ReportingVerbs.FINITE) == 0 || isArticleOnly(i - 1));
    return nounAfterArticle ? 0 : kinds;
  }

  /** Returns true if nothing but spaces stands between {@code r} and the start of its paragraph or sentence. */
  private boolean opensSentence(Region r) {
    int j = r.start - 1;
    while (j >= 0 && Marks.isSpace(chars[j])) {
      j--;
    }
    return j < paraStart[r.firstParagraph] || Marks.isSentenceEnd(chars[j]);
  }

  /**
   * Returns the end of a name that makes up the whole clause from {@code from}, an apposition to the
   * subject before it ({@code « … », a déclaré le président de la République, Emmanuel Macron.}); or
   * {@code otherwise}.
   */
  private int nameInApposition(int from, int limit, int otherwise) {
    w.load(from, g.nextPunctuation(from, Math.min(limit, from + AFTER)));
    if (!w.at(0) || !w.isWord(0) || !w.isCapitalized(0)) {
      return otherwise;
    }
    int e = g.extendName(1);
    return w.at(e) ? otherwise : w.end(e - 1);
  }

  private static void set(Region r, int vs, int ve, int ss, int se) {
    r.verbStart = vs;
    r.verbEnd = ve;
    r.speakerStart = ss;
    r.speakerEnd = se;
  }

  /**
   * The clause before the quote: {@code selon X}, a reporting verb and its subject, or the subject of a
   * clause that ends with a colon. A quote that opens its paragraph looks at the end of the previous
   * paragraph when that ends with a colon ({@code Bouvard lui dit :¶— À votre place…}).
   */
  private void before(Region r, boolean looksLikeFragment) {
    int para = r.firstParagraph;
    int from = clauseStartBefore(Math.max(Math.max(paraStart[para], floor), r.start - BEFORE), r.start);
    int to = r.start;
    if (prechecks && !mayAttributeBefore(from, to)) {
      return;
    }
    w.load(from, to);
    int last = w.count() - 1;
    // The dash or mark that opens the quote is not part of the clause.
    while (last >= 0 && w.isPunct(last) && g.isOpeningMarkOrDash(last)) {
      last--;
    }
    if (last < 0 && para > 0 && paraEnd[para - 1] <= r.start && paraEnd[para - 1] > floor) {
      from = clauseStartBefore(Math.max(Math.max(paraStart[para - 1], floor),
          paraEnd[para - 1] - BEFORE), paraEnd[para - 1]);
      if (!hasColon(from, paraEnd[para - 1])) {
        return; // no token of the window can be the colon looked for: spare the tokenizer
      }
      w.load(from, paraEnd[para - 1]);
      last = w.count() - 1;
      if (last < 0 || !w.isPunct(last, ':')) {
        return;
      }
    }
    if (last < 0) {
      return;
    }
    boolean colon = false;
    int k = last;
    while (k >= 0 && w.isPunct(k) && (w.isPunct(k, ':') || g.isOpeningMarkOrDash(k))) {
      colon |= w.isPunct(k, ':');
      k--;
    }
    if (k < 0) {
      return;
    }
    int clauseStart = k;
    while (clauseStart > 0 && !g.isClauseBoundary(clauseStart - 1)) {
      clauseStart--;
    }
    if (clauseStart == 0 && k >= 0 && g.isClauseBoundary(0)) {
      clauseStart = 1;
    }
    boolean fragmentLike = !colon && looksLikeFragment;
    int words = 0;
    for (int i = k; i >= clauseStart; i--) {
      if (w.isWord(i)) {
        words++;
      }
      if (!colon && words > NEAR_WORDS) {
        break;
      }
      int length = w.end(i) - w.start(i); // selon, d': most tokens are ruled out by their length
      int selon = length == 5 || length == 2 ? g.selonEnd(i) : -1;
      if (selon > 0 && selon <= k && g.isPersonAfterSelon(selon)) {
        int npEnd = g.isStressedPronoun(selon) ? selon + 1 : g.nounPhraseForward(selon);
        if (npEnd > selon && npEnd <= k + 1) {
          set(r, w.start(i), w.end(selon - 1), w.start(selon), w.end(npEnd - 1));
          return;
        }
      }
      if (fragmentLike && w.has(i, WordClasses.SUBORDINATOR) && !w.is(i, "qui")
          && !(i == k && (w.is(i, "que") || w.is(i, "qu'")))) {
        break;
      }
      if (w.kind(i) != Words.WORD) {
        continue;
      }
      int kinds = verbBeforeQuote(i, clauseStart);
      if (kinds == 0) {
        continue;
      }
      if (attributeVerb(r, i, kinds, clauseStart)
          || colon && i == k && continuedSpeech(r, i, kinds, clauseStart)) {
        return;
      }
    }
    if (!colon && selonOpensClause(r, clauseStart, k)) {
      return;
    }
    if (colon) {
      int s = g.subjectBySegments(clauseStart, k + 1, false);
      if (s >= 0 && isSpeakerOfColonClause(s)) {
        r.speakerStart = g.subjectStart;
        r.speakerEnd = g.subjectEnd;
      } else if (s >= 0) {
        // Cette exclamation lui échappa : the one it escaped is the speaker.
        int dative = dativeAfter(s, k);
        if (dative >= 0) {
          r.speakerStart = w.start(dative);
          r.speakerEnd = w.end(dative);
        }
      }
    }
  }

  /**
   * Attributes {@code r}, which the infinitive at token {@code i} introduces before a colon, to the
   * speaker who goes on: {@code « … », a déclaré Paul Durand, avant de conclure : « … »}, {@code « … »,
   * lâche-t-il, avant d'ajouter : « … »}, {@code non sans ajouter :}. The verb is the infinitive. The
   * speaker is the inverted subject of the reporting verb that opens the clause; when the infinitive's
   * phrase is all the clause ({@code Et d'ajouter : « … »}, news' narrative infinitive), the speaker
   * of the quote just before, in the same paragraph or the one before. Returns false, setting
   * nothing, otherwise.
   */
  private boolean continuedSpeech(Region r, int i, int kinds, int clauseStart) {
    if ((kinds & ReportingVerbs.INFINITIVE) == 0) {
      return false;
    }
    int lead = continuationStart(i, clauseStart);
    if (lead < 0) {
      return false;
    }
    int first = clauseStart;
    while (first < lead && w.isPunct(first)) {
      first++;
    }
    if (first == lead) {
      Region p = previous;
      if (p == null || !p.hasSpeaker() || p.end > r.start || r.firstParagraph - p.lastParagraph > 1) {
        return false;
      }
      set(r, w.start(i), w.end(i), p.speakerStart, p.speakerEnd);
      return true;
    }
    if (!g.parseInverted(first, true)) {
      return false;
    }
    int speakerEnd = g.subjectEnd;
    int t = g.parsedEnd;
    if (g.subjectDetermined && t + 1 < lead && w.isPunct(t, ',') && w.isCapitalized(t + 1)) {
      int name = g.extendName(t + 2); // an apposition: le maire de Lyon, Grégory Doucet,
      if (name < lead && w.isPunct(name, ',')) {
        speakerEnd = w.end(name - 1);
        t = name;
      }
    }
    while (t < lead && w.isPunct(t, ',')) {
      t++;
    }
    if (t != lead) {
      return false;
    }
    set(r, w.start(i), w.end(i), g.subjectStart, speakerEnd);
    return true;
  }

  /**
   * Gives {@code r}, a quote between marks that nothing attributes, the speaker of the quote just
   * before when only that one's attribution stands between them: {@code « Nous avons été patients »,
   * s'est réjoui Thomas Tuchel. « Paris a une grande équipe. »}. Both in one paragraph, {@code r}
   * opening its sentence; no verb is given, since none introduces {@code r}.
   */
  private void speaksOn(Region r) {
    Region p = previous;
    // A dialogue turn changes speakers: never across one.
    if (p == null || !p.hasSpeaker() || !p.inciseOrAfter || r.dialogue || p.dialogue || r.type == Marks.DASH
        || p.type == Marks.DASH
        || p.lastParagraph != r.firstParagraph || p.end > r.start || !opensSentence(r)) {
      return;
    }
    // After the attribution, the rest of its sentence only: a few characters, one sentence end, no mark.
    int from = Math.max(p.end, Math.max(p.speakerEnd, p.verbEnd));
    if (r.start - from > MAX_AFTER_ATTRIBUTION) {
      return;
    }
    int ends = 0;
    for (int j = from; j < r.start; j++) {
      char c = chars[j];
      if (Marks.isSentenceEnd(c)) {
        ends++;
      } else if (Marks.isOpeningMarkOrDash(c) || c == '\u00BB' || c == '"' || c == '\u201D') {
        return;
      }
    }
    if (ends <= 1) {
      r.speakerStart = p.speakerStart;
      r.speakerEnd = p.speakerEnd;
    }
  }

  /**
   * Returns the first token of the phrase that makes the infinitive at {@code i} go on from what was
   * said ({@code avant de}, {@code et de}, {@code puis de}, {@code non sans}), or -1.
   */
  private int continuationStart(int i, int clauseStart) {
    if (i - 1 >= clauseStart && w.is(i - 1, "sans")) {
      return i - 2 >= clauseStart && w.is(i - 2, "non") ? i - 2 : i - 1;
    }
    if (i - 2 >= clauseStart && (w.is(i - 1, "de") || w.is(i - 1, "d'"))
        && w.has(i - 2, WordClasses.GOES_ON)) {
      return i - 2;
    }
    return -1;
  }

  /**
   * Attributes {@code r} to the {@code selon X}, {@code d'après X} or {@code pour X} that opens its
   * clause when that phrase, with an apposition, is all the clause says before the quote, however
   * many words it has: {@code Selon la présidente de la Commission européenne, Ursula von der Leyen,
   * « … »}, {@code Pour le syndicat, « … »}. {@code Pour} is read so only there, and not before a
   * time ({@code Pour la première fois, « … »}, {@code Pour l'instant}). Returns false, setting
   * nothing, otherwise. {@code k} is the clause's last token, which must be the comma before the quote.
   */
  private boolean selonOpensClause(Region r, int clauseStart, int k) {
    if (clauseStart >= k) {
      return false;
    }
    int t = w.has(clauseStart, WordClasses.CONNECTOR) ? clauseStart + 1 : clauseStart; // Mais selon lui
    int selon = t < k ? g.selonEnd(t) : -1;
    boolean pour = selon < 0 && t < k && w.is(t, "pour");
    if (pour) {
      selon = t + 1;
    }
    if (selon < 0 || selon >= k || !g.isPersonAfterSelon(selon) || !w.isPunct(k, ',')) {
      return false;
    }
    int end = g.isStressedPronoun(selon) ? selon + 1 : g.nounPhraseForward(selon);
    if (end <= selon || pour && saysWhen(selon, end)) {
      return false;
    }
    int speakerEnd = end;
    if (end < k && w.isPunct(end, ',')) {
      int apposition = g.nounPhraseForward(end + 1);
      if (apposition == k) {
        speakerEnd = k; // a noun phrase or a name: , Ursula von der Leyen,
      } else if (!isAside(end + 1, k)) {
        return false;
      }
    } else if (end != k) {
      return false;
    }
    set(r, w.start(t), w.end(selon - 1), w.start(selon), w.end(speakerEnd - 1));
    return true;
  }

  /**
   * Returns true if tokens {@code [from, to)} can be an aside between two commas that is no part
   * of the speaker's name ({@code , professeur à Sciences Po,}): a few words, no end of sentence,
   * no quote mark.
   */
  private boolean isAside(int from, int to) {
    if (to - from > MAX_ASIDE_TOKENS || from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (w.isPunct(i) && !w.isPunct(i, '-') && !w.isPunct(i, '(') && !w.isPunct(i, ')')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns true if a word of tokens {@code [from, to)} is a noun of time ({@code la première fois},
   * {@code l'instant}, {@code la deuxième année}): the phrase says when, not who.
   */
  private boolean saysWhen(int from, int to) {
    for (int i = from; i < to; i++) {
      if (w.has(i, WordClasses.TIME_NOUN)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns true if the subject found by the colon rule, starting at token {@code s}, can be a
   * speaker: not what is said ({@code Sa réponse fut brève :}, {@code Les dires :}) and not a verb
   * form ({@code Déclaré par le ministre :}).
   */
  private boolean isSpeakerOfColonClause(int s) {
    if (verbs.kinds(chars, w.start(s), w.end(s)) != 0 && !w.has(s, WordClasses.DETERMINER)) {
      return false;
    }
    for (int t = s; w.at(t) && w.end(t) <= g.subjectEnd; t++) {
      if (w.has(t, WordClasses.SPEECH_NOUN)) {
        return false;
      }
    }
    return true;
  }

  /** Returns the token of a {@code lui} or {@code leur} before the verb after the subject at {@code s}, up to {@code k}; or -1. */
  private int dativeAfter(int s, int k) {
    int t = s;
    while (t <= k && w.end(t) <= g.subjectEnd) {
      t++;
    }
    return t <= k && w.at(t + 1) && (w.is(t, "lui") || w.is(t, "leur")) && w.kind(t + 1) == Words.WORD ? t : -1;
  }

  /** Returns true if token {@code i} is a determiner that is never a pronoun (du, sa, cette; not le, leur, tous). */
  private boolean isArticleOnly(int i) {
    return w.has(i, WordClasses.DETERMINER) && !w.has(i, WordClasses.OBJECT_CLITIC | WordClasses.QUANTIFIER);
  }

  /**
   * Returns false if the clause in {@code [from, to)} cannot attribute the quote after it, read
   * from the characters alone so that most quotes cost no tokenized window: it has no colon, and
   * none of its last words is {@code selon}, {@code d'après}, {@code pour} (when a comma ends the
   * window) or a reporting verb that may come before a quote
   * ({@link #before} reads {@value #NEAR_WORDS} words back without a colon). A word never holds
   * a space, so those words lie in the last {@value #NEAR_WORDS} space-separated chunks with a
   * letter; every form is letters only, so a word that is one is a letter run of them. A window
   * with no letter may send {@link #before} to the previous paragraph: it is not ruled out. Past
   * those words, a {@code selon}, {@code d'après} or {@code pour} anywhere may open the clause ({@link
   * #selonOpensClause}): the rest of the window is scanned for one.
   */
  private boolean mayAttributeBefore(int from, int to) {
    if (hasColon(from, to)) {
      return true;
    }
    int chunks = 0;
    int j = to;
    while (j > from && chunks < NEAR_WORDS) {
      while (j > from && Marks.isSpace(chars[j - 1])) {
        j--;
      }
      int chunkEnd = j;
      boolean letters = false;
      // A chunk with . @ # / : before a letter or digit may be a URL, an address, a hashtag or a
      // mention, tokens that are no words: it does not count towards the words the clause may have
      // (pleut.de is a domain).
      boolean maybeNoWord = false;
      // Letter runs of the chunk, from its end.
      while (j > from && !Marks.isSpace(chars[j - 1])) {
        if (!Character.isLetter(chars[j - 1])) {
          maybeNoWord |= j < chunkEnd && joinsNoWord(j - 1);
          j--;
          continue;
        }
        int runEnd = j;
        while (j > from && Character.isLetter(chars[j - 1])) {
          j--;
        }
        letters = true;
        int kinds = verbs.kinds(chars, j, runEnd);
        if (kinds != 0 && (kinds & ReportingVerbs.INCISE_ONLY) == 0 || isSelon(j, runEnd)
            || isApres(j, runEnd) || isPour(j, runEnd) && commaBefore(to)) {
          return true;
        }
      }
      if (letters && !maybeNoWord) {
        chunks++;
      }
      if (j == chunkEnd) {
        break;
      }
    }
    if (chunks == NEAR_WORDS && commaBefore(to)) {
      // A selon X (d'après X, pour X) further back may open the clause (selonOpensClause), which
      // ends with a comma.
      return attributingPhraseIn(from, j);
    }
    return chunks == 0; // no letter at all
  }

  /**
   * Returns true if the character at {@code i} joins the letter or digit after it into a token that
   * may be no word: a URL ({@code pleut.de}), an address, a hashtag, a mention. Out of {@link
   * #mayAttributeBefore}, which must stay small enough to be inlined.
   */
  private boolean joinsNoWord(int i) {
    char c = chars[i];
    return (c == '.' || c == '@' || c == '#' || c == '/' || c == ':') && Character.isLetterOrDigit(chars[i + 1]);
  }

  /**
   * Returns true if the last character before {@code to} that is no space, opening mark or dash is a
   * comma (the tokens {@link #before} skips to find the clause's last one).
   */
  private boolean commaBefore(int to) {
    int i = to - 1;
    while (i >= 0 && (Marks.isSpace(chars[i]) || Marks.isOpeningMarkOrDash(chars[i]))) {
      i--;
    }
    return i >= 0 && chars[i] == ',';
  }

  /**
   * Returns true if a word of {@code [from, to)} is {@code selon} or {@code pour}, or {@code après}
   * after {@code d'}: one test per character, since most windows have none.
   */
  private boolean attributingPhraseIn(int from, int to) {
    for (int i = from; i + 5 <= to; i++) {
      char c = (char) (chars[i] | 0x20);
      if ((c == 's' || c == 'a') && (i == 0 || !Character.isLetter(chars[i - 1]))
          && (i + 5 == chars.length || !Character.isLetter(chars[i + 5]))
          && (isSelon(i, i + 5) || isApres(i, i + 5))) {
        return true;
      }
      if (c == 'p' && (i == 0 || !Character.isLetter(chars[i - 1])) && !Character.isLetter(chars[i + 4])
          && isPour(i, i + 4)) {
        return true;
      }
    }
    return false;
  }

  private boolean isSelon(int start, int end) {
    return end - start == 5 && text.regionMatches(true, start, "selon", 0, 5);
  }

  private boolean isPour(int start, int end) {
    return end - start == 4 && text.regionMatches(true, start, "pour", 0, 4);
  }

  /** Returns true if {@code text[start, end)} is the {@code après} of {@code d'après}. */
  private boolean isApres(int start, int end) {
    return end - start == 5 && start >= 2 && (chars[start - 2] == 'd' || chars[start - 2] == 'D')
        && (chars[start - 1] == '\'' || chars[start - 1] == '\u2019')
        && text.regionMatches(true, start, "après", 0, 5);
  }

  private boolean hasColon(int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (chars[i] == ':') {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns where to start reading words before {@code to}: a little before the last end of sentence
   * in {@code [from, to)} (the tokens then find the exact boundary, abbreviations included), so that
   * only the clause before a quote is tokenized.
   */
  private int clauseStartBefore(int from, int to) {
    int j = to - 1;
    // Skip the quote's own opening and the colon or dash before it.
    while (j > from && !Character.isLetterOrDigit(chars[j])) {
      j--;
    }
    for (; j > from; j--) {
      char c = chars[j];
      // Not at ';': the subject of "… ; et balbutiant :" is in the clause before it.
      if ((c == '.' && !g.endsTitle(j) || c == '!' || c == '?' || c == '\u2026')
          && j + 1 < to && Marks.isSpace(chars[j + 1])) {
        // Keep the word before the period: "d'art. Il" needs it to tell an abbreviation.
        return Math.max(from, j - 12);
      }
    }
    return from;
  }

  /** Records the reporting verb at token {@code i} and its subject; returns false if it has none. */
  private boolean attributeVerb(Region r, int i, int kinds, int clauseStart) {
    int vs = (kinds & ReportingVerbs.REFLEXIVE) != 0 && i > clauseStart && g.isReflexivePronoun(i - 1)
        ? w.start(i - 1) : w.start(i);
    int ve = w.end(i);
    int verbTok = i;
    boolean finite = (kinds & ReportingVerbs.FINITE) != 0;
    if ((kinds & ReportingVerbs.PAST_PARTICIPLE) != 0) {
      // A compound tense: the auxiliary is a few words back (il m'avait dit, a-t-il déclaré).
      int a = i - 1;
      int bound = i - 3;
      boolean aside = false;
      // An aside between the auxiliary and the participle: avait, dit-on, déclaré; a, selon moi, dit.
      if (a > clauseStart && w.isPunct(a, ',')) {
        int open = a - 1;
        while (open >= clauseStart && open >= a - 6 && !w.isPunct(open, ',')) {
          open--;
        }
        if (open > clauseStart && open < a - 1 && w.isPunct(open, ',')) {
          a = open - 1;
          bound = a - 2;
          aside = true;
        }
      }
      while (a >= clauseStart && a >= bound && !g.isAuxiliary(a)
          && (g.isAdverb(a) || w.has(a, WordClasses.OBJECT_CLITIC) || w.kind(a) == Words.CLITIC)) {
        a--;
      }
      if (a >= clauseStart && g.isAuxiliary(a)) {
        if (a + 1 < i && g.isInvertedSubject(a + 1)) {
          set(r, g.compoundStart(a, i, clauseStart), ve, g.pronounStart(a + 1), w.end(a + 1));
          return true;
        }
        if (!aside) { // after an aside the verb's span is the participle alone, without the commas
          vs = g.compoundStart(a, i, clauseStart);
        }
        verbTok = a;
        finite = true;
      } else if (!finite) {
        return false;
      }
    }
    if (w.at(i + 1) && g.isInvertedSubject(i + 1)) {
      set(r, vs, ve, g.pronounStart(i + 1), w.end(i + 1));
      return true;
    }
    int s = finite ? g.subjectLeftOf(verbTok, clauseStart) : -1;
    if (s < 0) {
      s = g.subjectBySegments(clauseStart, verbTok, !finite);
    }
    if (s < 0) {
      return false;
    }
    set(r, vs, ve, g.subjectStart, g.subjectEnd);
    return true;
  }

  /**
   * Returns true if a quote between marks reads as a term or a title rather than an utterance: it
   * does not open its paragraph or follow a colon, has a few words only, starts in lower case or
   * inside a sentence, and holds no sentence punctuation.
   */
  private boolean looksLikeFragment(Region r) {
    if (r.dialogue || r.type == Marks.DASH || r.partCount == 0) {
      return false;
    }
    if (r.firstParagraph != r.lastParagraph) {
      return false;
    }
    int s = r.partStart(0);
    int e = r.lastPartEnd(s);
    // A fragment is short: never scan further (quotes nest, and each must cost O(1) here).
    if (e - s > MAX_FRAGMENT) {
      return false;
    }
    int words = 1;
    for (int i = s; i < e; i++) {
      char c = chars[i];
      if (Marks.isSentenceEnd(c) || c == ';' || c == ':') {
        return false;
      }
      if (Marks.isSpace(c)) {
        words++;
      }
    }
    if (words > 12) {
      return false;
    }
    int b = r.start - 1;
    while (b >= 0 && Marks.isSpace(chars[b])) {
      b--;
    }
    int para = paraStart[r.firstParagraph];
    if (b < para) {
      return false;
    }
    char prev = chars[b];
    if (prev == ':' || Marks.isDashChar(prev)) {
      return false;
    }
    boolean sentenceStart = Marks.isSentenceEnd(prev);
    return !(sentenceStart && Character.isUpperCase(chars[s]));
  }

  private Quote.Kind kindOf(Region r, boolean fragmentLike) {
    if (r.dialogue || r.type == Marks.DASH) {
      return Quote.Kind.DIALOGUE;
    }
    if (fragmentLike && !r.inciseOrAfter && looksLikeName(r, r.hasSpeaker() && followsQue(r))) {
      // A name or a title between marks (« madame Baptiste », « Les Misérables ») is no speech even
      // after a verb: l'appelaient « madame Baptiste ».
      r.speakerStart = r.speakerEnd = r.verbStart = r.verbEnd = -1;
      return Quote.Kind.FRAGMENT;
    }
    if (r.hasSpeaker() || r.verbStart >= 0) {
      return Quote.Kind.SPEECH;
    }
    return fragmentLike ? Quote.Kind.FRAGMENT : Quote.Kind.SPEECH;
  }

  /**
   * Returns true if the words of {@code r} (a fragment, so short) are one capitalized word, or hold a
   * capital after the first. After {@code que}, three words or more are the clause that was said
   * ({@code a estimé que « la France ne cédera pas »}), whatever their capitals.
   *
   * @param afterQue whether {@code r} comes right after a {@code que} that its speaker's verb governs
   */
  private boolean looksLikeName(Region r, boolean afterQue) {
    int s = r.partStart(0);
    int e = Math.min(r.lastPartEnd(s), s + MAX_FRAGMENT);
    int words = 0;
    boolean capitalAfterFirst = false;
    boolean firstCapital = false;
    boolean inWord = false;
    for (int i = s; i < e; i++) {
      char c = chars[i];
      boolean letter = Character.isLetter(c);
      if (letter && !inWord) {
        words++;
        if (Character.isUpperCase(c)) {
          if (words == 1) {
            firstCapital = true;
          } else {
            capitalAfterFirst = true;
          }
        }
      }
      inWord = letter || inWord && (c == '-' || c == '\'' || c == '\u2019');
    }
    return capitalAfterFirst && !(afterQue && words >= 3) || words == 1 && firstCapital && !isInterjection(s, e);
  }

  /** Returns true if the word right before {@code r} is {@code que} or {@code qu'}. */
  private boolean followsQue(Region r) {
    int j = r.start;
    while (j > 0 && Marks.isSpace(chars[j - 1])) {
      j--;
    }
    if (j >= 3 && (chars[j - 1] == '\'' || chars[j - 1] == '\u2019')) {
      return (chars[j - 3] | 0x20) == 'q' && chars[j - 2] == 'u' && (j == 3 || !Character.isLetter(chars[j - 4]));
    }
    return j >= 3 && text.regionMatches(true, j - 3, "que", 0, 3) && (j == 3 || !Character.isLetter(chars[j - 4]));
  }

  /** Returns true if {@code text[s, e)} is one word of {@link WordClasses#INTERJECTION}, punctuation around it aside. */
  private boolean isInterjection(int s, int e) {
    while (s < e && !Character.isLetter(chars[s])) {
      s++;
    }
    while (e > s && !Character.isLetter(chars[e - 1])) {
      e--;
    }
    return s < e && (WordClasses.of(chars, s, e) & WordClasses.INTERJECTION) != 0;
  }
}
