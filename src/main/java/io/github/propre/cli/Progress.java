package io.github.propre.cli;

import java.io.PrintWriter;

/**
 * The progress line a long command redraws on standard error: only when standard error is a
 * terminal (a log file or a pipe gets no {@code \r} lines), at most once per interval, so that a
 * caller may ask {@link #due()} after every piece of work for the price of a clock read.
 *
 * <pre>{@code
 * Progress progress = Progress.of(io, "dedup");
 * while (...) {
 *   ...
 *   if (progress.due()) {
 *     progress.show(String.format("%,d MB read", read >> 20));
 *   }
 * }
 * progress.end();
 * }</pre>
 *
 * <p>Not thread-safe: one per command run.
 */
final class Progress {
  /** How often the line is redrawn. */
  static final long INTERVAL_NANOS = 1_000_000_000L;

  private final PrintWriter err;
  private final boolean on;
  private final String command;
  private final long intervalNanos;
  private long last;
  private boolean shown;

  Progress(PrintWriter err, boolean on, String command, long intervalNanos) {
    this.err = err;
    this.on = on;
    this.command = command;
    this.intervalNanos = intervalNanos;
    this.last = System.nanoTime();
  }

  /** Returns the progress line of {@code command}, shown if {@code io}'s standard error is a terminal. */
  static Progress of(Terminal io, String command) {
    return new Progress(io.err, io.errIsTerminal, command, INTERVAL_NANOS);
  }

  /** Returns true if the line is on and an interval has passed since it was last drawn. */
  boolean due() {
    if (!on) {
      return false;
    }
    long now = System.nanoTime();
    if (now - last < intervalNanos) {
      return false;
    }
    last = now;
    return true;
  }

  /** Redraws the line with {@code status}; call when {@link #due()} said so. */
  void show(String status) {
    err.print("\r" + command + ": " + status + "   ");
    err.flush();
    shown = true;
  }

  /** Ends the line, if one was drawn, so that what follows starts on a line of its own. */
  void end() {
    if (shown) {
      err.println();
      shown = false;
    }
  }
}
