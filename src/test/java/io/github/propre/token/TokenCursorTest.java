package io.github.propre.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenCursorTest {
  private static final FrenchTokenizer TK = FrenchTokenizer.standard();
  private static final String TEXT = "L’AES a-t-il 80\u202F000 soldats ? « Oui ! », dit-il à M. Dupont 👍🏽.";

  @Test
  void cursor_givesTheSameTokensAsTheList() {
    List<Token> fromCursor = new ArrayList<>();
    TokenCursor c = TK.cursor(TEXT);
    while (c.next()) {
      fromCursor.add(c.token());
    }
    assertEquals(TK.tokenize(TEXT), fromCursor);
  }

  @Test
  void cursor_givesTokensWithRawOffsetsAsTokenMappedDoes() {
    String raw = "  Lâ€™AES&nbsp;a dit :   \"Oui\"  ";
    io.github.propre.clean.Cleaned cleaned = io.github.propre.clean.Cleaner.builder().htmlEntities(true)
        .quotes(io.github.propre.clean.Quotes.GUILLEMETS).collapseSpaces(true).trimLines(true).build().clean(raw);
    io.github.propre.text.OffsetMap map = cleaned.offsets();
    List<Token> expected = new ArrayList<>();
    for (Token t : TK.tokenize(cleaned.text())) {
      expected.add(t.mapped(map));
    }
    List<Token> got = new ArrayList<>();
    TokenCursor c = TK.cursor(cleaned.text());
    while (c.next()) {
      got.add(c.token(map));
    }
    assertEquals(expected, got);
    assertEquals("AES", raw.substring(got.get(1).start(), got.get(1).end()));
    assertEquals("l'", got.get(0).normalized().toLowerCase());
    // A map of a shorter text cannot map the token: said, not guessed.
    TokenCursor d = TK.cursor("un deux");
    assertTrue(d.next());
    assertTrue(d.next());
    assertThrows(IndexOutOfBoundsException.class,
        () -> d.token(io.github.propre.text.OffsetMap.identity(3)));
    assertThrows(NullPointerException.class, () -> d.token(null));
  }

  @Test
  void cursor_readsTheCurrentTokenAsACharSequence() {
    TokenCursor c = TK.cursor("Allez-y !");
    assertTrue(c.next());
    assertEquals("Allez", c.toString());
    assertEquals(5, c.length());
    assertEquals('A', c.charAt(0));
    assertEquals("lle", c.subSequence(1, 4).toString());
    assertEquals(TokenType.WORD, c.type());
    assertFalse(c.spaceAfter());
    assertTrue(c.next());
    assertEquals("-y", c.toString());
    assertEquals(TokenType.CLITIC, c.type());
    assertEquals(5, c.start());
    assertEquals(7, c.end());
    assertTrue(c.spaceAfter());
    assertTrue(c.next());
    assertEquals("!", c.toString());
    assertFalse(c.next());
    assertFalse(c.next());
  }

  @Test
  void cursor_appendsTextAndNormalizedForm() {
    TokenCursor c = TK.cursor("aujourd’hui");
    assertTrue(c.next());
    StringBuilder sb = new StringBuilder(">");
    assertSame(sb, c.appendText(sb));
    assertEquals(">aujourd’hui", sb.toString());
    sb.setLength(0);
    c.appendNormalized(sb);
    assertEquals("aujourd'hui", sb.toString());
  }

  @Test
  void cursor_resetStartsOverAndReusesItself() {
    TokenCursor c = TK.cursor("un deux trois");
    assertTrue(c.next());
    assertSame(c, c.reset("l’homme"));
    assertTrue(c.next());
    assertEquals("l’", c.toString());
    assertTrue(c.next());
    assertEquals("homme", c.toString());
    assertFalse(c.next());
    c.reset("une phrase bien plus longue que la précédente, pour agrandir le tampon");
    int n = 0;
    while (c.next()) {
      n++;
    }
    assertEquals(13, n);
  }

  @Test
  void cursor_resetOnARangeTokenizesItAloneWithOffsetsIntoTheWholeText() {
    String window = "a-t-il 80\u202F000 sold"; // cut inside a word: "sold" is a token of its own
    int from = TEXT.indexOf(window);
    TokenCursor c = TK.cursor("").reset(TEXT, from, from + window.length());
    List<Token> got = new ArrayList<>();
    while (c.next()) {
      got.add(c.token());
      assertEquals(TEXT.substring(c.start(), c.end()), c.toString());
    }
    List<Token> expected = new ArrayList<>();
    for (Token t : TK.tokenize(window)) {
      expected.add(new Token(t.text(), t.type(), from + t.start(), from + t.end(), t.normalized(), t.spaceAfter()));
    }
    assertEquals(expected, got);
    assertEquals(List.of("a", "-t-il", "80\u202F000", "sold"), got.stream().map(Token::text).toList());
    // A later reset on a whole text counts from 0 again.
    assertTrue(c.reset("Oui").next());
    assertEquals(0, c.start());
    assertThrows(IndexOutOfBoundsException.class, () -> c.reset(TEXT, 5, 4));
    assertThrows(IndexOutOfBoundsException.class, () -> c.reset(TEXT, 0, TEXT.length() + 1));
  }

  @Test
  void cursor_readsACharBufferFromItsPosition() {
    char[] padded = ("«x»" + TEXT + "«y»").toCharArray();
    CharBuffer positioned = CharBuffer.wrap(padded, 3, TEXT.length()); // position 3
    CharBuffer sliced = positioned.slice(); // array offset 3, position 0
    for (CharBuffer cb : new CharBuffer[] {positioned, sliced}) {
      List<Token> got = new ArrayList<>();
      TokenCursor c = TK.cursor(cb);
      while (c.next()) {
        got.add(c.token());
      }
      assertEquals(TK.tokenize(TEXT), got);
      c.reset(cb, 6, 12);
      assertTrue(c.next());
      assertEquals("a", c.toString());
      assertEquals(6, c.start());
    }
  }

  @Test
  void cursor_copiesAMutableText() {
    StringBuilder sb = new StringBuilder("chat noir");
    TokenCursor c = TK.cursor(sb);
    sb.setLength(0);
    sb.append("XXXXXXXXX");
    assertTrue(c.next());
    assertEquals("chat", c.toString());
  }

  @Test
  void cursor_withoutACurrentTokenFailsWithAMessage() {
    TokenCursor c = TK.cursor("mot");
    IllegalStateException e = assertThrows(IllegalStateException.class, c::start);
    assertTrue(e.getMessage().contains("next()"));
    assertTrue(c.next());
    assertFalse(c.next());
    assertThrows(IllegalStateException.class, c::type);
    assertThrows(NullPointerException.class, () -> c.reset(null));
  }

  @Test
  void cursor_charAtOutsideTheTokenFails() {
    TokenCursor c = TK.cursor("mot");
    c.next();
    assertThrows(IndexOutOfBoundsException.class, () -> c.charAt(3));
    assertThrows(IndexOutOfBoundsException.class, () -> c.charAt(-1));
  }

  /** Returns this thread's allocated bytes through com.sun.management (by reflection: the module does not read it). */
  private static long allocatedBytes(Object mx, Method m) throws ReflectiveOperationException {
    return (Long) m.invoke(mx);
  }

  @Test
  void cursor_allocatesNothingPerToken() throws ReflectiveOperationException {
    Object mx;
    Method m;
    try {
      mx = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
      m = Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes");
      assumeTrue((Long) m.invoke(mx) > 0, "allocation counting is off");
    } catch (ReflectiveOperationException | ClassCastException e) {
      assumeTrue(false, "no per-thread allocation counter on this JVM: " + e);
      return;
    }
    String text = TEXT.repeat(5_000); // about 100 000 tokens
    TokenCursor c = TK.cursor(text);
    long sink = 0;
    for (int round = 0; round < 3; round++) { // warm up
      c.reset(text);
      while (c.next()) {
        sink += c.end() - c.start() + c.type().ordinal() + (c.spaceAfter() ? 1 : 0);
      }
    }
    c.reset(text); // the buffer is already large enough: reset copies, it does not allocate
    long before = allocatedBytes(mx, m);
    int tokens = 0;
    while (c.next()) {
      sink += c.end() - c.start() + c.type().ordinal() + (c.spaceAfter() ? 1 : 0);
      tokens++;
    }
    long allocated = allocatedBytes(mx, m) - before;
    assertTrue(tokens > 90_000, "tokens: " + tokens);
    assertTrue(allocated < 4096, "allocated " + allocated + " bytes for " + tokens + " tokens (sink " + sink + ")");
  }
}
