package io.github.propre.quote;

import static io.github.propre.quote.QuoteCases.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quote marks at the edges: straight quotes next to brackets and punctuation, marks at the start and
 * end of the text, quotes left open, nested levels carried over paragraphs, apostrophes next to
 * single quotes, dash turns inside guillemets (MarkScanner).
 */
class MarkScannerCasesTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.standard();

  /** Returns {@code [start,end) Llevel [open] text} for each quote (also used by MarkScannerBoundaryTest). */
  static List<String> structure(String text) {
    List<String> out = new ArrayList<>();
    for (Quote q : EXTRACTOR.extract(text)) {
      out.add("[" + q.start() + "," + q.end() + ") L" + q.level() + (q.closed() ? " " : " open ") + q.text());
    }
    return out;
  }

  @Test
  public void straight_openedAfterABracketOrDash() {
    for (String open : new String[] {"(", "[", "{", "-", "/"}) {
      String text = "Il a dit " + open + "\"oui\"" + (open.equals("(") ? ")" : open) + " hier.";
      assertEquals(List.of("speech L0 [10,15) oui | Il@0-2 | a dit@3-8"), describe(text), text);
    }
  }

  @Test
  public void straight_closedBeforeClosingPunctuation() {
    for (String close : new String[] {"»", "’", "}", ")", ",", "."}) {
      String text = "Il a dit \"oui\"" + close + " hier.";
      assertEquals(List.of("speech L0 [9,14) oui | Il@0-2 | a dit@3-8"), describe(text), text);
    }
  }

  @Test
  public void straight_eachClosingPunctuationClosesTheQuote() {
    assertEquals(List.of("[9,14) L0 oui", "[21,26) L0 non", "[34,45) L0 peut-être", "[52,58) L0 rien",
            "[63,69) L0 tout", "[74,78) L0 ça", "[85,90) L0 fin"),
        structure("Il a dit \"oui\". Puis \"non\"; enfin \"peut-être\": bref \"rien\"! Et \"tout\"? "
            + "Ou \"ça\"… Puis \"fin\"]"));
  }

  @Test
  public void straight_wholeTextAndNested() {
    assertEquals(List.of("[0,5) L0 oui"), structure("\"oui\""));
    assertEquals(List.of("[7,24) L0 un \"deux\" trois", "[11,17) L1 deux"),
        structure("Il dit \"un \"deux\" trois\" hier."));
  }

  @Test
  public void guillemets_withoutSpacesAtBothEndsOfTheText() {
    assertEquals(List.of("[0,5) L0 Oui"), structure("«Oui»"));
  }

  @Test
  public void guillemets_unclosedAtTextEnd() {
    assertEquals(List.of("[0,5) L0 open Oui"), structure("« Oui"));
  }

  @Test
  public void guillemets_closingMarkAloneOpensNothing() {
    assertEquals(List.of(), structure("» Oui."));
  }

  @Test
  public void continuation_paragraphOpeningWithGuillemetContinuesTheQuote() {
    assertEquals(List.of("[0,15) L0 Oui\nNon."), structure("« Oui\n\n« Non. »"));
    assertEquals(List.of("[0,24) L0 Oui.\nNon.\nEnfin."), structure("« Oui.\n» Non.\n» Enfin. »"));
  }

  @Test
  public void continuation_twoLevelsCarriedOver() {
    assertEquals(List.of("[0,35) L0 Il dit : “ Viens.\nReste. ”", "[11,33) L1 Viens.\nReste."),
        structure("« Il dit : “ Viens.\n\n« “ Reste. ” »"));
  }

  @Test
  public void continuation_onlyTheOuterLevelCarriedOver() {
    assertEquals(List.of("[0,31) L0 Il dit : “ Viens.\nReste.", "[11,19) L1 open Viens."),
        structure("« Il dit : “ Viens.\n\n« Reste. »"));
  }

  @Test
  public void continuation_noneEndsBothLevelsOpenAtTheParagraphEnd() {
    assertEquals(List.of("[0,19) L0 open Il dit : “ Viens.", "[11,19) L1 open Viens."),
        structure("« Il dit : “ Viens.\n\nReste."));
  }

  @Test
  public void unclosed_sameMarksInsideAnUnclosedQuote_areReadOneAfterTheOther() {
    // Stray opening marks in one paragraph: each quote ends where the next one opens. Read nested,
    // every quote would hold all the later ones, and their texts would add up to the square of
    // the paragraph.
    assertEquals(List.of("[0,11) L0 open Il vient.", "[12,24) L0 open Elle part.",
        "[25,44) L0 open Nous restons ici."),
        structure("« Il vient. « Elle part. « Nous restons ici."));
    assertEquals(List.of("[0,10) L0 open Il vient", "[11,22) L0 open Elle part", "[23,28) L0 open oui"),
        structure("“ Il vient “ Elle part “ oui"));
  }

  @Test
  public void unclosed_closedQuotesInsideTheLastOfTheRun_stayNestedInIt() {
    assertEquals(List.of("[0,11) L0 open Il vient.", "[12,72) L0 open Elle part « Nous restons » et voici "
        + "« la suite » du texte.", "[24,40) L1 Nous restons", "[50,62) L1 la suite"),
        structure("« Il vient. « Elle part « Nous restons » et voici « la suite » du texte."));
  }

  @Test
  public void unclosed_aQuoteInsideADialogueTurn_leavesTheTurnWhole() {
    assertEquals(List.of("[0,28) L0 Il dit : « Viens. « Reste.", "[11,19) L1 open Viens.",
        "[20,28) L1 open Reste."), structure("— Il dit : « Viens. « Reste."));
  }

  @Test
  public void continuation_dashInNextParagraphStartsATurn() {
    assertEquals(List.of("[0,10) L0 Bonjour.", "[11,23) L0 open Au revoir."),
        structure("« Bonjour.\n— Au revoir."));
    assertEquals(List.of("[0,10) L0 Bonjour.", "[12,26) L0 Au revoir."),
        structure("« Bonjour.\n\n— Au revoir. »"));
  }

  @Test
  public void dash_turnEndsWithItsParagraph() {
    assertEquals(List.of("[0,10) L0 Bonjour."), structure("— Bonjour.\nIl partit."));
  }

  @Test
  public void single_openingAfterAnElidedWordAndClosingBeforeSpace() {
    assertEquals(List.of("[13,20) L0 huile", "[27,32) L0 vin"),
        structure("Il vend de l’‘huile’ et du ‘vin’."));
    assertEquals(List.of("[8,13) L0 ami"), structure("C’est l’‘ami’ de Paul."));
    assertEquals(List.of("[7,16) L0 bonjour", "[20,31) L0 au revoir"),
        structure("Il dit ‘bonjour’ et ‘au revoir’."));
  }

  @Test
  public void dashInGuillemets_typedDoubleHyphenStartsATurn() {
    assertEquals(List.of("dialogue L0 [0,11) Comment ? | - | -", "dialogue L0 [12,26) Oh ! rien. | - | -"),
        describe("« Comment ? --Oh ! rien. »"));
  }

  @Test
  public void dashInGuillemets_asideClosedByASecondDashIsNoTurn() {
    assertEquals(List.of("[0,32) L0 Comment ? --Brrrou--le râle."),
        structure("« Comment ? --Brrrou--le râle. »"));
  }

  @Test
  public void otherMarks_lowAndSingleGuillemetsAndAStrayClosingQuote() {
    assertEquals(List.of("[0,4) L0 Ja"), structure("„Ja“, sagte er."));
    assertEquals(List.of("[0,4) L0 Ja"), structure("„Ja”, sagte er."));
    assertEquals(List.of("speech L0 [0,7) Oui | il@13-15 | dit@9-12"), describe("‹ Oui ›, dit-il."));
    assertEquals(List.of("speech L0 [0,5) Oui | il@10-12 | dit@6-9"), describe("”Oui” dit-il."));
  }
}
