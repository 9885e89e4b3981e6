package io.github.propre.clean;

/**
 * How the charset of a byte input was chosen.
 *
 * <p>Thread-safe, as every enum.
 *
 * <pre>{@code
 * Cleaned c = Cleaner.defaults().clean(bytes);
 * c.report().charsetSource();  // e.g. VALID_UTF8
 * }</pre>
 */
public enum CharsetSource {
  /** The input was already text: no charset was involved. */
  NONE,
  /** The caller named the charset. */
  GIVEN,
  /** A byte order mark at the start named it (UTF-8, UTF-16BE or UTF-16LE). */
  BYTE_ORDER_MARK,
  /** The bytes are valid UTF-8 (pure ASCII included), so they were read as UTF-8. */
  VALID_UTF8,
  /** ICU's statistical charset detection chose it; see {@link CleaningReport#charsetConfidence()}. */
  DETECTED
}
