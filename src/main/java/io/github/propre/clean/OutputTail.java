package io.github.propre.clean;

/**
 * Follows the last characters a step has written, so that it can ask what a new character would
 * follow in its output (see {@link EncodingRepairStep#completesSequence}).
 *
 * <p>The step reports each edit, in order; between edits its output copies the input. Not
 * thread-safe: one per scan, made at the first edit.
 */
final class OutputTail {
  /** Enough characters for a candidate around the written ones and a neighbour next to it. */
  static final int KEEP = 8;

  private final String input;
  private String tail = ""; // the last KEEP characters written up to input offset `at`
  private int at;

  OutputTail(String input) {
    this.input = input;
  }

  /** Returns the last (at most {@value #KEEP}) characters of the output before input offset {@code from}. */
  String before(int from) {
    if (from - at >= KEEP) {
      return input.substring(from - KEEP, from);
    }
    String s = tail + input.substring(at, from);
    return s.length() > KEEP ? s.substring(s.length() - KEEP) : s;
  }

  /** Records that input {@code [from, to)} was replaced by {@code with}. */
  void edited(int from, int to, CharSequence with) {
    String s = before(from) + with;
    tail = s.length() > KEEP ? s.substring(s.length() - KEEP) : s;
    at = to;
  }

  /**
   * Returns true if replacing input {@code [from, to)} by {@code with} would spell mojibake with
   * what precedes it in the output and follows it in the input.
   */
  boolean wouldLookLikeMojibake(int from, int to, CharSequence with) {
    return EncodingRepairStep.formsSequence(before(from), with, after(input, to));
  }

  /** Same as the instance method, for a step that has made no edit yet. */
  static boolean wouldLookLikeMojibake(String input, int from, int to, CharSequence with) {
    return EncodingRepairStep.formsSequence(input.substring(Math.max(0, from - KEEP), from), with,
        after(input, to));
  }

  private static String after(String input, int to) {
    return input.substring(to, Math.min(input.length(), to + KEEP));
  }
}
