package io.github.propre.cli;

import java.nio.charset.StandardCharsets;

/**
 * Generates French-looking paragraphs, one per line, about a third of which repeat an earlier one
 * word for word: a deterministic stand-in for a scraped corpus, of any length, held nowhere.
 */
final class ParagraphSource {
  private static final String[] WORDS = ("la le les des une un de du et à en dans pour sur par avec "
      + "Russie Sahel l’Alliance ministre coopération sécurité États accord défense région pays "
      + "gouvernement économie énergie développement mines agriculture partenariat rencontre "
      + "officielle délégation capitale réunion soldats « crise » frontières échanges présidence "
      + "a été ont sont sera annoncé signé renforcé déclaré affirmé précisé, rappelé. souligné "
      + "l’AES d’un qu’il aujourd’hui 2023 80 000 Moscou Niamey Bamako Ouagadougou").split(" ");

  private final int minWords;
  private long state;
  private long produced;
  private boolean lastWasRepeat;
  private long lastId;
  private int lastChars;

  /** Paragraphs of 20 to 49 words (about 230 bytes). */
  ParagraphSource(long seed) {
    this(seed, 20);
  }

  /** Paragraphs of {@code minWords} to {@code minWords + 29} words. */
  ParagraphSource(long seed, int minWords) {
    this.state = seed;
    this.minWords = minWords;
  }

  private long nextLong() {
    state += 0x9E3779B97F4A7C15L; // SplitMix64
    long z = state;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Returns the next line, terminator included. */
  byte[] next() {
    long id;
    if (produced > 0 && Math.floorMod(nextLong(), 3) == 0) {
      id = Math.floorMod(nextLong(), produced);
      lastWasRepeat = true;
    } else {
      id = produced++;
      lastWasRepeat = false;
    }
    String line = text(id, minWords);
    lastId = id;
    lastChars = line.length();
    return line.getBytes(StandardCharsets.UTF_8);
  }

  /** Returns true if the line returned last repeats an earlier one. */
  boolean lastWasRepeat() {
    return lastWasRepeat;
  }

  /** Returns the number of the paragraph returned last: a repeat has the number of its first copy. */
  long lastId() {
    return lastId;
  }

  /** Returns the length in UTF-16 chars (the report's unit) of the line returned last, terminator included. */
  int lastChars() {
    return lastChars;
  }

  /** Returns paragraph {@code id}: always the same words for the same id and length. */
  static String text(long id, int minWords) {
    long s = id * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
    StringBuilder sb = new StringBuilder(256);
    sb.append("N° ").append(id).append(" :");
    int words = minWords + (int) Math.floorMod(s >>> 40, 30);
    for (int i = 0; i < words; i++) {
      s = s * 6364136223846793005L + 1442695040888963407L;
      sb.append(' ').append(WORDS[(int) Math.floorMod(s >>> 33, WORDS.length)]);
    }
    return sb.append(".\n").toString();
  }
}
