package io.github.propre.clean;

import io.github.propre.text.MappedText;

/**
 * One cleaning step: a single left-to-right pass over the text that records how offsets move.
 *
 * <p>Implementations are immutable and thread-safe; per-call state lives on the stack.
 */
interface Step {

  /**
   * Returns the {@link Triggers} bits of the chars this step acts on: in a text holding none of
   * them, {@link #apply} changes nothing and counts nothing, so the cleaner skips it.
   */
  int triggers();

  /**
   * Returns the {@link Triggers} bits a scan must look for so that this step can use it: its
   * triggers, and any other bits it asks the scan about.
   */
  default int scanned() {
    return triggers();
  }

  /**
   * Returns the rewritten text mapped back to {@code text}, or null if nothing changed (then the
   * step allocated nothing). {@code scan} is a scan of {@code text}: the step may start at {@code
   * scan.first(triggers())} and visit only {@code scan.next(...)} positions, with the same result
   * as a visit of every char.
   */
  MappedText apply(String text, Scan scan, Tally tally);

  /** Returns the rewritten text as {@link #apply(String, Scan, Tally)} does, visiting every char. */
  default MappedText apply(String text, Tally tally) {
    return apply(text, Scan.full(text), tally);
  }
}
