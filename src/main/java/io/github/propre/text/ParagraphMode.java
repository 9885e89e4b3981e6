package io.github.propre.text;

/**
 * How a text is cut into paragraphs.
 *
 * <p>Thread-safe, as every enum.
 *
 * <pre>{@code
 * Paragraphs.split(text, ParagraphMode.LINE);
 * }</pre>
 */
public enum ParagraphMode {
  /** Every non-blank line is a paragraph (news dumps, one paragraph per line). */
  LINE,
  /** Paragraphs are runs of non-blank lines separated by at least one blank line (books, e-mail). */
  BLANK_LINE,
  /**
   * {@link #BLANK_LINE} if some blank line separates two non-blank lines within the first
   * {@link Paragraphs#AUTO_WINDOW} (2<sup>20</sup>) characters, {@link #LINE} otherwise. This is the
   * default: a text that uses blank lines at all uses them to separate paragraphs, and shows it
   * early. Looking no further than the window lets a stream of any length decide after a bounded
   * read, and gives the same answer for a text held in memory (see {@link Paragraphs#resolve}).
   */
  AUTO
}
