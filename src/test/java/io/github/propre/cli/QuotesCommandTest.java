package io.github.propre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code quotes} command: its JSON Lines contract, its readable form, and its chunking. */
class QuotesCommandTest {

  /** Runs {@code propre args} on {@code input}; returns exit code, standard output and error. */
  static String[] run(String input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        false);
    return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  public void jsonl_oneObjectPerQuoteWithTheContractFields() {
    String[] r = run("« Oui, dit-il, je viens. »\nIl lit « Le Monde ».\n", "quotes", "--format", "jsonl");
    assertEquals("0", r[0], r[2]);
    assertEquals("{\"text\":\"Oui, je viens.\",\"start\":0,\"end\":26,\"parts\":[[2,6],[15,24]],"
        + "\"level\":0,\"kind\":\"speech\",\"closed\":true,\"speaker\":{\"text\":\"il\",\"start\":11,\"end\":13},"
        + "\"verb\":{\"text\":\"dit\",\"start\":7,\"end\":10}}\n"
        + "{\"text\":\"Le Monde\",\"start\":34,\"end\":46,\"parts\":[[36,44]],\"level\":0,"
        + "\"kind\":\"fragment\",\"closed\":true,\"speaker\":null,\"verb\":null}\n", r[1]);
  }

  @Test
  public void text_readableLines() {
    String[] r = run("— Bonjour, dit Marie.\n« jamais fermé\n", "quotes");
    assertEquals("0", r[0], r[2]);
    assertEquals("[0, 9) dialogue: Bonjour\n    speaker: Marie  verb: dit\n"
        + "[22, 36) speech, unclosed: jamais fermé\n", r[1]);
  }

  @Test
  public void usageErrors_exitTwoWithAMessage() {
    String[] r = run("", "quotes", "--format", "xml");
    assertEquals("2", r[0]);
    assertTrue(r[2].contains("option --format: expected one of [text, jsonl], got 'xml'"), r[2]);
    r = run("", "quotes", "/no/such/file");
    assertEquals("2", r[0]);
    assertTrue(r[2].contains("cannot read /no/such/file: no such file"), r[2]);
  }

  @Test
  public void chunks_giveTheSameOutputAsOneBlock() throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      sb.append("Paragraphe ").append(i).append(", il dit : « Oui, dit-il, ").append(i).append(" fois. »\n");
      sb.append("« Un long discours\n« qui continue\n« et finit. »\n");
      sb.append("— Réponse ").append(i).append(", répondit Marie.\n");
    }
    String text = sb.toString();
    for (String format : List.of("text", "jsonl")) {
      String whole = run(text, "quotes", "--format", format)[1];
      for (int chunk : new int[] {16, 100, 333}) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Terminal io = new Terminal(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), out,
            new ByteArrayOutputStream(), false);
        new QuotesCommand(chunk, 1 << 20).run(List.of("--format", format), io);
        io.out.flush();
        assertEquals(whole, out.toString(StandardCharsets.UTF_8), "chunk " + chunk + ", " + format);
      }
    }
    assertEquals(120, whole(text).lines().count());
  }

  private static String whole(String text) {
    return run(text, "quotes", "--format", "jsonl")[1];
  }
}
