package io.github.propre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.clean.Apostrophes;
import io.github.propre.dedup.Deduplicator;
import io.github.propre.quote.Mention;
import io.github.propre.quote.Quote;
import io.github.propre.text.ParagraphMode;
import io.github.propre.token.Token;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples of the README's first screen and of the entry point's Javadoc, run as written. */
class ReadmeExamplesTest {

  @Test
  void readme_firstScreen() throws IOException {
    String article = PipelineTest.sample();
    Document doc = Propre.process(article);
    assertTrue(doc.text().length() < article.length());
    assertEquals(5, doc.removed().size());
    List<String> lines = new ArrayList<>();
    for (Quote q : doc.quotes()) {
      lines.add(q.text() + " — " + q.speaker().map(Mention::text).orElse("?"));
    }
    assertEquals("Notre coopération dans le domaine militaire s’intensifie — Lavrov", lines.get(0));
    assertEquals("allié sincère et constant — ?", lines.get(1));
    Token first = doc.tokens().get(0);
    assertEquals("Une", article.substring(first.start(), first.end()));
  }

  @Test
  void propre_classExample() {
    Document doc = Propre.process("Lâ€™AES a-t-elle dit « oui » ?");
    assertEquals("L’AES a-t-elle dit « oui » ?", doc.text());
    assertEquals("AES", doc.tokens().get(1).text());
    assertEquals("oui", doc.quotes().get(0).text());
    Pipeline french = Propre.pipeline()
        .apostrophes(Apostrophes.ASCII)
        .removeDuplicateParagraphs(Deduplicator.near())
        .build();
    assertEquals("L'AES a-t-elle dit « oui » ?", french.process("Lâ€™AES a-t-elle dit « oui » ?").text());
  }

  @Test
  void pipeline_classExample() {
    Pipeline pipeline = Propre.pipeline()
        .apostrophes(Apostrophes.ASCII)
        .paragraphs(ParagraphMode.LINE)
        .removeDuplicateParagraphs(Deduplicator.near())
        .build();
    String copy = "Une phrase assez longue pour être retenue comme paragraphe à part entière.";
    Document doc = pipeline.process(copy + "\n" + copy.replace("longue", "longue,") + "\n");
    assertEquals(1, doc.paragraphs().size());
    assertEquals(1, doc.removed().size());
  }

  @Test
  void offsetMap_classExample() {
    Document doc = Propre.process("lâ€™Ã©tÃ©");
    assertEquals("l’été", doc.text());
    assertEquals("Ã©tÃ©", doc.offsets().rawSpan(2, 5).textIn(doc.raw()));
  }
}
