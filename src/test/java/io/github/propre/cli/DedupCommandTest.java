package io.github.propre.cli;

import io.github.propre.internal.Json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.dedup.Deduplicator;
import io.github.propre.dedup.Removal;
import io.github.propre.text.ParagraphMode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupCommandTest {

  static final String A = "La Russie, premier pays à reconnaître officiellement l’AES dès 2023.";
  static final String B = "Les pays de l’AES ont multiplié les partenariats avec la Russie, dit-il.";

  /** What one run printed, and its exit code. */
  record Run(int code, byte[] out, String err) {
    String text() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  static Run run(InputStream in, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, in, new PrintStream(out, true), new PrintStream(err, true), false);
    return new Run(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(byte[] input, String... args) {
    return run(new ByteArrayInputStream(input), args);
  }

  /** An input stream that hands out at most {@code step} bytes per read, to cut chunks anywhere. */
  static InputStream trickle(byte[] bytes, int step) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, step));
      }
    };
  }

  @Test
  void sampleArticle_printsTheSixFirstLinesAndReportsFiveRemovals(@TempDir Path dir)
      throws IOException {
    // The copy the CLI bundles, byte for byte ../shared/samples/aes-russie.txt.
    byte[] input;
    try (java.io.InputStream in = DedupCommandTest.class.getResourceAsStream(
        "/io/github/propre/cli/sample/aes-russie.txt")) {
      input = in.readAllBytes();
    }
    Path sample = Files.write(dir.resolve("aes-russie.txt"), input);
    Path report = dir.resolve("report.jsonl");
    Run r = run(new byte[0], "dedup", "--report", report.toString(), sample.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    String text = new String(input, StandardCharsets.UTF_8);
    int cut = 0;
    for (int i = 0; i < 6; i++) {
      cut = text.indexOf('\n', cut) + 1;
    }
    assertEquals(text.substring(0, cut), r.text());
    List<String> lines = Files.readAllLines(report);
    assertEquals(5, lines.size());
    List<Removal> removed = Deduplicator.exact().deduplicate(text).removed();
    for (int i = 0; i < 5; i++) {
      Map<String, Object> o = Json.object(Json.parse(lines.get(i)));
      Removal expected = removed.get(i);
      assertEquals((long) expected.paragraph().span().start(), o.get("start"));
      assertEquals((long) expected.paragraph().span().end(), o.get("end"));
      Map<String, Object> of = Json.object(o.get("duplicateOf"));
      assertEquals(expected.duplicateOf().start(), of.get("start"));
      assertEquals(expected.duplicateOf().end(), of.get("end"));
      assertEquals("exact", o.get("kind"));
      assertEquals(1.0, o.get("similarity"));
    }
    assertEquals("{\"start\":2362,\"end\":2879,\"duplicateOf\":{\"start\":425,\"end\":942},"
        + "\"kind\":\"exact\",\"similarity\":1.0}", lines.get(0));
  }

  @Test
  void invalidUtf8_isPassedThroughUnchangedAndReported(@TempDir Path dir) throws IOException {
    byte[] bad = {(byte) 0xFF, 'x', (byte) 0xE2, (byte) 0x80};
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.write(bad);
    in.write(("\r\n" + A + "\r\n").getBytes(StandardCharsets.UTF_8));
    in.write((B + "\r\n").getBytes(StandardCharsets.UTF_8));
    in.write((A + "\r\n").getBytes(StandardCharsets.UTF_8));
    in.write(bad);
    Path report = dir.resolve("r.jsonl");
    Run r = run(in.toByteArray(), "dedup", "--paragraphs", "line", "--report", report.toString());
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.write(bad);
    expected.write(("\r\n" + A + "\r\n" + B + "\r\n").getBytes(StandardCharsets.UTF_8));
    expected.write(bad);
    assertEquals(0, r.code());
    assertArrayEquals(expected.toByteArray(), r.out());
    assertEquals("propre: warning: standard input is not valid UTF-8: 4 malformed byte "
        + "sequence(s) copied unchanged, read as U+FFFD\n", r.err());
    // the text as the JDK reads it: each bad sequence is one U+FFFD
    int start = 5 + A.length() + 2 + B.length() + 2;
    assertEquals("{\"start\":" + start + ",\"end\":" + (start + A.length())
        + ",\"duplicateOf\":{\"start\":5,\"end\":" + (5 + A.length()) + "},\"kind\":\"exact\","
        + "\"similarity\":1.0}", Files.readString(report).strip());
  }

  @Provide
  Arbitrary<String> documents() {
    Arbitrary<String> paragraph = Arbitraries.of(A, B, A.toUpperCase(), "— Oui.", "",
        "  " + B + "  ", "Ligne\u00A0un de texte", A.replace("’", "'"));
    Arbitrary<String> separator = Arbitraries.of("\n", "\r\n", "\n\n", "\n \n\n", "\r", "\u2028");
    return net.jqwik.api.Combinators.combine(paragraph.list().ofMaxSize(8),
        separator.list().ofMinSize(8).ofMaxSize(8)).as((ps, seps) -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < ps.size(); i++) {
            sb.append(ps.get(i)).append(seps.get(i));
          }
          return sb.toString();
        });
  }

  @Property(tries = 200)
  void output_isTheLibrarysOutputInBytesWhateverTheChunks(@ForAll("documents") String text,
      @ForAll @IntRange(min = 1, max = 9) int step, @ForAll ParagraphMode mode) {
    String name = switch (mode) {
      case LINE -> "line";
      case BLANK_LINE -> "blank";
      case AUTO -> "auto";
    };
    byte[] input = text.getBytes(StandardCharsets.UTF_8);
    Run r = run(trickle(input, step), "dedup", "--paragraphs", name);
    assertEquals(0, r.code(), r.err());
    String expected = Deduplicator.builder().paragraphs(mode).build().deduplicate(text).text();
    assertEquals(expected, r.text());
  }

  @Test
  void badOptions_exitWithCode2AndSayWhy() {
    Run r = run(new byte[0], "dedup", "--paragraphs", "lines");
    assertEquals(2, r.code());
    assertEquals("propre: option --paragraphs: expected one of [line, blank, auto], got 'lines'\n"
        + "Try 'propre --help'.\n", r.err());
    assertEquals(2, run(new byte[0], "dedup", "--min-chars", "-3").code());
    Run missing = run(new byte[0], "dedup", "no/such/file.txt");
    assertEquals(2, missing.code());
    assertEquals("propre: cannot read no/such/file.txt: no such file\nTry 'propre --help'.\n",
        missing.err());
    Run unknown = run(new byte[0], "dedup", "--fast");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().startsWith("propre: unknown option --fast; expected one of ["),
        unknown.err());
  }

  @Test
  void unwritableReport_exitsWithCode2() {
    Run r = run(new byte[0], "dedup", "--report", "no/such/dir/r.jsonl");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("propre: cannot write no/such/dir/r.jsonl"), r.err());
  }

  @Test
  void reportOntoTheInput_isRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("in.txt");
    Files.writeString(input, A + "\n" + A + "\n");
    Run r = run(new byte[0], "dedup", "--report", input.toString(), input.toString());
    assertEquals(2, r.code());
    assertEquals("propre: --report " + input + " is the input file; writing the report would "
        + "destroy it, choose another file\nTry 'propre --help'.\n", r.err());
    assertEquals(A + "\n" + A + "\n", Files.readString(input));
  }

  @Test
  void minChars_isHonoured() {
    byte[] input = "Bonjour à tous\nBonjour à tous\n".getBytes(StandardCharsets.UTF_8);
    assertEquals("Bonjour à tous\nBonjour à tous\n", run(input, "dedup").text());
    assertEquals("Bonjour à tous\n", run(input, "dedup", "--min-chars", "10").text());
  }

  @Test
  void hugeParagraph_isHeldOnDiskAndStillCompared() {
    String big = "mot ".repeat((DedupCommand.HOLD_MEMORY / 4) + 1000);
    byte[] input = (big + "\n" + big + "\n" + A + "\n").getBytes(StandardCharsets.UTF_8);
    Run r = run(input, "dedup");
    assertEquals(0, r.code(), r.err());
    assertEquals(big + "\n" + A + "\n", r.text());
  }

  @Test
  void capacity_followsTheHeap() {
    long budget = DedupCommand.indexBudget(256L << 20);
    int paragraphs = DedupCommand.capacity(budget, DedupCommand.PARAGRAPHS);
    assertTrue(paragraphs > 3_000_000, "" + paragraphs);
    assertTrue(io.github.propre.dedup.DuplicateIndex.maxBytes(paragraphs, 0) <= budget);
    assertTrue(io.github.propre.dedup.DuplicateIndex.maxBytes(paragraphs + 1000, 0) > budget);
    int ngrams = DedupCommand.capacity(budget - budget / 8, DedupCommand.NGRAMS);
    assertTrue(ngrams > 8_000_000, "8 bytes per n-gram slot, 16 at most with growth: " + ngrams);
    int nearParagraphs = DedupCommand.capacity(budget / 8, DedupCommand.PARAGRAPHS_NEAR);
    assertTrue(io.github.propre.dedup.DuplicateIndex.maxBytes(nearParagraphs, ngrams) <= budget);
    assertTrue(DedupCommand.capacity(DedupCommand.indexBudget(4L << 30), DedupCommand.PARAGRAPHS)
        > 50_000_000);
    assertEquals(1 << 20, DedupCommand.indexBudget(16L << 20));
  }

  @Test
  void near_removesAnEditedCopyAndReportsItsSimilarity(@TempDir Path dir) throws IOException {
    String p = "Dans un contexte de désengagement progressif des forces occidentales, notamment "
        + "françaises, les pays de l’AES ont multiplié les partenariats avec la Russie, qu’ils "
        + "considèrent comme un allié fiable pour les aider à lutter contre le terrorisme et à "
        + "renforcer leur souveraineté.";
    String other = "Le sommet aura lieu à Moscou en juin prochain, a précisé le ministre malien.";
    byte[] input = (p + "\n" + other + "\n" + p.replace("fiable", "sûr") + "\n")
        .getBytes(StandardCharsets.UTF_8);
    Path report = dir.resolve("r.jsonl");
    assertEquals(p + "\n" + other + "\n" + p.replace("fiable", "sûr") + "\n",
        run(input, "dedup").text());
    Run r = run(input, "dedup", "--near", "--report", report.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(p + "\n" + other + "\n", r.text());
    int start = p.length() + 1 + other.length() + 1;
    assertEquals("{\"start\":" + start + ",\"end\":" + (start + p.length() - 3)
        + ",\"duplicateOf\":{\"start\":0,\"end\":" + p.length() + "},\"kind\":\"near\","
        + "\"similarity\":" + (30.0 / 37) + "}", Files.readString(report).strip());
    assertEquals(p + "\n" + other + "\n" + p.replace("fiable", "sûr") + "\n",
        run(input, "dedup", "--near", "--threshold", "0.9").text());
  }

  @Test
  void nearOptions_withoutNear_areUsageErrors() {
    Run r = run(new byte[0], "dedup", "--threshold", "0.8");
    assertEquals(2, r.code());
    assertEquals("propre: option --threshold applies to near duplicates only; add --near\n"
        + "Try 'propre --help'.\n", r.err());
    Run one = run(new byte[0], "dedup", "--near", "--threshold", "1");
    assertEquals(2, one.code());
    assertEquals("propre: option --threshold: expected a number from 0 to below 1, got 1\n"
        + "Try 'propre --help'.\n", one.err());
    assertEquals(2, run(new byte[0], "dedup", "--near", "--ngram", "40").code());
  }
}
