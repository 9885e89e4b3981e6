package io.github.propre.dedup;

import io.github.propre.internal.ChunkedList;
import io.github.propre.internal.ParagraphSpans;
import io.github.propre.text.Paragraph;
import io.github.propre.text.ParagraphMode;
import io.github.propre.text.Paragraphs;
import io.github.propre.text.Span;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Removes repeated paragraphs from French text, deterministically, and reports every removal.
 *
 * <p><b>Exact duplicates</b> (the default): two paragraphs are copies when their keys are equal.
 * The key (version {@value #KEY_VERSION}) is the paragraph after ICU NFKC case folding, with one
 * form for every apostrophe, quote mark, dash and space, white space collapsed and dropped at the
 * ends, next to quote marks and before {@code ? ! ; :}: {@code L’AES « alliée »} and
 * {@code l'AES "alliée"} are copies. Keys are hashed to 64 bits as the text is read; no key string
 * is ever built or kept.
 *
 * <p><b>Near duplicates</b> (opt-in, {@link #near()}): Onion's rule on Propre's own tokens. A
 * paragraph goes when more than {@link #threshold()} of its word n-grams (runs of {@link #ngram()}
 * consecutive words, numbers, URLs, mentions and hashtags, as {@link
 * io.github.propre.token.FrenchTokenizer} cuts them, each word in its exact-key form) were already
 * seen in kept paragraphs; only kept paragraphs feed the store. Exact copies are still caught first
 * and reported as exact. The defaults, {@value #DEFAULT_NGRAM}-grams and more than
 * {@value #DEFAULT_THRESHOLD}, are the settings corpus builders have used with Onion (word
 * 7-tuples, "more than 50%"). They are also what the arithmetic asks for: one word changed in a
 * paragraph of {@code w} words spoils at most 7 of its {@code w - 6} n-grams, so an edited copy stays
 * above half once {@code w > 20}, and a short sentence of {@code k} words appended adds only
 * {@code k} new n-grams; two paragraphs that share more than half of their 7-word sequences are
 * copies in any prose. (Onion's 2023 fork defaults to 10-grams and 0.9, which lets a one-word edit
 * of a 30-word paragraph through: 11 of its 21 10-grams survive.) The near test reads the first
 * 2<sup>20</sup> characters of a paragraph.
 *
 * <p><b>Short paragraphs</b>, whose key has fewer than {@link #minChars()} code points (default
 * {@value #DEFAULT_MIN_CHARS}), are never removed and never remembered: {@code — Oui.} repeats
 * legitimately.
 *
 * <p><b>Which copies go</b> is the {@link DuplicatePolicy}: the first copy is kept by default. Order
 * is preserved; nothing but removed paragraphs leaves the text (see {@link DedupResult} for exactly
 * what goes with a paragraph). Results depend only on the input, its order and these settings.
 *
 * <p><b>Across documents</b>, pass the same caller-owned {@link DuplicateIndex} to each call; it has
 * a fixed capacity. <b>Larger than memory</b>: {@link #stream} reads a text in pieces.
 *
 * <p>Immutable and thread-safe: share one instance between all threads.
 *
 * <pre>{@code
 * Deduplicator dedup = Deduplicator.exact();
 * DedupResult r = dedup.deduplicate(article);
 * r.text();                 // the article without its repeated paragraphs
 * r.removed().get(0).duplicateOf();   // where the kept copy lies
 *
 * Deduplicator near = Deduplicator.near();          // 7-grams, more than half seen
 * Deduplicator mine = Deduplicator.builder()
 *     .minChars(30)
 *     .policy(DuplicatePolicy.allowRepeats(1))
 *     .paragraphs(ParagraphMode.BLANK_LINE)
 *     .build();
 * }</pre>
 */
public final class Deduplicator {

  /** The version of the exact key's definition; it changes whenever a key could change. */
  public static final int KEY_VERSION = 2;

  /** Paragraphs whose key is shorter than this many code points are never removed by default. */
  public static final int DEFAULT_MIN_CHARS = 50;

  /** The default n-gram length of near mode, in words. */
  public static final int DEFAULT_NGRAM = 7;

  /** The default share of seen n-grams above which near mode removes a paragraph. */
  public static final double DEFAULT_THRESHOLD = 0.5;

  /** The longest n-gram near mode accepts. */
  public static final int MAX_NGRAM = 32;

  private static final Deduplicator EXACT = new Builder().build();
  private static final Deduplicator NEAR = new Builder().near().build();

  private final boolean near;
  private final int ngram;
  private final double threshold;
  private final int minChars;
  private final DuplicatePolicy policy;
  private final ParagraphMode paragraphMode;

  private Deduplicator(Builder b) {
    this.near = b.near;
    this.ngram = b.ngram == 0 ? DEFAULT_NGRAM : b.ngram;
    this.threshold = Double.isNaN(b.threshold) ? DEFAULT_THRESHOLD : b.threshold;
    this.minChars = b.minChars < 0 ? DEFAULT_MIN_CHARS : b.minChars;
    this.policy = b.policy == null ? DuplicatePolicy.keepFirst() : b.policy;
    this.paragraphMode = b.paragraphs == null ? ParagraphMode.AUTO : b.paragraphs;
  }

  /**
   * Returns the default deduplicator: exact keys, first copy kept, paragraphs of
   * {@value #DEFAULT_MIN_CHARS} characters or more, paragraph mode {@link ParagraphMode#AUTO}.
   */
  public static Deduplicator exact() {
    return EXACT;
  }

  /**
   * Returns the default near-duplicate deduplicator: as {@link #exact()}, and also removes a
   * paragraph when more than {@value #DEFAULT_THRESHOLD} of its word {@value #DEFAULT_NGRAM}-grams
   * were already seen.
   */
  public static Deduplicator near() {
    return NEAR;
  }

  /** Returns a builder that starts from the defaults of {@link #exact()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from these settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.near = near;
    b.ngram = near ? ngram : 0;
    b.threshold = near ? threshold : Double.NaN;
    b.minChars = minChars;
    b.policy = policy;
    b.paragraphs = paragraphMode;
    return b;
  }

  /** Returns true if near duplicates are removed too. */
  public boolean isNear() {
    return near;
  }

  /** Returns the n-gram length, in words, of near mode. */
  public int ngram() {
    return ngram;
  }

  /** Returns the share of seen n-grams above which near mode removes a paragraph. */
  public double threshold() {
    return threshold;
  }

  /** Returns the key length below which a paragraph is never removed. */
  public int minChars() {
    return minChars;
  }

  /** Returns which copies of a repeated paragraph survive. */
  public DuplicatePolicy policy() {
    return policy;
  }

  /** Returns how texts are cut into paragraphs. */
  public ParagraphMode paragraphMode() {
    return paragraphMode;
  }

  /**
   * Returns the 64-bit exact key of {@code text} (key version {@value #KEY_VERSION}): equal for two
   * texts that differ only by case, compatibility forms, apostrophes, quote marks, dashes or spaces.
   */
  public static long exactKey(CharSequence text) {
    Objects.requireNonNull(text, "text");
    KeyHasher h = new KeyHasher();
    h.add(text, 0, text.length());
    return h.finish();
  }

  /** Returns {@code text} without its repeated paragraphs; nothing is remembered after the call. */
  public DedupResult deduplicate(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (!(text instanceof String s)) {
      return deduplicate(text, Paragraphs.split(text, paragraphMode));
    }
    // The paragraphs' text is copied only if the caller asks for it (most want the output or the removals).
    ParagraphSpans spans = ParagraphSpans.of(s, paragraphMode);
    int[] starts = Arrays.copyOf(spans.starts(), spans.count());
    int[] ends = Arrays.copyOf(spans.ends(), spans.count());
    return run(s, starts, ends, new LazyParagraphs(s, starts, ends), forOneText(s, starts.length));
  }

  /**
   * Returns {@code text} without the repeated ones among {@code paragraphs}, which the caller cut
   * (the paragraph mode is then unused); nothing is remembered after the call.
   *
   * @throws IllegalArgumentException if the spans are not in order, overlap, or lie outside
   *     {@code text}
   */
  public DedupResult deduplicate(CharSequence text, List<Paragraph> paragraphs) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(paragraphs, "paragraphs");
    return deduplicate(text, paragraphs, forOneText(text, paragraphs.size()));
  }

  /** Returns an index for the paragraphs of one text, nothing remembered after. */
  private DuplicateIndex forOneText(CharSequence text, int paragraphs) {
    int maxNgrams = near ? Math.max(1, Math.min(text.length(), DuplicateIndex.MAX_CAPACITY)) : 0;
    // French prose has a word every 6 characters or so: start the n-gram table there
    return DuplicateIndex.forOneText(Math.max(1, paragraphs), maxNgrams, text.length() / 6);
  }

  /**
   * Returns {@code text} without the paragraphs that repeat earlier ones, in this text or in the
   * documents {@code index} has seen; the kept paragraphs are added to {@code index}.
   *
   * @throws IllegalArgumentException in near mode, if {@code index} has no room for n-grams
   */
  public DedupResult deduplicate(CharSequence text, DuplicateIndex index) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(index, "index");
    return run(text, Paragraphs.split(text, paragraphMode), index);
  }

  /**
   * Returns {@code text} without the repeated ones among {@code paragraphs}, which the caller cut
   * (the paragraph mode is then unused). Only their spans are read.
   *
   * @throws IllegalArgumentException if the spans are not in order, overlap, or lie outside
   *     {@code text}
   */
  public DedupResult deduplicate(CharSequence text, List<Paragraph> paragraphs,
      DuplicateIndex index) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(paragraphs, "paragraphs");
    Objects.requireNonNull(index, "index");
    int previousEnd = 0;
    for (int i = 0; i < paragraphs.size(); i++) {
      Span s = Objects.requireNonNull(paragraphs.get(i), "paragraphs[" + i + "]").span();
      if (s.start() < previousEnd || s.end() > text.length()) {
        throw new IllegalArgumentException("paragraphs[" + i + "]: expected a span in order, not "
            + "overlapping the one before and within the text (length " + text.length() + "), got "
            + s);
      }
      previousEnd = s.end();
    }
    return run(text, paragraphs, index);
  }

  private DedupResult run(CharSequence text, List<Paragraph> paragraphs, DuplicateIndex index) {
    int n = paragraphs.size();
    int[] starts = new int[n];
    int[] ends = new int[n];
    for (int i = 0; i < n; i++) {
      starts[i] = paragraphs.get(i).span().start();
      ends[i] = paragraphs.get(i).span().end();
    }
    return run(text, starts, ends, paragraphs, index);
  }

  /** Deduplicates the paragraphs {@code [starts[i], ends[i])}, which {@code paragraphs} holds as objects. */
  private DedupResult run(CharSequence text, int[] starts, int[] ends, List<Paragraph> paragraphs,
      DuplicateIndex index) {
    int n = starts.length;
    Verdict[] verdicts;
    Judge judge;
    index.lock.lock(); // one document at a time: its paragraphs are judged together
    try {
      judge = new Judge(this, index, index.newDocument());
      if (policy.dropsAll()) {
        verdicts = judge.dropAll(text, starts, ends);
      } else {
        verdicts = new Verdict[n];
        for (int i = 0; i < n; i++) {
          judge.begin();
          judge.add(text, starts[i], ends[i]);
          verdicts[i] = judge.end(starts[i], ends[i]);
        }
      }
    } finally {
      index.lock.unlock();
    }
    int[] keptIndexes = new int[n];
    int keptCount = 0;
    int[] removedIndexes = new int[n];
    int removedCount = 0;
    for (int i = 0; i < n; i++) {
      if (verdicts[i].removed()) {
        removedIndexes[removedCount++] = i;
      } else {
        keptIndexes[keptCount++] = i;
      }
    }
    // Removals, with their paragraphs' text, are made when first asked for (see LazyRemovals).
    LazyRemovals removed = new LazyRemovals(paragraphs, starts, text.length(), verdicts, removedIndexes,
        removedCount);
    // The output is the text without the removed spans, made when first asked for: a String cannot
    // change meanwhile; another CharSequence could, so its output is made now.
    LazyOutput output = LazyOutput.deleting(text, removed);
    if (!(text instanceof String)) {
      output.get();
    }
    List<Paragraph> kept;
    if (paragraphs instanceof LazyParagraphs lazy) {
      kept = lazy.only(keptIndexes, keptCount);
    } else {
      ChunkedList.Builder<Paragraph> b = new ChunkedList.Builder<>();
      for (int k = 0; k < keptCount; k++) {
        b.add(paragraphs.get(keptIndexes[k]));
      }
      kept = b.build();
    }
    return new DedupResult(output, paragraphs, kept, removed, judge.document(),
        judge.notIndexed());
  }

  /**
   * Returns a stream that deduplicates a text read in pieces against {@code index}, reporting to
   * {@code listener}.
   *
   * @throws IllegalStateException if the paragraph mode is {@code AUTO}, which must look at the
   *     text first (resolve it with {@link Paragraphs#resolve} on the first characters and
   *     {@code toBuilder().paragraphs(mode)}), or if the policy is {@code dropAll()}, which must see
   *     the whole text before removing a first copy
   */
  public DedupStream stream(DuplicateIndex index, DedupStream.Listener listener) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(listener, "listener");
    if (paragraphMode == ParagraphMode.AUTO) {
      throw new IllegalStateException("paragraphs: a stream needs LINE or BLANK_LINE, got AUTO; "
          + "resolve it with Paragraphs.resolve(firstChars, ParagraphMode.AUTO)");
    }
    if (policy.dropsAll()) {
      throw new IllegalStateException("policy: a stream cannot drop the first copy it has already "
          + "let through; dropAll() needs deduplicate(text)");
    }
    return new DedupStream(this, paragraphMode, index, listener);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Deduplicator d && d.near == near && d.ngram == ngram
        && d.threshold == threshold && d.minChars == minChars && d.policy.equals(policy)
        && d.paragraphMode == paragraphMode;
  }

  @Override
  public int hashCode() {
    return Objects.hash(near, ngram, threshold, minChars, policy, paragraphMode);
  }

  @Override
  public String toString() {
    return "Deduplicator[" + (near ? "near, ngram=" + ngram + ", threshold=" + threshold : "exact")
        + ", minChars=" + minChars + ", policy=" + policy + ", paragraphs=" + paragraphMode + "]";
  }

  /**
   * Builds a {@link Deduplicator}. Each setting is checked when it is made and may be set once.
   *
   * <p>Not thread-safe; the deduplicators it builds are.
   *
   * <pre>{@code
   * Deduplicator d = Deduplicator.builder().minChars(80).build();
   * }</pre>
   */
  public static final class Builder {
    private boolean near;
    private int ngram;
    private double threshold = Double.NaN;
    private int minChars = -1;
    private DuplicatePolicy policy;
    private ParagraphMode paragraphs;
    private boolean nearSet;
    private boolean ngramSet;
    private boolean thresholdSet;
    private boolean minCharsSet;
    private boolean policySet;
    private boolean paragraphsSet;

    private Builder() {}

    /**
     * Removes near duplicates too (Onion's rule; see {@link Deduplicator}).
     *
     * @throws IllegalStateException if it was already set on this builder
     */
    public Builder near() {
      nearSet = once("near", nearSet, "true");
      near = true;
      return this;
    }

    /**
     * Sets the n-gram length, in words, of near mode.
     *
     * @throws IllegalArgumentException if {@code ngram} is not in {@code [1, 32]}
     * @throws IllegalStateException if it was already set on this builder
     */
    public Builder ngram(int ngram) {
      ngramSet = once("ngram", ngramSet, this.ngram + "");
      if (ngram < 1 || ngram > MAX_NGRAM) {
        throw new IllegalArgumentException("ngram: expected 1 to " + MAX_NGRAM + " words, got "
            + ngram);
      }
      this.ngram = ngram;
      return this;
    }

    /**
     * Sets the share of a paragraph's n-grams, already seen, above which near mode removes it.
     *
     * @throws IllegalArgumentException if {@code threshold} is not in {@code [0, 1)}
     * @throws IllegalStateException if it was already set on this builder
     */
    public Builder threshold(double threshold) {
      thresholdSet = once("threshold", thresholdSet, this.threshold + "");
      if (!(threshold >= 0 && threshold < 1)) {
        throw new IllegalArgumentException("threshold: expected 0 <= threshold < 1 (a paragraph "
            + "goes when more than this share of its n-grams was seen), got " + threshold);
      }
      this.threshold = threshold;
      return this;
    }

    /**
     * Sets the key length, in code points, below which a paragraph is never removed or remembered.
     *
     * @throws IllegalArgumentException if {@code minChars} is negative
     * @throws IllegalStateException if it was already set on this builder
     */
    public Builder minChars(int minChars) {
      minCharsSet = once("minChars", minCharsSet, this.minChars + "");
      if (minChars < 0) {
        throw new IllegalArgumentException("minChars: expected >= 0 (0 removes even empty-looking "
            + "paragraphs), got " + minChars);
      }
      this.minChars = minChars;
      return this;
    }

    /**
     * Sets which copies of a repeated paragraph survive.
     *
     * @throws IllegalStateException if it was already set on this builder
     */
    public Builder policy(DuplicatePolicy policy) {
      Objects.requireNonNull(policy, "policy");
      policySet = once("policy", policySet, String.valueOf(this.policy));
      this.policy = policy;
      return this;
    }

    /**
     * Sets how texts are cut into paragraphs.
     *
     * @throws IllegalStateException if it was already set on this builder
     */
    public Builder paragraphs(ParagraphMode mode) {
      Objects.requireNonNull(mode, "mode");
      paragraphsSet = once("paragraphs", paragraphsSet, String.valueOf(paragraphs));
      this.paragraphs = mode;
      return this;
    }

    private boolean once(String name, boolean alreadySet, String current) {
      if (alreadySet) {
        throw new IllegalStateException(name + ": already set to " + current
            + " on this builder");
      }
      return true;
    }

    /**
     * Returns the deduplicator.
     *
     * @throws IllegalStateException if {@code ngram} or {@code threshold} was set without
     *     {@code near()}, or if near mode is combined with a policy other than keepFirst()
     */
    public Deduplicator build() {
      if (!near && (ngram != 0 || !Double.isNaN(threshold))) {
        throw new IllegalStateException((ngram != 0 ? "ngram" : "threshold")
            + ": applies to near mode only; call near() as well");
      }
      if (near && policy != null && !policy.equals(DuplicatePolicy.keepFirst())) {
        throw new IllegalStateException("policy: near mode supports only keepFirst(), got "
            + policy + "; a near copy has no key whose repeats could be counted");
      }
      return new Deduplicator(this);
    }
  }
}
