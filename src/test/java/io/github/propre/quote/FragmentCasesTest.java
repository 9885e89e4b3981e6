package io.github.propre.quote;

import static io.github.propre.quote.QuoteCases.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Words between marks that are a term, a name or a title (fragments), and when they are speech. */
class FragmentCasesTest {

  @Test
  public void fragment_termInsideASentence() {
    assertEquals(List.of("fragment L0 [7,23) très fatigué | - | -"),
        describe("Il est « très fatigué » ce soir."));
    assertEquals(List.of("fragment L0 [7,22) aujourd'hui | - | -"),
        describe("Le mot « aujourd'hui » est long."));
  }

  @Test
  public void fragment_titlesAndNamesEvenAfterAVerb() {
    assertEquals(List.of("fragment L0 [8,26) Les Misérables | - | -"),
        describe("Il a lu « Les Misérables » hier."));
    assertEquals(List.of("fragment L0 [8,26) Guerre et Paix | - | -"),
        describe("Il a lu « Guerre et Paix » hier."));
    assertEquals(List.of("fragment L0 [14,32) le Petit Chose | - | -"),
        describe("On l'appelait « le Petit Chose » à l'école."));
    assertEquals(List.of("fragment L0 [12,21) Marie | - | -"), describe("Il la nomma « Marie »."));
  }

  @Test
  public void speech_termAfterAReportingVerbBecomesSpeech() {
    assertEquals(List.of("speech L0 [18,42) événement historique | Il@0-2 | a qualifié@5-15"),
        describe("Il l'a qualifié d'« événement historique » hier."));
  }

  @Test
  public void speech_termFollowedBySelon() {
    assertEquals(List.of("speech L0 [15,27) tournant | Paul@35-39 | selon@29-34"),
        describe("Il a évoqué un « tournant », selon Paul."));
  }

  @Test
  public void speech_afterAColonOrADash() {
    assertEquals(List.of("speech L0 [10,25) un tournant | Il@0-2 | cite@3-7"),
        describe("Il cite : « un tournant » dans l'histoire."));
    assertEquals(List.of("speech L0 [11,20) Non ! | Il@0-2 | hurla@3-8"),
        describe("Il hurla — « Non ! »"));
  }

  @Test
  public void speech_sentenceStartFollowedByAnIncise() {
    assertEquals(List.of("speech L0 [16,32) Très fatigué | il@37-39 | dit@33-36"),
        describe("Il est fatigué. « Très fatigué » dit-il."));
  }
}
