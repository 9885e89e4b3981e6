package io.github.propre.dedup;

import java.util.concurrent.locks.ReentrantLock;

/**
 * What a {@link Deduplicator} remembers across documents: the 64-bit keys of the paragraphs it
 * kept (with where each lies) and, in near mode, the hashes of their word n-grams. The caller owns
 * it, sizes it, and decides which documents share it.
 *
 * <p><b>Bounded memory.</b> The index holds at most {@link #maxParagraphs()} paragraph keys and
 * {@link #maxNgrams()} n-gram hashes. It allocates as it fills, never more than
 * {@link #maxBytes(int, int)}: once full, about 28 bytes per paragraph key (32 once a policy
 * that counts repeats has used it; 8 more in near mode) and 11 per n-gram, with a transient half
 * again while a table last doubles. <b>When a table is full it stops admitting
 * new keys</b>: a paragraph seen after that is still compared with everything admitted before, but
 * is not itself remembered, so a later copy of it is not caught. Nothing is ever evicted, so a
 * decision never depends on what was forgotten; {@link #refusedParagraphs()} and
 * {@link #refusedNgrams()} count what could not be admitted, and {@link DedupResult#notIndexed()}
 * says it per document.
 *
 * <p><b>Determinism and threads.</b> Results depend only on the order in which paragraphs reach the
 * index and on the settings. The index is thread-safe: {@link Deduplicator#deduplicate(CharSequence,
 * DuplicateIndex)} holds it for the whole document, so a document is judged atomically; a
 * {@link DedupStream} holds it one paragraph at a time. Sharing one index between threads is safe,
 * but then the order, and so the result, is whatever order the threads reach it in: for
 * reproducible runs, feed documents from one thread in a fixed order.
 *
 * <p><b>N-gram fingerprints.</b> An n-gram is kept in one {@code long}: the top {@code 64 - b} bits
 * of its 64-bit hash next to the {@code b}-bit number of the paragraph that first had it, where
 * {@code b} is the bits that number {@link #maxParagraphs()} (20 for a million). Two n-grams that
 * agree on those bits count as one, so an n-gram looked up is taken for one already seen with a
 * chance of about {@link #ngramCount()}{@code / 2^(64 - b)}: below 10<sup>-5</sup> for 10<sup>8</sup>
 * n-grams and a million paragraphs, 1.6 % at the largest capacities (2<sup>29</sup> of each, 35-bit
 * fingerprints). Such a match adds one n-gram to a paragraph's similarity; a near removal needs more
 * than the threshold's share of them. Paragraph keys are always whole.
 *
 * <p>Keys are those of key version {@value Deduplicator#KEY_VERSION}; an index is not meant to
 * outlive the library version that filled it.
 *
 * <pre>{@code
 * DuplicateIndex index = DuplicateIndex.create(1_000_000);      // ~48 MB at most
 * Deduplicator dedup = Deduplicator.exact();
 * for (String doc : documents) {
 *   DedupResult r = dedup.deduplicate(doc, index);                // copies across documents go too
 * }
 * }</pre>
 */
public final class DuplicateIndex {

  /** The largest capacity of either table: 2<sup>29</sup>. */
  public static final int MAX_CAPACITY = 1 << 29;

  /** Paragraph keys fill up to 7/8 of their table: one lookup per paragraph, memory matters. */
  private static final int PARAGRAPH_LOAD = 7;
  /** N-grams fill up to 3/4: one lookup per word, probes matter. */
  private static final int NGRAM_LOAD = 6;

  /** Guards everything below; held by a deduplication for a document or a paragraph. */
  final ReentrantLock lock = new ReentrantLock();
  /** Paragraph key -> start (first column), document << 32 | length (second), copies seen. */
  final KeyTable paragraphs;
  /**
   * N-gram hash -> number of the kept paragraph that first had it (see {@link #ngramOwner}), packed
   * in one {@code long} per slot; null without n-gram capacity.
   */
  final KeyTable ngrams;
  /** The keys of the paragraphs that own n-grams, by number; grows up to maxParagraphs. */
  private long[] ngramOwners;
  private int ngramOwnerCount;
  private long documents;

  private DuplicateIndex(int maxParagraphs, int maxNgrams, int expectedNgrams) {
    this.paragraphs = new KeyTable(maxParagraphs, PARAGRAPH_LOAD, true);
    this.ngrams = maxNgrams == 0 ? null
        : new KeyTable(maxNgrams, NGRAM_LOAD, ownerBits(maxParagraphs), expectedNgrams);
    this.ngramOwners = maxNgrams == 0 ? null : new long[Math.min(maxParagraphs, 64)];
  }

  /** Returns the bits that number {@code maxParagraphs} owners: the n-gram table's packed column. */
  static int ownerBits(int maxParagraphs) {
    return Math.max(1, 32 - Integer.numberOfLeadingZeros(maxParagraphs - 1));
  }

  /**
   * Returns an index for one text, whose n-gram table starts at the size {@code expectedNgrams}
   * needs instead of growing there: what {@link Deduplicator#deduplicate(CharSequence)} uses.
   */
  static DuplicateIndex forOneText(int maxParagraphs, int maxNgrams, int expectedNgrams) {
    check("maxParagraphs", maxParagraphs, 1);
    check("maxNgrams", maxNgrams, 0);
    return new DuplicateIndex(maxParagraphs, maxNgrams, expectedNgrams);
  }

  /**
   * Returns an empty index for exact mode that remembers at most {@code maxParagraphs} paragraphs.
   *
   * @throws IllegalArgumentException if {@code maxParagraphs} is not in {@code [1, 2^29]}
   */
  public static DuplicateIndex create(int maxParagraphs) {
    return create(maxParagraphs, 0);
  }

  /**
   * Returns an empty index that remembers at most {@code maxParagraphs} paragraphs and
   * {@code maxNgrams} word n-grams (near mode needs {@code maxNgrams > 0}; a paragraph of
   * {@code w} words has {@code w - n + 1} n-grams).
   *
   * @throws IllegalArgumentException if {@code maxParagraphs} is not in {@code [1, 2^29]} or
   *     {@code maxNgrams} not in {@code [0, 2^29]}
   */
  public static DuplicateIndex create(int maxParagraphs, int maxNgrams) {
    return forOneText(maxParagraphs, maxNgrams, 0); // no size expected: the tables grow with use
  }

  /**
   * Returns the most heap, in bytes, that an index of this capacity takes, including the moment
   * its larger table doubles.
   *
   * @throws IllegalArgumentException as {@link #create(int, int)} does
   */
  public static long maxBytes(int maxParagraphs, int maxNgrams) {
    check("maxParagraphs", maxParagraphs, 1);
    check("maxNgrams", maxNgrams, 0);
    return KeyTable.maxBytes(maxParagraphs, PARAGRAPH_LOAD, true, true)
        + KeyTable.maxBytes(maxNgrams, NGRAM_LOAD, 8) // packed: one long per n-gram
        // the n-gram owners' keys, 8 bytes a paragraph, half again while the array last doubles
        + (maxNgrams == 0 ? 0 : 12L * maxParagraphs);
  }

  private static void check(String name, int value, int min) {
    if (value < min || value > MAX_CAPACITY) {
      throw new IllegalArgumentException(name + ": expected " + min + " to " + MAX_CAPACITY
          + ", got " + value);
    }
  }

  /** Returns the most paragraph keys this index holds. */
  public int maxParagraphs() {
    return paragraphs.maxKeys();
  }

  /** Returns the most n-gram hashes this index holds (0: exact mode only). */
  public int maxNgrams() {
    return ngrams == null ? 0 : ngrams.maxKeys();
  }

  /** Returns the number of paragraph keys held. */
  public int paragraphCount() {
    lock.lock();
    try {
      return paragraphs.size();
    } finally {
      lock.unlock();
    }
  }

  /** Returns the number of n-gram hashes held. */
  public int ngramCount() {
    lock.lock();
    try {
      return ngrams == null ? 0 : ngrams.size();
    } finally {
      lock.unlock();
    }
  }

  /** Returns how many paragraph keys were refused because the index was full. */
  public long refusedParagraphs() {
    lock.lock();
    try {
      return paragraphs.refused();
    } finally {
      lock.unlock();
    }
  }

  /** Returns how many n-gram hashes were refused because the index was full. */
  public long refusedNgrams() {
    lock.lock();
    try {
      return ngrams == null ? 0 : ngrams.refused();
    } finally {
      lock.unlock();
    }
  }

  /** Returns true if either table holds its maximum and admits nothing new. */
  public boolean isFull() {
    lock.lock();
    try {
      return paragraphs.isFull() || ngrams != null && ngrams.isFull();
    } finally {
      lock.unlock();
    }
  }

  /** Returns the number of documents (calls and streams) this index has served. */
  public long documentCount() {
    lock.lock();
    try {
      return documents;
    } finally {
      lock.unlock();
    }
  }

  /** Returns the heap bytes the index's tables take now. */
  public long heapBytes() {
    lock.lock();
    try {
      return paragraphs.bytes() + (ngrams == null ? 0 : ngrams.bytes() + 8L * ngramOwners.length);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public String toString() {
    lock.lock();
    try {
      return "DuplicateIndex[paragraphs " + paragraphs.size() + "/" + paragraphs.maxKeys()
          + ", ngrams " + (ngrams == null ? 0 : ngrams.size()) + "/" + maxNgrams()
          + ", documents " + documents + "]";
    } finally {
      lock.unlock();
    }
  }

  // ---- for Judge, under the lock ----

  /** Returns the next document's number. */
  long newDocument() {
    if (documents == Integer.MAX_VALUE) {
      throw new IllegalStateException("index: already served " + documents
          + " documents, the most one index numbers; start a new index");
    }
    return documents++;
  }

  /**
   * Numbers the paragraph {@code key}, just admitted, as the owner of the n-grams it brings; returns
   * its number, below maxParagraphs (each admitted paragraph asks once at most).
   */
  int addNgramOwner(long key) {
    if (ngramOwnerCount == ngramOwners.length) {
      ngramOwners = java.util.Arrays.copyOf(ngramOwners,
          (int) Math.min(paragraphs.maxKeys(), 2L * ngramOwners.length));
    }
    ngramOwners[ngramOwnerCount] = key;
    return ngramOwnerCount++;
  }

  /** Returns the key of the paragraph numbered {@code owner} by {@link #addNgramOwner}. */
  long ngramOwner(long owner) {
    return ngramOwners[(int) owner];
  }

  /** Returns where the paragraph in {@code slot} of the paragraph table lies. */
  ParagraphRef ref(int slot) {
    long meta = paragraphs.second(slot);
    long start = paragraphs.first(slot);
    return new ParagraphRef(meta >>> 32, start, start + (meta & 0xFFFFFFFFL));
  }

  /**
   * Admits paragraph {@code key} with its place; returns its slot, or -1 if the table is full or the
   * paragraph is too long to record (2<sup>32</sup> characters or more).
   */
  int admit(long key, long document, long start, long end) {
    if (end - start > 0xFFFFFFFFL) {
      return -1;
    }
    int slot = paragraphs.insert(key);
    if (slot >= 0) {
      paragraphs.first(slot, start);
      paragraphs.second(slot, document << 32 | (end - start));
      paragraphs.count(slot, 1);
    }
    return slot;
  }
}
