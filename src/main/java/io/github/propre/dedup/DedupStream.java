package io.github.propre.dedup;

import io.github.propre.text.ParagraphMode;
import io.github.propre.text.ParagraphScanner;
import java.util.Objects;

/**
 * Deduplicates a text that arrives in pieces and may be larger than memory: it keeps only hashes
 * and tells its {@link Listener} the fate of each paragraph as soon as the paragraph ends.
 *
 * <p>The stream does not hold the text; a caller that writes the output holds what it has not yet
 * written. Paragraphs are cut as the {@link Deduplicator}'s paragraph mode says ({@code LINE} or
 * {@code BLANK_LINE}: see {@link Deduplicator#stream}). The events come in text order:
 * {@link Listener#lineStart} at the first character of every line, {@link Listener#paragraphStart}
 * when a line turns out to begin a paragraph, and {@link Listener#verdict} when the paragraph has
 * ended (at the blank line that follows it in {@code BLANK_LINE} mode). With these, a writer can
 * hold each line until it knows where the line belongs, and emit exactly the input minus the
 * removed paragraphs: see {@link DedupResult} for the rule the library and the command line follow.
 *
 * <p>Not thread-safe: one stream per document and thread. The stream numbers itself in its index
 * when created and takes the index's lock once per paragraph.
 *
 * <pre>{@code
 * DuplicateIndex index = DuplicateIndex.create(1 << 20);
 * DedupStream s = Deduplicator.builder().paragraphs(ParagraphMode.LINE).build()
 *     .stream(index, v -> { if (v.removed()) System.out.println(v); });
 * char[] buf = new char[8192];
 * for (int n; (n = reader.read(buf)) > 0; ) {
 *   s.append(buf, 0, n);
 * }
 * s.finish();
 * }</pre>
 */
public final class DedupStream {

  /** Receives a stream's events, in text order. */
  @FunctionalInterface
  public interface Listener {
    /** Called at the first character of each line, at UTF-16 offset {@code position}. */
    default void lineStart(long position) {}

    /** Called when the line that began at {@code position} turns out to start a paragraph. */
    default void paragraphStart(long position) {}

    /** Called once per paragraph, in order, when its fate is known. */
    void verdict(Verdict verdict);
  }

  private final ParagraphScanner scanner;
  private final Judge judge;
  private final Listener listener;
  private boolean inParagraph;
  private boolean finished;
  private char[] copy;
  private long paragraphs;
  private long removed;

  DedupStream(Deduplicator settings, ParagraphMode mode, DuplicateIndex index, Listener listener) {
    this.scanner = new ParagraphScanner(mode);
    this.listener = Objects.requireNonNull(listener, "listener");
    index.lock.lock();
    try {
      this.judge = new Judge(settings, index, index.newDocument());
    } finally {
      index.lock.unlock();
    }
  }

  /** Returns this stream's document number in its index. */
  public long document() {
    return judge.document();
  }

  /**
   * Feeds {@code chars[offset, offset + length)}, the next characters of the text.
   *
   * @throws IllegalStateException after {@link #finish()}
   */
  public void append(char[] chars, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, chars.length);
    checkOpen();
    int end = offset + length;
    int run = inParagraph ? offset : -1; // start of the paragraph characters not yet judged
    for (int i = offset; i < end; i++) {
      i = scanner.skip(chars, i, end);
      if (i == end) {
        break;
      }
      int events = scanner.next(chars[i]);
      if (events == 0) {
        continue;
      }
      if ((events & ParagraphScanner.LINE_START) != 0) {
        listener.lineStart(scanner.lineStart());
      }
      if ((events & ParagraphScanner.PARAGRAPH_END) != 0) {
        judge.add(chars, run, i);
        run = -1;
        endParagraph();
      }
      if ((events & ParagraphScanner.PARAGRAPH_START) != 0) {
        inParagraph = true;
        judge.begin();
        listener.paragraphStart(scanner.paragraphStart());
        run = i;
      }
    }
    if (run >= 0) {
      judge.add(chars, run, end);
    }
  }

  /**
   * Feeds {@code chars}, the next characters of the text.
   *
   * @throws IllegalStateException after {@link #finish()}
   */
  public void append(CharSequence chars) {
    Objects.requireNonNull(chars, "chars");
    checkOpen();
    if (copy == null) {
      copy = new char[4096];
    }
    for (int i = 0, n = chars.length(); i < n; ) {
      int k = Math.min(copy.length, n - i);
      if (chars instanceof String s) {
        s.getChars(i, i + k, copy, 0);
      } else {
        for (int j = 0; j < k; j++) {
          copy[j] = chars.charAt(i + j);
        }
      }
      append(copy, 0, k);
      i += k;
    }
  }

  private void endParagraph() {
    inParagraph = false;
    Verdict v = judge.end(scanner.endedStart(), scanner.endedEnd());
    paragraphs++;
    if (v.removed()) {
      removed++;
    }
    listener.verdict(v);
  }

  /** Ends the text: decides the last paragraph. Calling it again does nothing. */
  public void finish() {
    if (finished) {
      return;
    }
    finished = true;
    if (scanner.finish() != 0) {
      endParagraph();
    }
  }

  private void checkOpen() {
    if (finished) {
      throw new IllegalStateException("stream: already finished");
    }
  }

  /** Returns the number of characters fed so far. */
  public long position() {
    return scanner.position();
  }

  /** Returns the number of paragraphs decided so far. */
  public long paragraphCount() {
    return paragraphs;
  }

  /** Returns the number of paragraphs removed so far. */
  public long removedCount() {
    return removed;
  }

  /** Returns how many kept paragraphs the index was too full to remember. */
  public int notIndexed() {
    return judge.notIndexed();
  }
}
