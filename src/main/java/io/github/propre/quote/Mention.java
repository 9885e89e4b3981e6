package io.github.propre.quote;

import io.github.propre.text.Span;
import java.util.Objects;

/**
 * A stretch of the text that plays a role for a quote: the speaker mention or the reporting verb.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Quote q = QuoteExtractor.standard().extract("« Oui », a affirmé Lavrov.").get(0);
 * q.speaker().get().text();  // "Lavrov"
 * q.verb().get().span();     // [9, 18)
 * }</pre>
 *
 * @param text the characters of the mention, exactly as in the text the quote was found in
 * @param span where they lie in that text; for a quote {@linkplain Quote#mapped mapped} back to a
 *     raw text, where they lie in the raw text (whose characters may differ: {@code lâ€™} for
 *     {@code l’})
 */
public record Mention(String text, Span span) {

  /** Checks that nothing is null. */
  public Mention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }

  /** Returns the offset of the first character. */
  public int start() {
    return span.start();
  }

  /** Returns the offset after the last character. */
  public int end() {
    return span.end();
  }
}
