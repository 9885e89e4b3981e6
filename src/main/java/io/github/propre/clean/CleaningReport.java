package io.github.propre.clean;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Returns what cleaning did: how many changes of each {@link Change kind}, and for byte input which
 * charset was used and how it was chosen.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * CleaningReport r = Cleaner.defaults().clean("lâ€™Ã©tÃ©\r\n").report();
 * r.count(Change.MOJIBAKE_REPAIRED);       // 3
 * r.count(Change.LINE_BREAKS_NORMALIZED);  // 1
 * r.toString();  // "3 mojibake sequences repaired, 1 line breaks normalized to \n"
 * }</pre>
 */
public final class CleaningReport {
  private static final Change[] CHANGES = Change.values();
  private static final CleaningReport EMPTY =
      new CleaningReport(new int[CHANGES.length], null, CharsetSource.NONE, -1);

  private final int[] counts;
  private final Charset charset;
  private final CharsetSource charsetSource;
  private final int charsetConfidence;

  CleaningReport(int[] counts, Charset charset, CharsetSource charsetSource, int charsetConfidence) {
    this.counts = counts;
    this.charset = charset;
    this.charsetSource = charsetSource;
    this.charsetConfidence = charsetConfidence;
  }

  /** Returns the report of a cleaning that changed nothing and read no bytes. */
  public static CleaningReport empty() {
    return EMPTY;
  }

  /** Returns how many changes of kind {@code change} were made. */
  public int count(Change change) {
    Objects.requireNonNull(change, "change");
    return counts[change.ordinal()];
  }

  /** Returns the non-zero counts, in the order the steps run. The map is unmodifiable. */
  public Map<Change, Integer> counts() {
    EnumMap<Change, Integer> m = new EnumMap<>(Change.class);
    for (Change c : CHANGES) {
      if (counts[c.ordinal()] != 0) {
        m.put(c, counts[c.ordinal()]);
      }
    }
    return Collections.unmodifiableMap(m);
  }

  /** Returns true if no change of any kind was counted. */
  public boolean isEmpty() {
    for (int n : counts) {
      if (n != 0) {
        return false;
      }
    }
    return true;
  }

  /** Returns the charset the bytes were decoded with; empty when the input was text. */
  public Optional<Charset> charset() {
    return Optional.ofNullable(charset);
  }

  /** Returns how the charset was chosen ({@link CharsetSource#NONE} when the input was text). */
  public CharsetSource charsetSource() {
    return charsetSource;
  }

  /**
   * Returns ICU's confidence in the detected charset, from 0 to 100, when it was {@link
   * CharsetSource#DETECTED}; -1 otherwise.
   */
  public int charsetConfidence() {
    return charsetConfidence;
  }

  /**
   * Returns the sum of this report and {@code other}, for a text cleaned in pieces. The charset is
   * the one of whichever report has one (this one first).
   */
  public CleaningReport plus(CleaningReport other) {
    Objects.requireNonNull(other, "other");
    int[] sum = counts.clone();
    for (int i = 0; i < sum.length; i++) {
      sum[i] += other.counts[i];
    }
    boolean mine = charsetSource != CharsetSource.NONE || other.charsetSource == CharsetSource.NONE;
    return mine
        ? new CleaningReport(sum, charset, charsetSource, charsetConfidence)
        : new CleaningReport(sum, other.charset, other.charsetSource, other.charsetConfidence);
  }

  /** Returns this report with the charset information of a byte input. */
  CleaningReport withCharset(Charset cs, CharsetSource source, int confidence) {
    return new CleaningReport(counts, cs, source, confidence);
  }

  /**
   * Returns a one-line summary such as {@code "charset UTF-8 (valid UTF-8), 3 mojibake sequences
   * repaired"}, or {@code "no changes"}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (charsetSource != CharsetSource.NONE) {
      sb.append("charset ").append(charset.name()).append(" (").append(switch (charsetSource) {
        case GIVEN -> "given";
        case BYTE_ORDER_MARK -> "byte order mark";
        case VALID_UTF8 -> "valid UTF-8";
        case DETECTED -> "detected, confidence " + charsetConfidence;
        case NONE -> throw new AssertionError();
      }).append(')');
    }
    for (Change c : CHANGES) {
      int n = counts[c.ordinal()];
      if (n != 0) {
        if (sb.length() > 0) {
          sb.append(", ");
        }
        sb.append(n).append(' ').append(c.description());
      }
    }
    return sb.length() == 0 ? "no changes" : sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CleaningReport r && Arrays.equals(counts, r.counts)
        && Objects.equals(charset, r.charset) && charsetSource == r.charsetSource
        && charsetConfidence == r.charsetConfidence;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts) * 31 + Objects.hash(charset, charsetSource, charsetConfidence);
  }
}
