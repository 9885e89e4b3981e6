package io.github.propre.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.text.ParagraphMode;
import io.github.propre.text.Span;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The examples in this package's Javadoc, run with their placeholders ({@code article},
 * {@code reader}, {@code documents}...) bound to small texts and printing replaced by a list: each
 * claim of a comment or of the text around an example is an assertion here.
 */
class JavadocExamplesTest {

  static final String A = "L’Alliance des États du Sahel a signé « un accord de défense » avec la "
      + "Russie.";
  static final String B = "Au-delà de la sécurité, les échanges ont porté sur l’énergie, les mines et "
      + "l’agriculture.";
  /** A typed another way: straight apostrophe and quotes, no spaces inside them, upper case. */
  static final String A_RETYPED = "L'ALLIANCE DES ÉTATS DU SAHEL A SIGNÉ \"UN ACCORD DE DÉFENSE\" "
      + "AVEC LA RUSSIE.";
  static final String ARTICLE = A + "\n" + B + "\n" + A_RETYPED + "\n";

  /** {@code n} distinct words, so that a paragraph of them has {@code n - 6} distinct 7-grams. */
  private static String words(int n, int from) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < from + n; i++) {
      sb.append(i == from ? "" : " ").append("mot").append((char) ('a' + i / 26))
          .append((char) ('a' + i % 26));
    }
    return sb.append('.').toString();
  }

  @Test
  void deduplicator_classExample() {
    Deduplicator dedup = Deduplicator.exact();
    DedupResult r = dedup.deduplicate(ARTICLE);
    assertEquals(A + "\n" + B + "\n", r.text()); // the article without its repeated paragraphs
    assertEquals(new ParagraphRef(0, 0, A.length()), r.removed().get(0).duplicateOf());

    Deduplicator near = Deduplicator.near(); // 7-grams, more than half seen
    assertEquals(7, near.ngram());
    assertEquals(0.5, near.threshold());
    Deduplicator mine = Deduplicator.builder()
        .minChars(30)
        .policy(DuplicatePolicy.allowRepeats(1))
        .paragraphs(ParagraphMode.BLANK_LINE)
        .build();
    assertEquals("Deduplicator[exact, minChars=30, policy=allowRepeats(1), paragraphs=BLANK_LINE]",
        mine.toString());
  }

  @Test
  void deduplicator_keyClaims() {
    assertEquals(Deduplicator.exactKey("L’AES « alliée »"), Deduplicator.exactKey("l'AES \"alliée\""));
    assertEquals(Deduplicator.exactKey("« Oui ! »"), Deduplicator.exactKey("\"Oui!\""));
    assertNotEquals(Deduplicator.exactKey("alliée"), Deduplicator.exactKey("alliee")); // accents kept
  }

  @Test
  void deduplicator_nearArithmetic() {
    // one word changed spoils at most 7 of w - 6 7-grams: above half once w > 20
    for (int w : new int[] {20, 21}) {
      String p = words(w, 0);
      String edited = p.replace("motaj", "autre"); // word 10 of w: spoils 7 n-grams
      DedupResult r = Deduplicator.near().deduplicate(p + "\n" + edited + "\n");
      assertEquals(w > 20 ? 1 : 0, r.removed().size(), w + " words");
    }
    // Onion's 2023 fork (10-grams, 0.9) lets a one-word edit of a 30-word paragraph through:
    // 11 of its 21 10-grams survive; the defaults remove it
    String p = words(30, 0);
    String edited = p.replace("motap", "autre"); // word 16: 10 n-grams spoiled
    String text = p + "\n" + edited + "\n";
    Deduplicator onion = Deduplicator.builder().near().ngram(10).threshold(0.9).build();
    DedupResult kept = onion.deduplicate(text);
    assertEquals(0, kept.removed().size());
    List<Verdict> verdicts = new ArrayList<>();
    DedupStream s = onion.toBuilder().paragraphs(ParagraphMode.LINE).build()
        .stream(DuplicateIndex.create(10, 100), verdicts::add);
    s.append(text);
    s.finish();
    assertEquals(11.0 / 21, verdicts.get(1).similarity(), 1e-9);
    assertEquals(1, Deduplicator.near().deduplicate(text).removed().size());
  }

  @Test
  void deduplicator_shortParagraphsStay() {
    DedupResult r = Deduplicator.exact().deduplicate("— Oui.\n" + A + "\n— Oui.\n");
    assertEquals(0, r.removed().size());
    assertEquals(50, Deduplicator.DEFAULT_MIN_CHARS);
  }

  @Test
  void builder_example() {
    Deduplicator d = Deduplicator.builder().minChars(80).build();
    assertEquals(80, d.minChars());
    // each setting may be set once; ngram or threshold without near() fails at build()
    assertThrows(IllegalStateException.class, () -> Deduplicator.builder().minChars(1).minChars(2));
    assertThrows(IllegalStateException.class, () -> Deduplicator.builder().ngram(5).build());
    assertThrows(IllegalStateException.class,
        () -> Deduplicator.builder().near().policy(DuplicatePolicy.dropAll()).build());
  }

  @Test
  void dedupResult_example() {
    String text = A + "\n\n" + A_RETYPED + "\n\n" + B + "\n";
    DedupResult r = Deduplicator.exact().deduplicate(text);
    assertEquals(A + "\n\n" + B + "\n", r.text()); // the text without the repeated paragraphs
    int b = A.length() + 2;
    assertEquals(0, r.output().offsets().rawStart(0)); // offsets in r.text() map back to the input
    assertEquals(text.indexOf(B), r.output().offsets().rawStart(b));
    assertEquals(1, r.removed().size());
    // a removed paragraph takes its terminator and the blank lines after it
    assertEquals(A_RETYPED + "\n\n", r.removed().get(0).removedSpan().textIn(text));
  }

  @Test
  void dedupResult_lastParagraphRemoved_outputEndsWithTheSeparatorBefore() {
    String text = B + "\n\n" + A + "\n\n" + A_RETYPED + "\n\n";
    DedupResult r = Deduplicator.exact().deduplicate(text);
    assertEquals(B + "\n\n" + A + "\n\n", r.text());
    assertEquals(Span.of(text.indexOf(A_RETYPED), text.length()), r.removed().get(0).removedSpan());
  }

  @Test
  void dedupResult_leadingBlankLinesStay() {
    DedupResult r = Deduplicator.exact().deduplicate("\n\n" + A + "\n" + A + "\n");
    assertEquals("\n\n" + A + "\n", r.text());
  }

  @Test
  void dedupStream_example() throws IOException {
    Reader reader = new StringReader(ARTICLE);
    List<Verdict> printed = new ArrayList<>();

    DuplicateIndex index = DuplicateIndex.create(1 << 20);
    DedupStream s = Deduplicator.builder().paragraphs(ParagraphMode.LINE).build()
        .stream(index, v -> { if (v.removed()) printed.add(v); });
    char[] buf = new char[8192];
    for (int n; (n = reader.read(buf)) > 0; ) {
      s.append(buf, 0, n);
    }
    s.finish();

    int third = A.length() + B.length() + 2;
    assertEquals(List.of(new Verdict(third, third + A_RETYPED.length(), true, DuplicateKind.EXACT,
        1.0, new ParagraphRef(0, 0, A.length()))), printed);
    assertEquals(3, s.paragraphCount());
    assertEquals(1, s.removedCount());
    assertEquals(ARTICLE.length(), s.position());
  }

  @Test
  void dedupStream_eventsComeInTextOrder() {
    // BLANK_LINE: a paragraph's verdict comes at the blank line after it
    List<String> events = new ArrayList<>();
    DedupStream s = Deduplicator.builder().paragraphs(ParagraphMode.BLANK_LINE).build()
        .stream(DuplicateIndex.create(10), new DedupStream.Listener() {
          @Override
          public void lineStart(long position) {
            events.add("line " + position);
          }

          @Override
          public void paragraphStart(long position) {
            events.add("paragraph " + position);
          }

          @Override
          public void verdict(Verdict v) {
            events.add("verdict " + v.start() + "-" + v.end());
          }
        });
    s.append("un\ndeux\n\ntrois");
    s.finish();
    assertEquals(List.of("line 0", "paragraph 0", "line 3", "line 8", "verdict 0-7", "line 9",
        "paragraph 9", "verdict 9-14"), events);
  }

  @Test
  void stream_refusesAutoAndDropAll() {
    DuplicateIndex index = DuplicateIndex.create(10);
    assertThrows(IllegalStateException.class, () -> Deduplicator.exact().stream(index, v -> { }));
    assertThrows(IllegalStateException.class, () -> Deduplicator.builder()
        .paragraphs(ParagraphMode.LINE).policy(DuplicatePolicy.dropAll()).build()
        .stream(index, v -> { }));
  }

  @Test
  void duplicateIndex_example() {
    List<String> documents = List.of(A + "\n" + B + "\n", B + "\n", A_RETYPED + "\n" + A + "\n");

    DuplicateIndex index = DuplicateIndex.create(1_000_000); // ~48 MB at most
    Deduplicator dedup = Deduplicator.exact();
    List<Integer> removed = new ArrayList<>();
    for (String doc : documents) {
      DedupResult r = dedup.deduplicate(doc, index); // copies across documents go too
      removed.add(r.removed().size());
    }

    assertEquals(List.of(0, 1, 2), removed);
    assertEquals(48.0, DuplicateIndex.maxBytes(1_000_000, 0) / 1e6, 0.5);
    assertEquals(3, index.documentCount());
  }

  @Test
  void duplicateIndex_bytesPerKeyOnceFull() {
    int n = 100_000;
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append("Paragraphe numéro ").append(i).append(" d’un texte assez long pour compter.\n");
    }
    DuplicateIndex index = DuplicateIndex.create(n);
    Deduplicator.exact().deduplicate(text, index);
    assertTrue(index.isFull());
    double perKey = (double) index.heapBytes() / n;
    assertTrue(perKey > 26 && perKey < 30, "about 28 bytes per paragraph key, got " + perKey);
    DuplicateIndex counting = DuplicateIndex.create(n);
    Deduplicator.builder().policy(DuplicatePolicy.allowRepeats(1)).build()
        .deduplicate(text, counting);
    perKey = (double) counting.heapBytes() / n;
    assertTrue(perKey > 30 && perKey < 34, "32 once a policy counts repeats, got " + perKey);
    assertTrue(DuplicateIndex.maxBytes(n, 0) <= 1.5 * 32 * n + 64, "half again while doubling");
  }

  @Test
  void duplicateIndex_whenFull_stopsAdmitting() {
    String c = "Les ministres ont rappelé que la coopération ne se limite pas aux questions militaires.";
    DuplicateIndex index = DuplicateIndex.create(2);
    DedupResult r = Deduplicator.exact().deduplicate(A + "\n" + B + "\n" + c + "\n" + c + "\n"
        + A + "\n", index);
    // c came after the index was full: it is not remembered, so its copy stays; A's copy goes
    assertEquals(List.of(4), r.removed().stream().map(x -> x.paragraph().index()).toList());
    assertEquals(2, r.notIndexed());
    assertEquals(2, index.refusedParagraphs());
    assertTrue(index.isFull());
  }

  @Test
  void duplicateKind_example() {
    Removal removal = Deduplicator.exact().deduplicate(ARTICLE).removed().get(0);
    assertTrue(removal.kind() == DuplicateKind.EXACT);
    assertEquals("exact", DuplicateKind.EXACT.jsonName());
    assertEquals("near", DuplicateKind.NEAR.jsonName());
  }

  @Test
  void duplicatePolicy_example() {
    Deduplicator d = Deduplicator.builder().policy(DuplicatePolicy.allowRepeats(2)).build();
    String text = (A + "\n").repeat(4) + B + "\n";
    // the first copy and the next 2 stay; the copy seen 4th goes
    assertEquals(List.of(3), d.deduplicate(text).removed().stream()
        .map(x -> x.paragraph().index()).toList());
    assertSame(DuplicatePolicy.keepFirst(), DuplicatePolicy.allowRepeats(0));
    // dropAll(): every copy of a repeated paragraph goes, the first included
    DedupResult all = Deduplicator.builder().policy(DuplicatePolicy.dropAll()).build()
        .deduplicate(text);
    assertEquals(B + "\n", all.text());
  }

  @Test
  void paragraphRef_example() {
    String text = ARTICLE;
    DedupResult result = Deduplicator.exact().deduplicate(text);
    Removal removal = result.removed().get(0);

    String keptCopy = null;
    ParagraphRef kept = removal.duplicateOf();
    if (kept.document() == result.document()) {
      keptCopy = text.substring((int) kept.start(), (int) kept.end()); // the copy that was kept
    }

    assertEquals(A, keptCopy); // line terminator excluded
    assertThrows(IllegalArgumentException.class, () -> new ParagraphRef(0, 5, 4));
  }

  @Test
  void removal_example() {
    String text = ARTICLE;
    List<String> printed = new ArrayList<>();
    for (Removal r : Deduplicator.exact().deduplicate(text).removed()) {
      printed.add(r.paragraph().span() + " repeats " + r.duplicateOf());
    }
    int third = A.length() + B.length() + 2;
    assertEquals(List.of(Span.of(third, third + A_RETYPED.length()) + " repeats "
        + new ParagraphRef(0, 0, A.length())), printed);
  }

  @Test
  void verdict_example() {
    Deduplicator dedup = Deduplicator.builder().near().paragraphs(ParagraphMode.LINE).build();
    DuplicateIndex index = DuplicateIndex.create(10, 1000);
    List<String> printed = new ArrayList<>();
    List<Verdict> all = new ArrayList<>();

    DedupStream s = dedup.stream(index, v -> {
      if (v.removed()) printed.add(v.start() + " repeats " + v.duplicateOf());
      all.add(v);
    });
    String p = words(30, 0);
    String half = words(15, 0).replace(".", "") + " " + words(15, 100); // shares 9 of 24 7-grams
    s.append(p + "\n" + half + "\n" + p + "\n");
    s.finish();

    long third = p.length() + half.length() + 2;
    assertEquals(List.of(third + " repeats " + new ParagraphRef(0, 0, p.length())), printed);
    // a kept paragraph: no kind, no copy; near mode still says how much of it was seen
    Verdict keptHalf = all.get(1);
    assertFalse(keptHalf.removed());
    assertNull(keptHalf.kind());
    assertNull(keptHalf.duplicateOf());
    assertEquals(9.0 / 24, keptHalf.similarity(), 1e-9);
    assertEquals(1.0, all.get(2).similarity());
    assertEquals(DuplicateKind.EXACT, all.get(2).kind());
    assertEquals(0, all.get(0).similarity()); // nothing seen yet
  }

  @Test
  void packageExample() {
    DedupResult r = Deduplicator.exact().deduplicate(ARTICLE);
    assertEquals(A + "\n" + B + "\n", r.text()); // text without its repeated paragraphs
    Removal removal = r.removed().get(0); // paragraph, span taken out, the copy kept, kind, similarity
    assertEquals(A_RETYPED, removal.paragraph().text());
    assertEquals(A_RETYPED + "\n", removal.removedSpan().textIn(ARTICLE));
    assertEquals(new ParagraphRef(0, 0, A.length()), removal.duplicateOf());
    assertEquals(DuplicateKind.EXACT, removal.kind());
    assertEquals(1.0, removal.similarity());
  }
}
