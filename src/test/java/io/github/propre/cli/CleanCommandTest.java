package io.github.propre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.clean.Cleaner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code propre clean}, run in-process. */
class CleanCommandTest {
  @TempDir
  Path dir;

  /** The exit code and both outputs of one run. */
  record Run(int code, String out, String err) {}

  static Run run(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true),
        new PrintStream(err, true), false);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String stdin, String... args) {
    return run(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  @Test
  void clean_defaults() {
    Run r = run("lâ€™Ã©tÃ© de l'AES\r\n", "clean");
    assertEquals(0, r.code());
    assertEquals("l’été de l’AES\n", r.out());
    assertEquals("", r.err());
  }

  @Test
  void clean_everyStepByOption() {
    Run r = run("  Il a dit &quot;oui&quot;!  Ã©tÃ©\n", "clean", "--html-entities", "--quotes",
        "guillemets", "--spaces=french", "--trim", "--collapse-spaces", "--apostrophes", "ascii");
    assertEquals(0, r.code());
    assertEquals("Il a dit «\u202Foui\u202F»\u202F! été\n", r.out());
  }

  @Test
  void clean_stepsCanBeTurnedOff() {
    String raw = "Ã©tÃ©\r\nl'e\u0301te\u0301\u200B";
    Run r = run(raw, "clean", "--no-repair-encoding", "--no-line-breaks", "--no-unicode",
        "--apostrophes", "keep");
    assertEquals(raw, r.out());
  }

  @Test
  void badOptionValue_exitsWith2ListingTheAllowedValues() {
    Run r = run("x", "clean", "--apostrophes", "curly");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("option --apostrophes: expected one of [typographic, ascii, keep], got 'curly'"),
        r.err());
    assertEquals(2, run("x", "clean", "--spaces", "thin").code());
    assertTrue(run("x", "clean", "--quotes", "x").err().contains("[keep, guillemets, straight, english]"));
    assertTrue(run("x", "clean", "--charset", "klingon").err().contains("expected auto or a charset name"));
    assertTrue(run("x", "clean", "--frobnicate").err().contains("unknown option --frobnicate"));
  }

  @Test
  void conflictingOptions_exitWith2() {
    Run r = run("x", "clean", "--quote-space", "nbsp");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--quote-space (nbsp) needs --quotes (guillemets)"), r.err());
  }

  @Test
  void help_describesTheOptions() {
    Run r = run("", "clean", "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("Usage: propre clean [OPTIONS] [FILE]"));
    assertTrue(r.out().contains("--apostrophes STYLE"));
    assertTrue(run("", "--help").out().contains("clean"));
  }

  @Test
  void reportAndSummary_sayWhatChanged() throws IOException {
    Path report = dir.resolve("report.json");
    Run r = run("lâ€™Ã©tÃ©\r\n", "clean", "--report", report.toString(), "--summary");
    assertEquals(0, r.code());
    assertEquals("{\"charset\":\"UTF-8\",\"charsetSource\":\"given\",\"changes\":"
        + "{\"mojibakeRepaired\":3,\"lineBreaksNormalized\":1}}\n", Files.readString(report));
    assertEquals("propre: charset UTF-8 (given), 3 mojibake sequences repaired, 1 line breaks"
        + " normalized to \\n\n", r.err());
  }

  @Test
  void file_inLatin1_detectedWithCharsetAuto() throws IOException {
    Path f = dir.resolve("latin1.txt");
    String text = "Les élèves ont été très étonnés de voir la forêt où ils étaient allés à Noël.\n";
    Files.write(f, text.repeat(20).getBytes(Charset.forName("windows-1252")));
    Run r = run("", "clean", "--charset", "auto", "--summary", f.toString());
    assertEquals(text.repeat(20), r.out());
    assertTrue(r.err().contains("charset windows-1252 (detected"), r.err());
    assertTrue(r.err().startsWith("propre: " + f + " is not valid UTF-8: read as windows-1252 (ICU"
        + " detection, confidence "), r.err());
  }

  @Test
  void charsetAuto_saysWhatDetectionChoseAndSuggestsNamingItWhenUnsure() {
    // UTF-8 text with one stray Latin-1 byte is no longer valid UTF-8; detection reads it all as
    // windows-1252 (the UTF-8 letters then come back through mojibake repair), and is not sure.
    byte[] in = "Un été à la forêt, caf\u00E9 compris.\n".getBytes(StandardCharsets.UTF_8);
    byte[] withStray = java.util.Arrays.copyOf(in, in.length + 1);
    withStray[in.length - 1] = (byte) 0xE9;
    withStray[in.length] = '\n';
    Run r = run(withStray, "clean", "--charset", "auto");
    assertEquals(0, r.code());
    assertTrue(r.err().matches("propre: standard input is not valid UTF-8: read as \\S+ \\(ICU detection,"
        + " confidence (\\d+)\\)(; if the output looks wrong, name the charset with --charset)?\n"),
        r.err());
    int confidence = Integer.parseInt(r.err().replaceAll("(?s).*confidence (\\d+).*", "$1"));
    assertEquals(confidence < CleanCommand.SURE_DETECTION, r.err().contains("--charset"), r.err());
  }

  @Test
  void undecodableBytes_areWarnedAbout() {
    byte[] in = {'c', 'a', 'f', (byte) 0xE9, '\n'};
    Run kept = run(in, "clean");
    assertEquals("café\n", kept.out());
    assertEquals("propre: warning: standard input is not valid UTF-8: 1 undecodable byte(s) kept as"
        + " windows-1252 characters\n", kept.err());
    Run replaced = run(in, "clean", "--undecodable", "replace");
    assertEquals("caf\uFFFD\n", replaced.out());
  }

  @Test
  void missingFile_exitsWith2() {
    Run r = run("", "clean", dir.resolve("nope.txt").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no such file"));
  }

  @Test
  void largeInput_isCleanedInPiecesLikeAWhole() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; sb.length() < 3 * CleanCommand.PIECE; i++) {
      sb.append("Ligne ").append(i).append(" : lâ€™Ã©tÃ© «oui» l'AES\r\n");
    }
    sb.append("x".repeat(CleanCommand.PIECE + 10)).append("Ã©"); // one line longer than a piece
    String raw = sb.toString();
    Run r = run(raw, "clean", "--spaces", "french");
    assertEquals(Cleaner.builder().spaces(io.github.propre.clean.Spaces.FRENCH).build().clean(raw)
        .text(), r.out());
  }

  @Test
  void cut_endsPiecesAfterALineBreakOrBetweenLetters() {
    assertEquals(3, CleanCommand.cut("ab\ncd".toCharArray(), 5));
    assertEquals(2, CleanCommand.cut("«ab»»".toCharArray(), 5));
    assertEquals(4, CleanCommand.cut("««««\r".toCharArray(), 5));
    assertEquals("mojibakeRepaired", CleanCommand.camel("MOJIBAKE_REPAIRED"));
  }
}
