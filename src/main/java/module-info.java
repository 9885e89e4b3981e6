/**
 * Propre: cleans and analyses French text, with every offset mapped back to the raw input.
 *
 * <p>Start with {@code io.github.propre.Propre}.
 */
module io.github.propre {
  requires com.ibm.icu;

  exports io.github.propre.clean;
  exports io.github.propre.dedup;
  exports io.github.propre.text;
  exports io.github.propre.token;
  exports io.github.propre.quote;
}
