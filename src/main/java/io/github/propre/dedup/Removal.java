package io.github.propre.dedup;

import io.github.propre.text.Paragraph;
import io.github.propre.text.Span;
import java.util.Objects;

/**
 * One paragraph a {@link Deduplicator} removed, and why.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * for (Removal r : Deduplicator.exact().deduplicate(text).removed()) {
 *   System.out.println(r.paragraph().span() + " repeats " + r.duplicateOf());
 * }
 * }</pre>
 *
 * @param paragraph the removed paragraph, with its span in the input
 * @param removedSpan what left the text: the paragraph and everything up to the next paragraph's
 *     start (its line terminator and any blank lines), or up to the end of the text
 * @param duplicateOf the copy it repeats (under {@link DuplicatePolicy#dropAll()}, another copy,
 *     which may have been removed as well)
 * @param kind exact or near
 * @param similarity 1 for an exact duplicate; the share of its word n-grams already seen for a near
 *     one
 */
public record Removal(Paragraph paragraph, Span removedSpan, ParagraphRef duplicateOf,
    DuplicateKind kind, double similarity) {

  /** Checks that nothing is null and that the removed span covers the paragraph. */
  public Removal {
    Objects.requireNonNull(paragraph, "paragraph");
    Objects.requireNonNull(removedSpan, "removedSpan");
    Objects.requireNonNull(duplicateOf, "duplicateOf");
    Objects.requireNonNull(kind, "kind");
    if (!removedSpan.contains(paragraph.span()) || removedSpan.start() != paragraph.span().start()) {
      throw new IllegalArgumentException("removedSpan: expected a span that starts with the "
          + "paragraph " + paragraph.span() + ", got " + removedSpan);
    }
  }
}
