package io.github.propre.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.text.Span;
import org.junit.jupiter.api.Test;

/**
 * Real kinds of damaged French, each with the exact cleaned text and where a piece of it comes from
 * in the raw text.
 */
class CleanerExamplesTest {
  private static final Cleaner DEFAULTS = Cleaner.defaults();
  private static final String NBSP = "\u00A0";
  private static final String NNBSP = "\u202F";

  /**
   * Cleans {@code raw}, checks the result, and checks that the first {@code piece} of the result
   * maps back to {@code source} in {@code raw}.
   */
  private static Cleaned check(Cleaner c, String raw, String expected, String piece, String source) {
    Cleaned r = c.clean(raw);
    assertEquals(expected, r.text());
    int at = expected.indexOf(piece);
    assertTrue(at >= 0, "piece in the cleaned text");
    Span span = r.rawSpan(at, at + piece.length());
    assertEquals(source, span.textIn(raw));
    return r;
  }

  // ---- an entity that a removal brings together (found by the cleaner's fuzz target) ----

  @Test
  void entityHiddenByARemovedCharacter_isDecodedTheFirstTime() {
    Cleaner c = Cleaner.builder().htmlEntities(true).normalizeUnicode(true).build();
    // a NUL inside "&#3": removed before the entities are read, so "&#3" is read (U+0003, removed)
    assertEquals(",14", c.clean("&\u0000#3,14").text());
    // a soft hyphen inside "&amp;"
    assertEquals("Paris & Lyon", c.clean("Paris &am\u00ADp; Lyon").text());
    assertEquals("Paris & Lyon", c.clean("Paris &\u200Bamp; Lyon").text());
    // a C1 control, which the clean-up removes only after the encoding repair has read it
    assertEquals(",14", c.clean("&\u0090#3,14").text());
    assertEquals("a & b", c.clean("a &#\u00903\u00908; b").text());
    for (String raw : new String[] {"&\u0000#3,14 ", "Paris &am\u00ADp; Lyon", "&\u200B#38; Lyon"}) {
      String once = c.clean(raw).text();
      assertEquals(once, c.clean(once).text(), "cleaning again changes nothing: " + once);
    }
  }

  @Test
  void entityHiddenByManyRemovedCharacters_isDecodedTheFirstTime() {
    // As many removable characters as there are: a reference read only through its first 48
    // characters was decoded by the next cleaning instead (found by the fuzz target, 64 of U+200B).
    Cleaner c = Cleaner.builder().htmlEntities(true).normalizeUnicode(true).build();
    String zw = "\u200B".repeat(64);
    assertEquals(",14", c.clean("&\u0000" + zw + "#3,14").text());
    assertEquals("Paris & Lyon", c.clean("Paris &am" + zw + "p; Lyon").text());
    assertEquals("A", c.clean("&#" + zw + "0".repeat(60) + zw + "65;").text());
    for (String raw : new String[] {"&\u0000" + zw + "#3,14 ", "&" + zw + "x" + zw + "#38;", "&" + zw}) {
      String once = c.clean(raw).text();
      assertEquals(once, c.clean(once).text(), "cleaning again changes nothing: " + once);
    }
  }

  @Test
  void doubleEscapedEntities_areDecodedInOnePass() {
    Cleaner c = Cleaner.builder().htmlEntities(true).build();
    assertEquals("Paris & Lyon", c.clean("Paris &amp;amp; Lyon").text());
    assertEquals("a < b", c.clean("a &amp;lt; b").text());
    assertEquals("& et &", c.clean("&#38;amp; et &amp;#38;").text());
    assertEquals("& x", c.clean("&amp;amp x").text()); // a legacy name needs no ';', as in HTML
    Cleaned r = c.clean("x &amp;amp; y");
    assertEquals("&amp;amp;", r.rawSpan(2, 3).textIn("x &amp;amp; y"));
    for (String raw : new String[] {"&amp;amp;amp;", "&amp;&amp;", "&amp;", "&amp;#", "&#38;#38;#38;"}) {
      String once = c.clean(raw).text();
      assertEquals(once, c.clean(once).text(), "cleaning again changes nothing: " + raw);
    }
  }

  // ---- mojibake: UTF-8 read as windows-1252 or Latin-1 ----

  @Test
  void mojibake_accentedLetters() {
    Cleaned r = check(DEFAULTS, "Ã‰tÃ© comme hiver, Ã§a va Ã  peu prÃ¨s.",
        "Été comme hiver, ça va à peu près.", "Été", "Ã‰tÃ©");
    assertEquals(5, r.report().count(Change.MOJIBAKE_REPAIRED));
  }

  @Test
  void mojibake_apostropheAndAccents() {
    Cleaned r = check(DEFAULTS, "lâ€™Ã©tÃ©", "l’été", "été", "Ã©tÃ©");
    assertEquals(Span.of(1, 4), r.rawSpan(1, 2));
    assertEquals(3, r.report().count(Change.MOJIBAKE_REPAIRED));
  }

  @Test
  void mojibake_noBreakSpaceBeforeColon() {
    check(DEFAULTS, "AttentionÂ" + NBSP + ": danger", "Attention" + NBSP + ": danger",
        NBSP + ":", "Â" + NBSP + ":");
  }

  @Test
  void mojibake_aGraveWithItsNoBreakSpaceByte() {
    check(DEFAULTS, "Il va Ã" + NBSP + "Paris.", "Il va àParis.", "à", "Ã" + NBSP);
    check(DEFAULTS, "Il va Ã" + NBSP + " Paris.", "Il va à Paris.", "à P", "Ã" + NBSP + " P");
  }

  @Test
  void mojibake_aGraveWhoseNoBreakSpaceBecameASpace() {
    // The NBSP byte of "à" became a plain space somewhere along the way (ftfy #164, #155).
    check(DEFAULTS, "DÃ©jÃ  vu, S.Ã  r.l.", "Déjà vu, S.à r.l.", "à vu", "Ã  vu");
  }

  @Test
  void mojibake_aGraveWhoseSpacesWereSqueezed() {
    // Both spaces were squeezed into one: one space comes back after "à".
    check(DEFAULTS, "Ã©tÃ© Ã bientÃ´t", "été à bientôt", "à ", "Ã ");
  }

  @Test
  void mojibake_guillemetsWithNoBreakSpaces() {
    check(DEFAULTS, "Â«" + NBSP + "BonjourÂ" + NBSP + "Â»", "«" + NBSP + "Bonjour" + NBSP + "»",
        "»", "Â»");
  }

  @Test
  void mojibake_oeLigatureLetters() {
    check(DEFAULTS, "Å“uvre et cÅ“ur, CÅ’UR", "œuvre et cœur, CŒUR", "cœur", "cÅ“ur");
  }

  @Test
  void mojibake_curlyQuotes() {
    check(DEFAULTS, "â€œBonjourâ€\u009D", "“Bonjour”", "”", "â€\u009D");
  }

  @Test
  void mojibake_rightQuoteWhoseLastByteWasLost() {
    // 0x9D is undefined in windows-1252: decoders drop it or write '?' or U+FFFD.
    check(DEFAULTS, "â€œouiâ€? et â€œnonâ€\uFFFD", "“oui” et “non”", "”", "â€?");
  }

  @Test
  void mojibake_punctuationAndEuro() {
    check(DEFAULTS, "Maisâ€¦ non â€“ jamais â€” pour 10 â‚¬",
        "Mais… non – jamais — pour 10 €", "€", "â‚¬");
  }

  @Test
  void mojibake_readAsLatin1WithC1Controls() {
    check(DEFAULTS, "l\u00E2\u0080\u0099homme", "l’homme", "’", "\u00E2\u0080\u0099");
  }

  @Test
  void mojibake_emojiWithAnUndefinedByte() {
    check(DEFAULTS, "Bravo ðŸ‘\u008D !", "Bravo 👍 !", "👍", "ðŸ‘\u008D");
  }

  @Test
  void mojibake_ofDecomposedText() {
    // macOS writes "é" as "e" + U+0301; its UTF-8 read as windows-1252 is "eÌ" + U+0081.
    check(DEFAULTS, "cafeÌ\u0081 creÌ€me", "café crème", "é", "eÌ\u0081");
  }

  @Test
  void mojibake_cyrillicWordInFrenchText() {
    check(DEFAULTS, "Il a dit Â«\u00A0Ð¿Ñ€Ð¸Ð²ÐµÑ‚\u00A0Â».", "Il a dit «\u00A0привет\u00A0».",
        "привет", "Ð¿Ñ€Ð¸Ð²ÐµÑ‚");
  }

  @Test
  void mojibake_byteOrderMark() {
    check(DEFAULTS, "ï»¿Bonjour", "Bonjour", "Bonjour", "Bonjour");
  }

  @Test
  void mojibake_nextToCorrectText() {
    check(DEFAULTS, "cafÃ© et thé, déjà", "café et thé, déjà", "thé, déjà", "thé, déjà");
  }

  @Test
  void doublyEncoded_letters() {
    Cleaned r = check(DEFAULTS, "ÃƒÂ©tÃƒÂ©", "été", "é", "ÃƒÂ©");
    assertEquals(Span.of(4, 5), r.rawSpan(1, 2));
  }

  @Test
  void doublyEncoded_apostropheNextToSinglyEncodedLetter() {
    check(DEFAULTS, "lÃ¢â‚¬â„¢Ã©cole", "l’école", "’", "Ã¢â‚¬â„¢");
  }

  @Test
  void c1Controls_standForWindowsPunctuation() {
    Cleaned r = check(DEFAULTS, "l\u0092homme dit \u0093oui\u0094\u0085 \u0096 puis\u0085",
        "l’homme dit “oui”… – puis…", "“oui”", "\u0093oui\u0094");
    assertEquals(6, r.report().count(Change.C1_CONTROLS_REPAIRED));
  }

  // ---- text that is already right ----

  @Test
  void realTilde_staysUntouched() {
    // Capitals followed by a symbol spell a UTF-8 sequence, but not one we accept: É» would be
    // IPA, Ñ» a lone Cyrillic letter, and MÄ… a lower-case ą inside a word in capitals.
    String raw = "SÃO PAULO, IRMÃ" + NBSP + ": Ã et Ãgua. CAFÉ… É» Ñ» MÄ…";
    Cleaned r = DEFAULTS.clean(raw);
    assertEquals(raw, r.text());
    assertTrue(r.offsets().isIdentity());
    assertTrue(r.report().isEmpty());
  }

  @Test
  void undamagedFrench_comesBackUnchanged() {
    String raw = "L’AES a-t-elle 80" + NNBSP + "000 soldats" + NNBSP + "? «" + NBSP + "Oui" + NBSP
        + "», répond-il" + NBSP + ": c’est l’été à Noël. Œuvre, naïve, 😀\n";
    Cleaned r = DEFAULTS.clean(raw);
    assertEquals(raw, r.text());
    assertTrue(r.offsets().isIdentity());
    assertFalse(r.changed());
  }

  // ---- apostrophes ----

  @Test
  void apostrophes_everyLookAlikeBetweenLetters() {
    Cleaned r = check(DEFAULTS, "L'homme, l´enfant, l`arbre, lʼami, l‘été, l′an et aujourd'hui",
        "L’homme, l’enfant, l’arbre, l’ami, l’été, l’an et aujourd’hui", "l’arbre", "l`arbre");
    assertEquals(7, r.report().count(Change.APOSTROPHES_NORMALIZED));
  }

  @Test
  void apostrophes_elidedWordBeforeGuillemetOrSpace() {
    check(DEFAULTS, "l'« oasis », qu' il vienne, d'1,5 million", "l’« oasis », qu’ il vienne, d’1,5 million",
        "qu’ il", "qu' il");
  }

  @Test
  void apostrophes_quoteMarksStayQuoteMarks() {
    check(DEFAULTS, "Il a dit 'l'été' et ‘c'est ça’.", "Il a dit 'l’été' et ‘c’est ça’.",
        "'l’été'", "'l'été'");
  }

  @Test
  void apostrophes_asciiStyle() {
    Cleaner ascii = Cleaner.builder().apostrophes(Apostrophes.ASCII).build();
    check(ascii, "L’été d’« Oasis », ‘oui’", "L'été d'« Oasis », ‘oui’", "d'«", "d’«");
  }

  // ---- line breaks, spaces ----

  @Test
  void lineBreaks_windowsMacAndUnicode() {
    Cleaned r = check(DEFAULTS, "Un.\r\nDeux.\rTrois.\u2028Quatre.\u2029Cinq.\u0085Six.",
        "Un.\nDeux.\nTrois.\nQuatre.\nCinq.\nSix.", "Un.\n", "Un.\r\n");
    assertEquals(5, r.report().count(Change.LINE_BREAKS_NORMALIZED));
  }

  @Test
  void spaces_keptByDefault() {
    String raw = "Quoi" + NNBSP + "? 80" + NBSP + "000\u2009€ et\u00A0  là";
    assertEquals(raw, DEFAULTS.clean(raw).text());
  }

  @Test
  void spaces_frenchTypography() {
    Cleaner french = Cleaner.builder().spaces(Spaces.FRENCH).build();
    check(french, "Vraiment ? Oui: «non»! Il est 12:30; http://x.fr?a=1 ?!",
        "Vraiment" + NNBSP + "? Oui" + NBSP + ": «" + NNBSP + "non" + NNBSP + "»" + NNBSP
            + "! Il est 12:30" + NNBSP + "; http://x.fr?a=1" + NNBSP + "?!",
        "Oui" + NBSP + ":", "Oui:");
  }

  @Test
  void spaces_plain() {
    Cleaner plain = Cleaner.builder().spaces(Spaces.PLAIN).build();
    check(plain, "80" + NNBSP + "000" + NBSP + "€\u2009!", "80 000 € !", "0 0", "0" + NNBSP + "0");
  }

  @Test
  void spaces_trimmedAndCollapsed() {
    Cleaner tidy = Cleaner.builder().trimLines(true).collapseSpaces(true).build();
    Cleaned r = check(tidy, "  Bonjour   le" + NBSP + " monde\t \nFin ",
        "Bonjour le" + NBSP + "monde\nFin", "le" + NBSP + "monde", "le" + NBSP + " monde");
    assertEquals(3, r.report().count(Change.LINE_ENDS_TRIMMED));
    assertEquals(2, r.report().count(Change.SPACE_RUNS_COLLAPSED));
  }

  // ---- HTML entities ----

  @Test
  void htmlEntities_namedAndNumeric() {
    Cleaner html = Cleaner.builder().htmlEntities(true).build();
    Cleaned r = check(html, "L&rsquo;&eacute;t&eacute; &amp; l&#8217;hiver&nbsp;: &hellip; &#x2019;",
        "L’été & l’hiver" + NBSP + ": … ’", "été", "&eacute;t&eacute;");
    assertEquals(8, r.report().count(Change.HTML_ENTITIES_DECODED));
  }

  @Test
  void htmlEntities_windowsNumbersAndLegacyNames() {
    Cleaner html = Cleaner.builder().htmlEntities(true).build();
    check(html, "l&#146;homme, caf&eacute au lait, a=1&copy=2, &unknown; &#0;",
        "l’homme, café au lait, a=1&copy=2, &unknown; \uFFFD", "é", "&eacute");
  }

  @Test
  void htmlEntities_offByDefault() {
    assertEquals("l&rsquo;été", DEFAULTS.clean("l&rsquo;été").text());
  }

  // ---- Unicode ----

  @Test
  void unicode_ligaturesExpanded() {
    Cleaned r = check(DEFAULTS, "L’eﬀet ﬁnal d’une œuvre", "L’effet final d’une œuvre", "ff", "ﬀ");
    assertEquals(2, r.report().count(Change.LIGATURES_EXPANDED));
  }

  @Test
  void unicode_softHyphensInsideWords() {
    check(DEFAULTS, "démo\u00ADcra\u00ADtie \u00AD-", "démocratie \u00AD-", "démocratie",
        "démo\u00ADcra\u00ADtie");
  }

  @Test
  void unicode_zeroWidthAndControlCharacters() {
    Cleaned r = check(DEFAULTS, "\uFEFFBon\u200Bjour\u0007 le\u0000 monde\u2060",
        "Bonjour le monde", "jour", "jour");
    assertEquals(3, r.report().count(Change.INVISIBLE_CHARACTERS_REMOVED));
    assertEquals(2, r.report().count(Change.CONTROL_CHARACTERS_REMOVED));
  }

  @Test
  void unicode_joinerKeptInEmojiSequence() {
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    assertEquals(family + " ok", DEFAULTS.clean(family + " o\u200Dk").text());
  }

  @Test
  void unicode_decomposedLettersComposed() {
    Cleaned r = check(DEFAULTS, "e\u0301te\u0301 a\u0300 Noe\u0308l", "été à Noël", "é", "e\u0301");
    assertEquals(4, r.report().count(Change.NFC_NORMALIZED));
  }

  @Test
  void unicode_neverCompatibilityForms() {
    // NFKC would turn ´ into a space and an accent, and the no-break spaces into plain ones.
    String raw = "l´homme" + NBSP + ": ²";
    assertEquals("l’homme" + NBSP + ": ²", DEFAULTS.clean(raw).text());
  }

  // ---- quote marks ----

  @Test
  void quotes_toGuillemets() {
    Cleaner g = Cleaner.builder().quotes(Quotes.GUILLEMETS).build();
    check(g, "Il a dit \"oui\" et “non”.",
        "Il a dit «" + NNBSP + "oui" + NNBSP + "» et «" + NNBSP + "non" + NNBSP + "».",
        "«" + NNBSP + "oui" + NNBSP + "»", "\"oui\"");
  }

  @Test
  void quotes_asciiGuillemetsAndSecondLevel() {
    Cleaner g = Cleaner.builder().quotes(Quotes.GUILLEMETS).quoteSpace(QuoteSpace.NBSP).build();
    check(g, "<< Il dit “oui” >>",
        "«" + NBSP + "Il dit “oui”" + NBSP + "»", "«" + NBSP, "<< ");
  }

  @Test
  void quotes_aPairWhoseOpenerWouldReadAsMojibakeIsLeftWhole() {
    // Ã then « would read as ë, so the << after Ã stays; its >> stays too, or cleaning the output
    // again would pair the << with the next >> (found by the idempotence property).
    Cleaner g = Cleaner.builder().repairEncoding(true).quotes(Quotes.GUILLEMETS).build();
    String text = "Ã<<aaaaaaaaaaa>>a>>";
    assertEquals(text, g.clean(text).text());
    assertEquals("Le « a »", g.clean("Le <<a>>").text().replace(NNBSP, " "));
  }

  @Test
  void quotes_aPairWhoseCloserWouldReadAsMojibakeIsLeftWhole() {
    // With no-break spaces inside the marks, Ã then a no-break space would read as à, so the closing "
    // after Ã stays; its opener stays too, or cleaning the output again would pair the converted «
    // with the stray » and convert the """ after it (found by the fuzz target).
    Cleaner g = Cleaner.builder().repairEncoding(true).quotes(Quotes.GUILLEMETS).quoteSpace(QuoteSpace.NBSP)
        .build();
    String text = "\"Ã\" \"» \"\"\"";
    String once = g.clean(text).text();
    assertEquals("\"Ã\" \"" + NBSP + "» \"\"\"", once);
    assertEquals(once, g.clean(once).text());
    assertEquals("Il dit \"Ã\" puis «" + NBSP + "oui" + NBSP + "».", g.clean("Il dit \"Ã\" puis \"oui\".").text());
    // English quotes: Ã then ” would read as Ô (found by the property on marks near mojibake).
    Cleaner english = Cleaner.builder().repairEncoding(true).quotes(Quotes.ENGLISH).build();
    String nested = "\"\"««««Ã\"»\"";
    String englishOnce = english.clean(nested).text();
    assertEquals(englishOnce, english.clean(englishOnce).text());
    assertEquals("Il dit \"Ã\" puis “oui”.", english.clean("Il dit \"Ã\" puis \"oui\".").text());
    // With narrow no-break spaces (the default), Ã and the space read as nothing: the pair is converted.
    Cleaner narrow = Cleaner.builder().repairEncoding(true).quotes(Quotes.GUILLEMETS).build();
    assertEquals("«" + NNBSP + "Ã" + NNBSP + "»", narrow.clean("\"Ã\"").text());
  }

  @Test
  void quotes_aWriteHeldBackIsMadeOnceALaterStepChangesItsNeighbours() {
    // Before the no-break space is trimmed, â then ” and the space read as ┠ (mojibake), so the pair is
    // left; trimmed, nothing holds it back, and the steps run again: one cleaning gives what two gave,
    // and every offset still leads back to the raw text.
    Cleaner c = Cleaner.builder().quotes(Quotes.ENGLISH).htmlEntities(true).trimLines(true).build();
    String raw = "x \"â\"&nbsp;\ny";
    Cleaned once = c.clean(raw);
    assertEquals("x “â”\ny", once.text());
    assertEquals(once.text(), c.clean(once.text()).text());
    assertEquals(Span.of(2, 3), once.rawSpan(2, 3));   // “ is the first "
    assertEquals(Span.of(4, 5), once.rawSpan(4, 5));   // ” is the second "
    assertEquals(Span.of(11, 13), once.rawSpan(5, 7)); // the line break and y, after &nbsp;
    assertEquals(2, once.report().count(Change.QUOTE_MARKS_CHANGED));
  }

  @Test
  void quotes_aPairAroundAStrayClosingGuillemetIsLeftWhole() {
    // Converted, the first " would become a « that the stray » closes when the output is cleaned
    // again, and "b" would then be a quotation of the first level (found by the fuzz target).
    Cleaner g = Cleaner.builder().quotes(Quotes.GUILLEMETS).build();
    String text = "\"a » \"b\" d\" et \"e\"";
    String once = g.clean(text).text();
    assertEquals("\"a" + NNBSP + "» \"b\" d\" et «" + NNBSP + "e" + NNBSP + "»", once);
    assertEquals(once, g.clean(once).text());
    // The stray » is padded like any closing guillemet. The same with English quotes and a stray ”.
    Cleaner e = Cleaner.builder().quotes(Quotes.ENGLISH).build();
    assertEquals("«a ” \"b\" d» et “e”", e.clean("«a ” \"b\" d» et \"e\"").text());
    // A stray » after the pair has closed changes nothing.
    assertEquals("«" + NNBSP + "x" + NNBSP + "» a" + NNBSP + "» «" + NNBSP + "b" + NNBSP + "»",
        g.clean("\"x\" a » \"b\"").text());
  }

  @Test
  void quotes_aPairAroundAnUnclosedOpeningGuillemetIsLeftWhole() {
    // Converted, "«" would become « « », and cleaning that again pairs the inner « with the
    // converted », leaving the outer « to close on the next » and the quotations after it at the
    // first level (found by the fuzz target: " « " " » " " ").
    Cleaner g = Cleaner.builder().quotes(Quotes.GUILLEMETS).quoteSpace(QuoteSpace.NBSP).build();
    String text = "\"«\" \"» \"\"\"";
    String once = g.clean(text).text();
    assertEquals("\"«" + NBSP + "\" \"" + NBSP + "» \"\"\"", once);
    assertEquals(once, g.clean(once).text());
    // The same with English quotes and an unclosed “ or „ inside straight quotes.
    Cleaner e = Cleaner.builder().quotes(Quotes.ENGLISH).build();
    for (String raw : new String[] {"\"“\" \"” \"\"\"", "\"„\" a \"b\"", "\"a “ b\" c"}) {
      String first = e.clean(raw).text();
      assertEquals(first, e.clean(first).text(), "cleaning again changes nothing: " + raw);
    }
    assertEquals("\"a “ b\" c", e.clean("\"a “ b\" c").text());
    // A pair around an unclosed mark of another kind is still converted.
    assertEquals("«" + NNBSP + "a “ b" + NNBSP + "» c",
        Cleaner.builder().quotes(Quotes.GUILLEMETS).build().clean("\"a “ b\" c").text());
  }

  @Test
  void quotes_toStraight() {
    Cleaner s = Cleaner.builder().quotes(Quotes.STRAIGHT).build();
    check(s, "« Bonjour », dit-il. “Ah”", "\"Bonjour\", dit-il. \"Ah\"", "\"Bonjour\"", "« Bonjour »");
  }

  @Test
  void quotes_toEnglish() {
    Cleaner e = Cleaner.builder().quotes(Quotes.ENGLISH).build();
    check(e, "«\u00A0Bonjour\u00A0» et \"salut\"", "“Bonjour” et “salut”", "“Bonjour”",
        "«\u00A0Bonjour\u00A0»");
  }

  // ---- everything together ----

  @Test
  void everything_onAWindowsWebPage() {
    Cleaner all = Cleaner.builder().htmlEntities(true).quotes(Quotes.GUILLEMETS).spaces(Spaces.FRENCH)
        .trimLines(true).collapseSpaces(true).build();
    String raw = "  Lâ€™AES a dit&nbsp;: \"Nous sommes prÃªts\"!  \r\n";
    Cleaned r = check(all, raw,
        "L’AES a dit" + NBSP + ": «" + NNBSP + "Nous sommes prêts" + NNBSP + "»" + NNBSP + "!\n",
        "prêts", "prÃªts");
    assertEquals(Span.of(2, 3), r.rawSpan(0, 1));
  }
}
