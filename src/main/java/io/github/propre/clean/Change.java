package io.github.propre.clean;

/**
 * A kind of change a cleaning step makes (or, for the {@code _KEPT} kinds, a problem it found and
 * left as configured). {@link CleaningReport} counts them; they are declared in the order the steps
 * run.
 *
 * <p>Thread-safe, as every enum.
 *
 * <pre>{@code
 * Cleaned c = Cleaner.defaults().clean("lâ€™Ã©tÃ©");
 * c.report().count(Change.MOJIBAKE_REPAIRED);  // 3
 * }</pre>
 */
public enum Change {
  /** Bytes not valid in their charset, kept as the windows-1252 characters of the same value. */
  UNDECODABLE_BYTES_KEPT("undecodable bytes kept as windows-1252 characters"),
  /** Bytes not valid in their charset, replaced by U+FFFD (counted in bytes). */
  UNDECODABLE_BYTES_REPLACED("undecodable bytes replaced by U+FFFD"),
  /** Unpaired UTF-16 surrogates left in the text. */
  UNPAIRED_SURROGATES_KEPT("unpaired surrogates kept"),
  /** Unpaired UTF-16 surrogates replaced by U+FFFD. */
  UNPAIRED_SURROGATES_REPLACED("unpaired surrogates replaced by U+FFFD"),
  /** HTML character references decoded ({@code &eacute;}, {@code &#8217;}). */
  HTML_ENTITIES_DECODED("HTML entities decoded"),
  /**
   * UTF-8 sequences that had been read as windows-1252 or Latin-1, decoded back to their character
   * ({@code Ã©} to {@code é}); a doubly encoded character counts once per layer.
   */
  MOJIBAKE_REPAIRED("mojibake sequences repaired"),
  /** C1 control characters that stood for windows-1252 punctuation (U+0092 to {@code ’}). */
  C1_CONTROLS_REPAIRED("C1 controls read as windows-1252"),
  /** Zero-width characters and byte order marks removed. */
  INVISIBLE_CHARACTERS_REMOVED("zero-width characters and BOMs removed"),
  /** Control characters other than tab and line breaks removed. */
  CONTROL_CHARACTERS_REMOVED("control characters removed"),
  /** Soft hyphens inside words removed. */
  SOFT_HYPHENS_REMOVED("soft hyphens removed"),
  /** Latin ligatures ({@code ﬁ}, {@code ﬂ}, ...) written out as their letters. */
  LIGATURES_EXPANDED("ligatures expanded"),
  /** Runs of characters rewritten to Unicode normalization form C. */
  NFC_NORMALIZED("sequences normalized to NFC"),
  /** Line breaks other than {@code \n} turned into {@code \n}. */
  LINE_BREAKS_NORMALIZED("line breaks normalized to \\n"),
  /** Quote marks replaced, or the spaces inside them changed. */
  QUOTE_MARKS_CHANGED("quote marks changed"),
  /** Apostrophes turned into the chosen style. */
  APOSTROPHES_NORMALIZED("apostrophes normalized"),
  /** Spaces replaced, added or removed by the space policy. */
  SPACES_CHANGED("spaces changed by the space policy"),
  /** Spaces removed at the start or end of lines (counted in runs). */
  LINE_ENDS_TRIMMED("line ends trimmed"),
  /** Runs of several spaces collapsed into one. */
  SPACE_RUNS_COLLAPSED("space runs collapsed");

  private final String description;

  Change(String description) {
    this.description = description;
  }

  /** Returns a short English description, such as {@code "mojibake sequences repaired"}. */
  public String description() {
    return description;
  }
}
