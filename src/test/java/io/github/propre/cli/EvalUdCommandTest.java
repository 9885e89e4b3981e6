package io.github.propre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalUdCommandTest {
  private static final String PERFECT =
      "{\"id\":\"s1\",\"text\":\"L'homme a 80 000 euros.\",\"tokens\":[\"L'\",\"homme\",\"a\",\"80 000\",\"euros\",\".\"],"
      + "\"spaces_after\":[false,true,true,true,false,true]}\n"
      + "{\"id\":\"s2\",\"text\":\"Viens-tu ?\",\"tokens\":[\"Viens\",\"-tu\",\"?\"],\"spaces_after\":[false,true,true]}\n";
  /** Gold keeps "jusqu'alors" whole: the tokenizer splits it, one disagreement. */
  private static final String ONE_ERROR =
      "{\"id\":\"e1\",\"text\":\"Il attend jusqu'alors.\",\"tokens\":[\"Il\",\"attend\",\"jusqu'alors\",\".\"],"
      + "\"spaces_after\":[true,true,false,true]}\n";

  private static Path write(Path dir, String content) throws Exception {
    Path f = dir.resolve("gold.jsonl");
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void evalUd_perfectFileScoresOneHundred(@TempDir Path dir) throws Exception {
    CommandsTestSupport r = CommandsTestSupport.run("", "eval-ud", write(dir, PERFECT).toString(),
        "--min-token-f1", "100", "--min-sentence-f1", "100");
    assertEquals(0, r.code, r.out + r.err);
    assertTrue(r.out.contains("tokens     gold 9  system 9  correct 9  P 100.00  R 100.00  F1 100.00"), r.out);
    assertTrue(r.out.contains("sentences  gold 2  system 2  correct 2  P 100.00  R 100.00  F1 100.00"), r.out);
  }

  @Test
  void evalUd_belowTargetExitsWithThreeAndShowsTheDisagreement(@TempDir Path dir) throws Exception {
    CommandsTestSupport r = CommandsTestSupport.run("", "eval-ud", write(dir, ONE_ERROR).toString(),
        "--min-token-f1", "99", "--show", "5");
    assertEquals(3, r.code, r.out + r.err);
    assertTrue(r.out.contains("tokens     gold 4  system 5  correct 3  P 60.00  R 75.00  F1 66.67"), r.out);
    assertTrue(r.out.contains("e1  gold: jusqu'alors   system: jusqu' · alors"), r.out);
    assertTrue(r.err.contains("token F1 66.67 is below --min-token-f1 99"), r.err);
  }

  @Test
  void evalUd_retypesetKeepsGoldOffsets(@TempDir Path dir) throws Exception {
    CommandsTestSupport r = CommandsTestSupport.run("", "eval-ud", write(dir, PERFECT).toString(), "--retypeset");
    assertEquals(0, r.code, r.out + r.err);
    assertTrue(r.out.contains("re-typeset"), r.out);
    assertTrue(r.out.contains("F1 100.00"), r.out);
  }

  @Test
  void evalUd_malformedLineNamesFileAndLine(@TempDir Path dir) throws Exception {
    Path f = write(dir, PERFECT + "{\"id\":\"x\",\"text\":\"a b\",\"tokens\":[\"a\",\"c\"]}\n");
    CommandsTestSupport r = CommandsTestSupport.run("", "eval-ud", f.toString());
    assertEquals(2, r.code);
    assertTrue(r.err.contains("line 3") && r.err.contains("'c'"), r.err);
  }

  @Test
  void evalUd_needsExactlyOneFile() {
    assertEquals(2, CommandsTestSupport.run("", "eval-ud").code);
    assertEquals(2, CommandsTestSupport.run("", "eval-ud", "a", "b").code);
  }

  @Test
  void retypeset_isOneCharacterForOne() {
    String text = "L'« oasis » coûte 80 000 € : 12 % ; oui ! l'été ?";
    String typeset = UdEvaluation.retypeset(text);
    assertEquals("L’«\u202Foasis\u202F» coûte 80\u202F000\u202F€\u202F: 12\u202F%\u202F; oui\u202F! l’été\u202F?", typeset);
    assertEquals(text.length(), typeset.length());
  }
}
