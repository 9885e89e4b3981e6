package io.github.propre.quote;

import java.util.ArrayList;
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
  private final int[] paraStart;
  private final int[] paraEnd;
  private final boolean dashTurnsInGuillemets;
  private final List<Region> found = new ArrayList<>();
  private Region[] stack = new Region[16];
  private int depth;
  private final int[] openCount = new int[Marks.TYPES];
  private int paragraph;
  /** Offset of the last letter or digit seen. */
  private int lastAlnum = -1;
  /** Offset of the last character that is not a space. */
  private int lastSolid = -1;
  /** Start of a paragraph-initial dash that a guillemet follows (the turn and the quote are one). */
  private int pendingDash = -1;

  MarkScanner(String text, int[] paraStart, int[] paraEnd, boolean dashTurnsInGuillemets) {
    this.text = text;
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
      closeDownTo(0, end);
    }
    return found;
  }

  private int skipSpaces(int i, int end) {
    while (i < end && Marks.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private int trimmedEnd(int p) {
    int s = paraStart[p];
    int e = paraEnd[p];
    while (e > s && Marks.isSpace(text.charAt(e - 1))) {
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
    if (stack[0].type == Marks.DASH) {
      closeDownTo(0, prevEnd);
      return pos;
    }
    int i = pos;
    int continued = 0;
    while (continued < depth && i < pe && Marks.continues(stack[continued].type, text.charAt(i))) {
      continued++;
      i = skipSpaces(i + 1, pe);
    }
    if (continued > 0) {
      closeDownTo(continued, prevEnd);
      for (int k = 0; k < continued; k++) {
        Region r = stack[k];
        r.addPart(text, r.partStart, prevEnd);
        r.partStart = i;
        r.lastParagraph = paragraph;
      }
      return i;
    }
    if (stack[0].type == Marks.GUILLEMET && pos < pe && turnDash(pos, pe) > 0) {
      closeDownTo(1, prevEnd);
      int dash = turnDash(pos, pe);
      newTurn(stack[0], prevEnd, pos, pos + dash);
      return pos + dash;
    }
    closeDownTo(0, prevEnd);
    return pos;
  }

  /** Returns the length of a dialogue dash at {@code i} followed by a space, a letter or a mark; else 0. */
  private int turnDash(int i, int pe) {
    int len = Marks.dashLength(text, i, pe);
    if (len == 0) {
      return 0;
    }
    int j = i + len;
    if (j >= pe) {
      return len;
    }
    char c = text.charAt(j);
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
    if (after < pe && text.charAt(after) == LAQUO) {
      // "— « Oui », dit-il": one quote, opened by both.
      pendingDash = pos;
      return after;
    }
    Region r = push(Marks.DASH, pos, pos + dash);
    r.dialogue = true;
    return pos + dash;
  }

  private void scanRange(int from, int to) {
    String s = text;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Marks.isAlnum(c)) {
        lastAlnum = i;
        lastSolid = i;
        continue;
      }
      switch (c) {
        case LAQUO -> open(Marks.GUILLEMET, i);
        case RAQUO -> close(1 << Marks.GUILLEMET, i);
        case '\u201C' -> { // “ opens, or closes a „
          if (depth > 0 && stack[depth - 1].type == Marks.LOW) {
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
              && !(i + 1 < to && Marks.isAlnum(s.charAt(i + 1)))) {
            close(1 << Marks.SINGLE_CURLY, i);
          }
        }
        case '"' -> straight(i, to);
        case '\u2014', '\u2013', '\u2015' -> dashInside(i, 1, to);
        case '-' -> {
          int len = Marks.dashLength(s, i, to);
          if (len > 0) {
            dashInside(i, len, to);
            i += len - 1;
          }
        }
        default -> { }
      }
      if (!Marks.isSpace(c)) {
        lastSolid = i;
      }
    }
  }

  private boolean betweenLetters(int i, int to) {
    return i > 0 && Marks.isLetter(text.charAt(i - 1)) && i + 1 < to
        && Marks.isLetter(text.charAt(i + 1));
  }

  /** Returns true if the mark at {@code i} has a space (or the paragraph start) before and none after. */
  private boolean opensHere(int i, int to) {
    boolean spaceBefore = i == paraStart[paragraph] || Marks.isSpace(text.charAt(i - 1))
        || isOpeningPunct(text.charAt(i - 1));
    boolean spaceAfter = i + 1 >= to || Marks.isSpace(text.charAt(i + 1));
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
    boolean spaceBefore = i == paraStart[paragraph] || Marks.isSpace(text.charAt(i - 1))
        || isOpeningPunct(text.charAt(i - 1));
    boolean spaceAfter = i + 1 >= to || Marks.isSpace(text.charAt(i + 1))
        || isClosingPunct(text.charAt(i + 1));
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
    Region top = stack[depth - 1];
    if (top.type != Marks.GUILLEMET) {
      return;
    }
    int after = i + len;
    if (after < to) {
      char n = text.charAt(after);
      if (!(Marks.isSpace(n) || Marks.isAlnum(n) || n == LAQUO)) {
        return;
      }
    }
    if (lastSolid < top.partStart) {
      // "« — Oui, dit-il" : the dash only says that this is a turn.
      top.dialogue = true;
      top.partStart = after;
      return;
    }
    if (!Marks.isSentenceEnd(text.charAt(lastSolid))) {
      return;
    }
    newTurn(top, i, i, after);
  }

  /**
   * Ends {@code r} (the innermost open quote, a pair of guillemets) as a dialogue turn whose words
   * end at {@code contentEnd}, and puts in its place a turn that starts at the dash {@code [dash,
   * afterDash)} and that the guillemets' closing mark will close.
   */
  private void newTurn(Region r, int contentEnd, int dash, int afterDash) {
    r.addPart(text, r.partStart, contentEnd);
    r.end = r.lastPartEnd(contentEnd);
    r.closed = true;
    r.dialogue = true;
    r.hasWord = lastAlnum > r.start && lastAlnum < dash;
    if (r.hasWord) {
      found.add(r);
    }
    Region next = new Region(r.type, dash, paragraph);
    next.dialogue = true;
    next.partStart = afterDash;
    stack[depth - 1] = next;
  }

  private Region push(int type, int start, int contentStart) {
    Region r = new Region(type, start, paragraph);
    r.partStart = contentStart;
    if (depth == stack.length) {
      stack = java.util.Arrays.copyOf(stack, depth * 2);
    }
    stack[depth++] = r;
    openCount[type]++;
    return r;
  }

  private void open(int type, int i) {
    Region r = push(type, i, i + 1);
    if (pendingDash >= 0) {
      r.start = pendingDash;
      r.dialogue = true;
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
    while ((typeMask & 1 << stack[k].type) == 0) {
      k--;
    }
    closeDownTo(k + 1, i);
    Region r = stack[k];
    r.addPart(text, r.partStart, i);
    r.end = i + 1;
    r.closed = true;
    pop(r, i);
    return true;
  }

  /** Ends every open quote at stack index {@code >= k}, innermost first, with words ending at {@code end}. */
  private void closeDownTo(int k, int end) {
    while (depth > k) {
      Region r = stack[depth - 1];
      r.addPart(text, r.partStart, end);
      r.end = Math.max(r.lastPartEnd(end), r.start + 1);
      // A dash turn ends with its paragraph: that is its closing.
      r.closed = r.type == Marks.DASH;
      pop(r, end);
    }
  }

  private void pop(Region r, int end) {
    depth--;
    stack[depth] = null;
    openCount[r.type]--;
    r.hasWord = lastAlnum > r.start && lastAlnum < end;
    if (r.hasWord) {
      found.add(r);
    }
  }
}
