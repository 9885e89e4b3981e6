package io.github.propre.cli;

import io.github.propre.Document;
import io.github.propre.Pipeline;
import io.github.propre.clean.Change;
import io.github.propre.dedup.Removal;
import io.github.propre.quote.Quote;
import io.github.propre.token.Token;
import io.github.propre.token.TokenType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code propre summary [FILE]}, also what {@code propre} alone runs: the whole default pipeline on a
 * text (the bundled sample article by default), summed up for a human reader.
 */
final class SummaryCommand implements Command {
  static final String SAMPLE = "/io/github/propre/cli/sample/aes-russie.txt";

  @Override
  public String name() {
    return "summary";
  }

  @Override
  public String summary() {
    return "run the whole pipeline and summarize it (default: on the bundled sample article)";
  }

  @Override
  public String help() {
    return """
        Usage: propre summary [FILE]
               propre                     (the same, on the bundled sample article)

        Runs the default pipeline (clean, cut paragraphs, remove duplicate paragraphs, sentences,
        tokens, quotations) on FILE, or on the bundled sample article (a French news text with five
        paragraphs repeated) when no FILE is given, and prints a short readable summary. Use '-' for
        standard input.
        """;
  }

  @Override
  public int run(List<String> args, Terminal io) throws UsageException, IOException {
    Args a = Args.parse(args, Set.of(), Set.of());
    String name;
    String raw;
    if (a.operands().isEmpty()) {
      name = "the bundled sample article (aes-russie.txt)";
      raw = sample();
    } else {
      String file = a.optionalFile();
      try (Terminal.Utf8Input in = io.open(file)) {
        raw = in.readAll();
        name = in.name;
        in.reportMalformed(io);
      }
    }
    print(Pipeline.defaults().process(raw), name, io);
    return Main.OK;
  }

  static String sample() throws IOException {
    try (InputStream in = SummaryCommand.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled sample article is missing from the jar: " + SAMPLE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void print(Document doc, String name, Terminal io) {
    var out = io.out;
    out.printf(Locale.ROOT, "Propre %s: the default pipeline on %s%n%n", Main.version(), name);
    int total = doc.paragraphs().size() + doc.removed().size();
    out.printf(Locale.ROOT, "Input       %,d characters, %d paragraphs%n", doc.raw().length(), total);
    Map<Change, Integer> changes = doc.cleaning().counts();
    out.printf(Locale.ROOT, "Cleaning    %s%n", changes.isEmpty() ? "nothing to repair"
        : doc.cleaning().toString());
    out.printf(Locale.ROOT, "Duplicates  %d paragraphs removed, %d kept%n", doc.removed().size(),
        doc.paragraphs().size());
    for (Removal r : doc.removed()) {
      out.printf(Locale.ROOT, "              paragraph %d %s repeats the one at [%d, %d) (%s)%n",
          r.paragraph().index() + 1, r.paragraph().span(), r.duplicateOf().start(),
          r.duplicateOf().end(), r.kind().jsonName());
    }
    out.printf(Locale.ROOT, "Sentences   %d%n", doc.sentences().size());
    Map<TokenType, Integer> types = new EnumMap<>(TokenType.class);
    for (Token t : doc.tokens()) {
      types.merge(t.type(), 1, Integer::sum);
    }
    StringBuilder byType = new StringBuilder();
    types.forEach((t, n) -> byType.append(byType.length() == 0 ? "" : ", ")
        .append(t.name().toLowerCase(Locale.ROOT)).append(' ').append(n));
    out.printf(Locale.ROOT, "Tokens      %d (%s)%n", doc.tokens().size(), byType);
    out.printf(Locale.ROOT, "Quotations  %d%n", doc.quotes().size());
    for (Quote q : doc.quotes()) {
      out.printf(Locale.ROOT, "  « %s »%n      %s", q.text(), q.kind().label());
      q.speaker().ifPresent(s -> out.printf(Locale.ROOT, ", said by %s", s.text()));
      q.verb().ifPresent(v -> out.printf(Locale.ROOT, " (%s)", v.text()));
      out.println();
    }
    out.println();
    out.println("Every span above is a range of UTF-16 offsets into the input. More: propre --help");
  }
}
