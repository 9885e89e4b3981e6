package io.github.propre.clean;

import io.github.propre.text.MappedText;

/**
 * One cleaning step: a single left-to-right pass over the text that records how offsets move.
 *
 * <p>Implementations are immutable and thread-safe; per-call state lives on the stack.
 */
interface Step {

  /**
   * Returns the rewritten text mapped back to {@code text}, or null if nothing changed (then the
   * step allocated nothing).
   */
  MappedText apply(String text, Tally tally);
}
