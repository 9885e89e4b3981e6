package io.github.propre.clean;

import java.util.List;

/**
 * The HTML5 named character references, loaded once from {@code html-entities.txt}, looked up
 * straight from a range of the text (no substring, no boxing).
 */
final class EntityTable {
  /** The longest entity name (without {@code &} and {@code ;}). */
  static final int MAX_NAME_LENGTH;

  private static final String[] NAMES;
  private static final String[] VALUES;
  private static final boolean[] LEGACY;
  private static final int[] SLOTS; // open addressing: index + 1 into NAMES, 0 for empty
  private static final int MASK;

  static {
    List<String> lines = Resources.lines("html-entities.txt");
    int size = lines.size();
    NAMES = new String[size];
    VALUES = new String[size];
    LEGACY = new boolean[size];
    int capacity = Integer.highestOneBit(size * 4);
    SLOTS = new int[capacity];
    MASK = capacity - 1;
    int longest = 0;
    for (int k = 0; k < size; k++) {
      String[] fields = lines.get(k).split(" ");
      NAMES[k] = fields[0];
      StringBuilder value = new StringBuilder(2);
      for (String hex : fields[1].split("\\+")) {
        value.appendCodePoint(Integer.parseInt(hex, 16));
      }
      VALUES[k] = value.toString();
      LEGACY[k] = fields.length > 2 && fields[2].equals("*");
      longest = Math.max(longest, fields[0].length());
      int slot = hash(fields[0], 0, fields[0].length()) & MASK;
      while (SLOTS[slot] != 0) {
        slot = (slot + 1) & MASK;
      }
      SLOTS[slot] = k + 1;
    }
    MAX_NAME_LENGTH = longest;
  }

  private EntityTable() {}

  /** Returns the number of names in the table. */
  static int size() {
    return NAMES.length;
  }

  /**
   * Returns the index of the entity named {@code text[start, end)}, or -1.
   */
  static int find(String text, int start, int end) {
    int len = end - start;
    int slot = hash(text, start, end) & MASK;
    while (true) {
      int k = SLOTS[slot] - 1;
      if (k < 0) {
        return -1;
      }
      String name = NAMES[k];
      if (name.length() == len && text.regionMatches(start, name, 0, len)) {
        return k;
      }
      slot = (slot + 1) & MASK;
    }
  }

  /** Returns the characters entity {@code k} stands for. */
  static String value(int k) {
    return VALUES[k];
  }

  /** Returns true if entity {@code k} is also recognised without its final semicolon. */
  static boolean legacy(int k) {
    return LEGACY[k];
  }

  private static int hash(String s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + s.charAt(i);
    }
    return h ^ (h >>> 16);
  }
}
