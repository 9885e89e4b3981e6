package io.github.propre.clean;

import io.github.propre.text.MappedText;

/**
 * Runs cleaning steps one after another on a text, each on the output of the one before, composing
 * their offset maps.
 *
 * <p>A step the scan shows nothing for is skipped (it would change nothing); after a step changes
 * the text, the next step to run gets a new scan of the new text, made only if that step runs.
 *
 * <p>Not thread-safe: one per call.
 */
final class StepChain {
  private final Scan firstScan;
  private MappedText result;
  private String current;
  /** A scan of {@link #current}, or null once the text it described has changed. */
  private Scan scan;

  /** Starts from {@code text}, of which {@code scan} is a scan. */
  StepChain(String text, Scan scan) {
    this.firstScan = scan;
    this.current = text;
    this.scan = scan;
  }

  /** Runs {@code step} on the current text; returns true if it changed the text. */
  boolean run(Step step, Tally tally) {
    if (scan == null) {
      scan = firstScan.of(current);
    }
    if (!scan.has(step.triggers())) {
      return false;
    }
    MappedText next = step.apply(current, scan, tally);
    if (next == null) {
      return false;
    }
    result = result == null ? next : result.then(next);
    current = next.text();
    scan = null;
    return true;
  }

  /** Returns the composed output of the steps that changed something, or null if none did. */
  MappedText result() {
    return result;
  }
}
