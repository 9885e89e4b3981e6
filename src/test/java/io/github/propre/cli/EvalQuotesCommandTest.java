package io.github.propre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.text.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code eval-quotes} command and the scorer it uses. */
class EvalQuotesCommandTest {

  @Test
  public void intervals_trimMarksDashesAndPunctuationAndMergeAcrossThem() {
    String text = "— Tiens, dit-il, nous avons. Le turnep est là.";
    // Fragments "— Tiens," and "nous avons." then " Le turnep est là.": punctuation-only gaps merge.
    int[] iv = QuoteScorer.intervals(text, List.of(new Span(0, 8), new Span(17, 28), new Span(28, 46)));
    assertEquals(List.of(2, 7, 17, 45), List.of(iv[0], iv[1], iv[2], iv[3]));
    assertEquals(4, iv.length);
  }

  @Test
  public void overlap_isSharedOverTheLargerAndExactOnlyWhenEqual() {
    QuoteScorer.Item a = new QuoteScorer.Item(new int[] {0, 10}, 10, new Span(0, 10), null, null, "g");
    QuoteScorer.Item b = new QuoteScorer.Item(new int[] {0, 8}, 8, new Span(0, 8), null, null, "p");
    QuoteScorer.Item c = new QuoteScorer.Item(new int[] {0, 10}, 10, new Span(0, 10), null, null, "p");
    assertEquals(0.8, QuoteScorer.overlap(a, b), 1e-9);
    assertEquals(1.0, QuoteScorer.overlap(a, c), 1e-9);
    // One to one: the better prediction wins the gold quote.
    int[] m = QuoteScorer.match(List.of(a), List.of(b, c), 0.3);
    assertEquals(1, m[0]);
  }

  @Test
  public void evaluation_scoresAndListsAndFailsBelowTarget(@TempDir Path dir) throws Exception {
    // Gold: the quote « Oui » said by Marie; « Non » is not annotated (and predicted as speech).
    String text = "Marie dit : « Oui ». Paul cria : « Non ! »";
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"id\": \"d1\", \"text\": \"" + text + "\", \"quotes\": [{\"id\": \"T1\", "
        + "\"fragments\": [[12, 19]], \"text\": \"« Oui »\", \"source\": {\"id\": \"T2\", \"fragments\": "
        + "[[0, 5]], \"text\": \"Marie\"}, \"introducer\": {\"id\": \"T3\", \"fragments\": [[6, 9]], "
        + "\"text\": \"dit\"}}], \"recits\": []}\n", StandardCharsets.UTF_8);
    String[] r = QuotesCommandTest.run("", "eval-quotes", gold.toString(), "--show", "5");
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].startsWith("1 gold quotes, 2 predicted (speech and dialogue), 0 fragments not scored\n"
        + "overlap >= 0.3  P  50.0  R 100.0  F1  66.7\n"
        + "overlap >= 0.8  P  50.0  R 100.0  F1  66.7\n"
        + "exact           P  50.0  R 100.0  F1  66.7\n"
        + "speaker right for 100.0 % of 1 matched quotes with a gold speaker (verb right for 100.0 % of 1)\n"),
        r[1]);
    assertTrue(r[1].contains("spurious (no gold quote at overlap >= 0.3): 1\n  d1 speech [33, 42) Non"), r[1]);
    r = QuotesCommandTest.run("", "eval-quotes", gold.toString(), "--min-f1-80", "90");
    assertEquals("3", r[0]);
    assertTrue(r[2].contains("below target: F1 at 0.8 66.7 < 90.0"), r[2]);
  }

  @Test
  public void badInput_exitTwo(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"id\": 1}\n", StandardCharsets.UTF_8);
    String[] r = QuotesCommandTest.run("", "eval-quotes", bad.toString());
    assertEquals("2", r[0]);
    assertTrue(r[2].contains("line 1: expected a gold document"), r[2]);
    r = QuotesCommandTest.run("", "eval-quotes");
    assertEquals("2", r[0]);
    r = QuotesCommandTest.run("", "eval-quotes", bad.toString(), "--min-speaker", "101");
    assertEquals("2", r[0]);
    assertTrue(r[2].contains("option --min-speaker: expected a number from 0.0 to 100.0, got 101"), r[2]);
  }
}
