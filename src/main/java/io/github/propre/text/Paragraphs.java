package io.github.propre.text;

import io.github.propre.internal.ChunkedList;
import io.github.propre.internal.ParagraphSpans;
import java.util.List;
import java.util.Objects;

/**
 * Cuts a text into paragraphs.
 *
 * <p>Line terminators are {@code \n}, {@code \r\n}, {@code \r}, U+0085, U+2028 and U+2029. A line is
 * blank when it holds only white space (including no-break spaces, the zero-width space and the byte
 * order mark: see {@link ParagraphScanner#isBlank}). A paragraph's span runs from the first character
 * of its first line (indentation included) to the last character of its last line, terminators
 * excluded; blank lines belong to no paragraph. {@link ParagraphMode} says which lines make a
 * paragraph; {@link ParagraphScanner} applies the same rules to a text fed one character at a time.
 *
 * <p>Stateless and thread-safe; linear in the length of the text.
 *
 * <pre>{@code
 * List<Paragraph> ps = Paragraphs.split("Un.\nDeux.\n", ParagraphMode.LINE);
 * ps.size();  // 2
 * }</pre>
 */
public final class Paragraphs {

  /**
   * The number of leading characters {@link ParagraphMode#AUTO} looks at: 2<sup>20</sup>. A bounded
   * look-ahead lets a stream decide before it has read everything.
   */
  public static final int AUTO_WINDOW = 1 << 20;

  private Paragraphs() {}

  /** Returns the paragraphs of {@code text}, cut as {@code mode} says, as an immutable list. */
  public static List<Paragraph> split(CharSequence text, ParagraphMode mode) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(mode, "mode");
    if (text instanceof String s) {
      ParagraphSpans spans = ParagraphSpans.of(s, mode);
      int[] starts = spans.starts();
      int[] ends = spans.ends();
      ChunkedList.Builder<Paragraph> out = new ChunkedList.Builder<>();
      for (int i = 0; i < spans.count(); i++) {
        out.add(new Paragraph(i, s.substring(starts[i], ends[i]), new Span(starts[i], ends[i])));
      }
      return out.build();
    }
    ParagraphScanner scanner = new ParagraphScanner(resolve(text, mode));
    ChunkedList.Builder<Paragraph> out = new ChunkedList.Builder<>();
    for (int i = 0, n = text.length(); i < n; i++) {
      i = scanner.skip(text, i, n);
      if (i < n && (scanner.next(text.charAt(i)) & ParagraphScanner.PARAGRAPH_END) != 0) {
        add(out, text, scanner);
      }
    }
    if (scanner.finish() != 0) {
      add(out, text, scanner);
    }
    return out.build();
  }

  /**
   * Returns {@code mode} if it is {@code LINE} or {@code BLANK_LINE}; for {@code AUTO}, returns
   * {@code BLANK_LINE} if a blank line separates two non-blank lines within the first
   * {@link #AUTO_WINDOW} characters of {@code text}, {@code LINE} otherwise.
   *
   * @param text the text, or at least its first {@link #AUTO_WINDOW} characters (a stream passes
   *     what it has buffered; a shorter prefix is taken to be the whole text)
   */
  public static ParagraphMode resolve(CharSequence text, ParagraphMode mode) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(mode, "mode");
    if (mode != ParagraphMode.AUTO) {
      return mode;
    }
    // Two BLANK_LINE paragraphs in the window mean a blank line between two non-blank lines.
    ParagraphScanner scanner = new ParagraphScanner(ParagraphMode.BLANK_LINE);
    int starts = 0;
    for (int i = 0, n = Math.min(text.length(), AUTO_WINDOW); i < n; i++) {
      i = scanner.skip(text, i, n); // inside a line with content nothing can start
      if (i < n && (scanner.next(text.charAt(i)) & ParagraphScanner.PARAGRAPH_START) != 0
          && ++starts == 2) {
        return ParagraphMode.BLANK_LINE;
      }
    }
    return ParagraphMode.LINE;
  }

  /** Returns true if {@code c} ends a line. */
  public static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static void add(ChunkedList.Builder<Paragraph> out, CharSequence text, ParagraphScanner scanner) {
    int start = (int) scanner.endedStart();
    int end = (int) scanner.endedEnd();
    out.add(new Paragraph(out.size(), text.subSequence(start, end).toString(), new Span(start, end)));
  }
}
