package io.github.propre.clean;

/** Counts changes during one cleaning call. Not thread-safe: one per call. */
final class Tally {
  final int[] counts = new int[Change.values().length];
  /**
   * Set when a step left something as it was because the result would have read as mojibake next to
   * its neighbours: a later step may change those neighbours, so the cleaner runs the steps again.
   */
  boolean heldBack;

  void add(Change change) {
    counts[change.ordinal()]++;
  }

  void add(Change change, int n) {
    counts[change.ordinal()] += n;
  }

  int get(Change change) {
    return counts[change.ordinal()];
  }
}
