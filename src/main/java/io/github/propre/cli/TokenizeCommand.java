package io.github.propre.cli;

import io.github.propre.internal.Json;
import io.github.propre.token.FrenchTokenizer;
import io.github.propre.token.TokenCursor;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code tokenize [--format text|jsonl] [FILE]}: the French tokens of each input line. */
final class TokenizeCommand implements Command {

  @Override
  public String name() {
    return "tokenize";
  }

  @Override
  public String summary() {
    return "split each line into French tokens (UD conventions)";
  }

  @Override
  public String help() {
    return """
        Usage: propre tokenize [--format text|jsonl] [FILE]

        Splits each line of FILE (or standard input) into French tokens following the UD French
        conventions: elisions (l' homme), clitic tails (a -t-il), numbers with digit groups (80 000),
        abbreviations (M.), URLs, e-mails, emoji. Streams line by line.

        Options:
          --format text   one output line per input line, tokens separated by " | " (default)
          --format jsonl  one JSON array per input line: [{"text","start","end","type"}, ...],
                          offsets in UTF-16 units within that line; type in lower case (word, elided,
                          clitic, number, ordinal, abbreviation, punctuation, symbol, url, email,
                          mention, hashtag, emoticon, emoji)
        """;
  }

  @Override
  public int run(List<String> argv, Terminal io) throws UsageException, IOException {
    Args args = Args.parse(argv, Set.of("format"), Set.of());
    boolean jsonl = args.choice("format", "text", List.of("text", "jsonl")).equals("jsonl");
    String file = args.optionalFile();
    TokenCursor c = FrenchTokenizer.standard().cursor("");
    StringBuilder sb = new StringBuilder();
    try (Terminal.Utf8Input in = io.open(file)) {
      LineReader lines = new LineReader(in.reader);
      String line;
      Progress progress = Progress.of(io, "tokenize");
      long read = 0;
      while ((line = lines.readLine()) != null) {
        if (++read % 1024 == 0 && progress.due()) {
          progress.show(String.format(Locale.ROOT, "%,d lines", read));
        }
        sb.setLength(0);
        c.reset(line);
        boolean first = true;
        if (jsonl) {
          sb.append('[');
        }
        while (c.next()) {
          if (jsonl) {
            if (!first) {
              sb.append(',');
            }
            sb.append("{\"text\":");
            Json.string(sb, line.substring(c.start(), c.end()));
            sb.append(",\"start\":").append(c.start()).append(",\"end\":").append(c.end())
                .append(",\"type\":\"").append(typeName(c)).append("\"}");
          } else {
            if (!first) {
              sb.append(" | ");
            }
            sb.append(line, c.start(), c.end());
          }
          first = false;
        }
        if (jsonl) {
          sb.append(']');
        }
        io.out.append(sb).append('\n');
      }
      progress.end();
      in.reportMalformed(io);
    }
    return Main.OK;
  }

  static String typeName(TokenCursor c) {
    return c.type().name().toLowerCase(Locale.ROOT);
  }
}
