package io.github.propre.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The streaming splitter against a plain model of the rules written line by line. */
class ParagraphsPropertiesTest {

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("ab \t\u00A0\u200B\n\r\u2028\u0085").ofMaxLength(40);
  }

  @Property
  void split_matchesTheLineModel(@ForAll("texts") String text,
      @ForAll ParagraphMode mode) {
    assertEquals(model(text, mode), Paragraphs.split(text, mode));
  }

  /** Texts whose only line terminator is {@code \n}: the fast path that finds lines with indexOf. */
  @Provide
  Arbitrary<String> newlineTexts() {
    return Arbitraries.strings().withChars("ab \t\u00A0\u200B\u000B\n").ofMaxLength(40);
  }

  @Property
  void split_matchesTheLineModel_withNewlinesOnly(@ForAll("newlineTexts") String text,
      @ForAll ParagraphMode mode) {
    assertEquals(model(text, mode), Paragraphs.split(text, mode));
  }

  @Property
  void split_isTheSameForAStringAndABuilder(@ForAll("texts") String text, @ForAll ParagraphMode mode) {
    assertEquals(Paragraphs.split(new StringBuilder(text), mode), Paragraphs.split(text, mode));
  }

  @Property
  void split_spansPointAtTheirText(@ForAll("texts") String text, @ForAll ParagraphMode mode) {
    for (Paragraph p : Paragraphs.split(text, mode)) {
      assertEquals(p.text(), p.span().textIn(text));
    }
  }

  /** The rules, applied to a list of lines: simple and slow. */
  private static List<Paragraph> model(String text, ParagraphMode mode) {
    List<int[]> lines = new ArrayList<>(); // [start, end) without terminator
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Paragraphs.isLineTerminator(c)) {
        lines.add(new int[] {start, i});
        i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
        start = i;
      } else {
        i++;
      }
    }
    if (start < text.length()) {
      lines.add(new int[] {start, text.length()});
    }
    boolean[] blank = new boolean[lines.size()];
    for (int l = 0; l < lines.size(); l++) {
      blank[l] = text.substring(lines.get(l)[0], lines.get(l)[1]).chars()
          .allMatch(ch -> ParagraphScanner.isBlank((char) ch));
    }
    boolean blankMode = mode == ParagraphMode.BLANK_LINE;
    if (mode == ParagraphMode.AUTO) {
      boolean seenContent = false;
      boolean gap = false;
      for (int l = 0; l < lines.size(); l++) {
        if (blank[l]) {
          gap |= seenContent;
        } else {
          blankMode |= gap;
          seenContent = true;
        }
      }
    }
    List<Paragraph> out = new ArrayList<>();
    int l = 0;
    while (l < lines.size()) {
      if (blank[l]) {
        l++;
        continue;
      }
      int first = l;
      int last = l;
      if (blankMode) {
        while (last + 1 < lines.size() && !blank[last + 1]) {
          last++;
        }
      }
      int s = lines.get(first)[0];
      int e = lines.get(last)[1];
      out.add(new Paragraph(out.size(), text.substring(s, e), new Span(s, e)));
      l = last + 1;
    }
    return out;
  }
}
