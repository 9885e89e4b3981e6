package io.github.propre.lucene;

import io.github.propre.token.FrenchTokenizer;
import io.github.propre.token.TokenCursor;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Returns Propre's French tokens ({@link FrenchTokenizer}) as a Lucene token stream: elided words
 * stand alone ({@code l’} {@code été}), hyphen compounds stay whole, clitic tails split off, numbers
 * keep their digit groups, every kind of space (U+202F included) separates, and punctuation is kept as
 * tokens for a filter to drop.
 *
 * <p>Each token's term is its exact input text; its type ({@code TypeAttribute}) is one of
 * {@link TokenTypes} ({@code <WORD>}, {@code <ELIDED>}, {@code <PUNCTUATION>}, ...); its offsets go
 * through {@link #correctOffset}, so they point into the original text behind any char filter.
 *
 * <p><b>How the reader is consumed.</b> The tokenizer reads in chunks of about 16 K chars and
 * tokenizes each chunk up to its last line break, so a field of any size streams in bounded memory
 * and no token is ever cut: tokens never span a line break. The tokenizer also sees 256 chars past the
 * cut, so decisions that look ahead (is {@code A.} an initial or the end of the text?) match those
 * on the whole text. A line longer than 64 K chars is cut after its last separator (the token that
 * straddles it is finished from the look-ahead), and only a run of 64 K chars without any separator
 * is cut blindly (at a code point boundary). Tokens longer than {@code maxTokenLength} (default
 * 255, as Lucene's {@code StandardTokenizer}) are skipped, leaving a position gap, so that no term
 * can exceed Lucene's limit. Nothing is allocated per token.
 *
 * <p>Not thread-safe, like every Lucene {@code TokenStream}; the {@link FrenchTokenizer} it wraps is
 * immutable and shared.
 *
 * <pre>{@code
 * Tokenizer t = new PropreTokenizer();
 * t.setReader(new StringReader("L’AES a-t-il 80 000 soldats ?"));
 * // L’ <ELIDED> 0-2, AES <WORD> 2-5, a <WORD>, -t-il <CLITIC>, 80 000 <NUMBER>, soldats <WORD>, ? <PUNCTUATION>
 * }</pre>
 */
public final class PropreTokenizer extends Tokenizer {
  /** The default longest token, in chars, as Lucene's {@code StandardAnalyzer}. */
  public static final int DEFAULT_MAX_TOKEN_LENGTH = 255;
  /** The largest allowed {@code maxTokenLength}, as Lucene's {@code StandardTokenizer}. */
  public static final int MAX_TOKEN_LENGTH_LIMIT = 1024 * 1024;

  static final int CHUNK = 16 * 1024;
  static final int LINE_MAX = 64 * 1024;
  static final int LOOKAHEAD = 256;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  private final FrenchTokenizer tokenizer;
  private final int maxTokenLength;
  private final int chunk;
  private final int lineMax;
  private final int lookahead;

  private TokenCursor cursor;
  private final CharArrayView view = new CharArrayView();

  // buf[0, bufLen) holds input chars not yet consumed; buf[0] is input offset bufBase.
  private char[] buf;
  private int bufLen;
  private int bufBase;
  private boolean eof;
  // The cursor reads buf[0, view.length); it emits the tokens that start before cut.
  private boolean chunkLoaded;
  private int cut;
  private int consumedTo;
  // buf[0, noBreakBefore) has no line break; buf[0, noSeparatorBefore) has no separator.
  private int noBreakBefore;
  private int noSeparatorBefore;
  private int skippedPositions;

  /** Creates a tokenizer with {@link FrenchTokenizer#standard()} and the default maximum token length. */
  public PropreTokenizer() {
    this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, FrenchTokenizer.standard(), DEFAULT_MAX_TOKEN_LENGTH);
  }

  /**
   * Creates a tokenizer.
   *
   * @param factory the attribute factory
   * @param tokenizer the French tokenizer to apply
   * @param maxTokenLength tokens longer than this many chars are skipped; 1 to {@link #MAX_TOKEN_LENGTH_LIMIT}
   * @throws NullPointerException if {@code factory} or {@code tokenizer} is null
   * @throws IllegalArgumentException if {@code maxTokenLength} is out of range
   */
  public PropreTokenizer(AttributeFactory factory, FrenchTokenizer tokenizer, int maxTokenLength) {
    this(factory, tokenizer, maxTokenLength, CHUNK, LINE_MAX, LOOKAHEAD);
  }

  /** Creates a tokenizer with other chunk sizes (for tests that cut text often). */
  PropreTokenizer(AttributeFactory factory, FrenchTokenizer tokenizer, int maxTokenLength,
      int chunk, int lineMax, int lookahead) {
    super(Objects.requireNonNull(factory, "factory"));
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    this.maxTokenLength = checkMaxTokenLength(maxTokenLength);
    if (chunk < 1 || lineMax < 2 || lookahead < 0) {
      throw new IllegalArgumentException("chunk, lineMax, lookahead: expected >= 1, >= 2, >= 0, got "
          + chunk + ", " + lineMax + ", " + lookahead);
    }
    this.chunk = chunk;
    this.lineMax = lineMax;
    this.lookahead = lookahead;
    this.buf = new char[chunk + lookahead];
    this.cursor = tokenizer.cursor("");
  }

  static int checkMaxTokenLength(int maxTokenLength) {
    if (maxTokenLength < 1 || maxTokenLength > MAX_TOKEN_LENGTH_LIMIT) {
      throw new IllegalArgumentException("maxTokenLength: expected 1 to " + MAX_TOKEN_LENGTH_LIMIT
          + ", got " + maxTokenLength);
    }
    return maxTokenLength;
  }

  /** Returns the longest token this tokenizer emits, in chars. */
  public int maxTokenLength() {
    return maxTokenLength;
  }

  /** Returns the French tokenizer this tokenizer applies. */
  public FrenchTokenizer frenchTokenizer() {
    return tokenizer;
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    int skipped = 0;
    while (true) {
      if (!chunkLoaded || !cursor.next() || cursor.start() >= cut) {
        if (!nextChunk()) {
          skippedPositions += skipped;
          return false;
        }
        continue;
      }
      int s = cursor.start();
      int e = cursor.end();
      consumedTo = e;
      if (e - s > maxTokenLength) {
        skipped++;
        continue;
      }
      termAtt.copyBuffer(buf, s, e - s);
      offsetAtt.setOffset(correctOffset(bufBase + s), correctOffset(bufBase + e));
      typeAtt.setType(TokenTypes.of(cursor.type()));
      posIncAtt.setPositionIncrement(1 + skipped);
      return true;
    }
  }

  /** Loads the next chunk into the cursor; returns false at the end of the input. */
  private boolean nextChunk() throws IOException {
    int from = chunkLoaded ? Math.max(cut, consumedTo) : 0;
    chunkLoaded = false;
    if (from > 0) {
      System.arraycopy(buf, from, buf, 0, bufLen - from);
      bufLen -= from;
      bufBase += from;
      noBreakBefore = Math.max(0, noBreakBefore - from);
      noSeparatorBefore = Math.max(0, noSeparatorBefore - from);
    }
    cut = 0;
    consumedTo = 0;
    while (cut == 0) {
      if (!eof) {
        fill(bufLen + chunk);
      }
      if (eof) {
        if (bufLen == 0) {
          return false;
        }
        cut = bufLen;
      } else {
        cut = findCut();
      }
    }
    if (!eof && bufLen < cut + lookahead) {
      fill(cut + lookahead);
    }
    view.set(buf, Math.min(bufLen, cut + lookahead));
    cursor.reset(view);
    chunkLoaded = true;
    return true;
  }

  /** Returns where to cut the buffer (after its last line break, or its last separator), or 0 to read more. */
  private int findCut() {
    for (int i = bufLen - 1; i >= noBreakBefore; i--) {
      if (isLineBreak(buf[i])) {
        noBreakBefore = bufLen;
        return i + 1;
      }
    }
    noBreakBefore = bufLen;
    if (bufLen < lineMax) {
      return 0;
    }
    for (int i = bufLen - 1; i >= noSeparatorBefore; i--) {
      if (FrenchTokenizer.isSeparator(buf[i])) {
        noSeparatorBefore = bufLen;
        return i + 1;
      }
    }
    noSeparatorBefore = bufLen;
    return Character.isHighSurrogate(buf[bufLen - 1]) ? bufLen - 1 : bufLen;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028' || c == '\u0085' || c == '\u000B'
        || c == '\u000C';
  }

  /** Reads until the buffer holds {@code target} chars or the input ends. */
  private void fill(int target) throws IOException {
    if (buf.length < target) {
      buf = Arrays.copyOf(buf, Math.max(target, (int) Math.min(Integer.MAX_VALUE - 8, buf.length * 2L)));
    }
    while (bufLen < target) {
      int n = input.read(buf, bufLen, buf.length - bufLen);
      if (n < 0) {
        eof = true;
        return;
      }
      bufLen += n;
    }
  }

  @Override
  public void end() throws IOException {
    super.end();
    int finalOffset = correctOffset(bufBase + bufLen);
    offsetAtt.setOffset(finalOffset, finalOffset);
    posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skippedPositions);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    bufLen = 0;
    bufBase = 0;
    eof = false;
    chunkLoaded = false;
    cut = 0;
    consumedTo = 0;
    noBreakBefore = 0;
    noSeparatorBefore = 0;
    skippedPositions = 0;
  }

  @Override
  public void close() throws IOException {
    super.close();
    // A huge line grew the buffers: give the memory back rather than keep it per reused tokenizer.
    if (buf.length > 4 * (chunk + lookahead)) {
      buf = new char[chunk + lookahead];
      cursor = tokenizer.cursor("");
    }
    view.set(buf, 0);
  }

  /** A CharSequence over a prefix of a char array, so the cursor copies the chunk without a String. */
  private static final class CharArrayView implements CharSequence {
    private char[] a = new char[0];
    private int length;

    void set(char[] a, int length) {
      this.a = a;
      this.length = length;
    }

    @Override
    public int length() {
      return length;
    }

    @Override
    public char charAt(int index) {
      return a[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new String(a, start, end - start);
    }

    @Override
    public String toString() {
      return new String(a, 0, length);
    }
  }
}
