package io.github.propre.quote;

import static io.github.propre.quote.QuoteCases.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The mark scanner at its edges: a mark at every offset of the eight-character blocks it reads, the
 * continuation mark of each kind of quote, deep levels carried over a paragraph, what may follow a
 * dialogue dash, and dashes inside guillemets (MarkScanner, Marks).
 */
class MarkScannerBoundaryTest {

  private static List<String> structure(String text) {
    return MarkScannerCasesTest.structure(text);
  }

  @Test
  public void marks_foundAtEveryOffsetOfABlock() {
    // The scan reads eight characters at once: put the quote at each offset of two blocks.
    for (int k = 0; k < 20; k++) {
      String text = "a".repeat(k) + " « oui » " + "b".repeat(20 - k);
      assertEquals(List.of("[" + (k + 1) + "," + (k + 8) + ") L0 oui"), structure(text), text);
    }
  }

  @Test
  public void inciseSeparators_foundAtEveryOffsetOfABlock() {
    // The search for the comma before an incise reads eight characters at once too.
    for (int k = 1; k < 20; k++) {
      String words = "x".repeat(k);
      String text = "« " + words + ", dit-il, y. »";
      int verb = 4 + k;
      assertEquals(List.of("speech L0 [0," + text.length() + ") " + words + ", y. | il@" + (verb + 4) + "-" + (verb + 6)
          + " | dit@" + verb + "-" + (verb + 3)), describe(text), text);
    }
  }

  @Test
  public void continuation_theMarkOfEachKindOfQuote() {
    assertEquals(List.of("[0,12) L0 Oui\nNon."), structure("“Oui\n\n“Non.”"));
    assertEquals(List.of("[0,13) L0 Oui\nNon."), structure("“Oui\n\n« Non.”")); // French guillemet
    assertEquals(List.of("[0,12) L0 Oui\nNon."), structure("„Oui\n\n„Non.“"));
    assertEquals(List.of("[0,15) L0 Oui\nNon."), structure("‹ Oui\n\n‹ Non. ›"));
    assertEquals(List.of("[0,15) L0 Oui\nNon."), structure("‹ Oui\n\n› Non. ›"));
    assertEquals(List.of("[0,12) L0 Oui\nNon."), structure("‘Oui\n\n‘Non.’"));
    assertEquals(List.of("[0,12) L0 Oui\nNon."), structure("\"Oui\n\n\"Non.\""));
    assertEquals(List.of("[0,14) L0 Oui\nNon."), structure("« Oui\n\n»Non. »"));
  }

  @Test
  public void continuation_followedByNothing() {
    assertEquals(List.of("[0,10) L0 Oui"), structure("« Oui\n\n« »"));
    assertEquals(List.of("[0,5) L0 open Oui"), structure("« Oui\n\n«"));
    // Two levels open, one mark that ends the text: the outer one goes on (with no words).
    assertEquals(List.of("[0,7) L0 open « Oui", "[2,7) L1 open Oui"), structure("« « Oui\n\n«"));
  }

  @Test
  public void continuation_moreMarksThanOpenLevelsOpenANewQuote() {
    assertEquals(List.of("[0,19) L0 Oui\n« Non. »", "[9,17) L1 Non."), structure("« Oui\n\n« « Non. » »"));
  }

  @Test
  public void continuation_sixLevelsCarriedOver() {
    assertEquals(List.of(
            "[0,50) L0 a « b « c « d « e « f\ng » » » » »",
            "[4,48) L1 b « c « d « e « f\ng » » » »",
            "[8,46) L2 c « d « e « f\ng » » »",
            "[12,44) L3 d « e « f\ng » »",
            "[16,42) L4 e « f\ng »",
            "[20,40) L5 f\ng"),
        structure("« a « b « c « d « e « f\n\n« « « « « « g » » » » » »"));
    // Five marks for six levels: the innermost ends with the first paragraph.
    assertEquals(List.of(
            "[0,46) L0 a « b « c « d « e « f\ng » » » »",
            "[4,44) L1 b « c « d « e « f\ng » » »",
            "[8,42) L2 c « d « e « f\ng » »",
            "[12,40) L3 d « e « f\ng »",
            "[16,38) L4 e « f\ng",
            "[20,23) L5 open f"),
        structure("« a « b « c « d « e « f\n\n« « « « « g » » » » »"));
  }

  @Test
  public void continuation_aDashInsteadStartsATurn() {
    assertEquals(List.of("dialogue L0 [0,5) Oui | - | -", "dialogue L0 open [7,13) Non. | - | -"),
        describe("« Oui\n\n— Non."));
    // A dash followed by a comma is no turn: the quote ends with its paragraph.
    assertEquals(List.of("speech L0 open [0,5) Oui | - | -"), describe("« Oui\n\n—, non."));
  }

  @Test
  public void dialogueDash_whatMayFollowIt() {
    assertEquals(List.of("[0,5) L0 Oui."), structure("—Oui."));
    assertEquals(List.of("[0,6) L0 …Oui."), structure("—…Oui."));
    assertEquals(List.of("[0,6) L0 .Oui."), structure("—.Oui."));
    assertEquals(List.of("[0,7) L0 Oui."), structure("-- Oui."));
    assertEquals(List.of("[0,7) L0 Oui."), structure("---Oui."));
    // A comma or an exclamation mark right after it: no turn.
    assertEquals(List.of(), structure("—,Oui."));
    assertEquals(List.of(), structure("—!Oui"));
    // A dash alone: no words, no quote.
    assertEquals(List.of(), structure("—"));
    assertEquals(List.of(), structure("— "));
    // A guillemet right after the dash: the turn and the quote are one.
    assertEquals(List.of("dialogue L0 [0,6) Oui | il@12-14 | dit@8-11"), describe("—«Oui», dit-il."));
  }

  @Test
  public void dashInGuillemets_aTurnNeedsACapitalOrAGuillemetAfterIt() {
    assertEquals(List.of("[0,7) L0 Oui !", "[8,15) L0 Non."), structure("« Oui ! —Non. »"));
    assertEquals(List.of("[0,7) L0 Oui !", "[8,16) L0 Non."), structure("« Oui ! --Non. »"));
    assertEquals(List.of("[0,7) L0 Oui !", "[8,20) L0 « Non ».", "[10,17) L1 Non"), structure("« Oui ! — « Non ». »"));
    assertEquals(List.of("[0,16) L0 Oui ! — non."), structure("« Oui ! — non. »"));
    assertEquals(List.of("[0,17) L0 Oui ! —, non."), structure("« Oui ! —, non. »"));
    // Only after the end of a sentence.
    assertEquals(List.of("[0,14) L0 Oui — Non."), structure("« Oui — Non. »"));
  }

  @Test
  public void dashInGuillemets_atTheStartOnlySaysItIsATurn() {
    assertEquals(List.of("dialogue L0 [0,9) Oui ! | - | -", "dialogue L0 [10,18) Non. | - | -"),
        describe("« — Oui ! — Non. »"));
  }

  @Test
  public void dashInGuillemets_asideBetweenTwoDashes() {
    assertEquals(List.of("[0,25) L0 Oui ! —Brrr— le vent."), structure("« Oui ! —Brrr— le vent. »"));
    assertEquals(List.of("[0,22) L0 Oui ! — Non -- Si."), structure("« Oui ! — Non -- Si. »"));
    // The look for a second dash stops at the closing guillemet: a dash after it closes no aside.
    assertEquals(List.of("[0,7) L0 Oui !", "[8,15) L0 Non"), structure("« Oui ! — Non » — Si."));
    assertEquals(List.of("[0,7) L0 Oui !", "[8,15) L0 Non"), structure("« Oui ! — Non » -- Si."));
  }
}
