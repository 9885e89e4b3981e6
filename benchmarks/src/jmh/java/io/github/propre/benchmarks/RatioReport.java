package io.github.propre.benchmarks;

import io.github.propre.internal.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns JMH's JSON results into a table of characters per second and ratios, written between the
 * markers {@code <!-- jmh-table:start -->} and {@code <!-- jmh-table:end -->} of a Markdown file.
 *
 * <p>Every benchmark operation is one pass over a text of {@code size} characters, so chars/s =
 * ops/s x size. Ratios compare results of the same run on the same text: against Lucene's
 * StandardTokenizer and the plain char loop (both from {@link TokenizerBenchmark}), and, for the
 * scaling and hostile benchmarks, against the same method's result on the reference input.
 *
 * <p>Run by {@code mvn -Pbenchmarks verify} after JMH; by hand:
 * {@code java -cp ... io.github.propre.benchmarks.RatioReport target/jmh-result.json benchmarks/README.md}.
 */
public final class RatioReport {
  private RatioReport() {}

  private static final String START = "<!-- jmh-table:start -->";
  private static final String END = "<!-- jmh-table:end -->";

  record Result(String clazz, String method, Map<String, String> params, double opsPerSec,
      double error, Double bytesPerOp) {
    long size() {
      return Long.parseLong(params.getOrDefault("size", "0"));
    }

    double charsPerSec() {
      return opsPerSec * size();
    }

    String key(String otherClass, String otherMethod) {
      return otherClass + "." + otherMethod + params.getOrDefault("corpus", "") + "/" + size();
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: RatioReport JMH_RESULT.json README.md");
      System.exit(2);
    }
    Path json = Path.of(args[0]);
    if (!Files.isRegularFile(json)) {
      System.err.println("RatioReport: no JMH result at " + json + "; nothing to report");
      return;
    }
    List<Result> results = read(json);
    if (results.isEmpty()) {
      System.err.println("RatioReport: " + json + " holds no results");
      return;
    }
    String table = table(results, jvm(json));
    Path readme = Path.of(args[1]);
    String doc = Files.isRegularFile(readme) ? Files.readString(readme) : START + "\n" + END + "\n";
    int s = doc.indexOf(START);
    int e = doc.indexOf(END);
    if (s < 0 || e < s) {
      doc = doc + "\n" + START + "\n" + END + "\n";
      s = doc.indexOf(START);
      e = doc.indexOf(END);
    }
    String updated = doc.substring(0, s + START.length()) + "\n" + table + doc.substring(e);
    Files.writeString(readme, updated, StandardCharsets.UTF_8);
    System.out.println(table);
    System.out.println("RatioReport: table written to " + readme);
  }

  /** Returns the JVM the benchmarks ran on, as JMH recorded it. */
  static String jvm(Path json) throws IOException {
    Map<String, Object> first = Json.object(Json.array(Json.parse(Files.readString(json))).get(0));
    return first.get("vmName") + " " + first.get("jdkVersion") + " (" + first.get("jvmArgs") + ")";
  }

  static List<Result> read(Path json) throws IOException {
    List<Result> out = new ArrayList<>();
    for (Object o : Json.array(Json.parse(Files.readString(json)))) {
      Map<String, Object> r = Json.object(o);
      String full = (String) r.get("benchmark");
      int dot = full.lastIndexOf('.');
      String clazz = full.substring(full.lastIndexOf('.', dot - 1) + 1, dot);
      Map<String, String> params = new TreeMap<>();
      if (r.get("params") != null) {
        Json.object(r.get("params")).forEach((k, v) -> params.put(k, String.valueOf(v)));
      }
      Map<String, Object> primary = Json.object(r.get("primaryMetric"));
      double score = ((Number) primary.get("score")).doubleValue();
      Object err = primary.get("scoreError");
      double error = err instanceof Number n && !Double.isNaN(n.doubleValue()) ? n.doubleValue() : 0;
      Double bytes = null;
      if (r.get("secondaryMetrics") instanceof Map<?, ?> sec) {
        // JMH 1.37 names it "gc.alloc.rate.norm"; older versions put a "·" before it.
        Object gc = sec.containsKey("gc.alloc.rate.norm") ? sec.get("gc.alloc.rate.norm")
            : sec.get("·gc.alloc.rate.norm");
        if (gc instanceof Map<?, ?> g && g.get("score") instanceof Number n) {
          bytes = n.doubleValue();
        }
      }
      out.add(new Result(clazz, full.substring(dot + 1), params, score, error, bytes));
    }
    return out;
  }

  static String table(List<Result> results) {
    return table(results, System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
  }

  static String table(List<Result> results, String jvm) {
    Map<String, Result> byKey = new LinkedHashMap<>();
    for (Result r : results) {
      byKey.put(r.key(r.clazz(), r.method()), r);
    }
    StringBuilder sb = new StringBuilder();
    sb.append("Measured ").append(LocalDate.now()).append(" on ").append(machine())
        .append(", ").append(jvm).append(".\n\n");
    sb.append("| benchmark | input | M chars/s | ± | × Lucene Standard | × char loop | × baseline | B/op |\n");
    sb.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (Result r : results) {
      Result lucene = byKey.get(r.key("TokenizerBenchmark", "luceneStandardTokenizer"));
      Result loop = byKey.get(r.key("TokenizerBenchmark", "charLoop"));
      Result reference = reference(r, results);
      sb.append("| ").append(r.clazz().replace("Benchmark", "")).append('.').append(r.method())
          .append(" | ").append(describe(r.params()))
          .append(" | ").append(fmt(r.charsPerSec() / 1e6))
          .append(" | ").append(fmt(r.error() * r.size() / 1e6))
          .append(" | ").append(ratio(r, lucene))
          .append(" | ").append(ratio(r, loop))
          .append(" | ").append(ratio(r, reference))
          .append(" | ").append(r.bytesPerOp() == null ? "" : String.format(Locale.ROOT, "%.0f", r.bytesPerOp()))
          .append(" |\n");
    }
    sb.append("\n× Lucene Standard and × char loop: against `TokenizerBenchmark.luceneStandardTokenizer`"
        + " and `charLoop` on the same input. × baseline: the streaming tokenizer against `wordRunSplitter`"
        + " (a splitter with no French rule), dedup against `splitHashSet`, sentences"
        + " against ICU's sentence iterator, the Lucene analyzer against `FrenchAnalyzer` (its tokenizer"
        + " against `StandardTokenizer`), scaling runs against the same method on 1 M characters,"
        + " hostile inputs against the same method on normal text of the same size. B/op: bytes"
        + " allocated per operation, with `-prof gc`.\n");
    return sb.toString();
  }

  /** The baseline each benchmark is compared with in the last ratio column, other than the same method on other inputs. */
  private static final Map<String, String> BASELINES = Map.of(
      "DedupBenchmark", "splitHashSet",
      "TokenizerBenchmark.propreTokenizeStream", "wordRunSplitter",
      "SentenceBenchmark", "icuSentenceBreakIterator",
      "LuceneAnalyzerBenchmark.propreTokenizer", "luceneStandardTokenizer",
      "LuceneAnalyzerBenchmark.propreFrenchAnalyzer", "luceneFrenchAnalyzer",
      "LuceneAnalyzerBenchmark.propreFrenchChainWithoutCleaning", "luceneFrenchAnalyzer");

  /**
   * Returns what {@code r} is compared with in the last column: for scaling runs the same method on
   * 1 M characters, for hostile runs the same method on normal text, otherwise the baseline named
   * in {@link #BASELINES} on the same input.
   */
  private static Result reference(Result r, List<Result> all) {
    String baseline = BASELINES.getOrDefault(r.clazz() + "." + r.method(), BASELINES.get(r.clazz()));
    for (Result o : all) {
      if (o == r || !o.clazz().equals(r.clazz())) {
        continue;
      }
      if (baseline != null) {
        if (o.method().equals(baseline) && o.params().equals(r.params())) {
          return o;
        }
        continue;
      }
      if (!o.method().equals(r.method())) {
        continue;
      }
      if (r.params().containsKey("kind") && "normal".equals(o.params().get("kind"))
          && !"normal".equals(r.params().get("kind")) && o.size() == r.size()) {
        return o;
      }
      if (r.clazz().equals("ScalingBenchmark") && o.size() == 1_000_000 && r.size() != 1_000_000) {
        return o;
      }
    }
    return null;
  }

  private static String ratio(Result r, Result base) {
    if (base == null || base == r || base.charsPerSec() == 0) {
      return "";
    }
    return String.format(Locale.ROOT, "%.2f", r.charsPerSec() / base.charsPerSec());
  }

  private static String describe(Map<String, String> params) {
    StringBuilder sb = new StringBuilder();
    params.forEach((k, v) -> {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(k.equals("size") ? humanSize(Long.parseLong(v)) : v);
    });
    return sb.toString();
  }

  private static String humanSize(long n) {
    if (n >= 1_000_000 && n % 1_000_000 == 0) {
      return n / 1_000_000 + "M";
    }
    if (n >= 1_000 && n % 1_000 == 0) {
      return n / 1_000 + "K";
    }
    return Long.toString(n);
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, d >= 100 ? "%.0f" : d >= 10 ? "%.1f" : "%.2f", d);
  }

  private static String machine() {
    String cpu = "unknown CPU";
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          cpu = line.substring(line.indexOf(':') + 1).trim();
          break;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: leave it unknown
    }
    return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores";
  }
}
