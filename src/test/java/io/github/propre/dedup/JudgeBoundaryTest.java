package io.github.propre.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.propre.text.ParagraphMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Boundaries of the judge's rules: minChars, the near threshold, and ties between owners. */
class JudgeBoundaryTest {

  private static Deduplicator.Builder line() {
    return Deduplicator.builder().paragraphs(ParagraphMode.LINE);
  }

  /** Near mode on single words (1-grams), so that shares are easy to count by hand. */
  private static Deduplicator unigrams(double threshold) {
    return line().near().ngram(1).threshold(threshold).minChars(0).build();
  }

  private static List<Removal> removed(Deduplicator d, String... lines) {
    return d.deduplicate(String.join("\n", lines) + "\n").removed();
  }

  @Test
  void builder_acceptsNgramAndThresholdBounds() {
    assertEquals(1, line().near().ngram(1).build().ngram());
    assertEquals(Deduplicator.MAX_NGRAM, line().near().ngram(32).build().ngram());
    assertEquals(0.0, line().near().threshold(0.0).build().threshold());
    assertThrows(IllegalArgumentException.class, () -> line().ngram(0));
    assertThrows(IllegalArgumentException.class, () -> line().ngram(33));
    assertThrows(IllegalArgumentException.class, () -> line().threshold(1.0));
    assertThrows(IllegalArgumentException.class, () -> line().threshold(-0.01));
  }

  @Test
  void keyOfExactlyMinChars_isRemoved() {
    // "abcdefghij" has a key of 10 code points
    assertEquals(1, removed(line().minChars(10).build(), "abcdefghij", "abcdefghij").size());
    assertEquals(0, removed(line().minChars(11).build(), "abcdefghij", "abcdefghij").size());
  }

  @Test
  void keyOfExactlyMinChars_isRemovedUnderDropAll() {
    Deduplicator at = line().minChars(10).policy(DuplicatePolicy.dropAll()).build();
    assertEquals(2, removed(at, "abcdefghij", "abcdefghij").size());
    Deduplicator above = line().minChars(11).policy(DuplicatePolicy.dropAll()).build();
    assertEquals(0, removed(above, "abcdefghij", "abcdefghij").size());
  }

  @Test
  void dropAll_pointsEachCopyAtTheOtherOne() {
    Deduplicator d = line().minChars(5).policy(DuplicatePolicy.dropAll()).build();
    // lines start at 0, 14 and 28
    List<Removal> r = removed(d, "premier texte", "second texte.", "second texte.");
    assertEquals(2, r.size());
    assertEquals(new ParagraphRef(0, 28, 41), r.get(0).duplicateOf());
    assertEquals(new ParagraphRef(0, 14, 27), r.get(1).duplicateOf());
  }

  @Test
  void shareEqualToThreshold_isKept() {
    Deduplicator d = unigrams(0.5);
    // 2 of 4 words seen: exactly one half, not more
    assertEquals(0, removed(d, "alpha beta gamma delta", "alpha beta epsilon zeta").size());
    // 3 of 4 words seen
    List<Removal> r = removed(d, "alpha beta gamma delta", "alpha beta gamma omega");
    assertEquals(1, r.size());
    assertEquals(DuplicateKind.NEAR, r.get(0).kind());
    assertEquals(0.75, r.get(0).similarity());
    assertEquals(new ParagraphRef(0, 0, 22), r.get(0).duplicateOf());
  }

  @Test
  void zeroThreshold_removesOnOneSharedWord() {
    List<Removal> r = removed(unigrams(0.0), "alpha beta gamma delta", "omega psi chi alpha");
    assertEquals(1, r.size());
    assertEquals(0.25, r.get(0).similarity());
  }

  @Test
  void tieBetweenOwners_pointsAtTheEarlierParagraph() {
    Deduplicator d = unigrams(0.4);
    // "un trois" shares one word with each kept paragraph
    assertEquals(new ParagraphRef(0, 0, 7),
        removed(d, "un deux", "trois quatre", "un trois").get(0).duplicateOf());
    assertEquals(new ParagraphRef(0, 0, 12),
        removed(d, "trois quatre", "un deux", "un trois").get(0).duplicateOf());
  }

  @Test
  void tieBetweenOwners_pointsAtTheEarlierDocument() {
    Deduplicator d = unigrams(0.4);
    DuplicateIndex index = DuplicateIndex.create(16, 64);
    d.deduplicate("un deux\n", index);
    d.deduplicate("trois quatre\n", index);
    assertEquals(new ParagraphRef(0, 0, 7),
        d.deduplicate("un trois\n", index).removed().get(0).duplicateOf());

    DuplicateIndex swapped = DuplicateIndex.create(16, 64);
    d.deduplicate("trois quatre\n", swapped);
    d.deduplicate("un deux\n", swapped);
    assertEquals(new ParagraphRef(0, 0, 12),
        d.deduplicate("un trois\n", swapped).removed().get(0).duplicateOf());
  }

  @Test
  void ownerOfMostWords_winsOverTheEarlierOne() {
    Deduplicator d = unigrams(0.4);
    // two words of "un deux", one of "trois quatre" (which comes first)
    assertEquals(new ParagraphRef(0, 13, 20),
        removed(d, "trois quatre", "un deux", "un deux trois").get(0).duplicateOf());
    assertEquals(new ParagraphRef(0, 8, 20),
        removed(d, "un deux", "trois quatre", "trois un quatre").get(0).duplicateOf());
  }
}
