package io.github.propre.lucene;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Returns {@link PunctuationFilter}s; registered for Lucene's SPI as {@value #NAME}.
 *
 * <p>Argument: {@code symbols}, {@code false} (the default: keep {@code %}, {@code €}) or
 * {@code true} (drop them too). Immutable and thread-safe.
 *
 * <pre>{@code
 * builder.addTokenFilter("proprePunctuation", "symbols", "false");
 * }</pre>
 *
 * <p>Solr: {@code <filter name="proprePunctuation"/>}.
 *
 */
public class PunctuationFilterFactory extends TokenFilterFactory {
  /** The SPI name. */
  public static final String NAME = "proprePunctuation";

  private final boolean symbols;

  /**
   * Creates a factory from its arguments, which it consumes.
   *
   * @throws IllegalArgumentException if an argument is unknown or invalid
   */
  public PunctuationFilterFactory(Map<String, String> args) {
    super(args);
    symbols = getBoolean(args, "symbols", false);
    Factories.rejectUnknown(args);
  }

  /** Default constructor for SPI lookups only. */
  public PunctuationFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new PunctuationFilter(input, symbols);
  }
}
