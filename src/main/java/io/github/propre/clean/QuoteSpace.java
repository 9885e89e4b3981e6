package io.github.propre.clean;

import java.util.List;

/**
 * The space put inside {@code « »} when quote marks become guillemets.
 *
 * <p>French usage differs: the Imprimerie nationale and Unicode describe a narrow no-break space,
 * many publishers and tools use the word-width no-break space, Québec and the web often use none.
 *
 * <p>Thread-safe, as every enum.
 *
 * <pre>{@code
 * Cleaner.builder().quotes(Quotes.GUILLEMETS).quoteSpace(QuoteSpace.NBSP).build();
 * }</pre>
 */
public enum QuoteSpace {
  /** No space: {@code «oui»}. */
  NONE(""),
  /** A plain space U+0020 (it may break the line after {@code «}). */
  SPACE(" "),
  /** The no-break space U+00A0. */
  NBSP("\u00A0"),
  /** The narrow no-break space U+202F (French typography's "espace fine insécable"). */
  NNBSP("\u202F");

  private final String text;

  QuoteSpace(String text) {
    this.text = text;
  }

  /** Returns the characters this choice puts inside the guillemets (empty for {@link #NONE}). */
  public String text() {
    return text;
  }

  /**
   * Returns the choice named {@code name} ({@code none}, {@code space}, {@code nbsp} or {@code
   * nnbsp}, any case).
   *
   * @throws IllegalArgumentException if no choice has that name; the message lists the names
   */
  public static QuoteSpace of(String name) {
    return Options.parse(QuoteSpace.class, "quoteSpace", name);
  }

  /** Returns the lower-case names of the choices, in declaration order. */
  public static List<String> names() {
    return Options.names(QuoteSpace.class);
  }
}
