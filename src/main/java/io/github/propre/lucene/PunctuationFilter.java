package io.github.propre.lucene;

import java.util.Objects;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Drops punctuation tokens ({@code ,} {@code «} {@code ...} {@code —}), and optionally symbol tokens
 * ({@code %} {@code €} {@code °C}), without leaving a position gap, as Lucene's
 * {@code StandardTokenizer} never emits them.
 *
 * <p>Tokens typed by {@link PropreTokenizer} are dropped by type ({@code <PUNCTUATION>},
 * {@code <SYMBOL>}), so emoticons such as {@code :-)} stay. Tokens of any other type (from another
 * tokenizer) are dropped when every code point is punctuation (Unicode categories P*), or a symbol
 * (S*) when symbols are dropped too. Not thread-safe, like every token stream.
 *
 * <pre>{@code
 * TokenStream ts = new PunctuationFilter(new PropreTokenizer(), false);
 * // "Oui, 12 % !" -> Oui, 12, %
 * }</pre>
 */
public final class PunctuationFilter extends DroppingFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final boolean symbols;

  /** Creates a filter that drops punctuation and keeps symbols. */
  public PunctuationFilter(TokenStream input) {
    this(input, false);
  }

  /**
   * Creates a filter that drops punctuation, and symbols too if {@code symbols} is true.
   *
   * @throws NullPointerException if {@code input} is null
   */
  public PunctuationFilter(TokenStream input, boolean symbols) {
    super(Objects.requireNonNull(input, "input"));
    this.symbols = symbols;
  }

  @Override
  boolean drop() {
    String type = typeAtt.type();
    if (TokenTypes.is(type, TokenTypes.PUNCTUATION)) {
      return true;
    }
    if (TokenTypes.is(type, TokenTypes.SYMBOL)) {
      return symbols;
    }
    if (type.length() > 2 && type.charAt(0) == '<' && TokenTypes.parse(type) != null) {
      return false;
    }
    return allPunctuation();
  }

  private boolean allPunctuation() {
    char[] b = termAtt.buffer();
    int n = termAtt.length();
    if (n == 0) {
      return false;
    }
    for (int i = 0; i < n; ) {
      int cp = Character.codePointAt(b, i, n);
      if (!isPunctuation(cp) && !(symbols && isSymbol(cp))) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  private static boolean isPunctuation(int cp) {
    switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }

  private static boolean isSymbol(int cp) {
    switch (Character.getType(cp)) {
      case Character.MATH_SYMBOL:
      case Character.CURRENCY_SYMBOL:
      case Character.MODIFIER_SYMBOL:
      case Character.OTHER_SYMBOL:
        return true;
      default:
        return false;
    }
  }
}
