package io.github.propre.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.text.Paragraph;
import io.github.propre.text.ParagraphMode;
import io.github.propre.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import io.github.propre.testing.LinearTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

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

  @Property
  void deduplicate_isIdempotent(@ForAll("texts") String text) {
    for (Deduplicator d : List.of(SETTINGS.get(0), SETTINGS.get(1), SETTINGS.get(5),
        SETTINGS.get(6))) {
      String once = d.deduplicate(text).text();
      assertEquals(once, d.deduplicate(once).text());
    }
  }

  @Property
  void output_isASubsequenceAndKeptPlusRemovedIsTheInput(@ForAll("texts") String text,
      @ForAll("settings") Deduplicator d) {
    DedupResult r = d.deduplicate(text);
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

  @Property
  void firstCopy_alwaysSurvivesUnderKeepFirst(@ForAll("texts") String text) {
    Deduplicator d = SETTINGS.get(0);
    DedupResult r = d.deduplicate(text);
    Set<Paragraph> removed = new HashSet<>();
    r.removed().forEach(x -> removed.add(x.paragraph()));
    Map<Long, Paragraph> first = new HashMap<>();
    for (Paragraph p : r.paragraphs()) {
      Paragraph f = first.putIfAbsent(Deduplicator.exactKey(p.text()), p);
      if (f == null) {
        assertFalse(removed.contains(p), "first copy removed: " + p);
      } else if (removed.contains(p)) {
        Removal why = r.removed().stream().filter(x -> x.paragraph().equals(p)).findFirst()
            .orElseThrow();
        assertEquals(f.span().start(), why.duplicateOf().start());
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
