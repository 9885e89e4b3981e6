package io.github.propre.token;

import io.github.propre.text.OffsetMap;
import io.github.propre.text.Span;
import java.util.Objects;

/**
 * Returns one token of a French text: its exact text, type, offsets, normalized form, and whether a
 * space follows it.
 *
 * <p>Immutable and thread-safe. Offsets are UTF-16 offsets into the text that was tokenized, half-open
 * ({@code end} excluded); {@link #mapped(OffsetMap)} moves them into the raw text a cleaning step
 * started from.
 *
 * <pre>{@code
 * Token t = FrenchTokenizer.standard().tokenize("L’homme").get(0);
 * t.text();        // "L’"
 * t.type();        // ELIDED
 * t.normalized();  // "L'"
 * }</pre>
 */
public final class Token {
  private final String text;
  private final TokenType type;
  private final int start;
  private final int end;
  private final String normalized;
  private final boolean spaceAfter;

  /**
   * Creates a token.
   *
   * @param text the token's characters
   * @param type its type
   * @param start offset of its first character
   * @param end offset after its last character
   * @param normalized its normalized form (see {@link #normalized()})
   * @param spaceAfter whether a separator follows it
   * @throws NullPointerException if {@code text}, {@code type} or {@code normalized} is null
   * @throws IllegalArgumentException if the offsets are negative or out of order
   */
  public Token(String text, TokenType type, int start, int end, String normalized, boolean spaceAfter) {
    this.text = Objects.requireNonNull(text, "text");
    this.type = Objects.requireNonNull(type, "type");
    this.normalized = Objects.requireNonNull(normalized, "normalized");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "token: expected 0 <= start <= end, got start=" + start + ", end=" + end);
    }
    this.start = start;
    this.end = end;
    this.spaceAfter = spaceAfter;
  }

  /**
   * Returns a token whose normalized form is the one the tokenizer gives (see {@link #normalized()}):
   * how to make a token by hand, from a token's text and type.
   *
   * <pre>{@code
   * Token.of("l’", TokenType.ELIDED, 0, 2, false).normalized();  // "l'"
   * }</pre>
   *
   * @param text the token's characters
   * @param type its type
   * @param start offset of its first character
   * @param end offset after its last character
   * @param spaceAfter whether a separator follows it
   * @throws NullPointerException if {@code text} or {@code type} is null
   * @throws IllegalArgumentException if the offsets are negative or out of order
   */
  public static Token of(String text, TokenType type, int start, int end, boolean spaceAfter) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    return new Token(text, type, start, end, Normalization.of(text, type), spaceAfter);
  }

  /** Returns the token's characters, exactly as in the input. */
  public String text() {
    return text;
  }

  /** Returns the token's type. */
  public TokenType type() {
    return type;
  }

  /** Returns the offset of the token's first character. */
  public int start() {
    return start;
  }

  /** Returns the offset after the token's last character. */
  public int end() {
    return end;
  }

  /** Returns the token's span {@code [start, end)}. */
  public Span span() {
    return new Span(start, end);
  }

  /**
   * Returns the token in NFC with typography folded: apostrophe look-alikes become {@code '} (in words),
   * U+2010 and U+2011 become {@code -}, soft hyphens are dropped, and the spaces between a number's
   * digit groups become one U+0020. Equal to {@link #text()} when nothing needs folding.
   */
  public String normalized() {
    return normalized;
  }

  /** Returns true if a separator (any kind of space or line break) follows the token. */
  public boolean spaceAfter() {
    return spaceAfter;
  }

  /** Returns this token with its offsets mapped into the raw text through {@code map}. */
  public Token mapped(OffsetMap map) {
    Objects.requireNonNull(map, "map");
    Span raw = map.rawSpan(start, end);
    return new Token(text, type, raw.start(), raw.end(), normalized, spaceAfter);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Token t && t.start == start && t.end == end && t.type == type
        && t.spaceAfter == spaceAfter && t.text.equals(text) && t.normalized.equals(normalized);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, type, start, end, spaceAfter);
  }

  /** Returns a debugging form such as {@code l’/ELIDED[0,2)}. */
  @Override
  public String toString() {
    return text + "/" + type + "[" + start + "," + end + ")";
  }
}
