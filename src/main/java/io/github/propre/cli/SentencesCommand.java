package io.github.propre.cli;

import io.github.propre.internal.Json;
import io.github.propre.text.Span;
import io.github.propre.token.SentenceSplitter;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code sentences [--format text|jsonl] [FILE]}: the French sentences of each input line. */
final class SentencesCommand implements Command {

  @Override
  public String name() {
    return "sentences";
  }

  @Override
  public String summary() {
    return "split each line into French sentences";
  }

  @Override
  public String help() {
    return """
        Usage: propre sentences [--format text|jsonl] [FILE]

        Splits each line of FILE (or standard input) into French sentences. Abbreviations (M., av.
        J.-C., p. 12), initials, decimals and URLs do not end a sentence; closing quotes stay with the
        sentence they close. Streams line by line.

        Options:
          --format text   one sentence per output line; blank input lines give no output (default)
          --format jsonl  one JSON array per input line: [{"text","start","end"}, ...], offsets in
                          UTF-16 units within that line
        """;
  }

  @Override
  public int run(List<String> argv, Terminal io) throws UsageException, IOException {
    Args args = Args.parse(argv, Set.of("format"), Set.of());
    boolean jsonl = args.choice("format", "text", List.of("text", "jsonl")).equals("jsonl");
    String file = args.optionalFile();
    SentenceSplitter splitter = SentenceSplitter.standard();
    StringBuilder sb = new StringBuilder();
    try (Terminal.Utf8Input in = io.open(file)) {
      LineReader lines = new LineReader(in.reader);
      String line;
      Progress progress = Progress.of(io, "sentences");
      long read = 0;
      while ((line = lines.readLine()) != null) {
        if (++read % 1024 == 0 && progress.due()) {
          progress.show(String.format(Locale.ROOT, "%,d lines", read));
        }
        List<Span> spans = splitter.split(line);
        sb.setLength(0);
        if (jsonl) {
          sb.append('[');
          for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (i > 0) {
              sb.append(',');
            }
            sb.append("{\"text\":");
            Json.string(sb, line.substring(s.start(), s.end()));
            sb.append(",\"start\":").append(s.start()).append(",\"end\":").append(s.end()).append('}');
          }
          sb.append("]\n");
        } else {
          for (Span s : spans) {
            sb.append(line, s.start(), s.end()).append('\n');
          }
        }
        io.out.append(sb);
      }
      progress.end();
      in.reportMalformed(io);
    }
    return Main.OK;
  }
}
