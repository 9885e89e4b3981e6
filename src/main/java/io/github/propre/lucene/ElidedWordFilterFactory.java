package io.github.propre.lucene;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Returns {@link ElidedWordFilter}s; registered for Lucene's SPI as {@value #NAME}.
 *
 * <p>Argument: {@code mode}, {@code drop} (the default) or {@code fold}. Immutable and thread-safe.
 *
 * <pre>{@code
 * builder.addTokenFilter("propreElision", "mode", "drop");
 * }</pre>
 *
 * <p>Solr: {@code <filter name="propreElision" mode="drop"/>}.
 *
 */
public class ElidedWordFilterFactory extends TokenFilterFactory {
  /** The SPI name. */
  public static final String NAME = "propreElision";

  private final ElidedWordFilter.Mode mode;

  /**
   * Creates a factory from its arguments, which it consumes.
   *
   * @throws IllegalArgumentException if an argument is unknown or invalid
   */
  public ElidedWordFilterFactory(Map<String, String> args) {
    super(args);
    mode = Factories.choice(args, "mode", ElidedWordFilter.Mode.class, ElidedWordFilter.Mode.DROP);
    Factories.rejectUnknown(args);
  }

  /** Default constructor for SPI lookups only. */
  public ElidedWordFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new ElidedWordFilter(input, mode);
  }
}
