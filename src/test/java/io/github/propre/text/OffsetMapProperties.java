package io.github.propre.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.internal.TextRewriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random rewrites checked against an oracle that tracks, for every output character, the raw range
 * it came from.
 */
class OffsetMapProperties {

  /** One edit: replace [start, start+len) of the current text by {@code repl}. */
  record Edit(int start, int len, String repl) {}

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("abcdé’ \n").ofMinLength(0).ofMaxLength(40);
  }

  @Provide
  Arbitrary<List<List<Edit>>> scripts() {
    Arbitrary<Edit> edit = Combinators.combine(
        Arbitraries.integers().between(0, 60),
        Arbitraries.integers().between(0, 3),
        Arbitraries.strings().withChars("XY").ofMinLength(0).ofMaxLength(3)).as(Edit::new);
    return edit.list().ofMaxSize(6).list().ofMinSize(1).ofMaxSize(4);
  }

  @Property
  void composedMap_coversTheSourceOfEveryCharacter(@ForAll("texts") String raw,
      @ForAll("scripts") List<List<Edit>> steps) {
    int n = raw.length();
    // oracle: for each char of the current text, its raw source range, and whether it is a copy
    int[] from = new int[n];
    int[] to = new int[n];
    boolean[] copy = new boolean[n];
    for (int i = 0; i < n; i++) {
      from[i] = i;
      to[i] = i + 1;
      copy[i] = true;
    }
    MappedText current = MappedText.unchanged(raw);
    for (List<Edit> step : steps) {
      String text = current.text();
      TextRewriter rw = new TextRewriter(text);
      List<int[]> nf = new ArrayList<>();
      List<Boolean> nc = new ArrayList<>();
      int pos = 0;
      for (Edit e : step) {
        int start = pos + e.start() % (text.length() - pos + 1);
        int end = Math.min(text.length(), start + e.len());
        for (int i = pos; i < start; i++) {
          nf.add(new int[] {from[i], to[i]});
          nc.add(copy[i]);
        }
        int rf = start < end ? from[start] : (start < text.length() ? from[start] : n);
        int rt = start < end ? to[end - 1] : rf;
        if (start == end && start > 0 && start == text.length()) {
          rf = rt = to[start - 1];
        }
        // Characters inserted earlier have no source, only an anchor: a replacement of them and of
        // characters that do have one comes from those characters' sources. (An anchor on the far
        // side of a deletion made the oracle ask for the deleted raw characters too; the map, rightly,
        // leaves them out: found when the property failed on a rare seed.)
        int realFrom = Integer.MAX_VALUE;
        int realTo = -1;
        for (int i = start; i < end; i++) {
          if (from[i] < to[i]) {
            realFrom = Math.min(realFrom, from[i]);
            realTo = Math.max(realTo, to[i]);
          }
        }
        if (realTo >= 0) {
          rf = realFrom;
          rt = realTo;
        }
        rw.replace(start, end, e.repl());
        for (int k = 0; k < e.repl().length(); k++) {
          nf.add(new int[] {rf, rt});
          nc.add(false);
        }
        pos = end;
      }
      for (int i = pos; i < text.length(); i++) {
        nf.add(new int[] {from[i], to[i]});
        nc.add(copy[i]);
      }
      current = current.then(rw.finish());
      int m = nf.size();
      from = new int[m];
      to = new int[m];
      copy = new boolean[m];
      for (int i = 0; i < m; i++) {
        from[i] = nf.get(i)[0];
        to[i] = nf.get(i)[1];
        copy[i] = nc.get(i);
      }
    }
    String out = current.text();
    OffsetMap map = current.offsets();
    assertEquals(out.length(), from.length);
    assertEquals(raw.length(), map.rawLength());
    for (int i = 0; i < out.length(); i++) {
      // A replacement's characters map, together, to at least the range they replaced (one of
      // equal length maps character for character, so only the run as a whole is checked).
      if (!copy[i] && i > 0 && !copy[i - 1] && from[i - 1] == from[i] && to[i - 1] == to[i]) {
        continue; // checked with the start of its run
      }
      int j = i + 1;
      while (!copy[i] && j < out.length() && !copy[j] && from[j] == from[i] && to[j] == to[i]) {
        j++;
      }
      Span s = map.rawSpan(i, copy[i] ? i + 1 : j);
      assertTrue(s.end() <= raw.length(), "in bounds: " + s);
      // Inserted characters have no source: any in-bounds position will do for them.
      if (from[i] < to[i] && !(s.start() <= from[i] && to[i] <= s.end())) {
        throw new AssertionError("char " + i + " comes from [" + from[i] + "," + to[i]
            + ") but maps to " + s + " " + map);
      }
      if (copy[i] && s.length() == 1) {
        assertEquals(raw.charAt(s.start()), out.charAt(i));
      }
    }
    Span all = map.rawSpan(0, out.length());
    assertTrue(all.end() <= raw.length());
  }

  /**
   * A map remembers where its last lookup ended, to answer ascending lookups faster: the answers
   * must not depend on the order of the lookups.
   */
  @Property
  void lookups_giveTheSameAnswersInAnyOrder(@ForAll("texts") String raw,
      @ForAll("scripts") List<List<Edit>> steps, @ForAll java.util.Random random) {
    MappedText current = MappedText.unchanged(raw);
    for (List<Edit> step : steps) {
      String text = current.text();
      TextRewriter rw = new TextRewriter(text);
      int pos = 0;
      for (Edit e : step) {
        int start = pos + e.start() % (text.length() - pos + 1);
        int end = Math.min(text.length(), start + e.len());
        rw.replace(start, end, e.repl());
        pos = end;
      }
      current = current.then(rw.finish());
    }
    OffsetMap map = current.offsets();
    int n = map.cleanedLength();
    int[] starts = new int[n + 1];
    int[] ends = new int[n + 1];
    for (int o = 0; o <= n; o++) {
      starts[o] = map.rawStart(o);
      ends[o] = map.rawEnd(o);
    }
    List<Integer> order = new ArrayList<>();
    for (int o = n; o >= 0; o--) {
      order.add(o);
    }
    for (int round = 0; round < 2; round++) {
      for (int o : order) {
        assertEquals(starts[o], map.rawStart(o), "rawStart(" + o + ") " + map);
        assertEquals(ends[o], map.rawEnd(o), "rawEnd(" + o + ") " + map);
      }
      java.util.Collections.shuffle(order, random);
    }
  }

  @Property
  void unchangedCharacters_mapExactlyWhenFarFromEdits(@ForAll("texts") String raw) {
    MappedText t = MappedText.unchanged(raw);
    for (int i = 0; i < raw.length(); i++) {
      assertEquals(Span.of(i, i + 1), t.offsets().rawSpan(i, i + 1));
    }
  }
}
