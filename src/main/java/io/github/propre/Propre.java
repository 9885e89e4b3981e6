package io.github.propre;

import java.util.Objects;

/**
 * Returns cleaned and analysed French text: the entry point of the library.
 *
 * <p>{@link #process} runs the default pipeline: it repairs encoding damage, normalizes Unicode,
 * line breaks and apostrophes, removes exact duplicate paragraphs, and gives access to tokens,
 * sentences and quotations, every offset pointing into the caller's raw text. {@link #pipeline()}
 * configures another pipeline.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * Document doc = Propre.process("Lâ€™AES a-t-elle dit « oui » ?");
 * doc.text();                     // "L’AES a-t-elle dit « oui » ?"
 * doc.tokens().get(1).text();     // "AES"
 * doc.quotes().get(0).text();     // "oui"
 *
 * Pipeline french = Propre.pipeline()
 *     .apostrophes(Apostrophes.ASCII)
 *     .removeDuplicateParagraphs(Deduplicator.near())
 *     .build();
 * }</pre>
 */
public final class Propre {
  private Propre() {}

  /**
   * Returns {@code raw} processed by the default pipeline ({@link Pipeline#defaults()}).
   *
   * @throws NullPointerException if {@code raw} is null
   */
  public static Document process(CharSequence raw) {
    Objects.requireNonNull(raw, "raw");
    return Pipeline.defaults().process(raw);
  }

  /** Returns a builder for a pipeline, starting from the defaults. */
  public static Pipeline.Builder pipeline() {
    return Pipeline.builder();
  }
}
