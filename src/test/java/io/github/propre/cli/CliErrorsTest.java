package io.github.propre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command and option of the command line given a missing, empty or invalid value: exit code
 * 2, one line on standard error that starts with {@code propre:} and names what was wrong (then at
 * most the hint {@code Try 'propre --help'.}), and never a stack trace.
 */
class CliErrorsTest {
  @TempDir
  static Path dir;
  static Path text;
  static Path badJson;
  static Path empty;

  @BeforeAll
  static void files() throws IOException {
    text = Files.writeString(dir.resolve("texte.txt"), "Bonjour.\nBonjour.\n", StandardCharsets.UTF_8);
    badJson = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": 1, \"text\": \n[1, 2\nnot json\n");
    empty = Files.writeString(dir.resolve("empty.jsonl"), "");
  }

  static Stream<Arguments> userErrors() {
    String t = text.toString();
    String missing = dir.resolve("absent.txt").toString();
    String d = dir.toString();
    String noDir = dir.resolve("no/such/dir/report.jsonl").toString();
    List<Arguments> cases = new ArrayList<>();
    // The dispatcher.
    add(cases, "unknown command 'frobnicate'", "frobnicate");
    add(cases, "unknown command ''", "");
    add(cases, "unknown command 'nope'", "--help", "nope");
    add(cases, "unknown command '--format'", "--format", "jsonl");
    // Options every reading command shares.
    for (String command : List.of("tokenize", "sentences", "quotes")) {
      add(cases, "--format", command, "--format", "xml");
      add(cases, "--format", command, "--format=");
      add(cases, "--format needs a value", command, "--format");
      add(cases, "--bogus", command, "--bogus");
      add(cases, "'-x'", command, "-x");
      add(cases, "FILE", command, t, t);
      add(cases, "no such file", command, missing);
      add(cases, "directory", command, d);
    }
    add(cases, "--format", "tokenize", "--format", "JSONL");
    // dedup.
    add(cases, "--threshold", "dedup", "--near", "--threshold", "abc");
    add(cases, "--threshold", "dedup", "--near", "--threshold", "-1");
    add(cases, "--threshold", "dedup", "--near", "--threshold", "1");
    add(cases, "--threshold", "dedup", "--near", "--threshold", "NaN");
    add(cases, "--threshold", "dedup", "--near", "--threshold", "");
    add(cases, "--threshold", "dedup", "--threshold", "0.5");
    add(cases, "--ngram", "dedup", "--near", "--ngram", "0");
    add(cases, "--ngram", "dedup", "--near", "--ngram", "33");
    add(cases, "--ngram", "dedup", "--near", "--ngram", "x");
    add(cases, "--ngram", "dedup", "--ngram", "5");
    add(cases, "--min-chars", "dedup", "--min-chars", "-1");
    add(cases, "--min-chars", "dedup", "--min-chars", "beaucoup");
    add(cases, "--paragraphs", "dedup", "--paragraphs", "words");
    add(cases, "--near", "dedup", "--near=yes");
    add(cases, "report", "dedup", "--report", t, t);
    add(cases, d, "dedup", "--report", d, t);
    add(cases, noDir, "dedup", "--report", noDir, t);
    add(cases, "no such file", "dedup", missing);
    add(cases, "FILE", "dedup", t, t);
    // clean.
    add(cases, "--apostrophes", "clean", "--apostrophes", "curly");
    add(cases, "--quotes", "clean", "--quotes", "chevrons");
    add(cases, "--quote-space", "clean", "--quote-space", "wide");
    add(cases, "--quote-space", "clean", "--quote-space", "none");
    add(cases, "--quote-space", "clean", "--quotes", "guillemets", "--spaces", "french", "--quote-space", "space");
    add(cases, "--spaces", "clean", "--spaces", "wide");
    add(cases, "--charset", "clean", "--charset", "klingon-8");
    add(cases, "--charset", "clean", "--charset", "");
    add(cases, "--undecodable", "clean", "--undecodable", "drop");
    add(cases, "--trim", "clean", "--trim=1");
    add(cases, d, "clean", "--report", d, t);
    add(cases, "no such file", "clean", missing);
    // eval-ud and eval-quotes.
    add(cases, "FILE", "eval-ud");
    add(cases, "FILE", "eval-ud", t, t);
    add(cases, "--min-token-f1", "eval-ud", "--min-token-f1", "101", t);
    add(cases, "--min-sentence-f1", "eval-ud", "--min-sentence-f1", "haut", t);
    add(cases, "--show", "eval-ud", "--show", "-1", t);
    add(cases, "no such file", "eval-ud", missing);
    add(cases, badJson.toString(), "eval-ud", badJson.toString());
    add(cases, "FILE", "eval-quotes");
    add(cases, "--min-f1-80", "eval-quotes", "--min-f1-80", "200", t);
    add(cases, "--show", "eval-quotes", "--show", "x", t);
    add(cases, badJson.toString(), "eval-quotes", badJson.toString());
    add(cases, empty.toString(), "eval-quotes", empty.toString());
    add(cases, "no such file", "eval-quotes", missing);
    // summary.
    add(cases, "FILE", "summary", t, t);
    add(cases, "no such file", "summary", missing);
    add(cases, "--bogus", "summary", "--bogus");
    return cases.stream();
  }

  private static void add(List<Arguments> cases, String named, String... args) {
    cases.add(Arguments.of(named, args));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("userErrors")
  void userError_exitsTwoWithOneLineNamingIt(String named, String[] args) {
    CommandsTestSupport r = CommandsTestSupport.run("Bonjour.\n", args);
    assertEquals(Main.USAGE, r.code, () -> "exit code of " + List.of(args) + "; stderr: " + r.err);
    assertNoStackTrace(r.err);
    String[] lines = r.err.split("\n");
    assertTrue(lines[0].startsWith("propre: "), r.err);
    assertTrue(lines[0].contains(named), () -> "the message does not name '" + named + "': " + lines[0]);
    assertTrue(lines.length == 1 || lines.length == 2 && lines[1].equals("Try 'propre --help'."),
        () -> "more than one line of message: " + r.err);
  }

  static void assertNoStackTrace(String err) {
    assertFalse(err.contains("\tat ") || err.contains("Exception") || err.contains("internal error"),
        () -> "stack trace or internal error on standard error: " + err);
  }
}
