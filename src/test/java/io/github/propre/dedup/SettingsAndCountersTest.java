package io.github.propre.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.text.ParagraphMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exact answers of the settings, counters and reports of the dedup package: equality, hash codes,
 * descriptions, index accounting and stream counters (written to kill the mutants PIT found alive).
 */
class SettingsAndCountersTest {
  static final String A = "L’Alliance des États du Sahel a signé « un accord de défense » avec la Russie.";
  static final String B = "Les ministres ont rappelé que la coopération ne se limite pas aux questions militaires.";

  @Test
  void duplicateKind_jsonNames() {
    assertEquals("exact", DuplicateKind.EXACT.jsonName());
    assertEquals("near", DuplicateKind.NEAR.jsonName());
  }

  @Test
  void duplicatePolicy_valuesEqualityAndNames() {
    assertEquals(0, DuplicatePolicy.keepFirst().repeats());
    assertFalse(DuplicatePolicy.keepFirst().dropsAll());
    assertTrue(DuplicatePolicy.dropAll().dropsAll());
    assertEquals(0, DuplicatePolicy.dropAll().repeats());
    assertEquals(3, DuplicatePolicy.allowRepeats(3).repeats());
    assertEquals(DuplicatePolicy.keepFirst(), DuplicatePolicy.allowRepeats(0));
    assertEquals(DuplicatePolicy.allowRepeats(2), DuplicatePolicy.allowRepeats(2));
    assertEquals(DuplicatePolicy.allowRepeats(2).hashCode(), DuplicatePolicy.allowRepeats(2).hashCode());
    assertNotEquals(DuplicatePolicy.allowRepeats(2), DuplicatePolicy.allowRepeats(1));
    assertNotEquals(DuplicatePolicy.keepFirst(), DuplicatePolicy.dropAll());
    assertNotEquals(DuplicatePolicy.keepFirst().hashCode(), DuplicatePolicy.dropAll().hashCode());
    assertNotEquals(DuplicatePolicy.keepFirst(), "keepFirst()");
    assertEquals("keepFirst()", DuplicatePolicy.keepFirst().toString());
    assertEquals("dropAll()", DuplicatePolicy.dropAll().toString());
    assertEquals("allowRepeats(4)", DuplicatePolicy.allowRepeats(4).toString());
  }

  @Test
  void deduplicator_settingsRoundTripThroughTheBuilder() {
    Deduplicator near = Deduplicator.builder().near().ngram(5).threshold(0.3).minChars(20)
        .paragraphs(ParagraphMode.LINE).build();
    assertTrue(near.isNear());
    assertEquals(5, near.ngram());
    assertEquals(0.3, near.threshold());
    assertEquals(20, near.minChars());
    assertEquals(ParagraphMode.LINE, near.paragraphMode());
    assertEquals(DuplicatePolicy.keepFirst(), near.policy());
    assertEquals(near, near.toBuilder().build());
    assertEquals(near.hashCode(), near.toBuilder().build().hashCode());
    assertEquals("Deduplicator[near, ngram=5, threshold=0.3, minChars=20, policy=keepFirst(), paragraphs=LINE]",
        near.toString());

    Deduplicator exact = Deduplicator.exact();
    assertFalse(exact.isNear());
    assertEquals(Deduplicator.DEFAULT_NGRAM, exact.ngram());
    assertEquals(Deduplicator.DEFAULT_THRESHOLD, exact.threshold());
    assertEquals(Deduplicator.DEFAULT_MIN_CHARS, exact.minChars());
    assertEquals(ParagraphMode.AUTO, exact.paragraphMode());
    assertEquals(exact, exact.toBuilder().build());
    assertEquals("Deduplicator[exact, minChars=50, policy=keepFirst(), paragraphs=AUTO]", exact.toString());
    assertEquals(Deduplicator.near(), Deduplicator.builder().near().build());

    assertNotEquals(exact, Deduplicator.near());
    assertNotEquals(exact, exact.toBuilder().minChars(10).build());
    assertNotEquals(exact, exact.toBuilder().policy(DuplicatePolicy.dropAll()).build());
    assertNotEquals(exact, exact.toBuilder().paragraphs(ParagraphMode.BLANK_LINE).build());
    assertNotEquals(near, near.toBuilder().build().toBuilder().minChars(21).build());
    assertNotEquals(Deduplicator.near(), Deduplicator.builder().near().ngram(6).build());
    assertNotEquals(Deduplicator.near(), Deduplicator.builder().near().threshold(0.6).build());
    assertNotEquals(exact, "exact");
  }

  @Test
  void duplicateIndex_accountsForWhatItHolds() {
    DuplicateIndex index = DuplicateIndex.create(2, 8);
    assertEquals(2, index.maxParagraphs());
    assertEquals(8, index.maxNgrams());
    assertEquals(0, index.paragraphCount());
    assertEquals(0, index.documentCount());
    assertFalse(index.isFull());
    assertTrue(index.heapBytes() > 0);
    Deduplicator near = Deduplicator.builder().near().paragraphs(ParagraphMode.LINE).build();
    DedupResult r = near.deduplicate(A + "\n" + B + "\n" + A + " Et encore une phrase ajoutée ici.", index);
    assertEquals(0, r.document());
    assertEquals(1, index.documentCount());
    assertEquals(2, index.paragraphCount());
    assertEquals(8, index.ngramCount());
    assertTrue(index.isFull());
    assertTrue(index.refusedNgrams() > 0);
    assertEquals(0, index.refusedParagraphs());
    assertEquals("DuplicateIndex[paragraphs 2/2, ngrams 8/8, documents 1]", index.toString());
    DedupResult second = near.deduplicate("Un tout autre paragraphe, assez long pour compter dans l’index des copies.",
        index);
    assertEquals(1, second.document());
    assertEquals(1, second.notIndexed());
    assertEquals(1, index.refusedParagraphs());

    DuplicateIndex exactOnly = DuplicateIndex.create(5);
    assertEquals(0, exactOnly.maxNgrams());
    assertEquals(0, exactOnly.ngramCount());
    assertEquals(0, exactOnly.refusedNgrams());
    assertEquals("DuplicateIndex[paragraphs 0/5, ngrams 0/0, documents 0]", exactOnly.toString());
  }

  @Test
  void duplicateIndex_maxBytesFollowsTheDocumentedSizes() {
    // 1,000 paragraph keys at 7/8 load: 1,144 slots of 28 bytes (key, place, size, count), half
    // again while the table last doubles; 1,000 n-grams at 6/8 load: 1,335 slots of 8 bytes (a
    // fingerprint and its owner's number), and the owners' keys, 8 bytes a paragraph, half again.
    assertEquals(28L * (1144 + 572), DuplicateIndex.maxBytes(1000, 0));
    assertEquals(28L * (1144 + 572) + 8L * (1335 + 667) + 12L * 1000,
        DuplicateIndex.maxBytes(1000, 1000));
    long million = DuplicateIndex.maxBytes(1_000_000, 0);
    assertTrue(million > 47_000_000 && million < 49_000_000, "about 48 MB for a million paragraphs: " + million);
    assertTrue(DuplicateIndex.create(1000).heapBytes() <= DuplicateIndex.maxBytes(1000, 0));
    DuplicateIndex full = DuplicateIndex.create(100, 1000);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      text.append("Le paragraphe numéro ").append(i).append(" parle de tout autre chose que le ")
          .append(i * 7919 % 1000).append("e.\n\n");
    }
    Deduplicator.near().deduplicate(text, full);
    assertEquals(100, full.paragraphCount(), "the paragraph table is full");
    assertTrue(full.heapBytes() <= DuplicateIndex.maxBytes(100, 1000),
        full.heapBytes() + " <= " + DuplicateIndex.maxBytes(100, 1000));
  }

  @Test
  void stream_countsPositionParagraphsAndRemovals() {
    DuplicateIndex index = DuplicateIndex.create(1);
    Deduplicator lines = Deduplicator.builder().paragraphs(ParagraphMode.LINE).build();
    List<Long> lineStarts = new ArrayList<>();
    List<Long> paragraphStarts = new ArrayList<>();
    List<Verdict> verdicts = new ArrayList<>();
    DedupStream s = lines.stream(index, new DedupStream.Listener() {
      @Override
      public void lineStart(long position) {
        lineStarts.add(position);
      }

      @Override
      public void paragraphStart(long position) {
        paragraphStarts.add(position);
      }

      @Override
      public void verdict(Verdict v) {
        verdicts.add(v);
      }
    });
    String text = A + "\n\n" + B + "\n" + A + "\n" + B;
    s.append(text.toCharArray(), 0, 10);
    assertEquals(10, s.position());
    assertEquals(0, s.paragraphCount());
    s.append(new StringBuilder(text.substring(10)));
    s.finish();
    s.finish(); // a second finish does nothing
    assertEquals(text.length(), s.position());
    assertEquals(4, s.paragraphCount());
    assertEquals(1, s.removedCount());
    assertEquals(2, s.notIndexed()); // both copies of B found the one-key index full, so both stay
    assertEquals(0, s.document());
    long a = A.length();
    long b = B.length();
    assertEquals(List.of(0L, a + 1, a + 2, a + b + 3, 2 * a + b + 4), lineStarts);
    assertEquals(List.of(0L, a + 2, a + b + 3, 2 * a + b + 4), paragraphStarts);
    assertEquals(4, verdicts.size());
    assertTrue(verdicts.get(2).removed());
    assertEquals(new ParagraphRef(0, 0, a), verdicts.get(2).duplicateOf());
    assertFalse(verdicts.get(3).removed());
  }
}
