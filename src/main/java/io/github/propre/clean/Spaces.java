package io.github.propre.clean;

import java.util.List;

/**
 * What happens to no-break spaces (U+00A0), narrow no-break spaces (U+202F), thin spaces and the
 * other Unicode spaces.
 *
 * <p>Thread-safe, as every enum.
 *
 * <pre>{@code
 * Cleaner.builder().spaces(Spaces.FRENCH).build().clean("Vraiment? Oui: «non»").text();
 * // "Vraiment\u202F? Oui\u00A0: «\u202Fnon\u202F»"
 * }</pre>
 */
public enum Spaces {
  /** Spaces stay as they are (the default). */
  KEEP,
  /**
   * French typography (France, Belgium, Switzerland): a narrow no-break space before {@code ; ! ?}
   * and inside {@code « »}, a no-break space before {@code :}, replacing whatever space was there
   * or adding one. Punctuation inside a token ({@code 12:30}, {@code http://}, {@code ?!}) is left
   * alone, and so are all other spaces.
   */
  FRENCH,
  /** Every space character becomes a plain space U+0020 (tabs excepted). */
  PLAIN;

  /**
   * Returns the policy named {@code name} ({@code keep}, {@code french} or {@code plain}, any case).
   *
   * @throws IllegalArgumentException if no policy has that name; the message lists the names
   */
  public static Spaces of(String name) {
    return Options.parse(Spaces.class, "spaces", name);
  }

  /** Returns the lower-case names of the policies, in declaration order. */
  public static List<String> names() {
    return Options.names(Spaces.class);
  }
}
