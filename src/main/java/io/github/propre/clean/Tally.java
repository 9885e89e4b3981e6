package io.github.propre.clean;

/** Counts changes during one cleaning call. Not thread-safe: one per call. */
final class Tally {
  final int[] counts = new int[Change.values().length];

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
