package io.github.propre.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.text.ParagraphMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearModeTest {

  /** 43 word tokens (the tokenizer splits l’ and qu’ off): 37 7-grams. */
  static final String P = "Dans un contexte de désengagement progressif des forces occidentales, "
      + "notamment françaises, les pays de l’AES ont multiplié les partenariats avec la Russie, "
      + "qu’ils considèrent comme un allié fiable pour les aider à lutter contre le terrorisme et à "
      + "renforcer leur souveraineté.";
  static final String Q = "Au-delà de la coopération sécuritaire, les échanges ont également porté "
      + "sur les questions de développement, témoignant d’une volonté affichée des deux parties de "
      + "diversifier leurs relations dans les domaines de l’énergie, des mines et de l’agriculture.";

  static final Deduplicator NEAR = Deduplicator.builder().near().paragraphs(ParagraphMode.LINE)
      .build();

  private static DedupResult near(String... paragraphs) {
    return NEAR.deduplicate(String.join("\n", paragraphs) + "\n");
  }

  @Test
  void oneWordReplaced_isRemoved() {
    DedupResult r = near(P, Q, P.replace("fiable", "sûr"));
    assertEquals(1, r.removed().size());
    Removal removal = r.removed().get(0);
    assertEquals(DuplicateKind.NEAR, removal.kind());
    assertEquals(new ParagraphRef(0, 0, P.length()), removal.duplicateOf());
    assertEquals(30.0 / 37, removal.similarity(), 1e-9); // 7 of 37 7-grams spoiled
  }

  @Test
  void oneWordDropped_isRemoved() {
    DedupResult r = near(P, Q, P.replace(" notamment françaises,", " françaises,"));
    assertEquals(1, r.removed().size());
    assertEquals(DuplicateKind.NEAR, r.removed().get(0).kind());
    assertTrue(r.removed().get(0).similarity() > 0.5);
  }

  @Test
  void shortSentenceAppended_isRemoved() {
    DedupResult r = near(P, Q, P + " Le sommet aura lieu en juin.");
    assertEquals(1, r.removed().size());
    assertEquals(37.0 / 43, r.removed().get(0).similarity(), 1e-9); // 6 new 7-grams
  }

  @Test
  void editedCopyWithTypographicVariants_isRemoved() {
    String retyped = P.replace("’", "'").replace("fiable", "sûr").toUpperCase(java.util.Locale.ROOT)
        .replace(", ", " , ");
    assertEquals(1, near(P, retyped).removed().size());
  }

  @Test
  void exactCopy_isReportedAsExact() {
    DedupResult r = near(P, P);
    assertEquals(DuplicateKind.EXACT, r.removed().get(0).kind());
    assertEquals(1.0, r.removed().get(0).similarity());
  }

  @Test
  void paragraphsSharingLessThanHalf_areKept() {
    String half = "Dans un contexte de désengagement progressif des forces occidentales, les "
        + "marchés financiers ont réagi avec prudence aux annonces de la banque centrale européenne "
        + "sur les taux directeurs.";
    DedupResult r = near(P, Q, half);
    assertEquals(0, r.removed().size());
  }

  @Test
  void onlyKeptParagraphsFeedTheStore() {
    // the near copy is removed; a copy of that copy is judged against P alone
    String copy = P.replace("fiable", "sûr");
    DedupResult r = near(P, copy, copy);
    assertEquals(2, r.removed().size());
    assertEquals(DuplicateKind.NEAR, r.removed().get(1).kind());
    assertEquals(new ParagraphRef(0, 0, P.length()), r.removed().get(1).duplicateOf());
  }

  @Test
  void duplicateOf_isTheParagraphSharingMostNgrams() {
    String both = Q + " " + P.substring(0, P.indexOf("Russie"));
    DedupResult r = near(P, Q, both);
    assertEquals(1, r.removed().size());
    int q = P.length() + 1;
    assertEquals(new ParagraphRef(0, q, q + Q.length()), r.removed().get(0).duplicateOf());
  }

  @Test
  void shortParagraphs_areNeverRemovedEvenIfSeen() {
    String text = P + "\n— Oui, dit-il, c’est bien cela.\n— Oui, dit-il, c’est bien cela.\n";
    assertEquals(text, NEAR.deduplicate(text).text());
  }

  @Test
  void stream_agreesWithDeduplicate() {
    String text = P + "\n\n" + Q + "\n\n" + P.replace("fiable", "sûr") + "\n\n" + Q + "\n";
    Deduplicator d = Deduplicator.builder().near().paragraphs(ParagraphMode.BLANK_LINE).build();
    List<Verdict> verdicts = new ArrayList<>();
    DedupStream s = d.stream(DuplicateIndex.create(10, 1000), verdicts::add);
    s.append(text);
    s.finish();
    DedupResult r = d.deduplicate(text);
    assertEquals(2, r.removed().size());
    for (Removal removal : r.removed()) {
      Verdict v = verdicts.get(removal.paragraph().index());
      assertEquals(removal.kind(), v.kind());
      assertEquals(removal.similarity(), v.similarity());
      assertEquals(removal.duplicateOf(), v.duplicateOf());
    }
  }

  @Test
  void nearSettings_failFast() {
    assertEquals("ngram: applies to near mode only; call near() as well",
        assertThrows(IllegalStateException.class, () -> Deduplicator.builder().ngram(5).build())
            .getMessage());
    assertEquals("threshold: applies to near mode only; call near() as well",
        assertThrows(IllegalStateException.class,
            () -> Deduplicator.builder().threshold(0.8).build()).getMessage());
    assertEquals("policy: near mode supports only keepFirst(), got allowRepeats(2); a near copy "
        + "has no key whose repeats could be counted", assertThrows(IllegalStateException.class,
            () -> Deduplicator.builder().near().policy(DuplicatePolicy.allowRepeats(2)).build())
            .getMessage());
    assertEquals("threshold: expected 0 <= threshold < 1 (a paragraph goes when more than this "
        + "share of its n-grams was seen), got 1.0", assertThrows(IllegalArgumentException.class,
            () -> Deduplicator.builder().threshold(1.0)).getMessage());
    assertEquals("ngram: expected 1 to 32 words, got 0",
        assertThrows(IllegalArgumentException.class, () -> Deduplicator.builder().ngram(0))
            .getMessage());
    assertEquals("index: near mode needs room for n-grams; create it with "
        + "DuplicateIndex.create(maxParagraphs, maxNgrams)",
        assertThrows(IllegalArgumentException.class,
            () -> Deduplicator.near().deduplicate(P, DuplicateIndex.create(10))).getMessage());
  }

  @Test
  void thresholdAndNgram_areHonoured() {
    String copy = P.replace("fiable", "sûr");
    Deduplicator strict = Deduplicator.builder().near().threshold(0.9)
        .paragraphs(ParagraphMode.LINE).build();
    assertEquals(0, strict.deduplicate(P + "\n" + copy).removed().size());
    Deduplicator shortGrams = Deduplicator.builder().near().ngram(3).threshold(0.85)
        .paragraphs(ParagraphMode.LINE).build();
    assertEquals(1, shortGrams.deduplicate(P + "\n" + copy).removed().size()); // 33 of 36 3-grams
  }

  @Test
  void fullNgramStore_stopsAdmittingAndSaysSo() {
    DuplicateIndex index = DuplicateIndex.create(10, 15);
    DedupResult r = NEAR.deduplicate(P + "\n" + P.replace("fiable", "sûr") + "\n", index);
    assertEquals(15, index.ngramCount());
    assertEquals(44, index.refusedNgrams()); // 37 - 15 for P, and again for its kept copy
    assertEquals(0, r.removed().size()); // the copy finds only 15 of its 37 n-grams
  }
}
