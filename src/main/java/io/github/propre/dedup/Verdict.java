package io.github.propre.dedup;

import java.util.Objects;

/**
 * What became of one paragraph of a stream: kept, or removed as a duplicate of an earlier one.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * DedupStream s = dedup.stream(index, v -> {
 *   if (v.removed()) System.out.println(v.start() + " repeats " + v.duplicateOf());
 * });
 * }</pre>
 *
 * @param start the paragraph's first character (UTF-16 offset from the start of the stream)
 * @param end after its last character, line terminator excluded
 * @param removed true if the paragraph was removed
 * @param kind why it was removed; {@code null} if it was kept
 * @param similarity 1 for an exact duplicate; for near mode, the share of the paragraph's word
 *     n-grams already seen (also reported, below the threshold, for kept paragraphs); 0 otherwise
 * @param duplicateOf the copy it repeats; {@code null} if it was kept
 */
public record Verdict(long start, long end, boolean removed, DuplicateKind kind, double similarity,
    ParagraphRef duplicateOf) {

  /** Checks that a removed paragraph says why and of what, and a kept one does neither. */
  public Verdict {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("verdict: expected 0 <= start <= end, got start=" + start
          + ", end=" + end);
    }
    if (removed) {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(duplicateOf, "duplicateOf");
    } else if (kind != null || duplicateOf != null) {
      throw new IllegalArgumentException("verdict: a kept paragraph has no kind and no duplicateOf");
    }
  }
}
