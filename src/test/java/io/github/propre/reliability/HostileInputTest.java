package io.github.propre.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.propre.clean.Cleaner;
import io.github.propre.clean.QuoteSpace;
import io.github.propre.clean.Quotes;
import io.github.propre.dedup.Deduplicator;
import io.github.propre.token.FrenchTokenizer;
import io.github.propre.token.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and malformed input through every stage of the library: each input is processed without
 * an exception, the answers keep their invariants, and the cost grows linearly with the input (the
 * ratio of two sizes, in time and in bytes allocated). The command line's share (invalid UTF-8,
 * mixed encodings) is in {@code io.github.propre.cli.CliHostileInputTest}.
 */
class HostileInputTest {

  /**
   * Every char that is a space or a line break to Unicode or Java, the zero-width spaces and joiners,
   * the byte order mark and the Mongolian vowel separator (a space before Unicode 6.3).
   */
  static List<Character> everySpace() {
    List<Character> out = new ArrayList<>();
    for (char c = 0; c < 0xFFFF; c++) {
      if (Character.isSpaceChar(c) || Character.isWhitespace(c)) {
        out.add(c);
      }
    }
    for (char c : new char[] {'\u0085', '\u180E', '\u200B', '\u2060', '\uFEFF'}) {
      if (!out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The spaces that are also default-ignorable, which the exact key drops (see the key's definition). */
  static final List<Character> DEFAULT_IGNORABLE = List.of('\u180E', '\u200B', '\u2060', '\uFEFF');

  static Stream<Stages.Stage> stages() {
    return Stages.all().stream();
  }

  @ParameterizedTest
  @MethodSource("everySpace")
  void everyUnicodeSpace_separatesWordsLikeASpace(char space) {
    String s = String.valueOf(space);
    String text = "L’homme" + s + "a" + s + "dit" + s + "80" + s + "fois" + s + "«" + s + "oui" + s + "»" + s + ".";
    List<String> words = new ArrayList<>();
    for (Token t : FrenchTokenizer.standard().tokenize(text)) {
      words.add(t.text());
    }
    assertEquals(List.of("L’", "homme", "a", "dit", "80", "fois", "«", "oui", "»", "."), words,
        "U+" + Invariants.hex(space));
    for (Stages.Stage stage : Stages.all()) {
      stage.runAndCheck(text);
      stage.runAndCheck(s.repeat(1000));
      stage.runAndCheck(s + text + s);
    }
    String paragraph = "Les ministres ont rappelé que la coopération ne se limite pas aux questions militaires.";
    if (DEFAULT_IGNORABLE.contains(space)) {
      // Documented in the key: NFKC case folding drops these, so they vanish rather than separate.
      assertEquals(Deduplicator.exactKey(paragraph), Deduplicator.exactKey(paragraph.replace("o", "o" + s)),
          "the exact key of a paragraph with U+" + Invariants.hex(space) + " inside words");
    } else {
      assertEquals(Deduplicator.exactKey(paragraph), Deduplicator.exactKey(paragraph.replace(" ", s + s)),
          "the exact key of a paragraph typed with U+" + Invariants.hex(space));
    }
  }

  /** Unpaired surrogates anywhere: alone, at the ends, inside words, around valid pairs. */
  @ParameterizedTest
  @MethodSource("stages")
  void unpairedSurrogates_keepTheInvariants(Stages.Stage stage) {
    for (String text : List.of("\uD800", "\uDC00", "\uDBFF\uDBFF", "\uDFFF\uD800", "mot\uD800", "\uDC00mot",
        "l’\uD83D homme", "l\uD83D’homme", "👍\uDC4D", "\uD83D👍", "a-\uDFFF-il", "80\uD800000", "« \uD800 »",
        "\uD800.\uDC00. Il dit.", "\uD83D\n\uDE00", "e\u0301\uD800\u0301")) {
      stage.runAndCheck(text);
      stage.runAndCheck(text + " " + text + "\n\n" + text);
    }
  }

  /** Combining marks with nothing to combine with: at the start, after spaces, in long runs. */
  @ParameterizedTest
  @MethodSource("stages")
  void loneCombiningMarks_keepTheInvariants(Stages.Stage stage) {
    for (String text : List.of("\u0301", "\u0301mot", " \u0301 ", "mot \u0327\u0301 mot", "«\u0301»",
        "-\u0301t-il", "'\u0301", "1\u0301 000", "a" + "\u0301".repeat(10_000), "\u20DD\u200D\uFE0F")) {
      stage.runAndCheck(text);
    }
  }

  /** Every C0 and C1 control character, NUL included, alone and inside French text. */
  @ParameterizedTest
  @MethodSource("stages")
  void nulAndControlCharacters_keepTheInvariants(Stages.Stage stage) {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c <= 0x9F; c = (char) (c == 0x1F ? 0x7F : c + 1)) {
      String s = String.valueOf(c);
      stage.runAndCheck(s);
      stage.runAndCheck("L’homme" + s + "dit" + s + "« oui" + s + "».");
      all.append("mot").append(c);
    }
    stage.runAndCheck(all.toString());
  }

  /** Quotes nested thousands deep, closed and unclosed, alternating all mark pairs. */
  @ParameterizedTest
  @MethodSource("stages")
  void deeplyNestedQuotes_keepTheInvariants(Stages.Stage stage) {
    String open = "« “ ‹ ‘ „ \"";
    String close = "\" “ ’ › ” »";
    stage.runAndCheck(("Il dit " + open + " ").repeat(2_000) + "oui" + (" " + close).repeat(2_000) + ".");
    stage.runAndCheck("« ".repeat(10_000) + "non");
    stage.runAndCheck("oui »".repeat(10_000));
    stage.runAndCheck("«»".repeat(10_000));
    stage.runAndCheck("« — « — ".repeat(5_000));
  }

  static Stream<String> marks() {
    return Stream.of("«", "'", "-", ".", "\"", "—");
  }

  /** 256 KB of one repeated mark, against 32 KB: linear in time and in bytes, for every stage. */
  @ParameterizedTest
  @MethodSource("marks")
  @Tag("slow")
  void oneRepeatedMark_isLinear(String mark) {
    for (Stages.Stage stage : Stages.all()) {
      linear(stage, mark, 1 << 15, 1 << 18);
    }
  }

  /** 10 MB of one repeated mark, against 1.25 MB, through every stage but the per-token lists. */
  @ParameterizedTest
  @MethodSource("marks")
  @Tag("slow")
  void oneRepeatedMark_tenMegabytes_isLinear(String mark) {
    for (Stages.Stage stage : Stages.all()) {
      if (!stage.perToken()) {
        Cost.Measure m = linear(stage, mark, 10_000_000 / 8, 10_000_000);
        System.out.printf("hostile: 10 MB of %s through %s: %d ms, %d bytes allocated%n", mark, stage,
            m.nanos() / 1_000_000, m.bytes());
      }
    }
  }

  private static Cost.Measure linear(Stages.Stage stage, String mark, int small, int large) {
    Cost.Measure m = Cost.assertLinear(stage + " on " + mark, mark.repeat(small), mark.repeat(large),
        text -> stage.run().apply(text).hashCode());
    String text = mark.repeat(small);
    stage.runAndCheck(text);
    return m;
  }

  /**
   * One paragraph of 50 MB (Madame Bovary with every line break made a space, repeated) through the
   * streaming stages, against 6.25 MB.
   */
  @Test
  @Tag("slow")
  void singleFiftyMegabyteParagraph_isLinear() {
    String unit = Corpus.bovary().replace("\r", " ").replace("\n", " ");
    for (Stages.Stage stage : Stages.all()) {
      if (!stage.streaming()) {
        continue;
      }
      String large = unit.repeat(50_000_000 / unit.length());
      Cost.Measure m = Cost.assertLinear(stage + " on one paragraph", large.substring(0, large.length() / 8),
          large, text -> stage.run().apply(text).hashCode());
      System.out.printf("hostile: one 50 MB paragraph through %s: %d ms, %d bytes allocated%n", stage,
          m.nanos() / 1_000_000, m.bytes());
    }
  }

  /**
   * Runs of quote marks next to mojibake leads, where the cleaner holds writes back (the quote step
   * plans a line again, the steps run again): still linear, 256 KB against 32 KB, and idempotent.
   */
  @Test
  @Tag("slow")
  void quoteMarksNextToMojibakeLeads_areLinearAndIdempotent() {
    List<Cleaner> cleaners = List.of(
        Cleaner.builder().quotes(Quotes.GUILLEMETS).quoteSpace(QuoteSpace.NBSP).htmlEntities(true)
            .trimLines(true).collapseSpaces(true).build(),
        Cleaner.builder().quotes(Quotes.ENGLISH).trimLines(true).collapseSpaces(true).build());
    for (String unit : List.of("\"Ã\" ", "\"a\"Ã\" ", "<<â>>\u00A0", "\"â\"&nbsp;", "«Ã\u00A0» ", "\"\"Ã\"\" ")) {
      for (Cleaner c : cleaners) {
        // Whole units in both: a cut unit may change how many runs of the steps the text needs.
        String large = unit.repeat((1 << 18) / unit.length());
        String small = unit.repeat((1 << 15) / unit.length());
        Cost.assertLinear(c + " on runs of " + unit, small, large, text -> c.clean(text).text().hashCode());
        String once = c.clean(large).text();
        Invariants.check(c.clean(once).text().equals(once), c + " not idempotent on runs of " + unit);
      }
    }
  }

  /** Runs of hostile pieces the fuzzer favours, 256 KB against 32 KB, through every stage but the per-token lists. */
  @Test
  @Tag("slow")
  void hostileMixtures_areLinear() {
    for (String unit : List.of("l’", "a-", "-t-", "A. ", "1 ", "« » ", "\uD800", "e\u0301", "\u202F", ":)",
        "www.", "@a", "\r\n\r\n", "— Oui.\n")) {
      for (Stages.Stage stage : Stages.all()) {
        if (stage.perToken()) {
          continue;
        }
        String large = unit.repeat((1 << 18) / unit.length());
        Cost.assertLinear(stage + " on runs of " + unit, large.substring(0, large.length() / 8), large,
            text -> stage.run().apply(text).hashCode());
      }
    }
  }
}
