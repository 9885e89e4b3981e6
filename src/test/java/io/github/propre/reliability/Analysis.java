package io.github.propre.reliability;

import io.github.propre.dedup.DedupResult;
import io.github.propre.dedup.Deduplicator;
import io.github.propre.dedup.Removal;
import io.github.propre.text.Span;
import io.github.propre.token.FrenchTokenizer;
import io.github.propre.token.SentenceSplitter;
import io.github.propre.token.Token;
import io.github.propre.token.TokenCursor;

/**
 * Everything the library says about one document, as one string: two analyses are equal exactly
 * when every stage gave the same answer. The stages are shared, immutable instances, as a data
 * pipeline would hold them.
 */
final class Analysis {
  private Analysis() {}

  static final FrenchTokenizer TOKENIZER = FrenchTokenizer.standard();
  static final SentenceSplitter SPLITTER = SentenceSplitter.standard();
  static final Deduplicator EXACT = Deduplicator.exact();
  static final Deduplicator NEAR = Deduplicator.near();

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
    return sb.toString();
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
