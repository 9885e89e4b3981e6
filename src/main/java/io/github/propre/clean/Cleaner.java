package io.github.propre.clean;

import io.github.propre.text.MappedText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Returns cleaned text: repairs encoding damage and normalizes Unicode, apostrophes, quote marks,
 * spaces and line breaks, recording for every step how offsets move so that any span of the
 * cleaned text maps back to the raw input.
 *
 * <p>The steps run in this order, each one optional:
 *
 * <ol>
 *   <li>unpaired surrogates: {@link Builder#unpairedSurrogates replaced} by U+FFFD (default) or
 *       kept, and counted;
 *   <li>HTML entities ({@link Builder#htmlEntities off} by default): {@code &eacute;}, {@code
 *       &#8217;} and every HTML5 named reference;
 *   <li>encoding repair ({@link Builder#repairEncoding on}): UTF-8 read as windows-1252 or
 *       Latin-1 ({@code Ã©tÃ©} to {@code été}), doubly encoded text, C1 controls standing for
 *       windows-1252 punctuation; text that is already right stays;
 *   <li>Unicode ({@link Builder#normalizeUnicode on}): zero-width characters, BOMs, control
 *       characters and soft hyphens inside words removed, Latin ligatures {@code ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ}
 *       written out, NFC (never NFKC); when this brings the two halves of a mojibake sequence
 *       together, the repair runs again;
 *   <li>line breaks ({@link Builder#normalizeLineBreaks on}): {@code \r\n}, {@code \r}, U+0085,
 *       U+2028, U+2029, VT and FF to {@code \n};
 *   <li>quote marks ({@link Builder#quotes KEEP}): to guillemets, straight or English quotes;
 *   <li>apostrophes ({@link Builder#apostrophes TYPOGRAPHIC}): every look-alike used as an
 *       apostrophe becomes {@code ’} (or {@code '});
 *   <li>spaces ({@link Builder#spaces KEEP}): French no-break spaces or plain spaces; then {@link
 *       Builder#trimLines trimming} of line ends and {@link Builder#collapseSpaces collapsing} of
 *       space runs (both off).
 * </ol>
 *
 * <p>Text that needs none of the default steps (NFC, typographic apostrophes, {@code \n} line
 * ends, no invisible or control characters, no mojibake) comes back unchanged with the identity
 * map, and a step that finds nothing to do allocates nothing. Every step runs in time linear in the
 * length of the text. Cleaning is idempotent: cleaning the output again changes nothing (a step
 * leaves a mark or a space as it is where, written, it would read as mojibake with its neighbours,
 * and when a later step changes those neighbours the steps run again, three times at most).
 *
 * <p>Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * Cleaned c = Cleaner.defaults().clean("lâ€™Ã©tÃ© de l'AES");
 * c.text();                       // "l’été de l’AES"
 * c.rawSpan(2, 5).textIn(c.raw()); // "Ã©tÃ©"
 *
 * Cleaner french = Cleaner.builder()
 *     .quotes(Quotes.GUILLEMETS)
 *     .spaces(Spaces.FRENCH)
 *     .build();
 * french.clean("Il a dit \"oui\"!").text();  // "Il a dit « oui »\u202F!" with U+202F in « »
 * }</pre>
 */
public final class Cleaner {
  private static final Cleaner DEFAULTS = new Builder().build();
  /** Runs of the steps over one text at most (see {@link #run}). */
  static final int MAX_PASSES = 3;

  private final boolean repairEncoding;
  private final boolean htmlEntities;
  private final boolean normalizeLineBreaks;
  private final boolean normalizeUnicode;
  private final Apostrophes apostrophes;
  private final Quotes quotes;
  private final QuoteSpace quoteSpace;
  private final boolean quoteSpaceSet;
  private final Spaces spaces;
  private final boolean trimLines;
  private final boolean collapseSpaces;
  private final Malformed unpairedSurrogates;
  private final Malformed undecodableBytes;
  private final Step[] steps;
  private final int triggers; // every Triggers bit some step asks a scan about

  private Cleaner(Builder b) {
    this.repairEncoding = b.repairEncoding;
    this.htmlEntities = b.htmlEntities;
    this.normalizeLineBreaks = b.normalizeLineBreaks;
    this.normalizeUnicode = b.normalizeUnicode;
    this.apostrophes = b.apostrophes;
    this.quotes = b.quotes;
    this.quoteSpaceSet = b.quoteSpace != null;
    this.quoteSpace = b.quoteSpace != null ? b.quoteSpace
        : b.spaces == Spaces.PLAIN ? QuoteSpace.SPACE : QuoteSpace.NNBSP;
    this.spaces = b.spaces;
    this.trimLines = b.trimLines;
    this.collapseSpaces = b.collapseSpaces;
    this.unpairedSurrogates = b.unpairedSurrogates;
    this.undecodableBytes = b.undecodableBytes;

    List<Step> s = new ArrayList<>();
    s.add(new SurrogateStep(unpairedSurrogates));
    if (htmlEntities) {
      s.add(new HtmlEntityStep(normalizeUnicode));
    }
    Step[] unicode = normalizeUnicode
        ? new Step[] {new InvisiblesStep(), new C1ControlStep(), new SoftHyphenStep(),
            new LigatureStep(), new NfcStep()}
        : new Step[0];
    if (repairEncoding) {
      // The clean-up runs on repaired text, and the repair again on what the clean-up brought
      // together ("Ã" + U+200B + "©", a decoded BOM between two halves).
      s.add(new RepairStage(unicode));
    } else {
      s.addAll(List.of(unicode));
    }
    if (normalizeLineBreaks) {
      s.add(new LineBreakStep());
    }
    if (quotes != Quotes.KEEP) {
      s.add(new QuoteStep(quotes, quoteSpace));
    }
    if (apostrophes != Apostrophes.KEEP) {
      // After the quote marks: straight quotes lose their direction, which the apostrophe after
      // an elided word looks at (l'"huile" but l’" a).
      s.add(new ApostropheStep(apostrophes));
    }
    if (spaces != Spaces.KEEP) {
      s.add(new SpacePolicyStep(spaces));
    }
    if (trimLines) {
      s.add(new TrimLinesStep());
    }
    if (collapseSpaces) {
      s.add(new CollapseSpacesStep());
    }
    this.steps = s.toArray(new Step[0]);
    int t = 0;
    for (Step step : steps) {
      t |= step.scanned();
    }
    this.triggers = t;
  }

  /**
   * Returns the default cleaner: encoding repair, line breaks to {@code \n}, Unicode clean-up and
   * NFC, typographic apostrophes; quote marks, HTML entities and spaces untouched.
   */
  public static Cleaner defaults() {
    return DEFAULTS;
  }

  /** Returns a builder starting from the {@link #defaults() defaults}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder starting from this cleaner's settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.repairEncoding = repairEncoding;
    b.htmlEntities = htmlEntities;
    b.normalizeLineBreaks = normalizeLineBreaks;
    b.normalizeUnicode = normalizeUnicode;
    b.apostrophes = apostrophes;
    b.quotes = quotes;
    b.quoteSpace = quoteSpaceSet ? quoteSpace : null;
    b.spaces = spaces;
    b.trimLines = trimLines;
    b.collapseSpaces = collapseSpaces;
    b.unpairedSurrogates = unpairedSurrogates;
    b.undecodableBytes = undecodableBytes;
    return b;
  }

  /**
   * Returns {@code raw} cleaned, with the map from the cleaned text back to {@code raw} and the
   * report of what changed.
   *
   * @throws NullPointerException if {@code raw} is null
   */
  public Cleaned clean(CharSequence raw) {
    Objects.requireNonNull(raw, "raw");
    String text = raw.toString();
    Tally tally = new Tally();
    MappedText result = run(text, Scan.of(text, triggers), tally);
    return new Cleaned(text, result, new CleaningReport(tally.counts, null, CharsetSource.NONE, -1));
  }

  /**
   * Returns {@code raw} cleaned by running every step over every char, as {@link
   * #clean(CharSequence)} did before it learnt to skip: the reference the fast path is tested
   * against.
   */
  Cleaned cleanStepByStep(CharSequence raw) {
    String text = raw.toString();
    Tally tally = new Tally();
    MappedText result = run(text, Scan.full(text), tally);
    return new Cleaned(text, result, new CleaningReport(tally.counts, null, CharsetSource.NONE, -1));
  }

  /**
   * Returns {@code bytes} decoded and cleaned. The charset is the one a byte order mark names, else
   * UTF-8 if the bytes are valid UTF-8, else the one ICU's detector finds (Latin-1 read as
   * windows-1252); the report says which and how. Offsets map into the decoded text, {@link
   * Cleaned#raw()}.
   *
   * @throws NullPointerException if {@code bytes} is null
   */
  public Cleaned clean(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return decodeAndClean(bytes, null);
  }

  /**
   * Returns {@code bytes} decoded in {@code charset} and cleaned; bytes invalid in that charset are
   * kept or replaced as {@link Builder#undecodableBytes configured}, and counted.
   *
   * @throws NullPointerException if an argument is null
   */
  public Cleaned clean(byte[] bytes, Charset charset) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(charset, "charset");
    return decodeAndClean(bytes, charset);
  }

  /**
   * Returns a reader of {@code in} in the charset its first 64 KiB show (a byte order mark, valid
   * UTF-8, or ICU's detection), with undecodable bytes handled as configured. The reader does not
   * clean: give what it reads to {@link #clean(CharSequence)}, in pieces if the input is large.
   *
   * @throws NullPointerException if {@code in} is null
   * @throws IOException if reading the first bytes fails
   */
  public DecodingReader reader(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return DecodingReader.of(in, (Charset) null, undecodableBytes);
  }

  /**
   * Returns a reader of {@code in} in {@code charset}, with undecodable bytes handled as
   * configured.
   *
   * @throws NullPointerException if an argument is null
   * @throws IOException if reading the first bytes fails
   */
  public DecodingReader reader(InputStream in, Charset charset) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(charset, "charset");
    return DecodingReader.of(in, charset, undecodableBytes);
  }

  private Cleaned decodeAndClean(byte[] bytes, Charset charset) {
    String text;
    CleaningReport decoding;
    try (DecodingReader r = charset != null
        ? DecodingReader.of(new ByteArrayInputStream(bytes), charset, undecodableBytes)
        : DecodingReader.of(new ByteArrayInputStream(bytes),
            CharsetSniffer.sniff(bytes, bytes.length, true), undecodableBytes)) {
      text = r.readAll();
      decoding = r.report();
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory cannot fail", e);
    }
    Tally tally = new Tally();
    MappedText result = run(text, Scan.of(text, triggers), tally);
    CleaningReport report = decoding.plus(
        new CleaningReport(tally.counts, null, CharsetSource.NONE, -1));
    return new Cleaned(text, result, report);
  }

  /**
   * Runs the steps on {@code text}, of which {@code scan} is a scan. A step the scan shows nothing
   * for is skipped (it would change nothing); after a step changes the text, the next one to run
   * gets a new scan.
   *
   * <p>A step may leave a mark or a space as it was because, written, it would read as mojibake
   * next to its neighbours ({@code Ã} then {@code ”} reads as {@code Ô}), and a later step may then
   * change those neighbours (remove a trailing space, decode {@code &nbsp;}), so that cleaning the
   * output again would write it. When a step held something back and the text changed, the steps
   * run again on their output, at most {@value #MAX_PASSES} times in all, so that cleaning stays
   * idempotent. Text with nothing held back (almost all text) runs once.
   */
  private MappedText run(String text, Scan scan, Tally tally) {
    MappedText result = null;
    String current = text;
    Scan currentScan = scan;
    for (int pass = 1; ; pass++) {
      tally.heldBack = false;
      StepChain chain = new StepChain(current, currentScan);
      for (Step step : steps) {
        chain.run(step, tally);
      }
      MappedText changed = chain.result();
      if (changed == null) {
        break;
      }
      result = result == null ? changed : result.then(changed);
      current = changed.text();
      if (!tally.heldBack || pass == MAX_PASSES) {
        break;
      }
      currentScan = scan.of(current);
    }
    return result == null ? MappedText.unchanged(text) : result;
  }

  /** Returns true if encoding damage is repaired. */
  public boolean repairEncoding() {
    return repairEncoding;
  }

  /** Returns true if HTML entities are decoded. */
  public boolean htmlEntities() {
    return htmlEntities;
  }

  /** Returns true if line breaks become {@code \n}. */
  public boolean normalizeLineBreaks() {
    return normalizeLineBreaks;
  }

  /** Returns true if the Unicode clean-up and NFC run. */
  public boolean normalizeUnicode() {
    return normalizeUnicode;
  }

  /** Returns the apostrophe style. */
  public Apostrophes apostrophes() {
    return apostrophes;
  }

  /** Returns what happens to quote marks. */
  public Quotes quotes() {
    return quotes;
  }

  /** Returns the space put inside guillemets (chosen, or the one that fits the space policy). */
  public QuoteSpace quoteSpace() {
    return quoteSpace;
  }

  /** Returns the space policy. */
  public Spaces spaces() {
    return spaces;
  }

  /** Returns true if spaces at the start and end of lines are removed. */
  public boolean trimLines() {
    return trimLines;
  }

  /** Returns true if runs of spaces become one space. */
  public boolean collapseSpaces() {
    return collapseSpaces;
  }

  /** Returns what happens to unpaired surrogates. */
  public Malformed unpairedSurrogates() {
    return unpairedSurrogates;
  }

  /** Returns what happens to undecodable bytes. */
  public Malformed undecodableBytes() {
    return undecodableBytes;
  }

  @Override
  public String toString() {
    return "Cleaner[repairEncoding=" + repairEncoding + ", htmlEntities=" + htmlEntities
        + ", normalizeLineBreaks=" + normalizeLineBreaks + ", normalizeUnicode=" + normalizeUnicode
        + ", apostrophes=" + apostrophes + ", quotes=" + quotes + ", quoteSpace=" + quoteSpace
        + ", spaces=" + spaces + ", trimLines=" + trimLines + ", collapseSpaces=" + collapseSpaces
        + ", unpairedSurrogates=" + unpairedSurrogates + ", undecodableBytes=" + undecodableBytes
        + "]";
  }

  /**
   * Configures a {@link Cleaner}. Starts from the defaults; each method sets one setting and
   * returns this builder. Null arguments are refused at once; settings that contradict each other
   * are refused by {@link #build()}.
   *
   * <p>Not thread-safe: use a builder from one thread, then share the cleaner it builds.
   *
   * <pre>{@code
   * Cleaner c = Cleaner.builder()
   *     .htmlEntities(true)
   *     .apostrophes(Apostrophes.ASCII)
   *     .spaces(Spaces.PLAIN)
   *     .collapseSpaces(true)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private boolean repairEncoding = true;
    private boolean htmlEntities = false;
    private boolean normalizeLineBreaks = true;
    private boolean normalizeUnicode = true;
    private Apostrophes apostrophes = Apostrophes.TYPOGRAPHIC;
    private Quotes quotes = Quotes.KEEP;
    private QuoteSpace quoteSpace; // null: the one that fits the space policy
    private Spaces spaces = Spaces.KEEP;
    private boolean trimLines = false;
    private boolean collapseSpaces = false;
    private Malformed unpairedSurrogates = Malformed.REPLACE;
    private Malformed undecodableBytes = Malformed.KEEP;

    private Builder() {}

    /** Sets whether mojibake and C1 controls are repaired (default true). */
    public Builder repairEncoding(boolean on) {
      this.repairEncoding = on;
      return this;
    }

    /** Sets whether HTML character references are decoded (default false). */
    public Builder htmlEntities(boolean on) {
      this.htmlEntities = on;
      return this;
    }

    /** Sets whether every line break becomes {@code \n} (default true). */
    public Builder normalizeLineBreaks(boolean on) {
      this.normalizeLineBreaks = on;
      return this;
    }

    /**
     * Sets whether zero-width and control characters, BOMs and soft hyphens inside words are
     * removed, ligatures written out, and the text put in NFC (default true).
     */
    public Builder normalizeUnicode(boolean on) {
      this.normalizeUnicode = on;
      return this;
    }

    /**
     * Sets the apostrophe style (default {@link Apostrophes#TYPOGRAPHIC}).
     *
     * @throws NullPointerException if {@code style} is null
     */
    public Builder apostrophes(Apostrophes style) {
      this.apostrophes = Objects.requireNonNull(style, "apostrophes");
      return this;
    }

    /**
     * Sets what happens to quote marks (default {@link Quotes#KEEP}).
     *
     * @throws NullPointerException if {@code quotes} is null
     */
    public Builder quotes(Quotes quotes) {
      this.quotes = Objects.requireNonNull(quotes, "quotes");
      return this;
    }

    /**
     * Sets the space inside guillemets for {@link Quotes#GUILLEMETS} (default: {@link
     * QuoteSpace#NNBSP}, or {@link QuoteSpace#SPACE} with {@link Spaces#PLAIN}).
     *
     * @throws NullPointerException if {@code space} is null
     */
    public Builder quoteSpace(QuoteSpace space) {
      this.quoteSpace = Objects.requireNonNull(space, "quoteSpace");
      return this;
    }

    /**
     * Sets the space policy (default {@link Spaces#KEEP}).
     *
     * @throws NullPointerException if {@code spaces} is null
     */
    public Builder spaces(Spaces spaces) {
      this.spaces = Objects.requireNonNull(spaces, "spaces");
      return this;
    }

    /** Sets whether spaces and tabs at the start and end of lines are removed (default false). */
    public Builder trimLines(boolean on) {
      this.trimLines = on;
      return this;
    }

    /** Sets whether runs of spaces become one space (default false). */
    public Builder collapseSpaces(boolean on) {
      this.collapseSpaces = on;
      return this;
    }

    /**
     * Sets what happens to unpaired UTF-16 surrogates (default {@link Malformed#REPLACE}: no
     * encoder can write them).
     *
     * @throws NullPointerException if {@code policy} is null
     */
    public Builder unpairedSurrogates(Malformed policy) {
      this.unpairedSurrogates = Objects.requireNonNull(policy, "unpairedSurrogates");
      return this;
    }

    /**
     * Sets what happens to bytes invalid in their charset (default {@link Malformed#KEEP}: each
     * becomes its windows-1252 character, so stray Latin-1 bytes in UTF-8 come out right).
     *
     * @throws NullPointerException if {@code policy} is null
     */
    public Builder undecodableBytes(Malformed policy) {
      this.undecodableBytes = Objects.requireNonNull(policy, "undecodableBytes");
      return this;
    }

    /**
     * Returns the cleaner.
     *
     * @throws IllegalStateException if a quote space was chosen without {@link Quotes#GUILLEMETS},
     *     or one the space policy would undo ({@link Spaces#FRENCH} puts U+202F inside guillemets;
     *     {@link Spaces#PLAIN} turns no-break spaces into plain ones)
     */
    public Cleaner build() {
      if (quoteSpace != null && quotes != Quotes.GUILLEMETS) {
        throw new IllegalStateException("quoteSpace(" + quoteSpace + ") needs quotes(GUILLEMETS), got"
            + " quotes(" + quotes + ")");
      }
      if (quoteSpace != null && spaces == Spaces.FRENCH && quoteSpace != QuoteSpace.NNBSP) {
        throw new IllegalStateException("quoteSpace(" + quoteSpace + ") conflicts with spaces(FRENCH),"
            + " which puts U+202F inside guillemets; expected quoteSpace(NNBSP) or no quoteSpace");
      }
      if (quoteSpace != null && spaces == Spaces.PLAIN
          && (quoteSpace == QuoteSpace.NBSP || quoteSpace == QuoteSpace.NNBSP)) {
        throw new IllegalStateException("quoteSpace(" + quoteSpace + ") conflicts with spaces(PLAIN),"
            + " which turns it into a plain space; expected quoteSpace(NONE) or quoteSpace(SPACE)");
      }
      return new Cleaner(this);
    }
  }
}
