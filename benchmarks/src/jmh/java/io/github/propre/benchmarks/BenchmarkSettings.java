package io.github.propre.benchmarks;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The settings every benchmark class shares, inherited (JMH reads its annotations from superclasses):
 * throughput in operations per second, 3 warm-up and 5 measured iterations of 2 s, one fork with a fixed
 * 4 GB heap touched up front ({@code -XX:+AlwaysPreTouch}), so that allocating benchmarks do not pay
 * first-touch page faults and the 100 M-character inputs fit. Command-line options ({@code -wi}, {@code -i},
 * {@code -f}, {@code -jvmArgsAppend}) override them: a {@code -jvmArgsAppend} replaces the heap and
 * pre-touch options below, while options given with {@code -jvmArgsPrepend} are added before them.
 * (Prepending the fixed options here instead, so that a user's {@code -jvmArgsAppend} adds to them,
 * would make {@code .ci/run}'s {@code -Xmx1g} clash with {@code -Xms4g} and the fork refuse to start.)
 *
 * <p>Each class's setup ends with {@link #warmUpOnDocuments}: the benchmark runs first on small
 * documents cut from its input, so that the JIT reaches the state of a pipeline that has seen
 * thousands of documents (see that method for why JMH's warm-up alone does not).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public abstract class BenchmarkSettings {
  /** Documents the warm-up runs at most. */
  private static final int WARMUP_DOCUMENTS = 20_000;
  /** The warm-up stops after this long even if it has not run them all. */
  private static final long WARMUP_NANOS =
      TimeUnit.SECONDS.toNanos(Long.getLong("propre.warmupSeconds", 6));
  /**
   * One warm-up call in this many runs on the whole input: the JIT then compiles with a profile
   * that has seen it, and the measured calls do not hit a branch the small documents never took
   * (which would send the method back to the interpreter, to be compiled again at the slow rate).
   */
  private static final int WHOLE_EVERY = 100;
  /** About how long each warm-up document is, in chars (cut at a line end). */
  private static final int DOCUMENT_CHARS = 2_000;

  /**
   * Runs the benchmark method this fork measures on up to {@value #WARMUP_DOCUMENTS} documents of
   * about {@value #DOCUMENT_CHARS} chars cut from the field {@code text} (and {@code chars}, if the
   * class has it), one call in {@value #WHOLE_EVERY} on the whole input, for 6 seconds at most
   * (system property {@code propre.warmupSeconds}; at least one call: {@code .ci/run}'s smoke run
   * passes 0), then puts the fields back.
   *
   * <p>Why: on a 1 M-char input, the methods that run once per document (paragraph spans, the quote
   * extractor's passes, the pipeline's stages) are called only a few hundred times a second, and
   * tiered compilation keeps such methods in profiled C1 code until they have been called some
   * thousands of times: minutes at that rate, far beyond JMH's warm-up. A pipeline that processes
   * documents runs them compiled by C2 within seconds. Measured on QuoteBenchmark (2026-11-24): 76
   * M chars/s after JMH's warm-up alone, 223 with {@code -XX:-TieredCompilation}; the whole pipeline
   * 13 against 32. Every benchmark, baselines included, is warmed the same way.
   */
  protected final void warmUpOnDocuments(BenchmarkParams params) {
    try {
      String name = params.getBenchmark();
      Method method = getClass().getMethod(name.substring(name.lastIndexOf('.') + 1));
      Field textField = field("text");
      Field charsField = field("chars");
      String text = (String) textField.get(this);
      Object chars = charsField == null ? null : charsField.get(this);
      List<String> documents = documents(text);
      List<char[]> arrays = new ArrayList<>();
      for (String d : documents) {
        arrays.add(d.toCharArray());
      }
      long deadline = System.nanoTime() + WARMUP_NANOS;
      for (int i = 0; i < WARMUP_DOCUMENTS && (i == 0 || System.nanoTime() < deadline); i++) {
        boolean whole = i % WHOLE_EVERY == WHOLE_EVERY - 1;
        textField.set(this, whole ? text : documents.get(i % documents.size()));
        if (charsField != null) {
          charsField.set(this, whole ? chars : arrays.get(i % documents.size()));
        }
        method.invoke(this);
      }
      textField.set(this, text);
      if (charsField != null) {
        charsField.set(this, chars);
      }
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalStateException("warm-up: cannot run " + params.getBenchmark(), e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("warm-up: " + params.getBenchmark() + " failed", e.getCause());
    }
  }

  /** Cuts the first 1 M chars of {@code text} into documents that end at a line end when one is near. */
  private static List<String> documents(String text) {
    List<String> out = new ArrayList<>();
    int end = Math.min(text.length(), 1_000_000);
    for (int start = 0; start < end; ) {
      int cut = Math.min(end, start + DOCUMENT_CHARS);
      int newline = text.indexOf('\n', cut);
      if (newline >= 0 && newline < cut + DOCUMENT_CHARS / 2) {
        cut = newline + 1;
      }
      out.add(text.substring(start, cut));
      start = cut;
    }
    return out;
  }

  private Field field(String name) {
    for (Class<?> c = getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f;
      } catch (NoSuchFieldException e) {
        // look in the superclass: JMH runs a generated subclass of the benchmark class
      }
    }
    return null;
  }
}
