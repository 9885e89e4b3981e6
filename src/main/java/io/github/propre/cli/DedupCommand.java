package io.github.propre.cli;

import io.github.propre.internal.Json;
import io.github.propre.dedup.DedupStream;
import io.github.propre.dedup.Deduplicator;
import io.github.propre.dedup.DuplicateIndex;
import io.github.propre.dedup.Verdict;
import io.github.propre.text.ParagraphMode;
import io.github.propre.text.Paragraphs;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntToLongFunction;

/**
 * {@code propre dedup}: prints the input minus its repeated paragraphs, byte for byte otherwise.
 *
 * <p>It streams: the input is read in chunks and passed through as bytes (never re-encoded), while
 * a decoded copy of each paragraph is hashed; only the hashes and the bytes of the paragraph being
 * read are held. Invalid UTF-8 is passed through unchanged and hashed as U+FFFD, with a warning.
 */
final class DedupCommand implements Command {

  /** Bytes held in memory before a huge paragraph goes to a temporary file. */
  static final int HOLD_MEMORY = 4 << 20;
  private static final int CHUNK = 1 << 16;

  private static final int KEEP = 0;
  private static final int DROP = 1;
  private static final int HOLD = 2;

  @Override
  public String name() {
    return "dedup";
  }

  @Override
  public String summary() {
    return "remove repeated paragraphs, byte for byte otherwise, with a report of each removal";
  }

  @Override
  public String help() {
    return """
        Usage: propre dedup [--near] [--threshold X] [--ngram N] [--min-chars N]
                            [--paragraphs line|blank|auto] [--report FILE] [FILE]

        Prints FILE (or standard input) without its repeated paragraphs. Everything else is
        copied byte for byte: a removed paragraph takes with it its line terminator and the blank
        lines after it, up to the next paragraph (to the end, for the last one).

        Two paragraphs are copies when their exact keys are equal: the same text after Unicode
        NFKC case folding, with one form for every apostrophe, quote mark, dash and space, white
        space collapsed. The first copy is kept. Paragraphs whose key is shorter than
        --min-chars code points are never removed.

        Options:
          --near               also remove near copies (Onion's rule): a paragraph goes when
                               more than --threshold of its word n-grams were already seen in
                               kept paragraphs
          --threshold X        share of seen n-grams above which a paragraph goes, from 0 to
                               below 1 (default 0.5; needs --near)
          --ngram N            n-gram length in words, 1 to 32 (default 7; needs --near)
          --min-chars N        shortest paragraph that may be removed (default 50)
          --paragraphs MODE    line: one paragraph per line; blank: paragraphs separated by
                               blank lines; auto (default): blank if a blank line separates
                               two non-blank lines in the first 1,048,576 characters, else line
          --report FILE        write one JSON line per removed paragraph to FILE:
                               {"start","end","duplicateOf":{"start","end"},"kind","similarity"}
                               offsets are UTF-16 offsets into the input, end exclusive; kind
                               is "exact" (similarity 1.0) or "near" (the share of n-grams seen)

        The input is streamed: memory holds the paragraph hashes (under 48 bytes each; with
        --near, under 60, and about 16 bytes per n-gram) and the paragraph being read, so
        files larger than the Java heap work. What is remembered is bounded by the heap
        (-Xmx); if it fills, a warning says so and later paragraphs are still compared with
        what was remembered. Invalid UTF-8 is copied unchanged, counted as one U+FFFD per bad
        sequence in offsets, and reported on standard error. Progress goes to standard error
        when it is a terminal.
        """;
  }

  @Override
  public int run(List<String> argv, Terminal io) throws UsageException, IOException {
    Args args = Args.parse(argv, Set.of("threshold", "ngram", "min-chars", "paragraphs", "report"),
        Set.of("near"));
    boolean near = args.flag("near");
    if (!near && (args.value("threshold") != null || args.value("ngram") != null)) {
      throw new UsageException("option --" + (args.value("threshold") != null ? "threshold" : "ngram")
          + " applies to near duplicates only; add --near");
    }
    double threshold = args.number("threshold", Deduplicator.DEFAULT_THRESHOLD, 0, 1);
    if (threshold >= 1) {
      throw new UsageException("option --threshold: expected a number from 0 to below 1, got "
          + args.value("threshold"));
    }
    int ngram = args.integer("ngram", Deduplicator.DEFAULT_NGRAM, 1, Deduplicator.MAX_NGRAM);
    int minChars = args.integer("min-chars", Deduplicator.DEFAULT_MIN_CHARS, 0, Integer.MAX_VALUE);
    String modeName = args.choice("paragraphs", "auto", List.of("line", "blank", "auto"));
    ParagraphMode mode = switch (modeName) {
      case "line" -> ParagraphMode.LINE;
      case "blank" -> ParagraphMode.BLANK_LINE;
      default -> ParagraphMode.AUTO;
    };
    String file = args.optionalFile();
    String reportFile = args.value("report");
    if (file != null && reportFile != null && sameFile(file, reportFile)) {
      throw new UsageException("--report " + reportFile + " is the input file; writing the report "
          + "would destroy it, choose another file");
    }
    Deduplicator.Builder settings = Deduplicator.builder().minChars(minChars);
    if (near) {
      settings.near().threshold(threshold).ngram(ngram);
    }
    long budget = indexBudget(Runtime.getRuntime().maxMemory());
    // near mode: a paragraph of w words brings w - n + 1 n-grams; give them most of the room
    DuplicateIndex index = near
        ? DuplicateIndex.create(capacity(budget / 8, PARAGRAPHS_NEAR),
            capacity(budget - budget / 8, NGRAMS))
        : DuplicateIndex.create(capacity(budget, PARAGRAPHS));
    String name = file == null ? "standard input" : file;
    OutputStream out = new BufferedOutputStream(io.stdout, CHUNK);
    try (InputStream in = io.openBytes(file);
        Writer report = reportFile == null ? null : Terminal.createFile(reportFile);
        ByteHold hold = new ByteHold(out, HOLD_MEMORY)) {
      Pass pass = new Pass(io, in, hold, report);
      try {
        pass.run(settings, mode, index);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      out.flush();
      pass.finishMessages(name, index);
    }
    return Main.OK;
  }

  private static boolean sameFile(String a, String b) {
    try {
      return Files.exists(Path.of(b)) && Files.isSameFile(Path.of(a), Path.of(b));
    } catch (IOException | SecurityException e) {
      return false; // the input cannot be read or the report not written: opening them will say so
    }
  }

  /** Returns the bytes of a heap of {@code maxHeap} bytes that the index may take. */
  static long indexBudget(long maxHeap) {
    // the command's own buffers take under 16 MB (with --near); leave the JVM a third of the rest
    return Math.max(1 << 20, (maxHeap - (24L << 20)) * 2 / 3);
  }

  /** The most bytes of an index of exact mode, by its number of paragraphs. */
  static final IntToLongFunction PARAGRAPHS = p -> DuplicateIndex.maxBytes(p, 0);
  /** The most bytes of the paragraphs of an index of near mode (which number n-gram owners too). */
  static final IntToLongFunction PARAGRAPHS_NEAR = p -> DuplicateIndex.maxBytes(p, 1);
  /** The most bytes of the n-grams of an index, by their number. */
  static final IntToLongFunction NGRAMS =
      n -> DuplicateIndex.maxBytes(1, n) - DuplicateIndex.maxBytes(1, 0);

  /** Returns the largest capacity whose {@code bytes} fit in {@code budget} (at least 1). */
  static int capacity(long budget, IntToLongFunction bytes) {
    int lo = 1;
    int hi = DuplicateIndex.MAX_CAPACITY;
    while (lo < hi) {
      int mid = (int) (((long) lo + hi + 1) >>> 1);
      if (bytes.applyAsLong(mid) <= budget) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** One run: reads, decodes, streams, and routes each line's bytes to the output or nowhere. */
  private static final class Pass implements DedupStream.Listener {
    private final Terminal io;
    private final InputStream in;
    private final ByteHold hold;
    private final Writer report;
    private final Utf8Decoder decoder = new Utf8Decoder();
    private final StringBuilder line = new StringBuilder(128);
    private final byte[] bytes = new byte[CHUNK];
    private char[] chars = new char[CHUNK + 3];
    /** Subtracted from the byte offsets of the decoder's marks. */
    private long origin;
    /** The decoder's next mark to look at for a line start. */
    private int mark;
    /** Offset, in characters, of {@code chars[0]} in the input. */
    private long charBase;
    private long bytesRead;
    private int state = KEEP;
    private DedupStream stream;
    private final Progress progress;

    Pass(Terminal io, InputStream in, ByteHold hold, Writer report) {
      this.io = io;
      this.in = in;
      this.hold = hold;
      this.report = report;
      this.progress = Progress.of(io, "dedup");
    }

    void run(Deduplicator.Builder settings, ParagraphMode mode, DuplicateIndex index)
        throws IOException {
      int n = 0;
      boolean eof = false;
      if (mode == ParagraphMode.AUTO) { // read the window AUTO looks at, then decide
        while (n < Paragraphs.AUTO_WINDOW && !eof) {
          int r = read();
          eof = r < 0;
          if (chars.length < n + CHUNK + 3) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, n + CHUNK + 3));
          }
          int got = Math.max(r, 0);
          n += decoder.decode(bytes, got, bytesRead - got, chars, n, 0, eof);
        }
        mode = Paragraphs.resolve(CharBuffer.wrap(chars, 0, n), ParagraphMode.AUTO);
      }
      stream = settings.paragraphs(mode).build().stream(index, this);
      while (true) {
        stream.append(chars, 0, n);
        charBase += n;
        showProgress();
        if (eof) {
          break;
        }
        int r = read();
        eof = r < 0;
        int got = Math.max(r, 0);
        origin = bytesRead - got;
        decoder.clearMarks();
        mark = 0;
        n = decoder.decode(bytes, got, origin, chars, 0, origin, eof);
      }
      stream.finish();
      hold.release(bytesRead, state == KEEP);
    }

    /** Reads the next chunk into {@code bytes} and holds it; returns its length or -1. */
    private int read() throws IOException {
      int r = in.read(bytes);
      if (r > 0) {
        hold.append(bytes, 0, r);
        bytesRead += r;
      }
      return r == 0 ? read() : r;
    }

    @Override
    public void lineStart(long position) {
      if (state != HOLD) { // what came before this line belongs to the last paragraph's fate
        int index = (int) (position - charBase);
        while (mark < decoder.marks() && decoder.markChar(mark) < index) {
          mark++;
        }
        if (mark >= decoder.marks() || decoder.markChar(mark) != index) {
          throw new IllegalStateException("line start " + position + " was not marked");
        }
        try {
          hold.release(origin + decoder.markByte(mark), state == KEEP);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    @Override
    public void paragraphStart(long position) {
      state = HOLD;
    }

    @Override
    public void verdict(Verdict v) {
      state = v.removed() ? DROP : KEEP;
      if (v.removed() && report != null) {
        line.setLength(0);
        line.append("{\"start\":").append(v.start()).append(",\"end\":").append(v.end())
            .append(",\"duplicateOf\":{\"start\":").append(v.duplicateOf().start())
            .append(",\"end\":").append(v.duplicateOf().end()).append("},\"kind\":");
        Json.string(line, v.kind().jsonName()).append(",\"similarity\":").append(v.similarity())
            .append("}\n");
        try {
          report.append(line);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    private void showProgress() {
      if (progress.due()) {
        progress.show(String.format(Locale.ROOT, "%,d MB read, %,d paragraphs, %,d removed",
            bytesRead >> 20, stream.paragraphCount(), stream.removedCount()));
      }
    }

    void finishMessages(String name, DuplicateIndex index) {
      progress.end();
      if (decoder.malformed() > 0) {
        io.err.println("propre: warning: " + name + " is not valid UTF-8: " + decoder.malformed()
            + " malformed byte sequence(s) copied unchanged, read as U+FFFD");
      }
      if (stream.notIndexed() > 0) {
        io.err.printf(Locale.ROOT, "propre: warning: the duplicate index filled up at %,d "
            + "paragraphs (sized from the Java heap); %,d later paragraphs could not be "
            + "remembered, so later copies of them were kept. Give Java more heap (-Xmx) to "
            + "remember more.%n", index.maxParagraphs(), stream.notIndexed());
      }
      if (index.refusedNgrams() > 0) {
        io.err.printf(Locale.ROOT, "propre: warning: the n-gram store filled up at %,d n-grams "
            + "(sized from the Java heap); %,d later n-grams could not be remembered, so near "
            + "copies of later paragraphs may have been kept. Give Java more heap (-Xmx) to "
            + "remember more.%n", index.maxNgrams(), index.refusedNgrams());
      }
      if (io.errIsTerminal) {
        io.err.printf(Locale.ROOT, "dedup: %,d paragraphs, %,d removed (%,d of %,d bytes)%n",
            stream.paragraphCount(), stream.removedCount(), hold.dropped(), bytesRead);
      }
    }
  }
}
