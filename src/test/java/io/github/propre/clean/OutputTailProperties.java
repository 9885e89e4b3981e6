package io.github.propre.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The tail, which folds an edit in only when a lookup reaches back into it, always shows the last
 * characters of the output as a step that writes it out in full would have them.
 */
class OutputTailProperties {

  /**
   * An edit: replace {@code length} input chars, {@code gap} chars after the previous edit; with
   * {@code look}, the tail is looked at first (each look folds the edits before it in).
   */
  record Edit(int gap, int length, String with, boolean look) {}

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Edit> edit = Combinators.combine(
        Arbitraries.integers().between(0, 12),
        Arbitraries.integers().between(0, 3),
        Arbitraries.of("", "’", "«\u202F", "\u202F»", "x", "abcdefghij"),
        Arbitraries.of(true, false, false, false))
        .as(Edit::new);
    return edit.list().ofMaxSize(30);
  }

  @Property
  void tail_showsTheOutputBeforeEveryEdit(@ForAll("edits") List<Edit> edits) {
    String input = "abcdefghijklmnopqrstuvwxyz0123456789".repeat(20);
    OutputTail tail = new OutputTail(input, new Tally());
    StringBuilder output = new StringBuilder(); // the output up to `copied`, written in full
    int copied = 0;
    for (Edit e : edits) {
      int from = copied + e.gap();
      int to = from + e.length();
      if (to > input.length()) {
        break;
      }
      output.append(input, copied, from);
      if (e.look()) {
        check(tail, output, from);
      }
      if (e.with().length() == 1) {
        tail.edited(from, to, e.with().charAt(0));
      } else {
        tail.edited(from, to, e.with());
      }
      output.append(e.with());
      copied = to;
    }
    output.append(input, copied, Math.min(input.length(), copied + 5));
    check(tail, output, Math.min(input.length(), copied + 5));
  }

  private static void check(OutputTail tail, StringBuilder output, int from) {
    for (int k = 1; k <= OutputTail.KEEP; k++) {
      int expected = k <= output.length() ? output.charAt(output.length() - k) : -1;
      assertEquals(expected, tail.before(from, k), "char " + k + " before input offset " + from
          + " of output " + output);
    }
  }
}
