package io.github.propre.clean;

import java.util.List;

/**
 * What happens to input that cannot be interpreted: unpaired UTF-16 surrogates in text, bytes
 * that are not valid in their charset. Either way they are counted in the {@link CleaningReport}.
 *
 * <p>Thread-safe, as every enum.
 *
 * <pre>{@code
 * Cleaner.builder().unpairedSurrogates(Malformed.KEEP).undecodableBytes(Malformed.REPLACE).build();
 * }</pre>
 */
public enum Malformed {
  /**
   * Kept: an unpaired surrogate stays in the text; an undecodable byte becomes the windows-1252
   * character with that value (Latin-1's for the five values windows-1252 leaves undefined), so no
   * byte is lost and Latin-1 bytes in a UTF-8 file come out as the letters they were meant to be.
   */
  KEEP,
  /**
   * Replaced by U+FFFD REPLACEMENT CHARACTER: one per unpaired surrogate, one per malformed byte
   * sequence.
   */
  REPLACE;

  /**
   * Returns the choice named {@code name} ({@code keep} or {@code replace}, any case).
   *
   * @throws IllegalArgumentException if no choice has that name; the message lists the names
   */
  public static Malformed of(String name) {
    return Options.parse(Malformed.class, "malformed", name);
  }

  /** Returns the lower-case names of the choices, in declaration order. */
  public static List<String> names() {
    return Options.names(Malformed.class);
  }
}
