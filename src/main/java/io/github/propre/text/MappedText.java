package io.github.propre.text;

import java.util.Objects;

/**
 * A text together with the map that leads each of its offsets back to the raw text it came from.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * MappedText t = MappedText.unchanged("Bonjour");
 * t.text();                 // "Bonjour"
 * t.offsets().rawStart(3);  // 3
 * }</pre>
 */
public final class MappedText {
  private final String text;
  private final OffsetMap offsets;

  private MappedText(String text, OffsetMap offsets) {
    this.text = text;
    this.offsets = offsets;
  }

  /**
   * Returns {@code text} with {@code offsets} leading back to its raw text.
   *
   * @throws IllegalArgumentException if {@code offsets} does not start from a text of this length
   */
  public static MappedText of(String text, OffsetMap offsets) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(offsets, "offsets");
    if (offsets.cleanedLength() != text.length()) {
      throw new IllegalArgumentException("offsets: expected a map from a text of length "
          + text.length() + ", got one from length " + offsets.cleanedLength());
    }
    return new MappedText(text, offsets);
  }

  /** Returns {@code text} mapped onto itself. */
  public static MappedText unchanged(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    return new MappedText(s, OffsetMap.identity(s.length()));
  }

  /** Returns the text. */
  public String text() {
    return text;
  }

  /** Returns the map from offsets of {@link #text()} to offsets of the raw text. */
  public OffsetMap offsets() {
    return offsets;
  }

  /**
   * Returns {@code next}, a transformation of this text, with its offsets mapped all the way back
   * to this text's raw text.
   *
   * @throws IllegalArgumentException if {@code next} was not made from a text of this length
   */
  public MappedText then(MappedText next) {
    Objects.requireNonNull(next, "next");
    return new MappedText(next.text, offsets.andThen(next.offsets));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MappedText m && text.equals(m.text) && offsets.equals(m.offsets);
  }

  @Override
  public int hashCode() {
    return text.hashCode() * 31 + offsets.hashCode();
  }

  @Override
  public String toString() {
    return "MappedText[" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + ", "
        + offsets + "]";
  }
}
