package io.github.propre.lucene;

import io.github.propre.token.FrenchTokenizer;
import java.util.Map;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * Returns {@link PropreTokenizer}s; registered for Lucene's SPI as {@value #NAME}.
 *
 * <p>Arguments: {@code maxTokenLength} (default 255; longer tokens are skipped) and
 * {@code splitTimes} ({@code true}, the default, splits {@code 20h30} into {@code 20 h 30} as UD
 * French does; {@code false} keeps it as one number). Immutable and thread-safe once built.
 *
 * <pre>{@code
 * Analyzer a = CustomAnalyzer.builder().withTokenizer("propreFrench", "maxTokenLength", "255").build();
 * }</pre>
 *
 * <p>Solr: {@code <tokenizer name="propreFrench" maxTokenLength="255"/>}.
 *
 */
public class PropreTokenizerFactory extends TokenizerFactory {
  /** The SPI name. */
  public static final String NAME = "propreFrench";

  private final FrenchTokenizer tokenizer;
  private final int maxTokenLength;

  /**
   * Creates a factory from its arguments, which it consumes.
   *
   * @throws IllegalArgumentException if an argument is unknown or invalid
   */
  public PropreTokenizerFactory(Map<String, String> args) {
    super(args);
    maxTokenLength = PropreTokenizer.checkMaxTokenLength(
        getInt(args, "maxTokenLength", PropreTokenizer.DEFAULT_MAX_TOKEN_LENGTH));
    tokenizer = FrenchTokenizer.standard().splitTimes(getBoolean(args, "splitTimes", true));
    Factories.rejectUnknown(args);
  }

  /** Default constructor for SPI lookups only; use {@link #PropreTokenizerFactory(Map)}. */
  public PropreTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public Tokenizer create(AttributeFactory factory) {
    return new PropreTokenizer(factory, tokenizer, maxTokenLength);
  }
}
