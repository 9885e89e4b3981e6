package io.github.propre.token;

import io.github.propre.text.OffsetMap;
import io.github.propre.text.Span;
import java.util.Objects;

/**
 * Returns the tokens of a text one at a time, reusing itself for every token: the streaming form of
 * {@link FrenchTokenizer#tokenize}, for data pipelines and search-engine adapters.
 *
 * <p>{@link #next()} allocates nothing; {@link #reset(CharSequence)} starts over on another text,
 * reusing the cursor's buffer. The cursor is also a {@link CharSequence} that reads as the current
 * token. The cursor copies the text when it is given, so later changes to a mutable
 * {@code CharSequence} do not affect it. Not thread-safe: use one cursor per thread (the tokenizer that
 * creates cursors is shared freely).
 *
 * <pre>{@code
 * TokenCursor c = FrenchTokenizer.standard().cursor("Allez-y !");
 * while (c.next()) {
 *   System.out.println(c + " " + c.type() + " " + c.start() + "-" + c.end());
 * }
 * // Allez WORD 0-5, -y CLITIC 5-7, ! PUNCTUATION 8-9
 * }</pre>
 */
public final class TokenCursor implements CharSequence {
  private final Scanner scanner;
  private boolean onToken;
  /** Where the scanned range starts in the caller's text. */
  private int base;

  TokenCursor(Scanner scanner, CharSequence text) {
    this.scanner = scanner;
    reset(text);
  }

  /** Starts over on {@code text}; returns this cursor. */
  public TokenCursor reset(CharSequence text) {
    Objects.requireNonNull(text, "text");
    scanner.reset(text, 0, text.length());
    base = 0;
    onToken = false;
    return this;
  }

  /**
   * Starts over on {@code text[start, end)}, tokenized as if it were the whole text, with
   * {@link #start()} and {@link #end()} still counted from the start of {@code text}; returns this
   * cursor. Only that range is copied: this is how to tokenize a window of a long text.
   *
   * @throws IndexOutOfBoundsException if {@code start < 0}, {@code start > end} or
   *     {@code end > text.length()}
   */
  public TokenCursor reset(CharSequence text, int start, int end) {
    Objects.requireNonNull(text, "text");
    Objects.checkFromToIndex(start, end, text.length());
    scanner.reset(text, start, end);
    base = start;
    onToken = false;
    return this;
  }

  /** Advances to the next token; returns false (and stays there) when there is none left. */
  public boolean next() {
    onToken = scanner.next();
    return onToken;
  }

  /** Returns the offset of the current token's first character. */
  public int start() {
    check();
    return base + scanner.start;
  }

  /** Returns the offset after the current token's last character. */
  public int end() {
    check();
    return base + scanner.end;
  }

  /** Returns the current token's type. */
  public TokenType type() {
    check();
    return scanner.type;
  }

  /** Returns true if a separator follows the current token. */
  public boolean spaceAfter() {
    check();
    return scanner.spaceAfter();
  }

  /** Returns the length of the current token in UTF-16 units. */
  @Override
  public int length() {
    check();
    return scanner.end - scanner.start;
  }

  /** Returns the {@code index}-th char of the current token. */
  @Override
  public char charAt(int index) {
    check();
    if (index < 0 || index >= scanner.end - scanner.start) {
      throw new IndexOutOfBoundsException("index: expected 0 to " + (scanner.end - scanner.start - 1)
          + " (the current token has " + (scanner.end - scanner.start) + " chars), got " + index);
    }
    return scanner.charAt(scanner.start + index);
  }

  /** Returns a copy of part of the current token. */
  @Override
  public CharSequence subSequence(int start, int end) {
    return toString().substring(start, end);
  }

  /** Appends the current token's text to {@code out} and returns {@code out}. */
  public StringBuilder appendText(StringBuilder out) {
    check();
    return out.append(scanner.buffer(), scanner.start, scanner.end - scanner.start);
  }

  /** Appends the current token's normalized form (see {@link Token#normalized()}) to {@code out}. */
  public StringBuilder appendNormalized(StringBuilder out) {
    check();
    Normalization.appendTo(scanner.buffer(), scanner.start, scanner.end, scanner.type, out);
    return out;
  }

  /** Returns the current token as an immutable {@link Token} (this allocates). */
  public Token token() {
    check();
    return tokenAt(base + scanner.start, base + scanner.end);
  }

  /**
   * Returns the current token as an immutable {@link Token} whose offsets are mapped by {@code map}
   * (the token {@link #token()} gives, then {@link Token#mapped}, without the token in between): the
   * tokens of cleaned text with their offsets in the raw text.
   *
   * <pre>{@code
   * Cleaned c = Cleaner.defaults().clean(raw);
   * TokenCursor cur = FrenchTokenizer.standard().cursor(c.text());
   * while (cur.next()) {
   *   Token t = cur.token(c.offsets());  // t.start() and t.end() are offsets in raw
   * }
   * }</pre>
   *
   * @throws IndexOutOfBoundsException if the token lies beyond {@code map}'s cleaned length
   */
  public Token token(OffsetMap map) {
    Objects.requireNonNull(map, "map");
    check();
    int start = base + scanner.start;
    int end = base + scanner.end;
    if (!map.isIdentity() || end > map.cleanedLength()) {
      Span raw = map.rawSpan(start, end);
      start = raw.start();
      end = raw.end();
    }
    return tokenAt(start, end);
  }

  /** Returns the current token with the offsets {@code start} and {@code end}. */
  private Token tokenAt(int start, int end) {
    String text = new String(scanner.buffer(), scanner.start, scanner.end - scanner.start);
    return new Token(text, scanner.type, start, end,
        Normalization.of(scanner.buffer(), scanner.start, scanner.end, scanner.type, text),
        scanner.spaceAfter());
  }

  /** Returns the current token's text (this allocates; see {@link #appendText}). */
  @Override
  public String toString() {
    check();
    return new String(scanner.buffer(), scanner.start, scanner.end - scanner.start);
  }

  private void check() {
    if (!onToken) {
      throw new IllegalStateException("no current token: call next() first and check that it returned true");
    }
  }
}
