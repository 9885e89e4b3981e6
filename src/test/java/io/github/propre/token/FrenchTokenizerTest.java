package io.github.propre.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.text.OffsetMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrenchTokenizerTest {
  private static final FrenchTokenizer TK = FrenchTokenizer.standard();

  static List<String> texts(String s) {
    List<String> out = new ArrayList<>();
    for (Token t : TK.tokenize(s)) {
      out.add(t.text());
    }
    return out;
  }

  static List<String> typed(String s) {
    List<String> out = new ArrayList<>();
    for (Token t : TK.tokenize(s)) {
      out.add(t.text() + "/" + t.type());
    }
    return out;
  }

  // ------------------------------------------------------------------ regressions

  /** Found by the jqwik property: a unit-looking letter glued to more digits made a word with a space. */
  @Test
  void tokenizeWithAMap_givesTheTokensWithTheirRawOffsets() {
    String raw = "lâ€™Ã©tÃ© arrive, l'AES aussi\uFEFF !";
    io.github.propre.clean.Cleaned c = io.github.propre.clean.Cleaner.defaults().clean(raw);
    List<Token> mapped = TK.tokenize(c.text(), c.offsets());
    List<Token> expected = new ArrayList<>();
    for (Token t : TK.tokenize(c.text())) {
      expected.add(t.mapped(c.offsets()));
    }
    assertEquals(expected, mapped);
    assertEquals("l’", mapped.get(0).text());
    assertEquals("l'", mapped.get(0).normalized());
    assertEquals("Ã©tÃ©", raw.substring(mapped.get(1).start(), mapped.get(1).end()));
    // An identity map changes nothing.
    assertEquals(TK.tokenize("Il vient."), TK.tokenize("Il vient.", OffsetMap.identity(9)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TK.tokenize("Il vient.", OffsetMap.identity(3)));
    assertTrue(e.getMessage().startsWith("map:"), e.getMessage());
    assertThrows(NullPointerException.class, () -> TK.tokenize("x", null));
  }

  @Test
  void groupedNumber_followedByLetterAndDigit_staysANumber() {
    assertEquals(List.of("1 000,50/NUMBER", "l0/WORD"), typed("1 000,50l0"));
    assertEquals(List.of("1 000/NUMBER", "km/WORD"), typed("1 000km"));
  }

  /**
   * The token list is immutable, and a long text's list (here 300,000 tokens, past the 262,000
   * references one G1 region half holds) gives every token in order, as the cursor does.
   */
  @Test
  void tokenList_isImmutable_andLongListsKeepEveryTokenInOrder() {
    List<Token> few = TK.tokenize("Il l’a dit.");
    assertThrows(UnsupportedOperationException.class, () -> few.add(few.get(0)));
    assertThrows(UnsupportedOperationException.class, () -> few.remove(0));
    String text = "l’a dit, ".repeat(75_000);
    List<Token> tokens = TK.tokenize(text);
    assertEquals(300_000, tokens.size());
    TokenCursor cursor = TK.cursor(text);
    for (int i = 0; i < tokens.size(); i++) {
      assertTrue(cursor.next());
      Token t = tokens.get(i);
      if (t.start() != cursor.start() || t.end() != cursor.end() || t.type() != cursor.type()) {
        assertEquals(cursor.start() + "-" + cursor.end() + " " + cursor.type(), t.start() + "-" + t.end() + " " + t.type(), "token " + i);
      }
    }
    assertFalse(cursor.next());
  }

  // ------------------------------------------------------------------ the sample article

  @Test
  void sampleArticle_firstSentence() {
    assertEquals(List.of("Une", "nouvelle", "étape", "majeure", "vient", "d’", "être", "franchie", "dans",
        "le", "rapprochement", "stratégique", "entre", "la", "Russie", "et", "les", "pays", "membres",
        "de", "l’", "Alliance", "des", "États", "du", "Sahel", "(", "AES", ")", "."),
        texts("Une nouvelle étape majeure vient d’être franchie dans le rapprochement stratégique entre "
            + "la Russie et les pays membres de l’Alliance des États du Sahel (AES)."));
  }

  @Test
  void sampleArticle_quoteWithElisionBeforeGuillemet() {
    assertEquals(List.of("a", "qualifié", "la", "rencontre", "à", "Moscou", "d’", "«", "événement",
        "historique", "»", ",", "marquant", "selon", "lui", "«", "un", "tournant", "»"),
        texts("a qualifié la rencontre à Moscou d’« événement historique », marquant selon lui « un tournant »"));
  }

  @Test
  void sampleArticle_compoundsDashesAndQuotes() {
    assertEquals(List.of("la", "présence", "du", "vice-ministre", "russe", "de", "la", "Défense", ",",
        "Yunus", "Bek", "Yevkurov", "–", "figure", "clé", "des", "négociations", "sécuritaires", "en",
        "Afrique", "–", "illustre", "bien"),
        texts("la présence du vice-ministre russe de la Défense, Yunus Bek Yevkurov – figure clé des "
            + "négociations sécuritaires en Afrique – illustre bien"));
    assertEquals(List.of("Au-delà", "de", "la", "coopération", "sécuritaire", ",", "«", "Ce", "n’", "est",
        "pas", "seulement", "un", "partenariat", ",", "c’", "est", "un", "engagement", "»", ",", "a",
        "insisté", "Abdoulaye", "Diop", "."),
        texts("Au-delà de la coopération sécuritaire, « Ce n’est pas seulement un partenariat, c’est un "
            + "engagement », a insisté Abdoulaye Diop."));
  }

  @Test
  void sampleArticle_typesOfADateAndElisions() {
    assertEquals(List.of("ce/WORD", "jeudi/WORD", "3/NUMBER", "avril/WORD", ",/PUNCTUATION",
        "l’/ELIDED", "AES/WORD", "dès/WORD", "2023/NUMBER", "./PUNCTUATION"),
        typed("ce jeudi 3 avril, l’AES dès 2023."));
  }

  // ------------------------------------------------------------------ the class Javadoc example

  @Test
  void javadocExample_classDoc() {
    assertEquals(List.of("L’/ELIDED", "AES/WORD", "a/WORD", "-t-il/CLITIC", "80 000/NUMBER",
        "soldats/WORD", "?/PUNCTUATION"), typed("L’AES a-t-il 80 000 soldats ?"));
  }

  // ------------------------------------------------------------------ elision and apostrophes

  @Test
  void elision_everyApostropheLookAlikeBetweenLetters() {
    for (String apostrophe : List.of("'", "’", "ʼ", "‘", "`", "´", "′")) {
      assertEquals(List.of("l" + apostrophe, "homme"), texts("l" + apostrophe + "homme"), apostrophe);
      assertEquals(List.of("qu" + apostrophe, "il"), texts("qu" + apostrophe + "il"), apostrophe);
    }
  }

  @Test
  void elision_weakApostropheBeforeSpaceIsAQuote() {
    assertEquals(List.of("l", "‘", "homme"), texts("l‘ homme"));
    assertEquals(List.of("l’", "homme"), texts("l’ homme"));
  }

  @Test
  void elision_isCaseInsensitive() {
    assertEquals(List.of("L’", "HOMME", "QU’", "IL", "JUSQU’", "À"), texts("L’HOMME QU’IL JUSQU’À"));
  }

  @Test
  void elision_lexicalizedWordsStayWhole() {
    assertEquals(List.of("aujourd’hui", "quelqu’un", "Quelqu’une", "presqu’île", "l’on", "c’est-à-dire",
        "C'est-à-dire", "prud’hommes", "entr’acte", "m’as-tu-vu"),
        texts("aujourd’hui quelqu’un Quelqu’une presqu’île l’on c’est-à-dire C'est-à-dire prud’hommes "
            + "entr’acte m’as-tu-vu"));
  }

  @Test
  void elision_lexicalizedPrefixDoesNotSwallowLongerWords() {
    assertEquals(List.of("l’", "onde", "quelqu’", "autre", "presqu’", "à"), texts("l’onde quelqu’autre presqu’à"));
  }

  @Test
  void elision_namesAndForeignWordsStayWhole() {
    assertEquals(List.of("O’Neill", "d’", "O’Neill", "Moody's", "90's", "don't", "p’tit"),
        texts("O’Neill d’O’Neill Moody's 90's don't p’tit"));
  }

  @Test
  void elision_beforeGuillemetQuoteAndDigit() {
    assertEquals(List.of("l’", "«", "homme", "»", "d'", "1", "coup", "l'", "\"", "art", "\""),
        texts("l’« homme » d'1 coup l'\"art\""));
  }

  @Test
  void elision_misspeltEuphonicTStaysWhole() {
    assertEquals(List.of("semble", "t'il", ",", "t’", "as", "vu"), texts("semble t'il, t’as vu"));
  }

  // ------------------------------------------------------------------ hyphens

  @Test
  void hyphen_cliticChainsSplitFromTheRight() {
    assertEquals(List.of("donne/WORD", "-le/CLITIC", "-moi/CLITIC", "dis/WORD", "-le/CLITIC", "-lui/CLITIC"),
        typed("donne-le-moi dis-le-lui"));
    assertEquals(List.of("Allez", "-vous", "-en", "rends", "-les", "-leur", "allons", "-y"),
        texts("Allez-vous-en rends-les-leur allons-y"));
  }

  @Test
  void hyphen_euphonicTGoesWithThePronoun() {
    assertEquals(List.of("a", "-t-il", "va", "-t-elle", "parle", "-t-on", "Y", "a", "-t-ils"),
        texts("a-t-il va-t-elle parle-t-on Y a-t-ils"));
  }

  @Test
  void hyphen_nonBreakingHyphensWorkLikeHyphens() {
    assertEquals(List.of("a", "\u2011t\u2011il", "sous\u2011marin"), texts("a\u2011t\u2011il sous\u2011marin"));
  }

  @Test
  void hyphen_elidedPronounTails() {
    assertEquals(List.of("va", "-t’", "en", "donne", "-m'", "en", "souviens", "-t’", "en"),
        texts("va-t’en donne-m'en souviens-t’en"));
  }

  @Test
  void hyphen_upperCaseTails() {
    assertEquals(List.of("EST", "-CE", "sois", "-Tu", "Peut", "-on"), texts("EST-CE sois-Tu Peut-on"));
  }

  @Test
  void hyphen_compoundsEndingLikeATailStayWhole() {
    assertEquals(List.of("rendez-vous", "Rendez-Vous", "chez-moi", "celui-ci", "Ceux-là", "jusque-là",
        "garde-à-vous"), texts("rendez-vous Rendez-Vous chez-moi celui-ci Ceux-là jusque-là garde-à-vous"));
  }

  @Test
  void hyphen_tailsSplitOnlyAfterAVerbForm() {
    // "Jong" cannot end a French verb form: Kim Jong-il is a name
    assertEquals(List.of("Kim", "Jong-il", "dit", "-il"), texts("Kim Jong-il dit-il"));
  }

  @Test
  void hyphen_deicticsSplitAfterNouns() {
    assertEquals(List.of("ce", "jour", "-là", "cette", "fois", "-ci"), texts("ce jour-là cette fois-ci"));
  }

  @Test
  void hyphen_compoundsWithDigitsAndInnerElision() {
    assertEquals(List.of("COVID-19", "4-temps", "Sainte-Anne-d'Auray", "e-mail", "quelques-uns"),
        texts("COVID-19 4-temps Sainte-Anne-d'Auray e-mail quelques-uns"));
  }

  @Test
  void hyphen_doubleHyphensAndDashesAreSeparate() {
    assertEquals(List.of("et", "--", "si", "possible", "--", "les", "-", "non", "fondée", "-", ","),
        texts("et--si possible--les -non fondée-,"));
  }

  @Test
  void hyphen_suspendedPrefixBeforeEtOrOu() {
    assertEquals(List.of("pré-", "et", "post-opératoire"), texts("pré- et post-opératoire"));
  }

  @Test
  void hyphen_hostileRunIsOneToken() {
    assertEquals(List.of("-----"), texts("-----"));
  }

  // ------------------------------------------------------------------ numbers

  @Test
  void number_digitGroupsWithEverySpaceKind() {
    for (String space : List.of(" ", "\u00A0", "\u202F", "\u2009", "\u2007")) {
      String n = "1" + space + "000" + space + "000,50";
      assertEquals(List.of(n + "/NUMBER", "€/SYMBOL"), typed(n + space + "€"), "U+" + (int) space.charAt(0));
    }
  }

  @Test
  void number_groupsNeedExactlyThreeDigitsAndAShortHead() {
    assertEquals(List.of("80 000", "2005", "454", "12", "34"), texts("80 000 2005 454 12 34"));
    assertEquals(List.of("1", "2345"), texts("1 2345"));
    assertEquals(List.of("01", "23", "45", "67", "89"), texts("01 23 45 67 89"));
  }

  @Test
  void number_decimalsDatesRangesAndSigns() {
    assertEquals(List.of("3,14", "-0,8", "+14", "01.01.2012", "14/07/1789", "1971-72", "2007-2008", "29.000",
        "10'000", "20:30"), texts("3,14 -0,8 +14 01.01.2012 14/07/1789 1971-72 2007-2008 29.000 10'000 20:30"));
    assertEquals(List.of("de", "-1", "à", "\u22125"), texts("de -1 à \u22125"));
  }

  @Test
  void number_signNeedsAFreeLeftSide() {
    assertEquals(List.of("(", "+", "3,05", "%", ")"), texts("(+ 3,05%)"));
    assertEquals(List.of("1914", "--", "3"), texts("1914--3"));
  }

  @Test
  void number_unitsAndSymbolsSplitOff() {
    assertEquals(List.of("12", "%", "200", "m", "160", "km", "5,80", "m", "-6", "°C", "25", "°C", "3", "mg",
        "/", "kg", "60", "€"), texts("12% 200m 160km 5,80 m -6°C 25 °C 3 mg/kg 60€"));
  }

  @Test
  void number_timesSplitByDefault() {
    assertEquals(List.of("20", "h", "30", "14", "h", "18", "h", "."), texts("20h30 14h 18h."));
  }

  @Test
  void number_timesKeptWholeWhenAsked() {
    FrenchTokenizer keep = TK.splitTimes(false);
    assertFalse(keep.splitsTimes());
    assertTrue(TK.splitsTimes());
    assertEquals(List.of("20h30", "14", "h"), keep.tokenize("20h30 14h").stream().map(Token::text).toList());
    assertSame(TK, TK.splitTimes(true));
  }

  @Test
  void number_ordinals() {
    assertEquals(List.of("1er/ORDINAL", "1re/ORDINAL", "2e/ORDINAL", "2ème/ORDINAL", "2nd/ORDINAL",
        "1ᵉʳ/ORDINAL", "XIXe/ORDINAL", "XIXᵉ/ORDINAL", "IIIe/ORDINAL", "Ier/ORDINAL"),
        typed("1er 1re 2e 2ème 2nd 1ᵉʳ XIXe XIXᵉ IIIe Ier"));
  }

  @Test
  void number_wordsThatLookLikeRomanOrdinalsAreWords() {
    assertEquals(List.of("Ce/WORD", "De/WORD", "Le/WORD", "Me/WORD", "Vers/WORD", "Indes/WORD", "Vide/WORD"),
        typed("Ce De Le Me Vers Indes Vide"));
  }

  @Test
  void number_alphanumericCodesStayWhole() {
    assertEquals(List.of("3D", "MP3", "20ans", "4x4", "10.JPG", "B52"), texts("3D MP3 20ans 4x4 10.JPG B52"));
  }

  @Test
  void number_fractionsAndOtherNumerals() {
    assertEquals(List.of("1/2/NUMBER", "½/NUMBER", "m²/WORD"), typed("1/2 ½ m²"));
  }

  // ------------------------------------------------------------------ abbreviations

  @Test
  void abbreviation_keepsItsPeriod() {
    assertEquals(List.of("M./ABBREVIATION", "Dupont/WORD", "Mme./ABBREVIATION", "Roy/WORD",
        "etc./ABBREVIATION", "p./ABBREVIATION", "12/NUMBER", "av./ABBREVIATION", "J.-C./ABBREVIATION"),
        typed("M. Dupont Mme. Roy etc. p. 12 av. J.-C."));
  }

  @Test
  void abbreviation_acronymsAndInitials() {
    assertEquals(List.of("S.N.C.F.", "R.E.M.", "J.-P.", "c.-à-d.", "George", "W.", "Bush", "D.III", "R.I.Ma"),
        texts("S.N.C.F. R.E.M. J.-P. c.-à-d. George W. Bush D.III R.I.Ma"));
  }

  @Test
  void abbreviation_initialAtTheEndOfTheTextIsALetterAndAPeriod() {
    assertEquals(List.of("Mac", "OS", "X", "."), texts("Mac OS X."));
  }

  @Test
  void abbreviation_ellipsisIsNotAnAbbreviationPeriod() {
    assertEquals(List.of("etc", "..."), texts("etc..."));
  }

  @Test
  void abbreviation_numero() {
    assertEquals(List.of("n°/ABBREVIATION", "5/NUMBER", "N°/ABBREVIATION", "5/NUMBER", "nº/ABBREVIATION",
        "3/NUMBER"), typed("n° 5 N°5 nº 3"));
  }

  @Test
  void abbreviation_periodGluedToTheNextWord() {
    assertEquals(List.of("M.", "Dupont", "J.", "Chirac", "p.", "12", "venu", ".", "Il", "St.", "John"),
        texts("M.Dupont J.Chirac p.12 venu.Il St.John"));
  }

  @Test
  void abbreviation_monthsButNotTheNumberSeven() {
    assertEquals(List.of("le", "3", "oct.", "2024", ";", "ils", "sont", "sept", "."),
        texts("le 3 oct. 2024 ; ils sont sept."));
  }

  // ------------------------------------------------------------------ web, social, emoji

  @Test
  void web_urlsEmailsMentionsHashtags() {
    assertEquals(List.of("https://www.exemple.fr/page?id=1&x=2/URL", "./PUNCTUATION",
        "www.legifrance.gouv.fr/URL", "legifrance.gouv.fr/URL", "jean.dupont@exemple.fr/EMAIL",
        "Jean.Dupont@exemple.fr/EMAIL", "@Macron/MENTION", "#JeSuisCharlie/HASHTAG", "@jean_d/MENTION"),
        typed("https://www.exemple.fr/page?id=1&x=2. www.legifrance.gouv.fr legifrance.gouv.fr "
            + "jean.dupont@exemple.fr Jean.Dupont@exemple.fr @Macron #JeSuisCharlie @jean_d"));
  }

  @Test
  void web_urlKeepsBalancedParenthesesAndDropsTrailingPunctuation() {
    assertEquals(List.of("(", "voir", "https://fr.wikipedia.org/wiki/Paris_(homonymie)", ")", "."),
        texts("(voir https://fr.wikipedia.org/wiki/Paris_(homonymie))."));
    assertEquals(List.of("«", "http://exemple.fr", "»"), texts("«\u202Fhttp://exemple.fr\u202F»"));
  }

  @Test
  void web_atSignWithoutDomainIsPunctuation() {
    assertEquals(List.of("a", "@", "b", "x", "@", "y.z"), texts("a@b x@y.z"));
  }

  @Test
  void web_emoticons() {
    assertEquals(List.of("Super/WORD", ";)/EMOTICON", ":-)/EMOTICON", ":'(/EMOTICON", ":D/EMOTICON",
        "<3/EMOTICON", "^^/EMOTICON", "-_-/EMOTICON"), typed("Super ;) :-) :'( :D <3 ^^ -_-"));
  }

  @Test
  void web_colonBeforeParenthesisInTextIsNotAnEmoticonWhenGlued() {
    assertEquals(List.of("note", ":", "voir"), texts("note : voir"));
    assertEquals(List.of("f", "(", "x", ")", ":"), texts("f(x):"));
  }

  @Test
  void emoji_wholeGraphemeClusters() {
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    assertEquals(List.of("👍🏽/EMOJI", "❤️/EMOJI", "🇫🇷/EMOJI", family + "/EMOJI", "1️⃣/EMOJI", "#️⃣/EMOJI"),
        typed("👍🏽 ❤️ 🇫🇷 " + family + " 1️⃣ #️⃣"));
    assertEquals(List.of("Super", "👍", "!"), texts("Super👍!"));
  }

  @Test
  void emoji_textSymbolsAreSymbols() {
    assertEquals(List.of("Propre/WORD", "©/SYMBOL", "2026/NUMBER"), typed("Propre © 2026"));
  }

  // ------------------------------------------------------------------ punctuation

  @Test
  void punctuation_runsAndQuotes() {
    assertEquals(List.of("Quoi", "?!", "Attends", "...", "Non", "!!!", "«", "Oui", "»", "“", "bon", "”", "…"),
        texts("Quoi ?! Attends... Non !!! «Oui» “bon” …"));
  }

  @Test
  void punctuation_inclusiveWriting() {
    assertEquals(List.of("lecteur·rice·s", "étudiant.e.s", "ami-e-s", "mot(s)", "AUTRE(S)", "ami(e)s"),
        texts("lecteur·rice·s étudiant.e.s ami-e-s mot(s) AUTRE(S) ami(e)s"));
  }

  @Test
  void punctuation_bracketsAroundWordsAreSeparate() {
    assertEquals(List.of("(", "AES", ")", "(", "voir", "table", "2", ")"), texts("(AES) (voir table 2)"));
  }

  @Test
  void punctuation_plusMinus() {
    assertEquals(List.of("366", "+/-", "89", "±", "2"), texts("366 +/- 89 ± 2"));
  }

  // ------------------------------------------------------------------ spaces

  @Test
  void spaces_everyKindSeparatesAndIsNeverPartOfAWord() {
    String text = "a\u00A0b\u202Fc\u2009d\u200Be\tf\ng\u3000h\uFEFFi\u2060j\u200Ek";
    assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"), texts(text));
  }

  @Test
  void spaces_typographicFrenchSpacing() {
    assertEquals(List.of("«", "Bonjour", "!", "»", "Vraiment", "?", "12", "%", ":", "oui", ";"),
        texts("«\u202FBonjour\u202F!\u202F» Vraiment\u202F? 12\u00A0% : oui\u202F;"));
  }

  @Test
  void spaces_emptyAndBlankTexts() {
    assertEquals(List.of(), texts(""));
    assertEquals(List.of(), texts(" \u00A0\n\t\u202F"));
  }

  @Test
  void spaces_softHyphenStaysInsideAWord() {
    assertEquals(List.of("sous-trai\u00ADtants"), texts("sous-trai\u00ADtants"));
  }

  // ------------------------------------------------------------------ token fields

  @Test
  void token_offsetsTextAndSpaceAfter() {
    List<Token> ts = TK.tokenize("L’homme, ici.");
    assertEquals(List.of(new Token("L’", TokenType.ELIDED, 0, 2, "L'", false),
        new Token("homme", TokenType.WORD, 2, 7, "homme", false),
        new Token(",", TokenType.PUNCTUATION, 7, 8, ",", true),
        new Token("ici", TokenType.WORD, 9, 12, "ici", false),
        new Token(".", TokenType.PUNCTUATION, 12, 13, ".", false)), ts);
  }

  @Test
  void token_normalizedFoldsTypography() {
    List<Token> ts = TK.tokenize("aujourd’hui a\u2011t\u2011il 1\u202F000 sous-trai\u00ADtants e\u0301te\u0301 ‘non’");
    assertEquals(List.of("aujourd'hui", "a", "-t-il", "1 000", "sous-traitants", "été", "‘", "non", "’"),
        ts.stream().map(Token::normalized).toList());
  }

  @Test
  void token_normalizedIsTheSameStringWhenUnchanged() {
    Token t = TK.tokenize("maison").get(0);
    assertSame(t.text(), t.normalized());
  }

  @Test
  void token_mappedMovesOffsetsIntoTheRawText() {
    // raw "l'  homme" was cleaned to "l' homme" (one space deleted at raw offset 3)
    OffsetMap map = OffsetMap.builder().replaced(3, 4, 3, 3).build(9, 8);
    Token homme = TK.tokenize("l' homme").get(1);
    Token raw = homme.mapped(map);
    assertEquals(4, raw.start());
    assertEquals(9, raw.end());
    assertEquals("homme", raw.text());
  }

  @Test
  void token_rejectsBadArguments() {
    assertThrows(NullPointerException.class, () -> new Token(null, TokenType.WORD, 0, 1, "a", false));
    assertThrows(IllegalArgumentException.class, () -> new Token("a", TokenType.WORD, 2, 1, "a", false));
    assertThrows(NullPointerException.class, () -> TK.tokenize(null));
    assertThrows(NullPointerException.class, () -> TK.cursor(null));
  }

  @Test
  void token_typeHelpers() {
    assertTrue(TokenType.ELIDED.isWord());
    assertTrue(TokenType.CLITIC.isWord());
    assertFalse(TokenType.NUMBER.isWord());
    assertTrue(TokenType.ORDINAL.isNumeric());
    assertTrue(TokenType.SYMBOL.isPunctuationOrSymbol());
    assertTrue(TokenType.EMOJI.isWeb());
    assertFalse(TokenType.WORD.isWeb());
  }

  @Test
  void tokenizer_isSeparatorCoversTypographicSpaces() {
    for (char c : new char[] {' ', '\u00A0', '\u202F', '\u2009', '\u200B', '\n', '\t', '\uFEFF'}) {
      assertTrue(FrenchTokenizer.isSeparator(c), "U+" + Integer.toHexString(c));
    }
    assertFalse(FrenchTokenizer.isSeparator('a'));
    assertFalse(FrenchTokenizer.isSeparator('\u00AD'));
  }

  @Test
  void tokenizer_acceptsAnyCharSequence() {
    assertEquals(List.of("l’", "homme"),
        TK.tokenize(new StringBuilder("l’homme")).stream().map(Token::text).toList());
    assertEquals(List.of("l’", "homme"),
        TK.tokenize(java.nio.CharBuffer.wrap("l’homme")).stream().map(Token::text).toList());
  }

  @Test
  void tokenizer_unpairedSurrogatesAreSymbols() {
    assertEquals(List.of("a", "\uD800", "b", "\uDC00"), texts("a \uD800 b \uDC00"));
  }
}
