package io.github.propre.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the case table in {@code ../shared/research/tokenizers.md}, section b2: the tricky French
 * cases that CoreNLP, LanguageTool, spaCy, Lucene, ICU and the JDK each get partly wrong. Rows marked
 * UD are attested in the UD French treebanks; rows marked R are the research notes' recommendation
 * where UD is silent (typographic variants, web text), which this tokenizer follows too.
 */
class CaseTableTest {
  private static final FrenchTokenizer TK = FrenchTokenizer.standard();

  static Stream<Arguments> rows() {
    return Stream.of(
        row("A1", "UD", "l'homme", "l'", "homme"),
        row("A2", "UD", "l’homme", "l’", "homme"),
        row("A3", "R", "lʼhomme", "lʼ", "homme"),
        row("A4", "R", "l‘homme", "l‘", "homme"),
        row("A5", "R", "l`homme", "l`", "homme"),
        row("A6", "R", "l´homme", "l´", "homme"),
        row("A7", "UD", "J'ai vu qu'il était là.", "J'", "ai", "vu", "qu'", "il", "était", "là", "."),
        row("A8", "UD", "Qu’est-ce que c’est ?", "Qu’", "est", "-ce", "que", "c’", "est", "?"),
        row("A9", "UD", "jusqu’à jusqu’au jusqu'ici", "jusqu’", "à", "jusqu’", "au", "jusqu'", "ici"),
        row("A10", "UD", "lorsqu’elle puisqu’on quoiqu’il", "lorsqu’", "elle", "puisqu’", "on", "quoiqu’", "il"),
        row("A11", "R", "presqu’île", "presqu’île"),
        row("A12", "UD", "d’aujourd’hui", "d’", "aujourd’hui"),
        row("A13", "UD", "quelqu’un", "quelqu’un"),
        row("A14", "R", "prud’homme", "prud’homme"),
        row("A15", "R", "entr’ouvert", "entr’ouvert"),
        row("A16", "UD", "c’est-à-dire", "c’est-à-dire"),
        row("A17", "UD", "s’il l’on", "s’", "il", "l’on"),
        row("A18", "UD", "O’Neill d’O’Neill", "O’Neill", "d’", "O’Neill"),
        row("A19", "UD", "L’État L'AFP", "L’", "État", "L'", "AFP"),
        row("A20", "R", "grand’mère", "grand’mère"),
        row("A21", "R", "ç’a été", "ç’", "a", "été"),
        row("A22", "R", "Il a dit ‘non’ hier.", "Il", "a", "dit", "‘", "non", "’", "hier", "."),
        row("A23", "R", "l' homme", "l'", "homme"),
        row("A24", "R", "rock'n'roll", "rock'n'roll"),
        row("A25", "UD", "AUJOURD'HUI", "AUJOURD'HUI"),
        row("A27", "R", "d'1 coup", "d'", "1", "coup"),
        row("H1", "UD", "a-t-il", "a", "-t-il"),
        row("H2", "UD", "Y a-t-il", "Y", "a", "-t-il"),
        row("H3", "UD", "dit-elle", "dit", "-elle"),
        row("H4", "R", "va-t’en", "va", "-t’", "en"),
        row("H5", "R", "donne-le-moi", "donne", "-le", "-moi"),
        row("H6", "UD", "vas-y", "vas", "-y"),
        row("H7", "UD", "allez-vous-en", "allez", "-vous", "-en"),
        row("H8", "UD", "Est-ce que", "Est", "-ce", "que"),
        row("H9", "UD", "peut-être", "peut-être"),
        row("H10", "UD", "celui-ci cette année-là", "celui-ci", "cette", "année", "-là"),
        row("H11", "UD", "arc-en-ciel", "arc-en-ciel"),
        row("H12", "UD", "Saint-Étienne", "Saint-Étienne"),
        row("H13", "UD", "États-Unis", "États-Unis"),
        row("H14", "UD", "grand-mère", "grand-mère"),
        row("H15", "UD", "après-midi", "après-midi"),
        row("H16", "UD", "week-end", "week-end"),
        row("H17", "UD", "rendez-vous", "rendez-vous"),
        row("H19", "UD", "Jean-Pierre", "Jean-Pierre"),
        row("H20", "UD", "vingt-trois", "vingt-trois"),
        row("H21", "UD", "moi-même", "moi-même"),
        row("H22", "R", "sous\u2011marin", "sous\u2011marin"),
        row("H24", "R", "COVID-19", "COVID-19"),
        row("H25", "UD", "ex-président", "ex-président"),
        row("H28", "R", "sous-trai\u00ADtants", "sous-trai\u00ADtants"),
        row("H30", "UD", "puis-je", "puis", "-je"),
        row("H31", "UD", "est-il", "est", "-il"),
        row("H32", "UD", "est-elle", "est", "-elle"),
        row("H33", "UD", "parle-t-on", "parle", "-t-on"),
        row("H35", "R", "grand-chose", "grand-chose"),
        row("C1", "UD", "du pain au lait aux amis des livres", "du", "pain", "au", "lait", "aux", "amis", "des", "livres"),
        row("N1", "UD", "1 000,50 €", "1 000,50", "€"),
        row("N2", "UD", "1\u00A0000,50\u00A0€", "1\u00A0000,50", "€"),
        row("N3", "UD", "1\u202F000,50\u202F€", "1\u202F000,50", "€"),
        row("N4", "UD", "12 %", "12", "%"),
        row("N5", "UD", "12\u202F%", "12", "%"),
        row("N6", "UD", "12%", "12", "%"),
        row("N7", "UD", "3,14", "3,14"),
        row("N8", "UD", "1er 1re 2e 2ème XXIe siècle", "1er", "1re", "2e", "2ème", "XXIe", "siècle"),
        row("N9", "UD", "20h30 20 h 30", "20", "h", "30", "20", "h", "30"),
        row("N10", "UD", "10 000 000 habitants", "10 000 000", "habitants"),
        row("N11", "UD", "-5 °C 25°C", "-5", "°C", "25", "°C"),
        row("N14", "UD", "n° 5 N°5", "n°", "5", "N°", "5"),
        row("N16", "R", "1/2 ½", "1/2", "½"),
        row("B1", "UD", "M. Dupont", "M.", "Dupont"),
        row("B3", "UD", "MM. Dupont et Durand", "MM.", "Dupont", "et", "Durand"),
        row("B5", "UD", "etc.", "etc."),
        row("B6", "UD", "p. 12", "p.", "12"),
        row("B7", "UD", "cf. supra", "cf.", "supra"),
        row("B8", "UD", "52 av. J.-C.", "52", "av.", "J.-C."),
        row("B9", "R", "c.-à-d.", "c.-à-d."),
        row("B10", "UD", "la S.N.C.F.", "la", "S.N.C.F."),
        row("W1", "UD", "https://www.exemple.fr/page?id=1&x=2.", "https://www.exemple.fr/page?id=1&x=2", "."),
        row("W2", "UD", "jean.dupont@exemple.fr", "jean.dupont@exemple.fr"),
        row("W3", "R", "#JeSuisCharlie", "#JeSuisCharlie"),
        row("W4", "R", "@Macron", "@Macron"),
        row("W5", "R", "Super 👍🏽 !", "Super", "👍🏽", "!"),
        row("W6", "R", "❤️ 🇫🇷", "❤️", "🇫🇷"),
        row("W7", "R", "C++ C#", "C++", "C#"),
        row("P1", "R", "«\u202FBonjour\u202F!\u202F»", "«", "Bonjour", "!", "»"),
        row("P3", "R", "Quoi ?!", "Quoi", "?!"),
        row("P5", "UD", "Attends...", "Attends", "..."),
        row("P7", "R", "l’« homme »", "l’", "«", "homme", "»"),
        row("P12", "UD", "— Oui, dit-il.", "—", "Oui", ",", "dit", "-il", "."),
        row("I1", "R", "lecteur·rice·s", "lecteur·rice·s"),
        row("I2", "R", "étudiant.e.s", "étudiant.e.s"),
        row("I3", "R", "ami-e-s", "ami-e-s"),
        row("K1", "R", "y’a pas d’problème", "y’", "a", "pas", "d’", "problème"),
        row("K2", "R", "p’tit", "p’tit"),
        row("K3", "R", "j’te l’dis", "j’", "te", "l’", "dis"),
        row("K4", "R", "t’as vu ?", "t’", "as", "vu", "?"),
        row("K5", "UD", "Jusqu’où ?", "Jusqu’", "où", "?"),
        row("K6", "UD", "quelques-uns", "quelques-uns"),
        row("K8", "R", "rez-de-chaussée", "rez-de-chaussée"),
        row("S1", "R", "XIXᵉ siècle", "XIXᵉ", "siècle"),
        row("S2", "R", "1ᵉʳ mai", "1ᵉʳ", "mai"),
        row("T2", "UD", "14/07/1789", "14/07/1789"),
        row("T4", "UD", "1,5 %", "1,5", "%"),
        row("D2", "R", "qu’« il »", "qu’", "«", "il", "»"),
        row("D5", "UD", "lorsqu’Anne", "lorsqu’", "Anne"),
        row("D6", "R", "presqu’à", "presqu’", "à"),
        row("Q4", "R", "Il l’a dit – enfin…", "Il", "l’", "a", "dit", "–", "enfin", "…")
    );
  }

  private static Arguments row(String id, String basis, String input, String... expected) {
    return Arguments.of(id + " (" + basis + ") " + input, input, Arrays.asList(expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void caseTable_givesTheExpectedTokens(String name, String input, List<String> expected) {
    List<String> got = new ArrayList<>();
    for (Token t : TK.tokenize(input)) {
      assertEquals(input.substring(t.start(), t.end()), t.text(), "offsets of " + t);
      got.add(t.text());
    }
    assertEquals(expected, got, name);
  }

  @Test
  void caseTable_hasAllRowsOfTheResearchNotes() {
    assertEquals(107, rows().count());
  }
}
