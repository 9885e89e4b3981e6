package io.github.propre.lucene;

import io.github.propre.clean.Apostrophes;
import io.github.propre.clean.Cleaner;
import io.github.propre.clean.Malformed;
import io.github.propre.clean.QuoteSpace;
import io.github.propre.clean.Quotes;
import io.github.propre.clean.Spaces;
import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/**
 * Returns {@link PropreCharFilter}s; registered for Lucene's SPI as {@value #NAME}.
 *
 * <p>Arguments, each optional and starting from {@link Cleaner#defaults()}: the booleans
 * {@code repairEncoding}, {@code htmlEntities}, {@code normalizeUnicode}, {@code normalizeLineBreaks},
 * {@code trimLines}, {@code collapseSpaces}; {@code apostrophes} ({@code typographic}, {@code ascii},
 * {@code keep}); {@code quotes} ({@code keep}, {@code guillemets}, {@code straight}, {@code english});
 * {@code quoteSpace} ({@code none}, {@code space}, {@code nbsp}, {@code nnbsp}); {@code spaces}
 * ({@code keep}, {@code french}, {@code plain}); {@code unpairedSurrogates} ({@code keep},
 * {@code replace}). They are the {@link Cleaner.Builder} settings of the same names. The factory
 * also cleans query terms that are normalized rather than analyzed. Immutable and thread-safe.
 *
 * <pre>{@code
 * builder.addCharFilter("propreClean", "htmlEntities", "true");
 * }</pre>
 *
 * <p>Solr: {@code <charFilter name="propreClean" htmlEntities="true"/>}.
 */
public class PropreCharFilterFactory extends CharFilterFactory {
  /** The SPI name. */
  public static final String NAME = "propreClean";

  private final Cleaner cleaner;

  /**
   * Creates a factory from its arguments, which it consumes.
   *
   * @throws IllegalArgumentException if an argument is unknown or invalid
   */
  public PropreCharFilterFactory(Map<String, String> args) {
    super(args);
    Cleaner.Builder b = Cleaner.builder();
    Boolean v;
    if ((v = flag(args, "repairEncoding")) != null) {
      b.repairEncoding(v);
    }
    if ((v = flag(args, "htmlEntities")) != null) {
      b.htmlEntities(v);
    }
    if ((v = flag(args, "normalizeUnicode")) != null) {
      b.normalizeUnicode(v);
    }
    if ((v = flag(args, "normalizeLineBreaks")) != null) {
      b.normalizeLineBreaks(v);
    }
    if ((v = flag(args, "trimLines")) != null) {
      b.trimLines(v);
    }
    if ((v = flag(args, "collapseSpaces")) != null) {
      b.collapseSpaces(v);
    }
    Apostrophes apostrophes = Factories.choice(args, "apostrophes", Apostrophes.class, null);
    if (apostrophes != null) {
      b.apostrophes(apostrophes);
    }
    Quotes quotes = Factories.choice(args, "quotes", Quotes.class, null);
    if (quotes != null) {
      b.quotes(quotes);
    }
    QuoteSpace quoteSpace = Factories.choice(args, "quoteSpace", QuoteSpace.class, null);
    if (quoteSpace != null) {
      b.quoteSpace(quoteSpace);
    }
    Spaces spaces = Factories.choice(args, "spaces", Spaces.class, null);
    if (spaces != null) {
      b.spaces(spaces);
    }
    Malformed surrogates = Factories.choice(args, "unpairedSurrogates", Malformed.class, null);
    if (surrogates != null) {
      b.unpairedSurrogates(surrogates);
    }
    Factories.rejectUnknown(args);
    cleaner = b.build();
  }

  /** Default constructor for SPI lookups only. */
  public PropreCharFilterFactory() {
    throw defaultCtorException();
  }

  /** Returns the cleaner this factory's char filters apply. */
  public Cleaner cleaner() {
    return cleaner;
  }

  @Override
  public Reader create(Reader input) {
    return new PropreCharFilter(input, cleaner);
  }

  @Override
  public Reader normalize(Reader input) {
    return create(input);
  }

  private static Boolean flag(Map<String, String> args, String name) {
    String v = args.remove(name);
    if (v == null) {
      return null;
    }
    if (v.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    if (v.equalsIgnoreCase("false")) {
      return Boolean.FALSE;
    }
    throw new IllegalArgumentException(name + ": expected true or false, got \"" + v + "\"");
  }
}
