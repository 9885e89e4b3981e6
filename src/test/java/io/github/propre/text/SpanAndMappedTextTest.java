package io.github.propre.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact answers of the small value classes (written to kill the mutants PIT found alive). */
class SpanAndMappedTextTest {

  @Test
  void span_lengthEmptinessAndText() {
    Span s = Span.of(3, 8);
    assertEquals(5, s.length());
    assertFalse(s.isEmpty());
    assertTrue(Span.of(4, 4).isEmpty());
    assertEquals(0, Span.of(4, 4).length());
    assertEquals("nouve", Span.of(4, 9).textIn("Une nouvelle")); // the class's Javadoc example
    assertEquals(" nouv", s.textIn("Une nouvelle"));
    assertEquals("[3, 8)", s.toString());
  }

  @Test
  void span_containsAtTheEdgesAndNotBeyond() {
    Span s = Span.of(3, 8);
    assertTrue(s.contains(Span.of(3, 8)));
    assertTrue(s.contains(Span.of(3, 3)));
    assertTrue(s.contains(Span.of(8, 8)));
    assertFalse(s.contains(Span.of(2, 8)));
    assertFalse(s.contains(Span.of(3, 9)));
  }

  @Test
  void span_overlapsOnlyWhenACharIsShared() {
    Span s = Span.of(3, 8);
    assertTrue(s.overlaps(Span.of(7, 9)));
    assertTrue(s.overlaps(Span.of(0, 4)));
    assertFalse(s.overlaps(Span.of(8, 9)));
    assertFalse(s.overlaps(Span.of(0, 3)));
    assertFalse(Span.of(5, 5).overlaps(Span.of(5, 5)));
  }

  @Test
  void span_ordersByStartThenEnd() {
    List<Span> spans = new ArrayList<>(List.of(Span.of(4, 6), Span.of(2, 9), Span.of(4, 5), Span.of(2, 3)));
    Collections.sort(spans);
    assertEquals(List.of(Span.of(2, 3), Span.of(2, 9), Span.of(4, 5), Span.of(4, 6)), spans);
    assertEquals(0, Span.of(1, 2).compareTo(Span.of(1, 2)));
    assertTrue(Span.of(1, 2).compareTo(Span.of(1, 3)) < 0);
    assertTrue(Span.of(2, 2).compareTo(Span.of(1, 3)) > 0);
  }

  @Test
  void mappedText_unchangedMapsEveryOffsetToItself() {
    MappedText t = MappedText.unchanged(new StringBuilder("Bonjour"));
    assertEquals("Bonjour", t.text());
    assertTrue(t.offsets().isIdentity());
    assertEquals(3, t.offsets().rawStart(3));
    assertEquals("MappedText[Bonjour, OffsetMap[raw 7 -> cleaned 7]]", t.toString());
  }

  @Test
  void mappedText_thenComposesBothMaps() {
    // "aXXb" -> "aYb" (XX became Y) -> "Yb" (a deleted)
    MappedText first = MappedText.of("aYb", OffsetMap.builder().replaced(1, 3, 1, 2).build(4, 3));
    MappedText second = MappedText.of("Yb", OffsetMap.builder().replaced(0, 1, 0, 0).build(3, 2));
    MappedText both = first.then(second);
    assertEquals("Yb", both.text());
    assertEquals(Span.of(1, 3), both.offsets().rawSpan(0, 1));
    assertEquals(Span.of(3, 4), both.offsets().rawSpan(1, 2));
    assertEquals(4, both.offsets().rawLength());
  }

  @Test
  void mappedText_equalityFollowsTextAndMap() {
    MappedText a = MappedText.of("aYb", OffsetMap.builder().replaced(1, 3, 1, 2).build(4, 3));
    MappedText b = MappedText.of("aYb", OffsetMap.builder().replaced(1, 3, 1, 2).build(4, 3));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, MappedText.unchanged("aYb"));
    assertNotEquals(a, MappedText.of("aZb", a.offsets()));
    assertNotEquals(a, "aYb");
  }

  @Test
  void mappedText_longTextIsShortenedInToString() {
    String s = "x".repeat(50);
    assertEquals("MappedText[" + "x".repeat(40) + "..., OffsetMap[raw 50 -> cleaned 50]]",
        MappedText.unchanged(s).toString());
  }

  @Test
  void offsetMap_countsReplacementsAndShowsThem() {
    OffsetMap.Builder b = OffsetMap.builder();
    for (int i = 0; i < 10; i++) {
      b.replaced(i * 3, i * 3 + 2, i * 2, i * 2 + 1); // two chars became one, ten times
    }
    OffsetMap m = b.build(30, 20);
    assertEquals(10, m.replacementCount());
    assertFalse(m.isIdentity());
    assertTrue(OffsetMap.identity(3).andThen(OffsetMap.builder().build(3, 3)).isIdentity());
    assertTrue(m.toString().startsWith("OffsetMap[raw 30 -> cleaned 20, raw [0,2) -> [0,1), raw [3,5) -> [2,3)"),
        m.toString());
    assertTrue(m.toString().endsWith(", ... 2 more]"), m.toString());
    assertEquals(m, m.andThen(OffsetMap.identity(20)));
    assertEquals(m, OffsetMap.identity(30).andThen(m));
    assertNotEquals(m, OffsetMap.identity(30));
    assertNotEquals(OffsetMap.identity(3), OffsetMap.identity(4));
    assertEquals(OffsetMap.identity(3).hashCode(), OffsetMap.identity(3).hashCode());
    assertNotEquals(m, "map");
  }

  @Test
  void offsetMap_oneForOneReplacementsAreNotRecorded() {
    OffsetMap m = OffsetMap.builder().replaced(1, 2, 1, 2).replaced(3, 4, 3, 4).build(5, 5);
    assertEquals(0, m.replacementCount());
    assertTrue(m.isIdentity());
    OffsetMap lengthChange = OffsetMap.builder().build(5, 5);
    assertTrue(lengthChange.isIdentity());
  }

  @Test
  void offsetMap_deletionMapsToItsEdges() {
    // "ab--cd" -> "abcd": the two dashes were deleted.
    OffsetMap m = OffsetMap.builder().replaced(2, 4, 2, 2).build(6, 4);
    assertEquals(4, m.rawStart(2));
    assertEquals(2, m.rawEnd(2));
    assertEquals(Span.of(4, 4), m.rawSpan(2, 2));
    assertEquals(Span.of(0, 6), m.rawSpan(0, 4));
    assertEquals(Span.of(4, 5), m.rawSpan(2, 3));
    assertEquals(Span.of(1, 2), m.rawSpan(1, 2));
  }
}
