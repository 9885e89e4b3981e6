package io.github.propre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenizeCommandTest {

  @Test
  void tokenize_jsonlGivesOneArrayPerLineWithOffsetsInThatLine() {
    CommandsTestSupport r = CommandsTestSupport.run("L’AES a-t-il\n\n80\u202F000 \"soldats\" ?\n", "tokenize",
        "--format", "jsonl");
    assertEquals(0, r.code, r.err);
    assertEquals("[{\"text\":\"L’\",\"start\":0,\"end\":2,\"type\":\"elided\"},"
        + "{\"text\":\"AES\",\"start\":2,\"end\":5,\"type\":\"word\"},"
        + "{\"text\":\"a\",\"start\":6,\"end\":7,\"type\":\"word\"},"
        + "{\"text\":\"-t-il\",\"start\":7,\"end\":12,\"type\":\"clitic\"}]\n"
        + "[]\n"
        + "[{\"text\":\"80\u202F000\",\"start\":0,\"end\":6,\"type\":\"number\"},"
        + "{\"text\":\"\\\"\",\"start\":7,\"end\":8,\"type\":\"punctuation\"},"
        + "{\"text\":\"soldats\",\"start\":8,\"end\":15,\"type\":\"word\"},"
        + "{\"text\":\"\\\"\",\"start\":15,\"end\":16,\"type\":\"punctuation\"},"
        + "{\"text\":\"?\",\"start\":17,\"end\":18,\"type\":\"punctuation\"}]\n", r.out);
  }

  @Test
  void tokenize_textFormatByDefault() {
    CommandsTestSupport r = CommandsTestSupport.run("donne-le-moi.\r\nvas-y", "tokenize");
    assertEquals(0, r.code, r.err);
    assertEquals("donne | -le | -moi | .\nvas | -y\n", r.out);
  }

  @Test
  void tokenize_readsAFile(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("in.txt");
    Files.writeString(f, "l'homme\n", StandardCharsets.UTF_8);
    CommandsTestSupport r = CommandsTestSupport.run("", "tokenize", f.toString());
    assertEquals("l' | homme\n", r.out);
  }

  @Test
  void tokenize_unknownFormatIsAUsageError() {
    CommandsTestSupport r = CommandsTestSupport.run("", "tokenize", "--format", "xml");
    assertEquals(2, r.code);
    assertTrue(r.err.contains("--format") && r.err.contains("[text, jsonl]"), r.err);
  }

  @Test
  void tokenize_missingFileIsAUsageError() {
    CommandsTestSupport r = CommandsTestSupport.run("", "tokenize", "/nonexistent/file.txt");
    assertEquals(2, r.code);
    assertTrue(r.err.contains("no such file"), r.err);
  }

  @Test
  void tokenize_malformedUtf8IsReported() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int code = Main.run(new String[] {"tokenize"}, new java.io.ByteArrayInputStream(new byte[] {'a', ' ', (byte) 0xC3}),
        new java.io.PrintStream(out, true, StandardCharsets.UTF_8), new java.io.PrintStream(err, true, StandardCharsets.UTF_8),
        false);
    assertEquals(0, code);
    assertEquals("a | \uFFFD\n", out.toString(StandardCharsets.UTF_8));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("1 malformed"));
  }

  @Test
  void help_describesTheJsonFields() {
    CommandsTestSupport r = CommandsTestSupport.run("", "tokenize", "--help");
    assertEquals(0, r.code);
    assertTrue(r.out.contains("{\"text\",\"start\",\"end\",\"type\"}"), r.out);
  }
}
