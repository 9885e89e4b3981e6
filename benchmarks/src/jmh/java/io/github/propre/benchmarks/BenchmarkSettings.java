package io.github.propre.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The settings every benchmark class shares, inherited (JMH reads its annotations from superclasses):
 * throughput in operations per second, 3 warm-up and 5 measured iterations of 2 s, one fork with a fixed
 * 4 GB heap touched up front ({@code -XX:+AlwaysPreTouch}), so that allocating benchmarks do not pay
 * first-touch page faults and the 100 M-character inputs fit. Command-line options ({@code -wi}, {@code -i},
 * {@code -f}, {@code -jvmArgsAppend}) override them.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public abstract class BenchmarkSettings {}
