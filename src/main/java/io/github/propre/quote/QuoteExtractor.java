package io.github.propre.quote;

import io.github.propre.internal.ParagraphSpans;
import io.github.propre.text.Paragraph;
import io.github.propre.text.ParagraphMode;
import io.github.propre.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds the quotations of a French text: guillemets, curly and straight quotes at any depth,
 * dialogue turns, incises, and who said what.
 *
 * <p>One left-to-right pass pairs the marks with a stack, in time linear in the length of the text
 * whatever it holds. An unclosed quote ends with its paragraph (unless the next paragraph continues
 * it) and is reported with {@link Quote#closed()} false; unclosed quotes opened by the same mark in
 * one paragraph follow one another ({@code « Il vient. « Elle part.} is two quotes, the first ending
 * where the second opens), so stray marks cannot nest a paragraph's quotes as deep as it has marks.
 * Quote spans are properly nested or disjoint. Attribution then looks at the words around each quote (an incise, a verb before or
 * after it, {@code selon X}) with the reporting verbs of {@link ReportingVerbs}.
 *
 * <p>Immutable and thread-safe: configure once, share between threads.
 *
 * <pre>{@code
 * QuoteExtractor quotes = QuoteExtractor.standard();
 * for (Quote q : quotes.extract("« Notre coopération s’intensifie », a affirmé Lavrov.")) {
 *   q.text();                  // "Notre coopération s’intensifie"
 *   q.speaker().get().text();  // "Lavrov"
 *   q.verb().get().text();     // "a affirmé"
 * }
 * }</pre>
 */
public final class QuoteExtractor {
  private static final QuoteExtractor STANDARD = builder().build();

  private final ParagraphMode paragraphMode;
  private final boolean attribution;
  private final boolean dashTurnsInGuillemets;
  private final ReportingVerbs verbs;

  private QuoteExtractor(Builder b) {
    this.paragraphMode = b.paragraphMode;
    this.attribution = b.attribution;
    this.dashTurnsInGuillemets = b.dashTurnsInGuillemets;
    this.verbs = b.verbs;
  }

  /** Returns the extractor with the default settings (paragraphs detected, attribution on). */
  public static QuoteExtractor standard() {
    return STANDARD;
  }

  /** Returns a builder that starts from the default settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this extractor's settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.paragraphMode = paragraphMode;
    b.attribution = attribution;
    b.dashTurnsInGuillemets = dashTurnsInGuillemets;
    b.verbs = verbs;
    return b;
  }

  /** Returns the quotes of {@code text}, cut into paragraphs as this extractor's mode says, by start offset. */
  public List<Quote> extract(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    ParagraphSpans spans = ParagraphSpans.of(s, paragraphMode);
    return extract(s, spans.trimmedStarts(), spans.trimmedEnds());
  }

  /**
   * Returns the quotes of {@code text} whose paragraphs are already known, by start offset.
   *
   * @param paragraphs in order, disjoint, with spans that are offsets into {@code text};
   *     {@link Quote#firstParagraph()} and {@link Quote#lastParagraph()} are positions in this list
   * @throws IllegalArgumentException if a span lies outside the text or the spans overlap or are out of order
   */
  public List<Quote> extract(CharSequence text, List<Paragraph> paragraphs) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(paragraphs, "paragraphs");
    String s = text.toString();
    int n = paragraphs.size();
    int[] starts = new int[n];
    int[] ends = new int[n];
    int previousEnd = 0;
    for (int i = 0; i < n; i++) {
      Paragraph p = Objects.requireNonNull(paragraphs.get(i), "paragraphs[" + i + "]");
      Span sp = p.span();
      if (sp.end() > s.length() || sp.start() < previousEnd) {
        throw new IllegalArgumentException("paragraphs[" + i + "]: expected a span in order within [0, "
            + s.length() + "] after " + previousEnd + ", got " + sp);
      }
      starts[i] = sp.start();
      ends[i] = sp.end();
      previousEnd = sp.end();
    }
    return extract(s, starts, ends);
  }

  private List<Quote> extract(String s, int[] starts, int[] ends) {
    return extract(s, starts, ends, true);
  }

  /**
   * Returns what {@link #extract(CharSequence)} does, with attribution's character pre-checks off:
   * every window is tokenized and parsed. For the tests that the pre-checks change no answer.
   */
  List<Quote> extractParsingEveryWindow(CharSequence text) {
    String s = text.toString();
    ParagraphSpans spans = ParagraphSpans.of(s, paragraphMode);
    return extract(s, spans.trimmedStarts(), spans.trimmedEnds(), false);
  }

  private List<Quote> extract(String s, int[] starts, int[] ends, boolean prechecks) {
    // One copy of the characters, for the scanners' array loops.
    char[] chars = s.toCharArray();
    List<Region> regions = new MarkScanner(s, chars, starts, ends, dashTurnsInGuillemets).scan();
    regions.sort(Comparator.comparingInt((Region r) -> r.start).thenComparingInt(r -> -r.end));
    if (attribution) {
      new Attributor(s, chars, starts, ends, verbs, prechecks).attribute(regions);
    } else {
      for (Region r : regions) {
        r.kind = r.dialogue ? Quote.Kind.DIALOGUE : Quote.Kind.SPEECH;
      }
    }
    return toQuotes(s, regions);
  }

  private static List<Quote> toQuotes(String s, List<Region> regions) {
    regions.removeIf(r -> r.partCount == 0);
    regions.sort(Comparator.comparingInt((Region r) -> r.start).thenComparingInt(r -> -r.end));
    List<Quote> out = new ArrayList<>(regions.size());
    int[] openEnds = new int[8];
    int depth = 0;
    for (Region r : regions) {
      while (depth > 0 && openEnds[depth - 1] <= r.start) {
        depth--;
      }
      if (depth == openEnds.length) {
        openEnds = Arrays.copyOf(openEnds, depth * 2);
      }
      int level = depth;
      openEnds[depth++] = r.end;
      Mention speaker = r.speakerStart < 0 ? null
          : new Mention(s.substring(r.speakerStart, r.speakerEnd), new Span(r.speakerStart, r.speakerEnd));
      Mention verb = r.verbStart < 0 ? null
          : new Mention(s.substring(r.verbStart, r.verbEnd), new Span(r.verbStart, r.verbEnd));
      out.add(new Quote(s, r.start, r.end, Arrays.copyOf(r.parts, 2 * r.partCount), level, r.kind,
          r.closed, r.firstParagraph, r.lastParagraph, speaker, verb));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Settings for a {@link QuoteExtractor}. Not thread-safe; {@link #build()} returns an immutable
   * extractor.
   *
   * <pre>{@code
   * QuoteExtractor e = QuoteExtractor.builder().paragraphMode(ParagraphMode.LINE).build();
   * }</pre>
   */
  public static final class Builder {
    private ParagraphMode paragraphMode = ParagraphMode.AUTO;
    private boolean attribution = true;
    private boolean dashTurnsInGuillemets = true;
    private ReportingVerbs verbs = ReportingVerbs.standard();

    private Builder() {}

    /** Returns this builder, cutting texts into paragraphs as {@code mode} says (default {@code AUTO}). */
    public Builder paragraphMode(ParagraphMode mode) {
      this.paragraphMode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Returns this builder, finding speakers, verbs and fragments ({@code true}, the default) or only
     * the quotes' structure ({@code false}: every quote is speech or dialogue, with no speaker).
     */
    public Builder attribution(boolean on) {
      this.attribution = on;
      return this;
    }

    /**
     * Returns this builder, starting a new dialogue turn at a dash that follows the end of a sentence
     * inside guillemets ({@code « Pourquoi ? — Parce que. »}; {@code true}, the default).
     */
    public Builder dashTurnsInGuillemets(boolean on) {
      this.dashTurnsInGuillemets = on;
      return this;
    }

    /** Returns this builder, recognising reporting verbs with {@code verbs} (default {@link ReportingVerbs#standard()}). */
    public Builder reportingVerbs(ReportingVerbs verbs) {
      this.verbs = Objects.requireNonNull(verbs, "verbs");
      return this;
    }

    /** Returns an immutable extractor with these settings. */
    public QuoteExtractor build() {
      return new QuoteExtractor(this);
    }
  }
}
