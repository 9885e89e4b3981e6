package io.github.propre.text;

import java.util.Objects;

/**
 * One paragraph of a document: its text and where it lies in the caller's original text.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * List<Paragraph> ps = Paragraphs.split("Un.\n\nDeux.", ParagraphMode.AUTO);
 * ps.get(1).text();  // "Deux."
 * ps.get(1).span();  // [5, 10)
 * }</pre>
 *
 * @param index position among the paragraphs of its document, from 0
 * @param text the paragraph's text, without its line terminator
 * @param span where the paragraph lies in the caller's original text
 */
public record Paragraph(int index, String text, Span span) {

  /** Checks the arguments. */
  public Paragraph {
    if (index < 0) {
      throw new IllegalArgumentException("index: expected >= 0, got " + index);
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }
}
