package io.github.propre.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds incises in the words of a quote and cuts them out: {@code « Oui, dit-il, je viens. »}
 * becomes the parts {@code Oui,} and {@code je viens.}, with {@code dit} and {@code il} as verb and
 * speaker. After a dash, an incise may grow into narration ({@code , ajoutant que…}) that ends the
 * turn until words speak again; a second incise after the end of a sentence starts a quote of its
 * own.
 *
 * <p>Each quote's own characters (nested quotes excluded) are read once; a comma costs a word lookup,
 * and a tokenized window only when the word after it may open an incise. One instance per
 * extraction call; not thread-safe.
 */
final class Incises {
  private static final int AFTER = Grammar.AFTER;

  private final String text;
  /** The characters of {@link #text}, for the scan for separators. */
  private final char[] chars;
  private final int[] paraStart;
  private final Grammar g;
  private final ReportingVerbs verbs;
  private final Words w;

  /** Whether {@link #mayStartIncise} rules windows out before they are tokenized. */
  private final boolean prechecks;

  Incises(String text, char[] chars, int[] paraStart, Grammar g, boolean prechecks) {
    this.text = text;
    this.prechecks = prechecks;
    this.chars = chars;
    this.paraStart = paraStart;
    this.g = g;
    this.verbs = g.verbs;
    this.w = g.w;
  }

  /**
   * Finds incises in the words of {@code r} (outside its nested quotes) and cuts them out: the
   * first gives the attribution; a later one, after the end of a sentence, starts a new quote.
   * Returns {@code r} and the quotes cut from it.
   */
  List<Region> cutIncises(Region r, int[] kids) {
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
      // True when the last incise ended its sentence (dit-il.): the words after it start a new one.
      boolean sentenceAtSegStart = false;
      // Where the comma (or ; or dash) before the last incise is, -1 if another mark opened it.
      int commaBeforeLastIncise = -1;
      boolean truncated = false;
      while (pos < pe) {
        while (kid < kids.length && kids[kid + 1] <= pos) {
          kid += 2;
        }
        if (kid < kids.length && kids[kid] <= pos) {
          pos = kids[kid + 1];
          continue;
        }
        // Up to the next nested quote, only separators matter: find the next one at array speed.
        int limit = Math.min(pe, nextKid(kids, kid, pe));
        pos = Marks.nextSeparator(chars, pos, limit);
        if (pos >= limit) {
          continue;
        }
        char c = chars[pos];
        if (!isInciseSeparator(pos, c) || !parseInciseAt(pos + 1, limit)) {
          pos++;
          continue;
        }
        int sep = pos;
        int inciseEnd = inciseEnd(w.start(g.parsedEnd - 1), pe, kids);
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
          int cut = lastSentenceStartOutside(segStart, sep, kids);
          if (cut == segStart && sentenceAtSegStart) {
            // « Viens ici, dit-il. Et toi aussi, ajouta-t-il, viens. »: the second sentence is
            // the second quote even with nothing between the two incises, and the first incise
            // was in effect final: its comma is no quoted word (Viens ici, as for « Oui, dit-il. »).
            cut = skipSpaces(segStart, sep);
            if (keptCount > 0 && commaBeforeLastIncise >= 0) {
              kept[2 * keptCount - 1] = commaBeforeLastIncise;
            }
          }
          if (cut > segStart || cut == segStart && sentenceAtSegStart && keptCount > 0) {
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
          cur.verbStart = g.verbStart;
          cur.verbEnd = g.verbEnd;
          cur.speakerStart = g.subjectStart;
          cur.speakerEnd = g.subjectEnd;
        }
        char sc = chars[sep];
        boolean commaLike = sc == ',' || sc == ';' || Marks.isDashChar(sc);
        int headEnd = commaLike && isFinal ? sep : sep + 1;
        commaBeforeLastIncise = commaLike ? sep : -1;
        kept = add(kept, keptCount++, segStart, headEnd);
        if (isFinal) {
          truncated = true;
          pos = pe;
          break;
        }
        sentenceAtSegStart = Marks.isSentenceEnd(chars[inciseEnd]);
        pos = inciseEnd + 1;
        segStart = pos;
      }
      if (truncated) {
        if (pi + 2 >= parts.length || cur.type == Marks.DASH || cur.dialogue) {
          // The quote's words end before the incise; a closing mark after it stays in the span.
          if (!(cur.closed && cur.type != Marks.DASH && isClosingMark(chars[cur.end - 1]))) {
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
      if (Marks.isAlnum(chars[i])) {
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

  /** Replaces the parts of {@code r} by the {@code count} kept ones, trimmed ({@code kept} is a copy). */
  private void finishParts(Region r, int[] kept, int count) {
    r.clearParts();
    for (int i = 0; i < count; i++) {
      r.addPart(chars, kept[2 * i], kept[2 * i + 1]);
    }
  }

  private int trimEnd(int e) {
    while (e > 0 && Marks.isSpace(chars[e - 1])) {
      e--;
    }
    return e;
  }

  private int paragraphOf(int offset) {
    int i = Arrays.binarySearch(paraStart, offset);
    return i >= 0 ? i : Math.max(0, -i - 2);
  }

  /** Returns the start of the last sentence that begins in {@code (from, to)}, or {@code from}. */
  private static boolean isClosingMark(char c) {
    return c == '\u00BB' || c == '\u201D' || c == '\u201C' || c == '\u203A' || c == '\u2019' || c == '"';
  }

  /**
   * {@link #lastSentenceStart}, skipping the sentences that start inside a quote nested in this one
   * ({@code kids}, sorted and disjoint): a full stop inside « … » ends none of this quote's
   * sentences, and cutting there would split the nested quote between two quotes (found by
   * fuzzing: {@code “,t-elle“. E”,d-elle}). Each look back starts where the last one stopped, so
   * the work stays linear.
   */
  private int lastSentenceStartOutside(int from, int to, int[] kids) {
    int cut = lastSentenceStart(from, to);
    while (cut > from) {
      int k = kidBefore(kids, cut);
      if (k < 0 || cut >= kids[k + 1]) {
        return cut;
      }
      cut = lastSentenceStart(from, kids[k]);
    }
    return cut;
  }

  /**
   * Returns where an incise that ends its words at {@code from} ends: at the next punctuation, as
   * {@link Grammar#nextPunctuation} finds it, unless that lies inside a quote nested in this one
   * ({@code kids}); then just before that quote, whose words are this quote's again. Found by
   * fuzzing ({@code “,t-elle„i…“',t-elle}): the words after the incise started after the {@code …}
   * of {@code „i…“}, inside it, and the quote they made overlapped it.
   */
  private int inciseEnd(int from, int to, int[] kids) {
    int e = g.nextPunctuation(from, to);
    int k = e < to ? kidBefore(kids, e) : -1;
    // A nested quote's opening mark may itself end the incise (the words resume after it, as before).
    return k >= 0 && e < kids[k + 1] ? kids[k] - 1 : e;
  }

  /** Returns the index of the last kid that starts before {@code i}, or -1. */
  private static int kidBefore(int[] kids, int i) {
    int lo = 0;
    int hi = kids.length / 2 - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (kids[2 * mid] < i) {
        found = 2 * mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  private int lastSentenceStart(int from, int to) {
    for (int i = to - 1; i > from; i--) {
      char c = chars[i];
      if (Character.isUpperCase(c) || c == '\u2026') {
        int j = i - 1;
        while (j > from && Marks.isSpace(chars[j])) {
          j--;
        }
        if (j < i - 1 && Marks.isSentenceEnd(chars[j])) {
          return i;
        }
      }
    }
    return from;
  }

  /** Returns true if the character at {@code i} can be followed by an incise. */
  private boolean isInciseSeparator(int i, char c) {
    return c == ',' || c == '!' || c == '?' || c == '\u2026' || c == ';'
        || c == '.' && i > 0 && chars[i - 1] == '.'
        || Marks.isDashChar(c) && i > 0 && Marks.isSpace(chars[i - 1]);
  }

  /**
   * Returns true if an incise (an inverted reporting verb and its subject) starts after the
   * separator, before {@code limit}; leaves its verb, subject and end in the parse fields.
   */
  private boolean parseInciseAt(int from, int limit) {
    int q = skipSpaces(from, limit);
    return q < limit && Character.isLowerCase(chars[q]) && (!prechecks || mayStartIncise(q, limit))
        && parseWindowAt(q, limit);
  }

  /** Tokenizes the window that starts at {@code q} and parses an incise at its start. */
  boolean parseWindowAt(int q, int limit) {
    int end = g.nextPunctuation(q, Math.min(limit, q + AFTER));
    if (end < limit && chars[end] == ',' && end - q < 24) {
      // A verb alone before a comma may have its subject after an aside: "dit, fronçant les
      // sourcils, sa mère". Read two more clauses.
      int second = g.nextPunctuation(end + 1, Math.min(limit, end + 1 + AFTER));
      if (second < limit && chars[second] == ',') {
        end = g.nextPunctuation(second + 1, Math.min(limit, second + 1 + AFTER));
      }
    }
    w.load(q, end);
    return g.parseInverted(0, true);
  }

  /**
   * Returns false if no incise can start at {@code q}: a necessary condition for {@link
   * Grammar#parseInverted} read from the letters alone, so that most separators in quoted words cost
   * no tokenization. An incise opens with at most three clitics ({@code lui}, {@code s’}, {@code
   * n’}), then a finite reporting verb ({@code répondit}), a word with a hyphenated pronoun after it
   * ({@code hasarda-t-il}, {@code a-t-elle}), or an auxiliary before a reporting verb's participle,
   * with at most two adverbs between ({@code a simplement dit}). Since every form of the lexicon is
   * letters only, a word's letters decide it; where a hyphen or an apostrophe makes that unsure, it
   * says true and leaves the question to the parse.
   */
  boolean mayStartIncise(int q, int limit) {
    for (int clitics = 0; ; clitics++) {
      int e = lettersEnd(q, limit);
      if (e == q) {
        return false;
      }
      char c = e < limit ? chars[e] : ' ';
      if (c == '\'' || c == '\u2019') {
        if ((verbs.inciseOpener(chars, q, e + 1) & ReportingVerbs.OPENS_AS_CLITIC) != 0) {
          if (clitics == 3) {
            return false;
          }
          q = skipSpaces(e + 1, limit);
          continue;
        }
        if (e + 1 < limit && !isWordEnd(chars[e + 1])) {
          // qu’il is an elided word, which opens no incise; a word with an apostrophe inside
          // (lui’dit-il) is a verb only with a hyphenated pronoun after it.
          return hyphenEnds(e + 1, limit);
        }
      } else if (c != '.' && !isWordEnd(c)) {
        return true; // a hyphen (dit-il, lui-même) or a character the letters do not settle
      }
      // Before a period (inquiet., France., que...) the letters decide too: whatever token the period
      // ends up in, the parse needs a word that is a verb form, and every form is letters only.
      int role = verbs.inciseOpener(chars, q, e);
      if ((role & ReportingVerbs.OPENS_AS_VERB) != 0) {
        return true;
      }
      if ((role & ReportingVerbs.OPENS_AS_AUXILIARY) != 0 && participleFollows(e, limit)) {
        return true;
      }
      if ((role & ReportingVerbs.OPENS_AS_CLITIC) == 0 || clitics == 3) {
        return role == 0 && infinitiveAfterA(e, limit);
      }
      q = skipSpaces(e, limit);
    }
  }

  /**
   * Returns true if {@code à} and a reporting verb's infinitive follow the word that ends at {@code
   * from} ({@code tient à préciser}), or the letters do not settle it: the rest of {@link
   * #mayStartIncise} for a verb outside the lexicon.
   */
  private boolean infinitiveAfterA(int from, int limit) {
    int a = skipSpaces(from, limit);
    if (a == from || a >= limit || chars[a] != '\u00E0' || lettersEnd(a, limit) != a + 1) {
      return false;
    }
    int p = skipSpaces(a + 1, limit);
    int e = lettersEnd(p, limit);
    if (e == p) {
      return false;
    }
    if (e < limit && !isWordEnd(chars[e]) && chars[e] != '.') {
      return true;
    }
    return (verbs.kinds(chars, p, e) & ReportingVerbs.INFINITIVE) != 0;
  }

  /**
   * Returns false if no reporting verb's past participle follows the auxiliary that ends at {@code
   * from}, after at most two adverbs: the rest of {@link #mayStartIncise}.
   */
  private boolean participleFollows(int from, int limit) {
    int p = skipSpaces(from, limit);
    for (int adverbs = 0; ; adverbs++) {
      int e = lettersEnd(p, limit);
      if (e == p) {
        return false;
      }
      if (e < limit && !isWordEnd(chars[e])) {
        return true; // peut-être, aujourd'hui: a token the letters do not settle
      }
      int role = verbs.inciseOpener(chars, p, e);
      if ((role & ReportingVerbs.PARTICIPLE) != 0) {
        return true;
      }
      if ((role & ReportingVerbs.ADVERB) == 0 && !Grammar.isMentAdverb(text, p, e) || adverbs == 2) {
        return false;
      }
      p = skipSpaces(e, limit);
    }
  }

  /** Returns true if a hyphen comes after {@code q} before the next sure end of a token. */
  private boolean hyphenEnds(int q, int limit) {
    for (int e = q; e < limit && !isWordEnd(chars[e]); e++) {
      if (chars[e] == '-') {
        return true;
      }
    }
    return false;
  }

  /** Returns true if {@code c}, after letters, surely ends the token they start. */
  private static boolean isWordEnd(char c) {
    return Marks.isSpace(c) || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\u2026'
        || c == '\u00BB' || c == '\u00AB' || c == '"' || c == ')' || c == '\u201D';
  }

  private int lettersEnd(int q, int limit) {
    int e = q;
    while (e < limit && Character.isLetter(chars[e])) {
      e++;
    }
    return e;
  }

  private int skipSpaces(int q, int limit) {
    return Marks.skipSpaces(chars, q, limit);
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
    char c = chars[end];
    if (c == '(') {
      return true;
    }
    if (!(c == ',' || c == ';' || Marks.isDashChar(c))) {
      return false;
    }
    int next = end + 1;
    w.load(next, Math.min(g.nextPunctuation(next, Math.min(limit, next + AFTER)), next + 80));
    return w.at(0) && g.continuesNarration();
  }

  /**
   * Returns where narration that starts at {@code from} gives way to quoted words again: the start of
   * the first clause that speaks (first or second person, an imperative, {@code !} or {@code ?}),
   * or {@code limit} if none does ({@code , qui craignait de déplaire à Pauline, laissez-moi…}).
   */
  private int narrationEnd(int from, int limit, int[] kids) {
    int seg = from;
    // Where the current sentence starts: speech that resumes in a later sentence of the narration
    // resumes at that sentence's start (, et se leva. Reste ici, toi !), not at its first clause
    // with a person in it.
    int sentence = from;
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
      int stop = g.nextPunctuation(seg, limit);
      if (stop == seg) {
        seg++;
        continue;
      }
      w.load(seg, Math.min(stop, seg + AFTER));
      boolean speaks = g.hasFirstOrSecondPerson() || g.hasImperative()
          || stop < limit && (chars[stop] == '!' || chars[stop] == '?');
      if (speaks && seg > from) {
        return sentence > from ? sentence : seg;
      }
      if (stop < limit && Marks.isSentenceEnd(chars[stop])) {
        sentence = skipSpaces(stop + 1, limit);
      }
      seg = stop + 1;
    }
    return limit;
  }
}
