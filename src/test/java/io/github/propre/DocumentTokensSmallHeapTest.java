package io.github.propre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.token.FrenchTokenizer;
import io.github.propre.token.Token;
import io.github.propre.token.TokenCursor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The tokens of a long document fit in a heap a list of {@link Token} objects would not: 20 M
 * characters give 4.7 M tokens, each read here in a JVM of 384 MB (measured: 320 MB is enough).
 * When {@code tokens()} was a list of tokens, the same run needed more than 640 MB.
 */
class DocumentTokensSmallHeapTest {

  @Test
  void everyTokenOfTwentyMillionCharactersIsReadInA384MegabyteHeap() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx384m", "-cp", System.getProperty("java.class.path"),
        Child.class.getName(), "20000000").redirectErrorStream(true).start();
    String out;
    try (var in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the child did not finish in 120 s");
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.startsWith("OK "), out);
    assertTrue(Long.parseLong(out.substring(3).trim()) > 4_000_000, out);
  }

  /** Processes generated text and reads every token; prints {@code OK <tokens>}. */
  static final class Child {
    public static void main(String[] args) {
      int size = Integer.parseInt(args[0]);
      StringBuilder sb = new StringBuilder(size + 200);
      for (int i = 0; sb.length() < size; i++) {
        // one paragraph a line, each different, so that none is removed as a copy
        sb.append("Le ").append(i).append("e paragraphe : l’AES a-t-il « ").append(i % 977)
            .append("\u00A0000 soldats » ? Oui, dit-il, aujourd’hui.\n");
      }
      String raw = sb.toString();
      Document doc = Propre.process(raw);
      List<Token> tokens = doc.tokens();
      TokenCursor c = FrenchTokenizer.standard().cursor(doc.text());
      long read = 0;
      for (Token t : tokens) {
        if (!c.next() || !t.text().equals(c.toString()) || !raw.substring(t.start(), t.end()).equals(t.text())) {
          throw new AssertionError("token " + read + ": " + t);
        }
        read++;
      }
      if (c.next() || read != tokens.size() || doc.sentences().isEmpty()) {
        throw new AssertionError("read " + read + " of " + tokens.size());
      }
      System.out.println("OK " + read);
    }
  }
}
