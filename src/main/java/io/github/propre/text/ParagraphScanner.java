package io.github.propre.text;

import java.util.Objects;

/**
 * Finds lines and paragraphs in a text that arrives one character at a time, by the rules of
 * {@link Paragraphs}: this is the splitter {@link Paragraphs#split} runs, exposed for streams that
 * are too large to hold.
 *
 * <p>{@link #next(char)} takes the next character and returns the events it causes, as a bit set:
 * <ul>
 *   <li>{@link #LINE_START}: this character is the first of a line ({@link #lineStart()});
 *   <li>{@link #PARAGRAPH_START}: this character is the first non-blank one of a paragraph, which
 *       began at the start of the current line ({@link #paragraphStart()});
 *   <li>{@link #PARAGRAPH_END}: a paragraph ended before this character, which is a line terminator;
 *       its span is {@link #endedStart()} to {@link #endedEnd()}.
 * </ul>
 * {@link #finish()} ends the text and returns {@link #PARAGRAPH_END} if a paragraph was still open.
 * Positions are UTF-16 offsets from the first character fed, as {@code long} so that a stream may
 * exceed 2<sup>31</sup> characters.
 *
 * <p>Not thread-safe: one scanner per text. No allocation after construction.
 *
 * <pre>{@code
 * ParagraphScanner s = new ParagraphScanner(ParagraphMode.LINE);
 * for (char c : "Un.\nDeux.".toCharArray()) {
 *   if ((s.next(c) & ParagraphScanner.PARAGRAPH_END) != 0) {
 *     System.out.println(s.endedStart() + ".." + s.endedEnd());   // 0..3
 *   }
 * }
 * s.finish();   // PARAGRAPH_END: endedStart() == 4, endedEnd() == 9
 * }</pre>
 */
public final class ParagraphScanner {

  /** Event: the character just fed starts a line. */
  public static final int LINE_START = 1;
  /** Event: the character just fed is the first non-blank character of a paragraph. */
  public static final int PARAGRAPH_START = 2;
  /** Event: a paragraph ended just before the character fed (always a line terminator). */
  public static final int PARAGRAPH_END = 4;

  private final boolean lineMode;
  private long pos;
  /** True inside a line that has content and no terminator yet: only a terminator matters. */
  private boolean inContentLine;
  private boolean atLineStart = true;
  private boolean afterCr;
  private long lineStart;
  private boolean lineHasContent;
  private boolean inParagraph;
  private long paragraphStart;
  private long paragraphEnd;
  private long endedStart;
  private long endedEnd;
  private boolean finished;

  /**
   * Returns a scanner that cuts as {@code mode} says.
   *
   * @param mode {@link ParagraphMode#LINE} or {@link ParagraphMode#BLANK_LINE}; {@code AUTO} must
   *     be resolved first with {@link Paragraphs#resolve}, since it depends on text not yet seen
   */
  public ParagraphScanner(ParagraphMode mode) {
    Objects.requireNonNull(mode, "mode");
    if (mode == ParagraphMode.AUTO) {
      throw new IllegalArgumentException("mode: expected LINE or BLANK_LINE, got AUTO; resolve it "
          + "first with Paragraphs.resolve(firstChars, ParagraphMode.AUTO)");
    }
    this.lineMode = mode == ParagraphMode.LINE;
  }

  /** Returns the events caused by {@code c}, the next character of the text. */
  public int next(char c) {
    long i = pos++;
    if (inContentLine && !isTerminator(c)) {
      return 0;
    }
    inContentLine = false;
    if (afterCr) {
      afterCr = false;
      if (c == '\n') {
        return 0; // second half of \r\n
      }
    }
    int events = 0;
    if (atLineStart) {
      atLineStart = false;
      lineStart = i;
      lineHasContent = false;
      events = LINE_START;
    }
    if (isTerminator(c)) {
      atLineStart = true;
      afterCr = c == '\r';
      if (lineHasContent) {
        if (lineMode) {
          return events | end(lineStart, i);
        }
        paragraphEnd = i;
      } else if (inParagraph) {
        return events | end(paragraphStart, paragraphEnd); // a blank line closes the paragraph
      }
      return events;
    }
    if (!lineHasContent && !isBlank(c)) {
      lineHasContent = true;
      inContentLine = true;
      if (!inParagraph) {
        inParagraph = true;
        paragraphStart = lineStart;
        events |= PARAGRAPH_START;
      }
    }
    return events;
  }

  /**
   * Consumes the characters of {@code text[from, to)} that cause no event, as {@link #next} would,
   * and returns the index of the first one that may (or {@code to}): feed that one to {@link
   * #next}. Inside a line that has content only a line terminator matters, so this is a plain scan.
   */
  public int skip(CharSequence text, int from, int to) {
    int i = from;
    if (inContentLine) {
      while (i < to && !isTerminator(text.charAt(i))) {
        i++;
      }
      pos += i - from;
    }
    return i;
  }

  /** Does what {@link #skip(CharSequence, int, int)} does, on an array. */
  public int skip(char[] text, int from, int to) {
    int i = from;
    if (inContentLine) {
      while (i < to && !isTerminator(text[i])) {
        i++;
      }
      pos += i - from;
    }
    return i;
  }

  private static boolean isTerminator(char c) {
    return c <= '\r' ? c == '\n' || c == '\r'
        : c >= '\u0085' && (c == '\u0085' || c == '\u2028' || c == '\u2029');
  }

  /** Ends the text; returns {@link #PARAGRAPH_END} if a paragraph was open, else 0. */
  public int finish() {
    if (finished) {
      return 0;
    }
    finished = true;
    if (!inParagraph) {
      return 0;
    }
    if (!atLineStart && lineHasContent) {
      paragraphEnd = pos; // the last line has no terminator
    }
    return end(lineMode ? lineStart : paragraphStart, paragraphEnd);
  }

  private int end(long start, long end) {
    inParagraph = false;
    endedStart = start;
    endedEnd = end;
    return PARAGRAPH_END;
  }

  /** Returns the number of characters fed so far. */
  public long position() {
    return pos;
  }

  /** Returns the offset of the first character of the current line. */
  public long lineStart() {
    return lineStart;
  }

  /** Returns the start of the paragraph begun most recently (its first line's first character). */
  public long paragraphStart() {
    return paragraphStart;
  }

  /** Returns the start of the paragraph that ended most recently. */
  public long endedStart() {
    return endedStart;
  }

  /** Returns the end of the paragraph that ended most recently: its last line's terminator. */
  public long endedEnd() {
    return endedEnd;
  }

  /**
   * Returns true if {@code c} leaves a line blank: white space of any kind, including no-break
   * spaces, the zero-width space and the byte order mark.
   */
  public static boolean isBlank(char c) {
    if (c > ' ' && c < 0x7F) {
      return false;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }
}
