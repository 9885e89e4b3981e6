package io.github.propre.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.RandomAccess;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The chunked list: the elements in order across chunk boundaries, immutable, and a builder used once. */
class ChunkedListTest {

  private static List<Integer> build(int n) {
    ChunkedList.Builder<Integer> b = new ChunkedList.Builder<>();
    for (int i = 0; i < n; i++) {
      b.add(i);
    }
    assertEquals(n, b.size());
    return b.build();
  }

  @Example
  void sizesAroundEveryChunkBoundaryGiveTheElementsInOrder() {
    int c = ChunkedList.CHUNK;
    for (int n : new int[] {0, 1, 16, 17, c - 1, c, c + 1, 2 * c, 3 * c + 5}) {
      List<Integer> list = build(n);
      assertEquals(n, list.size());
      for (int i = 0; i < n; i++) {
        assertEquals(i, list.get(i), "element " + i + " of " + n);
      }
      List<Integer> expected = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        expected.add(i);
      }
      assertEquals(expected, list);
      assertEquals(expected.hashCode(), list.hashCode());
      ListIterator<Integer> it = list.listIterator(n);
      for (int i = n - 1; i >= 0; i--) {
        assertEquals(i, it.previous());
      }
    }
  }

  @Example
  void anIndexOutsideTheListIsRefusedWithTheIndex() {
    List<Integer> list = build(ChunkedList.CHUNK + 3);
    IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> list.get(ChunkedList.CHUNK + 3));
    assertTrue(e.getMessage().contains(String.valueOf(ChunkedList.CHUNK + 3)), e.getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> list.get(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> build(0).get(0));
  }

  @Example
  void theListCannotBeChanged() {
    List<Integer> list = build(5);
    assertThrows(UnsupportedOperationException.class, () -> list.add(5));
    assertThrows(UnsupportedOperationException.class, () -> list.set(0, 7));
    assertThrows(UnsupportedOperationException.class, () -> list.remove(0));
    assertThrows(UnsupportedOperationException.class, list::clear);
    assertEquals(List.of(0, 1, 2, 3, 4), list);
    assertTrue(list instanceof RandomAccess);
  }

  @Example
  void aBuilderMakesOneListAndRefusesNull() {
    ChunkedList.Builder<String> b = new ChunkedList.Builder<>();
    NullPointerException npe = assertThrows(NullPointerException.class, () -> b.add(null));
    assertTrue(npe.getMessage().contains("element"), npe.getMessage());
    List<String> list = b.add("a").build();
    assertThrows(IllegalStateException.class, () -> b.add("b"));
    assertThrows(IllegalStateException.class, b::build);
    assertEquals(List.of("a"), list);
  }

  @Example
  void copyOfKeepsAChunkedListAndCopiesAnyOther() {
    List<Integer> chunked = build(10);
    assertSame(chunked, ChunkedList.copyOf(chunked));
    List<Integer> plain = new ArrayList<>(List.of(3, 1, 2));
    List<Integer> copy = ChunkedList.copyOf(plain);
    plain.set(0, 9);
    assertEquals(List.of(3, 1, 2), copy);
    assertThrows(UnsupportedOperationException.class, () -> copy.add(4));
    assertThrows(NullPointerException.class, () -> ChunkedList.copyOf(java.util.Arrays.asList(1, null)));
  }

  @Example
  void paragraphListsAreChunkedAndImmutable() {
    List<io.github.propre.text.Paragraph> ps = io.github.propre.text.Paragraphs.split("Un.\nDeux.\n",
        io.github.propre.text.ParagraphMode.LINE);
    assertEquals(2, ps.size());
    assertEquals("Deux.", ps.get(1).text());
    assertThrows(UnsupportedOperationException.class, () -> ps.remove(0));
  }

  @Property(tries = 200)
  void holdsWhatWasAddedInOrder(@ForAll @Size(max = 20_000) List<@IntRange(min = -5, max = 5) Integer> elements) {
    ChunkedList.Builder<Integer> b = new ChunkedList.Builder<>();
    elements.forEach(b::add);
    List<Integer> list = b.build();
    assertEquals(elements, list);
    assertEquals(elements.size(), list.size());
    assertEquals(elements.hashCode(), list.hashCode());
  }
}
