package io.github.propre.clean;

/**
 * Follows the last characters a step has written, so that it can ask whether a character it is
 * about to write would read as mojibake next to them (see {@link EncodingRepairStep#formsSequence}).
 *
 * <p>The step reports each edit, in order; between edits its output copies the input. The check
 * allocates nothing unless a windows-1252 lead character ({@code Â Ã â}...) is near, which clean
 * text rarely has. Not thread-safe: one per scan.
 */
final class OutputTail {
  /** Enough characters for a candidate around the written ones and a neighbour next to it. */
  static final int KEEP = 8;

  private final String input;
  /** Told when a write is held back (see {@link Tally#heldBack}). */
  private final Tally tally;
  private char[] tail = new char[KEEP]; // the last tailLength characters written up to `at`
  private char[] spare = new char[KEEP]; // where the next tail is built, then swapped in
  private int tailLength;
  private int at;
  // The last edit, not yet folded into the tail: most edits are far apart and never looked at, so
  // the tail is built only when a lookup needs it (pendingTo < 0: none).
  private int pendingFrom;
  private int pendingTo = -1;
  private CharSequence pendingWith; // null: the single char pendingChar
  private char pendingChar;

  OutputTail(String input, Tally tally) {
    this.input = input;
    this.tally = tally;
  }

  /**
   * Puts {@code target}, a tail of the same input, in this tail's state, so that it can follow
   * planned edits and be thrown away (a step that plans before it writes); allocates nothing.
   */
  void copyTo(OutputTail target) {
    System.arraycopy(tail, 0, target.tail, 0, KEEP);
    target.tailLength = tailLength;
    target.at = at;
    target.pendingFrom = pendingFrom;
    target.pendingTo = pendingTo;
    target.pendingWith = pendingWith;
    target.pendingChar = pendingChar;
  }

  /** Returns the {@code k}-th character (from 1) of the output before input offset {@code from}, or -1. */
  int before(int from, int k) {
    if (pendingTo >= 0) {
      if (k <= from - pendingTo) {
        return input.charAt(from - k);
      }
      fold();
    }
    int copied = from - at;
    if (k <= copied) {
      return input.charAt(from - k);
    }
    int j = k - copied;
    return j <= tailLength ? tail[tailLength - j] : -1;
  }

  /** Records that input {@code [from, to)} was replaced by {@code with}. */
  void edited(int from, int to, CharSequence with) {
    pend(from, to);
    pendingWith = with;
  }

  /** Records that input {@code [from, to)} was replaced by {@code c}. */
  void edited(int from, int to, char c) {
    pend(from, to);
    pendingWith = null;
    pendingChar = c;
  }

  private void pend(int from, int to) {
    if (pendingTo >= 0) {
      if (from - pendingTo < KEEP) {
        fold(); // the new tail reaches back into the last edit
      } else {
        // KEEP characters of input lie between the two edits: the older one can no longer be seen.
        at = pendingTo;
        tailLength = 0;
      }
    }
    pendingFrom = from;
    pendingTo = to;
  }

  /** Folds the pending edit into the tail. */
  private void fold() {
    int from = pendingFrom;
    int to = pendingTo;
    pendingTo = -1;
    char[] next = spare;
    int n = 0;
    if (pendingWith == null) {
      next[KEEP - 1 - n++] = pendingChar;
    } else {
      for (int k = pendingWith.length() - 1; k >= 0 && n < KEEP; k--) {
        next[KEEP - 1 - n++] = pendingWith.charAt(k);
      }
    }
    for (int k = 1; n < KEEP; k++) {
      int c = before(from, k);
      if (c < 0) {
        break;
      }
      next[KEEP - 1 - n++] = (char) c;
    }
    System.arraycopy(next, KEEP - n, next, 0, n);
    spare = tail;
    tail = next;
    tailLength = n;
    at = to;
  }

  /** Same as {@link #wouldLookLikeMojibake(int, int, CharSequence)} for one character. */
  boolean wouldLookLikeMojibake(int from, int to, char c) {
    if (!isLead(c)) {
      // A candidate that takes in c without starting at it runs through the char before it.
      int prev = before(from, 1);
      if (prev < 0 || (Triggers.of((char) prev) & (Triggers.LEAD | Triggers.CONT)) == 0
          || (Triggers.of(c) & Triggers.CONT) == 0) {
        return false;
      }
    }
    if (!isLead(c) && !leadBefore(from)) {
      return false;
    }
    return wouldLookLikeMojibake(from, to, String.valueOf(c));
  }

  /**
   * Returns true if replacing input {@code [from, to)} by {@code with} would spell mojibake with
   * what precedes it in the output and follows it in the input.
   */
  boolean wouldLookLikeMojibake(int from, int to, CharSequence with) {
    if (!leadNear(from, with)) {
      return false;
    }
    StringBuilder before = new StringBuilder(KEEP);
    for (int k = KEEP; k >= 1; k--) {
      int c = before(from, k);
      if (c >= 0) {
        before.append((char) c);
      }
    }
    boolean sequence = EncodingRepairStep.formsSequence(before.toString(), with, after(input, to));
    if (sequence) {
      tally.heldBack = true;
    }
    return sequence;
  }

  /** Returns true if a lead character is written or stands in the three characters before. */
  private boolean leadNear(int from, CharSequence with) {
    for (int k = 0; k < with.length(); k++) {
      if (isLead(with.charAt(k))) {
        return true;
      }
    }
    return leadBefore(from);
  }

  private boolean leadBefore(int from) {
    for (int k = 1; k <= 3; k++) {
      int c = before(from, k);
      if (c >= 0 && isLead((char) c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLead(char c) {
    return (Triggers.of(c) & Triggers.LEAD) != 0; // windows-1252 or Latin-1 byte C2..F4
  }

  private static String after(String input, int to) {
    return input.substring(to, Math.min(input.length(), to + KEEP));
  }
}
