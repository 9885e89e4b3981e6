package io.github.propre.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.ToLongFunction;

/**
 * Checks that a piece of work grows linearly with its input, the way every linear-time test of the
 * project does it.
 *
 * <p>Wall-clock thresholds flake on a shared machine, so this compares two sizes of the same input,
 * measured in CPU time of the calling thread (other processes and the garbage collector's threads do
 * not count), best of several alternating runs, with up to three attempts. Growing the input
 * {@code r} times, linear work takes about {@code r} times as long and quadratic work {@code r²}
 * times; the bound is their geometric middle, {@code r^1.5}.
 */
public final class LinearTime {
  private LinearTime() {}

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Small inputs are counted as taking at least this long, so timer noise cannot fail a test. */
  private static final long FLOOR_NANOS = 1_000_000;

  /**
   * Asserts that {@code work} on {@code large} takes less than {@code r^1.5} times as long as on
   * {@code small}, where {@code r} is the ratio of their lengths.
   *
   * @param work the work; its result is kept so that the JIT cannot drop it
   */
  public static <T extends CharSequence> void assertLinear(String what, T small, T large,
      ToLongFunction<? super T> work) {
    double r = (double) large.length() / Math.max(1, small.length());
    double bound = r * Math.sqrt(r);
    double worst = 0;
    for (int attempt = 0; attempt < 3; attempt++) {
      work.applyAsLong(small); // compile before measuring
      work.applyAsLong(large);
      long s = Long.MAX_VALUE;
      long l = Long.MAX_VALUE;
      for (int run = 0; run < 4; run++) {
        s = Math.min(s, cpuNanos(small, work));
        l = Math.min(l, cpuNanos(large, work));
      }
      double ratio = (double) l / Math.max(s, FLOOR_NANOS);
      if (ratio < bound) {
        return;
      }
      worst = ratio;
    }
    throw new AssertionError(String.format("%s: %.0fx the input took %.1fx the CPU time (linear"
        + " would be about %.0fx, the bound is %.1fx)", what, r, worst, r, bound));
  }

  private static <T> long cpuNanos(T input, ToLongFunction<? super T> work) {
    long t0 = THREADS.getCurrentThreadCpuTime();
    long sink = work.applyAsLong(input);
    long t = THREADS.getCurrentThreadCpuTime() - t0;
    return sink == Long.MIN_VALUE ? t + 1 : t;
  }
}
