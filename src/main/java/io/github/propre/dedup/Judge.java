package io.github.propre.dedup;

/**
 * Decides the fate of the paragraphs of one document, one at a time, against a {@link
 * DuplicateIndex}: the single implementation behind {@link Deduplicator#deduplicate} and {@link
 * DedupStream}.
 *
 * <p>A paragraph is fed with {@link #begin()}, {@link #add}, then {@link #end}. Not thread-safe: one
 * per document; it takes the index's lock for each decision.
 */
final class Judge {
  private final Deduplicator settings;
  private final DuplicateIndex index;
  private final long document;
  private final KeyHasher key = new KeyHasher();
  /** Near mode only: the paragraph's word n-grams. */
  private final NgramHasher near;
  /** Near mode only: the owners of the n-grams already seen, for the vote on duplicateOf. */
  private long[] owners = new long[256];
  /** Near mode only: the n-grams not seen, to admit if the paragraph is kept. */
  private long[] unseen = new long[256];
  /** Near mode only: for each of {@link #unseen}, what {@link KeyTable#probe} returned. */
  private int[] probed = new int[256];
  private int unseenCount;
  /** Near mode only: the n-gram table's {@link KeyTable#growths()} when {@link #probed} was filled. */
  private int growthsAtLookUp;
  /** Keeps {@link KeyTable#touch}'s reads alive. */
  private long touched;
  private int notIndexed;

  /** Makes a judge for a new document; call under the index's lock. */
  Judge(Deduplicator settings, DuplicateIndex index, long document) {
    this.settings = settings;
    this.index = index;
    this.document = document;
    if (settings.policy().repeats() > 0 || settings.policy().dropsAll()) {
      index.paragraphs.countCopies();
    }
    if (settings.isNear() && index.ngrams == null) {
      throw new IllegalArgumentException("index: near mode needs room for n-grams; create it with "
          + "DuplicateIndex.create(maxParagraphs, maxNgrams)");
    }
    this.near = settings.isNear() ? new NgramHasher(settings.ngram()) : null;
  }

  long document() {
    return document;
  }

  /** Returns how many paragraphs of this document the index was too full to remember. */
  int notIndexed() {
    return notIndexed;
  }

  void begin() {
    key.reset();
    if (near != null) {
      near.reset();
    }
  }

  void add(char[] chars, int from, int to) {
    key.add(chars, from, to);
    if (near != null) {
      near.add(chars, from, to);
    }
  }

  void add(CharSequence text, int from, int to) {
    key.add(text, from, to);
    if (near != null) {
      near.add(text, from, to);
    }
  }

  /** Decides the paragraph fed since {@link #begin()}, which lies at {@code [start, end)}. */
  Verdict end(long start, long end) {
    long k = key.finish();
    if (key.length() < settings.minChars()) {
      return kept(start, end, 0);
    }
    int grams = 0;
    if (near != null) {
      // An exact copy needs no n-grams: look for it first, then hash outside the lock (the slow
      // part), then look again, since another thread may have admitted the same key meanwhile.
      index.lock.lock();
      try {
        int slot = index.paragraphs.find(k);
        if (slot >= 0) {
          return exactCopy(start, end, slot);
        }
      } finally {
        index.lock.unlock();
      }
      grams = near.hash();
    }
    index.lock.lock();
    try {
      KeyTable table = index.paragraphs;
      int slot = table.find(k);
      if (slot >= 0) {
        return exactCopy(start, end, slot);
      }
      double similarity = 0;
      if (grams > 0) {
        int seen = lookUpNgrams(grams);
        similarity = (double) seen / grams;
        if (similarity > settings.threshold()) {
          return new Verdict(start, end, true, DuplicateKind.NEAR, similarity,
              index.ref(table.find(index.ngramOwner(mostFrequentOwner(seen)))));
        }
      }
      slot = index.admit(k, document, start, end);
      if (slot < 0) {
        notIndexed++;
      } else if (grams > 0) {
        admitNgrams(k);
      }
      return kept(start, end, similarity);
    } finally {
      index.lock.unlock();
    }
  }

  /** Counts one more copy of the paragraph at {@code slot}; call under the index's lock. */
  private Verdict exactCopy(long start, long end, int slot) {
    KeyTable table = index.paragraphs;
    int seen = table.count(slot);
    if (seen < Integer.MAX_VALUE) {
      table.count(slot, seen + 1);
    }
    if (seen <= settings.policy().repeats()) {
      return kept(start, end, 1);
    }
    return new Verdict(start, end, true, DuplicateKind.EXACT, 1, index.ref(slot));
  }

  /**
   * Counts the n-grams already in the index, collecting their owners into {@link #owners} and the
   * others into {@link #unseen}.
   */
  private int lookUpNgrams(int grams) {
    KeyTable table = index.ngrams;
    long[] g = near.grams();
    if (owners.length < grams) {
      owners = new long[Math.max(grams, owners.length * 2)];
      unseen = new long[owners.length];
      probed = new int[owners.length];
    }
    // Grow before looking up, not while admitting, so the empty slots found stay where to admit.
    table.reserve(grams);
    growthsAtLookUp = table.growths();
    int seen = 0;
    unseenCount = 0;
    touched += table.touch(g, grams);
    for (int i = 0; i < grams; i++) {
      int slot = table.probe(g[i]);
      if (slot >= 0) {
        owners[seen++] = table.first(slot);
      } else {
        probed[unseenCount] = slot;
        unseen[unseenCount++] = g[i];
      }
    }
    return seen;
  }

  /**
   * Returns the number ({@link DuplicateIndex#addNgramOwner}) of the kept paragraph that owns most
   * of the {@code seen} n-grams; on a tie, the
   * one that comes first in the index's order (earliest document, then earliest start).
   */
  private long mostFrequentOwner(int seen) {
    java.util.Arrays.sort(owners, 0, seen);
    long best = owners[0];
    int bestRun = 0;
    for (int i = 0; i < seen; ) {
      int j = i;
      while (j < seen && owners[j] == owners[i]) {
        j++;
      }
      int run = j - i;
      if (run > bestRun || run == bestRun && comesFirst(owners[i], best)) {
        best = owners[i];
        bestRun = run;
      }
      i = j;
    }
    return best;
  }

  private boolean comesFirst(long a, long b) {
    ParagraphRef ra = index.ref(index.paragraphs.find(index.ngramOwner(a)));
    ParagraphRef rb = index.ref(index.paragraphs.find(index.ngramOwner(b)));
    return ra.document() != rb.document() ? ra.document() < rb.document() : ra.start() < rb.start();
  }

  /** Adds the n-grams {@link #lookUpNgrams} did not find, owned by the paragraph {@code key}. */
  private void admitNgrams(long key) {
    if (unseenCount == 0) {
      return;
    }
    KeyTable table = index.ngrams;
    int owner = index.addNgramOwner(key);
    for (int i = 0; i < unseenCount; i++) {
      // A repeat within the paragraph is PRESENT the second time. The table grew in between only if
      // it holds its maximum (lookUpNgrams reserved room), and then the slots probed mean nothing.
      int slot = table.growths() == growthsAtLookUp ? table.addAt(unseen[i], probed[i])
          : table.add(unseen[i]);
      if (slot >= 0) {
        table.first(slot, owner);
      }
    }
  }

  /**
   * Decides a whole document under {@link DuplicatePolicy#dropAll()}: a paragraph goes if its key
   * is already in the index or occurs twice or more in the document.
   *
   * @param text the document
   * @param starts the paragraphs' starts, in order
   * @param ends the paragraphs' ends
   */
  Verdict[] dropAll(CharSequence text, int[] starts, int[] ends) {
    int n = starts.length;
    long[] keys = new long[n];
    boolean[] eligible = new boolean[n];
    for (int i = 0; i < n; i++) {
      key.reset();
      key.add(text, starts[i], ends[i]);
      keys[i] = key.finish();
      eligible[i] = key.length() >= settings.minChars();
    }
    // first and second occurrence of each key within the document, and how many
    KeyTable inDocument = new KeyTable(Math.max(1, n), 6, true);
    inDocument.countCopies();
    for (int i = 0; i < n; i++) {
      if (!eligible[i]) {
        continue;
      }
      int slot = inDocument.find(keys[i]);
      if (slot < 0) {
        slot = inDocument.insert(keys[i]);
        inDocument.first(slot, i);
        inDocument.second(slot, -1);
        inDocument.count(slot, 1);
      } else {
        if (inDocument.count(slot) == 1) {
          inDocument.second(slot, i);
        }
        inDocument.count(slot, inDocument.count(slot) + 1);
      }
    }
    Verdict[] verdicts = new Verdict[n];
    index.lock.lock();
    try {
      KeyTable table = index.paragraphs;
      for (int i = 0; i < n; i++) {
        if (!eligible[i]) {
          verdicts[i] = kept(starts[i], ends[i], 0);
          continue;
        }
        int local = inDocument.find(keys[i]);
        int firstHere = (int) inDocument.first(local);
        int slot = table.find(keys[i]);
        if (slot >= 0) {
          verdicts[i] = new Verdict(starts[i], ends[i], true, DuplicateKind.EXACT, 1, index.ref(slot));
          table.count(slot, (int) Math.min(Integer.MAX_VALUE, (long) table.count(slot) + 1));
        } else if (inDocument.count(local) > 1) {
          int other = i == firstHere ? (int) inDocument.second(local) : firstHere;
          verdicts[i] = new Verdict(starts[i], ends[i], true, DuplicateKind.EXACT, 1,
              new ParagraphRef(document, starts[other], ends[other]));
        } else {
          verdicts[i] = kept(starts[i], ends[i], 0);
        }
      }
      // remember each new key by its first occurrence here, so later documents drop their copies
      for (int i = 0; i < n; i++) {
        if (eligible[i] && table.find(keys[i]) < 0) {
          int local = inDocument.find(keys[i]);
          int slot = index.admit(keys[i], document, starts[i], ends[i]);
          if (slot < 0) {
            notIndexed++;
          } else {
            table.count(slot, inDocument.count(local));
          }
        }
      }
    } finally {
      index.lock.unlock();
    }
    return verdicts;
  }

  private static Verdict kept(long start, long end, double similarity) {
    return new Verdict(start, end, false, null, similarity, null);
  }
}
