package io.github.propre.reliability;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.propre.Document;
import io.github.propre.Pipeline;
import io.github.propre.Propre;
import io.github.propre.clean.Apostrophes;
import io.github.propre.dedup.Deduplicator;
import io.github.propre.text.ParagraphMode;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the whole pipeline ({@link Propre}, {@link Pipeline}, {@link Document}): every span the
 * document gives {@linkplain Invariants#document lies in the raw text, in order}, and processing the
 * cleaned text again gives the same text.
 */
class PipelineFuzzTest {
  private static final Pipeline[] PIPELINES = {
      Pipeline.defaults(),
      Propre.pipeline().removeDuplicateParagraphs(Deduplicator.near()).paragraphs(ParagraphMode.LINE).build(),
      Propre.pipeline().apostrophes(Apostrophes.ASCII).paragraphs(ParagraphMode.BLANK_LINE)
          .keepDuplicateParagraphs().build(),
  };

  @FuzzTest(maxDuration = "10s")
  void process(FuzzedDataProvider data) {
    Pipeline pipeline = data.pickValue(PIPELINES);
    boolean bytes = data.consumeInt(0, 5) == 0;
    String raw = FuzzText.from(data, 4096);
    Document doc = bytes ? pipeline.process(raw.getBytes(StandardCharsets.UTF_8)) : pipeline.process(raw);
    Invariants.check(bytes || doc.raw().equals(raw), "raw text not kept");
    Invariants.document(doc);
    if (pipeline == PIPELINES[0] || pipeline == PIPELINES[2]) {
      String again = pipeline.process(doc.text()).text();
      Invariants.check(again.equals(doc.text()), "processing the output again changed it");
    }
  }
}
