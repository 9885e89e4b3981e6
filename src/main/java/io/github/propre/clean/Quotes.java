package io.github.propre.clean;

import java.util.List;

/**
 * What happens to quote marks.
 *
 * <p>Thread-safe, as every enum.
 *
 * <pre>{@code
 * Cleaner.builder().quotes(Quotes.GUILLEMETS).build().clean("Il a dit \"oui\".").text();
 * // "Il a dit « oui »." with U+202F inside the guillemets
 * }</pre>
 */
public enum Quotes {
  /** Quote marks stay as they are (the default). */
  KEEP,
  /**
   * Pairs of {@code "…"}, {@code “…”} and {@code <<…>>} that are not inside another quotation
   * become {@code « … »}, and every {@code « »} gets the chosen {@link QuoteSpace} inside. A
   * {@code “…”} inside guillemets stays: it is the French second level.
   */
  GUILLEMETS,
  /**
   * {@code « »}, {@code “ ”} and {@code „} become {@code "}, without padding spaces inside; {@code
   * <<} and {@code >>} stay.
   */
  STRAIGHT,
  /**
   * Pairs of {@code « »}, and pairs of {@code "…"} and {@code <<…>>} not inside another quotation,
   * become {@code “…”}, without padding. A guillemet without its partner on the line stays.
   */
  ENGLISH;

  /**
   * Returns the choice named {@code name} ({@code keep}, {@code guillemets}, {@code straight} or
   * {@code english}, any case).
   *
   * @throws IllegalArgumentException if no choice has that name; the message lists the names
   */
  public static Quotes of(String name) {
    return Options.parse(Quotes.class, "quotes", name);
  }

  /** Returns the lower-case names of the choices, in declaration order. */
  public static List<String> names() {
    return Options.names(Quotes.class);
  }
}
