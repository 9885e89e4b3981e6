package io.github.propre.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.text.MappedText;
import org.junit.jupiter.api.Test;

/** The rules of each step, one at a time, including the cases where a step must do nothing. */
class StepsTest {
  private static final String NBSP = "\u00A0";
  private static final String NNBSP = "\u202F";

  private static String run(Step step, String text) {
    MappedText m = step.apply(text, new Tally());
    return m == null ? text : m.text();
  }

  // ---- encoding repair ----

  @Test
  void repair_findsNothingInCleanText_andAllocatesNoResult() {
    assertNull(new EncodingRepairStep().apply("Déjà l’été, « ça » va… 😀", new Tally()));
    assertNull(new EncodingRepairStep().apply("plain ASCII", new Tally()));
  }

  @Test
  void repair_looseRulesNeedOtherMojibake() {
    // Alone, "Ã " and "Â " could be anything; next to certain mojibake they are "à" and NBSP.
    assertEquals("Ã bientôt", run(new EncodingRepairStep(), "Ã bientôt"));
    assertEquals("à bientôt, café", run(new EncodingRepairStep(), "Ã bientÃ´t, cafÃ©"));
    assertEquals("Bonjour" + NBSP + ": été", run(new EncodingRepairStep(), "BonjourÂ : Ã©tÃ©"));
    assertEquals("IRMÃ E été", run(new EncodingRepairStep(), "IRMÃ E Ã©tÃ©"));
  }

  @Test
  void repair_lonelyForeignLetterStays_wordIsRepaired() {
    assertEquals("Ñ€", run(new EncodingRepairStep(), "Ñ€"));
    assertEquals("р", run(new EncodingRepairStep(), "Ñ€Ñ€").substring(0, 1));
    assertEquals("中文", run(new EncodingRepairStep(), "ä¸\u00ADæ–‡"));
  }

  @Test
  void repair_nextLineControlStaysALineBreakBeforeText() {
    assertEquals("fin.\u0085Suite", run(new EncodingRepairStep(), "fin.\u0085Suite"));
    assertEquals("Mais… non", run(new EncodingRepairStep(), "Mais\u0085 non"));
    // Other windows-1252 controls show the text's origin: U+0085 is an ellipsis there too.
    assertEquals("l’idée…bon", run(new EncodingRepairStep(), "l\u0092idée\u0085bon"));
  }

  @Test
  void repair_tripleEncodingIsUndoneLayerByLayer() {
    String once = "é";
    String twice = new String(once.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        java.nio.charset.Charset.forName("windows-1252"));
    String thrice = new String(twice.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        java.nio.charset.Charset.forName("windows-1252"));
    assertEquals("Ã©", twice);
    assertEquals("ÃƒÂ©", thrice);
    Tally t = new Tally();
    MappedText m = new EncodingRepairStep().apply("l’" + thrice + "t" + thrice, t);
    assertEquals("l’été", m.text());
    assertEquals(6, t.get(Change.MOJIBAKE_REPAIRED));
  }

  // ---- HTML entities ----

  @Test
  void entities_tableHoldsEveryHtml5Name() {
    assertEquals(2125, EntityTable.size());
    assertEquals("\u2233", run(new HtmlEntityStep(), "&CounterClockwiseContourIntegral;"));
    assertEquals("\uD835\uDD04", run(new HtmlEntityStep(), "&Afr;"));
    assertEquals("\u223E\u0333", run(new HtmlEntityStep(), "&acE;"));
  }

  @Test
  void entities_needTheirSemicolonUnlessLegacy() {
    assertEquals("&hellip et &rsquo", run(new HtmlEntityStep(), "&hellip et &rsquo"));
    assertEquals("é, &eacutex, &eacute=", run(new HtmlEntityStep(), "&eacute, &eacutex, &eacute="));
    assertEquals("AT&T, R&D, & ;", run(new HtmlEntityStep(), "AT&T, R&D, & ;"));
  }

  @Test
  void entities_numericFollowTheHtmlRules() {
    assertEquals("’’’\uFFFD\uFFFD'x", run(new HtmlEntityStep(),
        "&#8217;&#x2019;&#146;&#xD800;&#99999999999;&#39x"));
    assertEquals("&#;&#x;", run(new HtmlEntityStep(), "&#;&#x;"));
  }

  // ---- apostrophes ----

  @Test
  void apostrophes_notAnApostrophe() {
    Step typo = new ApostropheStep(Apostrophes.TYPOGRAPHIC);
    assertEquals("'90, 5′ 30″, ´, 'l' ou 'd'", run(typo, "'90, 5′ 30″, ´, 'l' ou 'd'"));
    assertEquals("les élèves' et 'la' fin", run(typo, "les élèves' et 'la' fin"));
    assertEquals("Jusqu’où ? presqu’île, QU’IL, entr’ouvert", run(typo,
        "Jusqu'où ? presqu`île, QU'IL, entr'ouvert"));
  }

  @Test
  void apostrophes_neverWrittenWhereTheyWouldReadAsMojibake() {
    // "Ã" then "’" (0x92 in windows-1252) would be repaired into "Ò" by a second cleaning.
    assertEquals("Ã'a", run(new ApostropheStep(Apostrophes.TYPOGRAPHIC), "Ã'a"));
  }

  // ---- quotes ----

  @Test
  void quotes_unpairedAndEmptyStay() {
    Step g = new QuoteStep(Quotes.GUILLEMETS, QuoteSpace.NNBSP);
    assertEquals("Il mesure 5\" et \"\" ou “”", run(g, "Il mesure 5\" et \"\" ou “”"));
    assertEquals("„Ja“, sagt er", run(g, "„Ja“, sagt er"));
    assertEquals("x << 2\na >> b <<< c >>>", run(g, "x << 2\na >> b <<< c >>>"));
  }

  @Test
  void quotes_eachLineOnItsOwn() {
    Step g = new QuoteStep(Quotes.GUILLEMETS, QuoteSpace.NONE);
    assertEquals("\"Début\nfin\" «a»", run(g, "\"Début\nfin\" \"a\""));
  }

  @Test
  void quotes_continuationGuillemetsRespaced() {
    Step g = new QuoteStep(Quotes.GUILLEMETS, QuoteSpace.NBSP);
    assertEquals("«" + NBSP + "Premier paragraphe\n«" + NBSP + "Second" + NBSP + "»",
        run(g, "« Premier paragraphe\n«Second  »"));
  }

  // ---- spaces ----

  @Test
  void french_leavesTokensAndDoubledPunctuationAlone() {
    Step f = new SpacePolicyStep(Spaces.FRENCH);
    assertEquals("12:30, std::map, a?b, :-), !!, ?", run(f, "12:30, std::map, a?b, :-), !!, ?"));
    assertEquals("Quoi" + NNBSP + "?!", run(f, "Quoi ?!"));
    assertEquals("Note" + NBSP + ":\nSuite", run(f, "Note  :\nSuite"));
  }

  @Test
  void collapse_keepsTheStrongestSpace() {
    Step c = new CollapseSpacesStep();
    assertEquals("a" + NBSP + ":", run(c, "a " + NBSP + ":"));
    assertEquals("a" + NNBSP + "?", run(c, "a" + NBSP + NNBSP + " ?"));
    assertEquals("a b\tc", run(c, "a  b\tc"));
  }

  @Test
  void trim_removesTabsAndSpacesAtBothEnds() {
    assertEquals("a\n\nb", run(new TrimLinesStep(), "\t a \t\n   \n b "));
  }

  @Test
  void everyStep_returnsNullWhenNothingChanges() {
    String clean = "Déjà l’été.\nFin";
    Step[] steps = {new SurrogateStep(Malformed.REPLACE), new HtmlEntityStep(), new InvisiblesStep(),
        new NfcStep(), new EncodingRepairStep(), new LineBreakStep(), new C1ControlStep(),
        new SoftHyphenStep(), new LigatureStep(), new ApostropheStep(Apostrophes.TYPOGRAPHIC),
        new QuoteStep(Quotes.GUILLEMETS, QuoteSpace.NNBSP), new SpacePolicyStep(Spaces.PLAIN),
        new TrimLinesStep(), new CollapseSpacesStep(), new RepairStage(new InvisiblesStep())};
    for (Step s : steps) {
      assertNull(s.apply(clean, new Tally()), s.getClass().getSimpleName());
    }
    assertTrue(Cleaner.defaults().clean(clean).offsets().isIdentity());
  }
}
