package io.github.propre.clean;

import io.github.propre.internal.TextRewriter;
import io.github.propre.text.MappedText;
import java.util.Arrays;

/**
 * Converts quote marks to guillemets, straight or English quotes (see {@link Quotes}).
 *
 * <p>Each line is handled on its own, in two passes over its quote marks: the first pairs them with
 * a stack (an opener waits for the closer of its kind; a straight {@code "} opens after a space or
 * an opening bracket and closes before a space or punctuation), the second rewrites them in order.
 * Pairs never cross: closing a pair drops the openers left unclosed inside it. The search for an
 * opener looks at most {@value #MAX_SEARCH} entries down the stack, so hostile input ({@code “}
 * repeated, then {@code »} repeated) stays linear. A pair is converted whole or left whole, so that
 * cleaning the output again pairs the same marks: a pair whose opener or closer would read as
 * mojibake once converted, a pair around a stray closing mark of the style's own kind (which would
 * close the converted opener), and a pair around an unclosed opening mark that the style's closer
 * closes (which would take the converted closer), are left as they are.
 *
 * <p>Padding spaces inside the marks (any Unicode space, not tabs) are replaced by the chosen space
 * for guillemets and removed for the other styles, unless the marks hold nothing but spaces.
 */
final class QuoteStep implements Step {
  static final int MAX_SEARCH = 16;
  /** Plans of one line's edits at most (see {@link Line#process}). */
  static final int MAX_PLANS = 4;

  // Mark kinds.
  private static final int STRAIGHT = 0; // "
  private static final int CURLY_OPEN = 1; // “
  private static final int LOW_OPEN = 2; // „
  private static final int CURLY_CLOSE = 3; // ”
  private static final int ASCII_OPEN = 4; // <<
  private static final int ASCII_CLOSE = 5; // >>
  private static final int GUILLEMET_OPEN = 6; // «
  private static final int GUILLEMET_CLOSE = 7; // »
  /** In {@code partner}: a mark of a pair left as it is (see {@link Line#emit} and {@link Line#pair}). */
  private static final int LEFT_AS_IS = -2;

  private final Quotes style;
  private final String space;

  QuoteStep(Quotes style, QuoteSpace space) {
    if (style == Quotes.KEEP) {
      throw new IllegalArgumentException("quotes: KEEP needs no step");
    }
    this.style = style;
    this.space = space.text();
  }

  @Override
  public int triggers() {
    return Triggers.QUOTE_MARK;
  }

  /** The scan also says whether lines end with anything but {@code \n}. */
  @Override
  public int scanned() {
    return Triggers.QUOTE_MARK | Triggers.LINE_BREAK;
  }

  @Override
  public MappedText apply(String text, Scan scan, Tally tally) {
    Line line = null;
    int n = text.length();
    boolean onlyNewlines = !scan.has(Triggers.LINE_BREAK); // then indexOf finds line ends
    int done = 0; // start of the first line not yet looked at
    // Each mark found leads to its line, handled whole; the search goes on after that line. A
    // line without marks is left alone (handling it would change nothing).
    for (int i = scan.next(0, Triggers.QUOTE_MARK); i >= 0;
        i = done <= n ? scan.next(done, Triggers.QUOTE_MARK) : -1) {
      int lineStart;
      int lineEnd;
      if (onlyNewlines) {
        lineStart = Math.max(done, text.lastIndexOf('\n', i - 1) + 1);
        lineEnd = text.indexOf('\n', i);
        lineEnd = lineEnd < 0 ? n : lineEnd;
      } else {
        lineStart = i;
        while (lineStart > done && !Chars.isLineBreak(text.charAt(lineStart - 1))) {
          lineStart--;
        }
        lineEnd = i;
        while (lineEnd < n && !Chars.isLineBreak(text.charAt(lineEnd))) {
          lineEnd++;
        }
      }
      if (line == null) {
        line = new Line(text);
      }
      line.process(lineStart, lineEnd, scan, this, tally);
      done = lineEnd + 1;
    }
    return line == null || line.rw == null ? null : line.rw.finish();
  }

  static boolean isMarkChar(char c) {
    return c == '"' || c == '“' || c == '„' || c == '”' || c == '<' || c == '>' || c == '«'
        || c == '»';
  }

  /** The marks of one line and the rewriter they write to; reused from line to line. */
  private static final class Line {
    final String text;
    TextRewriter rw;
    OutputTail tail;
    int[] pos = new int[16];
    int[] kind = new int[16];
    int[] partner = new int[16];
    int[] depth = new int[16];
    int[] stack = new int[16];
    int count;
    // Openers below this stack index stay as they are if they are paired: a closer of the style's
    // own kind found no opener while they waited (see pair).
    int pinnedBelow;
    int lastEnd; // end of the last edit, which the next one must not cross
    // The line's edits, planned before any is made: a pair whose closer turns out not to convert
    // (Ã then ” would read as Ô) must not keep its converted opener, so the plan is made again
    // with the pair left as it is.
    int[] editFrom = new int[16];
    int[] editTo = new int[16];
    String[] editWith = new String[16];
    int edits;
    /** Follows the planned edits; put back in {@link #tail}'s state before each plan. */
    OutputTail plan;
    /** For each opener, whether the plan changes it (false if already so or left). */
    boolean[] changed = new boolean[16];
    boolean halfConverted;

    Line(String text) {
      this.text = text;
    }

    void process(int start, int end, Scan scan, QuoteStep step, Tally tally) {
      collect(start, end, scan);
      pair(start, end, step.style);
      int lastEndBefore = lastEnd;
      if (tail == null) {
        tail = new OutputTail(text, tally);
        plan = new OutputTail(text, tally);
      }
      for (int round = 0; ; round++) {
        tail.copyTo(plan);
        lastEnd = lastEndBefore;
        edits = 0;
        halfConverted = false;
        emit(start, end, step);
        if (!halfConverted) {
          break;
        }
        // Each round leaves at least one more pair as it is; past a few (hostile lines only), all
        // of them, which no closer can break, so the work stays linear.
        if (round == MAX_PLANS - 2) {
          for (int m = 0; m < count; m++) {
            if (partner[m] >= 0) {
              partner[m] = LEFT_AS_IS;
            }
          }
        }
      }
      apply(tally);
    }

    /** Makes the planned edits. */
    private void apply(Tally tally) {
      if (edits == 0) {
        return;
      }
      if (rw == null) {
        rw = new TextRewriter(text);
      }
      for (int e = 0; e < edits; e++) {
        rw.replace(editFrom[e], editTo[e], editWith[e]);
        tail.edited(editFrom[e], editTo[e], editWith[e]);
        tally.add(Change.QUOTE_MARKS_CHANGED);
      }
    }

    private void collect(int start, int end, Scan scan) {
      count = 0;
      for (int i = scan.next(start, Triggers.QUOTE_MARK); i >= 0 && i < end;
          i = scan.next(i + 1, Triggers.QUOTE_MARK)) {
        char c = text.charAt(i);
        int k;
        switch (c) {
          case '"' -> k = STRAIGHT;
          case '“' -> k = CURLY_OPEN;
          case '„' -> k = LOW_OPEN;
          case '”' -> k = CURLY_CLOSE;
          case '«' -> k = GUILLEMET_OPEN;
          case '»' -> k = GUILLEMET_CLOSE;
          case '<' -> k = i + 1 < end && text.charAt(i + 1) == '<' ? ASCII_OPEN : -1;
          case '>' -> k = i + 1 < end && text.charAt(i + 1) == '>' ? ASCII_CLOSE : -1;
          default -> k = -1;
        }
        if (k < 0) {
          continue;
        }
        if ((k == ASCII_OPEN || k == ASCII_CLOSE)
            && i + 2 < end && text.charAt(i + 2) == c) {
          // "<<<" or ">>>" is not a quote mark; skip the whole run.
          while (i + 1 < end && text.charAt(i + 1) == c) {
            i++;
          }
          continue;
        }
        if (count == pos.length) {
          int size = count * 2;
          pos = Arrays.copyOf(pos, size);
          kind = Arrays.copyOf(kind, size);
          partner = Arrays.copyOf(partner, size);
          depth = Arrays.copyOf(depth, size);
          stack = Arrays.copyOf(stack, size);
          changed = Arrays.copyOf(changed, size);
        }
        pos[count] = i;
        kind[count] = k;
        partner[count] = -1;
        count++;
        if (k == ASCII_OPEN || k == ASCII_CLOSE) {
          i++;
        }
      }
    }

    private void pair(int start, int end, Quotes style) {
      int top = 0;
      pinnedBelow = 0;
      // The closer a converted pair ends with. One of these that finds no opener must not find one
      // when the output is cleaned again: the openers waiting below it keep their marks, or the
      // first converted to its opening kind would be closed by it and the pairs after it would
      // nest differently (" a » "b" d " read again as « a » "b" d »).
      int styleCloser = style == Quotes.GUILLEMETS ? GUILLEMET_CLOSE
          : style == Quotes.ENGLISH ? CURLY_CLOSE : -1;
      // The openers that the style's closer closes. A pair converted around one of these left
      // unclosed would not survive cleaning again: its converted closer would close that opener
      // instead (" « " read again as « « », the outer « then waiting for another closer).
      int styleOpener = style == Quotes.GUILLEMETS ? GUILLEMET_OPEN
          : style == Quotes.ENGLISH ? CURLY_OPEN : -1;
      int styleOpener2 = style == Quotes.ENGLISH ? LOW_OPEN : -1;
      for (int m = 0; m < count; m++) {
        int k = kind[m];
        if (k == STRAIGHT) {
          int opener = find(top, STRAIGHT, -1);
          if (opener >= 0 && canClose(m, end)) {
            top = close(opener, m, top, styleOpener, styleOpener2);
          } else if (canOpen(m, start)) {
            top = push(top, m);
          }
        } else if (k == CURLY_OPEN) {
          // In German quoting „ is closed by “ (where a closer can stand: before a space or
          // punctuation, not before the words of a quotation it opens).
          int opener = find(top, LOW_OPEN, -1);
          if (opener >= 0 && opener == top - 1 && canClose(m, end)) {
            top = close(opener, m, top, styleOpener, styleOpener2);
          } else {
            top = push(top, m);
          }
        } else if (k == LOW_OPEN || k == ASCII_OPEN || k == GUILLEMET_OPEN) {
          top = push(top, m);
        } else {
          int wanted = k == CURLY_CLOSE ? CURLY_OPEN : k == ASCII_CLOSE ? ASCII_OPEN : GUILLEMET_OPEN;
          int opener = find(top, wanted, k == CURLY_CLOSE ? LOW_OPEN : -1);
          if (opener >= 0) {
            top = close(opener, m, top, styleOpener, styleOpener2);
          } else if (k == styleCloser) {
            pinnedBelow = top;
          }
        }
      }
    }

    /**
     * Pushes opener {@code m}; its depth is the number of openers still waiting, paired later or
     * not, so that a quotation inside an unclosed {@code «} counts as nested whether or not the
     * {@code «} finds its closer (which converting the outer quotation may change).
     */
    private int push(int top, int m) {
      depth[m] = top;
      stack[top] = m;
      return top + 1;
    }

    /** Returns the stack index of the nearest opener of kind {@code a} or {@code b}, or -1. */
    private int find(int top, int a, int b) {
      for (int s = top - 1; s >= 0 && s >= top - MAX_SEARCH; s--) {
        int k = kind[stack[s]];
        if (k == a || k == b) {
          return s;
        }
      }
      return -1;
    }

    /**
     * Pairs the opener at stack index {@code s} with mark {@code m}, dropping the openers above it
     * up to {@code top}; returns the new stack top. The pair is left as it is if the style's closer
     * would pair otherwise in the output: an opener below it waited while such a closer found none
     * ({@link #pinnedBelow}), or one of the openers it drops is of a kind the style's closer closes
     * ({@code styleOpener}, {@code styleOpener2}; -1 for none). At most {@value #MAX_SEARCH}
     * openers are dropped, since {@link #find} looks no further down.
     */
    private int close(int s, int m, int top, int styleOpener, int styleOpener2) {
      int opener = stack[s];
      boolean holdsStyleOpener = false;
      for (int d = s + 1; d < top && !holdsStyleOpener; d++) {
        int k = kind[stack[d]];
        holdsStyleOpener = k == styleOpener || k == styleOpener2;
      }
      if (holdsStyleOpener) {
        partner[opener] = LEFT_AS_IS;
        partner[m] = LEFT_AS_IS;
        pinnedBelow = Math.min(pinnedBelow, s);
      } else if (s < pinnedBelow) {
        partner[opener] = LEFT_AS_IS;
        partner[m] = LEFT_AS_IS;
        pinnedBelow = s;
      } else {
        partner[opener] = m;
        partner[m] = opener;
      }
      return s;
    }

    private boolean canOpen(int m, int lineStart) {
      int i = pos[m];
      if (i == lineStart) {
        return true;
      }
      char prev = text.charAt(i - 1);
      return Chars.isHorizontalSpace(prev) || ApostropheStep.isLookAlike(prev)
          || "([{«“—–-/".indexOf(prev) >= 0;
    }

    private boolean canClose(int m, int lineEnd) {
      int i = pos[m] + 1;
      if (i >= lineEnd) {
        return true;
      }
      char next = text.charAt(i);
      return Chars.isHorizontalSpace(next) || ApostropheStep.isLookAlike(next)
          || ".,;:!?)]}»”…-—–/".indexOf(next) >= 0;
    }

    private void emit(int start, int end, QuoteStep step) {
      lastEnd = Math.max(lastEnd, start);
      for (int m = 0; m < count; m++) {
        changed[m] = false;
      }
      for (int m = 0; m < count; m++) {
        int k = kind[m];
        int p = partner[m];
        if (p == LEFT_AS_IS) {
          continue;
        }
        boolean opener = p > m || (p < 0 && isOpenerKind(k));
        int len = k == ASCII_OPEN || k == ASCII_CLOSE ? 2 : 1;
        int openerKind = p < 0 ? k : kind[Math.min(m, p)];
        String mark = step.replacement(k, openerKind, p >= 0, p < 0 ? 0 : depth[Math.min(m, p)], opener);
        boolean emptyPair = p >= 0 && onlySpacesBetween(Math.min(pos[m], pos[p]) + markLength(Math.min(m, p)),
            Math.max(pos[m], pos[p]));
        if (mark == null || (emptyPair && step.style != Quotes.STRAIGHT)) {
          continue; // "", “” or <<>> quote nothing: leave them
        }
        int i = pos[m];
        if (emptyPair) {
          edit(Math.max(i, lastEnd), i + len, mark); // the mark, not the spaces inside
          continue;
        }
        String pad = step.style == Quotes.GUILLEMETS && mark.equals(opener ? "«" : "»") ? step.space : "";
        if (opener) {
          int contentStart = skipSpaces(i + len, end);
          boolean content = contentStart < end && !isGuillemetLike(text.charAt(contentStart));
          int regionEnd = content ? contentStart : i + len;
          int before = edits;
          if (!edit(i, regionEnd, content ? mark + pad : mark) && p > m) {
            // The opener stays as it was (Ã« would read as ë): so does its closer, or cleaning the
            // output again would pair the opener with another closer.
            partner[p] = LEFT_AS_IS;
          }
          changed[m] = edits > before;
        } else {
          int contentEnd = skipSpacesBack(i, start);
          boolean content = contentEnd > start && contentEnd >= lastEnd
              && !isGuillemetLike(text.charAt(contentEnd - 1));
          int regionStart = content ? contentEnd : i;
          if (!edit(Math.max(regionStart, lastEnd), i + len, content ? pad + mark : mark)
              && p >= 0 && p < m && changed[p]) {
            // The closer stays as it was (Ã then ” would read as Ô) but its opener was converted:
            // plan the line again with the pair left as it is.
            partner[p] = LEFT_AS_IS;
            partner[m] = LEFT_AS_IS;
            halfConverted = true;
          }
        }
      }
    }

    private int markLength(int m) {
      return kind[m] == ASCII_OPEN || kind[m] == ASCII_CLOSE ? 2 : 1;
    }

    private boolean onlySpacesBetween(int from, int to) {
      return skipSpaces(from, to) >= to;
    }

    private int skipSpaces(int from, int limit) {
      int i = from;
      while (i < limit && Chars.isPaddingSpace(text.charAt(i))) {
        i++;
      }
      return i;
    }

    private int skipSpacesBack(int from, int limit) {
      int i = from;
      while (i > limit && Chars.isPaddingSpace(text.charAt(i - 1))) {
        i--;
      }
      return i;
    }

    /**
     * Plans to replace {@code [from, to)} by {@code with} if that changes anything, and if the result
     * does not look like mojibake ({@code Ã} then {@code «} reads as {@code ë}). Returns false if the
     * text there stays other than {@code with} (mojibake, or an edit before it reached past {@code
     * from}).
     */
    private boolean edit(int from, int to, String with) {
      if (to - from == with.length() && text.regionMatches(from, with, 0, to - from)) {
        return true; // already so
      }
      if (from < lastEnd) {
        return false;
      }
      if (plan.wouldLookLikeMojibake(from, to, with)) {
        return false;
      }
      if (edits == editFrom.length) {
        editFrom = Arrays.copyOf(editFrom, edits * 2);
        editTo = Arrays.copyOf(editTo, edits * 2);
        editWith = Arrays.copyOf(editWith, edits * 2);
      }
      editFrom[edits] = from;
      editTo[edits] = to;
      editWith[edits] = with;
      edits++;
      plan.edited(from, to, with);
      lastEnd = to;
      return true;
    }
  }

  /**
   * Returns true for the characters a guillemet does not get padded against: another guillemet or
   * an angle bracket ({@code ««} is not a quotation of {@code «}).
   */
  static boolean isGuillemetLike(char c) {
    return c == '«' || c == '»' || c == '<' || c == '>';
  }

  private static boolean isOpenerKind(int k) {
    return k == CURLY_OPEN || k == LOW_OPEN || k == ASCII_OPEN || k == GUILLEMET_OPEN;
  }

  /**
   * Returns the mark that replaces a mark of kind {@code k} (in a pair opened by a mark of kind
   * {@code openerKind}) in this step's style, or null to leave it and its padding alone.
   */
  private String replacement(int k, int openerKind, boolean paired, int depth, boolean opener) {
    switch (style) {
      case GUILLEMETS:
        if (k == GUILLEMET_OPEN || k == GUILLEMET_CLOSE) {
          return opener ? "«" : "»";
        }
        if (paired && depth == 0
            && (openerKind == STRAIGHT || openerKind == CURLY_OPEN || openerKind == ASCII_OPEN)) {
          return opener ? "«" : "»";
        }
        return null; // nested (French second level), unpaired, or German „…“
      case STRAIGHT:
        if (k == STRAIGHT || k == ASCII_OPEN || k == ASCII_CLOSE) {
          return null; // once " replaces the marks around them, << >> could pair differently
        }
        return "\"";
      case ENGLISH:
        // Only pairs: an unpaired guillemet turned into “ or ” could pair with another mark.
        if ((paired && (k == GUILLEMET_OPEN || k == GUILLEMET_CLOSE))
            || (paired && depth == 0 && (openerKind == STRAIGHT || openerKind == ASCII_OPEN))) {
          return opener ? "“" : "”";
        }
        return null;
      default:
        throw new AssertionError(style);
    }
  }
}
