package io.github.propre.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.propre.quote.QuoteExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The accuracy gate on the fr-litbank development quotations (issue #4): F1 >= 92 at overlap 0.8,
 * >= 85 exact, speaker right for >= 85 % of matched quotes with a gold speaker. Skipped when
 * {@code ../shared/data} is absent (a fresh clone).
 */
@Tag("slow")
class LitbankQuotesTest {
  private static final Path GOLD = Path.of("../shared/data/fr-litbank-dev/citations.jsonl");

  @Test
  public void litbankDev_meetsTheTargets() throws Exception {
    assumeTrue(Files.isRegularFile(GOLD), "no " + GOLD + ": skipped");
    Terminal io = new Terminal(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
        new ByteArrayOutputStream(), false);
    List<EvalQuotesCommand.Doc> docs = EvalQuotesCommand.read(io, GOLD.toString());
    EvalQuotesCommand.Report r = EvalQuotesCommand.evaluate(QuoteExtractor.standard(), docs);
    String scores = String.format("F1 0.3 %.1f, 0.8 %.1f, exact %.1f, speaker %.1f", r.f1(0), r.f1(1),
        r.f1(2), r.speakerAccuracy());
    assertTrue(r.f1(1) >= 92, scores);
    assertTrue(r.f1(2) >= 85, scores);
    assertTrue(r.speakerAccuracy() >= 85, scores);
  }
}
