package io.github.propre.lucene;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.BytesRef;
import org.junit.Test;

/** Lucene's own checks on {@link PropreFrenchAnalyzer}, and the CustomAnalyzer recipe the README gives. */
public class PropreFrenchAnalyzerTest extends BaseTokenStreamTestCase {

  @Test
  public void analyzer_searchChain() throws IOException {
    try (Analyzer a = new PropreFrenchAnalyzer()) {
      // "il" (from -t-il) is a stop word: it leaves a gap, as in FrenchAnalyzer.
      assertAnalyzesTo(a, "L’AES a-t-il 80 000 soldats ?",
          new String[] {"aes", "a", "80000", "soldat"},
          new int[] {2, 6, 13, 20},
          new int[] {5, 7, 19, 27},
          new String[] {"<WORD>", "<WORD>", "<NUMBER>", "<WORD>"},
          new int[] {1, 1, 2, 1});
    }
  }

  @Test
  public void analyzer_highlightOffsetsCoverTheWordNotTheArticle() throws IOException {
    try (Analyzer a = new PropreFrenchAnalyzer()) {
      assertAnalyzesTo(a, "l’été", new String[] {"été"}, new int[] {2}, new int[] {5});
      assertAnalyzesTo(a, "Jusqu’à l’avocat", new String[] {"avocat"}, new int[] {10}, new int[] {16},
          new int[] {2});
    }
  }

  @Test
  public void analyzer_apostropheAndSpaceVariantsGiveTheSameTerms() throws IOException {
    try (Analyzer a = new PropreFrenchAnalyzer()) {
      for (String s : List.of("aujourd’hui", "aujourd'hui", "aujourdʼhui", "aujourd‘hui")) {
        checkOneTerm(a, s, "aujourd'hui");
      }
      for (String s : List.of("l’avocat", "l'avocat", "lʼavocat", "l‘avocat", "L’AVOCAT")) {
        checkOneTerm(a, s, "avocat");
      }
      for (String s : List.of("souvent\u202F?", "souvent ?", "souvent\u00A0?", "souvent?")) {
        checkOneTerm(a, s, "souvent");
      }
      for (String s : List.of("80\u202F000", "80 000", "80\u00A0000", "80000")) {
        checkOneTerm(a, s, "80000");
      }
      for (String s : List.of("été", "Ã©tÃ©", "e\u0301te\u0301", "ÃƒÂ©tÃƒÂ©")) {
        checkOneTerm(a, s, "été");
      }
    }
  }

  @Test
  public void analyzer_stopWordsAndStemExclusionAreConfigurable() throws IOException {
    try (Analyzer a = new PropreFrenchAnalyzer(CharArraySet.EMPTY_SET,
        new CharArraySet(List.of("chevaux"), false))) {
      assertAnalyzesTo(a, "les chevaux des chats", new String[] {"les", "chevaux", "des", "chat"});
    }
    try (Analyzer a = new PropreFrenchAnalyzer(CharArraySet.EMPTY_SET)) {
      assertAnalyzesTo(a, "les chevaux des chats", new String[] {"les", "cheval", "des", "chat"});
    }
  }

  @Test
  public void analyzer_normalizesQueryTermsWithoutTokenizing() {
    try (Analyzer a = new PropreFrenchAnalyzer()) {
      assertEquals(new BytesRef("aujourd'hui"), a.normalize("f", "Aujourd’hui"));
      assertEquals(new BytesRef("été"), a.normalize("f", "Ã‰tÃ©"));
    }
  }

  @Test
  public void analyzer_randomUnicode() throws IOException {
    try (Analyzer a = new PropreFrenchAnalyzer()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }

  @Test
  public void analyzer_randomLongTexts() throws IOException {
    try (Analyzer a = new PropreFrenchAnalyzer()) {
      checkRandomData(random(), a, 10 * RANDOM_MULTIPLIER, 8192);
    }
  }

  @Test
  public void customAnalyzer_fromSpiNamesMatchesTheAnalyzer() throws IOException {
    try (Analyzer custom = readmeCustomAnalyzer(); Analyzer a = new PropreFrenchAnalyzer()) {
      Random r = random();
      for (int i = 0; i < 50 * RANDOM_MULTIPLIER; i++) {
        String text = PropreTokenizerTest.randomFrench(r, 1 + r.nextInt(60));
        PropreTokenizerTest.assertSameTokens(text, PropreTokenizerTest.actual(a.tokenStream("f", text)),
            PropreTokenizerTest.actual(custom.tokenStream("f", text)));
      }
    }
  }

  /** The CustomAnalyzer recipe of the README, word for word. */
  static Analyzer readmeCustomAnalyzer() throws IOException {
    return CustomAnalyzer.builder()
        .addCharFilter("propreClean")
        .withTokenizer("propreFrench")
        .addTokenFilter("propreElision", "mode", "drop")
        .addTokenFilter("proprePunctuation")
        .addTokenFilter("propreClitic", "mode", "strip")
        .addTokenFilter("propreFolding")
        .addTokenFilter("lowercase")
        .addTokenFilter("stop", "words", "org/apache/lucene/analysis/snowball/french_stop.txt",
            "format", "snowball")
        .addTokenFilter("frenchLightStem")
        .build();
  }
}
