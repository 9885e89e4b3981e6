package io.github.propre.dedup;

/**
 * Which copies of a repeated paragraph survive.
 *
 * <ul>
 *   <li>{@link #keepFirst()} (the default): the first copy stays, every later copy goes.
 *   <li>{@link #allowRepeats(int) allowRepeats(n)}: the first copy and the next {@code n} stay; the
 *       copy seen {@code n + 2}-th and later go. {@code allowRepeats(0)} is {@code keepFirst()}.
 *   <li>{@link #dropAll()}: every copy of a paragraph that occurs twice or more goes, the first
 *       included (CCNet's choice for boilerplate). It needs the whole document, so it is refused by
 *       {@link DedupStream}; across documents, copies in documents already returned stay.
 * </ul>
 * Repeats are counted on exact keys. Near mode supports only {@code keepFirst()}: a near copy has no
 * key to count.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Deduplicator.builder().policy(DuplicatePolicy.allowRepeats(2)).build();
 * }</pre>
 */
public final class DuplicatePolicy {
  private static final DuplicatePolicy KEEP_FIRST = new DuplicatePolicy(0, false);
  private static final DuplicatePolicy DROP_ALL = new DuplicatePolicy(0, true);

  private final int repeats;
  private final boolean dropAll;

  private DuplicatePolicy(int repeats, boolean dropAll) {
    this.repeats = repeats;
    this.dropAll = dropAll;
  }

  /** Returns the policy that keeps the first copy of each paragraph and removes the others. */
  public static DuplicatePolicy keepFirst() {
    return KEEP_FIRST;
  }

  /** Returns the policy that removes every copy of a repeated paragraph, the first included. */
  public static DuplicatePolicy dropAll() {
    return DROP_ALL;
  }

  /**
   * Returns the policy that keeps the first copy and {@code repeats} more.
   *
   * @throws IllegalArgumentException if {@code repeats} is negative
   */
  public static DuplicatePolicy allowRepeats(int repeats) {
    if (repeats < 0) {
      throw new IllegalArgumentException("repeats: expected >= 0 (0 keeps only the first copy), got "
          + repeats);
    }
    return repeats == 0 ? KEEP_FIRST : new DuplicatePolicy(repeats, false);
  }

  /** Returns the number of copies allowed after the first (0 for keepFirst and dropAll). */
  public int repeats() {
    return repeats;
  }

  /** Returns true for {@link #dropAll()}. */
  public boolean dropsAll() {
    return dropAll;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DuplicatePolicy p && p.repeats == repeats && p.dropAll == dropAll;
  }

  @Override
  public int hashCode() {
    return repeats * 2 + (dropAll ? 1 : 0);
  }

  @Override
  public String toString() {
    return dropAll ? "dropAll()" : repeats == 0 ? "keepFirst()" : "allowRepeats(" + repeats + ")";
  }
}
