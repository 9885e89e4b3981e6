package io.github.propre;

import io.github.propre.clean.Apostrophes;
import io.github.propre.clean.Cleaned;
import io.github.propre.clean.Cleaner;
import io.github.propre.dedup.DedupResult;
import io.github.propre.dedup.Deduplicator;
import io.github.propre.dedup.DuplicateIndex;
import io.github.propre.quote.QuoteExtractor;
import io.github.propre.text.MappedText;
import io.github.propre.text.Paragraph;
import io.github.propre.text.ParagraphMode;
import io.github.propre.text.Paragraphs;
import io.github.propre.token.FrenchTokenizer;
import io.github.propre.token.SentenceSplitter;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;

/**
 * Returns {@link Document}s: cleans a raw text, cuts it into paragraphs, removes duplicate
 * paragraphs, and gives the result's tokens, sentences and quotations, with every offset mapped
 * back to the raw text.
 *
 * <p>The stages, in order: {@linkplain Builder#cleaner cleaning} ({@link Cleaner#defaults()}),
 * {@linkplain Builder#paragraphs paragraphs} ({@link ParagraphMode#AUTO}), {@linkplain
 * Builder#removeDuplicateParagraphs duplicate removal} ({@link Deduplicator#exact()}), then, computed
 * when first asked for, {@linkplain Builder#tokenizer tokens}, {@linkplain Builder#sentenceSplitter
 * sentences} and {@linkplain Builder#quoteExtractor quotations}. Each stage is also usable alone;
 * the pipeline only composes them.
 *
 * <p>Immutable and thread-safe: build one and share it between threads.
 *
 * <pre>{@code
 * Pipeline pipeline = Propre.pipeline()
 *     .apostrophes(Apostrophes.ASCII)
 *     .paragraphs(ParagraphMode.LINE)
 *     .removeDuplicateParagraphs(Deduplicator.near())
 *     .build();
 * Document doc = pipeline.process(raw);
 * }</pre>
 */
public final class Pipeline {
  private static final Pipeline DEFAULTS = new Builder().build();

  private final Cleaner cleaner;
  private final ParagraphMode paragraphMode;
  private final Deduplicator deduplicator; // null: keep duplicates
  private final FrenchTokenizer tokenizer;
  private final SentenceSplitter sentenceSplitter;
  private final QuoteExtractor quoteExtractor;

  private Pipeline(Builder b) {
    this.cleaner = b.cleaner;
    this.paragraphMode = b.paragraphMode;
    this.deduplicator = b.deduplicator;
    this.tokenizer = b.tokenizer;
    this.sentenceSplitter = b.sentenceSplitter;
    this.quoteExtractor = b.quoteExtractor;
  }

  /** Returns the default pipeline, the one {@link Propre#process} runs. */
  public static Pipeline defaults() {
    return DEFAULTS;
  }

  /** Returns a builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder starting from this pipeline's settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.cleaner = cleaner;
    b.paragraphMode = paragraphMode;
    b.deduplicator = deduplicator;
    b.tokenizer = tokenizer;
    b.sentenceSplitter = sentenceSplitter;
    b.quoteExtractor = quoteExtractor;
    return b;
  }

  /**
   * Returns {@code raw} processed by this pipeline.
   *
   * @throws NullPointerException if {@code raw} is null
   */
  public Document process(CharSequence raw) {
    Objects.requireNonNull(raw, "raw");
    return finish(cleaner.clean(raw), null);
  }

  /**
   * Returns {@code raw} processed by this pipeline, its paragraphs also checked against (and added
   * to) {@code index}, which holds the paragraphs of the documents processed before: the way to
   * remove duplicates across a collection. Without a duplicate remover, {@code index} is unused.
   *
   * @throws NullPointerException if an argument is null
   */
  public Document process(CharSequence raw, DuplicateIndex index) {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(index, "index");
    return finish(cleaner.clean(raw), index);
  }

  /**
   * Returns {@code bytes} decoded and processed; the charset is detected (ICU) and the cleaning
   * report says which one was used. The document's raw text is the decoded text.
   *
   * @throws NullPointerException if {@code bytes} is null
   */
  public Document process(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return finish(cleaner.clean(bytes), null);
  }

  /**
   * Returns {@code bytes} decoded with {@code charset} and processed.
   *
   * @throws NullPointerException if an argument is null
   */
  public Document process(byte[] bytes, Charset charset) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(charset, "charset");
    return finish(cleaner.clean(bytes, charset), null);
  }

  private Document finish(Cleaned cleaned, DuplicateIndex index) {
    MappedText text = cleaned.mappedText();
    List<Paragraph> paragraphs = Paragraphs.split(text.text(), paragraphMode);
    DedupResult dedup = null;
    if (deduplicator != null) {
      dedup = index == null
          ? deduplicator.deduplicate(text.text(), paragraphs)
          : deduplicator.deduplicate(text.text(), paragraphs, index);
    }
    return new Document(this, cleaned, paragraphs, dedup);
  }

  Cleaner cleaner() {
    return cleaner;
  }

  FrenchTokenizer tokenizer() {
    return tokenizer;
  }

  SentenceSplitter sentenceSplitter() {
    return sentenceSplitter;
  }

  QuoteExtractor quoteExtractor() {
    return quoteExtractor;
  }

  ParagraphMode paragraphMode() {
    return paragraphMode;
  }

  @Override
  public String toString() {
    return "Pipeline[cleaner=" + cleaner + ", paragraphs=" + paragraphMode + ", duplicates="
        + (deduplicator == null ? "kept" : deduplicator) + "]";
  }

  /**
   * Configures a {@link Pipeline}. Every setting has a default; {@link #build()} checks that the
   * settings agree.
   *
   * <p>Not thread-safe; the pipelines it builds are.
   */
  public static final class Builder {
    private Cleaner cleaner = Cleaner.defaults();
    private Cleaner.Builder cleanerChanges; // set by the cleaning shortcuts
    private boolean cleanerSet;
    private ParagraphMode paragraphMode = ParagraphMode.AUTO;
    private Deduplicator deduplicator = Deduplicator.exact();
    private FrenchTokenizer tokenizer = FrenchTokenizer.standard();
    private SentenceSplitter sentenceSplitter = SentenceSplitter.standard();
    private QuoteExtractor quoteExtractor = QuoteExtractor.standard();

    private Builder() {}

    /**
     * Sets the cleaner (default {@link Cleaner#defaults()}).
     *
     * @throws NullPointerException if {@code cleaner} is null
     */
    public Builder cleaner(Cleaner cleaner) {
      this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
      this.cleanerSet = true;
      return this;
    }

    /**
     * Sets the apostrophe style of the default cleaner: a shortcut for {@code
     * cleaner(Cleaner.builder().apostrophes(style).build())}.
     *
     * @throws NullPointerException if {@code style} is null
     */
    public Builder apostrophes(Apostrophes style) {
      Objects.requireNonNull(style, "apostrophes");
      cleanerChanges().apostrophes(style);
      return this;
    }

    /**
     * Sets whether the default cleaner repairs encoding damage (default true): a shortcut for
     * {@code cleaner(Cleaner.builder().repairEncoding(on).build())}.
     */
    public Builder repairEncoding(boolean on) {
      cleanerChanges().repairEncoding(on);
      return this;
    }

    /** Turns encoding repair on: {@code repairEncoding(true)}. */
    public Builder repairEncoding() {
      return repairEncoding(true);
    }

    /**
     * Sets how the cleaned text is cut into paragraphs (default {@link ParagraphMode#AUTO}).
     *
     * @throws NullPointerException if {@code mode} is null
     */
    public Builder paragraphs(ParagraphMode mode) {
      this.paragraphMode = Objects.requireNonNull(mode, "paragraphs");
      return this;
    }

    /**
     * Sets how duplicate paragraphs are found and removed (default {@link Deduplicator#exact()});
     * its paragraph mode is not used, the pipeline's is.
     *
     * @throws NullPointerException if {@code deduplicator} is null
     */
    public Builder removeDuplicateParagraphs(Deduplicator deduplicator) {
      this.deduplicator = Objects.requireNonNull(deduplicator, "deduplicator");
      return this;
    }

    /** Keeps duplicate paragraphs: no paragraph is removed. */
    public Builder keepDuplicateParagraphs() {
      this.deduplicator = null;
      return this;
    }

    /**
     * Sets the tokenizer (default {@link FrenchTokenizer#standard()}).
     *
     * @throws NullPointerException if {@code tokenizer} is null
     */
    public Builder tokenizer(FrenchTokenizer tokenizer) {
      this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
      return this;
    }

    /**
     * Sets the sentence splitter (default {@link SentenceSplitter#standard()}).
     *
     * @throws NullPointerException if {@code splitter} is null
     */
    public Builder sentenceSplitter(SentenceSplitter splitter) {
      this.sentenceSplitter = Objects.requireNonNull(splitter, "sentenceSplitter");
      return this;
    }

    /**
     * Sets the quotation extractor (default {@link QuoteExtractor#standard()}).
     *
     * @throws NullPointerException if {@code extractor} is null
     */
    public Builder quoteExtractor(QuoteExtractor extractor) {
      this.quoteExtractor = Objects.requireNonNull(extractor, "quoteExtractor");
      return this;
    }

    /**
     * Returns the pipeline.
     *
     * @throws IllegalStateException if both {@link #cleaner} and a cleaning shortcut ({@link
     *     #apostrophes}, {@link #repairEncoding}) were used: say everything in the cleaner
     */
    public Pipeline build() {
      if (cleanerChanges != null) {
        if (cleanerSet) {
          throw new IllegalStateException("cleaner: set either a whole cleaner or the cleaning"
              + " shortcuts (apostrophes, repairEncoding), not both; put the shortcut's setting in"
              + " the cleaner's builder");
        }
        cleaner = cleanerChanges.build();
        cleanerChanges = null;
      }
      return new Pipeline(this);
    }

    private Cleaner.Builder cleanerChanges() {
      if (cleanerChanges == null) {
        cleanerChanges = cleaner.toBuilder();
      }
      return cleanerChanges;
    }
  }
}
