package io.github.propre.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.text.Paragraph;
import io.github.propre.text.ParagraphMode;
import io.github.propre.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import io.github.propre.testing.LinearTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;

class DeduplicatorPropertiesTest {

  /** Paragraph texts: long ones that repeat, typographic variants of them, and short ones. */
  static final String[] POOL = {
      "L’Alliance des États du Sahel a signé « un accord de défense » avec la Russie.",
      "Les ministres ont rappelé que la coopération ne se limite pas aux questions militaires.",
      "Au-delà de la sécurité, les échanges ont porté sur l’énergie, les mines et l’agriculture.",
      "Le vice-ministre russe — figure clé des négociations — était présent à Moscou hier soir.",
      "— Oui.",
      "— Non, dit-il.",
      "Merci.",
  };

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> paragraph = Arbitraries.of(POOL)
        .flatMap(p -> Arbitraries.of(0, 1, 2, 3, 4).map(v -> variant(p, v)));
    Arbitrary<String> separator = Arbitraries.of("\n", "\n\n", "\r\n", "\n \n", "\n\n\n");
    return Combinators.combine(paragraph.list().ofMaxSize(10),
        separator.list().ofMinSize(10).ofMaxSize(10),
        Arbitraries.of("", "\n", "  ")).as((ps, seps, tail) -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < ps.size(); i++) {
            sb.append(ps.get(i));
            if (i + 1 < ps.size()) {
              sb.append(seps.get(i));
            }
          }
          return sb.append(tail).toString();
        });
  }

  /** Returns {@code p} typed another way: apostrophes, quote marks, spaces, case. */
  static String variant(String p, int kind) {
    return switch (kind) {
      case 1 -> p.replace('’', '\'');
      case 2 -> p.replace("« ", "\"").replace(" »", "\"").replace(" ", "\u00A0");
      case 3 -> p.replace(" ", "  ").replace(" —", "\u202F–") + " ";
      case 4 -> p.toUpperCase(java.util.Locale.ROOT);
      default -> p;
    };
  }

  static final List<Deduplicator> SETTINGS = List.of(
      Deduplicator.builder().paragraphs(ParagraphMode.LINE).build(),
      Deduplicator.builder().paragraphs(ParagraphMode.BLANK_LINE).build(),
      Deduplicator.builder().paragraphs(ParagraphMode.LINE).policy(DuplicatePolicy.allowRepeats(1))
          .build(),
      Deduplicator.builder().paragraphs(ParagraphMode.LINE).policy(DuplicatePolicy.dropAll())
          .build(),
      Deduplicator.builder().paragraphs(ParagraphMode.BLANK_LINE).minChars(0).build(),
      Deduplicator.builder().near().paragraphs(ParagraphMode.LINE).build(),
      Deduplicator.builder().near().ngram(3).threshold(0.3).paragraphs(ParagraphMode.BLANK_LINE)
          .build());

  @Provide
  Arbitrary<Deduplicator> settings() {
    return Arbitraries.of(SETTINGS);
  }

  /**
   * Every setting is idempotent, policies included: a removal takes whole lines, so the kept
   * paragraphs stay paragraphs, in order, and a second pass judges them as the first did (in near
   * mode, against the same store, which only kept paragraphs feed). Under allowRepeats(n) the output
   * holds at most n + 1 copies of a key, all of which a second pass allows; under dropAll() it holds
   * one copy of a key at most, so nothing repeats. {@link #policies_keepTheCopiesTheyAllow} checks
   * those counts.
   */
  @Property
  void deduplicate_isIdempotent(@ForAll("texts") String text) {
    for (Deduplicator d : SETTINGS) {
      String once = d.deduplicate(text).text();
      assertEquals(once, d.deduplicate(once).text(), d.toString());
    }
  }

  /** Exact mode keeps the first copy of a key and policy().repeats() more, or none under dropAll(). */
  @Property
  void policies_keepTheCopiesTheyAllow(@ForAll("texts") String text) {
    for (Deduplicator d : SETTINGS) {
      if (d.isNear()) {
        continue; // keepFirst() only, and a paragraph may go as a near copy of a longer one
      }
      DedupResult r = d.deduplicate(text);
      Map<Long, Integer> copies = new HashMap<>();
      for (Paragraph p : r.paragraphs()) {
        copies.merge(Deduplicator.exactKey(p.text()), 1, Integer::sum);
      }
      Map<Long, Integer> keptSoFar = new HashMap<>();
      Set<Paragraph> kept = new HashSet<>(r.kept());
      for (Paragraph p : r.paragraphs()) {
        long key = Deduplicator.exactKey(p.text());
        int before = keptSoFar.getOrDefault(key, 0);
        boolean expected;
        if (NearCopies.keyLength(p.text()) < d.minChars()) {
          expected = true; // short: never removed
        } else if (d.policy().dropsAll()) {
          expected = copies.get(key) == 1;
        } else {
          expected = before <= d.policy().repeats();
        }
        assertEquals(expected, kept.contains(p), d + ": " + p);
        keptSoFar.merge(key, kept.contains(p) ? 1 : 0, Integer::sum);
      }
    }
  }

  @Property
  void output_isASubsequenceAndKeptPlusRemovedIsTheInput(@ForAll("texts") String text,
      @ForAll("settings") Deduplicator d) {
    assertOutputAndRemovalsRebuildTheInput(text, d.deduplicate(text));
  }

  static void assertOutputAndRemovalsRebuildTheInput(String text, DedupResult r) {
    // rebuild the input from the output and the removed spans
    StringBuilder rebuilt = new StringBuilder();
    int out = 0;
    int in = 0;
    for (Removal removal : r.removed()) {
      Span cut = removal.removedSpan();
      rebuilt.append(r.text(), out, out + cut.start() - in);
      out += cut.start() - in;
      rebuilt.append(cut.textIn(text));
      in = cut.end();
    }
    rebuilt.append(r.text(), out, r.text().length());
    assertEquals(text, rebuilt.toString());
    // every output character maps back to the same input character
    for (int i = 0; i < r.text().length(); i++) {
      assertEquals(text.charAt(r.output().offsets().rawStart(i)), r.text().charAt(i));
    }
    assertEquals(r.paragraphs().size(), r.kept().size() + r.removed().size());
  }

  /** The settings that keep the first copy: every one but allowRepeats and dropAll. */
  static final List<Deduplicator> KEEP_FIRST = SETTINGS.stream()
      .filter(d -> d.policy().equals(DuplicatePolicy.keepFirst())).toList();

  /**
   * The first paragraph with a key is never removed as an exact copy, and an exact copy points at
   * it. In near mode a first paragraph may go as a near copy of an earlier, different one; it then
   * points at a kept paragraph before it (the pool's texts have no near copies; {@link NearCopies}
   * does, see {@link #nearCopies_firstCopySurvivesAndIsPointedAt}).
   */
  @Property
  void firstCopy_alwaysSurvivesUnderKeepFirst(@ForAll("texts") String text) {
    for (Deduplicator d : KEEP_FIRST) {
      DedupResult r = d.deduplicate(text);
      Map<Paragraph, Removal> removed = new HashMap<>();
      r.removed().forEach(x -> removed.put(x.paragraph(), x));
      Set<Integer> keptStarts = new HashSet<>();
      r.kept().forEach(p -> keptStarts.add(p.span().start()));
      Map<Long, Paragraph> first = new HashMap<>();
      for (Paragraph p : r.paragraphs()) {
        Paragraph f = first.putIfAbsent(Deduplicator.exactKey(p.text()), p);
        Removal why = removed.get(p);
        if (why == null) {
          continue;
        }
        if (why.kind() == DuplicateKind.EXACT) {
          assertTrue(f != null, d + ": first copy removed: " + p);
          assertEquals(f.span().start(), why.duplicateOf().start(), d.toString());
        } else {
          assertTrue(why.duplicateOf().start() < p.span().start(), d + ": " + why);
        }
        assertTrue(keptStarts.contains((int) why.duplicateOf().start()), d + ": " + why);
      }
    }
  }

  @Property
  void decisions_areInvariantUnderTypographicVariants(@ForAll("texts") String text,
      @ForAll("settings") Deduplicator d, @ForAll @net.jqwik.api.constraints.IntRange(min = 1,
      max = 4) int kind) {
    // re-type every paragraph; separators stay, so the paragraphs stay where they were
    List<Paragraph> ps = d.deduplicate(text).paragraphs();
    StringBuilder retyped = new StringBuilder();
    int last = 0;
    for (Paragraph p : ps) {
      retyped.append(text, last, p.span().start()).append(variant(p.text(), kind));
      last = p.span().end();
    }
    retyped.append(text.substring(last));
    assertEquals(removedIndexes(d.deduplicate(text)), removedIndexes(d.deduplicate(retyped)));
  }

  private static List<Integer> removedIndexes(DedupResult r) {
    List<Integer> out = new ArrayList<>();
    r.removed().forEach(x -> out.add(x.paragraph().index()));
    return out;
  }

  @Property(tries = 50)
  void sameInputAndSettings_sameResultInAnyThread(@ForAll("texts") String text,
      @ForAll("settings") Deduplicator d) throws Exception {
    DedupResult expected = d.deduplicate(text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<DedupResult>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> d.deduplicate(text)));
      }
      for (Future<DedupResult> f : results) {
        DedupResult r = f.get();
        assertEquals(expected.text(), r.text());
        assertEquals(expected.removed(), r.removed());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Property(tries = 50)
  void sharedIndex_keepsEachParagraphOnceAcrossThreads(@ForAll("texts") String text) throws Exception {
    Deduplicator d = SETTINGS.get(0);
    DuplicateIndex index = DuplicateIndex.create(1000);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<DedupResult>> results = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> d.deduplicate(text, index)));
      }
      Set<Long> keptKeys = new HashSet<>();
      int eligibleKept = 0;
      for (Future<DedupResult> f : results) {
        for (Paragraph p : f.get().kept()) {
          KeyHasher h = new KeyHasher();
          h.add(p.text(), 0, p.text().length());
          long k = h.finish();
          if (h.length() >= d.minChars()) {
            keptKeys.add(k);
            eligibleKept++;
          }
        }
      }
      assertEquals(keptKeys.size(), eligibleKept, "a paragraph was kept in two documents");
      assertEquals(8, index.documentCount());
    } finally {
      pool.shutdown();
    }
  }

  @Provide
  Arbitrary<NearCopies> nearCopies() {
    return Arbitraries.randomValue(NearCopies::generate);
  }

  /** Default near mode: the settings issue 5 names for one-word edits and appended sentences. */
  static final Deduplicator NEAR = Deduplicator.near();

  @Property(tries = 300)
  void nearCopies_areRemovedAtTheDefaultThreshold(@ForAll("nearCopies") NearCopies t) {
    DedupResult r = NEAR.deduplicate(t.text());
    assertEquals(t.items().size(), r.paragraphs().size());
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < t.items().size(); i++) {
      if (t.items().get(i).kind() != NearCopies.Kind.ORIGINAL) {
        expected.add(i);
      }
    }
    assertEquals(expected, removedIndexes(r), t.text());
    for (Removal x : r.removed()) {
      assertEquals(DuplicateKind.NEAR, x.kind());
      // 1 for a word dropped at either end: every n-gram left was seen
      assertTrue(x.similarity() > NEAR.threshold() && x.similarity() <= 1, x.toString());
    }
  }

  /**
   * With minChars above some groups (an original and its copies) and below the others, only the
   * copies in the long groups go. A limit that cuts a group in two is not chosen: a short original
   * is not remembered, and whether its long copies then catch each other depends on which two
   * edits they carry, not on the rule under test.
   */
  @Property(tries = 300)
  void nearCopies_underMinChars_stay(@ForAll("nearCopies") NearCopies t,
      @ForAll @IntRange(min = 0, max = 5) int pick) {
    int groups = 1 + t.items().stream().mapToInt(NearCopies.Item::group).max().orElseThrow();
    int[] min = new int[groups];
    int[] max = new int[groups];
    Arrays.fill(min, Integer.MAX_VALUE);
    for (NearCopies.Item item : t.items()) {
      int length = NearCopies.keyLength(item.textIn(t.text()));
      min[item.group()] = Math.min(min[item.group()], length);
      max[item.group()] = Math.max(max[item.group()], length);
    }
    // limits no group straddles: the shortest of each group, and one above everything
    List<Integer> limits = new ArrayList<>(List.of(1 + Arrays.stream(max).max().getAsInt()));
    for (int limit : min) {
      if (limit != Integer.MAX_VALUE && IntStream.range(0, groups)
          .allMatch(g -> min[g] == Integer.MAX_VALUE || max[g] < limit || min[g] >= limit)) {
        limits.add(limit);
      }
    }
    int minChars = limits.get(pick % limits.size());
    Deduplicator d = Deduplicator.builder().near().minChars(minChars).build();
    DedupResult r = d.deduplicate(t.text());
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < t.items().size(); i++) {
      NearCopies.Item item = t.items().get(i);
      if (item.kind() != NearCopies.Kind.ORIGINAL && min[item.group()] >= minChars) {
        expected.add(i);
      }
    }
    assertEquals(expected, removedIndexes(r), "minChars " + minChars + ": " + t.text());
  }

  @Property(tries = 300)
  void nearCopies_outputIsASubsequenceAndKeptPlusRemovedIsTheInput(
      @ForAll("nearCopies") NearCopies t) {
    DedupResult r = NEAR.deduplicate(t.text());
    assertOutputAndRemovalsRebuildTheInput(t.text(), r);
    assertEquals(List.of(), NEAR.deduplicate(r.text()).removed(), "a second pass removed these");
  }

  @Property(tries = 300)
  void nearCopies_firstCopySurvivesAndIsPointedAt(@ForAll("nearCopies") NearCopies t) {
    DedupResult r = NEAR.deduplicate(t.text());
    Set<Integer> keptStarts = new HashSet<>();
    r.kept().forEach(p -> keptStarts.add(p.span().start()));
    Map<Integer, NearCopies.Item> originals = new HashMap<>();
    for (NearCopies.Item item : t.items()) {
      if (item.kind() == NearCopies.Kind.ORIGINAL) {
        originals.put(item.group(), item);
        assertTrue(keptStarts.contains(item.start()), "original removed: " + item);
      }
    }
    for (Removal x : r.removed()) {
      NearCopies.Item copy = t.items().get(x.paragraph().index());
      NearCopies.Item original = originals.get(copy.group());
      assertEquals(new ParagraphRef(0, original.start(), original.end()), x.duplicateOf(),
          copy.toString());
    }
  }

  /**
   * The edits make real near copies: exact mode removes none of them, only a copy edited the same
   * way as an earlier one (the same word dropped, say), which is an exact copy of that one.
   */
  @Property(tries = 100)
  void nearCopies_stayInExactMode(@ForAll("nearCopies") NearCopies t) {
    List<Integer> expected = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < t.items().size(); i++) {
      if (!seen.add(t.items().get(i).textIn(t.text()))) {
        expected.add(i);
      }
    }
    assertEquals(expected, removedIndexes(Deduplicator.exact().deduplicate(t.text())));
  }

  /**
   * The bulk loop (two passes over a chunk, space and quote rules as arithmetic) against the
   * character-at-a-time path, on text dense with every kind of character the key treats apart.
   */
  @Property
  void keyHasher_bulkAndOneByOneAgree(@ForAll("keyTexts") String text) {
    KeyHasher bulk = new KeyHasher();
    bulk.add(text, 0, text.length());
    KeyHasher single = new KeyHasher();
    for (int i = 0; i < text.length(); i++) {
      single.add(text.charAt(i));
    }
    assertEquals(single.finish(), bulk.finish());
    assertEquals(single.length(), bulk.length());
    // In two pieces cut anywhere, as a stream feeds it.
    int cut = text.length() / 3;
    KeyHasher pieces = new KeyHasher();
    pieces.add(text.toCharArray(), 0, cut);
    pieces.add(text.substring(cut), 0, text.length() - cut);
    assertEquals(single.finish(), pieces.finish());
  }

  @Provide
  Arbitrary<String> keyTexts() {
    // Letters, spaces of every width, quote marks, tight punctuation, dropped characters (soft
    // hyphen, ZWSP), expansions (ß, ﬁ, ½), combining marks, ´, surrogates (paired and lone).
    Arbitrary<String> piece = Arbitraries.of("a", "É", "z", "7", " ", "  ", "\u00A0", "\u202F", "\t", "«",
        "»", "\"", "“", "?", "!", ":", ";", ",", "\u00AD", "\u200B", "ß", "ﬁ", "½", "\u0301", "e\u0301",
        "\u00B4", "’", "—", "😀", "\uD83D", "\uDE00", "Ⅻ", "\u2028");
    return piece.list().ofMaxSize(1200).map(l -> String.join("", l));
  }

  @Property(tries = 10)
  @Tag("timing") // compares run times: meaningless under mutation testing
  void hostileRuns_takeLinearTime(@ForAll("hostile") char c) {
    String large = String.valueOf(c).repeat(2_000_000);
    LinearTime.assertLinear("the exact key of '" + c + "'", large.substring(0, 250_000), large,
        Deduplicator::exactKey);
  }

  @Provide
  Arbitrary<Character> hostile() {
    return Arbitraries.of('«', '\'', '-', ' ', '\u0301', '\u00A0', '\u200B', 'ﬁ', '\u00B4', 'a');
  }
}
