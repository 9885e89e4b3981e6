package io.github.propre.clean;

import java.util.List;

/**
 * The character every apostrophe becomes.
 *
 * <p>An apostrophe is one of {@code ' ’ ʼ ‘ ` ´ ′} between two letters ({@code aujourd'hui}), or
 * after an elided word before the next word ({@code l’« oasis »}, {@code qu’ il}, {@code d'1,5}).
 * The same characters used as quote marks ({@code 'oui'}, {@code ‘oui’}) are left alone.
 *
 * <p>Thread-safe, as every enum.
 *
 * <pre>{@code
 * Cleaner.builder().apostrophes(Apostrophes.ASCII).build().clean("l’été").text();  // "l'été"
 * }</pre>
 */
public enum Apostrophes {
  /** U+2019 {@code ’}, the typographic apostrophe Unicode recommends (the default). */
  TYPOGRAPHIC,
  /** U+0027 {@code '}, the keyboard apostrophe. */
  ASCII,
  /** Every apostrophe stays the character it was. */
  KEEP;

  /**
   * Returns the style named {@code name} ({@code typographic}, {@code ascii} or {@code keep}, any
   * case).
   *
   * @throws IllegalArgumentException if no style has that name; the message lists the names
   */
  public static Apostrophes of(String name) {
    return Options.parse(Apostrophes.class, "apostrophes", name);
  }

  /** Returns the lower-case names of the styles, in declaration order. */
  public static List<String> names() {
    return Options.names(Apostrophes.class);
  }
}
