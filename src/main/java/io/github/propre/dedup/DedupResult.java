package io.github.propre.dedup;

import io.github.propre.internal.ChunkedList;
import io.github.propre.text.MappedText;
import io.github.propre.text.Paragraph;
import java.util.List;

/**
 * The outcome of deduplicating one document: the text without its removed paragraphs, and a
 * report of every removal.
 *
 * <p><b>What leaves the text.</b> A removed paragraph takes with it everything up to the start of
 * the next paragraph: its line terminator and the blank lines after it (or everything to the end of
 * the text, for the last paragraph). Everything else is kept byte for byte, so the output is a
 * subsequence of the input made of whole lines, and the separator that followed each kept paragraph
 * still follows it. Text before the first paragraph (leading blank lines) is always kept. One
 * consequence: when the last paragraph goes, the output ends with the separator that followed the
 * paragraph before it. The {@code dedup} command line follows the same rule on bytes.
 *
 * <p>Immutable and thread-safe. When the input was a {@code String}, {@link #text()}, {@link #output()}
 * and the paragraphs' text are made the first time they are asked for: a caller that only reads the
 * removals pays for no copy of the text.
 *
 * <pre>{@code
 * DedupResult r = Deduplicator.exact().deduplicate(text);
 * r.text();                        // the text without the repeated paragraphs
 * r.output().offsets().rawStart(0); // offsets in r.text() map back to the input
 * r.removed().size();
 * }</pre>
 */
public final class DedupResult {
  private final LazyOutput output;
  private final List<Paragraph> paragraphs;
  private final List<Paragraph> kept;
  private final List<Removal> removed;
  private final long document;
  private final int notIndexed;

  DedupResult(LazyOutput output, List<Paragraph> paragraphs, List<Paragraph> kept,
      List<Removal> removed, long document, int notIndexed) {
    this.output = output;
    this.paragraphs = immutable(paragraphs);
    this.kept = immutable(kept);
    this.removed = removed instanceof LazyRemovals ? removed : ChunkedList.copyOf(removed);
    this.document = document;
    this.notIndexed = notIndexed;
  }

  /** Returns the input without the removed paragraphs (made the first time it is asked for). */
  public String text() {
    return output.get().text();
  }

  /** Returns {@link #text()} with the map that leads its offsets back to the input. */
  public MappedText output() {
    return output.get();
  }

  /** Returns every paragraph of the input, in order, with spans in the input. */
  public List<Paragraph> paragraphs() {
    return paragraphs;
  }

  /** Returns the paragraphs that were kept, in order, with spans in the input. */
  public List<Paragraph> kept() {
    return kept;
  }

  /** Returns one entry per removed paragraph, in order (each made, with its paragraph's text, when first read). */
  public List<Removal> removed() {
    return removed;
  }

  /** Returns this document's number in the index that judged it (0 without a shared index). */
  public long document() {
    return document;
  }

  /**
   * Returns how many kept paragraphs of this document the index was too full to remember; later
   * copies of those are not caught (see {@link DuplicateIndex}).
   */
  public int notIndexed() {
    return notIndexed;
  }

  @Override
  public String toString() {
    return "DedupResult[" + paragraphs.size() + " paragraphs, " + removed.size() + " removed]";
  }

  /** Returns {@code list} if it is already an unmodifiable lazy view (copying would make every paragraph), else a copy. */
  private static List<Paragraph> immutable(List<Paragraph> list) {
    // Not List.copyOf: one array of 262,000 references or more would be a humongous G1 object (see ChunkedList).
    return list instanceof LazyParagraphs ? list : ChunkedList.copyOf(list);
  }
}
