/**
 * Cleans and analyses French text, with every offset mapped back to the raw input.
 *
 * <p>{@link io.github.propre.Propre} is the entry point: {@code Propre.process(text)} runs the default
 * {@link io.github.propre.Pipeline} (cleaning, paragraphs, duplicate removal) and returns a
 * {@link io.github.propre.Document} whose tokens, sentences and quotations are computed on demand.
 * Each stage lives in its own package and is usable alone: {@code clean}, {@code token},
 * {@code quote}, {@code dedup}; {@code text} holds what they share (offset maps, spans,
 * paragraphs); {@code lucene} adapts them to Lucene.
 *
 * <pre>{@code
 * Document doc = Propre.process(raw);
 * doc.text();      // cleaned, duplicates removed
 * doc.quotes();    // with speakers; spans are offsets into raw
 * }</pre>
 */
package io.github.propre;
