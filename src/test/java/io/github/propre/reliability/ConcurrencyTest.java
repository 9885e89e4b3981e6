package io.github.propre.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.Document;
import io.github.propre.dedup.DedupResult;
import io.github.propre.dedup.DedupStream;
import io.github.propre.dedup.Deduplicator;
import io.github.propre.dedup.DuplicateIndex;
import io.github.propre.dedup.Verdict;
import io.github.propre.text.ParagraphMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Shared stages under load: 16 threads over 1,000 varied documents give exactly the answers of a
 * sequential run (every stage and two pipelines), a document's lazily computed parts are the same
 * whichever thread asks first, and a {@link DuplicateIndex} shared by 16 threads behaves as its Javadoc promises
 * (each document judged atomically, so the result equals a sequential run in the order the
 * documents reached the index).
 */
class ConcurrencyTest {
  static final int THREADS = 16;
  static final int DOCUMENTS = 1000;

  private static List<String> docs;
  private static ExecutorService pool;

  @BeforeAll
  static void setUp() {
    docs = Corpus.documents(DOCUMENTS, 20261123L);
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  static void tearDown() {
    pool.shutdownNow();
  }

  /**
   * Runs {@code task(t)} for t in [0, THREADS) on the pool, all released at once, and returns their
   * results in thread order.
   */
  static <T> List<T> onAllThreads(IntFunction<T> task) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      Callable<T> c = () -> {
        start.await();
        return task.apply(thread);
      };
      futures.add(pool.submit(c));
    }
    start.countDown();
    List<T> out = new ArrayList<>();
    for (Future<T> f : futures) {
      out.add(f.get());
    }
    return out;
  }

  /** 200 of the documents, every stage and two pipelines: the default run. */
  @Test
  void sharedStages_sixteenThreads_giveTheSequentialAnswers() throws Exception {
    sixteenThreadsGiveTheSequentialAnswers(docs.subList(0, 200));
  }

  /** All 1,000 documents. */
  @Test
  @Tag("slow")
  void sharedStages_sixteenThreads_thousandDocuments_giveTheSequentialAnswers() throws Exception {
    sixteenThreadsGiveTheSequentialAnswers(docs);
  }

  private static void sixteenThreadsGiveTheSequentialAnswers(List<String> texts) throws Exception {
    long t0 = System.nanoTime();
    List<String> expected = new ArrayList<>(texts.size());
    for (String d : texts) {
      expected.add(Analysis.of(d));
    }
    long sequential = System.nanoTime() - t0;
    String[] actual = new String[texts.size()];
    AtomicInteger next = new AtomicInteger();
    t0 = System.nanoTime();
    List<Integer> counts = onAllThreads(thread -> {
      int done = 0;
      for (int i; (i = next.getAndIncrement()) < texts.size(); done++) {
        actual[i] = Analysis.of(texts.get(i));
      }
      return done;
    });
    long concurrent = System.nanoTime() - t0;
    for (int i = 0; i < texts.size(); i++) {
      assertEquals(expected.get(i), actual[i], "document " + i + " analysed differently under load");
    }
    assertEquals(texts.size(), counts.stream().mapToInt(Integer::intValue).sum());
    long chars = texts.stream().mapToLong(String::length).sum();
    System.out.printf("concurrency: %d documents, %d chars, %d threads: sequential %d ms, concurrent %d ms,"
        + " all equal%n", texts.size(), chars, THREADS, sequential / 1_000_000, concurrent / 1_000_000);
  }

  /**
   * One document per text, shared by 16 threads that ask for its lazily computed parts (tokens,
   * sentences, quotes) at once, each in its own order: every thread sees the same answers.
   */
  @Test
  void sharedDocument_lazyParts_sameInEveryThread() throws Exception {
    for (int i = 0; i < docs.size(); i += 20) {
      Document d = Analysis.PIPELINE.process(docs.get(i));
      List<String> seen = onAllThreads(thread -> {
        if (thread % 3 == 1) {
          d.quotes();
        } else if (thread % 3 == 2) {
          d.sentences();
        }
        StringBuilder sb = new StringBuilder();
        Analysis.document(sb, d);
        return sb.toString();
      });
      StringBuilder expected = new StringBuilder();
      Analysis.document(expected, Analysis.PIPELINE.process(docs.get(i)));
      for (String s : seen) {
        assertEquals(expected.toString(), s, "document " + i);
      }
    }
  }

  @Test
  void sharedIndex_exact_equalsASequentialRunInArrivalOrder() throws Exception {
    sharedIndexEqualsSequential(Deduplicator.exact(), () -> DuplicateIndex.create(100_000));
  }

  @Test
  void sharedIndex_near_equalsASequentialRunInArrivalOrder() throws Exception {
    sharedIndexEqualsSequential(Deduplicator.near(), () -> DuplicateIndex.create(100_000, 1 << 20));
  }

  /** A full index stops admitting; which paragraphs it refused depends only on the order too. */
  @Test
  void sharedIndex_fullIndex_equalsASequentialRunInArrivalOrder() throws Exception {
    DuplicateIndex used = sharedIndexEqualsSequential(Deduplicator.exact(), () -> DuplicateIndex.create(300));
    assertTrue(used.isFull() && used.refusedParagraphs() > 0, "the index never filled: " + used);
  }

  /**
   * Each thread deduplicates its own documents (t, t + 16, ...) in order against one index; then a
   * fresh index replays the documents one by one in the order their numbers say they arrived. Every
   * result must be the same, down to where each kept copy lies.
   */
  private DuplicateIndex sharedIndexEqualsSequential(Deduplicator d,
      Supplier<DuplicateIndex> newIndex) throws Exception {
    DuplicateIndex shared = newIndex.get();
    List<Map<Long, String>> perThread = onAllThreads(thread -> {
      Map<Long, String> mine = new HashMap<>();
      for (int i = thread; i < docs.size(); i += THREADS) {
        DedupResult r = d.deduplicate(docs.get(i), shared);
        mine.put(r.document(), i + ":" + describe(r));
      }
      return mine;
    });
    TreeMap<Long, String> byArrival = new TreeMap<>();
    perThread.forEach(byArrival::putAll);
    assertEquals(DOCUMENTS, byArrival.size(), "document numbers are not unique");
    assertEquals(DOCUMENTS, shared.documentCount());

    DuplicateIndex replay = newIndex.get();
    int removed = 0;
    for (Map.Entry<Long, String> e : byArrival.entrySet()) {
      String got = e.getValue();
      int i = Integer.parseInt(got.substring(0, got.indexOf(':')));
      DedupResult r = d.deduplicate(docs.get(i), replay);
      assertEquals(e.getKey().longValue(), r.document());
      assertEquals(got, i + ":" + describe(r), "document " + i + " (arrival " + e.getKey() + ")");
      removed += r.removed().size();
    }
    assertEquals(replay.paragraphCount(), shared.paragraphCount());
    assertEquals(replay.ngramCount(), shared.ngramCount());
    assertEquals(replay.refusedParagraphs(), shared.refusedParagraphs());
    assertTrue(removed > 0, "nothing was removed: the corpus has no cross-document copies");
    return shared;
  }

  private static String describe(DedupResult r) {
    StringBuilder sb = new StringBuilder();
    Analysis.dedup(sb, r);
    return sb.toString();
  }

  /**
   * Streams share an index one paragraph at a time, so their interleaving is not recorded; what
   * holds whatever it is: across all documents each long paragraph is kept exactly once, and every
   * removal points at a kept copy.
   */
  @Test
  void sharedIndex_streams_keepEachParagraphOnce() throws Exception {
    Deduplicator d = Deduplicator.builder().paragraphs(ParagraphMode.BLANK_LINE).build();
    DuplicateIndex shared = DuplicateIndex.create(100_000);
    // Per thread: "K doc start end key length" for a kept paragraph, "R doc start end" for the copy
    // a removed one points at.
    List<List<String>> perThread = onAllThreads(thread -> {
      List<String> lines = new ArrayList<>();
      for (int i = thread; i < docs.size(); i += THREADS) {
        String doc = docs.get(i);
        List<Verdict> verdicts = new ArrayList<>();
        DedupStream s = d.stream(shared, verdicts::add);
        s.append(doc);
        s.finish();
        for (Verdict v : verdicts) {
          if (v.removed()) {
            lines.add("R " + v.duplicateOf().document() + " " + v.duplicateOf().start() + " "
                + v.duplicateOf().end());
          } else {
            String p = doc.substring((int) v.start(), (int) v.end());
            lines.add("K " + s.document() + " " + v.start() + " " + v.end() + " "
                + Deduplicator.exactKey(p) + " " + p.length());
          }
        }
      }
      return lines;
    });
    Map<String, Integer> keptTimes = new HashMap<>();
    Set<String> keptPlaces = new HashSet<>();
    List<String> pointers = new ArrayList<>();
    for (List<String> lines : perThread) {
      for (String line : lines) {
        String[] f = line.split(" ");
        if (f[0].equals("R")) {
          pointers.add(f[1] + " " + f[2] + " " + f[3]);
        } else {
          keptPlaces.add(f[1] + " " + f[2] + " " + f[3]);
          if (Integer.parseInt(f[5]) >= 2 * Deduplicator.DEFAULT_MIN_CHARS) { // surely not short
            keptTimes.merge(f[4], 1, Integer::sum);
          }
        }
      }
    }
    assertTrue(keptTimes.size() > 100, "too few long paragraphs kept: " + keptTimes.size());
    keptTimes.forEach((key, times) -> assertEquals(1, times, "paragraph key " + key + " kept in " + times
        + " documents"));
    assertTrue(pointers.size() > 50, "too few removals: " + pointers.size());
    for (String p : pointers) {
      assertTrue(keptPlaces.contains(p), "a removal points at " + p + ", which no stream kept");
    }
    assertEquals(DOCUMENTS, shared.documentCount());
  }
}
