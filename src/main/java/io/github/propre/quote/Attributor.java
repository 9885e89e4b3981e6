package io.github.propre.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the words around and inside each quote: cuts incises out of it, finds its speaker and
 * reporting verb, and tells speech from fragments.
 *
 * <p>Attribution, in order of trust: an incise inside the quote ({@code « Oui, dit-il, je viens. »}),
 * a verb right after it ({@code « … », a affirmé Lavrov}), then the clause before it: {@code selon X},
 * a reporting verb and its subject ({@code Le ministre a déclaré : « … »}), or the subject of a
 * clause that ends with a colon ({@code Le major quitta sa pipe : « … »}).
 *
 * <p>Every window of words looked at is bounded, and each quote's own characters (its nested quotes
 * excluded) are scanned once, so the work stays linear in the length of the text. One instance per
 * call; not thread-safe.
 */
final class Attributor {
  /** Characters read before a quote for a preposed verb. */
  private static final int BEFORE = 400;
  /** Characters read for an incise or a verb after a quote. */
  private static final int AFTER = 160;
  /** Characters beyond which quoted words are no fragment (a term, a title). */
  private static final int MAX_FRAGMENT = 120;
  /** Words between a verb and a quote it introduces without a colon. */
  private static final int NEAR_WORDS = 8;

  private final String text;
  private final int[] paraStart;
  private final int[] paraEnd;
  private final ReportingVerbs verbs;
  private final Words w;

  /** No window before the current quote reaches back before this offset. */
  private int floor;
  // The result of the last successful parse of an inverted verb and subject.
  private int verbStart;
  private int verbEnd;
  private int subjectStart;
  private int subjectEnd;
  /** Token index after the parsed verb and subject. */
  private int parsedEnd;

  Attributor(String text, int[] paraStart, int[] paraEnd, ReportingVerbs verbs) {
    this.text = text;
    this.paraStart = paraStart;
    this.paraEnd = paraEnd;
    this.verbs = verbs;
    this.w = new Words(text);
  }

  /** Attributes every region; regions an incise split in two are added to the list. */
  void attribute(List<Region> regions) {
    int n = regions.size();
    int[][] kids = children(regions);
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
      List<Region> pieces = cutIncises(r, kids[i] == null ? new int[0] : kids[i]);
      for (Region p : pieces) {
        if (p != r) {
          added.add(p);
        }
        if (!p.hasSpeaker() && p.verbStart < 0) {
          attributeOutside(p);
        }
        p.kind = kindOf(p);
      }
    }
    regions.addAll(added);
  }

  /** Returns, for each region, the spans of the regions directly inside it (pairs), or null. */
  private static int[][] children(List<Region> regions) {
    int n = regions.size();
    int[][] kids = new int[n][];
    int[] count = new int[n];
    int[] stack = new int[16];
    int depth = 0;
    for (int i = 0; i < n; i++) {
      Region r = regions.get(i);
      while (depth > 0 && regions.get(stack[depth - 1]).end <= r.start) {
        depth--;
      }
      if (depth > 0) {
        int p = stack[depth - 1];
        if (kids[p] == null) {
          kids[p] = new int[4];
        } else if (2 * count[p] + 2 > kids[p].length) {
          kids[p] = Arrays.copyOf(kids[p], kids[p].length * 2);
        }
        kids[p][2 * count[p]] = r.start;
        kids[p][2 * count[p] + 1] = r.end;
        count[p]++;
      }
      if (depth == stack.length) {
        stack = Arrays.copyOf(stack, depth * 2);
      }
      stack[depth++] = i;
    }
    for (int i = 0; i < n; i++) {
      if (kids[i] != null) {
        kids[i] = Arrays.copyOf(kids[i], 2 * count[i]);
      }
    }
    return kids;
  }

  // ---------------------------------------------------------------------------------------------
  // Incises

  /**
   * Finds incises in the words of {@code r} (outside its nested quotes) and cuts them out: the
   * first gives the attribution; a later one, after the end of a sentence, starts a new quote.
   * Returns {@code r} and the quotes cut from it.
   */
  private List<Region> cutIncises(Region r, int[] kids) {
    List<Region> out = new ArrayList<>(1);
    out.add(r);
    if (r.partCount == 0) {
      return out;
    }
    Region cur = r;
    int[] parts = Arrays.copyOf(r.parts, 2 * r.partCount);
    // Parts of the current quote, rebuilt as incises are cut out.
    int[] kept = new int[parts.length + 8];
    int keptCount = 0;
    int kid = 0;
    for (int pi = 0; pi < parts.length; pi += 2) {
      int ps = parts[pi];
      int pe = parts[pi + 1];
      int pos = ps;
      int segStart = ps;
      boolean truncated = false;
      while (pos < pe) {
        while (kid < kids.length && kids[kid + 1] <= pos) {
          kid += 2;
        }
        if (kid < kids.length && kids[kid] <= pos) {
          pos = kids[kid + 1];
          continue;
        }
        char c = text.charAt(pos);
        if (!isInciseSeparator(pos, c) || !parseInciseAt(pos + 1, Math.min(pe, nextKid(kids, kid, pe)))) {
          pos++;
          continue;
        }
        int sep = pos;
        int inciseEnd = nextPunctuation(w.start[parsedEnd - 1], pe);
        // Between guillemets the words after an incise are quoted up to the closing mark; after a
        // dash the incise may grow into narration (", ajoutant que…"), which ends the turn.
        if (cur.type == Marks.DASH && narrationFollows(inciseEnd, pe)) {
          int resume = narrationEnd(inciseEnd + 1, pe, kids);
          // The words resume after the punctuation that ends the narration.
          inciseEnd = resume >= pe ? pe : resume - 1;
        }
        boolean isFinal = inciseEnd >= pe || onlyPunctuation(inciseEnd, pe);
        boolean second = cur.hasSpeaker() || cur.verbStart >= 0;
        if (second) {
          // A second incise: the sentence that holds it becomes a quote of its own.
          int cut = lastSentenceStart(segStart, sep);
          if (cut > segStart) {
            kept = add(kept, keptCount++, segStart, cut);
            finishParts(cur, kept, keptCount);
            Region next = new Region(cur.type, cut, paragraphOf(cut));
            next.dialogue = cur.dialogue;
            next.closed = cur.closed;
            next.end = cur.end;
            next.lastParagraph = cur.lastParagraph;
            next.hasWord = true;
            cur.end = trimEnd(cut);
            cur.closed = true;
            cur.lastParagraph = paragraphOf(cur.end - 1);
            out.add(next);
            cur = next;
            keptCount = 0;
            segStart = cut;
          }
        }
        boolean firstHere = !cur.hasSpeaker() && cur.verbStart < 0;
        if (firstHere) {
          cur.inciseOrAfter = true;
          cur.verbStart = verbStart;
          cur.verbEnd = verbEnd;
          cur.speakerStart = subjectStart;
          cur.speakerEnd = subjectEnd;
        }
        char sc = text.charAt(sep);
        int headEnd = sc == ',' || sc == ';' || Marks.isDashChar(sc) ? (isFinal ? sep : sep + 1) : sep + 1;
        kept = add(kept, keptCount++, segStart, headEnd);
        if (isFinal) {
          truncated = true;
          pos = pe;
          break;
        }
        pos = inciseEnd + 1;
        segStart = pos;
      }
      if (truncated) {
        if (pi + 2 >= parts.length || cur.type == Marks.DASH || cur.dialogue) {
          // The quote's words end before the incise.
          if (cur.type == Marks.DASH || !cur.closed || cur.dialogue && cur.end <= pe + 1) {
            cur.end = Math.max(cur.start + 1, trimEnd(lastKeptEnd(kept, keptCount, cur.start + 1)));
          }
          break;
        }
      } else if (segStart < pe) {
        kept = add(kept, keptCount++, segStart, pe);
      }
    }
    finishParts(cur, kept, keptCount);
    if (cur.end < cur.lastPartEnd(cur.end)) {
      cur.end = cur.lastPartEnd(cur.end);
    }
    return out;
  }

  private boolean onlyPunctuation(int from, int to) {
    for (int i = from; i < to; i++) {
      if (Marks.isAlnum(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int nextKid(int[] kids, int kid, int limit) {
    return kid < kids.length ? Math.min(kids[kid], limit) : limit;
  }

  private static int lastKeptEnd(int[] kept, int count, int fallback) {
    return count == 0 ? fallback : kept[2 * count - 1];
  }

  private static int[] add(int[] kept, int count, int s, int e) {
    if (2 * count + 2 > kept.length) {
      kept = Arrays.copyOf(kept, kept.length * 2);
    }
    kept[2 * count] = s;
    kept[2 * count + 1] = e;
    return kept;
  }

  private void finishParts(Region r, int[] kept, int count) {
    Region tmp = new Region(r.type, r.start, 0);
    for (int i = 0; i < count; i++) {
      tmp.addPart(text, kept[2 * i], kept[2 * i + 1]);
    }
    r.setParts(tmp.parts, tmp.partCount);
  }

  private int trimEnd(int e) {
    while (e > 0 && Marks.isSpace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  private int paragraphOf(int offset) {
    int i = Arrays.binarySearch(paraStart, offset);
    return i >= 0 ? i : Math.max(0, -i - 2);
  }

  /** Returns the start of the last sentence that begins in {@code (from, to)}, or {@code from}. */
  private int lastSentenceStart(int from, int to) {
    for (int i = to - 1; i > from; i--) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c) || c == '\u2026') {
        int j = i - 1;
        while (j > from && Marks.isSpace(text.charAt(j))) {
          j--;
        }
        if (j < i - 1 && (Marks.isSentenceEnd(text.charAt(j)) || c == '\u2026' && j < i - 1)) {
          return c == '\u2026' && !Marks.isSentenceEnd(text.charAt(j)) ? i : i;
        }
      }
    }
    return from;
  }

  /** Returns true if the character at {@code i} can be followed by an incise. */
  private boolean isInciseSeparator(int i, char c) {
    return c == ',' || c == '!' || c == '?' || c == '\u2026' || c == ';'
        || c == '.' && i > 0 && text.charAt(i - 1) == '.'
        || Marks.isDashChar(c) && i > 0 && Marks.isSpace(text.charAt(i - 1));
  }

  /**
   * Returns true if an incise (an inverted reporting verb and its subject) starts after the
   * separator, before {@code limit}; leaves its verb, subject and end in the parse fields.
   */
  private boolean parseInciseAt(int from, int limit) {
    int q = from;
    while (q < limit && Marks.isSpace(text.charAt(q))) {
      q++;
    }
    if (q >= limit || !Character.isLowerCase(text.charAt(q)) || !mayStartIncise(q, limit)) {
      return false;
    }
    int end = nextPunctuation(q, Math.min(limit, q + AFTER));
    if (end < limit && text.charAt(end) == ',' && end - q < 24) {
      // A verb alone before a comma may have its subject after an aside: "dit, fronçant les
      // sourcils, sa mère". Read two more clauses.
      int second = nextPunctuation(end + 1, Math.min(limit, end + 1 + AFTER));
      if (second < limit && text.charAt(second) == ',') {
        end = nextPunctuation(second + 1, Math.min(limit, second + 1 + AFTER));
      }
    }
    w.load(q, end);
    return parseInverted(0, true);
  }

  /**
   * Returns true if the word at {@code q} can open an incise: an object clitic ({@code lui},
   * {@code s’}), a reporting verb or an auxiliary, or a word with a hyphenated pronoun after it
   * ({@code hasarda-t-il}). A cheap look at the letters, so that most commas in quoted words cost no
   * tokenization.
   */
  private boolean mayStartIncise(int q, int limit) {
    int e = q;
    while (e < limit && Character.isLetter(text.charAt(e))) {
      e++;
    }
    if (e == q) {
      return false;
    }
    if (e < limit) {
      char c = text.charAt(e);
      if (c == '-') {
        return true;
      }
      if ((c == '\'' || c == '\u2019') && (WordClasses.of(text, q, e + 1) & WordClasses.OBJECT_CLITIC) != 0) {
        return true;
      }
    }
    return (WordClasses.of(text, q, e) & WordClasses.OBJECT_CLITIC) != 0
        || verbs.kinds(text, q, e) != 0 || verbs.isAuxiliary(text, q, e);
  }

  /** Returns the offset of the first punctuation that ends a clause in {@code [from, limit)}, or limit. */
  private int nextPunctuation(int from, int limit) {
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == ';' || c == '.' || c == '!' || c == '?' || c == '\u2026' || c == ':'
          || c == '\u00AB' || c == '\u00BB' || c == '\u201C' || c == '\u201D' || c == '"'
          || Marks.isDashChar(c) || c == '(' || c == ')' || Paragraphs.isBreak(c)) {
        return i;
      }
    }
    return limit;
  }

  /**
   * Returns true if the words after the punctuation at {@code end} (which ends an incise) go on
   * narrating: {@code , ajoutant que…}, {@code , qui redoutait…}, {@code , en donnant…},
   * {@code , d’une voix…}, {@code (comme si…)}.
   */
  private boolean narrationFollows(int end, int limit) {
    if (end >= limit) {
      return false;
    }
    char c = text.charAt(end);
    if (c == '(') {
      return true;
    }
    if (!(c == ',' || c == ';' || Marks.isDashChar(c))) {
      return false;
    }
    int next = end + 1;
    w.load(next, Math.min(nextPunctuation(next, Math.min(limit, next + AFTER)), next + 80));
    return w.size > 0 && continuesNarration();
  }

  /**
   * Returns where narration that starts at {@code from} gives way to quoted words again: the start of
   * the first clause that speaks (first or second person, an imperative, {@code !} or {@code ?}),
   * or {@code limit} if none does ({@code , qui craignait de déplaire à Pauline, laissez-moi…}).
   */
  private int narrationEnd(int from, int limit, int[] kids) {
    int seg = from;
    int kid = 0;
    for (int guard = 0; guard < 64 && seg < limit; guard++) {
      while (kid < kids.length && kids[kid + 1] <= seg) {
        kid += 2;
      }
      if (kid < kids.length && kids[kid] <= seg) {
        // Words quoted inside the narration (les « En voilà un ! » du public) are no resumption.
        seg = kids[kid + 1];
        continue;
      }
      int stop = nextPunctuation(seg, limit);
      if (stop == seg) {
        seg++;
        continue;
      }
      w.load(seg, Math.min(stop, seg + AFTER));
      boolean speaks = hasFirstOrSecondPerson() || hasImperative()
          || stop < limit && (text.charAt(stop) == '!' || text.charAt(stop) == '?');
      if (speaks && seg > from) {
        return seg;
      }
      seg = stop + 1;
    }
    return limit;
  }

  private boolean hasImperative() {
    for (int k = 0; k + 1 < w.size; k++) {
      if (w.kind[k] == Words.WORD && w.kind[k + 1] == Words.CLITIC
          && (w.is(k + 1, "-moi") || w.is(k + 1, "-nous") || w.is(k + 1, "-toi") || w.is(k + 1, "-vous")
              || w.is(k + 1, "-le") || w.is(k + 1, "-la") || w.is(k + 1, "-les") || w.is(k + 1, "-lui")
              || w.is(k + 1, "-en") || w.is(k + 1, "-y"))) {
        return true;
      }
    }
    return false;
  }

  /** Returns true if the loaded words go on narrating rather than quoting. */
  private boolean continuesNarration() {
    if (!w.isWord(0)) {
      return false;
    }
    int first = 0;
    // "et en se regardant", "ne pouvant se résoudre"
    while (first < w.size - 1 && first < 3 && (w.is(first, "et") || w.is(first, "puis")
        || w.is(first, "ne") || w.is(first, "n'")
        || first > 0 && !w.is(first, "en") && w.has(first, WordClasses.OBJECT_CLITIC))) {
      first++;
    }
    if (first > 0 && isPresentParticiple(first)) {
      return true;
    }
    if (first > 0 && w.is(first, "en") && first + 1 < w.size) {
      int k = first + 1;
      while (k < w.size - 1 && w.has(k, WordClasses.OBJECT_CLITIC)) {
        k++;
      }
      if (isPresentParticiple(k)) {
        return true;
      }
    }
    // An apposition to the speaker ending in a relative clause: "jeune magistrat qui aspirait…".
    for (int k = 1; k < Math.min(w.size, 5); k++) {
      if (w.is(k, "qui") && !hasFirstOrSecondPerson()) {
        return true;
      }
    }
    if (w.has(0, WordClasses.RELATIVE) || w.is(0, "dont") || w.is(0, "où") || w.is(0, "lequel")
        || w.is(0, "laquelle")) {
      return true;
    }
    if ((w.is(0, "ce") || w.is(0, "c'")) && w.size > 1 && (w.is(1, "qui") || w.is(1, "que") || w.is(1, "qu'"))) {
      return true;
    }
    if (isPresentParticiple(0)) {
      return true;
    }
    if ((w.is(0, "en") || w.is(0, "tout")) && w.size > 1) {
      int k = 1;
      if (w.is(k, "en") && w.size > 2) {
        k++;
      }
      while (k < w.size - 1 && w.has(k, WordClasses.OBJECT_CLITIC)) {
        k++;
      }
      return isPresentParticiple(k);
    }
    if (w.is(0, "d'un") || w.is(0, "d'une") || w.is(0, "d'") && w.size > 1 && (w.is(1, "un") || w.is(1, "une"))) {
      return true;
    }
    return w.is(0, "avec") || w.is(0, "sans") || w.is(0, "comme") && w.size > 1 && w.is(1, "pour")
        || w.is(0, "les") && w.size > 1 && w.is(1, "yeux");
  }

  private boolean hasFirstOrSecondPerson() {
    for (int k = 0; k < w.size; k++) {
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

  private boolean isPresentParticiple(int i) {
    if (i >= w.size || w.kind[i] != Words.WORD) {
      return false;
    }
    int len = w.end[i] - w.start[i];
    return len > 4 && text.startsWith("ant", w.end[i] - 3) && !w.has(i, WordClasses.NOT_PARTICIPLE);
  }

  /**
   * Parses, from token {@code i}, an inverted reporting verb and its subject: {@code dit-il},
   * {@code a-t-elle ajouté}, {@code s’écria Pécuchet}, {@code lui cria sa mère},
   * {@code a affirmé Lavrov}, {@code dit timidement Louisa}.
   *
   * @param incisePosition true inside or right after a quote, where any verb with an inverted subject
   *     pronoun counts ({@code hasarda-t-il}) and incise-only verbs ({@code fit}) are allowed
   */
  private boolean parseInverted(int i, boolean incisePosition) {
    int k = i;
    int clitics = 0;
    while (k < w.size && clitics < 3 && w.has(k, WordClasses.OBJECT_CLITIC)
        && !w.has(k, WordClasses.DETERMINER | WordClasses.SUBJECT_PRONOUN)
        || k < w.size && clitics < 3 && (w.is(k, "lui") || w.is(k, "leur") || w.is(k, "me")
            || w.is(k, "m'") || w.is(k, "te") || w.is(k, "t'") || w.is(k, "se") || w.is(k, "s'")
            || w.is(k, "nous") || w.is(k, "vous")) && k + 1 < w.size && w.kind[k + 1] == Words.WORD) {
      k++;
      clitics++;
    }
    if (k >= w.size || w.kind[k] != Words.WORD || !w.isLowerCase(k)) {
      return false;
    }
    int v = k;
    int kinds = verbs.kinds(text, w.start[v], w.end[v]);
    // A reflexive verb's pronoun is part of the verb as written: s'écria, m'écriai-je, se disait.
    int verbFrom = (kinds & ReportingVerbs.REFLEXIVE) != 0 && v > i && isReflexivePronoun(v - 1)
        ? w.start[v - 1] : w.start[v];
    boolean aux = verbs.isAuxiliary(text, w.start[v], w.end[v]);
    boolean incise = (kinds & ReportingVerbs.INCISE_ONLY) != 0;
    boolean finite = (kinds & ReportingVerbs.FINITE) != 0 && (incisePosition || !incise);
    // Verb then hyphenated subject pronoun: dit-il, hasarda-t-il, a-t-elle ajouté.
    if (v + 1 < w.size && w.kind[v + 1] == Words.CLITIC && w.has(v + 1, WordClasses.INVERTED_SUBJECT)) {
      int pronounStart = w.start[v + 1] + ("-t-".regionMatches(0, text, w.start[v + 1], 3) ? 3 : 1);
      int after = v + 2;
      if (aux && after < w.size && isParticiple(after)) {
        setParse(verbFrom, w.end[after], pronounStart, w.end[v + 1], after + 1);
        return true;
      }
      boolean nothingAfter = after >= w.size || w.isPunct(after) && !w.isPunct(after, '?')
          && !w.isPunct(after, '!');
      if (finite || incisePosition && nothingAfter && !aux && !w.is(v + 1, "-nous")
          && !w.is(v + 1, "-vous")) {
        setParse(verbFrom, w.end[v], pronounStart, w.end[v + 1], after);
        return true;
      }
      return false;
    }
    // Auxiliary, participle, then a noun phrase: a affirmé Lavrov, avait dit ma mère.
    int verbLast = -1;
    if (aux) {
      int p = v + 1;
      while (p < w.size && p < v + 3 && w.has(p, WordClasses.ADVERB)) {
        p++;
      }
      if (p < w.size && isParticiple(p)) {
        verbLast = p;
      }
    } else if (finite && isThirdPerson(v)) {
      verbLast = v;
    }
    if (verbLast < 0) {
      return false;
    }
    int s = verbLast + 1;
    if (s + 1 < w.size && w.isPunct(s, ',') && isPresentParticiple(s + 1)) {
      // dit, fronçant les sourcils, sa mère
      int c = s + 2;
      while (c < w.size && !w.isPunct(c, ',')) {
        c++;
      }
      if (c + 1 < w.size) {
        s = c + 1;
      }
    }
    while (s < w.size && s < verbLast + 4 && isAdverb(s)) {
      s++;
    }
    if (s < w.size && w.is(s, "tout") && s + 2 < w.size && w.is(s + 1, "à") && w.is(s + 2, "coup")) {
      s += 3;
    }
    // A short manner phrase before the subject: dit avec chaleur la bonne Pauline.
    if (s + 2 < w.size && (w.is(s, "avec") || w.is(s, "sans")) && !w.has(s + 1, WordClasses.DETERMINER)
        && (w.has(s + 2, WordClasses.DETERMINER) || w.isCapitalized(s + 2))) {
      s += 2;
    }
    int npEnd = nounPhraseForward(s);
    if (npEnd <= s) {
      return false;
    }
    setParse(verbFrom, w.end[verbLast], w.start[s], w.end[npEnd - 1], npEnd);
    return true;
  }

  private boolean isReflexivePronoun(int i) {
    return w.is(i, "se") || w.is(i, "s'") || w.is(i, "me") || w.is(i, "m'") || w.is(i, "te")
        || w.is(i, "t'") || w.is(i, "nous") || w.is(i, "vous");
  }

  private void setParse(int vs, int ve, int ss, int se, int end) {
    verbStart = vs;
    verbEnd = ve;
    subjectStart = ss;
    subjectEnd = se;
    parsedEnd = end;
  }

  private boolean isParticiple(int i) {
    return w.kind[i] == Words.WORD
        && (verbs.kinds(text, w.start[i], w.end[i]) & ReportingVerbs.PAST_PARTICIPLE) != 0;
  }

  private boolean isAdverb(int i) {
    if (w.has(i, WordClasses.ADVERB)) {
      return true;
    }
    int len = w.end[i] - w.start[i];
    return w.kind[i] == Words.WORD && w.isLowerCase(i) && len > 5 && text.startsWith("ment", w.end[i] - 4);
  }

  /** Returns true if the finite form at {@code i} can have a third-person subject. */
  private boolean isThirdPerson(int i) {
    char last = text.charAt(w.end[i] - 1);
    return last == 't' || last == 'd' || last == 'a' || last == 'e' || last == 'â'
        || text.startsWith("ent", w.end[i] - 3) || text.startsWith("ont", w.end[i] - 3);
  }

  /** Returns the token index after a noun phrase that starts at {@code s}, or {@code s} if none does. */
  private int nounPhraseForward(int s) {
    if (s >= w.size || !w.isWord(s)) {
      return s;
    }
    if (w.has(s, WordClasses.PRONOUN_NP) && !w.has(s, WordClasses.DETERMINER)
        || w.has(s, WordClasses.SUBJECT_PRONOUN) && !w.has(s, WordClasses.DETERMINER)) {
      return s + 1;
    }
    if (w.has(s, WordClasses.DETERMINER) || w.kind[s] == Words.ELIDED && w.is(s, "l'")) {
      if (s + 1 < w.size && w.has(s + 1, WordClasses.PRONOUN_NP) && (w.is(s, "l'") || w.is(s, "les"))) {
        return s + 2;
      }
      int k = s + 1;
      int words = 0;
      // The noun and up to three more words; a word followed by a determiner is taken for a verb
      // (le major | quitta sa pipe), except the first (le vieux la regarda).
      while (k < w.size && words < 4 && w.kind[k] == Words.WORD
          && !w.has(k, WordClasses.PREPOSITION | WordClasses.SUBORDINATOR | WordClasses.CONNECTOR)
          && !isAdverb(k) && !isAuxiliary(k) && !isPresentParticiple(k)
          && !(words > 0 && w.has(k, WordClasses.OBJECT_CLITIC | WordClasses.SUBJECT_PRONOUN))
          && (verbs.kinds(text, w.start[k], w.end[k]) & ReportingVerbs.FINITE) == 0
          && (words == 0 || k + 1 >= w.size || !w.has(k + 1, WordClasses.DETERMINER | WordClasses.OBJECT_CLITIC))) {
        k++;
        words++;
      }
      if (words == 0) {
        return s;
      }
      return extendName(k);
    }
    if (w.isCapitalized(s) || w.has(s, WordClasses.TITLE)) {
      return extendName(s + 1);
    }
    return s;
  }

  /** Extends a name forward over capitalized words and particles: M. de Courville, Bouvard et Pécuchet. */
  private int extendName(int k) {
    while (k < w.size) {
      if (w.isWord(k) && w.isCapitalized(k)) {
        k++;
      } else if (k + 1 < w.size && (w.has(k, WordClasses.NAME_PARTICLE) || w.is(k, "et"))
          && w.isWord(k + 1) && w.isCapitalized(k + 1)) {
        k += 2;
      } else {
        break;
      }
    }
    return k;
  }

  // ---------------------------------------------------------------------------------------------
  // Attribution outside the quote

  private void attributeOutside(Region r) {
    if (after(r)) {
      return;
    }
    before(r);
  }

  /** A verb right after a closed quote: {@code « … », a affirmé Lavrov}, {@code « … » dit-il}. */
  private boolean after(Region r) {
    if (!r.closed || r.type == Marks.DASH) {
      return false;
    }
    int limit = paraEnd[Math.min(r.lastParagraph, paraEnd.length - 1)];
    int p = r.end;
    while (p < limit && Marks.isSpace(text.charAt(p))) {
      p++;
    }
    if (p < limit && text.charAt(p) == ',') {
      p++;
    }
    while (p < limit && Marks.isSpace(text.charAt(p))) {
      p++;
    }
    if (p >= limit || !Character.isLowerCase(text.charAt(p))) {
      return false;
    }
    int end = nextPunctuation(p, Math.min(limit, p + AFTER));
    w.load(p, end);
    if (w.size > 1 && w.is(0, "selon") && isPersonAfterSelon(1)) {
      int npEnd = isStressedPronoun(1) ? 2 : nounPhraseForward(1);
      if (npEnd > 1) {
        set(r, w.start[0], w.end[0], w.start[1], w.end[npEnd - 1]);
        return true;
      }
      return false;
    }
    if (parseInverted(0, true)) {
      set(r, verbStart, verbEnd, subjectStart, subjectEnd);
      r.inciseOrAfter = true;
      return true;
    }
    return false;
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
  private void before(Region r) {
    int para = r.firstParagraph;
    int from = clauseStartBefore(Math.max(Math.max(paraStart[para], floor), r.start - BEFORE), r.start);
    int to = r.start;
    w.load(from, to);
    int last = w.size - 1;
    // The dash or mark that opens the quote is not part of the clause.
    while (last >= 0 && w.isPunct(last) && isOpeningMarkOrDash(last)) {
      last--;
    }
    if (last < 0 && para > 0 && paraEnd[para - 1] <= r.start && paraEnd[para - 1] > floor) {
      from = clauseStartBefore(Math.max(Math.max(paraStart[para - 1], floor),
          paraEnd[para - 1] - BEFORE), paraEnd[para - 1]);
      w.load(from, paraEnd[para - 1]);
      last = w.size - 1;
      if (last < 0 || !w.isPunct(last, ':')) {
        return;
      }
    }
    if (last < 0) {
      return;
    }
    boolean colon = false;
    int k = last;
    while (k >= 0 && w.isPunct(k) && (w.isPunct(k, ':') || isOpeningMarkOrDash(k))) {
      colon |= w.isPunct(k, ':');
      k--;
    }
    if (k < 0) {
      return;
    }
    int clauseStart = k;
    while (clauseStart > 0 && !isClauseBoundary(clauseStart - 1)) {
      clauseStart--;
    }
    if (clauseStart == 0 && k >= 0 && isClauseBoundary(0)) {
      clauseStart = 1;
    }
    boolean fragmentLike = !colon && looksLikeFragment(r);
    int words = 0;
    for (int i = k; i >= clauseStart; i--) {
      if (w.isWord(i)) {
        words++;
      }
      if (!colon && words > NEAR_WORDS) {
        break;
      }
      if (w.is(i, "selon") && i + 1 <= k && isPersonAfterSelon(i + 1)) {
        int npEnd = isStressedPronoun(i + 1) ? i + 2 : nounPhraseForward(i + 1);
        if (npEnd > i + 1 && npEnd <= k + 1) {
          set(r, w.start[i], w.end[i], w.start[i + 1], w.end[npEnd - 1]);
          return;
        }
      }
      if (fragmentLike && w.has(i, WordClasses.SUBORDINATOR) && !w.is(i, "qui")) {
        break;
      }
      if (w.kind[i] != Words.WORD) {
        continue;
      }
      int kinds = verbs.kinds(text, w.start[i], w.end[i]);
      if (kinds == 0 || (kinds & ReportingVerbs.INCISE_ONLY) != 0) {
        continue;
      }
      if ((kinds & ReportingVerbs.FINITE) == 0 && i > clauseStart && w.has(i - 1, WordClasses.DETERMINER)
          && !w.is(i - 1, "en")) {
        // A participle after a determiner is a noun: le commandant, les dires.
        continue;
      }
      if (attributeVerb(r, i, kinds, clauseStart)) {
        return;
      }
    }
    if (colon) {
      int s = subjectBySegments(clauseStart, k + 1, false);
      if (s >= 0) {
        r.speakerStart = subjectStart;
        r.speakerEnd = subjectEnd;
      }
    }
  }

  private boolean isStressedPronoun(int i) {
    return w.is(i, "lui") || w.is(i, "elle") || w.is(i, "eux") || w.is(i, "elles") || w.is(i, "moi")
        || w.is(i, "toi") || w.is(i, "nous") || w.is(i, "vous");
  }

  /**
   * Returns where to start reading words before {@code to}: a little before the last end of sentence
   * in {@code [from, to)} (the tokens then find the exact boundary, abbreviations included), so that
   * only the clause before a quote is tokenized.
   */
  private int clauseStartBefore(int from, int to) {
    int j = to - 1;
    // Skip the quote's own opening and the colon or dash before it.
    while (j > from && !Character.isLetterOrDigit(text.charAt(j))) {
      j--;
    }
    for (; j > from; j--) {
      char c = text.charAt(j);
      // Not at ';': the subject of "… ; et balbutiant :" is in the clause before it.
      if ((c == '.' || c == '!' || c == '?' || c == '\u2026')
          && j + 1 < to && Marks.isSpace(text.charAt(j + 1))) {
        // Keep the word before the period: "d'art. Il" needs it to tell an abbreviation.
        return Math.max(from, j - 12);
      }
    }
    return from;
  }

  /**
   * Returns true if {@code selon} is followed by someone who can speak: a pronoun ({@code selon lui}),
   * a name or a noun phrase; not a possessive ({@code selon son habitude}, {@code selon les cas}).
   */
  private boolean isPersonAfterSelon(int i) {
    if (i >= w.size || !w.isWord(i)) {
      return false;
    }
    if (isStressedPronoun(i) || w.isCapitalized(i)) {
      return true;
    }
    return w.is(i, "le") || w.is(i, "la") || w.is(i, "l'") || w.is(i, "les") || w.is(i, "un")
        || w.is(i, "une") || w.is(i, "ce") || w.is(i, "cet") || w.is(i, "cette") || w.is(i, "ces");
  }

  private boolean isOpeningMarkOrDash(int i) {
    char c = w.first(i);
    return c == '\u00AB' || c == '\u201C' || c == '\u201E' || c == '\u2039' || c == '\u2018'
        || c == '"' || Marks.isDashChar(c) || c == '-';
  }

  private boolean isClauseBoundary(int i) {
    if (w.endsSentence(i) || w.isPunct(i, ';')) {
      return true;
    }
    if (w.kind[i] == Words.ABBREVIATION && !w.has(i, WordClasses.TITLE) && i + 1 < w.size
        && w.isWord(i + 1) && w.isCapitalized(i + 1) && text.charAt(w.end[i] - 1) == '.') {
      // "d'objets d'art. Il en sortit": an abbreviation's period that also ends the sentence.
      return true;
    }
    if (w.isPunct(i)) {
      char c = w.first(i);
      return c == '\u00BB' || c == '\u201D' || c == '\u00AB' || c == '\u201C';
    }
    return false;
  }

  /** Records the reporting verb at token {@code i} and its subject; returns false if it has none. */
  private boolean attributeVerb(Region r, int i, int kinds, int clauseStart) {
    int vs = (kinds & ReportingVerbs.REFLEXIVE) != 0 && i > clauseStart && isReflexivePronoun(i - 1)
        ? w.start[i - 1] : w.start[i];
    int ve = w.end[i];
    int verbTok = i;
    boolean finite = (kinds & ReportingVerbs.FINITE) != 0;
    if ((kinds & ReportingVerbs.PAST_PARTICIPLE) != 0) {
      // A compound tense: the auxiliary is a few words back (il m'avait dit, a-t-il déclaré).
      int a = i - 1;
      while (a >= clauseStart && a >= i - 3 && !isAuxiliary(a)
          && (isAdverb(a) || w.has(a, WordClasses.OBJECT_CLITIC) || w.kind[a] == Words.CLITIC)) {
        a--;
      }
      if (a >= clauseStart && isAuxiliary(a)) {
        if (a + 1 < i && isInvertedSubject(a + 1)) {
          set(r, w.start[a], ve, pronounStart(a + 1), w.end[a + 1]);
          return true;
        }
        vs = w.start[a];
        verbTok = a;
        finite = true;
      } else if (!finite) {
        return false;
      }
    }
    if (i + 1 < w.size && isInvertedSubject(i + 1)) {
      set(r, vs, ve, pronounStart(i + 1), w.end[i + 1]);
      return true;
    }
    int s = finite ? subjectLeftOf(verbTok, clauseStart) : -1;
    if (s < 0) {
      s = subjectBySegments(clauseStart, verbTok, !finite);
    }
    if (s < 0) {
      return false;
    }
    set(r, vs, ve, subjectStart, subjectEnd);
    return true;
  }

  private boolean isAuxiliary(int i) {
    return w.kind[i] == Words.WORD && verbs.isAuxiliary(text, w.start[i], w.end[i]);
  }

  private boolean isInvertedSubject(int i) {
    return w.kind[i] == Words.CLITIC && w.has(i, WordClasses.INVERTED_SUBJECT);
  }

  /** Returns the start of the pronoun in a hyphenated clitic: {@code il} in {@code -t-il}. */
  private int pronounStart(int i) {
    return w.start[i] + ("-t-".regionMatches(0, text, w.start[i], 3) ? 3 : 1);
  }

  /**
   * Finds the subject right before the verb at {@code verbTok}, past its object clitics: a pronoun
   * ({@code il me dit}), a noun phrase ({@code Bouvard lui dit}) or the antecedent of {@code qui}
   * ({@code Pécuchet qui articula}). Leaves it in the subject fields and returns its first token, or -1.
   */
  private int subjectLeftOf(int verbTok, int clauseStart) {
    int j = verbTok - 1;
    int clitics = 0;
    while (j >= clauseStart && clitics < 3 && w.has(j, WordClasses.OBJECT_CLITIC)
        && !(w.has(j, WordClasses.SUBJECT_PRONOUN) && agrees(j, verbTok)
            && (j == clauseStart || !w.isWord(j - 1) || w.has(j - 1, WordClasses.CONNECTOR)))) {
      j--;
      clitics++;
    }
    if (j < clauseStart) {
      return -1;
    }
    if (w.has(j, WordClasses.SUBJECT_PRONOUN) && agrees(j, verbTok)) {
      subjectStart = w.start[j];
      subjectEnd = w.end[j];
      return j;
    }
    if (w.has(j, WordClasses.RELATIVE) && j - 1 >= clauseStart) {
      int k = w.isPunct(j - 1, ',') ? j - 2 : j - 1;
      if (k < clauseStart || !w.isWord(k)) {
        return -1;
      }
      int np = nounPhraseBackward(k, clauseStart);
      if (np < 0 && w.isLowerCase(k)) {
        subjectStart = w.start[k];
        subjectEnd = w.end[k];
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
  private boolean agrees(int p, int v) {
    String form = text.substring(w.start[v], w.end[v]);
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
  private int subjectBySegments(int clauseStart, int limit, boolean throughSemicolons) {
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
          subjectStart = w.start[f];
          subjectEnd = w.end[f];
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
          foundStart = w.start[f];
          foundEnd = w.end[end - 1];
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

  private boolean isTimePhrase(int from, int to) {
    for (int i = from; i < to; i++) {
      if (w.has(i, WordClasses.TIME_NOUN)) {
        return true;
      }
    }
    return false;
  }

  private boolean isCapitalizedAdverb(int i) {
    return w.isWord(i) && w.isCapitalized(i) && isAdverb(i);
  }

  private boolean startsNounPhrase(int i) {
    return w.isWord(i) && (w.has(i, WordClasses.DETERMINER | WordClasses.TITLE | WordClasses.PRONOUN_NP)
        || w.isCapitalized(i) && !w.has(i, WordClasses.PREPOSITION | WordClasses.SUBORDINATOR
            | WordClasses.CONNECTOR) && !isAdverb(i) && !isPresentParticiple(i));
  }

  /** Returns true if tokens {@code [a, b)} are a capitalized name. */
  private boolean isName(int a, int b) {
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
   * Reads a noun phrase that ends at token {@code j}, backwards: a name (with its title and
   * particles) or a determiner and up to six words. Leaves it in the subject fields and returns its
   * first token, or -1.
   */
  private int nounPhraseBackward(int j, int clauseStart) {
    if (j < clauseStart || !w.isWord(j)) {
      return -1;
    }
    if (w.has(j, WordClasses.PRONOUN_NP) || w.has(j, WordClasses.SUBJECT_PRONOUN)) {
      int s = j;
      if (j - 1 >= clauseStart && (w.is(j - 1, "l'") || w.is(j - 1, "les"))
          && !w.has(j, WordClasses.SUBJECT_PRONOUN)) {
        s = j - 1;
      }
      subjectStart = w.start[s];
      subjectEnd = w.end[j];
      return s;
    }
    int s = j;
    if (w.isCapitalized(j)) {
      while (s - 1 >= clauseStart && (w.isWord(s - 1) && w.isCapitalized(s - 1)
          && !w.has(s - 1, WordClasses.DETERMINER | WordClasses.CONNECTOR)
          || s - 2 >= clauseStart && (w.has(s - 1, WordClasses.NAME_PARTICLE) || w.is(s - 1, "et"))
              && w.isWord(s - 2) && (w.isCapitalized(s - 2) || w.has(s - 2, WordClasses.TITLE)))) {
        s -= w.isWord(s - 1) && w.isCapitalized(s - 1)
            && !w.has(s - 1, WordClasses.DETERMINER | WordClasses.CONNECTOR) ? 1 : 2;
      }
      if (s - 1 >= clauseStart && w.has(s - 1, WordClasses.TITLE)) {
        s--;
      }
      if (w.has(s, WordClasses.DETERMINER) && w.isCapitalized(s)) {
        subjectStart = w.start[s];
        subjectEnd = w.end[j];
        return s;
      }
    }
    // A determiner a few words before: le vieux, la jeune femme, le ministre nigérien des…
    int k = s;
    int words = 0;
    while (k - 1 >= clauseStart && words < 6 && w.isWord(k - 1)) {
      boolean partitive = (w.is(k - 1, "des") || w.is(k - 1, "de") || w.is(k - 1, "du")
          || w.is(k - 1, "d'")) && k - 2 >= clauseStart && w.kind[k - 2] == Words.WORD
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
      subjectStart = w.start[k - 1];
      subjectEnd = w.end[j];
      return k - 1;
    }
    if (w.isCapitalized(s) && !w.has(s, WordClasses.CONNECTOR) && !isAdverb(s)) {
      subjectStart = w.start[s];
      subjectEnd = w.end[j];
      return s;
    }
    return -1;
  }

  // ---------------------------------------------------------------------------------------------
  // Kinds

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
      char c = text.charAt(i);
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
    while (b >= 0 && Marks.isSpace(text.charAt(b))) {
      b--;
    }
    int para = paraStart[r.firstParagraph];
    if (b < para) {
      return false;
    }
    char prev = text.charAt(b);
    if (prev == ':' || Marks.isDashChar(prev)) {
      return false;
    }
    boolean sentenceStart = Marks.isSentenceEnd(prev);
    return !(sentenceStart && Character.isUpperCase(text.charAt(s)));
  }

  private Quote.Kind kindOf(Region r) {
    if (r.dialogue || r.type == Marks.DASH) {
      return Quote.Kind.DIALOGUE;
    }
    boolean fragmentLike = looksLikeFragment(r);
    if (fragmentLike && !r.inciseOrAfter && looksLikeName(r)) {
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
   * capital after the first.
   */
  private boolean looksLikeName(Region r) {
    int s = r.partStart(0);
    int e = Math.min(r.lastPartEnd(s), s + MAX_FRAGMENT);
    int words = 0;
    boolean capitalAfterFirst = false;
    boolean firstCapital = false;
    boolean inWord = false;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
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
    return capitalAfterFirst || words == 1 && firstCapital;
  }

  /** Paragraph-break characters, as {@link io.github.propre.text.Paragraphs} knows them. */
  private static final class Paragraphs {
    static boolean isBreak(char c) {
      return io.github.propre.text.Paragraphs.isLineTerminator(c);
    }
  }
}
