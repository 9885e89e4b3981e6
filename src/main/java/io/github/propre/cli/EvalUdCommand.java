package io.github.propre.cli;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code eval-ud FILE [--min-token-f1 X] [--min-sentence-f1 Y] [--retypeset] [--show N]}: scores the
 * tokenizer and the sentence splitter on a UD JSON Lines file.
 */
final class EvalUdCommand implements Command {

  @Override
  public String name() {
    return "eval-ud";
  }

  @Override
  public String summary() {
    return "score tokens and sentences against a UD JSON Lines file";
  }

  @Override
  public String help() {
    return """
        Usage: propre eval-ud FILE [--min-token-f1 X] [--min-sentence-f1 Y] [--retypeset] [--show N]

        Scores the French tokenizer and sentence splitter against FILE, UD gold data in JSON Lines
        ({"id","text","tokens","spaces_after"} per sentence). Tokens: each sentence is tokenized
        alone; a token is right when its character span equals a gold token's span (gold spans are
        rebuilt from tokens and spaces_after); precision, recall and F1 over the file. Sentences:
        the gold sentences are joined 20 per paragraph with one space, split again, and a sentence is
        right when its trimmed span equals a gold one.

        Options:
          --min-token-f1 X     exit with code 3 if token F1 (in percent) is below X
          --min-sentence-f1 Y  exit with code 3 if sentence F1 (in percent) is below Y
          --retypeset          first typeset the text as French publishers do, one character for
                               one: ' becomes ’, and a narrow no-break space replaces the space before
                               ; : ! ? » % €, after « and between digit groups
          --show N             list up to N disagreements of each kind (default 10)
        """;
  }

  @Override
  public int run(List<String> argv, Terminal io) throws UsageException, IOException {
    Args args = Args.parse(argv, Set.of("min-token-f1", "min-sentence-f1", "show"), Set.of("retypeset"));
    if (args.operands().size() != 1 || args.operands().get(0).equals("-")) {
      throw new UsageException("eval-ud needs exactly one FILE, got " + args.operands());
    }
    String file = args.operands().get(0);
    double minToken = args.number("min-token-f1", -1, 0, 100);
    double minSentence = args.number("min-sentence-f1", -1, 0, 100);
    int show = args.integer("show", 10, 0, 1_000_000);
    boolean retypeset = args.flag("retypeset");
    UdEvaluation ev = new UdEvaluation(retypeset, show);
    try (Terminal.Utf8Input in = io.open(file)) {
      LineReader lines = new LineReader(in.reader);
      String line;
      long lineNumber = 0;
      while ((line = lines.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        try {
          ev.addJson(line);
        } catch (IllegalArgumentException e) {
          throw new UsageException(file + ", line " + lineNumber + ": " + e.getMessage());
        }
      }
      in.reportMalformed(io);
    }
    ev.finish();
    double[] t = UdEvaluation.prf(ev.goldTokens, ev.systemTokens, ev.correctTokens);
    double[] s = UdEvaluation.prf(ev.goldSentences, ev.systemSentences, ev.correctSentences);
    io.out.println("eval-ud " + file + ": " + ev.sentences + " sentences"
        + (retypeset ? ", re-typeset (’ and narrow no-break spaces)" : ""));
    io.out.println(String.format(Locale.ROOT,
        "tokens     gold %d  system %d  correct %d  P %.2f  R %.2f  F1 %.2f",
        ev.goldTokens, ev.systemTokens, ev.correctTokens, t[0], t[1], t[2]));
    io.out.println(String.format(Locale.ROOT,
        "sentences  gold %d  system %d  correct %d  P %.2f  R %.2f  F1 %.2f  (%d gold sentences per paragraph)",
        ev.goldSentences, ev.systemSentences, ev.correctSentences, s[0], s[1], s[2],
        UdEvaluation.SENTENCES_PER_PARAGRAPH));
    if (!ev.tokenDisagreements.isEmpty()) {
      io.out.println("token disagreements (first " + ev.tokenDisagreements.size() + "):");
      ev.tokenDisagreements.forEach(d -> io.out.println("  " + d));
    }
    if (!ev.sentenceDisagreements.isEmpty()) {
      io.out.println("sentence disagreements (first " + ev.sentenceDisagreements.size() + "):");
      ev.sentenceDisagreements.forEach(d -> io.out.println("  " + d));
    }
    int code = Main.OK;
    if (minToken >= 0 && t[2] < minToken) {
      io.err.println(String.format(Locale.ROOT, "propre: token F1 %.2f is below --min-token-f1 %s",
          t[2], args.value("min-token-f1")));
      code = Main.BELOW_TARGET;
    }
    if (minSentence >= 0 && s[2] < minSentence) {
      io.err.println(String.format(Locale.ROOT, "propre: sentence F1 %.2f is below --min-sentence-f1 %s",
          s[2], args.value("min-sentence-f1")));
      code = Main.BELOW_TARGET;
    }
    return code;
  }
}
