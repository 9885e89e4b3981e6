package io.github.propre.lucene;

import java.util.Objects;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Strips or drops the clitic tails ({@code -t-il}, {@code -elle}, {@code -moi}, {@code -y}) that
 * {@link PropreTokenizer} splits off verbs (type {@code <CLITIC>}).
 *
 * <ul>
 *   <li>{@link Mode#STRIP} (the default) keeps the pronoun alone: {@code -t-il} becomes {@code il},
 *       {@code -moi} becomes {@code moi}, {@code -t’} (in {@code va-t’en}) becomes {@code t}, so that
 *       a stop filter removes it and a query for {@code il} finds it. The offsets still cover the
 *       whole tail.
 *   <li>{@link Mode#DROP} removes the token without leaving a position gap.
 * </ul>
 *
 * <p>Tokens of other types, or from other tokenizers, pass unchanged. Not thread-safe, like every
 * token stream.
 *
 * <pre>{@code
 * TokenStream ts = new CliticFilter(new PropreTokenizer(), CliticFilter.Mode.STRIP);
 * // "Viendra-t-il ?" -> Viendra, il, ?
 * }</pre>
 */
public final class CliticFilter extends DroppingFilter {
  /** What to do with a clitic tail. */
  public enum Mode {
    /** Keep the pronoun without its hyphen and euphonic {@code -t-}. */
    STRIP,
    /** Remove the token, without a position gap. */
    DROP
  }

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final Mode mode;

  /** Creates a filter that strips clitic tails to their pronoun. */
  public CliticFilter(TokenStream input) {
    this(input, Mode.STRIP);
  }

  /**
   * Creates a filter.
   *
   * @throws NullPointerException if {@code input} or {@code mode} is null
   */
  public CliticFilter(TokenStream input, Mode mode) {
    super(Objects.requireNonNull(input, "input"));
    this.mode = Objects.requireNonNull(mode, "mode");
  }

  @Override
  boolean drop() {
    if (!TokenTypes.is(typeAtt.type(), TokenTypes.CLITIC)) {
      return false;
    }
    if (mode == Mode.DROP) {
      return true;
    }
    char[] b = termAtt.buffer();
    int n = termAtt.length();
    int s = 0;
    if (s < n && isHyphen(b[s])) {
      s++;
    }
    // The euphonic t: "-t-il", "-t-on" (never "-toi", whose t is the pronoun's).
    if (s + 2 < n && (b[s] == 't' || b[s] == 'T') && isHyphen(b[s + 1])) {
      s += 2;
    }
    // An elided pronoun: "-t’" in "va-t’en", "-m’" in "donne-m’en".
    int e = n > s + 1 && Apostrophes.is(b[n - 1]) ? n - 1 : n;
    if (s > 0 && s < e) {
      System.arraycopy(b, s, b, 0, e - s);
      termAtt.setLength(e - s);
    }
    return false;
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }
}
