package io.github.propre;

import io.github.propre.clean.Cleaned;
import io.github.propre.clean.CleaningReport;
import io.github.propre.dedup.DedupResult;
import io.github.propre.dedup.ParagraphRef;
import io.github.propre.dedup.Removal;
import io.github.propre.internal.ChunkedList;
import io.github.propre.internal.TokenColumns;
import io.github.propre.quote.Quote;
import io.github.propre.text.MappedText;
import io.github.propre.text.OffsetMap;
import io.github.propre.text.Paragraph;
import io.github.propre.text.Paragraphs;
import io.github.propre.text.Span;
import io.github.propre.token.FrenchTokenizer;
import io.github.propre.token.SentenceSplitter;
import io.github.propre.token.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Returns what a {@link Pipeline} made of one raw text: the cleaned text without its duplicate
 * paragraphs, the map from its offsets back to the raw text, the paragraphs kept and removed, the
 * cleaning report, and, computed when first asked for, its tokens, sentences and quotations.
 *
 * <p>Every span a document gives ({@link Paragraph#span()}, {@link Token#start()}, {@link
 * Quote#span()}, sentence spans, removals) is an offset range of the <b>raw</b> text, {@link
 * #raw()}; texts ({@link Token#text()}, {@link Quote#text()}, {@link Paragraph#text()}) are
 * cleaned. {@link #offsets()} maps any offset of {@link #text()} to the raw text.
 *
 * <p>Immutable and thread-safe (the lazily computed parts are computed once, whichever thread asks).
 *
 * <pre>{@code
 * Document doc = Propre.process(raw);
 * for (Token t : doc.tokens()) {
 *   raw.substring(t.start(), t.end());   // the token as the raw text wrote it
 * }
 * doc.removed().size();                  // how many duplicate paragraphs went
 * }</pre>
 */
public final class Document {
  private final Pipeline pipeline;
  private final String raw;
  private final MappedText text;
  private final CleaningReport cleaning;
  private final List<Paragraph> paragraphs;
  private final List<Removal> removed;
  // The paragraphs of text() in its own offsets, when the pipeline already has them (duplicate
  // removal changed nothing); null: split text() when quotations are asked for.
  private final List<Paragraph> textParagraphs;

  private volatile List<Token> tokens;
  private volatile List<Span> sentences;
  /**
   * The tokens {@link #tokens()} found (their offsets in {@link #text()} too), kept until {@link
   * #sentences()} reads them instead of tokenizing again; null before, after, or when its splitter
   * reads other tokens.
   */
  private volatile TokenColumns textTokens;
  private volatile List<Quote> quotes;

  Document(Pipeline pipeline, Cleaned cleaned, List<Paragraph> cleanedParagraphs, DedupResult dedup) {
    this.pipeline = pipeline;
    this.raw = cleaned.raw();
    this.cleaning = cleaned.report();
    OffsetMap toRaw = cleaned.offsets();
    List<Paragraph> kept = dedup == null ? cleanedParagraphs : dedup.kept();
    this.paragraphs = mapParagraphs(kept, toRaw);
    this.removed = dedup == null ? List.of() : mapRemovals(dedup, toRaw);
    this.text = dedup == null ? cleaned.mappedText() : cleaned.mappedText().then(dedup.output());
    // Removing nothing hands back the very same string.
    this.textParagraphs = text.text() == cleaned.text() ? cleanedParagraphs : null;
  }

  /** Returns the raw text, as given (or as decoded from bytes). */
  public String raw() {
    return raw;
  }

  /** Returns the cleaned text, without the removed paragraphs. */
  public String text() {
    return text.text();
  }

  /** Returns the map from offsets of {@link #text()} to offsets of {@link #raw()}. */
  public OffsetMap offsets() {
    return text.offsets();
  }

  /** Returns what cleaning changed, kind by kind, and the charset used for bytes. */
  public CleaningReport cleaning() {
    return cleaning;
  }

  /**
   * Returns the paragraphs kept, in order, each with its cleaned text, its raw span, and its index
   * among all the paragraphs found (removed ones included).
   */
  public List<Paragraph> paragraphs() {
    return paragraphs;
  }

  /**
   * Returns the paragraphs removed as duplicates, in order, each with its raw span and the raw span
   * of the copy it repeats (when that copy is in this document).
   */
  public List<Removal> removed() {
    return removed;
  }

  /**
   * Returns the tokens of {@link #text()}, with raw offsets. The list keeps each token in a few bytes
   * and makes the {@link Token} when {@code get} asks for it (a new, equal token each time), as
   * {@link FrenchTokenizer#tokenize} does.
   */
  public List<Token> tokens() {
    List<Token> t = tokens;
    if (t == null) {
      // The tokenizer's lists are TokenColumns, which also keep the offsets in text() the sentences need.
      TokenColumns found = (TokenColumns) pipeline.tokenizer().tokenize(text(), offsets());
      tokens = t = found;
      if (sentences == null && sameTokens(pipeline.tokenizer(), pipeline.sentenceSplitter().tokenizer())) {
        textTokens = found;
      }
    }
    return t;
  }

  /** Returns the raw spans of the sentences of {@link #text()}. */
  public List<Span> sentences() {
    List<Span> s = sentences;
    if (s == null) {
      OffsetMap map = offsets();
      TokenColumns known = textTokens;
      List<Span> found = known == null ? pipeline.sentenceSplitter().split(text())
          : sentencesOf(pipeline.sentenceSplitter(), text(), known);
      textTokens = null;
      List<Span> out = found;
      if (!map.isIdentity()) {
        out = new ArrayList<>(found.size());
        for (Span span : found) {
          out.add(map.rawSpan(span));
        }
      }
      sentences = s = Collections.unmodifiableList(out);
    }
    return s;
  }

  /** Returns the quotations of {@link #text()}, with raw spans. */
  public List<Quote> quotes() {
    List<Quote> q = quotes;
    if (q == null) {
      OffsetMap map = offsets();
      String t = text();
      List<Quote> found = pipeline.quoteExtractor().extract(t, textParagraphs != null
          ? textParagraphs : Paragraphs.split(t, pipeline.paragraphMode()));
      List<Quote> out = new ArrayList<>(found.size());
      for (Quote quote : found) {
        out.add(quote.mapped(map));
      }
      quotes = q = Collections.unmodifiableList(out);
    }
    return q;
  }

  /** Returns true if the two tokenizers find the same tokens. */
  private static boolean sameTokens(FrenchTokenizer a, FrenchTokenizer b) {
    return a.splitsTimes() == b.splitsTimes();
  }

  /** Returns what {@code splitter.split(text)} returns, from {@code tokens}, the tokens of {@code text}. */
  private static List<Span> sentencesOf(SentenceSplitter splitter, String text, TokenColumns tokens) {
    SentenceSplitter.TokenFeed feed = splitter.feed(text);
    for (int i = 0, n = tokens.size(); i < n; i++) {
      feed.token(tokens.textStart(i), tokens.textEnd(i), tokens.type(i));
    }
    return feed.finish();
  }

  private static List<Paragraph> mapParagraphs(List<Paragraph> ps, OffsetMap toRaw) {
    ChunkedList.Builder<Paragraph> out = new ChunkedList.Builder<>();
    for (Paragraph p : ps) {
      out.add(new Paragraph(p.index(), p.text(), toRaw.rawSpan(p.span())));
    }
    return out.build();
  }

  private static List<Removal> mapRemovals(DedupResult dedup, OffsetMap toRaw) {
    ChunkedList.Builder<Removal> out = new ChunkedList.Builder<>();
    for (Removal r : dedup.removed()) {
      Paragraph p = r.paragraph();
      Span span = toRaw.rawSpan(p.span());
      Span removedSpan = toRaw.rawSpan(r.removedSpan());
      ParagraphRef of = r.duplicateOf();
      if (of.document() == dedup.document() && of.end() <= toRaw.cleanedLength()) {
        Span kept = toRaw.rawSpan((int) of.start(), (int) of.end());
        of = new ParagraphRef(of.document(), kept.start(), kept.end());
      }
      out.add(new Removal(new Paragraph(p.index(), p.text(), span),
          new Span(span.start(), Math.max(span.end(), removedSpan.end())), of, r.kind(),
          r.similarity()));
    }
    return out.build();
  }

  @Override
  public String toString() {
    return "Document[" + raw.length() + " raw chars, " + text().length() + " cleaned, "
        + paragraphs.size() + " paragraphs kept, " + removed.size() + " removed]";
  }
}
