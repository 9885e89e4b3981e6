package io.github.propre.dedup;

/**
 * Why a paragraph was removed.
 *
 * <p>Thread-safe, as every enum.
 *
 * <pre>{@code
 * removal.kind() == DuplicateKind.EXACT;
 * }</pre>
 */
public enum DuplicateKind {
  /** Its exact key (see {@link Deduplicator}) equals the key of a paragraph seen before. */
  EXACT,
  /** More than the threshold share of its word n-grams were already seen (near mode only). */
  NEAR;

  /** Returns the name used in JSON reports: {@code "exact"} or {@code "near"}. */
  public String jsonName() {
    return this == EXACT ? "exact" : "near";
  }
}
