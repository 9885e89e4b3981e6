package io.github.propre.reliability;

import io.github.propre.Document;
import io.github.propre.Pipeline;
import io.github.propre.Propre;
import io.github.propre.clean.Cleaned;
import io.github.propre.clean.Cleaner;
import io.github.propre.dedup.DedupResult;
import io.github.propre.dedup.Deduplicator;
import io.github.propre.dedup.Removal;
import io.github.propre.quote.Quote;
import io.github.propre.quote.QuoteExtractor;
import io.github.propre.text.Paragraph;
import io.github.propre.text.Span;
import io.github.propre.token.FrenchTokenizer;
import io.github.propre.token.SentenceSplitter;
import io.github.propre.token.Token;
import io.github.propre.token.TokenCursor;

/**
 * Everything the library says about one document, as one string: two analyses are equal exactly
 * when every stage gave the same answer. The stages (tokenizer, sentence splitter, exact and near
 * deduplicators, cleaner, quote extractor, default and near pipelines) are shared, immutable
 * instances, as a data pipeline would hold them.
 */
final class Analysis {
  private Analysis() {}

  static final FrenchTokenizer TOKENIZER = FrenchTokenizer.standard();
  static final SentenceSplitter SPLITTER = SentenceSplitter.standard();
  static final Deduplicator EXACT = Deduplicator.exact();
  static final Deduplicator NEAR = Deduplicator.near();
  static final Cleaner CLEANER = Cleaner.defaults();
  static final QuoteExtractor QUOTES = QuoteExtractor.standard();
  static final Pipeline PIPELINE = Pipeline.defaults();
  static final Pipeline NEAR_PIPELINE = Propre.pipeline().removeDuplicateParagraphs(NEAR).build();

  /** Returns the analysis of {@code doc} by every stage. */
  static String of(String doc) {
    StringBuilder sb = new StringBuilder(doc.length() * 4);
    sb.append("tokens:");
    for (Token t : TOKENIZER.tokenize(doc)) {
      sb.append(t).append('|').append(t.normalized()).append('|').append(t.spaceAfter()).append(' ');
    }
    sb.append("\ncursor:");
    TokenCursor c = TOKENIZER.cursor(doc);
    while (c.next()) {
      sb.append(c.start()).append('-').append(c.end()).append(c.type().ordinal()).append(' ');
    }
    sb.append("\nsentences:");
    for (Span s : SPLITTER.split(doc)) {
      sb.append(s);
    }
    dedup(sb.append("\nexact:"), EXACT.deduplicate(doc));
    dedup(sb.append("\nnear:"), NEAR.deduplicate(doc));
    Cleaned cleaned = CLEANER.clean(doc);
    sb.append("\ncleaned:").append(cleaned.text().hashCode()).append(' ').append(cleaned.offsets()).append(' ')
        .append(cleaned.report());
    sb.append("\nquotes:");
    for (Quote q : QUOTES.extract(doc)) {
      quote(sb, q);
    }
    document(sb.append("\ndocument:"), PIPELINE.process(doc));
    document(sb.append("\nnear document:"), NEAR_PIPELINE.process(doc));
    return sb.toString();
  }

  static void quote(StringBuilder sb, Quote q) {
    sb.append(q).append(q.parts()).append(q.level()).append(q.kind()).append(q.closed())
        .append(q.speaker()).append(q.verb()).append(q.firstParagraph()).append(q.lastParagraph()).append(' ');
  }

  /** Everything a document says. */
  static void document(StringBuilder sb, Document d) {
    sb.append(d.text().hashCode()).append(' ').append(d.offsets()).append(d.cleaning());
    for (Paragraph p : d.paragraphs()) {
      sb.append(p.index()).append(p.span());
    }
    for (Removal x : d.removed()) {
      sb.append(x.removedSpan()).append("->").append(x.duplicateOf());
    }
    for (Token t : d.tokens()) {
      sb.append(t).append(t.normalized());
    }
    sb.append(d.sentences());
    for (Quote q : d.quotes()) {
      quote(sb, q);
    }
  }

  static void dedup(StringBuilder sb, DedupResult r) {
    sb.append(r.text().hashCode()).append(' ').append(r.text().length()).append(' ')
        .append(r.output().offsets()).append(' ').append(r.notIndexed());
    for (Removal x : r.removed()) {
      sb.append(' ').append(x.paragraph().span()).append(x.removedSpan()).append("->")
          .append(x.duplicateOf()).append(x.kind()).append(x.similarity());
    }
  }
}
