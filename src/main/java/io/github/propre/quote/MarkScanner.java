package io.github.propre.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds quotes in one left-to-right pass with a stack of open marks: pairs the marks, nests them,
 * continues quotes across paragraphs, opens dialogue turns, and ends unclosed quotes with their
 * paragraph.
 *
 * <p>Every character is looked at once; closing a quote that was opened earlier costs O(1) amortized
 * (each region is pushed and popped once, and a per-type count of open marks tells whether a closer
 * has anything to close without searching the stack). One instance per call; not thread-safe.
 */
final class MarkScanner {
  private static final char LAQUO = '\u00AB';
  private static final char RAQUO = '\u00BB';

  private final String text;
  /** The text's characters: array access keeps the inner loop as fast as a plain scan. */
  private final char[] chars;
  private final int[] paraStart;
  private final int[] paraEnd;
  private final boolean dashTurnsInGuillemets;
  private final List<Region> found = new ArrayList<>();
  // The stack of open quotes, as parallel arrays: 10 MB of « is 10 million open quotes, and an
  // object for each would cost ten times the memory. Ten bytes a level: what can be found again
  // when a quote ends (its first paragraph, whether it has words) is not kept. A Region is made
  // when a quote with words ends.
  private byte[] sType = new byte[16];
  private int[] sStart = new int[16];
  private int[] sPartStart = new int[16];
  private boolean[] sDialogue = new boolean[16];
  /** Parts finished in earlier paragraphs, for the (few) levels a continuation mark carried on. */
  private Region[] carried = new Region[4];
  private int depth;
  private final int[] openCount = new int[Marks.TYPES];
  private int paragraph;
  /** Offset of the last letter or digit seen. */
  private int lastAlnum = -1;
  /** Start of a paragraph-initial dash that a guillemet follows (the turn and the quote are one). */
  private int pendingDash = -1;

  /** @param chars the characters of {@code text} */
  MarkScanner(String text, char[] chars, int[] paraStart, int[] paraEnd, boolean dashTurnsInGuillemets) {
    this.text = text;
    this.chars = chars;
    this.paraStart = paraStart;
    this.paraEnd = paraEnd;
    this.dashTurnsInGuillemets = dashTurnsInGuillemets;
  }

  /** Returns every quote that holds at least one letter or digit, in the order they ended. */
  List<Region> scan() {
    for (paragraph = 0; paragraph < paraStart.length; paragraph++) {
      int pe = paraEnd[paragraph];
      int pos = skipSpaces(paraStart[paragraph], pe);
      if (depth > 0) {
        pos = startParagraphWithOpenQuotes(pos, pe);
      }
      if (depth == 0) {
        pos = openDashTurn(pos, pe);
      }
      scanRange(pos, pe);
    }
    if (depth > 0) {
      int end = trimmedEnd(paragraph - 1);
      closeDownTo(0, end, paragraph - 1);
    }
    return found;
  }

  private int skipSpaces(int i, int end) {
    return Marks.skipSpaces(chars, i, end);
  }

  private int trimmedEnd(int p) {
    int s = paraStart[p];
    int e = paraEnd[p];
    while (e > s && Marks.isSpace(chars[e - 1])) {
      e--;
    }
    return e;
  }

  /**
   * Decides, at the first non-space character of a paragraph, what happens to the quotes the previous
   * paragraph left open: continued (the paragraph opens with a continuation mark), turned into a new
   * dialogue turn (the paragraph opens with a dash inside guillemets), or ended.
   */
  private int startParagraphWithOpenQuotes(int pos, int pe) {
    int prevEnd = trimmedEnd(paragraph - 1);
    if (sType[0] == Marks.DASH) {
      closeDownTo(0, prevEnd, paragraph - 1);
      return pos;
    }
    int i = pos;
    int continued = 0;
    while (continued < depth && i < pe && Marks.continues(sType[continued], chars[i])) {
      continued++;
      i = skipSpaces(i + 1, pe);
    }
    if (continued > 0) {
      closeDownTo(continued, prevEnd, paragraph - 1);
      for (int k = 0; k < continued; k++) {
        carriedRegion(k).addPart(chars, sPartStart[k], prevEnd);
        sPartStart[k] = i;
      }
      return i;
    }
    if (sType[0] == Marks.GUILLEMET && pos < pe && turnDash(pos, pe) > 0) {
      closeDownTo(1, prevEnd, paragraph - 1);
      int dash = turnDash(pos, pe);
      newTurn(prevEnd, pos, pos + dash, paragraph - 1);
      return pos + dash;
    }
    closeDownTo(0, prevEnd, paragraph - 1);
    return pos;
  }

  /** Returns the region that keeps the finished parts of stack level {@code k}, making it if needed. */
  private Region carriedRegion(int k) {
    if (k >= carried.length) {
      carried = Arrays.copyOf(carried, Math.max(k + 1, carried.length * 2));
    }
    Region r = carried[k];
    if (r == null) {
      r = carried[k] = new Region(sType[k], sStart[k], paragraphOf(sStart[k]));
    }
    r.lastParagraph = paragraph;
    return r;
  }

  /** Returns the length of a dialogue dash at {@code i} followed by a space, a letter or a mark; else 0. */
  private int turnDash(int i, int pe) {
    int len = Marks.dashLength(chars, i, pe);
    if (len == 0) {
      return 0;
    }
    int j = i + len;
    if (j >= pe) {
      return len;
    }
    char c = chars[j];
    return Marks.isSpace(c) || Marks.isAlnum(c) || c == LAQUO || c == '\u201C' || c == '"'
        || c == '\u2026' || c == '.' ? len : 0;
  }

  /** Opens a dialogue turn if the paragraph starts with a dash; returns where scanning resumes. */
  private int openDashTurn(int pos, int pe) {
    if (pos >= pe) {
      return pos;
    }
    int dash = turnDash(pos, pe);
    if (dash == 0) {
      return pos;
    }
    int after = skipSpaces(pos + dash, pe);
    if (after < pe && chars[after] == LAQUO) {
      // "— « Oui », dit-il": one quote, opened by both.
      pendingDash = pos;
      return after;
    }
    push(Marks.DASH, pos, pos + dash);
    sDialogue[depth - 1] = true;
    return pos + dash;
  }

  /**
   * Scans {@code [from, to)}. The inner loop only looks each character up in {@link Marks#CLASS},
   * eight at a time (no bookkeeping), so that it runs about as fast as a plain scan; what lies
   * between two marks is looked at again only backwards from the second one, up to its last letter
   * or digit.
   */
  private void scanRange(int from, int to) {
    final char[] a = chars;
    int seen = from;
    int i = from;
    while (true) {
      // A ’ is an apostrophe unless a ‘ is open: only then must the scan stop at it.
      int stops = openCount[Marks.SINGLE_CURLY] == 0 ? Marks.MARK_BITS : Marks.MARK_BITS | Marks.APOSTROPHE;
      i = nextCandidate(a, i, to, stops);
      if (i >= to) {
        break;
      }
      char c = a[i];
      // The most frequent candidate is no mark: a hyphen inside a word.
      if (c == '-' && (i + 1 >= to || a[i + 1] != '-')) {
        i++;
        continue;
      }
      seen = noteLetters(seen, i);
      i = mark(c, i, to) + 1;
      seen = Math.max(seen, i);
    }
    noteLetters(seen, to);
  }

  /**
   * Returns the index of the first character of {@code a[i, to)} whose {@link Marks#CLASS} has a
   * bit of {@code stops}, or {@code to}. Marks are rare (one character in hundreds): eight classes
   * are or-ed and tested at once, and only a block that holds a candidate is read again one by one.
   */
  private static int nextCandidate(char[] a, int i, int to, int stops) {
    final byte[] cls = Marks.CLASS;
    for (; i <= to - 8; i += 8) {
      if (((cls[a[i]] | cls[a[i + 1]] | cls[a[i + 2]] | cls[a[i + 3]] | cls[a[i + 4]]
          | cls[a[i + 5]] | cls[a[i + 6]] | cls[a[i + 7]]) & stops) != 0) {
        break;
      }
    }
    while (i < to && (cls[a[i]] & stops) == 0) {
      i++;
    }
    return i;
  }

  /**
   * Records in {@link #lastAlnum} the last letter or digit of {@code [from, to)}, read backwards from
   * {@code to} (it is usually right there); returns {@code to}.
   */
  private int noteLetters(int from, int to) {
    int j = lastAlnumBefore(from - 1, to);
    if (j >= 0) {
      lastAlnum = j;
    }
    return to;
  }

  /** Handles the mark {@code c} at {@code i}; returns the index of its last character. */
  private int mark(char c, int i, int to) {
    switch (c) {
      case LAQUO -> open(Marks.GUILLEMET, i);
      case RAQUO -> close(1 << Marks.GUILLEMET, i);
      case '\u201C' -> { // “ opens, or closes a „
        if (depth > 0 && sType[depth - 1] == Marks.LOW) {
          close(1 << Marks.LOW, i);
        } else {
          open(Marks.CURLY, i);
        }
      }
      case '\u201D' -> { // ” closes “ or „; a lone ” that looks like an opener opens
        if (!close(1 << Marks.CURLY | 1 << Marks.LOW, i) && opensHere(i, to)) {
          open(Marks.CURLY, i);
        }
      }
      case '\u201E' -> open(Marks.LOW, i);
      case '\u2039' -> open(Marks.SINGLE_GUILLEMET, i);
      case '\u203A' -> close(1 << Marks.SINGLE_GUILLEMET, i);
      case '\u2018' -> {
        if (!betweenLetters(i, to)) {
          open(Marks.SINGLE_CURLY, i);
        }
      }
      case '\u2019' -> {
        if (openCount[Marks.SINGLE_CURLY] > 0 && !betweenLetters(i, to)
            && !(i + 1 < to && Marks.isAlnum(chars[i + 1])) && !afterElision(i)) {
          close(1 << Marks.SINGLE_CURLY, i);
        }
      }
      case '"' -> straight(i, to);
      case '\u2014', '\u2013', '\u2015' -> dashInside(i, 1, to);
      case '-' -> {
        int len = Marks.dashLength(chars, i, to);
        if (len > 0) {
          dashInside(i, len, to);
          return i + len - 1;
        }
      }
      default -> { }
    }
    return i;
  }

  /** Returns the offset of the last character before {@code i} that is not a space, or -1. */
  private int previousSolid(int i, int floor) {
    int j = i - 1;
    while (j >= floor && Marks.isSpace(chars[j])) {
      j--;
    }
    return j;
  }

  private boolean betweenLetters(int i, int to) {
    return i > 0 && Marks.isLetter(chars[i - 1]) && i + 1 < to
        && Marks.isLetter(chars[i + 1]);
  }

  /** Returns true if {@code ’} at {@code i} ends an elided word: l’, d’, qu’, jusqu’ (d’« huile »). */
  private boolean afterElision(int i) {
    int j = i;
    while (j > 0 && i - j < 8 && Marks.isLetter(chars[j - 1])) {
      j--;
    }
    if (j > 0 && Marks.isLetter(chars[j - 1])) {
      return false;
    }
    return Elision.isElidedWord(text, j, i);
  }

  /** Returns true if the mark at {@code i} has a space (or the paragraph start) before and none after. */
  private boolean opensHere(int i, int to) {
    boolean spaceBefore = i == paraStart[paragraph] || Marks.isSpace(chars[i - 1])
        || isOpeningPunct(chars[i - 1]);
    boolean spaceAfter = i + 1 >= to || Marks.isSpace(chars[i + 1]);
    return spaceBefore && !spaceAfter;
  }

  private static boolean isOpeningPunct(char c) {
    return c == '(' || c == '[' || c == '{' || c == LAQUO || c == '\u201C' || c == '\u2018'
        || Marks.isDashChar(c) || c == '-' || c == '/';
  }

  private static boolean isClosingPunct(char c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')'
        || c == ']' || c == '}' || c == '\u2026' || c == RAQUO || c == '\u201D' || c == '\u2019';
  }

  /** A straight {@code "}: closes an open one unless it clearly opens, else opens unless it clearly closes. */
  private void straight(int i, int to) {
    boolean spaceBefore = i == paraStart[paragraph] || Marks.isSpace(chars[i - 1])
        || isOpeningPunct(chars[i - 1]);
    boolean spaceAfter = i + 1 >= to || Marks.isSpace(chars[i + 1])
        || isClosingPunct(chars[i + 1]);
    boolean clearlyOpens = spaceBefore && !spaceAfter;
    boolean clearlyCloses = !spaceBefore && spaceAfter;
    if (openCount[Marks.STRAIGHT] > 0 && !clearlyOpens) {
      close(1 << Marks.STRAIGHT, i);
    } else if (!clearlyCloses) {
      open(Marks.STRAIGHT, i);
    }
  }

  /**
   * A dash inside the innermost pair of guillemets, at its start or after the end of a sentence,
   * starts a new dialogue turn: the words before it are the previous turn.
   */
  private void dashInside(int i, int len, int to) {
    if (!dashTurnsInGuillemets || depth == 0) {
      return;
    }
    int top = depth - 1;
    if (sType[top] != Marks.GUILLEMET) {
      return;
    }
    int after = i + len;
    if (after < to) {
      char n = chars[after];
      if (!(Marks.isSpace(n) || Marks.isAlnum(n) || n == LAQUO)) {
        return;
      }
    }
    int lastSolid = previousSolid(i, sPartStart[top]);
    if (lastSolid < sPartStart[top]) {
      // "« — Oui, dit-il" : the dash only says that this is a turn.
      sDialogue[top] = true;
      sPartStart[top] = after;
      return;
    }
    if (!Marks.isSentenceEnd(chars[lastSolid])) {
      return;
    }
    // A new turn starts a new utterance, with a capital: "pan ! --il tombe" is no turn.
    int first = skipSpaces(after, to);
    if (first >= to || !(Character.isUpperCase(chars[first]) || chars[first] == LAQUO)) {
      return;
    }
    if (closesAside(first, to)) {
      return;
    }
    newTurn(i, i, after, paragraph);
  }

  /**
   * Returns true if another dash comes before the end of the sentence that starts at {@code from}: the
   * dash was the first of a pair around an aside ({@code --Brrrou--le râle s'envole}), not a turn.
   * The look stops at the first end of sentence, dash or closing guillemet, so every character is
   * looked at by one dash only.
   */
  private boolean closesAside(int from, int to) {
    for (int j = from; j < to; j++) {
      char c = chars[j];
      if (Marks.isSentenceEnd(c) || c == RAQUO) {
        return false;
      }
      if (Marks.isDashChar(c) || c == '-' && j + 1 < to && chars[j + 1] == '-') {
        return true;
      }
    }
    return false;
  }

  /**
   * Ends the innermost open quote (a pair of guillemets) as a dialogue turn whose words end at
   * {@code contentEnd}, and puts in its place a turn that starts at the dash {@code [dash,
   * afterDash)} and that the guillemets' closing mark will close.
   */
  private void newTurn(int contentEnd, int dash, int afterDash, int lastParagraph) {
    int top = depth - 1;
    sDialogue[top] = true;
    Region r = finish(top, contentEnd, -1, true, dash, lastAlnum, lastParagraph);
    if (r != null) {
      r.end = r.lastPartEnd(contentEnd);
    }
    sStart[top] = dash;
    sPartStart[top] = afterDash;
    if (top < carried.length) {
      carried[top] = null;
    }
  }

  private void push(int type, int start, int contentStart) {
    if (depth == sType.length) {
      int n = depth * 2;
      sType = Arrays.copyOf(sType, n);
      sStart = Arrays.copyOf(sStart, n);
      sPartStart = Arrays.copyOf(sPartStart, n);
      sDialogue = Arrays.copyOf(sDialogue, n);
    }
    sType[depth] = (byte) type;
    sStart[depth] = start;
    sPartStart[depth] = contentStart;
    sDialogue[depth] = false;
    if (depth < carried.length) {
      carried[depth] = null;
    }
    depth++;
    openCount[type]++;
  }

  private void open(int type, int i) {
    push(type, i, i + 1);
    if (pendingDash >= 0) {
      sStart[depth - 1] = pendingDash;
      sDialogue[depth - 1] = true;
      pendingDash = -1;
    }
  }

  /**
   * Closes the innermost open quote whose type is in {@code typeMask} with the mark at {@code i};
   * quotes opened inside it and still open end there, unclosed. Returns false if none is open.
   */
  private boolean close(int typeMask, int i) {
    boolean any = false;
    for (int t = 0; t < Marks.TYPES; t++) {
      if ((typeMask & 1 << t) != 0 && openCount[t] > 0) {
        any = true;
        break;
      }
    }
    if (!any) {
      return false;
    }
    int k = depth - 1;
    while ((typeMask & 1 << sType[k]) == 0) {
      k--;
    }
    closeDownTo(k + 1, i, paragraph);
    finish(k, i, i + 1, true, i, lastAlnum, paragraph);
    pop();
    return true;
  }

  /**
   * Ends every open quote at stack index {@code >= k}, innermost first. The innermost one's words end
   * at {@code end}. An unclosed quote that holds another unclosed quote of the same marks, opened in
   * its current part, ends where that one opens: the two are read one after the other ({@code « Il
   * vient. « Elle part.}), not one inside the other. Neither was closed, so either reading is a
   * guess; this one keeps a run of stray opening marks in a long paragraph from nesting every quote
   * that follows in all the ones before it, which made the quotes' texts add up to the square of the
   * paragraph. Quotes of different marks stay nested ({@code « Il dit : “ Viens.}), the usual French
   * nesting whose closing marks the paragraph's end cut off. A dialogue turn is closed by its
   * paragraph's end and keeps everything up to it.
   */
  private void closeDownTo(int k, int end, int lastParagraph) {
    int innerStart = -1; // the opening of the unclosed quote just ended inside the current one
    int innerType = -1;
    while (depth > k) {
      int top = depth - 1;
      boolean turn = sType[top] == Marks.DASH;
      if (!turn && innerType == sType[top] && innerStart >= sPartStart[top]) {
        // Each level's look back stops at its own opening, which the next level out does not
        // pass: every character is looked at once in all.
        finish(top, innerStart, -1, false, innerStart, lastAlnumBefore(sStart[top], innerStart),
            lastParagraph);
      } else {
        // A dash turn ends with its paragraph: that is its closing.
        finish(top, end, -1, turn, end, lastAlnum, lastParagraph);
      }
      innerStart = sStart[top];
      innerType = sType[top];
      pop();
    }
  }

  /**
   * Makes the region of stack level {@code k} with its last part ending at {@code contentEnd}, and
   * records it if it holds a word before {@code limit}. Returns it, or null if it holds no word.
   *
   * @param spanEnd the offset after the closing mark, or -1 to end the span with the last word
   * @param lastWord the offset of the last letter or digit before {@code limit}
   */
  private Region finish(int k, int contentEnd, int spanEnd, boolean closed, int limit, int lastWord,
      int lastParagraph) {
    int start = sStart[k];
    if (!(lastWord > start && lastWord < limit)) {
      return null;
    }
    Region r = k < carried.length && carried[k] != null ? carried[k]
        : new Region(sType[k], start, paragraphOf(start));
    if (k < carried.length) {
      carried[k] = null;
    }
    r.start = start;
    r.lastParagraph = lastParagraph;
    r.addPart(chars, sPartStart[k], contentEnd);
    r.end = spanEnd >= 0 ? spanEnd : Math.max(r.lastPartEnd(contentEnd), start + 1);
    r.closed = closed;
    r.dialogue = sDialogue[k];
    r.hasWord = true;
    found.add(r);
    return r;
  }

  /** Returns the offset of the last letter or digit in {@code (from, to)}, or -1. */
  private int lastAlnumBefore(int from, int to) {
    for (int j = to - 1; j > from; j--) {
      if (Marks.CLASS[chars[j]] == Marks.ALNUM) {
        return j;
      }
    }
    return -1;
  }

  /** Returns the paragraph that holds offset {@code i}: the last one that starts at or before it. */
  private int paragraphOf(int i) {
    int lo = 0;
    int hi = Math.min(paragraph, paraStart.length - 1); // a quote opens in this paragraph or before
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (paraStart[mid] <= i) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private void pop() {
    depth--;
    openCount[sType[depth]]--;
  }
}
