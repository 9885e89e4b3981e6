package io.github.propre.lucene;

import io.github.propre.clean.Cleaner;
import java.io.Reader;
import java.util.Objects;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;

/**
 * Returns a French search analyzer built on Propre's cleaner and tokenizer: a drop-in replacement for
 * Lucene's {@link FrenchAnalyzer} that finds {@code l’avocat} when the query says {@code lʼavocat},
 * {@code aujourd'hui} when the text says {@code aujourd’hui}, {@code souvent} when the text says
 * {@code souvent ?} with a narrow no-break space, {@code été} when the text says {@code Ã©tÃ©}, and
 * whose highlights cover the word, not its article.
 *
 * <p>The chain: {@link PropreCharFilter} (a {@link Cleaner}, by default {@link Cleaner#defaults()}:
 * encoding repair, NFC, apostrophes; offsets still point into the raw text) →
 * {@link PropreTokenizer} → {@link ElidedWordFilter} (drop {@code l’}, {@code qu’}) →
 * {@link PunctuationFilter} (drop punctuation, keep symbols) → {@link CliticFilter} ({@code -t-il}
 * becomes {@code il}) → {@link TypographicFoldingFilter} (apostrophes, hyphens, digit-group spaces,
 * NFC) → {@link LowerCaseFilter} → {@link StopFilter} (by default Lucene's French Snowball list, as
 * {@code FrenchAnalyzer}) → {@link SetKeywordMarkerFilter} (if a stem exclusion set is given) →
 * {@link FrenchLightStemFilter}. Query terms that are normalized rather than analyzed (wildcards,
 * prefixes) get the cleaning, folding and lower-casing steps.
 *
 * <p>Thread-safe, like every Lucene analyzer: share one instance; it keeps one token stream per thread.
 *
 * <pre>{@code
 * Analyzer french = new PropreFrenchAnalyzer();
 * IndexWriterConfig config = new IndexWriterConfig(french);
 * QueryParser parser = new QueryParser("body", french);
 * }</pre>
 */
public final class PropreFrenchAnalyzer extends StopwordAnalyzerBase {
  private final Cleaner cleaner;
  private final CharArraySet stemExclusionSet;

  /** Creates an analyzer with Lucene's default French stop words ({@link FrenchAnalyzer#getDefaultStopSet()}). */
  public PropreFrenchAnalyzer() {
    this(FrenchAnalyzer.getDefaultStopSet());
  }

  /**
   * Creates an analyzer with the given stop words ({@link CharArraySet#EMPTY_SET} for none).
   *
   * @throws NullPointerException if {@code stopwords} is null
   */
  public PropreFrenchAnalyzer(CharArraySet stopwords) {
    this(stopwords, CharArraySet.EMPTY_SET);
  }

  /**
   * Creates an analyzer with the given stop words and words that must not be stemmed.
   *
   * @throws NullPointerException if an argument is null
   */
  public PropreFrenchAnalyzer(CharArraySet stopwords, CharArraySet stemExclusionSet) {
    this(Cleaner.defaults(), stopwords, stemExclusionSet);
  }

  /**
   * Creates an analyzer that cleans with {@code cleaner}, with the given stop words and words that must
   * not be stemmed.
   *
   * @throws NullPointerException if an argument is null
   */
  public PropreFrenchAnalyzer(Cleaner cleaner, CharArraySet stopwords, CharArraySet stemExclusionSet) {
    super(Objects.requireNonNull(stopwords, "stopwords"));
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
    this.stemExclusionSet = CharArraySet.unmodifiableSet(
        CharArraySet.copy(Objects.requireNonNull(stemExclusionSet, "stemExclusionSet")));
  }

  /** Returns the cleaner applied before tokenizing. */
  public Cleaner cleaner() {
    return cleaner;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new PropreCharFilter(reader, cleaner);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new PropreCharFilter(reader, cleaner);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new PropreTokenizer();
    TokenStream result = new ElidedWordFilter(source, ElidedWordFilter.Mode.DROP);
    result = new PunctuationFilter(result, false);
    result = new CliticFilter(result, CliticFilter.Mode.STRIP);
    result = new TypographicFoldingFilter(result);
    result = new LowerCaseFilter(result);
    result = new StopFilter(result, stopwords);
    if (!stemExclusionSet.isEmpty()) {
      result = new SetKeywordMarkerFilter(result, stemExclusionSet);
    }
    result = new FrenchLightStemFilter(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(new TypographicFoldingFilter(in));
  }
}
