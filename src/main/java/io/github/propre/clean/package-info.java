/**
 * Repairs and normalizes French text, recording how every offset moves.
 *
 * <p>{@link io.github.propre.clean.Cleaner} runs the steps (encoding repair, Unicode clean-up, line
 * breaks, quote marks, apostrophes, spaces, HTML entities), each optional; the
 * {@link io.github.propre.clean.Cleaned} result holds the cleaned text, its
 * {@link io.github.propre.text.OffsetMap} back to the raw text and a
 * {@link io.github.propre.clean.CleaningReport}.
 *
 * <pre>{@code
 * Cleaned c = Cleaner.defaults().clean("lâ€™Ã©tÃ©");
 * c.text();                         // "l’été"
 * c.rawSpan(2, 5).textIn(c.raw());  // "Ã©tÃ©"
 * }</pre>
 */
package io.github.propre.clean;
