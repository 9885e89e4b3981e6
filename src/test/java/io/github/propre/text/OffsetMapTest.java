package io.github.propre.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.internal.TextRewriter;
import org.junit.jupiter.api.Test;

class OffsetMapTest {

  @Test
  void identity_mapsEveryOffsetToItself() {
    OffsetMap m = OffsetMap.identity(5);
    for (int i = 0; i <= 5; i++) {
      assertEquals(i, m.rawStart(i));
      assertEquals(i, m.rawEnd(i));
    }
    assertTrue(m.isIdentity());
  }

  @Test
  void shorteningReplacement_mapsInsideToItsEdges() {
    // "lâ€™Ã©tÃ©" -> "l’été": â€™ (3) -> ’, Ã© (2) -> é twice
    TextRewriter rw = new TextRewriter("lâ€™Ã©tÃ©");
    rw.replace(1, 4, '’');
    rw.replace(4, 6, 'é');
    rw.replace(7, 9, 'é');
    MappedText t = rw.finish();
    assertEquals("l’été", t.text());
    OffsetMap m = t.offsets();
    assertEquals(Span.of(0, 1), m.rawSpan(0, 1));
    assertEquals(Span.of(1, 4), m.rawSpan(1, 2));
    assertEquals(Span.of(4, 9), m.rawSpan(2, 5));
    assertEquals(Span.of(6, 7), m.rawSpan(3, 4));
    assertEquals(Span.of(0, 9), m.rawSpan(0, 5));
  }

  @Test
  void deletion_isExcludedFromSpansOnBothSides() {
    // BOM at 0 and a soft hyphen inside "impor\u00ADtant"
    TextRewriter rw = new TextRewriter("\uFEFFimpor\u00ADtant");
    rw.delete(0, 1);
    rw.delete(6, 7);
    MappedText t = rw.finish();
    assertEquals("important", t.text());
    assertEquals(Span.of(1, 11), t.offsets().rawSpan(0, 9));
    assertEquals(Span.of(1, 6), t.offsets().rawSpan(0, 5));
    assertEquals(Span.of(7, 11), t.offsets().rawSpan(5, 9));
  }

  @Test
  void insertion_mapsToAnEmptyRawSpan() {
    TextRewriter rw = new TextRewriter("Oui!");
    rw.insert(3, "\u202F");
    MappedText t = rw.finish();
    assertEquals("Oui\u202F!", t.text());
    assertEquals(Span.of(3, 3), t.offsets().rawSpan(3, 4));
    assertEquals(Span.of(3, 4), t.offsets().rawSpan(4, 5));
    assertEquals(Span.of(0, 4), t.offsets().rawSpan(0, 5));
  }

  @Test
  void equalLengthReplacement_keepsExactPositions() {
    TextRewriter rw = new TextRewriter("l'été");
    rw.replace(1, 2, '’');
    MappedText t = rw.finish();
    assertTrue(t.offsets().isIdentity());
  }

  @Test
  void andThen_composesTwoSteps() {
    TextRewriter first = new TextRewriter("a&amp;b\r\nc");
    first.replace(1, 6, '&');
    MappedText one = first.finish(); // "a&b\r\nc"
    TextRewriter second = new TextRewriter(one.text());
    second.replace(3, 5, '\n');
    MappedText two = one.then(second.finish()); // "a&b\nc"
    assertEquals("a&b\nc", two.text());
    OffsetMap m = two.offsets();
    assertEquals(Span.of(1, 6), m.rawSpan(1, 2));
    assertEquals(Span.of(6, 7), m.rawSpan(2, 3));
    assertEquals(Span.of(7, 9), m.rawSpan(3, 4));
    assertEquals(Span.of(9, 10), m.rawSpan(4, 5));
  }

  @Test
  void rawStart_outOfRange_namesTheOffset() {
    OffsetMap m = OffsetMap.identity(3);
    IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> m.rawStart(4));
    assertTrue(e.getMessage().contains("offset"), e.getMessage());
  }

  @Test
  void andThen_mismatchedLengths_isRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OffsetMap.identity(3).andThen(OffsetMap.identity(4)));
    assertTrue(e.getMessage().startsWith("next:"), e.getMessage());
  }

  @Test
  void builder_outOfOrder_isRefused() {
    OffsetMap.Builder b = OffsetMap.builder().replaced(5, 7, 5, 6);
    assertThrows(IllegalArgumentException.class, () -> b.replaced(2, 3, 2, 2));
  }
}
