package io.github.propre.reliability;

import java.lang.reflect.Method;
import java.util.function.IntFunction;

/**
 * Measures what a piece of work costs at two input sizes and asserts that it grows linearly: the
 * least CPU time of the thread over a few runs (no threshold in seconds, only the ratio between the
 * sizes) and the bytes the thread allocated (deterministic, so held to a tighter ratio).
 */
final class Cost {
  private Cost() {}

  // By reflection: tests compile inside the module, which reads neither java.management nor
  // jdk.management.
  private static final Object THREADS;
  private static final Method ALLOCATED;
  private static final Method CPU;

  static {
    try {
      THREADS = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
          .invoke(null);
      ALLOCATED = Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes");
      CPU = Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime");
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /**
   * Returns the CPU time of this thread so far, in nanoseconds: unlike wall-clock time it does not
   * count the time other processes of a shared machine take.
   */
  static long cpu() {
    try {
      return (long) CPU.invoke(THREADS);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns the bytes this thread allocated so far. */
  static long allocated() {
    try {
      return (long) ALLOCATED.invoke(THREADS);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The least CPU time in nanoseconds and the least bytes allocated over {@code runs} runs. */
  record Measure(long nanos, long bytes) {}

  static Measure measure(Runnable work, int runs) {
    long best = Long.MAX_VALUE;
    long bytes = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      long b0 = allocated();
      long t0 = cpu();
      work.run();
      long t = cpu() - t0;
      long b = allocated() - b0;
      best = Math.min(best, t);
      bytes = Math.min(bytes, b);
    }
    return new Measure(best, bytes);
  }

  /**
   * Asserts that {@code work} at {@code large} chars costs about {@code large / small} times what it
   * costs at {@code small}: CPU time within 3 times that factor (a quadratic path gives the factor
   * squared: use a factor of 8 or more to tell them apart), allocation within 1.5 times plus 1 MB.
   * Garbage collection and caches can spoil a timing, so up to four attempts are made. Returns the
   * large measure.
   *
   * @param work returns, for a size, the work to time on an input of that size built beforehand
   */
  static Measure assertLinear(String what, IntFunction<Runnable> work, int small, int large) {
    double factor = (double) large / small;
    Runnable s = work.apply(small);
    Runnable l = work.apply(large);
    s.run(); // warm up: compilation must not land in one of the timings
    l.run();
    Measure ms = null;
    Measure ml = null;
    double timeRatio = Double.MAX_VALUE;
    for (int attempt = 0; attempt < 4 && timeRatio >= 3 * factor; attempt++) {
      ms = measure(s, 3);
      ml = measure(l, 2);
      timeRatio = (double) ml.nanos / Math.max(1, ms.nanos);
    }
    if (timeRatio >= 3 * factor) {
      throw new AssertionError(what + ": " + large + " chars took " + String.format("%.1f", timeRatio)
          + " times as long as " + small + " (linear: " + factor + ", quadratic: " + factor * factor + ")");
    }
    if (ml.bytes > 1.5 * factor * ms.bytes + (1 << 20)) {
      throw new AssertionError(what + ": " + large + " chars allocated " + ml.bytes + " bytes, " + small
          + " allocated " + ms.bytes + " (linear: about " + factor + " times)");
    }
    return ml;
  }
}
