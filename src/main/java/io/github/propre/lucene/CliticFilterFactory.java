package io.github.propre.lucene;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Returns {@link CliticFilter}s; registered for Lucene's SPI as {@value #NAME}.
 *
 * <p>Argument: {@code mode}, {@code strip} (the default: {@code -t-il} becomes {@code il}) or
 * {@code drop}. Immutable and thread-safe.
 *
 * <pre>{@code
 * builder.addTokenFilter("propreClitic", "mode", "strip");
 * }</pre>
 *
 * <p>Solr: {@code <filter name="propreClitic" mode="strip"/>}.
 *
 */
public class CliticFilterFactory extends TokenFilterFactory {
  /** The SPI name. */
  public static final String NAME = "propreClitic";

  private final CliticFilter.Mode mode;

  /**
   * Creates a factory from its arguments, which it consumes.
   *
   * @throws IllegalArgumentException if an argument is unknown or invalid
   */
  public CliticFilterFactory(Map<String, String> args) {
    super(args);
    mode = Factories.choice(args, "mode", CliticFilter.Mode.class, CliticFilter.Mode.STRIP);
    Factories.rejectUnknown(args);
  }

  /** Default constructor for SPI lookups only. */
  public CliticFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new CliticFilter(input, mode);
  }
}
