package io.github.propre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The progress line, and what the commands print on standard error when it is a terminal. */
class ProgressTest {

  @Test
  void off_isNeverDueAndPrintsNothing() {
    StringWriter err = new StringWriter();
    Progress p = new Progress(new PrintWriter(err), false, "dedup", 0);
    assertFalse(p.due());
    p.end();
    assertEquals("", err.toString());
  }

  @Test
  void on_redrawsOneLineAndEndsIt() {
    StringWriter err = new StringWriter();
    Progress p = new Progress(new PrintWriter(err), true, "dedup", 0);
    assertTrue(p.due());
    p.show("1 MB read");
    p.show("2 MB read");
    p.end();
    p.end();
    assertEquals("\rdedup: 1 MB read   \rdedup: 2 MB read   " + System.lineSeparator(), err.toString());
  }

  @Test
  void on_isDueOncePerInterval() {
    Progress p = new Progress(new PrintWriter(new StringWriter()), true, "quotes", Long.MAX_VALUE);
    assertFalse(p.due(), "an interval has not passed since the command started");
  }

  @Test
  void on_endPrintsNothingIfNoLineWasDrawn() {
    StringWriter err = new StringWriter();
    new Progress(new PrintWriter(err), true, "clean", 0).end();
    assertEquals("", err.toString());
  }

  /** Runs {@code propre args} on {@code input} as if standard error were a terminal; returns it. */
  private static String errOnATerminal(String input, String... args) {
    CommandsTestSupport r = CommandsTestSupport.runOnATerminal(input, args);
    assertEquals(0, r.code, r.err);
    return r.err;
  }

  private static final String THREE_PARAGRAPHS =
      "Un paragraphe assez long pour être retiré quand il revient.\n\n"
      + "Un autre paragraphe, unique celui-là, et lui aussi assez long.\n\n"
      + "Un paragraphe assez long pour être retiré quand il revient.\n";

  @Test
  void dedup_onATerminal_endsWithWhatItRemoved() {
    String err = errOnATerminal(THREE_PARAGRAPHS, "dedup");
    int total = THREE_PARAGRAPHS.getBytes(StandardCharsets.UTF_8).length;
    int removed = THREE_PARAGRAPHS.substring(THREE_PARAGRAPHS.lastIndexOf("\n\n") + 2)
        .getBytes(StandardCharsets.UTF_8).length;
    // A run shorter than a second draws no progress line, only the summary.
    assertEquals("dedup: 3 paragraphs, 1 removed (" + removed + " of " + total + " bytes)"
        + System.lineSeparator(), err);
  }

  @Test
  void quotesAndClean_onATerminal_printNothingForAShortRun() {
    assertEquals("", errOnATerminal("« Oui », dit-il.\n", "quotes"));
    assertEquals("", errOnATerminal("« Oui », dit-il.\n", "clean"));
  }
}
