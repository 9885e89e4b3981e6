package io.github.propre.lucene;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Returns {@link TypographicFoldingFilter}s; registered for Lucene's SPI as {@value #NAME}. It takes no
 * argument, and also applies to query terms that are normalized rather than analyzed (wildcard,
 * prefix, fuzzy). Immutable and thread-safe.
 *
 * <pre>{@code
 * builder.addTokenFilter("propreFolding");
 * }</pre>
 *
 * <p>Solr: {@code <filter name="propreFolding"/>}.
 *
 */
public class TypographicFoldingFilterFactory extends TokenFilterFactory {
  /** The SPI name. */
  public static final String NAME = "propreFolding";

  /**
   * Creates a factory from its arguments, which must be empty.
   *
   * @throws IllegalArgumentException if an argument is given
   */
  public TypographicFoldingFilterFactory(Map<String, String> args) {
    super(args);
    Factories.rejectUnknown(args);
  }

  /** Default constructor for SPI lookups only. */
  public TypographicFoldingFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new TypographicFoldingFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return create(input);
  }
}
