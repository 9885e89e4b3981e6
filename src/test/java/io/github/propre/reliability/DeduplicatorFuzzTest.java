package io.github.propre.reliability;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.propre.dedup.DedupResult;
import io.github.propre.dedup.DedupStream;
import io.github.propre.dedup.Deduplicator;
import io.github.propre.dedup.DuplicateIndex;
import io.github.propre.dedup.DuplicatePolicy;
import io.github.propre.dedup.Removal;
import io.github.propre.text.ParagraphMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes {@link Deduplicator} in exact and near mode, every paragraph mode and policy: the output
 * keeps the {@linkplain Invariants#dedup dedup invariants} (a subsequence of the input, mapped back
 * char for char), deduplicating the output again removes nothing under keepFirst, and a
 * {@link DedupStream} fed the text in random pieces removes exactly the same paragraphs.
 */
class DeduplicatorFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void deduplicate(FuzzedDataProvider data) {
    ParagraphMode mode = data.pickValue(ParagraphMode.values());
    boolean near = data.consumeBoolean();
    Deduplicator.Builder b = Deduplicator.builder().paragraphs(mode).minChars(data.consumeInt(0, 60));
    if (near) {
      b.near().ngram(data.consumeInt(1, 8)).threshold(data.consumeInt(0, 9) / 10.0);
    } else {
      b.policy(data.pickValue(List.of(DuplicatePolicy.keepFirst(), DuplicatePolicy.dropAll(),
          DuplicatePolicy.allowRepeats(1))));
    }
    Deduplicator d = b.build();
    // Repeat fragments of the text so that there are copies to find.
    String base = FuzzText.from(data, 2048);
    String text = base + "\n" + base + "\n\n" + base.toUpperCase(java.util.Locale.ROOT);

    DedupResult r = d.deduplicate(text);
    Invariants.dedup(text, r);
    if (!d.policy().dropsAll() && d.policy().repeats() == 0) {
      DedupResult again = d.deduplicate(r.text());
      Invariants.check(again.removed().isEmpty() || mode == ParagraphMode.AUTO,
          "a second pass removed more: " + again.removed());
    }
    if (mode != ParagraphMode.AUTO && !d.policy().dropsAll()) {
      checkStreamAgrees(d, text, r, data.consumeInt(1, 64));
    }
  }

  /** A stream fed {@code text} in pieces of {@code piece} chars removes what the call removed. */
  private static void checkStreamAgrees(Deduplicator d, String text, DedupResult r, int piece) {
    List<long[]> removed = new ArrayList<>();
    DuplicateIndex index = DuplicateIndex.create(Math.max(1, r.paragraphs().size()),
        d.isNear() ? Math.max(1, text.length()) : 0);
    DedupStream s = d.stream(index, v -> {
      if (v.removed()) {
        removed.add(new long[] {v.start(), v.end()});
      }
    });
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i += piece) {
      s.append(chars, i, Math.min(piece, chars.length - i));
    }
    s.finish();
    List<long[]> expected = new ArrayList<>();
    for (Removal x : r.removed()) {
      expected.add(new long[] {x.paragraph().span().start(), x.paragraph().span().end()});
    }
    Invariants.check(show(expected).equals(show(removed)), "stream removed " + show(removed)
        + ", deduplicate removed " + show(expected));
  }

  private static String show(List<long[]> spans) {
    StringBuilder sb = new StringBuilder();
    for (long[] s : spans) {
      sb.append('[').append(s[0]).append(',').append(s[1]).append(')');
    }
    return sb.toString();
  }
}
