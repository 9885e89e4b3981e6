package io.github.propre.clean;

import io.github.propre.text.MappedText;

/**
 * Runs the encoding repair, then the Unicode clean-up, and the repair again as long as the
 * clean-up changes something.
 *
 * <p>The clean-up can bring mojibake together: removing a zero-width space, a decoded BOM ({@code
 * ï»¿}) or a stray control may join the two halves of a sequence, and composing may form a lead
 * character. Each round is linear and the rounds are bounded, so the stage stays linear; on real
 * text the second repair finds nothing and the stage ends.
 */
final class RepairStage implements Step {
  static final int MAX_ROUNDS = 4;

  private final Step repair = new EncodingRepairStep();
  private final Step[] cleanUp;
  private final int triggers;

  /** {@code cleanUp}: the steps to run after the repair (none when Unicode clean-up is off). */
  RepairStage(Step... cleanUp) {
    this.cleanUp = cleanUp.clone();
    int t = repair.triggers();
    for (Step s : cleanUp) {
      t |= s.triggers();
    }
    this.triggers = t;
  }

  @Override
  public int triggers() {
    return triggers;
  }

  @Override
  public int scanned() {
    int s = repair.scanned();
    for (Step step : cleanUp) {
      s |= step.scanned();
    }
    return s;
  }

  @Override
  public MappedText apply(String text, Scan scan, Tally tally) {
    StepChain chain = new StepChain(text, scan);
    for (int round = 0; round < MAX_ROUNDS; round++) {
      chain.run(repair, tally);
      boolean cleaned = false;
      for (Step step : cleanUp) {
        cleaned |= chain.run(step, tally);
      }
      if (!cleaned) {
        break; // the repair ran to its fixed point on this very text
      }
    }
    return chain.result();
  }
}
