package io.github.propre.internal;

import io.github.propre.text.ParagraphMode;
import io.github.propre.text.ParagraphScanner;
import io.github.propre.text.Paragraphs;
import java.util.Arrays;

/**
 * The spans of the paragraphs of a text, by the rules of {@link Paragraphs}, as two int arrays and
 * without copying any paragraph's text: what the stages that only need offsets (quotes,
 * deduplication) read instead of a list of {@code Paragraph} objects.
 *
 * <p>Most texts end their lines with {@code \n} alone. For them the lines are found with
 * {@link String#indexOf(int, int)}, which the JVM runs with vector instructions, and each line is
 * looked at only until its first non-blank character; the four other terminators ({@code \r},
 * U+0085, U+2028, U+2029) are each looked for once in the whole text the same way. A text that holds
 * one of them goes through {@link ParagraphScanner}, character by character.
 *
 * <p>Immutable once returned; not meant for users (the package is not exported).
 */
public final class ParagraphSpans {
  private int[] starts;
  private int[] ends;
  private int count;

  private ParagraphSpans(int capacity) {
    starts = new int[capacity];
    ends = new int[capacity];
  }

  /** Returns the number of paragraphs. */
  public int count() {
    return count;
  }

  /** Returns the paragraphs' start offsets (the array may be longer than {@link #count()}). */
  public int[] starts() {
    return starts;
  }

  /** Returns the paragraphs' end offsets (the array may be longer than {@link #count()}). */
  public int[] ends() {
    return ends;
  }

  /** Returns the start offsets, exactly {@link #count()} of them. */
  public int[] trimmedStarts() {
    return starts.length == count ? starts : Arrays.copyOf(starts, count);
  }

  /** Returns the end offsets, exactly {@link #count()} of them. */
  public int[] trimmedEnds() {
    return ends.length == count ? ends : Arrays.copyOf(ends, count);
  }

  private void add(int start, int end) {
    if (count == starts.length) {
      int n = Math.max(16, count * 2);
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
    }
    starts[count] = start;
    ends[count] = end;
    count++;
  }

  /** Returns the paragraphs of {@code text} cut as {@code mode} says ({@code AUTO} is resolved first). */
  public static ParagraphSpans of(String text, ParagraphMode mode) {
    boolean rare = hasRareTerminator(text);
    ParagraphMode resolved = mode != ParagraphMode.AUTO ? mode
        : rare ? Paragraphs.resolve(text, mode) : resolveByLines(text);
    ParagraphSpans out = new ParagraphSpans(16);
    if (rare) {
      out.scan(text, resolved);
    } else {
      out.byLines(text, resolved == ParagraphMode.LINE);
    }
    return out;
  }

  /** Returns true if {@code text} ends a line anywhere with something else than {@code \n}. */
  private static boolean hasRareTerminator(String text) {
    return text.indexOf('\r') >= 0 || text.indexOf('\u0085') >= 0 || text.indexOf('\u2028') >= 0
        || text.indexOf('\u2029') >= 0;
  }

  /** Returns true if {@code text[from, to)} holds a character that is not blank. */
  private static boolean hasContent(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!ParagraphScanner.isBlank(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Cuts a text whose only line terminator is {@code \n}. */
  private void byLines(String text, boolean lineMode) {
    int n = text.length();
    int pos = 0;
    boolean inParagraph = false;
    int paragraphStart = 0;
    int paragraphEnd = 0;
    while (pos < n) {
      int nl = text.indexOf('\n', pos);
      int lineEnd = nl < 0 ? n : nl;
      if (hasContent(text, pos, lineEnd)) {
        if (lineMode) {
          add(pos, lineEnd);
        } else {
          if (!inParagraph) {
            inParagraph = true;
            paragraphStart = pos;
          }
          paragraphEnd = lineEnd;
        }
      } else if (inParagraph) {
        add(paragraphStart, paragraphEnd);
        inParagraph = false;
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    if (inParagraph) {
      add(paragraphStart, paragraphEnd);
    }
  }

  /**
   * Resolves {@code AUTO} for a text whose only line terminator is {@code \n}, as {@link
   * Paragraphs#resolve} does: two paragraph starts (blank-line rules) within the first {@link
   * Paragraphs#AUTO_WINDOW} characters mean {@code BLANK_LINE}.
   */
  private static ParagraphMode resolveByLines(String text) {
    int n = text.length();
    int window = Math.min(n, Paragraphs.AUTO_WINDOW);
    int pos = 0;
    int starts = 0;
    boolean inParagraph = false;
    while (pos < window) {
      int nl = text.indexOf('\n', pos);
      int lineEnd = nl < 0 ? n : nl;
      int first = pos;
      while (first < lineEnd && ParagraphScanner.isBlank(text.charAt(first))) {
        first++;
      }
      if (first < lineEnd) {
        if (!inParagraph) {
          if (first >= window) {
            break;
          }
          inParagraph = true;
          if (++starts == 2) {
            return ParagraphMode.BLANK_LINE;
          }
        }
      } else {
        inParagraph = false;
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    return ParagraphMode.LINE;
  }

  /** Cuts any text with the streaming scanner, reading it in chunks. */
  private void scan(String text, ParagraphMode mode) {
    ParagraphScanner scanner = new ParagraphScanner(mode);
    char[] buf = new char[Math.min(text.length(), 8192)];
    for (int from = 0, n = text.length(); from < n; from += buf.length) {
      int len = Math.min(buf.length, n - from);
      text.getChars(from, from + len, buf, 0);
      for (int i = 0; i < len; i++) {
        i = scanner.skip(buf, i, len);
        if (i < len && (scanner.next(buf[i]) & ParagraphScanner.PARAGRAPH_END) != 0) {
          add((int) scanner.endedStart(), (int) scanner.endedEnd());
        }
      }
    }
    if (scanner.finish() != 0) {
      add((int) scanner.endedStart(), (int) scanner.endedEnd());
    }
  }
}
