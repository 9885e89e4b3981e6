package io.github.propre.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphScannerTest {

  /** Returns the scanner's events as readable words, e.g. "L@0 S@0 E[0,3)". */
  private static String events(String text, ParagraphMode mode) {
    ParagraphScanner s = new ParagraphScanner(mode);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      int ev = s.next(text.charAt(i));
      if ((ev & ParagraphScanner.LINE_START) != 0) {
        out.add("L@" + s.lineStart());
      }
      if ((ev & ParagraphScanner.PARAGRAPH_END) != 0) {
        out.add("E[" + s.endedStart() + "," + s.endedEnd() + ")");
      }
      if ((ev & ParagraphScanner.PARAGRAPH_START) != 0) {
        out.add("S@" + s.paragraphStart());
      }
    }
    if (s.finish() != 0) {
      out.add("E[" + s.endedStart() + "," + s.endedEnd() + ")");
    }
    return String.join(" ", out);
  }

  @Test
  void lineMode_crlfIsOneTerminator() {
    assertEquals("L@0 S@0 E[0,2) L@4 S@4 E[4,6)", events("Un\r\nDe\r\n", ParagraphMode.LINE));
  }

  @Test
  void lineMode_indentedLineStartsAtItsFirstCharacter() {
    assertEquals("L@0 S@0 E[0,4) L@5 L@8 S@8", events("  Un\n \t\n  De", ParagraphMode.LINE)
        .replace(" E[8,12)", ""));
    assertEquals("L@0 S@0 E[0,4) L@5 L@8 S@8 E[8,12)", events("  Un\n \t\n  De", ParagraphMode.LINE));
  }

  @Test
  void blankLineMode_blankLineOfSpacesEndsTheParagraph() {
    assertEquals("L@0 S@0 L@3 L@6 E[0,5) L@9 S@9 E[9,11)",
        events("Un\nde\n \u00A0\nTr", ParagraphMode.BLANK_LINE));
  }

  @Test
  void blankLineMode_lastParagraphEndsAtItsLastNonBlankLine() {
    assertEquals("L@0 S@0 L@3 E[0,2)", events("Un\n  ", ParagraphMode.BLANK_LINE));
    assertEquals("L@0 S@0 E[0,2)", events("Un\n", ParagraphMode.BLANK_LINE));
  }

  @Test
  void everyTerminatorKind_endsALine() {
    assertEquals("L@0 S@0 E[0,1) L@2 S@2 E[2,3) L@4 S@4 E[4,5) L@6 S@6 E[6,7) L@8 S@8 E[8,9)",
        events("a\rb\u0085c\u2028d\u2029e", ParagraphMode.LINE));
  }

  @Test
  void crAtTheEndThenLf_isStillOneTerminator() {
    ParagraphScanner s = new ParagraphScanner(ParagraphMode.LINE);
    s.next('a');
    assertEquals(ParagraphScanner.PARAGRAPH_END, s.next('\r'));
    assertEquals(0, s.next('\n'));
    assertEquals(ParagraphScanner.LINE_START | ParagraphScanner.PARAGRAPH_START, s.next('b'));
    assertEquals(4, s.position());
  }

  @Test
  void auto_isRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ParagraphScanner(ParagraphMode.AUTO));
    assertEquals("mode: expected LINE or BLANK_LINE, got AUTO; resolve it first with "
        + "Paragraphs.resolve(firstChars, ParagraphMode.AUTO)", e.getMessage());
  }

  @Test
  void resolve_autoLooksOnlyAtTheWindow() {
    String lines = "x\n".repeat(Paragraphs.AUTO_WINDOW / 2);
    assertEquals(ParagraphMode.LINE, Paragraphs.resolve(lines + "\ny", ParagraphMode.AUTO));
    assertEquals(ParagraphMode.BLANK_LINE, Paragraphs.resolve("\n\nx\n \ny", ParagraphMode.AUTO));
    assertEquals(ParagraphMode.LINE, Paragraphs.resolve("\n\nx\ny\n\n", ParagraphMode.AUTO));
    assertEquals(ParagraphMode.LINE, Paragraphs.resolve("x\n\ny", ParagraphMode.LINE));
  }
  @Test
  void split_findsARareTerminatorAnywhereInALongText() {
    // A String is cut at \n alone unless it holds \r, U+0085, U+2028 or U+2029 anywhere: one of them near
    // the start, around 64 K, in the middle or at the very end of 5 M characters still counts.
    String line = "une ligne de texte assez longue pour le test\n";
    String base = line.repeat((5 << 20) / line.length());
    int lines = Paragraphs.split(base, ParagraphMode.LINE).size();
    char[] terminators = {'\r', '\u0085', '\u2028', '\u2029'};
    int[] positions = {3, (1 << 16) - 1, 1 << 16, base.length() / 2 + 7, base.length() - 3};
    for (int k = 0; k < positions.length; k++) {
      int at = positions[k];
      int inLine = at % line.length();
      assertTrue(inLine > 0 && inLine < line.length() - 2, "inside a line: " + at);
      StringBuilder b = new StringBuilder(base);
      b.setCharAt(at, terminators[k % terminators.length]);
      String text = b.toString();
      List<Paragraph> found = Paragraphs.split(text, ParagraphMode.LINE);
      assertEquals(lines + 1, found.size(), "terminator at " + at);
      assertEquals(Paragraphs.split(b, ParagraphMode.LINE), found, "the scanner reads every character");
    }
  }

  @Test
  void split_autoCountsAStartAtTheWindowsLastCharacterOnly() {
    int w = Paragraphs.AUTO_WINDOW;
    // "x", a blank line of spaces, then "y" at w - 1 (inside the window) or at w (outside).
    String inside = "x\n" + " ".repeat(w - 4) + "\ny";
    String outside = "x\n" + " ".repeat(w - 3) + "\ny";
    String indented = "x\n\n" + " ".repeat(w - 3) + "y";
    assertEquals(w - 1, inside.indexOf('y'));
    assertEquals(w, outside.indexOf('y'));
    assertEquals(w, indented.indexOf('y'));
    assertEquals(ParagraphMode.BLANK_LINE, Paragraphs.resolve(inside, ParagraphMode.AUTO));
    assertEquals(ParagraphMode.LINE, Paragraphs.resolve(outside, ParagraphMode.AUTO));
    assertEquals(ParagraphMode.LINE, Paragraphs.resolve(indented, ParagraphMode.AUTO));
    for (String t : new String[] {inside, outside, indented}) {
      // A String with \n only takes the indexOf path, a builder the scanner, a \r\n text both.
      List<Paragraph> viaLines = Paragraphs.split(t, ParagraphMode.AUTO);
      assertEquals(Paragraphs.split(new StringBuilder(t), ParagraphMode.AUTO), viaLines);
      assertEquals(2, viaLines.size());
      assertEquals(new Span(t.indexOf('y') - (t == indented ? w - 3 : 0), t.length()),
          viaLines.get(1).span());
      String crlf = t.replace("\n", "\r\n");
      assertEquals(Paragraphs.split(new StringBuilder(crlf), ParagraphMode.AUTO),
          Paragraphs.split(crlf, ParagraphMode.AUTO));
    }
  }
}
