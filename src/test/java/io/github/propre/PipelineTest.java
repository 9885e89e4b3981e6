package io.github.propre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.clean.Apostrophes;
import io.github.propre.clean.Cleaner;
import io.github.propre.dedup.Deduplicator;
import io.github.propre.dedup.DuplicateIndex;
import io.github.propre.dedup.DuplicateKind;
import io.github.propre.dedup.Removal;
import io.github.propre.quote.Quote;
import io.github.propre.text.ParagraphMode;
import io.github.propre.text.Span;
import io.github.propre.token.Token;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineTest {

  static String sample() throws IOException {
    try (InputStream in = PipelineTest.class.getResourceAsStream(
        "/io/github/propre/cli/sample/aes-russie.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void sampleArticle_keepsSixParagraphsAndRemovesFiveCopies() throws IOException {
    String raw = sample();
    Document doc = Propre.process(raw);
    assertEquals(6, doc.paragraphs().size());
    assertEquals(5, doc.removed().size());
    String[] lines = raw.split("\n");
    for (int i = 0; i < 6; i++) {
      assertEquals(lines[i], doc.paragraphs().get(i).text());
      assertEquals(lines[i], doc.paragraphs().get(i).span().textIn(raw));
    }
    for (int i = 0; i < 5; i++) {
      Removal r = doc.removed().get(i);
      assertEquals(6 + i, r.paragraph().index());
      assertEquals(DuplicateKind.EXACT, r.kind());
      assertEquals(lines[6 + i], r.paragraph().span().textIn(raw));
      // each copy points at its first occurrence, paragraphs 2 to 6
      assertEquals(lines[1 + i],
          raw.substring((int) r.duplicateOf().start(), (int) r.duplicateOf().end()));
    }
    assertEquals(String.join("\n", List.of(lines).subList(0, 6)) + "\n", doc.text());
  }

  @Test
  void sampleArticle_fiveQuotesWithTheirSpeakers() throws IOException {
    String raw = sample();
    List<Quote> quotes = Propre.process(raw).quotes();
    assertEquals(5, quotes.size());
    assertEquals("Notre coopération dans le domaine militaire s’intensifie", quotes.get(0).text());
    assertEquals("Lavrov", quotes.get(0).speaker().orElseThrow().text());
    assertEquals("a affirmé", quotes.get(0).verb().orElseThrow().text());
    assertEquals(Quote.Kind.FRAGMENT, quotes.get(1).kind());
    assertTrue(quotes.get(1).speaker().isEmpty());
    assertTrue(quotes.get(2).speaker().orElseThrow().text().endsWith("Bakary Yaou Sangaré"));
    assertEquals("a qualifié", quotes.get(2).verb().orElseThrow().text());
    assertEquals("selon", quotes.get(3).verb().orElseThrow().text());
    assertEquals("Abdoulaye Diop", quotes.get(4).speaker().orElseThrow().text());
    for (Quote q : quotes) {
      String marked = q.span().textIn(raw);
      assertTrue(marked.startsWith("«") && marked.endsWith("»"), marked);
      assertEquals(q.speaker().orElse(null) == null ? null : q.speaker().get().text(),
          q.speaker().map(m -> m.span().textIn(raw)).orElse(null));
    }
  }

  @Test
  void mojibake_tokensAndQuotesPointIntoTheRawText() {
    String raw = "Lâ€™AES a-t-elle dit Â« oui Â» ?";
    Document doc = Propre.process(raw);
    assertEquals("L’AES a-t-elle dit « oui » ?", doc.text());
    List<Token> tokens = doc.tokens();
    assertEquals("L’", tokens.get(0).text());
    assertEquals("Lâ€™", tokens.get(0).span().textIn(raw));
    assertEquals("AES", tokens.get(1).span().textIn(raw));
    assertEquals("-t-elle", tokens.get(3).text());
    assertEquals("-t-elle", tokens.get(3).span().textIn(raw));
    Quote q = doc.quotes().get(0);
    assertEquals("oui", q.text());
    assertEquals("Â« oui Â»", q.span().textIn(raw));
    assertEquals(List.of(Span.of(0, raw.length())), doc.sentences());
  }

  @Test
  void sentences_areRawSpans() {
    String raw = "M. Dupont est arrivé.\r\nIl a dit : « Bonjour ! » Puis il est parti.";
    Document doc = Propre.process(raw);
    List<String> sentences = doc.sentences().stream().map(s -> s.textIn(raw)).toList();
    assertEquals(List.of("M. Dupont est arrivé.", "Il a dit : « Bonjour ! »", "Puis il est parti."),
        sentences);
  }

  @Test
  void apostrophesShortcut_setsTheCleanersStyle() {
    Pipeline p = Propre.pipeline().apostrophes(Apostrophes.ASCII).build();
    assertEquals("l'été d'AES", p.process("l’été d’AES").text());
    assertEquals("l’été d’AES", Propre.process("l'été d'AES").text());
  }

  @Test
  void cleanerAndShortcut_together_areRefused() {
    Pipeline.Builder b = Propre.pipeline().cleaner(Cleaner.defaults()).apostrophes(Apostrophes.ASCII);
    IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
    assertTrue(e.getMessage().startsWith("cleaner:"), e.getMessage());
  }

  @Test
  void nullArguments_nameTheArgument() {
    assertEquals("raw", assertThrows(NullPointerException.class,
        () -> Propre.process(null)).getMessage());
    assertEquals("cleaner", assertThrows(NullPointerException.class,
        () -> Propre.pipeline().cleaner(null)).getMessage());
    assertEquals("deduplicator", assertThrows(NullPointerException.class,
        () -> Propre.pipeline().removeDuplicateParagraphs(null)).getMessage());
    assertEquals("paragraphs", assertThrows(NullPointerException.class,
        () -> Propre.pipeline().paragraphs(null)).getMessage());
    assertEquals("index", assertThrows(NullPointerException.class,
        () -> Pipeline.defaults().process("x", null)).getMessage());
    assertEquals("bytes", assertThrows(NullPointerException.class,
        () -> Pipeline.defaults().process((byte[]) null)).getMessage());
  }

  @Test
  void keepDuplicateParagraphs_removesNothing() throws IOException {
    String raw = sample();
    Document doc = Propre.pipeline().keepDuplicateParagraphs().build().process(raw);
    assertEquals(11, doc.paragraphs().size());
    assertTrue(doc.removed().isEmpty());
    assertEquals(raw, doc.text());
  }

  @Test
  void duplicateIndex_removesCopiesAcrossDocuments() {
    String para = "Le ministre nigérien des Affaires étrangères a qualifié la rencontre d’événement historique.";
    DuplicateIndex index = DuplicateIndex.create(100);
    Pipeline p = Pipeline.defaults();
    Document first = p.process(para + "\nAutre chose, qui n’a rien à voir avec la précédente phrase.", index);
    Document second = p.process("Un nouveau paragraphe, assez long pour compter ici.\n"
        + para.replace('’', '\''), index);
    assertTrue(first.removed().isEmpty());
    assertEquals(1, second.removed().size());
    assertEquals(0, second.removed().get(0).duplicateOf().document());
  }

  @Test
  void nearDuplicates_areRemovedWhenAsked() {
    String a = "Dans un contexte de désengagement progressif des forces occidentales, notamment "
        + "françaises, les pays de l’AES ont multiplié les partenariats avec la Russie, qu’ils "
        + "considèrent désormais comme un allié sincère et constant.";
    String b = a.replace("progressif", "rapide");
    Document doc = Propre.pipeline().removeDuplicateParagraphs(Deduplicator.near()).build()
        .process(a + "\n" + b + "\n");
    assertEquals(1, doc.removed().size());
    assertEquals(DuplicateKind.NEAR, doc.removed().get(0).kind());
  }

  @Test
  void bytes_detectTheCharsetAndSayWhichWasUsed() {
    byte[] latin1 = "Les élèves de l’école ont visité le château près de la forêt, à côté."
        .replace('’', '\'').getBytes(Charset.forName("ISO-8859-1"));
    Document doc = Pipeline.defaults().process(latin1);
    assertEquals("Les élèves de l’école ont visité le château près de la forêt, à côté.", doc.text());
    assertTrue(doc.cleaning().charset().isPresent());
    assertFalse(doc.cleaning().charset().get().name().toUpperCase().contains("UTF"));
  }

  @Test
  void lazyParts_areComputedOnce() {
    Document doc = Propre.process("Bonjour. Au revoir.");
    assertSame(doc.tokens(), doc.tokens());
    assertSame(doc.sentences(), doc.sentences());
    assertSame(doc.quotes(), doc.quotes());
    assertNotSame(Pipeline.defaults().toBuilder().paragraphs(ParagraphMode.LINE).build(),
        Pipeline.defaults());
  }
}
