package io.github.propre.clean;

import io.github.propre.text.MappedText;
import io.github.propre.text.OffsetMap;
import io.github.propre.text.Span;

/**
 * Returns the result of cleaning a text: the cleaned text, the map from its offsets back to the
 * raw text, and the report of what changed.
 *
 * <p>For byte input, the raw text is the decoded text ({@link #raw()}): offsets are UTF-16 indices
 * into it, not byte offsets.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Cleaned c = Cleaner.defaults().clean("lâ€™Ã©tÃ©");
 * c.text();                           // "l’été"
 * c.offsets().rawSpan(2, 5);          // [4, 9)
 * c.rawSpan(2, 5).textIn(c.raw());    // "Ã©tÃ©"
 * }</pre>
 */
public final class Cleaned {
  private final String raw;
  private final MappedText cleaned;
  private final CleaningReport report;

  Cleaned(String raw, MappedText cleaned, CleaningReport report) {
    this.raw = raw;
    this.cleaned = cleaned;
    this.report = report;
  }

  /** Returns the cleaned text. */
  public String text() {
    return cleaned.text();
  }

  /** Returns the map from offsets of {@link #text()} to offsets of {@link #raw()}. */
  public OffsetMap offsets() {
    return cleaned.offsets();
  }

  /** Returns the cleaned text with its map, ready to compose with later stages. */
  public MappedText mappedText() {
    return cleaned;
  }

  /** Returns the raw text the offsets point into: the input, or the decoded bytes. */
  public String raw() {
    return raw;
  }

  /** Returns what each step changed. */
  public CleaningReport report() {
    return report;
  }

  /** Returns the span of {@link #raw()} that holds the source of cleaned characters {@code [start, end)}. */
  public Span rawSpan(int start, int end) {
    return cleaned.offsets().rawSpan(start, end);
  }

  /** Returns true if the cleaned text differs from the raw text. */
  public boolean changed() {
    return !cleaned.offsets().isIdentity() || !cleaned.text().equals(raw);
  }

  @Override
  public String toString() {
    String t = cleaned.text();
    return "Cleaned[" + (t.length() > 40 ? t.substring(0, 40) + "..." : t) + ", " + report + "]";
  }
}
