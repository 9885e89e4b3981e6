package io.github.propre.lucene;

import io.github.propre.token.TokenType;
import java.util.Objects;

/**
 * Returns the Lucene type strings ({@code TypeAttribute}) that {@link PropreTokenizer} gives each
 * {@link TokenType}: the enum name in angle brackets, as Lucene's own tokenizers write theirs
 * ({@code <WORD>}, {@code <ELIDED>}, {@code <PUNCTUATION>}, ...).
 *
 * <p>The strings are constants, so Lucene's {@code TypeTokenFilter} and Solr's type-based filters can
 * name them. Stateless and thread-safe.
 *
 * <pre>{@code
 * TokenTypes.of(TokenType.ELIDED);     // "<ELIDED>"
 * TokenTypes.parse("<PUNCTUATION>");   // TokenType.PUNCTUATION
 * TokenTypes.parse("<ALPHANUM>");      // null: not one of Propre's types
 * }</pre>
 */
public final class TokenTypes {
  private static final TokenType[] VALUES = TokenType.values();
  private static final String[] NAMES = new String[VALUES.length];

  static {
    for (TokenType t : VALUES) {
      NAMES[t.ordinal()] = ("<" + t.name() + ">").intern();
    }
  }

  /** The type string of elided words ({@code l’}, {@code qu’}). */
  public static final String ELIDED = of(TokenType.ELIDED);
  /** The type string of clitic tails ({@code -t-il}, {@code -moi}). */
  public static final String CLITIC = of(TokenType.CLITIC);
  /** The type string of punctuation tokens. */
  public static final String PUNCTUATION = of(TokenType.PUNCTUATION);
  /** The type string of symbol tokens ({@code %}, {@code €}, {@code °C}). */
  public static final String SYMBOL = of(TokenType.SYMBOL);

  private TokenTypes() {}

  /** Returns the type string of {@code type}. */
  public static String of(TokenType type) {
    return NAMES[Objects.requireNonNull(type, "type").ordinal()];
  }

  /** Returns the token type named by {@code typeString}, or null if it is not one of Propre's. */
  public static TokenType parse(String typeString) {
    Objects.requireNonNull(typeString, "typeString");
    for (int i = 0; i < NAMES.length; i++) {
      if (NAMES[i].equals(typeString)) {
        return VALUES[i];
      }
    }
    return null;
  }

  /** Returns true if {@code actual} (a TypeAttribute value) is {@code expected}, one of the constants. */
  static boolean is(String actual, String expected) {
    return actual == expected || expected.equals(actual);
  }
}
