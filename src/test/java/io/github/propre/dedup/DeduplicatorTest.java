package io.github.propre.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.text.Paragraph;
import io.github.propre.text.ParagraphMode;
import io.github.propre.text.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {

  static final String A = "La Russie, premier pays à reconnaître officiellement l’AES dès sa création.";
  static final String B = "Les pays de l’AES ont multiplié les partenariats avec la Russie depuis 2023.";
  static final String C = "Au-delà de la coopération sécuritaire, les échanges ont porté sur le développement.";

  private static final Deduplicator LINES =
      Deduplicator.builder().paragraphs(ParagraphMode.LINE).build();

  @Test
  void sampleArticle_keepsSixRemovesFiveEachPointingAtItsFirstCopy() throws IOException {
    // The copy the CLI bundles, byte for byte ../shared/samples/aes-russie.txt.
    String text;
    try (java.io.InputStream in = DeduplicatorTest.class.getResourceAsStream(
        "/io/github/propre/cli/sample/aes-russie.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    DedupResult r = Deduplicator.exact().deduplicate(text);
    assertEquals(11, r.paragraphs().size());
    assertEquals(6, r.kept().size());
    assertEquals(5, r.removed().size());
    for (int i = 0; i < 5; i++) {
      Removal removal = r.removed().get(i);
      Paragraph first = r.paragraphs().get(1 + i);
      assertEquals(r.paragraphs().get(6 + i), removal.paragraph());
      assertEquals(new ParagraphRef(0, first.span().start(), first.span().end()),
          removal.duplicateOf());
      assertEquals(DuplicateKind.EXACT, removal.kind());
      assertEquals(1.0, removal.similarity());
    }
    String expected = text.substring(0, r.paragraphs().get(6).span().start());
    assertEquals(expected, r.text());
    assertEquals(r.kept(), r.paragraphs().subList(0, 6));
  }

  @Test
  void removals_areTheSameWhicheverPartIsAskedForFirst() {
    // Removals (and their paragraphs' text) are made when first read, the output without them.
    String p = "Une phrase assez longue pour compter comme un paragraphe à part entière.";
    String q = "Une autre phrase, elle aussi assez longue pour être jugée sur le fond.";
    String text = p + "\n" + q + "\n" + p + "\n" + q + "\n" + p;
    DedupResult outputFirst = Deduplicator.exact().deduplicate(text);
    DedupResult removalsFirst = Deduplicator.exact().deduplicate(text);
    assertEquals(p + "\n" + q + "\n", outputFirst.text());
    List<Removal> removed = removalsFirst.removed();
    assertEquals(3, removed.size());
    assertEquals(removed, outputFirst.removed());
    assertEquals(outputFirst.text(), removalsFirst.text());
    assertEquals(List.of(p, q, p), removed.stream().map(r -> r.paragraph().text()).toList());
    assertEquals(new Span(text.lastIndexOf(p), text.length()), removed.get(2).removedSpan());
    assertEquals(new Span(0, p.length()), removalsFirst.paragraphs().get(0).span());
    assertThrows(UnsupportedOperationException.class, () -> removed.remove(0));
    assertThrows(IndexOutOfBoundsException.class, () -> removed.get(3));
  }

  @Test
  void typographicVariants_areRemovedInExactMode() {
    String base = "L’AES, « allié sincère et constant » de la Russie : 80 000 soldats ? Oui !";
    String[] variants = {
        base.replace("’", "'"),
        base.replace("« ", "\"").replace(" »", "\""),
        base.replace("« ", "«\u00A0").replace(" »", "\u00A0»").replace(" :", "\u00A0:"),
        base.replace(" ?", "\u202F?").replace("80 000", "80\u202F000"),
        base.replace(" ", "  ") + "   ",
        base.toUpperCase(java.util.Locale.ROOT),
    };
    StringBuilder text = new StringBuilder(base).append('\n');
    for (String v : variants) {
      text.append(v).append('\n');
    }
    DedupResult r = LINES.deduplicate(text);
    assertEquals(variants.length, r.removed().size());
    assertEquals(base + "\n", r.text());
    for (Removal removal : r.removed()) {
      assertEquals(new ParagraphRef(0, 0, base.length()), removal.duplicateOf());
    }
  }

  @Test
  void shortParagraphs_areNeverRemoved() {
    String text = "— Oui.\n" + A + "\n— Oui.\n— Non.\n— Oui.\n" + A + "\n";
    DedupResult r = LINES.deduplicate(text);
    assertEquals(1, r.removed().size());
    assertEquals("— Oui.\n" + A + "\n— Oui.\n— Non.\n— Oui.\n", r.text());
  }

  @Test
  void minChars_zeroRemovesShortCopiesToo() {
    Deduplicator d = LINES.toBuilder().minChars(0).build();
    assertEquals("— Oui.\n", d.deduplicate("— Oui.\n— Oui.\n").text());
  }

  @Test
  void lineMode_removedLineTakesItsTerminator() {
    assertEquals(A + "\n" + B + "\n", LINES.deduplicate(A + "\n" + B + "\n" + A + "\n").text());
    assertEquals(A + "\r\n" + B + "\r\n", LINES.deduplicate(A + "\r\n" + B + "\r\n" + A).text());
    assertEquals(A + "\n\n" + B, LINES.deduplicate(A + "\n\n" + A + "\n  \n" + B).text());
  }

  @Test
  void blankLineMode_removedParagraphTakesTheBlankLinesAfterIt() {
    String text = "\n" + A + "\nsuite\n\n" + B + "\n\n\n" + A + "\nsuite\n \n" + C + "\n";
    DedupResult r = Deduplicator.exact().deduplicate(text);
    assertEquals(1, r.removed().size());
    assertEquals("\n" + A + "\nsuite\n\n" + B + "\n\n\n" + C + "\n", r.text());
    Removal removal = r.removed().get(0);
    int start = text.lastIndexOf(A);
    assertEquals(new Span(start, start + A.length() + 6), removal.paragraph().span());
    assertEquals(new Span(start, text.indexOf(C)), removal.removedSpan());
    assertEquals(new ParagraphRef(0, 1, 1 + A.length() + 6), removal.duplicateOf());
  }

  @Test
  void removingTheLastParagraph_leavesTheSeparatorBeforeIt() {
    assertEquals(A + "\n\n" + B + "\n\n",
        Deduplicator.exact().deduplicate(A + "\n\n" + B + "\n\n" + A + "\n").text());
  }

  @Test
  void output_mapsBackToTheInput() {
    String text = A + "\n" + A + "\n" + B + "\n";
    DedupResult r = LINES.deduplicate(text);
    assertEquals(A + "\n" + B + "\n", r.text());
    int b = r.text().indexOf(B);
    assertEquals(text.indexOf(B), r.output().offsets().rawStart(b));
  }

  @Test
  void allowRepeats_keepsTheFirstCopyAndNMore() {
    Deduplicator d = LINES.toBuilder().policy(DuplicatePolicy.allowRepeats(2)).build();
    DedupResult r = d.deduplicate((A + "\n").repeat(5));
    assertEquals((A + "\n").repeat(3), r.text());
    assertEquals(2, r.removed().size());
    assertEquals(new ParagraphRef(0, 0, A.length()), r.removed().get(1).duplicateOf());
  }

  @Test
  void dropAll_removesEveryCopyOfARepeatedParagraph() {
    Deduplicator d = LINES.toBuilder().policy(DuplicatePolicy.dropAll()).build();
    String text = A + "\n" + B + "\n" + A + "\n" + C + "\n" + A + "\n";
    DedupResult r = d.deduplicate(text);
    assertEquals(B + "\n" + C + "\n", r.text());
    assertEquals(3, r.removed().size());
    int second = text.indexOf(A, 1);
    assertEquals(new ParagraphRef(0, second, second + A.length()), r.removed().get(0).duplicateOf());
    assertEquals(new ParagraphRef(0, 0, A.length()), r.removed().get(2).duplicateOf());
  }

  @Test
  void dropAll_acrossDocuments_dropsLaterCopiesOfEarlierRepeats() {
    Deduplicator d = LINES.toBuilder().policy(DuplicatePolicy.dropAll()).build();
    DuplicateIndex index = DuplicateIndex.create(100);
    assertEquals(B + "\n", d.deduplicate(A + "\n" + B + "\n" + A + "\n", index).text());
    DedupResult second = d.deduplicate(B + "\n" + A + "\n" + C + "\n", index);
    assertEquals(C + "\n", second.text());
    assertEquals(new ParagraphRef(0, 0, A.length()), second.removed().get(1).duplicateOf());
  }

  @Test
  void sharedIndex_removesCopiesAcrossDocumentsAndNumbersThem() {
    DuplicateIndex index = DuplicateIndex.create(100);
    DedupResult first = LINES.deduplicate(A + "\n" + B + "\n", index);
    DedupResult second = LINES.deduplicate(C + "\n" + B + "\n", index);
    assertEquals(0, first.document());
    assertEquals(1, second.document());
    assertEquals(C + "\n", second.text());
    assertEquals(new ParagraphRef(0, A.length() + 1, A.length() + 1 + B.length()),
        second.removed().get(0).duplicateOf());
    assertEquals(2, index.documentCount());
    assertEquals(3, index.paragraphCount());
  }

  @Test
  void fullIndex_stopsAdmittingButStillCatchesWhatItHolds() {
    DuplicateIndex index = DuplicateIndex.create(1);
    DedupResult r = LINES.deduplicate(A + "\n" + B + "\n" + A + "\n" + B + "\n", index);
    assertEquals(A + "\n" + B + "\n" + B + "\n", r.text());
    assertEquals(2, r.notIndexed()); // both copies of B: neither could be remembered
    assertTrue(index.isFull());
    assertEquals(2, index.refusedParagraphs());
    assertEquals(1, index.paragraphCount());
  }

  @Test
  void callerParagraphs_areJudgedAsGiven() {
    String text = A + " | " + A;
    List<Paragraph> ps = new ArrayList<>();
    ps.add(new Paragraph(0, A, new Span(0, A.length())));
    ps.add(new Paragraph(1, A, new Span(A.length() + 3, text.length())));
    DedupResult r = Deduplicator.exact().deduplicate(text, ps, DuplicateIndex.create(10));
    assertEquals(A + " | ", r.text());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Deduplicator.exact().deduplicate(text, List.of(ps.get(1), ps.get(0)),
            DuplicateIndex.create(10)));
    assertEquals("paragraphs[1]: expected a span in order, not overlapping the one before and "
        + "within the text (length 153), got [0, 75)", e.getMessage());
  }

  @Test
  void nothingRepeated_textIsReturnedUnchanged() {
    String text = A + "\n\n" + B + "\n";
    DedupResult r = Deduplicator.exact().deduplicate(text);
    assertEquals(text, r.text());
    assertTrue(r.output().offsets().isIdentity());
    assertFalse(r.kept().isEmpty());
  }

  @Test
  void builder_failsFastWithNamedArguments() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Deduplicator.builder().minChars(-1));
    assertEquals("minChars: expected >= 0 (0 removes even empty-looking paragraphs), got -1",
        e.getMessage());
    IllegalStateException twice = assertThrows(IllegalStateException.class,
        () -> Deduplicator.builder().minChars(10).minChars(20));
    assertEquals("minChars: already set to 10 on this builder", twice.getMessage());
    NullPointerException npe = assertThrows(NullPointerException.class,
        () -> Deduplicator.builder().policy(null));
    assertEquals("policy", npe.getMessage());
    assertEquals("repeats: expected >= 0 (0 keeps only the first copy), got -2",
        assertThrows(IllegalArgumentException.class, () -> DuplicatePolicy.allowRepeats(-2))
            .getMessage());
    assertEquals("maxParagraphs: expected 1 to 536870912, got 0",
        assertThrows(IllegalArgumentException.class, () -> DuplicateIndex.create(0)).getMessage());
  }

  @Test
  void stream_refusesAutoAndDropAll() {
    DuplicateIndex index = DuplicateIndex.create(10);
    assertThrows(IllegalStateException.class,
        () -> Deduplicator.exact().stream(index, v -> { }));
    assertThrows(IllegalStateException.class, () -> LINES.toBuilder()
        .policy(DuplicatePolicy.dropAll()).build().stream(index, v -> { }));
  }

  @Test
  void stream_reportsTheSameVerdictsAsDeduplicate() {
    String text = A + "\n" + B + "\n" + A + "\n\n" + B;
    List<Verdict> verdicts = new ArrayList<>();
    DedupStream s = LINES.stream(DuplicateIndex.create(10), verdicts::add);
    for (int i = 0; i < text.length(); i += 7) {
      s.append(text.substring(i, Math.min(text.length(), i + 7)));
    }
    s.finish();
    DedupResult r = LINES.deduplicate(text);
    assertEquals(r.paragraphs().size(), verdicts.size());
    assertEquals(2, s.removedCount());
    for (Removal removal : r.removed()) {
      Verdict v = verdicts.get(removal.paragraph().index());
      assertTrue(v.removed());
      assertEquals(removal.duplicateOf(), v.duplicateOf());
      assertEquals(removal.paragraph().span().start(), v.start());
      assertEquals(removal.paragraph().span().end(), v.end());
    }
  }

  /**
   * On a String the paragraphs are made when asked for: the lists must still be those of
   * {@link io.github.propre.text.Paragraphs#split}, whatever is asked first and from however many threads.
   */
  @Test
  void paragraphsMadeWhenAskedFor_areThoseOfTheEagerSplit() throws Exception {
    String text = "Un paragraphe assez long pour compter comme une copie, s'il revient.\n"
        + "Un autre, différent.\n"
        + "Un paragraphe assez long pour compter comme une copie, s'il revient.\n"
        + "— Oui.\n— Oui.\nLe dernier.";
    List<Paragraph> eager = io.github.propre.text.Paragraphs.split(text, ParagraphMode.AUTO);
    DedupResult viaList = Deduplicator.exact().deduplicate(text, eager);
    for (int round = 0; round < 2; round++) {
      DedupResult lazy = Deduplicator.exact().deduplicate(text);
      if (round == 1) { // kept first, from several threads, then the rest
        List<Thread> threads = new ArrayList<>();
        List<List<Paragraph>> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
          Thread th = new Thread(() -> seen.add(new ArrayList<>(lazy.kept())));
          threads.add(th);
          th.start();
        }
        for (Thread th : threads) {
          th.join();
        }
        for (List<Paragraph> k : seen) {
          assertEquals(viaList.kept(), k);
        }
      }
      assertEquals(eager, lazy.paragraphs());
      assertEquals(viaList.kept(), lazy.kept());
      assertEquals(viaList.removed(), lazy.removed());
      assertEquals(viaList.text(), lazy.text());
      assertEquals(1, lazy.removed().size());
      assertEquals(5, lazy.kept().size());
      assertEquals(lazy.paragraphs().get(2), lazy.removed().get(0).paragraph());
      assertThrows(IndexOutOfBoundsException.class, () -> lazy.kept().get(5));
      assertThrows(IndexOutOfBoundsException.class, () -> lazy.paragraphs().get(-1));
      assertThrows(UnsupportedOperationException.class, () -> lazy.kept().add(eager.get(0)));
    }
  }

  /**
   * On a String the output is made when first asked for; on another CharSequence (which could change
   * after the call) at once. Both must be the same text with the same map, from however many threads.
   */
  @Test
  void outputMadeWhenAskedFor_isTheOneMadeAtOnce() throws Exception {
    String copy = "Un paragraphe assez long pour compter comme une copie, s'il revient.\n";
    String text = copy + "Un autre, différent.\n" + copy + "— Oui.\n— Oui.\n" + copy + "Le dernier.\n" + copy;
    DedupResult atOnce = Deduplicator.exact().deduplicate(new StringBuilder(text));
    assertEquals(3, atOnce.removed().size());
    assertEquals("Un paragraphe assez long pour compter comme une copie, s'il revient.\nUn autre, différent.\n"
        + "— Oui.\n— Oui.\nLe dernier.\n", atOnce.text());
    DedupResult lazy = Deduplicator.exact().deduplicate(text);
    List<Thread> threads = new ArrayList<>();
    List<io.github.propre.text.MappedText> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < 4; t++) {
      Thread th = new Thread(() -> seen.add(lazy.output()));
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    for (io.github.propre.text.MappedText m : seen) {
      assertEquals(atOnce.text(), m.text());
      assertEquals(atOnce.output().offsets(), m.offsets());
    }
    assertSame(lazy.output(), lazy.output());
    assertEquals(atOnce.removed(), lazy.removed());
  }
}
