package io.github.propre.reliability;

import io.github.propre.testing.LinearTime;
import java.lang.management.ManagementFactory;
import java.util.function.ToLongFunction;

/**
 * Checks that a piece of work grows linearly with its input in time ({@link LinearTime}: CPU time of
 * the thread, two sizes) and in memory: the bytes the thread allocates, which are deterministic and
 * so held to a tighter ratio.
 */
final class Cost {
  private Cost() {}

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** What the large input cost: CPU nanoseconds and bytes allocated, the least of two runs. */
  record Measure(long nanos, long bytes) {}

  /**
   * Asserts that {@code work} on {@code large} costs about {@code r = large / small} times what it
   * costs on {@code small}: CPU time below {@code r^1.5} times (see {@link LinearTime}), bytes
   * allocated below {@code 1.5 r} times plus 1 MB. Returns what the large input cost.
   */
  static Measure assertLinear(String what, String small, String large, ToLongFunction<String> work) {
    LinearTime.assertLinear(what, small, large, work);
    long smallBytes = Long.MAX_VALUE;
    long largeBytes = Long.MAX_VALUE;
    long largeNanos = Long.MAX_VALUE;
    for (int run = 0; run < 2; run++) {
      smallBytes = Math.min(smallBytes, measure(small, work).bytes);
      Measure m = measure(large, work);
      largeBytes = Math.min(largeBytes, m.bytes);
      largeNanos = Math.min(largeNanos, m.nanos);
    }
    double r = (double) large.length() / Math.max(1, small.length());
    if (largeBytes > 1.5 * r * smallBytes + (1 << 20)) {
      throw new AssertionError(what + ": " + large.length() + " chars allocated " + largeBytes + " bytes, "
          + small.length() + " allocated " + smallBytes + " (linear: about " + r + " times)");
    }
    return new Measure(largeNanos, largeBytes);
  }

  private static Measure measure(String input, ToLongFunction<String> work) {
    long b0 = THREADS.getCurrentThreadAllocatedBytes();
    long t0 = THREADS.getCurrentThreadCpuTime();
    long sink = work.applyAsLong(input);
    long t = THREADS.getCurrentThreadCpuTime() - t0;
    long b = THREADS.getCurrentThreadAllocatedBytes() - b0;
    return new Measure(sink == Long.MIN_VALUE ? t + 1 : t, b);
  }
}
