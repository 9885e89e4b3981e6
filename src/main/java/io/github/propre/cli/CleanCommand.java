package io.github.propre.cli;

import io.github.propre.clean.Apostrophes;
import io.github.propre.clean.Change;
import io.github.propre.clean.CharsetSource;
import io.github.propre.clean.Cleaned;
import io.github.propre.clean.Cleaner;
import io.github.propre.clean.CleaningReport;
import io.github.propre.clean.DecodingReader;
import io.github.propre.clean.Malformed;
import io.github.propre.clean.QuoteSpace;
import io.github.propre.clean.Quotes;
import io.github.propre.clean.Spaces;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code propre clean [options] [FILE]}: prints the cleaned text.
 *
 * <p>The input is cleaned in pieces of about a megabyte cut after a line break, so files larger
 * than the heap stream through; a line longer than that is cut between two ASCII letters.
 */
final class CleanCommand implements Command {
  /** Characters read before a piece is cleaned and written. */
  static final int PIECE = 1 << 20;

  private static final Set<String> VALUED = Set.of("apostrophes", "quotes", "quote-space",
      "spaces", "charset", "undecodable", "report");
  private static final Set<String> FLAGS = Set.of("no-repair-encoding", "html-entities",
      "no-line-breaks", "no-unicode", "collapse-spaces", "trim", "summary");

  @Override
  public String name() {
    return "clean";
  }

  @Override
  public String summary() {
    return "repair encoding, normalize Unicode, apostrophes, quotes and spaces";
  }

  @Override
  public String help() {
    return """
        Usage: propre clean [OPTIONS] [FILE]

        Prints FILE (or standard input) cleaned. The default steps repair mojibake
        (Ã© -> é, â€™ -> ’), turn line breaks into \\n, remove zero-width and control
        characters, soft hyphens and ligatures, normalize to NFC and write every
        apostrophe as ’. The other steps are opt-in.

        Steps:
          --no-repair-encoding     leave mojibake and C1 controls as they are
          --html-entities          decode &eacute; &#8217; and every HTML5 entity
          --no-line-breaks         leave \\r\\n, \\r, U+0085, U+2028, U+2029 as they are
          --no-unicode             no NFC, keep invisible characters and ligatures
          --apostrophes STYLE      typographic (’, default), ascii (') or keep
          --quotes STYLE           keep (default), guillemets (« … »), straight ("…")
                                   or english (“…”)
          --quote-space SPACE      inside « » with --quotes guillemets: none, space,
                                   nbsp or nnbsp (default nnbsp; space with --spaces plain)
          --spaces POLICY          keep (default); french: U+202F before ; ! ? and
                                   inside « », U+00A0 before :; plain: every space
                                   becomes U+0020
          --trim                   remove spaces and tabs at the start and end of lines
          --collapse-spaces        turn runs of spaces into one space

        Input and report:
          --charset NAME           utf-8 (default), auto (byte order mark, valid UTF-8,
                                   else ICU detection, said on standard error) or
                                   any charset Java knows
          --undecodable POLICY     keep (default: an invalid byte becomes its
                                   windows-1252 character) or replace (by U+FFFD)
          --report FILE            write what changed as one JSON object
          --summary                print what changed on standard error

        Report keys: "charset", "charsetSource", "changes" (counts by kind, such as
        "mojibakeRepaired", "apostrophesNormalized").

        Exit codes: 0 success, 2 usage error or unreadable input, 1 internal error.
        """;
  }

  @Override
  public int run(List<String> argv, Terminal io) throws UsageException, IOException {
    Args args = Args.parse(argv, VALUED, FLAGS);
    Cleaner cleaner = cleaner(args);
    Charset charset = charset(args.value("charset", "utf-8"));
    String file = args.optionalFile();
    String reportFile = args.value("report");
    Writer report = reportFile == null ? null : Terminal.createFile(reportFile);
    CleaningReport total;
    String name = file == null ? "standard input" : file;
    try (InputStream in = io.openBytes(file);
        DecodingReader reader = charset == null ? cleaner.reader(in) : cleaner.reader(in, charset)) {
      total = stream(reader, cleaner, io);
      total = reader.report().plus(total);
    }
    if (total.charsetSource() == CharsetSource.DETECTED) {
      // The bytes were not UTF-8 and named no charset: say what detection chose, and how sure it
      // was, so that a wrong guess (stray bytes in a UTF-8 file look like windows-1252) is seen.
      io.err.println("propre: " + name + " is not valid UTF-8: read as "
          + total.charset().orElseThrow().name() + " (ICU detection, confidence "
          + total.charsetConfidence() + ")"
          + (total.charsetConfidence() < SURE_DETECTION
              ? "; if the output looks wrong, name the charset with --charset" : ""));
    }
    long undecodable = undecodable(total);
    if (undecodable > 0) {
      io.err.println("propre: warning: " + name + " is not valid " + total.charset().orElseThrow()
          .name() + ": " + undecodable + " undecodable byte(s) "
          + (cleaner.undecodableBytes() == Malformed.KEEP ? "kept as windows-1252 characters"
          : "replaced by U+FFFD"));
    }
    if (report != null) {
      try (Writer w = report) {
        w.write(json(total));
        w.write('\n');
      }
    }
    if (args.flag("summary")) {
      io.err.println("propre: " + total);
    }
    return Main.OK;
  }

  /** ICU confidence (0 to 100) below which the CLI suggests naming the charset. */
  static final int SURE_DETECTION = 50;

  private static long undecodable(CleaningReport r) {
    return (long) r.count(Change.UNDECODABLE_BYTES_KEPT) + r.count(Change.UNDECODABLE_BYTES_REPLACED);
  }

  /** Cleans the input piece by piece, writing each piece as soon as it is clean. */
  private static CleaningReport stream(DecodingReader reader, Cleaner cleaner, Terminal io)
      throws IOException {
    Progress progress = Progress.of(io, "clean");
    CleaningReport total = CleaningReport.empty();
    char[] buf = new char[PIECE + (PIECE >> 2)];
    int filled = 0;
    long done = 0;
    boolean eof = false;
    while (!eof || filled > 0) {
      while (!eof && filled < PIECE) {
        int r = reader.read(buf, filled, buf.length - filled);
        if (r < 0) {
          eof = true;
        } else {
          filled += r;
        }
      }
      int cut = eof ? filled : cut(buf, filled);
      Cleaned cleaned = cleaner.clean(CharBuffer.wrap(buf, 0, cut));
      io.out.write(cleaned.text());
      total = total.plus(cleaned.report());
      System.arraycopy(buf, cut, buf, 0, filled - cut);
      filled -= cut;
      done += cut;
      if (progress.due()) {
        progress.show(String.format(Locale.ROOT, "%,d M characters cleaned", done >> 20));
      }
    }
    progress.end();
    return total;
  }

  /**
   * Returns where to end a piece of {@code buf[0, filled)}: after its last {@code \n}, else between
   * two ASCII letters (no step looks across such a boundary), else everything but a trailing high
   * surrogate or {@code \r}.
   */
  static int cut(char[] buf, int filled) {
    for (int i = filled - 1; i > 0; i--) {
      if (buf[i - 1] == '\n') {
        return i;
      }
    }
    for (int i = filled - 1; i > 0; i--) {
      if (isAsciiLetter(buf[i - 1]) && isAsciiLetter(buf[i])) {
        return i;
      }
    }
    int end = filled;
    while (end > 1 && (Character.isHighSurrogate(buf[end - 1]) || buf[end - 1] == '\r')) {
      end--;
    }
    return end;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static Cleaner cleaner(Args args) throws UsageException {
    Cleaner.Builder b = Cleaner.builder()
        .repairEncoding(!args.flag("no-repair-encoding"))
        .htmlEntities(args.flag("html-entities"))
        .normalizeLineBreaks(!args.flag("no-line-breaks"))
        .normalizeUnicode(!args.flag("no-unicode"))
        .trimLines(args.flag("trim"))
        .collapseSpaces(args.flag("collapse-spaces"));
    b.apostrophes(Apostrophes.of(args.choice("apostrophes", "typographic", Apostrophes.names())));
    b.quotes(Quotes.of(args.choice("quotes", "keep", Quotes.names())));
    b.spaces(Spaces.of(args.choice("spaces", "keep", Spaces.names())));
    b.undecodableBytes(Malformed.of(args.choice("undecodable", "keep", Malformed.names())));
    String quoteSpace = args.choice("quote-space", null, QuoteSpace.names());
    if (quoteSpace != null) {
      b.quoteSpace(QuoteSpace.of(quoteSpace));
    }
    try {
      return b.build();
    } catch (IllegalStateException e) {
      // The builder names settings as the API does; say it with the option names.
      throw new UsageException(e.getMessage()
          .replace("quoteSpace(", "--quote-space (").replace("quotes(", "--quotes (")
          .replace("spaces(", "--spaces (").toLowerCase(Locale.ROOT));
    }
  }

  /** Returns the charset named on the command line, or null for {@code auto}. */
  private static Charset charset(String name) throws UsageException {
    if (name.equalsIgnoreCase("auto")) {
      return null;
    }
    try {
      if (Charset.isSupported(name)) {
        return Charset.forName(name);
      }
    } catch (IllegalCharsetNameException e) {
      // reported below
    }
    throw new UsageException("option --charset: expected auto or a charset name such as utf-8,"
        + " windows-1252, iso-8859-1 or utf-16, got '" + name + "'");
  }

  /** Returns the report as one JSON object (keys and charset names are plain ASCII). */
  static String json(CleaningReport r) {
    StringBuilder sb = new StringBuilder("{\"charset\":");
    sb.append(r.charset().map(c -> "\"" + c.name() + "\"").orElse("null"));
    sb.append(",\"charsetSource\":\"").append(camel(r.charsetSource().name())).append('"');
    if (r.charsetConfidence() >= 0) {
      sb.append(",\"charsetConfidence\":").append(r.charsetConfidence());
    }
    sb.append(",\"changes\":{");
    boolean first = true;
    for (Map.Entry<Change, Integer> e : r.counts().entrySet()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      sb.append('"').append(camel(e.getKey().name())).append("\":").append(e.getValue());
    }
    return sb.append("}}").toString();
  }

  /** Returns {@code MOJIBAKE_REPAIRED} as {@code mojibakeRepaired}. */
  static String camel(String constant) {
    StringBuilder sb = new StringBuilder();
    boolean upper = false;
    for (char c : constant.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        sb.append(upper ? c : Character.toLowerCase(c));
        upper = false;
      }
    }
    return sb.toString();
  }
}
