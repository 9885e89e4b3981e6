package io.github.propre.cli;

import io.github.propre.quote.Quote;
import io.github.propre.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores predicted quotes against gold quotes the way {@code ../shared/data/README.md} says: each
 * quote becomes the set of characters of its parts (or fragments), each part trimmed at both ends
 * of everything that is not a letter or a digit (spaces, marks, dashes, punctuation) and parts
 * that only punctuation separates merged; quotes are then matched one to one, best overlap first.
 *
 * <p>The overlap of two quotes is the number of characters they share divided by the size of the
 * larger one, so a match at 0.8 means each covers at least 80 % of the other. "Exact" means the
 * same characters. Fragments (titles, terms) are not claimed to be speech and are not scored.
 */
final class QuoteScorer {
  private QuoteScorer() {}

  /** A quote as the scorer sees it: trimmed intervals, plus what is needed to report it. */
  record Item(int[] intervals, int size, Span span, Span speaker, Span verb, String label) {}

  /** The three thresholds, in order: overlap >= 0.3, >= 0.8, exact. */
  static final double[] THRESHOLDS = {0.3, 0.8, 1.0};

  /** Returns the trimmed, merged intervals of {@code spans} in {@code text}. */
  static int[] intervals(String text, List<Span> spans) {
    int[] out = new int[spans.size() * 2];
    int n = 0;
    for (Span s : spans) {
      int a = s.start();
      int b = Math.min(s.end(), text.length());
      while (a < b && !Character.isLetterOrDigit(text.charAt(a))) {
        a++;
      }
      while (b > a && !Character.isLetterOrDigit(text.charAt(b - 1))) {
        b--;
      }
      if (a < b) {
        out[n++] = a;
        out[n++] = b;
      }
    }
    // Sort by start (parts are normally in order already).
    int[][] pairs = new int[n / 2][];
    for (int i = 0; i < n; i += 2) {
      pairs[i / 2] = new int[] {out[i], out[i + 1]};
    }
    Arrays.sort(pairs, (x, y) -> Integer.compare(x[0], y[0]));
    int[] merged = new int[n];
    int m = 0;
    for (int[] p : pairs) {
      if (m > 0 && (p[0] <= merged[m - 1] || onlyPunctuation(text, merged[m - 1], p[0]))) {
        merged[m - 1] = Math.max(merged[m - 1], p[1]);
      } else {
        merged[m++] = p[0];
        merged[m++] = p[1];
      }
    }
    return Arrays.copyOf(merged, m);
  }

  private static boolean onlyPunctuation(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static int size(int[] iv) {
    int s = 0;
    for (int i = 0; i < iv.length; i += 2) {
      s += iv[i + 1] - iv[i];
    }
    return s;
  }

  static int shared(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int total = 0;
    while (i < a.length && j < b.length) {
      int lo = Math.max(a[i], b[j]);
      int hi = Math.min(a[i + 1], b[j + 1]);
      if (lo < hi) {
        total += hi - lo;
      }
      if (a[i + 1] < b[j + 1]) {
        i += 2;
      } else {
        j += 2;
      }
    }
    return total;
  }

  /** Returns the overlap of two quotes: shared characters over the larger size; 1.0 only if identical. */
  static double overlap(Item g, Item p) {
    if (Arrays.equals(g.intervals, p.intervals)) {
      return 1.0;
    }
    int max = Math.max(g.size, p.size);
    if (max == 0) {
      return 0;
    }
    // Never 1.0 unless identical, so that "exact" means exact.
    return Math.min(0.999999, (double) shared(g.intervals, p.intervals) / max);
  }

  /** Returns the item for a predicted quote. */
  static Item predicted(String text, Quote q) {
    int[] iv = intervals(text, q.parts());
    return new Item(iv, size(iv), q.span(), q.speaker().map(m -> m.span()).orElse(null),
        q.verb().map(m -> m.span()).orElse(null), q.kind().label());
  }

  /**
   * Matches gold and predicted items one to one at {@code threshold}: pairs are taken best overlap
   * first. Returns, for each gold item, the index of its predicted match or -1.
   */
  static int[] match(List<Item> gold, List<Item> predicted, double threshold) {
    List<double[]> pairs = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < predicted.size(); p++) {
        Item gi = gold.get(g);
        Item pi = predicted.get(p);
        if (gi.span.end() < pi.span.start() || pi.span.end() < gi.span.start()) {
          continue;
        }
        double o = overlap(gi, pi);
        if (o >= threshold) {
          pairs.add(new double[] {o, g, p});
        }
      }
    }
    pairs.sort((x, y) -> Double.compare(y[0], x[0]));
    int[] goldToPred = new int[gold.size()];
    Arrays.fill(goldToPred, -1);
    boolean[] used = new boolean[predicted.size()];
    for (double[] pair : pairs) {
      int g = (int) pair[1];
      int p = (int) pair[2];
      if (goldToPred[g] < 0 && !used[p]) {
        goldToPred[g] = p;
        used[p] = true;
      }
    }
    return goldToPred;
  }
}
