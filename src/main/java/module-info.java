/**
 * Propre: cleans and analyses French text, with every offset mapped back to the raw input.
 *
 * <p>Start with {@code io.github.propre.Propre}.
 */
module io.github.propre {
  requires com.ibm.icu;
  // Optional: only io.github.propre.lucene uses Lucene, and only its users need Lucene at run time.
  requires static org.apache.lucene.core;
  requires static org.apache.lucene.analysis.common;

  exports io.github.propre;
  exports io.github.propre.clean;
  exports io.github.propre.dedup;
  exports io.github.propre.lucene;
  exports io.github.propre.quote;
  exports io.github.propre.text;
  exports io.github.propre.token;
}
