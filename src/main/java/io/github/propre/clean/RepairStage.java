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

  /** {@code cleanUp}: the steps to run after the repair (none when Unicode clean-up is off). */
  RepairStage(Step... cleanUp) {
    this.cleanUp = cleanUp.clone();
  }

  @Override
  public MappedText apply(String text, Tally tally) {
    MappedText result = null;
    String current = text;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      MappedText repaired = repair.apply(current, tally);
      if (repaired != null) {
        result = result == null ? repaired : result.then(repaired);
        current = repaired.text();
      }
      boolean cleaned = false;
      for (Step step : cleanUp) {
        MappedText next = step.apply(current, tally);
        if (next != null) {
          result = result == null ? next : result.then(next);
          current = next.text();
          cleaned = true;
        }
      }
      if (!cleaned) {
        break; // the repair ran to its fixed point on this very text
      }
    }
    return result;
  }
}
