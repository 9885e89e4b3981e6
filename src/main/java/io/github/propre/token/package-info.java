/**
 * Cuts French text into tokens and sentences following Universal Dependencies French conventions.
 *
 * <p>{@link io.github.propre.token.FrenchTokenizer} gives a list of
 * {@link io.github.propre.token.Token}s or a streaming {@link io.github.propre.token.TokenCursor}
 * that allocates nothing per token; {@link io.github.propre.token.SentenceSplitter} gives sentence
 * spans. The French word lists they use are commented resource files beside these classes.
 *
 * <pre>{@code
 * FrenchTokenizer.standard().tokenize("L’AES a-t-il 80 000 soldats ?");
 * // L’ · AES · a · -t-il · 80 000 · soldats · ?
 * }</pre>
 */
package io.github.propre.token;
