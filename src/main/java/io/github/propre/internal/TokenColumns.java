package io.github.propre.internal;

import io.github.propre.token.Token;
import io.github.propre.token.TokenType;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The tokens of a text as an immutable list that keeps each token in 9 to 17 bytes of arrays (its
 * offsets, type and spacing) and makes the {@link Token} when asked for it.
 *
 * <p>Why not a list of tokens: a {@link Token} with its strings takes about 100 bytes, 2 GB for
 * the 21 M tokens of 100 M characters. The whole pipeline on 100 M characters held 3.4 GB, and the
 * garbage collector, copying that live graph, took a third of the run: 24 to 28 M chars/s against 45
 * on 1 M characters (2026-11-25). Kept as columns, the tokens take 9 bytes each (17 when they report
 * offsets of their own, mapped to a raw text), in a few primitive arrays the collector does not scan.
 *
 * <p>Each {@link #get} makes a new token, equal to the one made before (tokens are values): a caller
 * that reads every token pays about what building a list of tokens costs (up to 8 % more, measured),
 * and one that reads few, or only {@link #size()}, does not. Immutable once built, so safe to share
 * between threads. Built by one thread with a {@link Builder}; {@link
 * io.github.propre.token.FrenchTokenizer#tokenize} returns one, which {@code Document} relies on to
 * read the tokens' offsets in the cleaned text without making them:
 *
 * <pre>{@code
 * TokenColumns.Builder b = new TokenColumns.Builder(text, text.length() / 4, false);
 * b.add(start, end, TokenType.WORD, true);
 * List<Token> tokens = b.build();
 * }</pre>
 */
public final class TokenColumns extends AbstractList<Token> implements RandomAccess {
  private static final TokenType[] TYPES = TokenType.values();
  private static final int TYPE_MASK = 0x3F;
  private static final int SPACE_AFTER = 0x40;

  private final String text;
  private final int size;
  private final int[] starts;
  private final int[] ends;
  /** The offsets the tokens report: {@link #starts} and {@link #ends} themselves unless mapped. */
  private final int[] reportedStarts;
  private final int[] reportedEnds;
  /** The type's ordinal, and {@link #SPACE_AFTER}. */
  private final byte[] kinds;

  private TokenColumns(Builder b) {
    this.text = b.text;
    this.size = b.size;
    // The builder's arrays as they are, not trimmed: a copy would double the memory for a moment.
    this.starts = b.starts;
    this.ends = b.ends;
    this.reportedStarts = b.reportedStarts == null ? starts : b.reportedStarts;
    this.reportedEnds = b.reportedEnds == null ? ends : b.reportedEnds;
    this.kinds = b.kinds;
  }

  @Override
  public Token get(int index) {
    int i = Objects.checkIndex(index, size);
    return Token.of(text.substring(starts[i], ends[i]), TYPES[kinds[i] & TYPE_MASK],
        reportedStarts[i], reportedEnds[i], (kinds[i] & SPACE_AFTER) != 0);
  }

  @Override
  public int size() {
    return size;
  }

  /** Returns where the {@code index}-th token starts in the text it was cut from (not mapped). */
  public int textStart(int index) {
    return starts[Objects.checkIndex(index, size)];
  }

  /** Returns where the {@code index}-th token ends in the text it was cut from (not mapped). */
  public int textEnd(int index) {
    return ends[Objects.checkIndex(index, size)];
  }

  /** Returns the {@code index}-th token's type, without making the token. */
  public TokenType type(int index) {
    return TYPES[kinds[Objects.checkIndex(index, size)] & TYPE_MASK];
  }

  /** Collects the tokens of one text, in order. Not thread-safe. */
  public static final class Builder {
    private final String text;
    private int size;
    private int[] starts;
    private int[] ends;
    private int[] reportedStarts;
    private int[] reportedEnds;
    private byte[] kinds;

    /**
     * Starts a list of tokens of {@code text}.
     *
     * @param text the text the tokens are cut from
     * @param expected about how many tokens will come (the arrays grow past it)
     * @param mapped true if each token will be given with the offsets it reports as well
     */
    public Builder(String text, int expected, boolean mapped) {
      this.text = Objects.requireNonNull(text, "text");
      int n = Math.max(16, expected);
      starts = new int[n];
      ends = new int[n];
      kinds = new byte[n];
      if (mapped) {
        reportedStarts = new int[n];
        reportedEnds = new int[n];
      }
    }

    /** Adds the token {@code text[start, end)}, which reports those offsets; for a builder not mapped. */
    public void add(int start, int end, TokenType type, boolean spaceAfter) {
      if (reportedStarts != null) {
        throw new IllegalStateException("this builder is mapped: give the reported offsets too");
      }
      put(start, end, type, spaceAfter);
    }

    /** Adds the token {@code text[start, end)}, which reports {@code [reportedStart, reportedEnd)}. */
    public void add(int start, int end, TokenType type, boolean spaceAfter, int reportedStart, int reportedEnd) {
      if (reportedStarts == null) {
        throw new IllegalStateException("this builder is not mapped: its tokens report their offsets in the text");
      }
      int i = size;
      put(start, end, type, spaceAfter);
      reportedStarts[i] = reportedStart;
      reportedEnds[i] = reportedEnd;
    }

    private void put(int start, int end, TokenType type, boolean spaceAfter) {
      if (starts == null) {
        throw new IllegalStateException("build() was called: start a new builder");
      }
      if (size == starts.length) {
        int n = (int) Math.min(Integer.MAX_VALUE - 8, size + (long) (size >> 1));
        starts = Arrays.copyOf(starts, n);
        ends = Arrays.copyOf(ends, n);
        kinds = Arrays.copyOf(kinds, n);
        if (reportedStarts != null) {
          reportedStarts = Arrays.copyOf(reportedStarts, n);
          reportedEnds = Arrays.copyOf(reportedEnds, n);
        }
      }
      starts[size] = start;
      ends[size] = end;
      kinds[size] = (byte) (type.ordinal() | (spaceAfter ? SPACE_AFTER : 0));
      size++;
    }

    /** Returns the tokens added, as an immutable list; the builder must not be used after. */
    public TokenColumns build() {
      TokenColumns built = new TokenColumns(this);
      starts = null; // a later add fails at once instead of changing the list
      return built;
    }
  }
}
