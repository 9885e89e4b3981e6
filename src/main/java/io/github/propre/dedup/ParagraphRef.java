package io.github.propre.dedup;

/**
 * Where a paragraph lies: the number of its document in a {@link DuplicateIndex} and its span there.
 *
 * <p>Offsets are UTF-16 offsets into that document, as {@code long} because a streamed document may
 * exceed 2<sup>31</sup> characters. Immutable and thread-safe.
 *
 * <pre>{@code
 * ParagraphRef kept = removal.duplicateOf();
 * if (kept.document() == result.document()) {
 *   text.substring((int) kept.start(), (int) kept.end());   // the copy that was kept
 * }
 * }</pre>
 *
 * @param document the document's number, from 0, in the order the index saw documents
 * @param start offset of the paragraph's first character
 * @param end offset after its last character (line terminator excluded)
 */
public record ParagraphRef(long document, long start, long end) {

  /** Checks that {@code 0 <= start <= end} and that {@code document >= 0}. */
  public ParagraphRef {
    if (document < 0 || start < 0 || end < start) {
      throw new IllegalArgumentException("paragraph ref: expected document >= 0 and "
          + "0 <= start <= end, got document=" + document + ", start=" + start + ", end=" + end);
    }
  }
}
