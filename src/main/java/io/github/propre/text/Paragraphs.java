package io.github.propre.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cuts a text into paragraphs.
 *
 * <p>Line terminators are {@code \n}, {@code \r\n}, {@code \r}, U+0085, U+2028 and U+2029. A line is
 * blank when it holds only white space (including no-break spaces). A paragraph's span runs from the
 * first character of its first line to the last character of its last line, terminators excluded;
 * blank lines belong to no paragraph.
 *
 * <p>Stateless and thread-safe; linear in the length of the text.
 *
 * <pre>{@code
 * List<Paragraph> ps = Paragraphs.split("Un.\nDeux.\n", ParagraphMode.LINE);
 * ps.size();  // 2
 * }</pre>
 */
public final class Paragraphs {
  private Paragraphs() {}

  /** Returns the paragraphs of {@code text}, cut as {@code mode} says. */
  public static List<Paragraph> split(CharSequence text, ParagraphMode mode) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(mode, "mode");
    boolean blankLineMode = switch (mode) {
      case LINE -> false;
      case BLANK_LINE -> true;
      case AUTO -> hasSeparatingBlankLine(text);
    };
    List<Paragraph> out = new ArrayList<>();
    int n = text.length();
    if (n == 0) {
      return out;
    }
    int paraStart = -1;
    int paraEnd = -1;
    int pos = 0;
    while (true) {
      int lineEnd = lineEnd(text, pos);
      boolean blank = isBlank(text, pos, lineEnd);
      if (blank) {
        if (paraStart >= 0 && blankLineMode) {
          add(out, text, paraStart, paraEnd);
          paraStart = -1;
        }
      } else if (!blankLineMode) {
        add(out, text, pos, lineEnd);
      } else {
        if (paraStart < 0) {
          paraStart = pos;
        }
        paraEnd = lineEnd;
      }
      if (lineEnd >= n) {
        break;
      }
      pos = afterTerminator(text, lineEnd);
    }
    if (paraStart >= 0 && blankLineMode) {
      add(out, text, paraStart, paraEnd);
    }
    return out;
  }

  /** Returns true if {@code c} ends a line. */
  public static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static void add(List<Paragraph> out, CharSequence text, int start, int end) {
    out.add(new Paragraph(out.size(), text.subSequence(start, end).toString(), new Span(start, end)));
  }

  private static boolean hasSeparatingBlankLine(CharSequence text) {
    int n = text.length();
    boolean seenContent = false;
    boolean blankAfterContent = false;
    int pos = 0;
    while (pos < n) {
      int lineEnd = lineEnd(text, pos);
      if (isBlank(text, pos, lineEnd)) {
        blankAfterContent = seenContent;
      } else {
        if (blankAfterContent) {
          return true;
        }
        seenContent = true;
      }
      if (lineEnd >= n) {
        break;
      }
      pos = afterTerminator(text, lineEnd);
    }
    return false;
  }

  private static int lineEnd(CharSequence text, int from) {
    int n = text.length();
    int i = from;
    while (i < n && !isLineTerminator(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int afterTerminator(CharSequence text, int at) {
    if (text.charAt(at) == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n') {
      return at + 2;
    }
    return at + 1;
  }

  private static boolean isBlank(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF')) {
        return false;
      }
    }
    return true;
  }
}
