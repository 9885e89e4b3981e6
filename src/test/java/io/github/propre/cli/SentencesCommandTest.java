package io.github.propre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SentencesCommandTest {

  @Test
  void sentences_jsonlGivesOneArrayPerLine() {
    CommandsTestSupport r = CommandsTestSupport.run("« Bonjour ! » Puis il partit.\n\n  M. Dupont est là. \n",
        "sentences", "--format=jsonl");
    assertEquals(0, r.code, r.err);
    assertEquals("[{\"text\":\"« Bonjour ! »\",\"start\":0,\"end\":13},"
        + "{\"text\":\"Puis il partit.\",\"start\":14,\"end\":29}]\n"
        + "[]\n"
        + "[{\"text\":\"M. Dupont est là.\",\"start\":2,\"end\":19}]\n", r.out);
  }

  @Test
  void sentences_textFormatPrintsOneSentencePerLine() {
    CommandsTestSupport r = CommandsTestSupport.run("Il a dit « Viens ! » et elle est venue. Puis rien.\n", "sentences");
    assertEquals(0, r.code, r.err);
    assertEquals("Il a dit « Viens ! » et elle est venue.\nPuis rien.\n", r.out);
  }

  @Test
  void sentences_tooManyFilesIsAUsageError() {
    CommandsTestSupport r = CommandsTestSupport.run("", "sentences", "a.txt", "b.txt");
    assertEquals(2, r.code);
  }
}
