/**
 * Propre's French analysis as Lucene components: a tokenizer, token filters, their SPI factories and a
 * ready-made French search analyzer. Only this package uses Lucene (an optional dependency: add
 * {@code lucene-core} and {@code lucene-analysis-common} 9.12+ or 10.x to use it).
 *
 * <table>
 *   <caption>Components and their SPI names (for {@code CustomAnalyzer} and Solr schemas)</caption>
 *   <tr><th>SPI name</th><th>factory</th><th>what it does</th><th>arguments</th></tr>
 *   <tr><td>{@code propreFrench}</td><td>{@link io.github.propre.lucene.PropreTokenizerFactory}</td>
 *       <td>tokenizer: UD French tokens, typography-proof, typed</td>
 *       <td>{@code maxTokenLength} (255), {@code splitTimes} (true)</td></tr>
 *   <tr><td>{@code propreElision}</td><td>{@link io.github.propre.lucene.ElidedWordFilterFactory}</td>
 *       <td>drops {@code l’}, {@code qu’}, ... (or folds them to {@code l}, {@code qu})</td>
 *       <td>{@code mode}: {@code drop} | {@code fold}</td></tr>
 *   <tr><td>{@code proprePunctuation}</td><td>{@link io.github.propre.lucene.PunctuationFilterFactory}</td>
 *       <td>drops punctuation (and symbols on request)</td><td>{@code symbols} (false)</td></tr>
 *   <tr><td>{@code propreClitic}</td><td>{@link io.github.propre.lucene.CliticFilterFactory}</td>
 *       <td>{@code -t-il} becomes {@code il} (or is dropped)</td>
 *       <td>{@code mode}: {@code strip} | {@code drop}</td></tr>
 *   <tr><td>{@code propreFolding}</td><td>{@link io.github.propre.lucene.TypographicFoldingFilterFactory}</td>
 *       <td>apostrophes, Unicode hyphens, soft hyphens, digit-group spaces, NFC</td><td>none</td></tr>
 * </table>
 *
 * <p>{@link io.github.propre.lucene.PropreFrenchAnalyzer} chains them with Lucene's lower-casing,
 * French stop words and light stemmer. The factories are registered in {@code META-INF/services},
 * which Lucene reads from the class path (Solr, Elasticsearch and OpenSearch plugins load analysis
 * components that way). The module descriptor does not declare them as {@code provides}: that would
 * make Lucene mandatory for every user of the module. On the module path, use the classes directly.
 *
 * <p>Every token stream here is single-threaded, as in Lucene; factories and analyzers are thread-safe.
 */
package io.github.propre.lucene;
