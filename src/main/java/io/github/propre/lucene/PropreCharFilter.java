package io.github.propre.lucene;

import io.github.propre.clean.Cleaned;
import io.github.propre.clean.Cleaner;
import io.github.propre.text.OffsetMap;
import java.io.IOException;
import java.io.Reader;
import java.util.Objects;
import org.apache.lucene.analysis.CharFilter;

/**
 * Returns the text of a field cleaned by a Propre {@link Cleaner} (encoding repair, Unicode NFC,
 * apostrophes, quote marks, spaces, line breaks, invisible characters), with offsets that point back
 * into the raw field: a highlighter marks {@code Ã©tÃ©} in the stored text when {@code été} matched.
 *
 * <p><b>How the reader is consumed.</b> The whole field is read on the first {@code read}, cleaned in
 * one call, and served from memory: some of the cleaner's decisions look at the whole text (text that
 * holds one sure mojibake sequence is repaired more boldly), so cleaning the field in pieces could
 * clean it differently. Memory is proportional to the field; {@link PropreTokenizer}, which follows,
 * streams.
 *
 * <p>{@link #correctOffset} maps a cleaned offset to the raw offset where the cleaned character
 * starting there came from ({@link OffsetMap#rawStart}); the cleaned text's end maps to the raw
 * text's end. Lucene asks one correction for starts and ends alike, so a token's end offset includes
 * the characters the cleaner deleted right after it (a zero-width space, say).
 *
 * <p>Not thread-safe, like every Reader; the cleaner is immutable and shared.
 *
 * <pre>{@code
 * Reader r = new PropreCharFilter(new StringReader("lâ€™Ã©tÃ©"), Cleaner.defaults());
 * // reads "l’été"; correctOffset(2) == 4 (start of "Ã©"), correctOffset(5) == 9
 * }</pre>
 */
public final class PropreCharFilter extends CharFilter {
  private final Cleaner cleaner;
  private String cleaned;
  private OffsetMap map;
  private int pos;

  /** Creates a char filter with {@link Cleaner#defaults()}. */
  public PropreCharFilter(Reader input) {
    this(input, Cleaner.defaults());
  }

  /**
   * Creates a char filter.
   *
   * @throws NullPointerException if {@code input} or {@code cleaner} is null
   */
  public PropreCharFilter(Reader input, Cleaner cleaner) {
    super(Objects.requireNonNull(input, "input"));
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, cbuf.length);
    if (cleaned == null) {
      load();
    }
    if (len == 0) {
      return 0;
    }
    if (pos >= cleaned.length()) {
      return -1;
    }
    int n = Math.min(len, cleaned.length() - pos);
    cleaned.getChars(pos, pos + n, cbuf, off);
    pos += n;
    return n;
  }

  private void load() throws IOException {
    StringBuilder raw = new StringBuilder(1024);
    char[] buf = new char[8192];
    int n;
    while ((n = input.read(buf, 0, buf.length)) != -1) {
      raw.append(buf, 0, n);
    }
    Cleaned c = cleaner.clean(raw);
    cleaned = c.text();
    map = c.offsets();
  }

  @Override
  protected int correct(int currentOff) {
    if (map == null) {
      return currentOff;
    }
    int len = map.cleanedLength();
    if (currentOff > len) {
      return map.rawLength() + (currentOff - len);
    }
    return map.rawStart(Math.max(0, currentOff));
  }
}
