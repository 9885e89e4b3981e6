package io.github.propre.lucene;

import java.util.Objects;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Drops or folds the elided words ({@code l’}, {@code qu’}, {@code jusqu’}) that
 * {@link PropreTokenizer} emits as tokens of their own (type {@code <ELIDED>}).
 *
 * <p>Because the elided word is a separate token, the word after it keeps offsets that cover the word
 * only: a highlighter marks {@code été} in {@code l’été}, not {@code l’été} nor {@code l’}
 * (Lucene's {@code ElisionFilter} strips the article from one token and keeps its offsets, which is
 * Elasticsearch issue #52264).
 *
 * <ul>
 *   <li>{@link Mode#DROP} (the default) removes the elided token without leaving a position gap, so
 *       {@code "beaucoup d’eau"} and {@code "beaucoup eau"} match as phrases, as with
 *       {@code ElisionFilter}.
 *   <li>{@link Mode#FOLD} keeps it and removes its apostrophe, whichever look-alike it is:
 *       {@code L’}, {@code l'} and {@code lʼ} all become {@code l} (with its case kept), the form the
 *       Snowball French stop list and {@code ElisionFilter}'s article set use.
 * </ul>
 *
 * <p>Tokens of other types, or from other tokenizers, pass unchanged. Not thread-safe, like every
 * token stream.
 *
 * <pre>{@code
 * TokenStream ts = new ElidedWordFilter(new PropreTokenizer(), ElidedWordFilter.Mode.DROP);
 * // "l’été qu’il" -> été 2-5, il 9-11
 * }</pre>
 */
public final class ElidedWordFilter extends DroppingFilter {
  /** What to do with an elided word. */
  public enum Mode {
    /** Remove it, without a position gap. */
    DROP,
    /** Keep it without its apostrophe: {@code l’} becomes {@code l}. */
    FOLD
  }

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final Mode mode;

  /** Creates a filter that drops elided words. */
  public ElidedWordFilter(TokenStream input) {
    this(input, Mode.DROP);
  }

  /**
   * Creates a filter.
   *
   * @throws NullPointerException if {@code input} or {@code mode} is null
   */
  public ElidedWordFilter(TokenStream input, Mode mode) {
    super(Objects.requireNonNull(input, "input"));
    this.mode = Objects.requireNonNull(mode, "mode");
  }

  @Override
  boolean drop() {
    if (!TokenTypes.is(typeAtt.type(), TokenTypes.ELIDED)) {
      return false;
    }
    if (mode == Mode.DROP) {
      return true;
    }
    int n = termAtt.length();
    if (n > 1 && Apostrophes.is(termAtt.charAt(n - 1))) {
      termAtt.setLength(n - 1);
    }
    return false;
  }
}
