package io.github.propre.cli;

import io.github.propre.internal.Json;
import io.github.propre.quote.Mention;
import io.github.propre.quote.Quote;
import io.github.propre.quote.QuoteExtractor;
import io.github.propre.text.Paragraph;
import io.github.propre.text.ParagraphMode;
import io.github.propre.text.Paragraphs;
import io.github.propre.text.Span;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code propre quotes [--format text|jsonl] [FILE]}: the quotations of a document, with speaker and
 * verb.
 *
 * <p>The whole input is one document, but it is read in chunks: a chunk is processed up to the last
 * paragraph boundary that no quote crosses, its quotes are printed, and a few paragraphs before that
 * boundary are kept as context for the next chunk. A chunk holds at most {@link #MAX_CHUNK}
 * characters: a quote structure or a paragraph longer than that (two million characters, the length
 * of a long novel; only machine-made text has one) is cut there, its quotes ending unclosed at the
 * cut. So memory stays bounded, whatever the input's size, to about 64 MB.
 */
final class QuotesCommand implements Command {
  /** Characters read before a chunk is processed. */
  static final int CHUNK = 1 << 20;
  /**
   * Characters after which a chunk is processed even if a quote or a paragraph runs through all of
   * it. A chunk costs about 30 bytes a character at worst (the text, its copies, and the extractor's
   * stack when every character opens a quote), so this keeps the command within a small heap.
   */
  static final int MAX_CHUNK = 1 << 21;
  /** Paragraph boundaries kept before the cut as context for attribution. */
  private static final int CONTEXT_PARAGRAPHS = 4;

  private final int chunk;
  private final int maxChunk;

  QuotesCommand() {
    this(CHUNK, MAX_CHUNK);
  }

  /** For tests: smaller chunks exercise the chunking on small inputs. */
  QuotesCommand(int chunk, int maxChunk) {
    this.chunk = chunk;
    this.maxChunk = maxChunk;
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public String summary() {
    return "extract quotations, with speaker and reporting verb";
  }

  @Override
  public String help() {
    return """
        Usage: propre quotes [--format text|jsonl] [FILE]

        Finds the quotations of the input (one document): « » at any depth with any inner space,
        “ ”, „ “, ‹ ›, ‘ ’ and straight quotes, dialogue turns opened by a dash, quotes continued
        over several paragraphs, incises (« Oui, dit-il, je viens. »), and who said them.

        --format text   (default) one quote per line: span, kind, text; then speaker and verb
        --format jsonl  one JSON object per quote:
                        {"text","start","end","parts":[[s,e],...],"level","kind","closed",
                         "speaker":{"text","start","end"} or null,"verb":{"text","start","end"} or null}
                        kind is "speech", "dialogue" or "fragment"; offsets are UTF-16 indices into
                        the input; start/end include the quotation marks, parts are the quoted words.
        """;
  }

  @Override
  public int run(List<String> argv, Terminal io) throws UsageException, IOException {
    Args a = Args.parse(argv, Set.of("format"), Set.of());
    boolean json = a.choice("format", "text", List.of("text", "jsonl")).equals("jsonl");
    String file = a.optionalFile();
    try (Terminal.Utf8Input in = io.open(file)) {
      Progress progress = Progress.of(io, "quotes");
      new Chunker(in, io.out, json, progress).run();
      progress.end();
      in.reportMalformed(io);
    }
    return Main.OK;
  }

  /** Reads, cuts, extracts and prints. */
  private final class Chunker {
    private final Terminal.Utf8Input in;
    private final PrintWriter out;
    private final boolean json;
    private final StringBuilder buf = new StringBuilder();
    private final char[] block = new char[1 << 16];
    private final StringBuilder line = new StringBuilder();
    private long base;
    private long emittedUpTo;
    private boolean eof;
    private QuoteExtractor extractor;
    private ParagraphMode mode;
    private final Progress progress;
    private long printed;

    Chunker(Terminal.Utf8Input in, PrintWriter out, boolean json, Progress progress) {
      this.in = in;
      this.out = out;
      this.json = json;
      this.progress = progress;
    }

    void run() throws IOException {
      while (true) {
        fill(chunk);
        if (mode == null) {
          String first = buf.toString();
          mode = Paragraphs.split(first, ParagraphMode.AUTO).size()
              != Paragraphs.split(first, ParagraphMode.LINE).size() ? ParagraphMode.BLANK_LINE
              : ParagraphMode.LINE;
          extractor = QuoteExtractor.standard().toBuilder().paragraphMode(mode).build();
        }
        if (eof) {
          String text = buf.toString();
          emit(text, extractor.extract(text), Long.MAX_VALUE);
          return;
        }
        int cut = cutPoint();
        if (cut <= 0 && buf.length() < maxChunk) {
          fill(buf.length() + chunk);
          if (!eof) {
            continue;
          }
          String text = buf.toString();
          emit(text, extractor.extract(text), Long.MAX_VALUE);
          return;
        }
        String text = buf.substring(0, cut <= 0 ? buf.length() : cut);
        processChunk(text, buf.length() >= maxChunk);
      }
    }

    /** Reads until the buffer holds {@code target} characters or the input ends. */
    private void fill(int target) throws IOException {
      while (!eof && buf.length() < target) {
        int n = in.reader.read(block);
        if (n < 0) {
          eof = true;
        } else {
          buf.append(block, 0, n);
        }
      }
    }

    /** Returns the offset after the last paragraph boundary of the buffer, or 0 if there is none. */
    private int cutPoint() {
      for (int i = buf.length() - 1; i >= 0; i--) {
        if (buf.charAt(i) != '\n') {
          continue;
        }
        if (mode == ParagraphMode.LINE) {
          return i + 1;
        }
        // A blank line: only spaces between this line break and the previous one.
        int j = i - 1;
        while (j >= 0 && buf.charAt(j) != '\n' && Character.isWhitespace(buf.charAt(j))) {
          j--;
        }
        if (j >= 0 && buf.charAt(j) == '\n') {
          return i + 1;
        }
      }
      return 0;
    }

    private void processChunk(String text, boolean force) {
      List<Quote> quotes = extractor.extract(text);
      List<Paragraph> paras = Paragraphs.split(text, mode);
      // Paragraph starts that no quote crosses, in order.
      int[] clean = new int[paras.size()];
      int cleanCount = 0;
      int qi = 0;
      int maxEnd = 0;
      for (Paragraph p : paras) {
        int s = p.span().start();
        while (qi < quotes.size() && quotes.get(qi).start() < s) {
          maxEnd = Math.max(maxEnd, quotes.get(qi).end());
          qi++;
        }
        if (maxEnd <= s && s > 0) {
          clean[cleanCount++] = s;
        }
      }
      if (cleanCount == 0 && !force) {
        // One quote structure runs through the whole chunk: read more before deciding.
        eofOrGrow();
        return;
      }
      int safe = cleanCount == 0 ? text.length() : clean[cleanCount - 1];
      emit(text, quotes, base + safe);
      int keep = cleanCount == 0 ? text.length()
          : clean[Math.max(0, cleanCount - 1 - CONTEXT_PARAGRAPHS)];
      buf.delete(0, keep);
      base += keep;
    }

    private void eofOrGrow() {
      try {
        fill(buf.length() + chunk);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    /** Prints the quotes that start in {@code [emittedUpTo, upTo)} of the document. */
    private void emit(String text, List<Quote> quotes, long upTo) {
      for (Quote q : quotes) {
        long start = base + q.start();
        if (start < emittedUpTo || start >= upTo) {
          continue;
        }
        print(q);
        printed++;
      }
      emittedUpTo = upTo;
      out.flush();
      if (progress.due()) {
        progress.show(String.format(Locale.ROOT, "%,d M characters read, %,d quotes",
            (base + buf.length()) >> 20, printed));
      }
    }

    private void print(Quote q) {
      line.setLength(0);
      if (json) {
        line.append("{\"text\":");
        Json.string(line, q.text());
        line.append(",\"start\":").append(base + q.start()).append(",\"end\":").append(base + q.end())
            .append(",\"parts\":[");
        List<Span> parts = q.parts();
        for (int i = 0; i < parts.size(); i++) {
          line.append(i == 0 ? "[" : ",[").append(base + parts.get(i).start()).append(',')
              .append(base + parts.get(i).end()).append(']');
        }
        line.append("],\"level\":").append(q.level()).append(",\"kind\":\"").append(q.kind().label())
            .append("\",\"closed\":").append(q.closed()).append(",\"speaker\":");
        mention(q.speaker().orElse(null));
        line.append(",\"verb\":");
        mention(q.verb().orElse(null));
        line.append('}');
      } else {
        line.append('[').append(base + q.start()).append(", ").append(base + q.end()).append(") ")
            .append(q.kind().label());
        if (!q.closed()) {
          line.append(", unclosed");
        }
        if (q.level() > 0) {
          line.append(", level ").append(q.level());
        }
        line.append(": ").append(q.text().replace('\n', ' '));
        if (q.speaker().isPresent() || q.verb().isPresent()) {
          line.append("\n    ");
          q.speaker().ifPresent(m -> line.append("speaker: ").append(m.text()).append("  "));
          q.verb().ifPresent(m -> line.append("verb: ").append(m.text()));
        }
      }
      out.println(line);
    }

    private void mention(Mention m) {
      if (m == null) {
        line.append("null");
        return;
      }
      line.append("{\"text\":");
      Json.string(line, m.text());
      line.append(",\"start\":").append(base + m.start()).append(",\"end\":").append(base + m.end())
          .append('}');
    }
  }
}
