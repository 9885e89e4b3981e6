package io.github.propre.cli;

import io.github.propre.internal.Json;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The accuracy targets of issue #3 on the UD French dev sets in {@code ../shared/data} (skipped when
 * that folder is absent, as on a fresh clone).
 */
class UdDevSetTest {
  private static final Path DATA = Path.of("..", "shared", "data");
  private static final Path GSD = DATA.resolve("ud-fr-gsd/dev.jsonl");
  private static final Path SEQUOIA = DATA.resolve("ud-fr-sequoia/dev.jsonl");

  private static List<String> lines(Path file) throws IOException {
    assumeTrue(Files.isRegularFile(file), file + " is absent: accuracy not checked");
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  private static UdEvaluation evaluate(List<String> lines, boolean typeset) {
    UdEvaluation ev = new UdEvaluation(false, 0);
    for (String line : lines) {
      Map<String, Object> o = Json.object(Json.parse(line));
      String text = (String) o.get("text");
      List<String> tokens = new ArrayList<>();
      Json.array(o.get("tokens")).forEach(t -> tokens.add((String) t));
      List<Boolean> spaces = new ArrayList<>();
      Json.array(o.get("spaces_after")).forEach(b -> spaces.add((Boolean) b));
      ev.add((String) o.get("id"), text, tokens, spaces, typeset ? typeset(text) : text);
    }
    ev.finish();
    return ev;
  }

  /**
   * Returns {@code text} as a French publisher sets it, one character for one: every ' becomes ’; the
   * space before ; : ! ? » % € and after «, and a space between digit groups, becomes U+202F.
   * Written here independently of {@code eval-ud --retypeset}, which this test thereby also checks.
   */
  static String typeset(String text) {
    StringBuilder sb = new StringBuilder(text);
    for (int i = 0; i < sb.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        sb.setCharAt(i, '\u2019');
      } else if (c == ' ') {
        String before = text.substring(Math.max(0, i - 1), i);
        String after = text.substring(i + 1, Math.min(text.length(), i + 5));
        boolean punct = !after.isEmpty() && ";:!?»%€".indexOf(after.charAt(0)) >= 0;
        boolean group = before.matches("[0-9]") && after.matches("[0-9]{3}([^0-9].*)?");
        if (punct || before.equals("«") || group) {
          sb.setCharAt(i, '\u202F');
        }
      }
    }
    return sb.toString();
  }

  @Test
  void gsdDev_meetsTheTokenAndSentenceTargets() throws IOException {
    UdEvaluation ev = evaluate(lines(GSD), false);
    assertTrue(ev.tokenF1() >= 99.8, "GSD dev token F1 " + ev.tokenF1());
    assertTrue(ev.sentenceF1() >= 98.0, "GSD dev sentence F1 " + ev.sentenceF1());
  }

  @Test
  void sequoiaDev_meetsTheTokenTarget() throws IOException {
    UdEvaluation ev = evaluate(lines(SEQUOIA), false);
    assertTrue(ev.tokenF1() >= 99.7, "Sequoia dev token F1 " + ev.tokenF1());
  }

  @Test
  void retypesetDevSets_loseAtMostFiveHundredthsOfAPoint() throws IOException {
    for (Path file : List.of(GSD, SEQUOIA)) {
      List<String> lines = lines(file);
      double plain = evaluate(lines, false).tokenF1();
      double typeset = evaluate(lines, true).tokenF1();
      assertTrue(plain - typeset <= 0.05, file + ": " + plain + " plain, " + typeset + " re-typeset");
    }
  }

  @Test
  void typeset_matchesTheCommandsRetypesetting() throws IOException {
    for (String line : lines(GSD)) {
      String text = (String) Json.object(Json.parse(line)).get("text");
      assertTrue(typeset(text).equals(UdEvaluation.retypeset(text)), text);
    }
  }
}
