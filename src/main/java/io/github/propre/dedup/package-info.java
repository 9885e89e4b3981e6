/**
 * Removes repeated paragraphs, exact or near, deterministically, and reports every removal.
 *
 * <p>{@link io.github.propre.dedup.Deduplicator} holds the settings and deduplicates a text held in
 * memory ({@link io.github.propre.dedup.DedupResult}) or read in pieces
 * ({@link io.github.propre.dedup.DedupStream}); a caller-owned, bounded
 * {@link io.github.propre.dedup.DuplicateIndex} carries what was seen across documents.
 *
 * <pre>{@code
 * DedupResult r = Deduplicator.exact().deduplicate(text);
 * r.text();       // text without its repeated paragraphs, byte for byte otherwise
 * r.removed();    // each removal: paragraph, span taken out, the copy kept, kind, similarity
 * }</pre>
 */
package io.github.propre.dedup;
