package io.github.propre.quote;

import java.util.List;

/** Decides each quote's kind and finds its speaker and verb. One instance per call. */
final class Attributor {
  private final String text;
  private final int[] paraStart;
  private final int[] paraEnd;
  private final ReportingVerbs verbs;

  Attributor(String text, int[] paraStart, int[] paraEnd, ReportingVerbs verbs) {
    this.text = text;
    this.paraStart = paraStart;
    this.paraEnd = paraEnd;
    this.verbs = verbs;
  }

  void attribute(List<Region> regions) {
    for (Region r : regions) {
      r.kind = r.dialogue ? Quote.Kind.DIALOGUE : Quote.Kind.SPEECH;
    }
  }
}
