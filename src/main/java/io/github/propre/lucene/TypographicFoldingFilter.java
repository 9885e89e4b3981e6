package io.github.propre.lucene;

import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Folds the typographic variants of French text inside each term, so that a query typed one way
 * finds a document typeset another way.
 *
 * <ul>
 *   <li>Every apostrophe look-alike ({@code ’ ʼ ‘ ` ´ ′}) becomes {@code '}: {@code aujourd’hui} and
 *       {@code aujourd'hui} are one term (Lucene's {@code FrenchAnalyzer} keeps them apart).
 *   <li>The Unicode hyphens U+2010 and U+2011 become {@code -}; soft hyphens (U+00AD) are removed.
 *   <li>A space of any width between two digits is removed: {@code 80 000}, {@code 80 000} (with a
 *       narrow no-break space) and {@code 80000} are one term.
 *   <li>The term is put in Unicode NFC (a decomposed {@code é} equals a composed one).
 * </ul>
 *
 * <p>Punctuation and symbol tokens from {@link PropreTokenizer} keep their apostrophes (a {@code ‘}
 * there is a quote mark). The filter never adds chars and keeps offsets. It suits query-time
 * normalization too (its factory's {@code normalize} applies it). Not thread-safe, like every token
 * stream.
 *
 * <pre>{@code
 * TokenStream ts = new TypographicFoldingFilter(new PropreTokenizer());
 * // "aujourd’hui 80 000" -> aujourd'hui, 80000
 * }</pre>
 */
public final class TypographicFoldingFilter extends TokenFilter {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final StringBuilder scratch = new StringBuilder();

  /**
   * Creates a filter.
   *
   * @throws NullPointerException if {@code input} is null
   */
  public TypographicFoldingFilter(TokenStream input) {
    super(Objects.requireNonNull(input, "input"));
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String type = typeAtt.type();
    boolean punctuation = TokenTypes.is(type, TokenTypes.PUNCTUATION) || TokenTypes.is(type, TokenTypes.SYMBOL);
    char[] b = termAtt.buffer();
    int n = termAtt.length();
    int w = 0;
    boolean nonAscii = false;
    for (int i = 0; i < n; i++) {
      char c = b[i];
      if (c < 0x80 && c != '`' && c != ' ') {
        b[w++] = c;
        continue;
      }
      nonAscii |= c >= 0x80;
      if (c == '\u00AD') {
        continue;
      }
      if (isGroupSpace(c)) {
        if (w > 0 && isDigit(b[w - 1]) && i + 1 < n && isDigit(b[i + 1])) {
          continue;
        }
      } else if (!punctuation && Apostrophes.is(c)) {
        c = '\'';
      } else if (c == '\u2010' || c == '\u2011') {
        c = '-';
      }
      b[w++] = c;
    }
    termAtt.setLength(w);
    if (nonAscii && NFC.quickCheck(termAtt) != Normalizer.YES) {
      scratch.setLength(0);
      NFC.normalize(termAtt, scratch);
      termAtt.setEmpty().append(scratch);
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9' || c > 0x7F && Character.isDigit(c);
  }

  private static boolean isGroupSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c >= '\u2000' && c <= '\u200A';
  }
}
